"""Five years of an office's outgoing letters and their acknowledgements, for the dashboard
benchmarks (bench_dashboard.py, bench_matrix_scroll.py), on SQLite and on PostgreSQL.

    .venv/bin/python -m benchmarks.dashboard_data [--rebuild] [--check]

The office is the one the tests set up (``SetupRequest(province="แม่ฮ่องสอน", prefix="มส
0023.3")``: 7 districts and 50 local authorities) plus ten provincial agencies added to the
directory (``DirectoryService.add_organisation``, kind agency). Rows are written with
SQLAlchemy Core straight into the app's tables (going through ``OutgoingService.issue``
12,000 times would typeset 12,000 PDFs), every value computed the way the services compute it:

- 12,000 forwarding letters (circulars, series ``outgoing:มส 0023.3:ว``, numbers running
  1..N per Buddhist-era year in issue order) on the working days (``WorkingCalendar``: Thai
  public holidays) of 1 Dec 2021 - 27 Nov 2026, office hours; urgency normal/ด่วน/ด่วนมาก/
  ด่วนที่สุด 70/15/10/5 %; subjects from benchmarks/corpus.py; the letter JSON of the sample
  forwarding letter with this letter's number, date, subject, urgency and ถึง line
  (``routing.to_line``); sending method e-saraban/e-mail/post/messenger 70/15/10/5 %
  (``parse_sent_via`` gives ``sent_via``; ``sent_at`` = issue time); 36 cancelled.
- 60 recipients each (720,000 ``letter_recipient`` rows): the 7 districts, 43-50 of the 50
  local authorities, and the rest from the 10 agencies and 2 recipients typed ad hoc (no
  directory entry), in the directory's customary order (``routing.ordered``); a unique
  acknowledgement code each (``new_code``), the due date from the urgency's working days
  (``workdays.due_date``, the office's defaults).
- Acknowledgements: each recipient has a propensity (districts ~0.95, local authorities
  0.75-0.98, agencies 0.72-0.92); a row that will be acknowledged is, after 0 (30 %), 1-2 (30 %),
  3-6 (20 %), 7-15 (12 %) or 16-60 (8 %) working days, at office hours, unless that is after
  "now" (27 Nov 2026 14:00): ~85 % of all rows end acknowledged, with channel, by whom,
  their receive number and date (e-saraban), ``recorded_by``/``recorded_at`` (UTC, after
  the acknowledgement); 0.6 % were returned (ตีกลับ) with a reason, half of those
  acknowledged later; the rest pending, most of it overdue.
- ~300 reminders (``reminder_of_id``), 1-5 working days after a letter fell due, to its
  rows still pending then; the originals' rows count them (``reminded_count``,
  ``last_reminder_id``); a reminder row is acknowledged with its original (linked).
- One audit event per issue, acknowledgement, return and cancellation, in time order (so
  ``change_marker`` reads a realistic ``max(id)``), and the series' ``number_counter`` rows.

The database is cached in ``benchmarks/.data/dashboard-720k.sqlite3`` (git-ignored) with a
``.json`` beside it; it is rebuilt when the generator changes, and migrated in place (by
opening it with ``AppContext.open``, then ``ANALYZE``) when only the schema (the newest
migration) does. ``load_postgres`` copies it into a PostgreSQL database of the same schema (COPY,
foreign keys off during the load, sequences reset, ``VACUUM ANALYZE``), and ``PgCluster``
starts a throwaway server from the installed binaries the way tests/conftest.py does.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import DATA_DIR, REPO
from benchmarks.corpus import Corpus
from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.ack_codes import new_code
from desktop_app.domain.acks import parse_sent_via
from desktop_app.domain.classes import Urgency
from desktop_app.domain.directory import OrgKind
from desktop_app.domain.letters import format_doc_no, outgoing_series
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.routing import Recipient, ordered, to_line
from desktop_app.domain.thai_dates import be_year
from desktop_app.domain.workdays import DEFAULT_DUE_WORKING_DAYS, WorkingCalendar, due_date
from tests.pg_cluster import PgCluster, pg_bin

GENERATOR_VERSION = 4
SEED = 20261127
LETTERS = 12_000
RECIPIENTS_PER_LETTER = 60
START = dt.date(2021, 12, 1)
NOW = dt.datetime(2026, 11, 27, 14, 0)  # the office's wall-clock "now" of every measurement
TODAY = NOW.date()
UTC_OFFSET = dt.timedelta(hours=7)  # Thailand: recorded_at and audit times are UTC
PREFIX = "มส 0023.3"
PROVINCE = "แม่ฮ่องสอน"
BENCH_USER = "clerk1"
CANCELLED = 36
REMINDERS = 300
RETURN_RATE = 0.006

AGENCIES = (
    "สำนักงานสาธารณสุขจังหวัดแม่ฮ่องสอน",
    "สำนักงานคลังจังหวัดแม่ฮ่องสอน",
    "สำนักงานพัฒนาชุมชนจังหวัดแม่ฮ่องสอน",
    "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดแม่ฮ่องสอน",
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดแม่ฮ่องสอน",
    "สำนักงานปศุสัตว์จังหวัดแม่ฮ่องสอน",
    "สำนักงานเกษตรจังหวัดแม่ฮ่องสอน",
    "สำนักงานศึกษาธิการจังหวัดแม่ฮ่องสอน",
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแม่ฮ่องสอน",
    "สำนักงานโยธาธิการและผังเมืองจังหวัดแม่ฮ่องสอน",
)
AD_HOC = ("ชมรมผู้สูงอายุจังหวัดแม่ฮ่องสอน", "มูลนิธิพัฒนาเด็กและเยาวชนแม่ฮ่องสอน")
URGENCIES = (
    (Urgency.NORMAL, 70),
    (Urgency.URGENT, 15),
    (Urgency.VERY_URGENT, 10),
    (Urgency.MOST_URGENT, 5),
)
SENDING_METHODS = (
    ("ระบบสารบรรณอิเล็กทรอนิกส์", 70),
    ("ไปรษณีย์อิเล็กทรอนิกส์", 15),
    ("ไปรษณีย์", 10),
    ("เจ้าหน้าที่นำส่ง", 5),
)
# (working days after the letter's date: low, high), weight
ACK_DELAYS = (((0, 0), 30), ((1, 2), 30), ((3, 6), 20), ((7, 15), 12), ((16, 60), 8))
RETURN_REASONS = (
    "อีเมลตีกลับ กล่องจดหมายเต็ม",
    "ที่อยู่อีเมลไม่ถูกต้อง",
    "ไม่มีผู้รับ",
    "ไปรษณีย์ส่งคืน ที่อยู่ไม่ชัดเจน",
)
PEOPLE = (
    "นางสาวกนกพร ใจดี",
    "นายสมชาย แสงทอง",
    "นางวิไลวรรณ คำมา",
    "นายอนุชา ปัญญาดี",
    "นางสาวศิริพร บุญมา",
    "จ.ส.อ.ประเสริฐ ศรีวงศ์",
    "นางพิมพ์ใจ อินทร์แก้ว",
    "นายธนากร วงค์ษา",
)


def dataset_path() -> Path:
    return DATA_DIR / "dashboard-720k.sqlite3"


def _meta_path(path: Path) -> Path:
    return path.with_suffix(".json")


def schema_head() -> str:
    """The newest migration's file name: the cached database is rebuilt when it changes."""
    versions = sorted((REPO / "migrations" / "versions").glob("[0-9]*.py"))
    return versions[-1].name if versions else ""


def current_meta(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(_meta_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def office_paths(db_path: Path) -> AppPaths:
    """Paths for a context on ``db_path`` (backups and letters beside it, never in the repo's
    configuration)."""
    return AppPaths(data_dir=db_path.parent, config_dir=db_path.parent)


def open_context(url: str, data_dir: Path) -> AppContext:
    """The app's context on ``url`` with the clock stopped at ``NOW``."""
    return AppContext.open(
        url,
        paths=AppPaths(data_dir=data_dir, config_dir=data_dir),
        language="th",
        username=BENCH_USER,
        clock=lambda: NOW,
    )


def ensure_dataset(*, rebuild: bool = False) -> Path:
    """The cached SQLite database, built first (about a minute or two) if missing or stale."""
    path = dataset_path()
    meta = current_meta(path)
    fresh = (
        meta is not None
        and path.exists()
        and meta.get("generator") == GENERATOR_VERSION
        and meta.get("schema") == schema_head()
    )
    if fresh and not rebuild:
        return path
    if (
        not rebuild
        and meta is not None
        and path.exists()
        and meta.get("generator") == GENERATOR_VERSION
    ):
        return _migrate(path, meta)
    print(f"Building {path.name} (cached afterwards)...", file=sys.stderr, flush=True)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    target = building / "saraban.sqlite3"
    started = time.perf_counter()
    context = open_context(sqlite_url(target), building)
    try:
        stats = build(context)
    finally:
        context.close()
    with contextlib.closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")  # what `PRAGMA optimize` would leave in a long-used file
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
    target.replace(path)
    shutil.rmtree(building, ignore_errors=True)
    meta = {
        "generator": GENERATOR_VERSION,
        "schema": schema_head(),
        "seed": SEED,
        "now": NOW.isoformat(),
        "built": dt.datetime.now().isoformat(timespec="seconds"),
        "build_seconds": round(time.perf_counter() - started, 1),
        "size_mb": round(path.stat().st_size / 1e6, 1),
        **stats,
    }
    _meta_path(path).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    print(
        f"Built in {meta['build_seconds']} s, {meta['size_mb']} MB: {json.dumps(stats)}",
        file=sys.stderr,
    )
    return path


def _migrate(path: Path, meta: dict[str, Any]) -> Path:
    """Bring the cached database built at an older schema to the newest migration (the app
    migrates a database it opens; the pre-migration backup goes to a scratch directory),
    then ``ANALYZE`` as the build does. The data stay the same rows."""
    print(f"Migrating {path.name} to {schema_head()}...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="saraban-bench-migrate-"))
    try:
        open_context(sqlite_url(path), scratch).close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("ANALYZE")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    migrated = {
        **meta,
        "schema": schema_head(),
        "migrated_from": meta.get("schema"),
        "migrated": dt.datetime.now().isoformat(timespec="seconds"),
        "migrate_seconds": round(time.perf_counter() - started, 1),
        "size_mb": round(path.stat().st_size / 1e6, 1),
    }
    _meta_path(path).write_text(
        json.dumps(migrated, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    print(f"Migrated in {migrated['migrate_seconds']} s", file=sys.stderr, flush=True)
    return path


# -- generating -----------------------------------------------------------------------------------
@dataclass
class _Row:
    org: Recipient | None  # None: typed ad hoc
    name: str
    code: str | None
    ack_code: str
    ack_at: dt.datetime | None = None
    channel: str = ""
    by: str = ""
    their_no: str = ""
    their_date: dt.date | None = None
    note: str = ""
    recorded_at: dt.datetime | None = None  # UTC
    returned_at: dt.datetime | None = None
    returned_reason: str = ""
    reminded: int = 0
    last_reminder: int | None = None  # index into the letters list
    id: int = 0


@dataclass
class _Letter:
    issued_at: dt.datetime
    urgency: Urgency
    subject: str
    method: str
    to: tuple[str, ...]
    due: dt.date
    rows: list[_Row]
    reminder_of: int | None = None  # index into the letters list
    cancelled_at: dt.datetime | None = None
    id: int = 0
    year: int = 0
    number: int = 0
    doc_no: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _weighted(rng: random.Random, items: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([item for item, _ in items], weights=[w for _, w in items])[0]


def _office_time(rng: random.Random, day: dt.date, after: dt.time | None = None) -> dt.datetime:
    low = 8 * 3600 + 30 * 60
    if after is not None:
        low = max(low, after.hour * 3600 + after.minute * 60 + after.second + 60)
    high = max(low, 16 * 3600 + 30 * 60)
    second = rng.randint(low, high)
    return dt.datetime.combine(day, dt.time(second // 3600, second // 60 % 60, second % 60))


def _working_days(calendar: WorkingCalendar) -> list[dt.date]:
    days = []
    day = START
    while day <= TODAY:
        if calendar.is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _acknowledge(
    rng: random.Random,
    calendar: WorkingCalendar,
    letter: _Letter,
    row: _Row,
    sent_via: str,
) -> None:
    """When (and how) this recipient acknowledges, if it does before ``NOW``."""
    low, high = _weighted(rng, ACK_DELAYS)
    day = calendar.add_working_days(letter.issued_at.date(), rng.randint(low, high))
    same_day = day == letter.issued_at.date()
    at = _office_time(rng, day, letter.issued_at.time() if same_day else None)
    if at > NOW - dt.timedelta(minutes=5):
        return
    if sent_via == "esaraban":
        channel = _weighted(rng, (("esaraban", 60), ("code", 20), ("phone", 12), ("email", 8)))
    elif sent_via == "messenger":
        channel = _weighted(rng, (("delivery_sheet", 80), ("phone", 20)))
    else:
        channel = _weighted(rng, (("code", 45), ("phone", 30), ("email", 20), ("other", 5)))
    row.ack_at = at
    row.channel = channel
    row.by = rng.choice(PEOPLE) if rng.random() < 0.7 else ""
    if channel == "esaraban":
        row.their_no = str(rng.randint(1, 4800))
        row.their_date = day
    lag = dt.timedelta(minutes=rng.randint(0, 20)) if channel != "other" else dt.timedelta(days=1)
    row.recorded_at = min(at + lag, NOW) - UTC_OFFSET


def build(context: AppContext) -> dict[str, Any]:
    """Set the office up and write the letters, rows, audit events and counters."""
    from desktop_app.db.models import AuditEvent, LetterRecipient, NumberCounter, OutgoingLetter

    started = time.perf_counter()
    actor = context.actor
    context.setup.initialise(SetupRequest(province=PROVINCE, prefix=PREFIX), actor)
    for name in AGENCIES:
        context.directory.add_organisation(OrgKind.AGENCY, name, actor)
    directory = context.outgoing.recipient_directory()
    districts = [r for r in directory if r.kind == OrgKind.DISTRICT]
    las = [r for r in directory if r.kind == OrgKind.LOCAL_AUTHORITY]
    agencies = [r for r in directory if r.kind == OrgKind.AGENCY]
    assert (len(districts), len(las), len(agencies)) == (7, 50, 10), (
        len(districts),
        len(las),
        len(agencies),
    )
    work_group = context.settings.work_groups()[0].id
    calendar = context.settings.working_calendar()
    by_urgency = {**DEFAULT_DUE_WORKING_DAYS, **context.settings.due_working_days()}
    template = json.loads(
        (REPO / "benchmarks" / "forwarding_letter.json").read_text(encoding="utf-8")
    )
    rng = random.Random(SEED)
    corpus = Corpus()
    propensity: dict[str, float] = {}
    for r in districts:
        propensity[r.name] = rng.uniform(0.92, 0.98)
    for r in las:
        propensity[r.name] = rng.uniform(0.75, 0.98)
    for name in [*(r.name for r in agencies), *AD_HOC]:
        propensity[name] = rng.uniform(0.72, 0.92)

    working = _working_days(calendar)
    issue_times = sorted(_office_time(rng, rng.choice(working)) for _ in range(LETTERS))
    used_codes: set[str] = set()

    def code() -> str:
        while True:
            value = new_code(rng)
            if value not in used_codes:
                used_codes.add(value)
                return value

    letters: list[_Letter] = []
    to_lines: dict[tuple[int, ...], tuple[str, ...]] = {}
    for issued_at in issue_times:
        urgency = _weighted(rng, URGENCIES)
        method = _weighted(rng, SENDING_METHODS)
        via = parse_sent_via(method)
        sent_via = via.value if via else ""
        count_la = rng.randint(43, 50)
        chosen = [*districts, *rng.sample(las, count_la)]
        others = rng.sample([*agencies, *AD_HOC], RECIPIENTS_PER_LETTER - len(chosen))
        in_directory = ordered([*chosen, *(o for o in others if isinstance(o, Recipient))])
        ad_hoc = [o for o in others if isinstance(o, str)]
        key = tuple(r.id for r in in_directory)
        if key not in to_lines:
            to_lines[key] = tuple(to_line(in_directory, directory))
        to = to_lines[key] + tuple(ad_hoc)
        rows = [_Row(r, r.name, r.code, code()) for r in in_directory]
        rows += [_Row(None, name, None, code()) for name in ad_hoc]
        fiscal = be_year(issued_at.date()) + (1 if issued_at.month >= 10 else 0)
        letter = _Letter(
            issued_at=issued_at,
            urgency=urgency,
            subject=corpus.subject(rng, fiscal),
            method=method,
            to=to,
            due=due_date(calendar, issued_at.date(), urgency.value, days_by_urgency=by_urgency),
            rows=rows,
        )
        letter.extra["sent_via"] = sent_via
        for row in rows:
            if rng.random() < propensity[row.name]:
                _acknowledge(rng, calendar, letter, row, sent_via)
            if rng.random() < RETURN_RATE:
                back = calendar.add_working_days(issued_at.date(), rng.randint(1, 4))
                returned_at = _office_time(rng, back)
                if returned_at >= NOW:
                    continue
                if row.ack_at is not None and row.ack_at <= returned_at:
                    if rng.random() < 0.5:
                        continue
                    row.ack_at = None  # it came back instead: acknowledged later or never
                    row.channel = row.by = row.their_no = ""
                    row.their_date = row.recorded_at = None
                    resend = calendar.add_working_days(back, rng.randint(1, 5))
                    if rng.random() < 0.5 and resend < TODAY:
                        row.ack_at = _office_time(rng, resend)
                        row.channel = "phone"
                        row.recorded_at = row.ack_at - UTC_OFFSET
                row.returned_at = returned_at
                row.returned_reason = rng.choice(RETURN_REASONS)
        letters.append(letter)

    for index in rng.sample(range(len(letters)), CANCELLED):
        letter = letters[index]
        letter.cancelled_at = letter.issued_at + dt.timedelta(minutes=rng.randint(5, 120))
        for row in letter.rows:  # cancelled the same day: nobody acknowledged it
            row.ack_at = row.returned_at = row.recorded_at = row.their_date = None
            row.channel = row.by = row.their_no = row.returned_reason = ""

    # Reminders: 1-5 working days after a letter fell due, to its rows pending then.
    reminders: list[_Letter] = []
    candidates = [i for i, letter in enumerate(letters) if letter.cancelled_at is None]
    for index in sorted(rng.sample(candidates, int(REMINDERS * 1.4))):
        if len(reminders) >= REMINDERS:
            break
        original = letters[index]
        when = _office_time(rng, calendar.add_working_days(original.due, rng.randint(1, 5)))
        if when >= NOW - dt.timedelta(hours=1):
            continue
        pending = [r for r in original.rows if r.ack_at is None or r.ack_at > when]
        if not pending:
            continue
        due = due_date(calendar, when.date(), original.urgency.value, days_by_urgency=by_urgency)
        reminder = _Letter(
            issued_at=when,
            urgency=original.urgency,
            subject=f"ติดตามการตอบรับหนังสือ เรื่อง {original.subject}",
            method=original.method,
            to=tuple(r.name for r in pending) if len(pending) <= 3 else original.to,
            due=due,
            rows=[],
            reminder_of=index,
        )
        reminder.extra["sent_via"] = original.extra["sent_via"]
        reminders.append(reminder)
        position = len(letters) + len(reminders) - 1
        for row in pending:
            linked = _Row(row.org, row.name, row.code, code())
            if row.ack_at is not None:  # acknowledging either acknowledges both
                for name in ("ack_at", "channel", "by", "their_no", "their_date", "recorded_at"):
                    setattr(linked, name, getattr(row, name))
                linked.note = "(ตามหนังสือเชื่อมโยง)"
            reminder.rows.append(linked)
            row.reminded += 1
            row.last_reminder = position
    letters.extend(reminders)

    # Ids and numbers in issue order.
    order = sorted(range(len(letters)), key=lambda i: letters[i].issued_at)
    series = outgoing_series(PREFIX, True)
    counters: dict[int, int] = {}
    row_id = 0
    for letter_id, index in enumerate(order, start=1):
        letter = letters[index]
        letter.id = letter_id
        letter.year = be_year(letter.issued_at.date())
        counters[letter.year] = counters.get(letter.year, 0) + 1
        letter.number = counters[letter.year]
        letter.doc_no = format_doc_no(PREFIX, letter.number, True)
    for index in order:
        for row in letters[index].rows:
            row_id += 1
            row.id = row_id
    generated = time.perf_counter() - started

    user = actor.id
    letter_values: list[dict[str, Any]] = []
    row_values: list[dict[str, Any]] = []
    events: list[tuple[dt.datetime, str, str, int, dict[str, Any]]] = []
    for index in order:
        letter = letters[index]
        content = dict(template)
        content.update(
            doc_no=letter.doc_no,
            date=letter.issued_at.date().isoformat(),
            subject=letter.subject,
            urgency=letter.urgency.value,
            to=list(letter.to),
        )
        if letter.reminder_of is not None:
            content["enclosures"] = []
        sent_via = letter.extra["sent_via"]
        letter_values.append(
            {
                "id": letter.id,
                "series_key": series,
                "prefix": PREFIX,
                "circular": True,
                "year": letter.year,
                "number": letter.number,
                "doc_no": letter.doc_no,
                "kind": "stamped",
                "letter_date": letter.issued_at.date(),
                "issued_at": letter.issued_at,
                "subject": letter.subject,
                "to_text": " ".join(letter.to),
                "sending_method": letter.method,
                "urgency": letter.urgency.value,
                "secrecy": "normal",
                "incoming_id": None,
                "work_group_id": work_group,
                "content": content,
                "pdf_sha256": f"{letter.id:064x}",
                "encloses_incoming_pdf": letter.reminder_of is None,
                "remarks": "",
                "reminder_of_id": (
                    None if letter.reminder_of is None else letters[letter.reminder_of].id
                ),
                "cancelled": letter.cancelled_at is not None,
                "cancelled_at": letter.cancelled_at,
                "cancelled_by": user if letter.cancelled_at else None,
                "cancel_reason": "ออกเลขซ้ำกับหนังสือฉบับก่อน" if letter.cancelled_at else "",
                "created_at": letter.issued_at - UTC_OFFSET,
                "created_by": user,
            }
        )
        events.append(
            (
                letter.issued_at - UTC_OFFSET,
                "outgoing.issue",
                "outgoing",
                letter.id,
                {"doc_no": letter.doc_no, "incoming_id": None, "recipients": [], "pdf": ""},
            )
        )
        if letter.cancelled_at:
            events.append(
                (
                    letter.cancelled_at - UTC_OFFSET,
                    "outgoing.cancel",
                    "outgoing",
                    letter.id,
                    {"reason": "ออกเลขซ้ำกับหนังสือฉบับก่อน"},
                )
            )
        for position, row in enumerate(letter.rows):
            row_values.append(
                {
                    "id": row.id,
                    "letter_id": letter.id,
                    "position": position,
                    "organisation_id": row.org.id if row.org else None,
                    "name": row.name,
                    "code": row.code,
                    "ack_code": row.ack_code,
                    "sent_at": letter.issued_at if sent_via else None,
                    "sent_via": sent_via,
                    "due_date": letter.due,
                    "acknowledged_at": row.ack_at,
                    "acknowledged_by": row.by,
                    "ack_channel": row.channel,
                    "their_receive_no": row.their_no,
                    "their_receive_date": row.their_date,
                    "ack_note": row.note,
                    "recorded_by": user if row.recorded_at or row.returned_at else None,
                    "recorded_at": row.recorded_at
                    or (row.returned_at - UTC_OFFSET if row.returned_at else None),
                    "returned_at": row.returned_at,
                    "returned_reason": row.returned_reason,
                    "reminded_count": row.reminded,
                    "last_reminder_id": (
                        None if row.last_reminder is None else letters[row.last_reminder].id
                    ),
                    "created_at": letter.issued_at - UTC_OFFSET,
                }
            )
            if row.returned_at is not None:
                events.append(
                    (
                        row.returned_at - UTC_OFFSET,
                        "ack.returned",
                        "letter_recipient",
                        row.id,
                        {
                            "letter_id": letter.id,
                            "at": row.returned_at.isoformat(),
                            "reason": row.returned_reason,
                        },
                    )
                )
            if row.ack_at is not None and row.recorded_at is not None:
                events.append(
                    (
                        row.recorded_at,
                        "ack.record",
                        "letter_recipient",
                        row.id,
                        {
                            "letter_id": letter.id,
                            "at": row.ack_at.isoformat(),
                            "channel": row.channel,
                            "by": row.by,
                            "their_receive_no": row.their_no,
                            "their_receive_date": (
                                row.their_date.isoformat() if row.their_date else None
                            ),
                            "note": row.note,
                        },
                    )
                )
    events.sort(key=lambda e: e[0])
    with context.db.reading() as reader:
        first_event = int(reader.scalar("SELECT max(id) FROM audit_event") or 0) + 1
    audit_values = [
        {
            "id": first_event + i,
            "at": at,
            "user_id": user,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
            "prev_hash": "",
            "hash": "",
        }
        for i, (at, action, entity, entity_id, details) in enumerate(events)
    ]
    prepared = time.perf_counter() - started - generated
    from sqlalchemy import delete, insert

    with context.db.write() as session:
        conn = session.connection()
        tables: tuple[tuple[Any, list[dict[str, Any]]], ...] = (
            (OutgoingLetter.__table__, letter_values),
            (LetterRecipient.__table__, row_values),
            (AuditEvent.__table__, audit_values),
        )
        for table, values in tables:
            for start in range(0, len(values), 20_000):
                conn.execute(insert(table), values[start : start + 20_000])
        counter_table: Any = NumberCounter.__table__
        conn.execute(delete(counter_table).where(NumberCounter.series == series))
        conn.execute(
            insert(counter_table),
            [{"series": series, "year": y, "last_number": n} for y, n in sorted(counters.items())],
        )
    written = time.perf_counter() - started - generated - prepared
    acknowledged = sum(1 for v in row_values if v["acknowledged_at"] is not None)
    originals = [v for v in letter_values if v["reminder_of_id"] is None]
    original_ids = {v["id"] for v in originals if not v["cancelled"]}
    counted = [v for v in row_values if v["letter_id"] in original_ids]
    waiting = [v for v in counted if v["acknowledged_at"] is None]
    return {
        "letters": len(originals),
        "reminders": len(reminders),
        "cancelled": CANCELLED,
        "letter_recipient_rows": len(row_values),
        "rows_of_counted_letters": len(counted),
        "acknowledged_share_all_rows": round(acknowledged / len(row_values), 4),
        "pending_counted": len(waiting),
        "overdue_counted": sum(1 for v in waiting if v["due_date"] < TODAY),
        "returned_pending_counted": sum(1 for v in waiting if v["returned_at"] is not None),
        "rows_reminded": sum(1 for v in row_values if v["reminded_count"]),
        "audit_events": len(audit_values),
        "per_year": {str(y): n for y, n in sorted(counters.items())},
        "seconds": {
            "generate": round(generated, 1),
            "prepare": round(prepared, 1),
            "write": round(written, 1),
        },
    }


# -- PostgreSQL ---------------------------------------------------------------------------------
@contextlib.contextmanager
def postgres_copy(sqlite_path: Path, log: Callable[[str], None]) -> Iterator[tuple[list[str], str]]:
    """A throwaway server holding a copy of the SQLite database in a schema made by the app's
    migrations (so with every index of the newest one): yields ([URL], version)."""
    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries are not installed")
    cluster = PgCluster(bin_dir, prefix="saraban-bench-pg-")
    try:
        admin = cluster.start()
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute('CREATE DATABASE "saraban_bench"')
        base = admin.rsplit("/", 1)[0]
        urls = [f"{base}/saraban_bench"]
        started = time.perf_counter()
        load_postgres(sqlite_path, urls[0])
        log(f"PostgreSQL loaded in {time.perf_counter() - started:.0f} s")
        yield urls, cluster.version()
    finally:
        cluster.stop()


def load_postgres(sqlite_path: Path, url: str) -> None:
    """Migrate ``url`` with the app's own migrations, then copy every table of the SQLite
    database into it (COPY; foreign keys off while loading), reset the sequences and
    ``VACUUM ANALYZE``."""
    import psycopg
    from sqlalchemy import JSON, create_engine, select

    from desktop_app.db.models import Base

    scratch = Path(tempfile.mkdtemp(prefix="saraban-bench-pgctx-"))
    try:
        open_context(url, scratch).close()  # the schema, by the app's migrations
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    source = create_engine(sqlite_url(sqlite_path))
    tables = list(Base.metadata.sorted_tables)
    try:
        with psycopg.connect(url) as pg, source.connect() as lite:
            pg.execute("SET session_replication_role = replica")
            pg.execute("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables) + " RESTART IDENTITY")
            for table in tables:
                columns = [c.name for c in table.columns]
                json_columns = {i for i, c in enumerate(table.columns) if isinstance(c.type, JSON)}
                names = ", ".join(f'"{c}"' for c in columns)
                with pg.cursor().copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    for row in lite.execute(select(table)).yield_per(20_000):
                        values = list(row)
                        for i in json_columns:
                            values[i] = json.dumps(values[i], ensure_ascii=False)
                        copy.write_row(values)
                if "id" in columns:
                    pg.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                        f'GREATEST((SELECT max(id) FROM "{table.name}"), 1))'
                    )
            pg.commit()
        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE")
    finally:
        source.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the dashboard benchmark's database")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path = ensure_dataset(rebuild=args.rebuild)
    print(json.dumps({"path": str(path), **(current_meta(path) or {})}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
