"""Driver for bench_lock.py and bench_cli_startup.py, run in a child process on the code of
either side (before or after the number-lock change; benchmarks/before_after.py).

    PYTHONPATH=<tree> SARABAN_DATA_DIR=<fresh dir> python benchmarks/lock_probe.py MODE ...

It is run as a script, not as ``-m benchmarks.lock_probe``, and imports nothing from
benchmarks/: ``import desktop_app`` must resolve to the tree on PYTHONPATH, whose benchmarks/
may differ. The APIs both sides share: ``AppContext.open(url, paths=, username=)``,
``context.setup.initialise(SetupRequest(...), actor)``, ``receive(IncomingInput(...), actor)``
on the incoming register (``context.register`` before, ``context.incoming`` after),
``context.outgoing.resolve/draft_forward/issue``.

How the write lock is timed: SQLAlchemy engine events attached from outside, after the
context is open. Both sides start write transactions only through ``Database.write()``, which
sets the execution option ``saraban_begin_mode=IMMEDIATE``; the app's own "begin" listener
then emits ``BEGIN IMMEDIATE``. Ours is registered after it, so when it fires BEGIN IMMEDIATE
has returned: the lock is held. The "commit"/"rollback" events fire just before COMMIT or
ROLLBACK is sent; the lock is released when the dialect's ``do_commit``/``do_rollback``
returns, which a wrapper around those two methods records. Hold = release - acquire, for
write transactions only (a read's BEGIN has no such option).

Modes (each prints one JSON object on stdout, last line):

* ``measure``: set up the office, ``--warmup`` unmeasured receive+forward pairs, then
  ``--receives`` documents, each with its own PDF from ``--pdfs`` attached, then
  ``--forwards`` forwarding letters to all districts of the province, each forwarding one of
  those documents with its PDF appended (the real forward path). Per operation: end-to-end
  ms and the write transactions it ran (hold ms, of which COMMIT ms).
* ``loop``: set up, receive ``--receives`` documents with PDFs, one unmeasured forward, print
  ``READY``, then forward them one after another (``--forwards`` letters) and print ``DONE``
  and the per-operation figures; the parent meanwhile tries ``BEGIN IMMEDIATE`` from another
  connection (another workstation's view).
* ``populate``: set up and receive ``--receives`` documents without attachments (the CLI
  start-up benchmark's database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # benchmarks/ itself: its modules must not shadow anything

import desktop_app
from desktop_app.app_context import AppContext
from desktop_app.config import default_paths
from desktop_app.db.engine import sqlite_url

try:  # where they live after the change
    from desktop_app.domain.incoming import IncomingInput
except ImportError:  # before it
    from desktop_app.services.register import IncomingInput  # type: ignore[no-redef]
try:
    from desktop_app.domain.office import SetupRequest
except ImportError:
    from desktop_app.services.setup import SetupRequest  # type: ignore[no-redef]

PROVINCE = "แม่ฮ่องสอน"
PREFIX = "มส 0023.3"
USERNAME = "clerk1"
SENDERS = (
    "กรมส่งเสริมการปกครองท้องถิ่น",
    "จังหวัดแม่ฮ่องสอน",
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเชียงใหม่",
    "กรมการปกครอง",
    "สำนักงานสาธารณสุขจังหวัดแม่ฮ่องสอน",
)
SUBJECTS = (
    "ขอความร่วมมือประชาสัมพันธ์โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ประจำปี 2569",
    "การเบิกจ่ายเงินอุดหนุนทั่วไปสำหรับสนับสนุนการจัดสวัสดิการทางสังคมให้แก่ผู้สูงอายุ",
    "แนวทางการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2571-2575) ขององค์กรปกครองส่วนท้องถิ่น",
    "การประชุมชี้แจงการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีงบประมาณ พ.ศ. 2569",
    "ขอเชิญเข้าร่วมการฝึกอบรมเชิงปฏิบัติการการใช้ระบบบัญชีคอมพิวเตอร์ขององค์กรปกครองส่วนท้องถิ่น",
    "การเฝ้าระวังและป้องกันโรคลัมปีสกินในโคและกระบือ",
)


class LockClock:
    """Write transactions of one engine: when the lock was taken and given back."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.done: list[dict[str, float]] = []
        self._open: dict[str, float] | None = None
        self.unexpected: list[str] = []
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "commit", self._ending)
        event.listen(engine, "rollback", self._ending)
        dialect = engine.dialect
        original_commit, original_rollback = dialect.do_commit, dialect.do_rollback

        def do_commit(dbapi_connection: Any) -> None:
            try:
                original_commit(dbapi_connection)
            finally:
                self._released("commit")

        def do_rollback(dbapi_connection: Any) -> None:
            try:
                original_rollback(dbapi_connection)
            finally:
                self._released("rollback")

        dialect.do_commit = do_commit  # instance attributes: this engine's dialect only
        dialect.do_rollback = do_rollback

    @property
    def holding(self) -> bool:
        return self._open is not None

    def _begin(self, conn: Any) -> None:
        if conn.get_execution_options().get("saraban_begin_mode") != "IMMEDIATE":
            return
        now = time.perf_counter()
        if self._open is not None:
            self.unexpected.append("a write transaction began inside another")
        self._open = {"acquired": now}

    def _ending(self, conn: Any) -> None:
        if self._open is not None:
            self._open["ending"] = time.perf_counter()

    def _released(self, how: str) -> None:
        if self._open is None:  # a read's end, or the pool's reset on return
            return
        now = time.perf_counter()
        record, self._open = self._open, None
        if "ending" not in record:
            self.unexpected.append(f"{how} without its event")
            record["ending"] = now
        self.done.append(
            {
                "hold_ms": (now - record["acquired"]) * 1e3,
                "end_ms": (now - record["ending"]) * 1e3,  # COMMIT/ROLLBACK itself
                "rolled_back": float(how == "rollback"),
            }
        )


def open_context() -> tuple[AppContext, Any]:
    paths = default_paths()  # SARABAN_DATA_DIR, set by the parent
    db_path = paths.data_dir / "saraban.sqlite3"
    context = AppContext.open(sqlite_url(db_path), paths=paths, username=USERNAME)
    if not context.settings.is_set_up():
        context.setup.initialise(SetupRequest(province=PROVINCE, prefix=PREFIX), context.actor)
    after = hasattr(type(context), "incoming")  # the service's name after the change
    register = context.incoming if after else context.register
    return context, register


def document(index: int, pdf: Path | None) -> IncomingInput:
    return IncomingInput(
        sender=SENDERS[index % len(SENDERS)],
        doc_no=f"มท 0816.{index % 7 + 1}/ว{1000 + index}",
        doc_date=dt.date.today() - dt.timedelta(days=index % 9 + 1),
        subject=f"{SUBJECTS[index % len(SUBJECTS)]} (ชุดที่ {index + 1})",
        to_text="ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
        remarks="" if index % 3 else "สำเนาเรียนท้องถิ่นอำเภอทุกอำเภอ",
        attachments=[pdf] if pdf is not None else [],
    )


class FsyncClock:
    """Time spent in ``os.fsync`` (both sides call it through the ``os`` module), to see
    where an operation's end-to-end time goes."""

    def __init__(self, locks: LockClock) -> None:
        self.calls = 0
        self.seconds = 0.0
        self.locked_seconds = 0.0  # of which with the write lock held
        original = os.fsync

        def fsync(fd: Any) -> None:
            began = time.perf_counter()
            try:
                original(fd)
            finally:
                elapsed = time.perf_counter() - began
                self.calls += 1
                self.seconds += elapsed
                if locks.holding:
                    self.locked_seconds += elapsed

        os.fsync = fsync


class Probe:
    def __init__(self, pdfs: list[Path]) -> None:
        self.context, self.register = open_context()
        self.clock = LockClock(self.context.db.engine)
        self.fsyncs = FsyncClock(self.clock)
        self.pdfs = pdfs
        self.received = 0
        self.targets = self.context.outgoing.resolve(["all-districts"])

    def _timed(self, call: Any) -> tuple[Any, dict[str, Any]]:
        first = len(self.clock.done)
        fsyncs = self.fsyncs
        fsync_calls, fsync_seconds, locked = fsyncs.calls, fsyncs.seconds, fsyncs.locked_seconds
        began = time.perf_counter()
        result = call()
        elapsed = (time.perf_counter() - began) * 1e3
        transactions = self.clock.done[first:]
        holds = [t["hold_ms"] for t in transactions]
        return result, {
            "e2e_ms": elapsed,
            "writes": len(transactions),
            "hold_sum_ms": sum(holds),
            "hold_max_ms": max(holds, default=0.0),
            "commit_ms": sum(t["end_ms"] for t in transactions),
            "rollbacks": int(sum(t["rolled_back"] for t in transactions)),
            "fsyncs": fsyncs.calls - fsync_calls,
            "fsync_ms": (fsyncs.seconds - fsync_seconds) * 1e3,
            "fsync_locked_ms": (fsyncs.locked_seconds - locked) * 1e3,
        }

    def receive(self) -> tuple[int, dict[str, Any]]:
        pdf = self.pdfs[self.received % len(self.pdfs)] if self.pdfs else None
        data = document(self.received, pdf)
        self.received += 1
        record, figures = self._timed(lambda: self.register.receive(data, self.context.actor))
        return int(record.id), figures

    def forward(self, incoming_id: int) -> dict[str, Any]:
        outgoing = self.context.outgoing
        began = time.perf_counter()
        draft = outgoing.draft_forward(incoming_id, self.targets)
        draft_ms = (time.perf_counter() - began) * 1e3
        if not draft.append_incoming_pdf:
            raise RuntimeError("the draft does not append the incoming PDF")
        issued, figures = self._timed(lambda: outgoing.issue(draft, self.context.actor))
        if issued.pdf is None:
            raise RuntimeError(f"letter {issued.doc_no} issued without its PDF")
        figures.update(draft_ms=draft_ms, pages=issued.pages, pdf_bytes=issued.pdf.stat().st_size)
        return figures

    def header(self) -> dict[str, Any]:
        return {
            "desktop_app": desktop_app.__file__,
            "recipients": len(self.targets),
            "unexpected": self.clock.unexpected,
        }


def measure(args: argparse.Namespace, pdfs: list[Path]) -> dict[str, Any]:
    probe = Probe(pdfs)
    for _ in range(args.warmup):  # statement caches, the renderer's fonts and dictionary
        doc_id, _figures = probe.receive()
        probe.forward(doc_id)
    received = [probe.receive() for _ in range(args.receives)]
    forwards = [probe.forward(doc_id) for doc_id, _figures in received[: args.forwards]]
    probe.context.close()
    return {
        **probe.header(),
        "receive": [figures for _doc_id, figures in received],
        "forward": forwards,
    }


def loop(args: argparse.Namespace, pdfs: list[Path]) -> dict[str, Any]:
    probe = Probe(pdfs)
    doc_ids = [probe.receive()[0] for _ in range(max(args.receives, 1))]
    probe.forward(doc_ids[0])  # warm-up
    print("READY", flush=True)
    forwards = [probe.forward(doc_ids[i % len(doc_ids)]) for i in range(args.forwards)]
    print("DONE", flush=True)
    probe.context.close()
    return {**probe.header(), "forward": forwards}


def populate(args: argparse.Namespace) -> dict[str, Any]:
    context, register = open_context()
    for index in range(args.receives):
        register.receive(document(index, None), context.actor)
    context.close()
    return {"desktop_app": desktop_app.__file__, "documents": args.receives}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("measure", "loop", "populate"))
    parser.add_argument("--pdfs", type=Path, help="folder of PDFs to attach, one a document")
    parser.add_argument("--receives", type=int, default=30)
    parser.add_argument("--forwards", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    pdfs = sorted(args.pdfs.glob("*.pdf")) if args.pdfs else []
    if args.mode == "measure":
        result = measure(args, pdfs)
    elif args.mode == "loop":
        result = loop(args, pdfs)
    else:
        result = populate(args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
