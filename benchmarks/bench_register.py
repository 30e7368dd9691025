"""Registering a document: ``IncomingRegister.receive`` beside a bare sqlite3 INSERT.

    .venv/bin/python -m benchmarks.bench_register [--docs 1000] [--no-large]

What is timed, each on its own fresh SQLite file created by the app's migration and set up as
the Mae Hong Son office (WAL, synchronous=NORMAL, foreign keys: the app's settings):

1. service: ``AppContext.register.receive(IncomingInput(...), actor)`` for ``--docs``
   realistic documents (benchmarks/corpus.py), one call = one document, no attachments;
2. floor: the very rows the service stored, read back, each written by a bare sqlite3
   ``BEGIN IMMEDIATE; INSERT INTO incoming_document ...; COMMIT`` on a connection with the same
   pragmas (the migration's FTS trigger fires, as it does for the service);
3. replay: every SQL statement one ``receive()`` sent (captured on a third file), replayed
   per document through bare sqlite3 in one transaction: the database work of receive()
   without SQLAlchemy and without Python text processing;
4. text: the pure-Python part of receive() alone: ``validate`` (normalise every field) and the
   derived columns (``search_fold``, ``thai_sort_key``, ``search_text_for``).

Then, unless --no-large, receive() again into a copy of the 200,000-document database
(benchmarks/dataset.py) to see whether a big register slows registering down.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.common import (
    CpuWatch,
    machine,
    ms,
    open_office,
    save_results,
    summary,
    work_group_ids,
)
from benchmarks.corpus import Corpus
from benchmarks.dataset import copy_database, dataset_path, ensure_dataset, raw_input
from desktop_app.app_context import AppContext
from desktop_app.db.engine import BUSY_TIMEOUT_MS
from desktop_app.domain.incoming import IncomingInput, search_text_for
from desktop_app.domain.thai_dates import be_year
from desktop_app.domain.thai_text import normalise, search_fold, thai_sort_key

TARGET_MEDIAN_MS = 10.0


def make_inputs(context: AppContext, count: int, seed: int) -> list[IncomingInput]:
    """``count`` documents as a clerk would type them today (received now)."""
    corpus = Corpus()
    rng = random.Random(seed)
    groups = work_group_ids(context)
    now = dt.datetime.now().replace(microsecond=0)
    inputs = []
    for _ in range(count):
        raw = corpus.document(rng, now, be_year(now.date()))
        group = groups[raw.work_group] if raw.work_group is not None else None
        inputs.append(raw_input(raw, group))
    return inputs


def time_calls(items: list[Any], call: Callable[[Any], object]) -> list[float]:
    timings = []
    for item in items:
        began = time.perf_counter_ns()
        call(item)
        timings.append((time.perf_counter_ns() - began) / 1e6)
    return timings


def raw_connection(path: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection with the app's durability settings, autocommit mode."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def bench_service(root: Path, inputs: list[IncomingInput], warmup: int) -> dict[str, Any]:
    context = open_office(root / "service" / "saraban.sqlite3")
    try:
        register, actor = context.incoming, context.actor
        first = time_calls(inputs[:1], lambda data: register.receive(data, actor))
        time_calls(inputs[1:warmup], lambda data: register.receive(data, actor))
        timings = time_calls(inputs[warmup:], lambda data: register.receive(data, actor))
    finally:
        context.close()
    return {"first_call_ms": first[0], "timings": timings}


def capture_statements(root: Path, inputs: list[IncomingInput]) -> list[list[tuple[str, Any]]]:
    """The SQL each receive() sends, per document (on a file of its own, not timed)."""
    context = open_office(root / "capture" / "saraban.sqlite3")
    per_call: list[list[tuple[str, Any]]] = []
    current: list[tuple[str, Any]] = []

    def on_execute(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        current.append((statement, parameters))

    def on_commit(_conn):  # type: ignore[no-untyped-def]
        current.append(("COMMIT", ()))

    try:
        event.listen(context.db.engine, "before_cursor_execute", on_execute)
        event.listen(context.db.engine, "commit", on_commit)
        for data in inputs:
            current = []
            context.incoming.receive(data, context.actor)
            per_call.append(current)
    finally:
        context.close()
    return per_call


def bench_floor(root: Path, source: Path, warmup: int) -> list[float]:
    """Bare INSERT of the rows the service stored, one transaction each."""
    target = root / "floor" / "saraban.sqlite3"
    open_office(target).close()
    with contextlib.closing(sqlite3.connect(source)) as src:
        cursor = src.execute("SELECT * FROM incoming_document ORDER BY id")
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    sql = (
        f"INSERT INTO incoming_document ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    with contextlib.closing(raw_connection(target)) as conn:

        def insert(row: tuple[Any, ...]) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(sql, row)
            conn.execute("COMMIT")

        time_calls(rows[:warmup], insert)
        return time_calls(rows[warmup:], insert)


def bench_replay(
    root: Path,
    statements: list[list[tuple[str, Any]]],
    warmup: int,
) -> list[float]:
    target = root / "replay" / "saraban.sqlite3"
    open_office(target).close()
    with contextlib.closing(raw_connection(target)) as conn:

        def replay(call: list[tuple[str, Any]]) -> None:
            for statement, parameters in call:
                conn.execute(statement, parameters).fetchall()

        time_calls(statements[:warmup], replay)
        return time_calls(statements[warmup:], replay)


def bench_text(context: AppContext, inputs: list[IncomingInput], warmup: int) -> list[float]:
    """validate() plus the derived columns, as receive() computes them (no database).

    ``normalise`` may keep a cache: it is emptied first and the inputs are replayed in the
    service run's order (warm-up included), so each call finds the cache as receive() did.
    """
    register = context.incoming
    clear = getattr(normalise, "cache_clear", None)
    if clear is not None:
        clear()

    def derive(data: IncomingInput) -> None:
        clean = register.validate(data)
        search_fold(clean.doc_no)
        thai_sort_key(clean.sender)
        thai_sort_key(clean.subject)
        search_text_for(
            1,
            2569,
            clean.doc_no,
            clean.subject,
            clean.sender,
            clean.to_text,
            clean.remarks,
            clean.action_taken,
        )

    time_calls(inputs[:warmup], derive)
    return time_calls(inputs[warmup:], derive)


def bench_large(root: Path, inputs: list[IncomingInput]) -> dict[str, Any] | None:
    source = dataset_path()
    if not source.exists():
        return None
    db = copy_database(source, root / "large")
    context = open_office(db)
    try:
        register, actor = context.incoming, context.actor
        time_calls(inputs[:10], lambda data: register.receive(data, actor))
        timings = time_calls(inputs[10:], lambda data: register.receive(data, actor))
    finally:
        context.close()
    with contextlib.closing(sqlite3.connect(db)) as conn:
        total = conn.execute("SELECT count(*) FROM incoming_document").fetchone()[0]
    return {"documents_before": total - len(inputs), "timings": timings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Register benchmark")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-large",
        action="store_true",
        help="skip receive() into a copy of the 200,000-document database",
    )
    parser.add_argument("--large-docs", type=int, default=300)
    args = parser.parse_args(argv)
    measured_on = machine()  # at the start: save_results checks the code did not change
    watch = CpuWatch()

    if not args.no_large:
        ensure_dataset()
    root = Path(tempfile.mkdtemp(prefix="saraban-bench-register-"))
    try:
        probe = open_office(root / "inputs" / "saraban.sqlite3")
        inputs = make_inputs(probe, args.docs + args.warmup, args.seed)
        large_inputs = make_inputs(probe, args.large_docs + 10, args.seed + 1)
        print(
            f"receive() x {args.docs} (+{args.warmup} warm-up) on a fresh file...", file=sys.stderr
        )
        service = bench_service(root, inputs, args.warmup)
        floor = bench_floor(root, root / "service" / "saraban.sqlite3", args.warmup)
        statements = capture_statements(root, inputs)
        replay = bench_replay(root, statements, args.warmup)
        text = bench_text(probe, inputs, args.warmup)
        probe.close()
        large = None
        if not args.no_large:
            print(
                f"receive() x {args.large_docs} into a copy of the 200k database...",
                file=sys.stderr,
            )
            large = bench_large(root, large_inputs)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    results: dict[str, Any] = {
        "machine": measured_on,
        "docs": args.docs,
        "warmup": args.warmup,
        "statements_per_receive": len(statements[-1]),
        "first_call_ms": service["first_call_ms"],
        "service": summary(service["timings"]),
        "floor": summary(floor),
        "replay": summary(replay),
        "text": summary(text),
    }
    if large:
        results["large"] = {
            "documents_before": large["documents_before"],
            **summary(large["timings"]),
        }
    service_median = results["service"]["median"]
    results["ratio_median_to_floor"] = service_median / results["floor"]["median"]
    results["ratio_p95_to_floor"] = results["service"]["p95"] / results["floor"]["p95"]
    results["target_met"] = service_median <= TARGET_MEDIAN_MS
    results["interference"] = watch.report()
    save_results("register", results)
    print(report(results))
    return 0


def report(results: dict[str, Any]) -> str:
    floor = results["floor"]
    rows = [
        ("receive() (service, fresh file)", results["service"]),
        ("  of which Python text work (validate + derived columns)", results["text"]),
        (
            "  its SQL replayed through bare sqlite3 "
            f"({results['statements_per_receive']} statements)",
            results["replay"],
        ),
        ("bare sqlite3 INSERT, own transaction (floor)", floor),
    ]
    if "large" in results:
        rows.insert(
            1,
            (
                f"receive() into the {results['large']['documents_before']:,}-document database",
                results["large"],
            ),
        )
    lines = ["| What | n | median ms | p95 ms | x floor (median) |", "|---|---:|---:|---:|---:|"]
    for label, stats in rows:
        lines.append(
            f"| {label} | {stats['n']} | {ms(stats['median'])} | {ms(stats['p95'])} | "
            f"{stats['median'] / floor['median']:.0f}x |"
        )
    lines.append("")
    lines.append(
        f"first receive() in the process: {ms(results['first_call_ms'])} ms; "
        f"target median <= {TARGET_MEDIAN_MS:.0f} ms: "
        f"{'met' if results['target_met'] else 'MISSED'}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
