"""One clerk's process for the concurrency test: say "ready" once imported, wait for "go" on
stdin (so every worker starts at the same moment, without polling), open the database (creating
it if it does not exist yet), register N documents, print the numbers as one JSON line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.domain.incoming import IncomingInput


def main() -> None:
    url, count, data_dir, name = sys.argv[1:5]
    mode = sys.argv[5] if len(sys.argv) > 5 else "receive"
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no starting signal")
    paths = AppPaths(data_dir=Path(data_dir), config_dir=Path(data_dir))
    context = AppContext.open(url, paths=paths, username=name)
    numbers = []
    try:
        if mode == "forward":
            outgoing = context.outgoing
            draft = outgoing.draft_forward(1, outgoing.resolve(["all-districts"]))
            for _ in range(int(count)):
                issued = outgoing.issue(draft, context.actor)
                numbers.append([issued.year, issued.number])
            return
        for index in range(int(count)):
            record = context.incoming.receive(
                IncomingInput(
                    sender="กรมส่งเสริมการปกครองท้องถิ่น",
                    doc_no=f"{name}/{index}",
                    doc_date=dt.date.today() - dt.timedelta(days=3),
                    subject=f"หนังสือของ {name} ฉบับที่ {index}",
                ),
                context.actor,
            )
            numbers.append([record.receive_year, record.receive_no])
    finally:
        context.close()
        print(json.dumps(numbers))


if __name__ == "__main__":
    main()
