"""Importing an office's existing incoming or outgoing register from its Excel file.

An office adopting the program in the middle of a year brings this year's register so far
(issue 9, item 10). ``preview`` reads the file and checks every row (a dry run: nothing is
written); ``import_file`` does the same and, only when no row has a problem, writes every row
in one transaction and moves each series' counter past the highest number imported, so the
next number issued continues the paper book. A file with any bad row imports nothing
(``ImportRefused`` lists every problem with its row number).

Order of work, so the write lock is held only for the insert: the admin check; reading the
workbook (openpyxl, read-only) and checking the rows (domain/register_import.py); looking up
numbers already in the register, the senders in the directory and the search columns; then
one short write transaction that checks the numbers again (another workstation may have
issued one meanwhile), inserts in bulk (SQLAlchemy Core executemany, not one ORM object per
row), raises the counters and records the import in the audit trail (file name and SHA-256,
rows, numbers per series). A 40,000-row year imports in seconds (docs/benchmarks.md).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from desktop_app.db.engine import Database
from desktop_app.domain.clock import Clock, local_now
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import INCOMING_SERIES
from desktop_app.domain.register_import import (
    HEADER_SEARCH_ROWS,
    Header,
    ImportKind,
    ImportRefused,
    ImportRules,
    ImportSummary,
    IncomingLine,
    OutgoingLine,
    RowProblem,
    already_registered,
    check_incoming,
    check_outgoing,
    find_header,
    header_problem,
    spans_of,
)
from desktop_app.domain.users import Actor
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.services.settings import SettingsService, require_admin

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from desktop_app.services.directory import DirectoryService

log = logging.getLogger(__name__)

IMPORT_ACTION = "register.import"  # the audit trail's action
BATCH = 2000  # rows read between progress reports
SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class SheetRows:
    """The register's sheet as read: its name, header, and every row (number, values)."""

    name: str
    header: Header
    rows: list[tuple[int, tuple[Any, ...]]]


def check_source(path: Path) -> Path:
    """``path`` if it is an Excel workbook that exists; ``InvalidInput`` otherwise (before
    the database is opened)."""
    if path.suffix.lower() == ".xls":
        raise InvalidInput(
            f"“{path.name}” เป็นแฟ้ม Excel แบบเก่า (.xls) เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน",
            f"“{path.name}” is an old Excel file (.xls): open it in Excel and save it as .xlsx",
            field="file",
        )
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidInput(
            f"“{path.name}” ไม่ใช่แฟ้ม Excel (.xlsx)",
            f"“{path.name}” is not an Excel workbook (.xlsx)",
            field="file",
        )
    if not path.is_file():
        raise InvalidInput(f"ไม่พบแฟ้ม “{path}”", f"No such file: “{path}”", field="file")
    return path


def read_register(path: Path, kind: ImportKind, control: JobControl = NO_CONTROL) -> SheetRows:
    """The first sheet of ``path`` with the register's header row, and all its rows.

    Raises ``InvalidInput`` (not a workbook, unreadable, no sheet with the header: the message
    names the missing column titles, or the other register when the file holds that one)."""
    from openpyxl import load_workbook

    check_source(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # zip, XML or openpyxl's own: the file is not a workbook
        raise InvalidInput(
            f"อ่านแฟ้ม “{path.name}” ไม่ได้: ไม่ใช่แฟ้ม Excel (.xlsx) ที่สมบูรณ์ ({error})",
            f"Cannot read “{path.name}”: not a complete Excel workbook ({error})",
            field="file",
        ) from error
    try:
        tops = []
        for sheet in workbook.worksheets:
            top = [
                tuple(row) for row in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
            ]
            tops.append(top)
            header = find_header(top, kind)
            if header is None:
                continue
            total = int(sheet.max_row or 0)
            rows: list[tuple[int, tuple[Any, ...]]] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > header.row and any(value is not None for value in values):
                    rows.append((number, tuple(values)))
                if number % BATCH == 0:
                    control.progress(number, max(total, number))
            return SheetRows(str(sheet.title), header, rows)
        raise header_problem([row for top in tops for row in top[:HEADER_SEARCH_ROWS]], kind)
    finally:
        workbook.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class _Plan:
    """A checked file, ready to write."""

    path: Path
    sheet: SheetRows
    lines: list[IncomingLine] | list[OutgoingLine]
    problems: list[RowProblem]
    summary: ImportSummary
    stored: dict[int, dict[str, Any]]  # each line's row as inserted, by sheet row number


class RegisterImportService:
    """Importing registers from Excel (``preview``: a dry run; ``import_file``)."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        directory: DirectoryService,
        clock: Clock = local_now,
    ) -> None:
        self.db = db
        self.settings = settings
        self.directory = directory
        self.clock = clock

    # -- checking ---------------------------------------------------------------------------
    def _rules(self) -> ImportRules:
        office = self.settings.office()
        return ImportRules(
            now=self.clock().replace(microsecond=0),
            work_groups=tuple(self.settings.work_groups(include_inactive=True)),
            office_name=office.name if office else "",
            office_prefix=office.letter_prefix if office else "",
        )

    def _existing(
        self, kind: ImportKind, years: set[int]
    ) -> tuple[dict[tuple[str, int], set[int]], dict[tuple[str, int], int]]:
        """Numbers already in the register and the counters, by (series key, year)."""
        existing: dict[tuple[str, int], set[int]] = {}
        counters: dict[tuple[str, int], int] = {}
        if not years:
            return existing, counters
        marks = ", ".join("?" * len(years))
        ordered = sorted(years)
        with self.db.reading() as reader:
            if kind == "incoming":
                for year, number in reader.rows(
                    "SELECT receive_year, receive_no FROM incoming_document "
                    f"WHERE receive_year IN ({marks})",
                    ordered,
                ):
                    existing.setdefault((INCOMING_SERIES, int(year)), set()).add(int(number))
            else:
                for key, year, number in reader.rows(
                    f"SELECT series_key, year, number FROM outgoing_letter WHERE year IN ({marks})",
                    ordered,
                ):
                    existing.setdefault((str(key), int(year)), set()).add(int(number))
            for series, year, last in reader.rows(
                f"SELECT series, year, last_number FROM number_counter WHERE year IN ({marks})",
                ordered,
            ):
                counters[(str(series), int(year))] = int(last)
        return existing, counters

    def _plan(
        self, kind: ImportKind, path: Path, control: JobControl, *, actor: Actor | None
    ) -> _Plan:
        """Read and check ``path``; with ``actor`` (an import, not a dry run) also make each
        line's row as it will be inserted, as soon as the line passes (its text is then
        still in ``normalise``'s cache: deriving the search and sort columns later, after
        40,000 other lines, would normalise every subject again)."""
        sheet = read_register(path, kind, control)
        rules = self._rules()
        stored: dict[int, dict[str, Any]] = {}
        checked: Any
        if kind == "incoming":
            store_incoming = None
            if actor is not None:
                make = self._incoming_maker(actor, path.name)

                def store_incoming(line: IncomingLine) -> None:
                    stored[line.row] = make(line)

            checked = check_incoming(sheet.rows, sheet.header, rules, store_incoming)
        else:
            store_outgoing = None
            if actor is not None:
                make_out = self._outgoing_maker(actor, path.name)

                def store_outgoing(line: OutgoingLine) -> None:
                    stored[line.row] = make_out(line)

            checked = check_outgoing(sheet.rows, sheet.header, rules, store_outgoing)
        lines = checked.lines
        existing, counters = self._existing(kind, {line.year for line in lines})
        problems: list[RowProblem] = list(checked.problems)
        fresh = []
        for line in lines:
            if line.number in existing.get((line.series.key, line.year), ()):
                problems.append(already_registered(line))
            else:
                fresh.append(line)
        problems.sort(key=lambda problem: problem.row)
        summary = ImportSummary(
            register=kind,
            file=str(path),
            sheet=sheet.name,
            header_row=sheet.header.row,
            rows=checked.rows,
            valid=len(fresh),
            imported=0,
            problems=tuple(problems),
            spans=spans_of(fresh, existing, counters),
            dry_run=actor is None,
        )
        return _Plan(path, sheet, fresh, problems, summary, stored)

    def preview(
        self, kind: ImportKind, path: Path, control: JobControl = NO_CONTROL
    ) -> ImportSummary:
        """Read and check ``path`` as the ``kind`` register without writing anything: how many
        rows can be imported, every problem with its row, the numbers per series and the
        next number each would continue with. Raises ``InvalidInput`` for a file that is not
        such a register at all (see ``read_register``)."""
        return self._plan(kind, path, control, actor=None).summary

    # -- importing ---------------------------------------------------------------------------
    def import_file(
        self, kind: ImportKind, path: Path, actor: Actor, control: JobControl = NO_CONTROL
    ) -> ImportSummary:
        """Import every row of ``path`` into the ``kind`` register, or none.

        Raises ``PermissionDenied`` (not an admin; checked before the file is read),
        ``ImportRefused`` (an ``InvalidInput``: rows with problems, or numbers another
        workstation issued meanwhile; nothing written; ``.problems`` lists each, ``.summary``
        what the file holds), ``InvalidInput`` (not such a register, or no rows) and
        ``EnvironmentProblem`` (locked or full database; nothing written)."""
        require_admin(actor, "นำเข้าทะเบียน", "import a register")
        plan = self._plan(kind, path, control, actor=actor)
        if plan.problems:
            raise ImportRefused(plan.problems, kind, plan.summary)
        if not plan.lines:
            raise InvalidInput(
                f"ไม่มีรายการให้นำเข้าในแฟ้ม “{path.name}” (ใต้แถวหัวตาราง แถว {plan.sheet.header.row})",
                f"“{path.name}” holds no rows to import (below the header, row "
                f"{plan.sheet.header.row})",
                field="file",
            )
        sha = _sha256(path)
        # In number order (ids follow the register's order), as made while checking.
        lines: list[IncomingLine | OutgoingLine] = list(plan.lines)
        lines.sort(key=lambda line: (line.year, line.number))
        rows = [plan.stored[line.row] for line in lines]
        counters = self._write(kind, plan, rows, actor, sha, control)
        spans = tuple(  # the same series in the same order, with the counters as they are now
            replace(span, next_number=counters[(span.series.key, span.year)] + 1)
            for span in plan.summary.spans
        )
        return replace(plan.summary, imported=len(plan.lines), spans=spans)

    def _write(
        self,
        kind: ImportKind,
        plan: _Plan,
        rows: list[dict[str, Any]],
        actor: Actor,
        sha: str,
        control: JobControl,
    ) -> dict[tuple[str, int], int]:
        """The write transaction: check the numbers again, insert, raise the counters, audit.
        Returns the counters after it, by (series key, year)."""
        from desktop_app.db.bulk import insert_rows
        from desktop_app.db.models import IncomingDocument, OutgoingLetter
        from desktop_app.db.numbering import raise_last_number
        from desktop_app.services import audit

        table = cast(
            "Table", (IncomingDocument if kind == "incoming" else OutgoingLetter).__table__
        )
        highest: dict[tuple[str, int], int] = {}
        for line in plan.lines:
            key = (line.series.key, line.year)
            highest[key] = max(highest.get(key, 0), line.number)
        counters: dict[tuple[str, int], int] = {}
        with self.db.write() as session:
            taken = self._taken(session, kind, plan.lines)
            if taken:  # issued by another workstation since the file was checked
                problems = tuple(already_registered(line) for line in taken)
                summary = replace(
                    plan.summary, problems=problems, valid=len(plan.lines) - len(taken)
                )
                raise ImportRefused(problems, kind, summary)
            insert_rows(session, table, rows, control.progress)
            for (series, year), number in sorted(highest.items()):
                counters[(series, year)] = raise_last_number(session, series, year, number)
            audit.record(
                session,
                actor,
                IMPORT_ACTION,
                kind,
                None,
                {
                    "file": plan.path.name,
                    "sha256": sha,
                    "sheet": plan.sheet.name,
                    "rows": len(rows),
                    "series": [
                        {
                            "series": series,
                            "year": year,
                            "last": number,
                            "counter": counters[(series, year)],
                        }
                        for (series, year), number in sorted(highest.items())
                    ],
                },
            )
        return counters

    @staticmethod
    def _taken(
        session: Session, kind: ImportKind, lines: Sequence[IncomingLine] | Sequence[OutgoingLine]
    ) -> list[IncomingLine | OutgoingLine]:
        """The lines whose number the register holds now (inside the write transaction)."""
        from sqlalchemy import select

        from desktop_app.db.models import IncomingDocument, OutgoingLetter

        years = sorted({line.year for line in lines})
        held: set[tuple[str, int, int]] = set()
        if kind == "incoming":
            for year, number in session.execute(
                select(IncomingDocument.receive_year, IncomingDocument.receive_no).where(
                    IncomingDocument.receive_year.in_(years)
                )
            ):
                held.add((INCOMING_SERIES, int(year), int(number)))
        else:
            for key, year, number in session.execute(
                select(OutgoingLetter.series_key, OutgoingLetter.year, OutgoingLetter.number).where(
                    OutgoingLetter.year.in_(years)
                )
            ):
                held.add((str(key), int(year), int(number)))
        return [line for line in lines if (line.series.key, line.year, line.number) in held]

    # -- rows as stored -------------------------------------------------------------------------
    def _incoming_maker(
        self, actor: Actor, filename: str
    ) -> Callable[[IncomingLine], dict[str, Any]]:
        """A function giving a line's incoming_document row: its columns as the register's
        own save stores them (``derive_columns``), the sender's organisation (looked up once
        per sender), where it came from as the receive time's reason."""
        from desktop_app.db.models import utcnow
        from desktop_app.services.incoming import derive_columns

        now = utcnow()
        organisations: dict[str, int | None] = {}

        def make(line: IncomingLine) -> dict[str, Any]:
            if line.sender not in organisations:
                organisations[line.sender] = self.directory.organisation_id(line.sender)
            document = SimpleNamespace(
                receive_year=line.receive_year,
                receive_no=line.receive_no,
                received_at=line.received_at,
                received_at_reason=f"นำเข้าจากทะเบียนเดิม {filename} แถว {line.row}",
                sender_org_id=organisations[line.sender],
                sender=line.sender,
                doc_no=line.doc_no,
                doc_date=line.doc_date,
                to_text=line.to_text,
                subject=line.subject,
                urgency=line.urgency.value,
                secrecy=line.secrecy.value,
                action_taken=line.action_taken,
                remarks=line.remarks,
                work_group_id=line.work_group_id,
                due_date=None,
                cancelled=line.cancelled,
                cancelled_at=now if line.cancelled else None,
                cancelled_by=actor.id if line.cancelled else None,
                cancel_reason=line.cancel_reason,
                created_at=now,
                created_by=actor.id,
                updated_at=None,
                updated_by=None,
            )
            derive_columns(document)  # type: ignore[arg-type]
            return vars(document)

        return make

    @staticmethod
    def _outgoing_maker(actor: Actor, filename: str) -> Callable[[OutgoingLine], dict[str, Any]]:
        """A function giving a line's outgoing_letter row. An imported letter was not typeset
        here: its ``content`` says where it came from, with no text to print again."""
        import datetime as dt

        from desktop_app.db.models import utcnow

        now = utcnow()

        def make(line: OutgoingLine) -> dict[str, Any]:
            return {
                "series_key": line.series.key,
                "prefix": line.prefix,
                "circular": line.circular,
                "year": line.year,
                "number": line.number,
                "doc_no": line.doc_no,
                "kind": "stamped",
                "letter_date": line.letter_date,
                "issued_at": dt.datetime.combine(line.letter_date, dt.time()),
                "subject": line.subject,
                "to_text": line.to_text,
                "sending_method": line.sending_method,
                "urgency": line.urgency.value,
                "secrecy": line.secrecy.value,
                "incoming_id": None,
                "work_group_id": line.work_group_id,
                "content": {"imported": {"file": filename, "row": line.row}},
                "pdf_sha256": "",
                "encloses_incoming_pdf": False,
                "remarks": line.remarks,
                "reminder_of_id": None,
                "cancelled": line.cancelled,
                "cancelled_at": now if line.cancelled else None,
                "cancelled_by": actor.id if line.cancelled else None,
                "cancel_reason": line.cancel_reason,
                "created_at": now,
                "created_by": actor.id,
            }

        return make
