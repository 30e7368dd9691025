"""The benchmark database: 200,000 incoming documents over 2565-2569 BE, bulk-loaded.

    .venv/bin/python -m benchmarks.dataset            # build if missing or stale (~3 min)
    .venv/bin/python -m benchmarks.dataset --verify   # prove the loader matches receive()
    .venv/bin/python -m benchmarks.dataset --compare-fts 20000   # triggers vs rebuild

Registering 200,000 documents through ``IncomingRegister.receive`` one by one would take
about half an hour, so this loader writes the rows with SQLAlchemy Core instead, computing
every stored value with the service's own functions:

* the text columns are ``IncomingInput.cleaned()`` (the service's validation/normalisation);
* ``doc_no_fold``, ``sender_sort``, ``subject_sort`` and ``search_text`` come from
  ``search_fold``, ``thai_sort_key`` and ``search_text_for``, as ``IncomingRegister._derive``
  computes them; ``sender_org_id`` from ``DirectoryService.find_by_name``;
* receive numbers run 1..N per BE year in receive-time order, and each year's
  ``number_counter`` row holds its N, as ``allocate_number`` would leave it;
* every row has ``created_by`` (the office's clerk) and an ``incoming.receive`` audit event;
  most have one to three attachment rows (no files: the benchmarks never open them).

The FTS5 trigram index is either fed by the migration's triggers as rows arrive
(``--fts trigger``) or rebuilt once after the load with the triggers dropped and then
recreated from their own SQL (``--fts rebuild``, the default: faster, see --compare-fts).
``--verify`` registers a few hundred generated documents through the real ``receive()``
and ``cancel()`` and checks that both loader modes store identical rows, counters and audit
events and answer every search the same way.

The result is cached under benchmarks/.data/ (git-ignored) with a small JSON file that
records how it was made; it is rebuilt when the generator version, the size, or the
current BE year changes (the register opens on the current year).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.common import DATA_DIR, open_office, work_group_ids
from benchmarks.corpus import Corpus, RawDocument, working_times
from desktop_app.app_context import AppContext
from desktop_app.db.models import Attachment, AuditEvent, IncomingDocument, NumberCounter
from desktop_app.domain.incoming import (
    INCOMING_SERIES,
    IncomingFilter,
    IncomingInput,
    search_text_for,
)
from desktop_app.domain.thai_dates import BE_OFFSET
from desktop_app.domain.thai_text import search_fold, thai_sort_key

GENERATOR_VERSION = 1
DEFAULT_DOCS = 200_000
SEED = 2569
FIRST_DAY = dt.date(2022, 1, 1)  # 1 มกราคม 2565
CHUNK = 4000
INSERT_BATCH = 10_000
CANCEL_RATE = 0.003  # share of documents cancelled (ยกเลิก) after registering
CANCEL_REASON = "ลงรับซ้ำกับฉบับที่ได้รับทางไปรษณีย์อิเล็กทรอนิกส์"
UTC_OFFSET = dt.timedelta(hours=7)  # the office's wall clock is Asia/Bangkok


@dataclass(frozen=True)
class Slot:
    """One document to be: its year, its receive number and when it arrived."""

    be_year: int
    receive_no: int
    received_at: dt.datetime


# -- planning ----------------------------------------------------------------------------------
def plan(docs: int, end: dt.date, seed: int = SEED) -> list[Slot]:
    """Receive times spread over working days from 1 Jan 2565 to ``end``, numbered per year."""
    rng = random.Random(seed)
    spans = []
    for year in range(FIRST_DAY.year, end.year + 1):
        start, stop = dt.date(year, 1, 1), min(dt.date(year, 12, 31), end)
        weekdays = sum(
            1
            for i in range((stop - start).days + 1)
            if (start + dt.timedelta(days=i)).weekday() < 5
        )
        spans.append((year, start, stop, weekdays))
    total_days = sum(span[3] for span in spans)
    slots: list[Slot] = []
    remaining = docs
    for index, (year, start, stop, weekdays) in enumerate(spans):
        count = remaining if index == len(spans) - 1 else round(docs * weekdays / total_days)
        remaining -= count
        for number, when in enumerate(working_times(rng, start, stop, count), start=1):
            slots.append(Slot(year + BE_OFFSET, number, when))
    return slots


def _chunks(slots: Sequence[Slot], size: int) -> Iterator[tuple[int, Sequence[Slot]]]:
    for index, start in enumerate(range(0, len(slots), size)):
        yield index, slots[start : start + size]


# -- deriving rows (worker processes) ------------------------------------------------------------
def derive_chunk(args: tuple[int, int, Sequence[Slot], float]) -> list[dict[str, Any]]:
    """Generate the documents of one chunk and compute every stored value, as receive() does.

    Deterministic for a given (seed, chunk index), whichever process runs it.
    """
    seed, index, slots, cancel_rate = args
    return [
        _derive(raw, slot)
        for raw, slot in zip(_generate(seed, index, slots, cancel_rate), slots, strict=True)
    ]


def _generate(
    seed: int,
    index: int,
    slots: Sequence[Slot],
    cancel_rate: float,
) -> list[RawDocument]:
    corpus = _corpus()
    rng = random.Random(f"{seed}-{index}")
    return [
        corpus.document(rng, slot.received_at, slot.be_year, cancel_rate=cancel_rate)
        for slot in slots
    ]


_CORPUS: Corpus | None = None


def _corpus() -> Corpus:
    global _CORPUS  # noqa: PLW0603 - one per worker process
    if _CORPUS is None:
        _CORPUS = Corpus()
    return _CORPUS


def _derive(raw: RawDocument, slot: Slot) -> dict[str, Any]:
    data = raw_input(raw).cleaned()
    return {
        "receive_year": slot.be_year,
        "receive_no": slot.receive_no,
        "received_at": slot.received_at,
        "received_at_reason": "",
        "sender": data.sender,
        "doc_no": data.doc_no,
        "doc_no_fold": search_fold(data.doc_no),
        "doc_date": data.doc_date,
        "to_text": data.to_text,
        "subject": data.subject,
        "urgency": data.urgency.value,
        "secrecy": data.secrecy.value,
        "remarks": data.remarks,
        "action_taken": data.action_taken,
        "sender_sort": thai_sort_key(data.sender)[:400],
        "subject_sort": thai_sort_key(data.subject)[:400],
        "search_text": search_text_for(
            slot.receive_no,
            slot.be_year,
            data.doc_no,
            data.subject,
            data.sender,
            data.to_text,
            data.remarks,
            data.action_taken,
        ),
        # carried to the main process, not columns
        "_work_group": raw.work_group,
        "_attachments": raw.attachments,
        "_cancelled": raw.cancelled,
    }


def raw_input(raw: RawDocument, work_group_id: int | None = None) -> IncomingInput:
    """The clerk's form for ``raw`` (what receive() is given)."""
    return IncomingInput(
        sender=raw.sender,
        doc_no=raw.doc_no,
        doc_date=raw.doc_date,
        subject=raw.subject,
        to_text=raw.to_text,
        urgency=raw.urgency,
        secrecy=raw.secrecy,
        remarks=raw.remarks,
        action_taken=raw.action_taken,
        work_group_id=work_group_id,
    )


def derived_rows(
    slots: Sequence[Slot], seed: int = SEED, workers: int = 2, cancel_rate: float = CANCEL_RATE
) -> Iterator[dict[str, Any]]:
    jobs = [(seed, index, chunk, cancel_rate) for index, chunk in _chunks(slots, CHUNK)]
    if workers <= 1:
        for job in jobs:
            yield from derive_chunk(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for rows in pool.map(derive_chunk, jobs):
            yield from rows


def raw_documents(
    slots: Sequence[Slot],
    seed: int = SEED,
    cancel_rate: float = CANCEL_RATE,
) -> list[RawDocument]:
    """The same documents ``derived_rows`` stores, as the clerk would type them."""
    documents = []
    for index, chunk in _chunks(slots, CHUNK):
        documents.extend(_generate(seed, index, chunk, cancel_rate))
    return documents


# -- loading ---------------------------------------------------------------------------------------
def bulk_load(
    context: AppContext,
    slots: Sequence[Slot],
    *,
    fts: str = "rebuild",
    seed: int = SEED,
    workers: int = 2,
    attachments: bool = True,
    cancel_rate: float = CANCEL_RATE,
    log: bool = False,
) -> dict[str, float]:
    """Insert the documents of ``slots`` into an empty, set-up register. Returns timings."""
    engine = context.db.engine
    actor = context.actor.id
    groups = work_group_ids(context)
    org_ids: dict[str, int | None] = {}
    timings: dict[str, float] = {}
    started = time.perf_counter()
    table = IncomingDocument.__table__

    with engine.connect() as conn:
        conn.commit()
        triggers: list[tuple[str, str]] = []
        if fts == "rebuild":
            with conn.begin():
                triggers = [
                    (row[0], row[1])
                    for row in conn.exec_driver_sql(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        "AND tbl_name = 'incoming_document' ORDER BY name"
                    )
                ]
                for name, _sql in triggers:
                    conn.exec_driver_sql(f"DROP TRIGGER {name}")
        elif fts != "trigger":
            raise ValueError(f"fts must be 'trigger' or 'rebuild', not {fts!r}")

        next_id = 1
        batch: list[dict[str, Any]] = []
        files: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        counters: dict[int, int] = {}
        done = 0

        def flush() -> None:
            with conn.begin():
                conn.execute(insert(table), batch)
                if files:
                    conn.execute(insert(Attachment.__table__), files)
                conn.execute(insert(AuditEvent.__table__), events)
            batch.clear()
            files.clear()
            events.clear()

        for row in derived_rows(slots, seed, workers, cancel_rate):
            group = row.pop("_work_group")
            count = row.pop("_attachments")
            cancelled = row.pop("_cancelled")
            sender = row["sender"]
            if sender not in org_ids:
                with context.db.read() as session:
                    org_ids[sender] = context.directory.find_by_name(session, sender)
            created_at = row["received_at"] - UTC_OFFSET
            row.update(
                id=next_id,
                sender_org_id=org_ids[sender],
                work_group_id=groups[group] if group is not None else None,
                due_date=None,
                cancelled=cancelled,
                cancelled_at=created_at + dt.timedelta(hours=2) if cancelled else None,
                cancelled_by=actor if cancelled else None,
                cancel_reason=CANCEL_REASON if cancelled else "",
                created_at=created_at,
                created_by=actor,
                updated_at=None,
                updated_by=None,
            )
            batch.append(row)
            events.append(
                _event(
                    actor,
                    created_at,
                    "incoming.receive",
                    next_id,
                    {"receive_no": row["receive_no"], "receive_year": row["receive_year"]},
                )
            )
            if cancelled:
                events.append(
                    _event(
                        actor,
                        row["cancelled_at"],
                        "incoming.cancel",
                        next_id,
                        {"reason": CANCEL_REASON},
                    )
                )
            if attachments:
                files.extend(_attachments(next_id, count, actor, created_at))
            counters[row["receive_year"]] = max(
                counters.get(row["receive_year"], 0), row["receive_no"]
            )
            next_id += 1
            if len(batch) >= INSERT_BATCH:
                done += len(batch)
                flush()
                if log:
                    rate = done / (time.perf_counter() - started)
                    print(f"  {done:,} documents ({rate:,.0f}/s)", file=sys.stderr, flush=True)
        if batch:
            flush()
        with conn.begin():
            conn.execute(
                insert(NumberCounter.__table__),
                [
                    {"series": INCOMING_SERIES, "year": year, "last_number": last}
                    for year, last in sorted(counters.items())
                ],
            )
        timings["rows_seconds"] = time.perf_counter() - started

        if fts == "rebuild":
            began = time.perf_counter()
            with conn.begin():
                conn.exec_driver_sql("INSERT INTO incoming_fts(incoming_fts) VALUES ('rebuild')")
                # The tone-mark-free index (migration 0007) is rebuilt from the rows too.
                conn.exec_driver_sql(
                    "INSERT INTO incoming_fts_bare(incoming_fts_bare) VALUES ('rebuild')"
                )
                for _name, sql in triggers:
                    conn.exec_driver_sql(sql)
            timings["fts_rebuild_seconds"] = time.perf_counter() - began
        began = time.perf_counter()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        timings["checkpoint_seconds"] = time.perf_counter() - began
    timings["total_seconds"] = time.perf_counter() - started
    return timings


def _event(
    actor: int, at: dt.datetime, action: str, entity_id: int, details: dict[str, Any]
) -> dict[str, Any]:
    return {
        "at": at,
        "user_id": actor,
        "action": action,
        "entity": "incoming",
        "entity_id": entity_id,
        "details": details,
        "prev_hash": "",
        "hash": "",
    }


def _attachments(doc_id: int, count: int, actor: int, at: dt.datetime) -> list[dict[str, Any]]:
    names = ["หนังสือนำ.pdf", "สิ่งที่ส่งมาด้วย 1.pdf", "สิ่งที่ส่งมาด้วย 2.pdf"]
    return [
        {
            "incoming_id": doc_id,
            "position": position,
            "filename": names[position],
            "sha256": hashlib.sha256(f"{doc_id}/{position}".encode()).hexdigest(),
            "size": 40_000 + (doc_id * 7919 + position * 104_729) % 2_000_000,
            "media_type": "application/pdf",
            "created_at": at,
            "created_by": actor,
        }
        for position in range(count)
    ]


def fts_integrity(db_path: Path) -> str:
    """FTS5's own check that the index matches incoming_document ("ok" or the error)."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        try:
            conn.execute(
                "INSERT INTO incoming_fts(incoming_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError as error:
            return f"failed: {error}"
    return "ok"


# -- the cached database -------------------------------------------------------------------------
def dataset_path(docs: int = DEFAULT_DOCS) -> Path:
    return DATA_DIR / f"register-{docs}.sqlite3"


def _meta_path(path: Path) -> Path:
    return path.with_suffix(".json")


def current_meta(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(_meta_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_dataset(
    docs: int = DEFAULT_DOCS, *, rebuild: bool = False, fts: str = "rebuild", workers: int = 2
) -> Path:
    """The cached database of ``docs`` documents, built first if missing or stale."""
    path = dataset_path(docs)
    today = dt.date.today()
    meta = current_meta(path)
    fresh = (
        meta is not None
        and path.exists()
        and meta.get("generator") == GENERATOR_VERSION
        and meta.get("docs") == docs
        and meta.get("last_be_year") == today.year + BE_OFFSET
    )
    if fresh and not rebuild:
        return path
    print(
        f"Building {path.name}: {docs:,} documents (cached afterwards)...",
        file=sys.stderr,
        flush=True,
    )
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    target = building / "saraban.sqlite3"
    started = time.perf_counter()
    context = open_office(target)
    try:
        slots = plan(docs, today)
        timings = bulk_load(context, slots, fts=fts, workers=workers, log=True)
    finally:
        context.close()
    integrity = fts_integrity(target)
    if integrity != "ok":
        raise RuntimeError(f"FTS index check {integrity}")
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
    target.replace(path)
    shutil.rmtree(building, ignore_errors=True)
    years: dict[int, int] = {}
    for slot in slots:
        years[slot.be_year] = years.get(slot.be_year, 0) + 1
    meta = {
        "generator": GENERATOR_VERSION,
        "docs": docs,
        "seed": SEED,
        "fts": fts,
        "built": dt.datetime.now().isoformat(timespec="seconds"),
        "until": today.isoformat(),
        "last_be_year": today.year + BE_OFFSET,
        "per_year": years,
        "build_seconds": round(time.perf_counter() - started, 1),
        "timings": {key: round(value, 1) for key, value in timings.items()},
        "size_mb": round(path.stat().st_size / 1e6, 1),
    }
    _meta_path(path).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    print(f"Built in {meta['build_seconds']} s, {meta['size_mb']} MB", file=sys.stderr)
    return path


def copy_database(source: Path, target_dir: Path) -> Path:
    """A private copy of a cached database as ``target_dir/saraban.sqlite3``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "saraban.sqlite3"
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(target) + suffix).unlink()
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    return target


# -- verification --------------------------------------------------------------------------------
VERIFY_CANCEL_RATE = 0.05
VERIFY_QUERIES = (
    "ประชุม",
    "ผู้สูงอายุ",
    "งบประมาณ",
    "มท0810.2",
    "มส ๐๗",
    "ห้วยผา",
    "อบต.",
    "แม่ฮ่องสอน",
    "2569",
    "๒๕๖๘",
    "ไฟป่า หมอกควัน",
    "ก",
    "กร",
    "ว1",
    "pm2.5",
    "e-gp",
    "ไม่มีคำนี้แน่นอน",
    "สำคัญ",
    "แต่งกาย",
    "ลงรับซ้ำ",
    "อำเภอปาย",
)
_COMPARED = (
    "id, receive_year, receive_no, received_at, received_at_reason, sender_org_id, sender, "
    "doc_no, doc_no_fold, doc_date, to_text, subject, urgency, secrecy, action_taken, remarks, "
    "work_group_id, due_date, cancelled, cancelled_by, cancel_reason, search_text, "
    "sender_sort, subject_sort, created_by, updated_at, updated_by"
)


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1)

    def __call__(self) -> dt.datetime:
        return self.now


def _through_service(
    context: AppContext, clock: _Clock, raws: Iterable[RawDocument], slots: Sequence[Slot]
) -> None:
    groups = work_group_ids(context)
    for raw, slot in zip(raws, slots, strict=True):
        clock.now = slot.received_at
        group = groups[raw.work_group] if raw.work_group is not None else None
        record = context.incoming.receive(raw_input(raw, group), context.actor)
        assert (record.receive_year, record.receive_no) == (slot.be_year, slot.receive_no)
        if raw.cancelled:
            context.incoming.cancel(record.id, CANCEL_REASON, context.actor)


def _dump(db_path: Path) -> dict[str, Any]:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return {
            "documents": conn.execute(
                f"SELECT {_COMPARED} FROM incoming_document ORDER BY id"
            ).fetchall(),
            "counters": conn.execute(
                "SELECT series, year, last_number FROM number_counter ORDER BY year"
            ).fetchall(),
            "audit": conn.execute(
                "SELECT action, entity, entity_id, details, user_id FROM audit_event "
                "WHERE entity = 'incoming' ORDER BY entity_id, id"
            ).fetchall(),
        }


def verify(docs: int = 400) -> bool:
    """Compare the loader (both FTS modes) with the real service on ``docs`` documents."""
    # Five years of numbering; one document in twenty cancelled, so cancel() is compared too.
    slots = plan(docs, dt.date.today(), seed=SEED + 1)
    raws = raw_documents(slots, seed=SEED + 1, cancel_rate=VERIFY_CANCEL_RATE)
    ok = True
    with tempfile.TemporaryDirectory(prefix="saraban-verify-") as tmp:
        root = Path(tmp)
        clock = _Clock()
        service_db = root / "service" / "saraban.sqlite3"
        context = open_office(service_db, clock=clock)
        _through_service(context, clock, raws, slots)
        service_register = context.incoming
        results: dict[str, dict[str, list[int]]] = {"service": {}}
        for query in VERIFY_QUERIES:
            results["service"][query] = service_register.ids(IncomingFilter(search=query))
        context.close()
        dumps = {"service": _dump(service_db)}
        for mode in ("trigger", "rebuild"):
            db = root / mode / "saraban.sqlite3"
            context = open_office(db)
            bulk_load(
                context,
                slots,
                fts=mode,
                seed=SEED + 1,
                workers=1,
                attachments=False,
                cancel_rate=VERIFY_CANCEL_RATE,
            )
            results[mode] = {
                q: context.incoming.ids(IncomingFilter(search=q)) for q in VERIFY_QUERIES
            }
            context.close()
            dumps[mode] = _dump(db)
            for check in ("documents", "counters", "audit"):
                same = dumps[mode][check] == dumps["service"][check]
                ok &= same
                print(
                    f"{mode:8} {check:10} {'identical' if same else 'DIFFERENT'} "
                    f"({len(dumps[mode][check])} rows)"
                )
                if not same:
                    _show_difference(dumps["service"][check], dumps[mode][check])
            integrity = fts_integrity(db)
            ok &= integrity == "ok"
            print(f"{mode:8} fts index  {integrity}")
            same_search = results[mode] == results["service"]
            ok &= same_search
            hits = sum(len(ids) for ids in results[mode].values())
            print(
                f"{mode:8} searches   {'identical' if same_search else 'DIFFERENT'} "
                f"({len(VERIFY_QUERIES)} queries, {hits} hits)"
            )
        cancelled = sum(1 for raw in raws if raw.cancelled)
        print(
            f"{docs} documents, {cancelled} cancelled, years "
            f"{sorted({slot.be_year for slot in slots})}: {'OK' if ok else 'MISMATCH'}"
        )
    return ok


def _show_difference(expected: list[Any], actual: list[Any]) -> None:
    for want, got in zip(expected, actual, strict=False):
        if want != got:
            print(f"   service: {want}\n   loader:  {got}")
            return
    print(f"   row counts differ: {len(expected)} vs {len(actual)}")


def compare_fts(docs: int) -> None:
    """Load ``docs`` documents both ways; time them and compare search results."""
    slots = plan(docs, dt.date.today())
    with tempfile.TemporaryDirectory(prefix="saraban-fts-") as tmp:
        answers = {}
        for mode in ("trigger", "rebuild"):
            db = Path(tmp) / mode / "saraban.sqlite3"
            context = open_office(db)
            timings = bulk_load(context, slots, fts=mode)
            answers[mode] = {
                q: context.incoming.ids(IncomingFilter(search=q)) for q in VERIFY_QUERIES
            }
            context.close()
            print(
                f"{mode:8} {docs:,} documents: "
                + ", ".join(f"{key} {value:.1f}" for key, value in timings.items())
                + f"; integrity {fts_integrity(db)}; "
                f"{Path(db).stat().st_size / 1e6:.0f} MB"
            )
        same = answers["trigger"] == answers["rebuild"]
        print(
            f"search results {'identical' if same else 'DIFFERENT'} "
            f"({sum(len(v) for v in answers['rebuild'].values())} hits)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--rebuild", action="store_true", help="build even if cached")
    parser.add_argument("--fts", choices=["trigger", "rebuild"], default="rebuild")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--verify",
        action="store_true",
        help="check the loader against receive() instead of building",
    )
    parser.add_argument(
        "--compare-fts", type=int, metavar="N", help="time triggers vs rebuild on N documents"
    )
    args = parser.parse_args(argv)
    if args.verify:
        return 0 if verify() else 1
    if args.compare_fts:
        compare_fts(args.compare_fts)
        return 0
    path = ensure_dataset(args.docs, rebuild=args.rebuild, fts=args.fts, workers=args.workers)
    print(json.dumps({"path": str(path), **(current_meta(path) or {})}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
