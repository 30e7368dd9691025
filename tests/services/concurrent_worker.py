"""One clerk's process for the concurrency test: open the database (creating it if it does
not exist yet), wait for the starting signal, register N documents, print the numbers."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.services.register import IncomingInput


def main() -> None:
    url, count, go_file, data_dir, name = sys.argv[1:6]
    mode = sys.argv[6] if len(sys.argv) > 6 else "receive"
    while not Path(go_file).exists():  # all workers start registering together
        time.sleep(0.005)
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
            record = context.register.receive(IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น", doc_no=f"{name}/{index}",
                doc_date=dt.date(2026, 3, 5), subject=f"หนังสือของ {name} ฉบับที่ {index}",
            ), context.actor)
            numbers.append([record.receive_year, record.receive_no])
    finally:
        context.close()
        print(json.dumps(numbers))


if __name__ == "__main__":
    main()
