"""Reading an office's existing register from its spreadsheet: the columns, every row
checked, every problem named with its row. Pure: the cells come in as Python values (what
openpyxl reads: str, int, float, datetime, date, time or None); ``services/register_import``
reads the file and writes the rows.

An office adopting the program in the middle of a year brings its paper book or Excel sheet
(issue 9, item 10). The sheet is accepted in the official layout, the one the program's own
export writes (reports/excel.py: the incoming register's เลขทะเบียนรับ, วันที่รับ, เวลา, ที่,
ลงวันที่, จาก, ถึง, เรื่อง, ชั้นความเร็ว, ชั้นความลับ, กลุ่มงาน, การปฏิบัติ, หมายเหตุ; the
outgoing register's เลขทะเบียนส่ง, ที่, ลงวันที่, จาก, ถึง, เรื่อง, การปฏิบัติ, วิธีส่ง,
หมายเหตุ), in the office's own sheet too: the header row is found by its titles (Thai or
English, in any order, anywhere in the first rows; other columns are ignored).

Rules (saraban.md, "Registers"):

* Numbers and dates are kept as in the sheet: Thai or Arabic digits, "2,345", "1446/2569";
  dates in every form a clerk types (``thai_dates.parse_date``), Buddhist-era years, and date
  cells, including a BE year typed into a date cell (Excel then stores the year 2569 CE).
* A receive number belongs to the year of its receive date; an outgoing number to its series
  (the letter-code prefix of its ที่, circular ว or not) and the year of its date.
* A number twice in the file is refused (both rows named); so is a number already in the
  register (the service checks that), a receive date in the future, a letter dated after its
  receipt, a work group the office does not have.
* "ยกเลิก: เหตุผล" (or "CANCELLED: reason") at the start of หมายเหตุ, as the export writes a
  cancelled number, imports it cancelled with its reason.
* Every problem of every row is reported (row numbers as the spreadsheet shows them), in Thai
  and English; nothing is imported while any remains.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, Literal, TypeVar

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.doc_numbers import clean_doc_no, strip_doc_no_label
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import INCOMING_SERIES
from desktop_app.domain.letters import format_doc_no
from desktop_app.domain.numbering import (
    SeriesRef,
    canonical_prefix,
    office_spelling,
    same_prefix,
)
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.domain.thai_dates import be_year, parse_datetime, parse_time
from desktop_app.domain.thai_text import (
    MAX_REASON_LENGTH,
    MAX_REMARKS_LENGTH,
    MAX_SENDER_LENGTH,
    MAX_SUBJECT_LENGTH,
    clean_text,
    normalise,
    search_fold,
    to_arabic_digits,
)

ImportKind = Literal["incoming", "outgoing"]
IMPORT_KINDS: tuple[ImportKind, ...] = ("incoming", "outgoing")
HEADER_SEARCH_ROWS = 30  # the header row is looked for in this many rows from the top
BE_CELL_YEAR = 2400  # a date cell with a year from here on holds a BE year typed into it
TIME_TOLERANCE = dt.timedelta(minutes=10)  # clock skew allowed on a received time


# -- the columns ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    """One column the import reads: its official titles and the other titles offices use."""

    name: str
    title_th: str  # the official title (reports/excel.py)
    title_en: str  # the English export's title
    required: bool = False
    aliases: tuple[str, ...] = ()

    def header_keys(self) -> set[str]:
        return {header_key(title) for title in (self.title_th, self.title_en, *self.aliases)}


INCOMING_COLUMNS: tuple[Column, ...] = (
    Column(
        "receive_no",
        "เลขทะเบียนรับ",
        "Receive no.",
        True,
        ("เลขรับ", "เลขที่รับ", "ทะเบียนรับ", "ทะเบียนรับที่", "Receive number", "Received no."),
    ),
    Column(
        "received",
        "วันที่รับ",
        "Received",
        True,
        ("รับวันที่", "วันรับ", "วันเดือนปีที่รับ", "Received on", "Date received", "Received date"),
    ),
    Column("time", "เวลา", "Time", False, ("เวลารับ", "Received time", "Time received")),
    Column(
        "doc_no",
        "ที่",
        "Their no.",
        False,
        ("เลขที่หนังสือ", "หนังสือที่", "เลขที่", "Doc no.", "Document no.", "Reference"),
    ),
    Column(
        "doc_date",
        "ลงวันที่",
        "Dated",
        True,
        ("วันที่หนังสือ", "ลงวันที่หนังสือ", "Doc date", "Document date", "Letter date"),
    ),
    Column("sender", "จาก", "From", True, ("ผู้ส่ง", "Sender")),
    Column("to_text", "ถึง", "To", False, ("เรียน",)),
    Column("subject", "เรื่อง", "Subject", True),
    Column("urgency", "ชั้นความเร็ว", "Urgency", False, ("ความเร็ว",)),
    Column("secrecy", "ชั้นความลับ", "Secrecy", False, ("ความลับ",)),
    Column("work_group", "กลุ่มงาน", "Work group", False, ("ฝ่าย", "กลุ่ม")),
    Column("action_taken", "การปฏิบัติ", "Action taken", False, ("Action",)),
    Column("remarks", "หมายเหตุ", "Remarks", False, ("Remark", "Notes", "Note")),
)

OUTGOING_COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        "เลขทะเบียนส่ง",
        "Register no.",
        False,
        ("เลขส่ง", "ทะเบียนส่ง", "เลขที่ส่ง", "Outgoing no."),
    ),
    Column(
        "doc_no",
        "ที่",
        "Doc no.",
        True,
        ("เลขที่หนังสือ", "เลขที่", "หนังสือที่", "Document no.", "Letter no."),
    ),
    Column("letter_date", "ลงวันที่", "Dated", True, ("วันที่", "Date", "Letter date")),
    Column("sender", "จาก", "From", False, ("ส่วนราชการเจ้าของเรื่อง",)),
    Column("to_text", "ถึง", "To", False, ("เรียน",)),
    Column("subject", "เรื่อง", "Subject", True),
    Column("action_taken", "การปฏิบัติ", "Action taken", False, ("Action",)),
    Column("sending_method", "วิธีส่ง", "Sent by", False, ("ส่งทาง", "Sending method")),
    Column("remarks", "หมายเหตุ", "Remarks", False, ("Remark", "Notes", "Note")),
    Column("urgency", "ชั้นความเร็ว", "Urgency", False, ("ความเร็ว",)),
    Column("secrecy", "ชั้นความลับ", "Secrecy", False, ("ความลับ",)),
)

COLUMNS: dict[ImportKind, tuple[Column, ...]] = {
    "incoming": INCOMING_COLUMNS,
    "outgoing": OUTGOING_COLUMNS,
}
REGISTER_NAMES: dict[ImportKind, tuple[str, str]] = {
    "incoming": ("ทะเบียนหนังสือรับ", "incoming register"),
    "outgoing": ("ทะเบียนหนังสือส่ง", "outgoing register"),
}

_HEADER_DROP = re.compile(r"[\s.:()\[\]*]+")


def header_key(title: object) -> str:
    """The form column titles are compared in: no spacing or punctuation, case-folded
    ("Receive no." and "receive no" are one title)."""
    if title is None:
        return ""
    return _HEADER_DROP.sub("", to_arabic_digits(normalise(str(title)))).casefold()


@dataclass(frozen=True)
class Header:
    """Where the register's header row is (1-based, as the spreadsheet numbers rows) and which
    column holds each field (0-based), with each column's title as the sheet writes it."""

    row: int
    columns: Mapping[str, int]
    titles: Mapping[str, str]


def _match(values: Sequence[object], kind: ImportKind) -> dict[str, int]:
    found: dict[str, int] = {}
    by_key = {key: column.name for column in COLUMNS[kind] for key in column.header_keys()}
    for index, value in enumerate(values):
        name = by_key.get(header_key(value))
        if name is not None and name not in found:
            found[name] = index
    return found


def _required(kind: ImportKind) -> list[Column]:
    return [column for column in COLUMNS[kind] if column.required]


# Columns only one register has: a header with the incoming register's and none of the
# outgoing register's is the incoming register, though it has ที่, ลงวันที่ and เรื่อง too.
_OWN_COLUMNS: dict[ImportKind, set[str]] = {
    "incoming": {"receive_no", "received"},
    "outgoing": {"number", "sending_method"},
}


def find_header(top: Sequence[Sequence[object]], kind: ImportKind) -> Header | None:
    """The first of ``top`` (the sheet's first rows, row 1 first) holding the titles of every
    required column of ``kind`` (and not those of the other register only); None if none."""
    required = {column.name for column in _required(kind)}
    other: ImportKind = "outgoing" if kind == "incoming" else "incoming"
    for index, values in enumerate(top[:HEADER_SEARCH_ROWS]):
        found = _match(values, kind)
        theirs = set(_match(values, other))
        if _OWN_COLUMNS[other] <= theirs and not _OWN_COLUMNS[kind] & set(found):
            continue  # the other register's header
        if required <= set(found):
            titles = {name: normalise(str(values[column])) for name, column in found.items()}
            return Header(index + 1, found, titles)
    return None


def header_problem(top: Sequence[Sequence[object]], kind: ImportKind) -> InvalidInput:
    """Why no header row was found: the register it looks like instead, or the required
    titles missing from the row that has the most of them."""
    other: ImportKind = "outgoing" if kind == "incoming" else "incoming"
    if find_header(top, other) is not None and find_header(top, kind) is None:
        this_th, this_en = REGISTER_NAMES[kind]
        other_th, other_en = REGISTER_NAMES[other]
        return InvalidInput(
            f"แฟ้มนี้เป็น{other_th} ไม่ใช่{this_th} (เลือกทะเบียนให้ตรงกับแฟ้ม)",
            f"This file holds the {other_en}, not the {this_en} (choose the matching register)",
            field="file",
        )
    best: dict[str, int] = {}
    for values in top[:HEADER_SEARCH_ROWS]:
        found = _match(values, kind)
        if len(found) > len(best):
            best = found
    missing = [column for column in _required(kind) if column.name not in best]
    names_th = ", ".join(column.title_th for column in missing)
    names_en = ", ".join(f"{column.title_en} ({column.title_th})" for column in missing)
    register_th, register_en = REGISTER_NAMES[kind]
    return InvalidInput(
        f"ไม่พบแถวหัวตารางของ{register_th} ในแฟ้มต้องมีคอลัมน์ชื่อ {names_th} "
        f"(ในแถวเดียวกัน ภายใน {HEADER_SEARCH_ROWS} แถวแรก)",
        f"No header row of the {register_en} was found: the file needs columns titled "
        f"{names_en} (in one row, within the first {HEADER_SEARCH_ROWS} rows)",
        field="file",
    )


# -- problems -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row: its number as the spreadsheet shows it, the column's title
    as the sheet writes it ("" for the row as a whole), and why."""

    row: int
    column: str
    message_th: str
    message_en: str

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th

    def describe(self, lang: str = "th") -> str:
        """ "แถว 5 (วันที่รับ): …" / "Row 5 (Received): …"."""
        where = f"แถว {self.row}" if lang != "en" else f"Row {self.row}"
        if self.column:
            where += f" ({self.column})"
        return f"{where}: {self.message(lang)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column or None,
            "message": self.message_th,
            "message_en": self.message_en,
        }


class ImportRefused(InvalidInput):
    """Rows of the file are wrong: nothing was imported. ``problems`` holds every one."""

    def __init__(
        self,
        problems: Sequence[RowProblem],
        register: ImportKind,
        summary: ImportSummary | None = None,
    ) -> None:
        rows = len({problem.row for problem in problems})
        name_th, name_en = REGISTER_NAMES[register]
        head_th = f"นำเข้า{name_th}ไม่ได้ พบปัญหา {rows:,} แถว ยังไม่ได้นำเข้าแถวใดเลย แก้ในแฟ้มแล้วนำเข้าใหม่:"
        head_en = (
            f"The {name_en} was not imported: {rows:,} row(s) have problems and nothing was "
            "imported. Correct the file and import it again:"
        )
        super().__init__(
            "\n".join([head_th, *(p.describe("th") for p in problems)]),
            "\n".join([head_en, *(p.describe("en") for p in problems)]),
            field="file",
        )
        self.problems = tuple(problems)
        self.register = register
        self.summary = summary  # what reading the file found, when it was read whole


class _Bad(Exception):
    """One cell's problem (caught per cell, so a row reports all of them)."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en


# -- reading cells --------------------------------------------------------------------------------
def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell as text: numbers without a trailing ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


_NUMBER = re.compile(r"^(?:เลข(?:ที่|รับ)?\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*/\s*(\d{4}))?$")


def read_number(value: object) -> tuple[int, int | None]:
    """A register number and the year written with it, if any: 2345, "๒,๓๔๕",
    "1446/2569" -> (1446, 2569). Raises ``_Bad``."""
    if isinstance(value, bool):
        raise _Bad("ต้องเป็นตัวเลข", "must be a number")
    if isinstance(value, int):
        number, year = value, None
    elif isinstance(value, float) and value.is_integer():
        number, year = int(value), None
    else:
        text = to_arabic_digits(normalise(cell_text(value)))
        match = _NUMBER.match(text)
        if match is None:
            raise _Bad(
                f"“{cell_text(value)}” ไม่ใช่เลขทะเบียน", f"“{cell_text(value)}” is not a number"
            )
        number = int(match[1].replace(",", ""))
        year = int(match[2]) if match[2] else None
    if number < 1:
        raise _Bad(f"เลข {number} ต้องเป็น 1 ขึ้นไป", f"the number {number} must be 1 or more")
    return number, year


@lru_cache(maxsize=4096)
def _parsed_date(text: str, today: dt.date) -> dt.datetime:
    return parse_datetime(text, today=today)


def _date_of_cell(value: dt.date | dt.datetime) -> dt.datetime:
    """A date cell's value; a BE year typed into a date cell (stored as 2569 CE) read as BE."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    if moment.year >= BE_CELL_YEAR:
        try:
            return moment.replace(year=moment.year - 543)
        except ValueError as error:  # 29 Feb of a BE leap year that is not a CE one
            raise _Bad(
                f"ไม่มีวันที่ {moment.day}/{moment.month}/{moment.year}",
                f"{moment.day}/{moment.month}/{moment.year} does not exist",
            ) from error
    return moment


def read_datetime(value: object, today: dt.date) -> dt.datetime:
    """A date (and a time, if the cell holds one: "6/3/2569 16:57"), from a date cell or as
    typed ("๖ มี.ค. ๒๕๖๙", "6-3-69", "2026-03-06"). Raises ``_Bad``."""
    if isinstance(value, dt.datetime | dt.date):
        return _date_of_cell(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise _Bad(
            f"“{cell_text(value)}” ไม่ใช่วันที่ (พิมพ์เป็นวันที่ เช่น 6/3/2569)",
            f"“{cell_text(value)}” is not a date (type a date such as 6/3/2569)",
        )
    try:
        return _parsed_date(normalise(cell_text(value)), today)
    except InvalidInput as error:
        raise _Bad(error.message_th, error.message_en) from error


def read_date(value: object, today: dt.date) -> dt.date:
    """``read_datetime``'s date. Raises ``_Bad``."""
    return read_datetime(value, today).date()


def read_time(value: object) -> dt.time:
    """A time cell, a fraction of a day, or "16:57" / "16.57 น." typed. Raises ``_Bad``."""
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        seconds = round(value * 86400)
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    try:
        return parse_time(cell_text(value))
    except InvalidInput as error:
        raise _Bad(error.message_th, error.message_en) from error


_CANCELLED = re.compile(
    r"^(?:ยกเลิก|cancell?ed)\s*(?:$|[:：]\s*(?P<rest>.*)$)", re.IGNORECASE | re.DOTALL
)


def cancellation(remarks: str) -> tuple[bool, str, str]:
    """(cancelled, reason, remaining remarks) from a หมายเหตุ cell: "ยกเลิก: ออกเลขซ้ำ /
    ส่งทางอีเมล" (the export's form) -> (True, "ออกเลขซ้ำ", "ส่งทางอีเมล"); "ยกเลิก" alone ->
    (True, "", ""). Anything else is not a cancellation ("ยกเลิกการประชุม" is a remark)."""
    match = _CANCELLED.match(remarks)
    if match is None:
        return False, "", remarks
    reason, _sep, rest = (match["rest"] or "").partition(" / ")
    return True, reason.strip(), rest.strip()


_ACK_SUMMARY = re.compile(r"^(?:ตอบรับแล้ว \d+ จาก \d+ ราย|\d+ of \d+ acknowledged)$")
_OUTGOING_NO = re.compile(r"^(?P<prefix>.*?)\s*/\s*(?P<circular>ว\s*\.?)?\s*(?P<number>\d+)?$")


def strip_label(doc_no: str) -> str:
    """A document number without the label typed before it ("ที่ มท 0810.2/ว 1089", "เลขที่:
    12/2569"; ``doc_numbers.strip_doc_no_label``)."""
    return strip_doc_no_label(doc_no)


def split_outgoing_no(doc_no: str) -> tuple[str, bool, int | None]:
    """ "มส ๐๐๒๓.๓/ว ๓๕๔" -> ("มส 0023.3", True, 354); the number is None when the ที่ holds
    none ("มส 0023.3/"). Raises ``_Bad`` when it is not a letter code, "/", a number."""
    text = to_arabic_digits(strip_label(normalise(doc_no)))
    match = _OUTGOING_NO.match(text)
    prefix = canonical_prefix(match["prefix"]) if match else ""
    if match is None or not prefix:
        raise _Bad(
            f"“{doc_no}” ไม่ใช่เลขที่หนังสือส่ง (รหัส/เลข เช่น มส 0023.3/354 หรือ มส 0023.3/ว 354)",
            f"“{doc_no}” is not an outgoing number (code/number, e.g. มส 0023.3/354 or "
            "มส 0023.3/ว 354)",
        )
    number = int(match["number"]) if match["number"] else None
    return prefix, bool(match["circular"]), number


# -- validated rows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportRules:
    """What the rows are checked against: the office's clock (wall-clock time), its name and
    letter-code prefix, its work groups (by name, and by prefix for outgoing letters)."""

    now: dt.datetime
    work_groups: Sequence[WorkGroupInfo] = ()
    office_name: str = ""
    office_prefix: str = ""
    tolerance: dt.timedelta = TIME_TOLERANCE

    def group_id(self, name: str) -> int | None:
        """The work group called ``name`` (spacing and digits aside); ``_Bad`` if none."""
        wanted = search_fold(name)
        for group in self.work_groups:
            if search_fold(group.name) == wanted:
                return group.id
        known = ", ".join(group.name for group in self.work_groups) or "-"
        raise _Bad(
            f"ไม่มีกลุ่มงาน “{name}” ในสำนักงาน (มี: {known}) เพิ่มกลุ่มงานในหน้าตั้งค่าก่อน หรือแก้ในแฟ้ม",
            f"The office has no work group “{name}” (it has: {known}); add it in Settings "
            "first or correct the file",
        )

    def prefix_group(self, prefix: str) -> tuple[str, int | None]:
        """``prefix`` as the office spells it (its own or a work group's prefix, typed any
        way; else as typed) and the work group using it, if any."""
        known = [self.office_prefix, *(group.letter_prefix for group in self.work_groups)]
        spelling = office_spelling(prefix, [p for p in known if p])
        for group in self.work_groups:
            if same_prefix(group.letter_prefix, spelling):
                return spelling, group.id
        return spelling, None


@dataclass(frozen=True)
class IncomingLine:
    """One row of the incoming register, checked: what is stored, as in the sheet."""

    row: int
    receive_year: int  # Buddhist era, of the receive date
    receive_no: int
    received_at: dt.datetime
    doc_no: str
    doc_date: dt.date
    sender: str
    to_text: str
    subject: str
    urgency: Urgency
    secrecy: Secrecy
    work_group_id: int | None
    action_taken: str
    remarks: str
    cancelled: bool
    cancel_reason: str

    @property
    def series(self) -> SeriesRef:
        return SeriesRef("incoming")

    @property
    def year(self) -> int:
        return self.receive_year

    @property
    def number(self) -> int:
        return self.receive_no

    @property
    def label(self) -> str:
        return f"เลขรับ {self.receive_no}/{self.receive_year}"

    @property
    def label_en(self) -> str:
        return f"receive no. {self.receive_no}/{self.receive_year}"


@dataclass(frozen=True)
class OutgoingLine:
    """One row of the outgoing register, checked."""

    row: int
    prefix: str  # as the office spells it, Arabic digits
    circular: bool
    year: int  # Buddhist era, of the letter's date
    number: int
    letter_date: dt.date
    to_text: str
    subject: str
    urgency: Urgency
    secrecy: Secrecy
    work_group_id: int | None
    sending_method: str
    remarks: str
    cancelled: bool
    cancel_reason: str

    @property
    def series(self) -> SeriesRef:
        return SeriesRef("outgoing", self.prefix, self.circular)

    @property
    def doc_no(self) -> str:
        return format_doc_no(self.prefix, self.number, self.circular)

    @property
    def label(self) -> str:
        return f"ที่ {self.doc_no} ({self.year})"

    @property
    def label_en(self) -> str:
        return f"no. {self.doc_no} ({self.year})"


Line = TypeVar("Line", IncomingLine, OutgoingLine)


@dataclass
class Checked(Generic[Line]):
    """The rows that passed (sheet order) and every problem found."""

    lines: list[Line] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0  # rows holding any data (blank rows are skipped)


class _Row:
    """One sheet row during checking: its cells by field, and the problems found in it."""

    def __init__(self, number: int, values: Sequence[object], header: Header) -> None:
        self.number = number
        self.values = values
        self.header = header
        self.problems: list[RowProblem] = []
        # (series key, year, number) and its labels, once the row's number is known.
        self.identity: tuple[tuple[str, int, int], str, str] | None = None

    def raw(self, name: str) -> object:
        index = self.header.columns.get(name)
        if index is None or index >= len(self.values):
            return None
        return self.values[index]

    def blank(self) -> bool:
        return all(_is_blank(self.raw(name)) for name in self.header.columns)

    def bad(self, name: str, message_th: str, message_en: str) -> None:
        title = self.header.titles.get(name, "")
        self.problems.append(RowProblem(self.number, title, message_th, message_en))

    def get(self, name: str, read: Callable[[object], Any], *, required: bool = False) -> Any:
        """``read(cell)``, or None for an empty cell (a problem if ``required``); a cell
        ``read`` refuses is noted as a problem and gives None."""
        value = self.raw(name)
        if _is_blank(value):
            if required:
                self.bad(name, "ยังไม่ได้กรอก", "is empty")
            return None
        try:
            return read(value)
        except _Bad as error:
            self.bad(name, error.message_th, error.message_en)
        except InvalidInput as error:
            self.bad(name, error.message_th, error.message_en)
        return None

    def text(self, name: str, max_length: int, *, required: bool = False) -> str:
        title = self.header.titles.get(name, name)

        def read(value: object) -> str:
            text = clean_text(
                cell_text(value),
                max_length=max_length,
                multiline=name in ("remarks", "action_taken"),
                label_th=title,
                label_en=title,
            )
            if required and not text:
                raise _Bad("ยังไม่ได้กรอก", "is empty")
            return text

        return self.get(name, read, required=required) or ""


def _classes(row: _Row) -> tuple[Urgency, Secrecy]:
    urgency = row.get("urgency", lambda v: Urgency.parse(cell_text(v))) or Urgency.NORMAL
    secrecy = row.get("secrecy", lambda v: Secrecy.parse(cell_text(v))) or Secrecy.NORMAL
    return urgency, secrecy


def _remarks(row: _Row) -> tuple[str, bool, str]:
    """(remarks, cancelled, reason) from the หมายเหตุ cell."""
    remarks = row.text("remarks", MAX_REMARKS_LENGTH)
    cancelled, reason, rest = cancellation(remarks)
    if cancelled:
        reason = (reason or "ยกเลิกตามทะเบียนเดิม")[:MAX_REASON_LENGTH]
    return rest, cancelled, reason


def _incoming_line(row: _Row, rules: ImportRules) -> IncomingLine | None:
    today = rules.now.date()
    numbered = row.get("receive_no", read_number, required=True)
    received = row.get("received", lambda v: read_datetime(v, today), required=True)
    at = row.get("time", read_time)
    doc_date = row.get("doc_date", lambda v: read_date(v, today), required=True)
    doc_no = row.get("doc_no", lambda v: clean_doc_no(cell_text(v))) or ""
    sender = row.text("sender", MAX_SENDER_LENGTH, required=True)
    to_text = row.text("to_text", MAX_SENDER_LENGTH)
    subject = row.text("subject", MAX_SUBJECT_LENGTH, required=True)
    urgency, secrecy = _classes(row)
    group_id = row.get("work_group", lambda v: rules.group_id(cell_text(v)))
    action = row.text("action_taken", MAX_REMARKS_LENGTH)
    remarks, cancelled, reason = _remarks(row)
    received_at: dt.datetime | None = None
    if received is not None:
        received_at = dt.datetime.combine(received.date(), at or received.time())
        if received_at > rules.now + rules.tolerance:
            row.bad(
                "received",
                f"วันเวลารับ {received_at:%d/%m}/{be_year(received_at)} {received_at:%H:%M} "
                "อยู่ในอนาคต",
                f"the receive time {received_at:%d/%m}/{be_year(received_at)} "
                f"{received_at:%H:%M} is in the future",
            )
        elif doc_date is not None and doc_date > received_at.date():
            row.bad(
                "doc_date",
                f"หนังสือลงวันที่ {doc_date:%d/%m}/{be_year(doc_date)} หลังวันที่รับ "
                f"{received_at:%d/%m}/{be_year(received_at)}",
                f"the letter is dated {doc_date:%d/%m}/{be_year(doc_date)}, after it was "
                f"received on {received_at:%d/%m}/{be_year(received_at)}",
            )
    if numbered is not None and received_at is not None:
        number, written_year = numbered
        if written_year is not None and written_year != be_year(received_at.date()):
            row.bad(
                "receive_no",
                f"เลขรับ {number}/{written_year} ไม่ตรงกับปีของวันที่รับ ({be_year(received_at)})",
                f"receive no. {number}/{written_year} does not match the year it was "
                f"received ({be_year(received_at)})",
            )
    if numbered is not None and received_at is not None:
        year = be_year(received_at.date())
        row.identity = (
            (INCOMING_SERIES, year, numbered[0]),
            f"เลขรับ {numbered[0]}/{year}",
            f"receive no. {numbered[0]}/{year}",
        )
    if row.problems or numbered is None or received_at is None or doc_date is None:
        return None
    return IncomingLine(
        row=row.number,
        receive_year=be_year(received_at.date()),
        receive_no=numbered[0],
        received_at=received_at,
        doc_no=doc_no,
        doc_date=doc_date,
        sender=sender,
        to_text=to_text,
        subject=subject,
        urgency=urgency,
        secrecy=secrecy,
        work_group_id=group_id,
        action_taken=action,
        remarks=remarks,
        cancelled=cancelled,
        cancel_reason=reason,
    )


def _outgoing_line(row: _Row, rules: ImportRules) -> OutgoingLine | None:
    today = rules.now.date()
    numbered = row.get("number", read_number)
    parts = row.get("doc_no", lambda v: split_outgoing_no(cell_text(v)), required=True)
    letter_date = row.get("letter_date", lambda v: read_date(v, today), required=True)
    sender = row.text("sender", MAX_SENDER_LENGTH)
    to_text = row.text("to_text", MAX_SENDER_LENGTH)
    subject = row.text("subject", MAX_SUBJECT_LENGTH, required=True)
    urgency, secrecy = _classes(row)
    method = row.text("sending_method", 100)
    action = row.text("action_taken", MAX_REMARKS_LENGTH)
    remarks, cancelled, reason = _remarks(row)
    if action and not _ACK_SUMMARY.match(action):  # the export's own summary is not kept
        remarks = "; ".join(part for part in (f"การปฏิบัติ: {action}", remarks) if part)
    if letter_date is not None and letter_date > today:
        row.bad(
            "letter_date",
            f"ลงวันที่ {letter_date:%d/%m}/{be_year(letter_date)} อยู่ในอนาคต",
            f"the date {letter_date:%d/%m}/{be_year(letter_date)} is in the future",
        )
    number: int | None = None
    prefix, circular, group_id = "", False, None
    if parts is not None:
        prefix, circular, number = parts
        prefix, group_id = rules.prefix_group(prefix)
        if numbered is not None:
            if number is None:
                number = numbered[0]
            elif number != numbered[0]:
                row.bad(
                    "number",
                    f"เลขทะเบียนส่ง {numbered[0]} ไม่ตรงกับเลขในช่องที่ ({number})",
                    f"the register number {numbered[0]} differs from the number in the "
                    f"document number ({number})",
                )
        elif number is None:
            row.bad(
                "doc_no",
                "ไม่มีเลขของหนังสือ (เช่น มส 0023.3/354)",
                "holds no number (e.g. มส 0023.3/354)",
            )
    if (
        numbered is not None
        and numbered[1] is not None
        and letter_date is not None
        and numbered[1] != be_year(letter_date)
    ):
        row.bad(
            "number",
            f"ปี {numbered[1]} ไม่ตรงกับปีที่ลงวันที่ ({be_year(letter_date)})",
            f"the year {numbered[1]} does not match the letter's date ({be_year(letter_date)})",
        )
    if sender and search_fold(sender) != search_fold(rules.office_name):
        found = row.get("sender", lambda v: rules.group_id(cell_text(v)))
        group_id = found if found is not None else group_id
    if number is not None and letter_date is not None:
        series = SeriesRef("outgoing", prefix, circular)
        doc_no = format_doc_no(prefix, number, circular)
        row.identity = (
            (series.key, be_year(letter_date), number),
            f"ที่ {doc_no} ({be_year(letter_date)})",
            f"no. {doc_no} ({be_year(letter_date)})",
        )
    if row.problems or number is None or letter_date is None:
        return None
    return OutgoingLine(
        row=row.number,
        prefix=prefix,
        circular=circular,
        year=be_year(letter_date),
        number=number,
        letter_date=letter_date,
        to_text=to_text,
        subject=subject,
        urgency=urgency,
        secrecy=secrecy,
        work_group_id=group_id,
        sending_method=method,
        remarks=remarks,
        cancelled=cancelled,
        cancel_reason=reason,
    )


def _check(
    rows: Iterable[tuple[int, Sequence[object]]],
    header: Header,
    line_of: Callable[[_Row, ImportRules], Line | None],
    title: str,
    rules: ImportRules,
    each: Callable[[Line], object] | None,
) -> Checked[Line]:
    checked: Checked[Line] = Checked()
    first_row: dict[tuple[str, int, int], int] = {}
    for number, values in rows:
        if number <= header.row:
            continue
        row = _Row(number, values, header)
        if row.blank():
            continue
        checked.rows += 1
        line = line_of(row, rules)
        if row.identity is not None:  # a number read, even if other cells are wrong
            key, label_th, label_en = row.identity
            earlier = first_row.get(key)
            if earlier is not None:
                row.bad(
                    title, f"{label_th} ซ้ำกับแถว {earlier}", f"{label_en} is also in row {earlier}"
                )
                line = None
            else:
                first_row[key] = number
        if line is not None:
            checked.lines.append(line)
            if each is not None:
                each(line)
        checked.problems.extend(row.problems)
    return checked


def check_incoming(
    rows: Iterable[tuple[int, Sequence[object]]],
    header: Header,
    rules: ImportRules,
    each: Callable[[IncomingLine], object] | None = None,
) -> Checked[IncomingLine]:
    """Every row after ``header`` (``rows``: (row number, cell values) in sheet order) read
    as a line of the incoming register, or its problems. Blank rows are skipped. ``each`` is
    called with every line that passes, as soon as it does (while its text is fresh in the
    normalising cache: the importer derives its stored columns there)."""
    return _check(rows, header, _incoming_line, "receive_no", rules, each)


def check_outgoing(
    rows: Iterable[tuple[int, Sequence[object]]],
    header: Header,
    rules: ImportRules,
    each: Callable[[OutgoingLine], object] | None = None,
) -> Checked[OutgoingLine]:
    """Every row after ``header`` read as a line of the outgoing register, or its problems
    (``each`` as for ``check_incoming``)."""
    return _check(rows, header, _outgoing_line, "doc_no", rules, each)


def already_registered(line: IncomingLine | OutgoingLine) -> RowProblem:
    """The problem of a line whose number the register holds already."""
    title = "เลขทะเบียนรับ" if isinstance(line, IncomingLine) else "ที่"
    return RowProblem(
        line.row,
        title,
        f"{line.label} มีอยู่ในทะเบียนแล้ว",
        f"{line.label_en} is already in the register",
    )


# -- what an import did ----------------------------------------------------------------------------
@dataclass(frozen=True)
class SeriesSpan:
    """The numbers a file brings to one series in one year, and the next number after it.

    ``missing``: numbers between ``first`` and ``last`` neither in the file nor already in
    the register (a gap in the paper book: imported as it is, worth a look)."""

    series: SeriesRef
    year: int
    rows: int
    first: int
    last: int
    next_number: int
    missing: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.series.kind,
            "key": self.series.key,
            "prefix": self.series.prefix or None,
            "circular": self.series.circular,
            "year": self.year,
            "rows": self.rows,
            "first": self.first,
            "last": self.last,
            "next": self.next_number,
            "missing": self.missing,
        }


@dataclass(frozen=True)
class ImportSummary:
    """What reading (``dry_run``) or importing a file found and did.

    ``rows``: rows holding data; ``valid``: those that can be imported; ``imported``: rows
    written (0 for a dry run or when any problem remains); ``spans``: per series and year."""

    register: ImportKind
    file: str
    sheet: str
    header_row: int
    rows: int
    valid: int
    imported: int
    problems: tuple[RowProblem, ...]
    spans: tuple[SeriesSpan, ...]
    dry_run: bool

    @property
    def ok(self) -> bool:
        """Nothing wrong, and something to import."""
        return not self.problems and self.valid > 0

    @property
    def problem_rows(self) -> int:
        return len({problem.row for problem in self.problems})

    def to_json(self) -> dict[str, Any]:
        single = self.spans[0] if len(self.spans) == 1 else None
        return {
            "register": self.register,
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "valid": self.valid,
            "imported": self.imported,
            "first": single.first if single else None,
            "last": single.last if single else None,
            "next": single.next_number if single else None,
            "series": [span.to_json() for span in self.spans],
            "problems": [problem.to_json() for problem in self.problems],
        }


def spans_of(
    lines: Sequence[IncomingLine] | Sequence[OutgoingLine],
    existing: Mapping[tuple[str, int], set[int]],
    counters: Mapping[tuple[str, int], int],
) -> tuple[SeriesSpan, ...]:
    """Per series and year: the file's numbers, its gaps (``existing``: the numbers the
    register already holds, by (series key, year)) and the next number after the import
    (``counters``: the last numbers now)."""
    groups: dict[tuple[str, int], list[IncomingLine | OutgoingLine]] = {}
    for line in lines:
        groups.setdefault((line.series.key, line.year), []).append(line)
    spans = []
    for (key, year), members in sorted(groups.items(), key=lambda item: item[0]):
        numbers = {line.number for line in members}
        first, last = min(numbers), max(numbers)
        there = existing.get((key, year), set())
        missing = sum(1 for n in range(first, last + 1) if n not in numbers and n not in there)
        spans.append(
            SeriesSpan(
                series=members[0].series,
                year=year,
                rows=len(members),
                first=first,
                last=last,
                next_number=max(counters.get((key, year), 0), last) + 1,
                missing=missing,
            )
        )
    return tuple(spans)
