"""The registers and the acknowledgement figures as Excel workbooks, ready to print.

Official columns (saraban.md), Thai dates in the Buddhist era, a title row (what, which
period, the office), a frozen header, an auto-filter, A4 landscape fitted to the page width
with the header repeated on every page, gridlines and "หน้า 1 / 3" in the footer, TH Sarabun.
Written with openpyxl's write-only mode, so 200,000 rows stream to disk without holding the
sheet in memory; written to a temporary file and renamed, so a failure leaves no partial file.

Every cell of every workbook is made by one writer (``SheetWriter``), which applies one rule:

* Text is always stored as text, never as a formula: a subject typed as "=1+1" (or starting
  with "+", "-", "@", a tab, or their full-width forms) is a text cell, also marked with
  Excel's quote prefix so that editing the cell in Excel does not turn it into a formula.
  Characters a worksheet cannot hold (control characters, U+FFFE) become spaces
  (``thai_text.remove_control_characters``), so stored data never stops an export; Excel's
  own escapes ("_x0041_") are escaped so they read as typed; text past Excel's 32,767
  characters per cell is cut with "…".
* One digits setting for everything (the screen's; ``services/exports.py``): every text cell
  follows ``thai_text.letter_digits`` (Thai digits except in e-mail addresses, URLs and Latin
  terms such as "COVID-19"), and numbers stay numbers (sortable, summable) shown in Thai
  digits by the number format ``[$-D00041E]``: the extended locale code whose first byte
  0x0D is the numeral shape (Thai digits) and 041E the Thai locale, read by Excel and by
  LibreOffice (checked: LibreOffice 7.4 renders 1446 as "๑๔๔๖").
* Dates and times are text as the screen shows them ("๖ มี.ค. ๒๕๖๙", "16:57"; English month
  names in the English export), not date cells. Decided for the printed register: a
  Buddhist-era date cell needs a Thai-calendar format (``[$-D07041E]d mmm yyyy``), which
  Excel and LibreOffice render but other viewers show as a Gregorian year or a serial
  number, and an English "6 Mar 2569" has no portable format at all (LibreOffice prints
  Thai month names for ``[$-1070409]``). Registers sort by their number, which is a number
  cell in issue order, so "sort by date" is "sort by number".
* Rows grow to fit their text when printed: openpyxl cannot auto-fit, so each row's height
  is estimated from its wrapped cells' text and column widths with TH Sarabun New's advance
  widths (``text_lines``).

Workbooks: the incoming register (``export_incoming_register``), the outgoing register
(``export_outgoing_register``), acknowledgements per letter and per recipient
(``export_ack_status``) and the dashboard's views (``export_ack_dashboard``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.ack_codes import format_code
from desktop_app.domain.acks import (
    CELL_STATES,
    AckChannel,
    AckState,
    Dashboard,
    Matrix,
    OverdueItem,
    parse_sent_via,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingRow
from desktop_app.domain.thai_dates import be_year, format_date_short, format_time, month_name
from desktop_app.domain.thai_text import (
    Digits,
    apply_digits,
    letter_digits,
    remove_control_characters,
)
from desktop_app.files import check_output, replacing
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.reports.internals import discard_write_only_sheet

FONT_NAME = "TH Sarabun New"
T = TypeVar("T")


@dataclass(frozen=True)
class Column:
    title_th: str
    title_en: str
    width: float


INCOMING_COLUMNS: tuple[Column, ...] = (
    Column("เลขทะเบียนรับ", "Receive no.", 11),
    Column("วันที่รับ", "Received", 13),
    Column("เวลา", "Time", 7),
    Column("ที่", "Their no.", 20),
    Column("ลงวันที่", "Dated", 13),
    Column("จาก", "From", 28),
    Column("ถึง", "To", 22),
    Column("เรื่อง", "Subject", 55),
    Column("ชั้นความเร็ว", "Urgency", 10),
    Column("ชั้นความลับ", "Secrecy", 10),
    Column("กลุ่มงาน", "Work group", 20),
    Column("การปฏิบัติ", "Action taken", 20),
    Column("หมายเหตุ", "Remarks", 24),
)

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
BODY_SIZE = 14  # points
TITLE_SIZE = 18
_CANCELLED_FONT = Font(name=FONT_NAME, size=BODY_SIZE, color="888888", strike=True)
_BODY_FONT = Font(name=FONT_NAME, size=BODY_SIZE)
_HEADER_FONT = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)
_TITLE_FONT = Font(name=FONT_NAME, size=TITLE_SIZE, bold=True)
_BOLD_FONT = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_CENTER = Alignment(vertical="top", horizontal="center")
_LEFT = Alignment(vertical="top", horizontal="left")
_MIDDLE = Alignment(vertical="center", horizontal="center", wrap_text=True)


# -- every cell of every workbook ----------------------------------------------------------------
MAX_CELL_TEXT = 32_767  # characters Excel keeps in one cell
# What a formula starts with, when typed or when a spreadsheet program reads a pasted or CSV
# cell: = + - @, a tab or CR before one, and the full-width forms an input method types.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
# Excel reads "_x0041_" in a cell's text as the escaped character "A": "_x" is escaped to
# "_x005F_x" (ECMA-376 ST_Xstring) so the text reads as typed.
_EXCEL_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
# Thai digits in a number format: the extended locale code [$-XXCCLLLL], XX the numeral
# shape (0D: Thai digits), CC the calendar (00: the locale's), LLLL the locale (041E: Thai).
THAI_DIGITS_FORMAT = "[$-D00041E]"

# Row heights. openpyxl cannot auto-fit a row, and Excel does not re-measure rows when it
# opens a file, so a row of wrapped text prints one line high unless its height is given.
# Estimated from TH Sarabun New's metrics (resources/data/th_sarabun_new_metrics.json, and
# the bundled Laksaman, its outlines 1.5 times larger per em): measured over the sample
# circular (shared/samples), a spacing Thai character advances 0.365 em on average, a Latin
# letter 0.344, an Arabic digit 0.363, a Thai digit 0.45, a space 0.216; upper and lower
# vowels and tone marks take no width. 0.40 em leaves about 10% of margin, and a wrapped line
# is taken to lose another 10% where it breaks between words. A column width unit is the
# width of "0" in the workbook's default font (Calibri 11: 7 pixels at 96 dpi); a cell loses
# about 5 pixels to padding.
_CHAR_EM = 0.40
_WRAP_LOSS = 0.9
_UNIT_PX = 7.0
_CELL_PADDING_PX = 5.0
_LINE_EM = 1.35  # TH Sarabun New's line: win ascent + descent = 1.301 em, rounded up
_ROW_PADDING_PT = 3.0
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit
_NO_ADVANCE = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d\u2060\ufeff]")


def sheet_text(text: str, digits: Digits) -> str:
    """``text`` as a cell holds it: no characters a worksheet cannot hold (each a space; line
    breaks kept), the export's digits (``letter_digits``), Excel's "_xHHHH_" escapes
    escaped, at most ``MAX_CELL_TEXT`` characters (cut with "…")."""
    text = letter_digits(remove_control_characters(text, multiline=True), digits)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub("_x005F_", text)
    return text


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program would take ``text`` for a formula if it were typed or
    pasted: it starts (after spaces) with one of ``FORMULA_STARTS``."""
    return bool(text) and (text[0] in FORMULA_STARTS or text.lstrip(" ")[:1] in FORMULA_STARTS)


def number_format(digits: Digits, fmt: str | None = None) -> str:
    """``fmt`` ("General" if None) showing Thai digits when ``digits`` is "thai"."""
    fmt = fmt or "General"
    return THAI_DIGITS_FORMAT + fmt if digits == "thai" else fmt


def _per_line(width: float, size: float) -> float:
    """Characters one line of a ``width``-unit column holds at ``size`` points."""
    return max(1.0, (width * _UNIT_PX - _CELL_PADDING_PX) / (_CHAR_EM * size * 96 / 72))


def text_lines(text: str, width: float, size: float = BODY_SIZE) -> int:
    """How many lines ``text`` wraps to in a column ``width`` units wide at ``size`` points
    (an estimate erring on the long side; each "\\n" starts a line)."""
    per_line = _per_line(width, size)
    lines = 0
    for paragraph in text.split("\n"):
        advancing = len(paragraph) - len(_NO_ADVANCE.findall(paragraph))
        if advancing > per_line:
            lines += math.ceil(advancing / (per_line * _WRAP_LOSS))
        else:
            lines += 1
    return lines


def row_height(lines: int, size: float = BODY_SIZE) -> float:
    """Points for a row of ``lines`` lines at ``size`` points (at most Excel's 409)."""
    return min(MAX_ROW_HEIGHT, round(lines * size * _LINE_EM + _ROW_PADDING_PT, 1))


class SheetWriter:
    """Appends rows to one write-only sheet: every cell of every export is made by ``cell``
    and every row appended by ``append``, so every workbook follows one rule (module doc).

    ``widths``: the columns' widths (units), for the row heights; ``digits``/``lang``: how
    text, numbers and dates read."""

    def __init__(
        self, sheet: Worksheet, widths: Sequence[float], digits: Digits, lang: str
    ) -> None:
        self.sheet = sheet
        self.widths = list(widths)
        self.digits: Digits = digits
        self.lang = lang
        self.rows = 0  # rows appended so far

    def text(self, value: str) -> str:
        return sheet_text(value, self.digits)

    def date(self, value: dt.date | None) -> str:
        return format_date_short(value, self.digits, self.lang) if value is not None else ""

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        return f"{self.date(value.date())} {format_time(value, self.digits)}"

    def cell(
        self,
        value: object,
        *,
        font: Font = _BODY_FONT,
        align: Alignment = _WRAP,
        fill: PatternFill | None = None,
        fmt: str | None = None,
        border: bool = True,
    ) -> WriteOnlyCell:
        """A styled cell holding ``value``: text (``str``; a ``dt.datetime``, ``dt.date``
        or ``dt.time`` as the screen writes it) always as a text cell, a number as a
        number in the export's digits (``fmt``: its number format, e.g. "0.0%"), ``None``
        as an empty cell."""
        if isinstance(value, dt.datetime):
            value = self.datetime(value)
        elif isinstance(value, dt.date):
            value = self.date(value)
        elif isinstance(value, dt.time):
            value = format_time(value, self.digits)
        if isinstance(value, str):
            text = self.text(value)
            cell = WriteOnlyCell(self.sheet, value=text or None)
            if text:
                cell.data_type = "s"  # never a formula, whatever it starts with
                if looks_like_formula(text):
                    cell.quotePrefix = True
        elif isinstance(value, bool) or value is None:
            cell = WriteOnlyCell(self.sheet, value=None if value is None else str(value))
        elif isinstance(value, int | float):
            cell = WriteOnlyCell(self.sheet, value=value)
            if fmt is not None or self.digits == "thai":
                cell.number_format = number_format(self.digits, fmt)
        else:
            raise TypeError(f"no cell for {type(value).__name__}")
        cell.font = font
        cell.alignment = align
        if border:
            cell.border = _BORDER
        if fill is not None:
            cell.fill = fill
        return cell

    def append(self, cells: Sequence[WriteOnlyCell], *, size: float = BODY_SIZE) -> None:
        """Append one row of ``cells``; its height fits the longest wrapped cell (``size``:
        the row's largest font, points)."""
        self.rows += 1
        if not cells:
            self.sheet.append([])
            return
        lines = 1
        for index, cell in enumerate(cells):
            value = cell._value  # the text ``cell`` set
            if not isinstance(value, str):
                continue
            width = self.widths[index] if index < len(self.widths) else 8.43
            if ("\n" in value or len(value) > _per_line(width, size)) and cell.alignment.wrap_text:
                lines = max(lines, text_lines(value, width, size))
        # A write-only sheet writes a row's dimensions when the row is appended (openpyxl's
        # WorksheetWriter.write_row reads ``row_dimensions``); dropped after, so 200,000 rows
        # hold no memory.
        dimensions = self.sheet.row_dimensions
        dimensions[self.rows].height = row_height(lines, size)
        try:
            self.sheet.append(list(cells))
        finally:
            del dimensions[self.rows]


def _print_setup(
    sheet: Worksheet,
    columns: Sequence[Column],
    lang: str,
    *,
    header_row: bool = True,
    fit_width: int = 1,
    title_columns: str | None = None,
) -> None:
    """Column widths, print setup (A4 landscape, ``fit_width`` pages wide, gridlines,
    centred, "หน้า 1 / 3" in the footer). With ``header_row`` row 2 is frozen and repeated on
    every printed page; with ``title_columns`` (e.g. "A:A") those columns too. A write-only
    sheet takes these settings only before its first row."""
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    if header_row:
        sheet.freeze_panes = "A3" if title_columns is None else "B3"
        sheet.print_title_rows = "2:2"
    if title_columns is not None:
        sheet.print_title_cols = title_columns
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = fit_width
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = 0.5
    sheet.page_margins.bottom = 0.75  # inches: room for the footer under the rows
    sheet.page_margins.footer = 0.3
    sheet.oddFooter.center.text = "หน้า &P / &N" if lang == "th" else "Page &P of &N"
    sheet.oddFooter.center.font = f"{FONT_NAME},Regular"


def _prepare_sheet(
    sheet: Worksheet,
    columns: Sequence[Column],
    title: str,
    digits: Digits,
    lang: str,
    *,
    header: bool = True,
    header_row: bool | None = None,
    fit_width: int = 1,
    title_columns: str | None = None,
) -> SheetWriter:
    """The print setup (``_print_setup``), the title in row 1 and, with ``header``, the
    column titles in row 2; ``header_row`` (default: ``header``) says row 2 is a header row
    even when the caller writes it. Returns the sheet's writer."""
    _print_setup(
        sheet,
        columns,
        lang,
        header_row=header if header_row is None else header_row,
        fit_width=fit_width,
        title_columns=title_columns,
    )
    writer = SheetWriter(sheet, [column.width for column in columns], digits, lang)
    # The title spans the row: its height is one line of the title font.
    writer.append(
        [writer.cell(title, font=_TITLE_FONT, align=Alignment(), border=False)],
        size=TITLE_SIZE,
    )
    if header:
        writer.append(
            [
                writer.cell(
                    column.title_th if lang == "th" else column.title_en,
                    font=_HEADER_FONT,
                    align=_MIDDLE,
                    fill=_HEADER_FILL,
                )
                for column in columns
            ]
        )
    return writer


# The note forwarding writes in the incoming register's การปฏิบัติ column, stored in Thai
# (domain/letters.py ``forwarded_note``: "ส่งต่อ ที่ มส 0023.3/ว 1 ลงวันที่ 6 มีนาคม 2569"),
# and in English in the English export (issue 9: Thai month names in the English export).
@cache
def _forwarded_note() -> re.Pattern[str]:
    months = "|".join(month_name(m) for m in range(1, 13))  # loads PyThaiNLP: on first use
    return re.compile(
        rf"ส่งต่อ ที่ (?P<doc_no>.+?) ลงวันที่ (?P<day>\d{{1,2}}) (?P<month>{months}) (?P<year>\d{{4}})"
    )


def action_text(text: str, lang: str) -> str:
    """The การปฏิบัติ column in ``lang``: in English the notes forwarding wrote read
    "forwarded as มส 0023.3/ว 1 dated 6 Mar 2569"; other text is the clerk's, as typed."""
    if lang != "en" or "ส่งต่อ" not in text:
        return text
    months = [month_name(m) for m in range(1, 13)]

    def english(match: re.Match[str]) -> str:
        month = month_name(months.index(match["month"]) + 1, abbreviated=True, lang="en")
        return f"forwarded as {match['doc_no']} dated {match['day']} {month} {match['year']}"

    return _forwarded_note().sub(english, text)


def _row_values(row: IncomingRow, lang: str) -> list[object]:
    remarks = row.remarks
    if row.cancelled:
        mark = "ยกเลิก" if lang == "th" else "CANCELLED"
        remarks = f"{mark}: {row.cancel_reason}" + (f" / {remarks}" if remarks else "")
    urgency = "" if row.urgency.rank == 0 else row.urgency.label(lang)
    secrecy = "" if row.secrecy.rank == 0 else row.secrecy.label(lang)
    return [
        row.receive_no,
        row.received_at.date(),
        row.received_at.time(),
        row.doc_no,
        row.doc_date,
        row.sender,
        row.to_text,
        row.subject,
        urgency,
        secrecy,
        row.work_group_name,
        action_text(row.action_taken, lang),
        remarks,
    ]


def check_export_target(target: Path) -> Path:
    """``target`` if an .xlsx can be written there; ``InvalidInput`` otherwise (before
    anything is read or written)."""
    return check_output(target, ".xlsx")


def export_incoming_register(
    rows: Iterable[IncomingRow],
    target: Path,
    *,
    title: str,
    total: int | None = None,
    digits: Digits = "arabic",
    lang: str = "th",
    control: JobControl = NO_CONTROL,
) -> int:
    """Write ``rows`` to ``target`` (.xlsx) whole or not at all; return how many rows were
    written. Raises ``InvalidInput`` (not .xlsx, no such folder), ``EnvironmentProblem``
    (disk full, no permission) and ``Cancelled`` (``control`` was cancelled)."""
    target = check_export_target(target)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("ทะเบียนหนังสือรับ" if lang == "th" else "Incoming register")
    try:
        writer = _prepare_sheet(sheet, INCOMING_COLUMNS, title, digits, lang)
        written = _rows(
            writer,
            rows,
            lambda row: _row_values(row, lang),
            centred=frozenset({0, 1, 2, 4, 8, 9}),
            font_of=lambda row: _CANCELLED_FONT if row.cancelled else _BODY_FONT,
            control=control,
            total=total,
        )
        sheet.auto_filter.ref = f"A2:{get_column_letter(len(INCOMING_COLUMNS))}{written + 2}"
    except BaseException:
        discard_write_only_sheet(sheet)
        raise
    _save(workbook, target)
    return written


# -- shared by the outgoing register and the acknowledgement workbooks ---------------------------
# Acknowledgement states as the matrix shows them (light tints, black text, for print).
STATE_FILLS: dict[AckState, str] = {
    AckState.PENDING: "DBE7F5",
    AckState.OVERDUE: "F6B8B8",
    AckState.RETURNED: "CDBEEB",
    AckState.ACKNOWLEDGED: "B9E0BA",
    AckState.ACKNOWLEDGED_LATE: "E3EBB0",
}


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _save(workbook: Workbook, target: Path) -> None:
    """Write ``workbook`` to ``target`` whole or not at all; its write-only sheets' temporary
    files are removed on failure."""
    try:
        with replacing(target) as temporary:
            workbook.save(temporary)
    except BaseException:
        for sheet in workbook.worksheets:
            discard_write_only_sheet(sheet)
        raise


def _urgency(urgency: Urgency, lang: str) -> str:
    return "" if urgency.rank == 0 else urgency.label(lang)


def _sent_via(value: str, lang: str) -> str:
    via = parse_sent_via(value)
    return via.label(lang) if via is not None else value


def _channel(value: str, lang: str) -> str:
    if not value:
        return ""
    try:
        return AckChannel(value).label(lang)
    except ValueError:
        return value


def _code(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_code(value)
    except ValueError:
        return value


def _rows(
    writer: SheetWriter,
    items: Iterable[T],
    values_of: Callable[[T], Sequence[object]],
    *,
    centred: frozenset[int] = frozenset(),
    fill_of: Callable[[T], str | None] | None = None,
    font_of: Callable[[T], Font] | None = None,
    control: JobControl = NO_CONTROL,
    total: int | None = None,
) -> int:
    """Append one bordered, wrapped row in the Thai font per item; return how many.
    ``fill_of``/``font_of`` give an item's fill colour and font; ``control`` hears the
    progress every 500 rows (and may cancel: ``Cancelled``)."""
    written = 0
    for item in items:
        colour = fill_of(item) if fill_of is not None else None
        fill = _fill(colour) if colour else None
        font = font_of(item) if font_of is not None else _BODY_FONT
        writer.append(
            [
                writer.cell(
                    value,
                    font=font,
                    align=_CENTER if index in centred else _WRAP,
                    fill=fill,
                )
                for index, value in enumerate(values_of(item))
            ]
        )
        written += 1
        if written % 500 == 0:
            control.progress(written, total or written)
    control.progress(written, total or written)
    return written


# -- the outgoing register ------------------------------------------------------------------------
@dataclass(frozen=True)
class OutgoingRegisterLine:
    """One letter of the outgoing register as the export prints it.

    ``sender``: จาก (the work group that owns it, else the office); ``incoming_no``: the
    receive number ("1446/2569") of the incoming document it forwards, "" if none;
    ``reminder_of``: the number of the letter it chases, "" if it is not a reminder;
    ``recipients``/``acknowledged``: its tracking rows, and how many are acknowledged."""

    year: int
    number: int
    doc_no: str
    letter_date: dt.date
    sender: str
    to_text: str
    subject: str
    urgency: Urgency
    sending_method: str
    recipients: int
    acknowledged: int
    remarks: str = ""
    incoming_no: str = ""
    reminder_of: str = ""
    cancelled: bool = False
    cancel_reason: str = ""


OUTGOING_COLUMNS: tuple[Column, ...] = (
    Column("เลขทะเบียนส่ง", "Register no.", 11),
    Column("ที่", "Doc no.", 20),
    Column("ลงวันที่", "Dated", 13),
    Column("จาก", "From", 26),
    Column("ถึง", "To", 30),
    Column("เรื่อง", "Subject", 55),
    Column("การปฏิบัติ", "Action taken", 20),
    Column("วิธีส่ง", "Sent by", 16),
    Column("หมายเหตุ", "Remarks", 28),
)


def _outgoing_values(line: OutgoingRegisterLine, lang: str) -> list[object]:
    if line.cancelled:
        action = ""
    elif lang == "en":
        action = f"{line.acknowledged} of {line.recipients} acknowledged"
    else:
        action = f"ตอบรับแล้ว {line.acknowledged} จาก {line.recipients} ราย"
    remarks: list[str] = []
    if line.cancelled:
        mark = "ยกเลิก" if lang == "th" else "CANCELLED"
        remarks.append(f"{mark}: {line.cancel_reason}")
    if line.incoming_no:
        remarks.append(
            f"ส่งต่อหนังสือรับเลขที่ {line.incoming_no}"
            if lang == "th"
            else f"forwards incoming no. {line.incoming_no}"
        )
    if line.reminder_of:
        remarks.append(
            f"เตือนหนังสือที่ {line.reminder_of}" if lang == "th" else f"reminder of {line.reminder_of}"
        )
    if line.remarks:
        remarks.append(line.remarks)
    return [
        line.number,
        line.doc_no,
        line.letter_date,
        line.sender,
        line.to_text,
        line.subject,
        action,
        _sent_via(line.sending_method, lang),
        " / ".join(remarks),
    ]


def export_outgoing_register(
    lines: Iterable[OutgoingRegisterLine],
    target: Path,
    *,
    title: str,
    total: int | None = None,
    digits: Digits = "arabic",
    lang: str = "th",
    control: JobControl = NO_CONTROL,
) -> int:
    """Write the outgoing register (ทะเบียนหนังสือส่ง: เลขทะเบียนส่ง, ที่, ลงวันที่, จาก, ถึง,
    เรื่อง, การปฏิบัติ, วิธีส่ง, หมายเหตุ) to ``target`` (.xlsx), whole or not at all; return
    how many letters. Cancelled numbers stay, struck through, with the reason. Raises
    ``InvalidInput`` (not .xlsx, no such folder), ``EnvironmentProblem``, ``Cancelled``."""
    target = check_export_target(target)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("ทะเบียนหนังสือส่ง" if lang == "th" else "Outgoing register")
    try:
        writer = _prepare_sheet(sheet, OUTGOING_COLUMNS, title, digits, lang)
        written = _rows(
            writer,
            lines,
            lambda line: _outgoing_values(line, lang),
            centred=frozenset({0, 2}),
            font_of=lambda line: _CANCELLED_FONT if line.cancelled else _BODY_FONT,
            control=control,
            total=total,
        )
        sheet.auto_filter.ref = f"A2:{get_column_letter(len(OUTGOING_COLUMNS))}{written + 2}"
    except BaseException:
        discard_write_only_sheet(sheet)
        raise
    _save(workbook, target)
    return written


# -- acknowledgements per letter and per recipient ------------------------------------------------
@dataclass(frozen=True)
class AckLetterLine:
    """One letter's acknowledgements: its tracking rows counted as the dashboard counts them
    (``pending`` includes the overdue and returned ones)."""

    doc_no: str
    letter_date: dt.date
    subject: str
    urgency: Urgency
    recipients: int
    acknowledged: int
    pending: int
    overdue: int
    returned: int
    reminders: int  # reminder letters issued for it


@dataclass(frozen=True)
class AckRecipientLine:
    """One tracking row (one recipient of one letter) with its state on the export's day."""

    doc_no: str
    letter_date: dt.date
    subject: str
    recipient: str
    recipient_code: str | None
    ack_code: str | None
    sent_at: dt.datetime | None
    sent_via: str
    due_date: dt.date | None
    state: AckState
    acknowledged_at: dt.datetime | None
    acknowledged_by: str
    channel: str
    their_receive_no: str
    their_receive_date: dt.date | None
    days_late: int
    reminded_count: int


ACK_LETTER_COLUMNS: tuple[Column, ...] = (
    Column("ที่", "Doc no.", 20),
    Column("ลงวันที่", "Dated", 13),
    Column("เรื่อง", "Subject", 50),
    Column("ชั้นความเร็ว", "Urgency", 11),
    Column("ผู้รับ (ราย)", "Recipients", 10),
    Column("ตอบรับแล้ว", "Acknowledged", 11),
    Column("รอตอบรับ", "Pending", 10),
    Column("เกินกำหนด", "Overdue", 10),
    Column("ตีกลับ", "Returned", 9),
    Column("เตือน (ฉบับ)", "Reminders", 10),
)
ACK_RECIPIENT_COLUMNS: tuple[Column, ...] = (
    Column("ที่", "Doc no.", 18),
    Column("ลงวันที่", "Dated", 12),
    Column("เรื่อง", "Subject", 36),
    Column("ผู้รับ", "Recipient", 30),
    Column("รหัสตอบรับ", "Ack. code", 13),
    Column("ส่งเมื่อ", "Sent at", 17),
    Column("ส่งทาง", "Sent via", 14),
    Column("ครบกำหนด", "Due", 12),
    Column("สถานะ", "State", 12),
    Column("ตอบรับเมื่อ", "Acknowledged at", 17),
    Column("ผู้ตอบรับ", "Acknowledged by", 18),
    Column("ช่องทาง", "Channel", 16),
    Column("เลขรับของผู้รับ", "Their receive no.", 13),
    Column("วันที่รับของผู้รับ", "Their receive date", 13),
    Column("เกินกำหนด (วัน)", "Days late", 10),
    Column("เตือน (ครั้ง)", "Reminded", 9),
)


def _ack_letter_values(line: AckLetterLine, lang: str) -> list[object]:
    return [
        line.doc_no,
        line.letter_date,
        line.subject,
        _urgency(line.urgency, lang),
        line.recipients,
        line.acknowledged,
        line.pending,
        line.overdue,
        line.returned,
        line.reminders,
    ]


def _ack_recipient_values(line: AckRecipientLine, lang: str) -> list[object]:
    return [
        line.doc_no,
        line.letter_date,
        line.subject,
        line.recipient,
        _code(line.ack_code),
        line.sent_at,
        _sent_via(line.sent_via, lang),
        line.due_date,
        line.state.label(lang),
        line.acknowledged_at,
        line.acknowledged_by,
        _channel(line.channel, lang),
        line.their_receive_no,
        line.their_receive_date,
        line.days_late,
        line.reminded_count,
    ]


def export_ack_status(
    letters: Iterable[AckLetterLine],
    recipients: Iterable[AckRecipientLine],
    target: Path,
    *,
    title: str,
    digits: Digits = "arabic",
    lang: str = "th",
    control: JobControl = NO_CONTROL,
) -> tuple[int, int]:
    """One workbook, two sheets: acknowledgements per letter (ที่, ลงวันที่, เรื่อง, ผู้รับ,
    ตอบรับแล้ว, รอตอบรับ, เกินกำหนด, ตีกลับ, เตือน) and per recipient (one row per tracking
    row, its state in words and coloured as in the matrix). Returns (letters, rows) written.
    Raises ``InvalidInput``, ``EnvironmentProblem``, ``Cancelled``."""
    target = check_export_target(target)
    workbook = Workbook(write_only=True)
    per_letter = workbook.create_sheet("รายหนังสือ" if lang == "th" else "By letter")
    per_row = workbook.create_sheet("รายผู้รับ" if lang == "th" else "By recipient")
    try:
        suffix = " (รายหนังสือ)" if lang == "th" else " (by letter)"
        letter_writer = _prepare_sheet(per_letter, ACK_LETTER_COLUMNS, title + suffix, digits, lang)
        suffix = " (รายผู้รับ)" if lang == "th" else " (by recipient)"
        row_writer = _prepare_sheet(per_row, ACK_RECIPIENT_COLUMNS, title + suffix, digits, lang)
        letter_count = _rows(
            letter_writer,
            letters,
            lambda line: _ack_letter_values(line, lang),
            centred=frozenset({1, 3, 4, 5, 6, 7, 8, 9}),
            control=control,
        )
        per_letter.auto_filter.ref = f"A2:J{letter_count + 2}"
        row_count = _rows(
            row_writer,
            recipients,
            lambda line: _ack_recipient_values(line, lang),
            centred=frozenset({1, 4, 5, 7, 8, 9, 13, 14, 15}),
            fill_of=lambda line: STATE_FILLS[line.state],
            control=control,
        )
        per_row.auto_filter.ref = f"A2:P{row_count + 2}"
    except BaseException:
        for sheet in (per_letter, per_row):
            discard_write_only_sheet(sheet)
        raise
    _save(workbook, target)
    return letter_count, row_count


# -- the dashboard's views ------------------------------------------------------------------------
_KIND_LABELS = {
    "district": ("อำเภอ", "district"),
    "local_authority": ("องค์กรปกครองส่วนท้องถิ่น", "local authority"),
    "other": ("หน่วยงานอื่น", "other"),
}


def _label(th: str, en: str, lang: str) -> str:
    return en if lang == "en" else th


def _summary_sheet(
    workbook: Workbook, dashboard: Dashboard, title: str, period: str, digits: Digits, lang: str
) -> None:
    columns = (Column("", "", 34), Column("", "", 16), Column("", "", 16))
    sheet = workbook.create_sheet(_label("ภาพรวม", "Summary", lang))
    writer = _prepare_sheet(sheet, columns, title, digits, lang, header=False)
    median = "" if dashboard.median_days_to_ack is None else round(dashboard.median_days_to_ack, 1)
    figures: list[tuple[str, object]] = [
        (_label("ข้อมูล ณ วันที่", "As of", lang), dashboard.today),
        (_label("ช่วงเวลา", "Period", lang), period),
        (_label("หนังสือ (ฉบับ)", "Letters", lang), dashboard.letters),
        (_label("รอตอบรับ (ราย)", "Pending", lang), dashboard.pending),
        (_label("เกินกำหนด (ราย)", "Overdue", lang), dashboard.overdue),
        (_label("ตอบรับแล้ว (ราย)", "Acknowledged", lang), dashboard.acknowledged),
        (_label("ตีกลับ (ราย)", "Returned", lang), dashboard.returned),
        (
            _label("ตอบรับในสัปดาห์นี้ (ราย)", "Acknowledged this week", lang),
            dashboard.acknowledged_this_week,
        ),
        (_label("มัธยฐานวันถึงตอบรับ (วัน)", "Median days to acknowledge", lang), median),
    ]
    writer.append([])
    for label, value in figures:
        writer.append(
            [
                writer.cell(label, font=_BOLD_FONT, align=_LEFT, fill=_HEADER_FILL),
                writer.cell(value, align=_CENTER),
            ]
        )
    if dashboard.monthly:
        writer.append([])
        writer.append(
            [
                writer.cell(text, font=_HEADER_FONT, align=_MIDDLE, fill=_HEADER_FILL)
                for text in (
                    _label("เดือน", "Month", lang),
                    _label("หนังสือที่ส่ง (ฉบับ)", "Letters issued", lang),
                    _label("ตอบรับ (ราย)", "Acknowledgements", lang),
                )
            ]
        )
        _rows(
            writer,
            dashboard.monthly,
            lambda month: [
                f"{month_name(month[0].month, abbreviated=True, lang=lang)} {be_year(month[0])}",
                month[1],
                month[2],
            ],
            centred=frozenset({0, 1, 2}),
        )


def _district_sheet(
    workbook: Workbook, dashboard: Dashboard, title: str, digits: Digits, lang: str
) -> None:
    columns = (
        Column("อำเภอ", "District", 34),
        Column("ผู้รับทั้งหมด (ราย)", "Recipient rows", 14),
        Column("ตอบรับแล้ว", "Acknowledged", 12),
        Column("รอตอบรับ", "Pending", 12),
        Column("เกินกำหนด", "Overdue", 12),
        Column("ร้อยละที่ตอบรับ", "Acknowledged %", 13),
    )
    sheet = workbook.create_sheet(_label("รายอำเภอ", "By district", lang))
    writer = _prepare_sheet(sheet, columns, title, digits, lang)
    written = 0
    for d in dashboard.by_district:
        writer.append(
            [
                writer.cell(d.name),
                *(
                    writer.cell(value, align=_CENTER)
                    for value in (d.total, d.acknowledged, d.pending, d.overdue)
                ),
                writer.cell(round(d.acknowledged_share, 4), align=_CENTER, fmt="0.0%"),
            ]
        )
        written += 1
    sheet.auto_filter.ref = f"A2:F{written + 2}"


def _recipient_sheet(
    workbook: Workbook, dashboard: Dashboard, title: str, digits: Digits, lang: str
) -> None:
    columns = (
        Column("รหัส", "Code", 10),
        Column("ผู้รับ", "Recipient", 36),
        Column("ประเภท", "Kind", 20),
        Column("อำเภอ", "District", 22),
        Column("ทั้งหมด (ราย)", "Rows", 10),
        Column("ตอบรับแล้ว", "Acknowledged", 12),
        Column("รอตอบรับ", "Pending", 10),
        Column("เกินกำหนด", "Overdue", 10),
        Column("ตีกลับ", "Returned", 9),
    )
    sheet = workbook.create_sheet(_label("รายผู้รับ", "By recipient", lang))
    writer = _prepare_sheet(sheet, columns, title, digits, lang)
    written = _rows(
        writer,
        dashboard.by_recipient,
        lambda r: [
            r.code or "",
            r.name,
            _label(*_KIND_LABELS.get(r.kind, (r.kind, r.kind)), lang),
            r.district_name,
            r.total,
            r.acknowledged,
            r.pending,
            r.overdue,
            r.returned,
        ],
        centred=frozenset({0, 4, 5, 6, 7, 8}),
    )
    sheet.auto_filter.ref = f"A2:I{written + 2}"


def _overdue_sheet(
    workbook: Workbook, overdue: Sequence[OverdueItem], title: str, digits: Digits, lang: str
) -> None:
    columns = (
        Column("ที่", "Doc no.", 20),
        Column("ลงวันที่", "Dated", 13),
        Column("เรื่อง", "Subject", 46),
        Column("ชั้นความเร็ว", "Urgency", 11),
        Column("ผู้รับ", "Recipient", 32),
        Column("ครบกำหนด", "Due", 13),
        Column("เกินกำหนด (วัน)", "Days overdue", 11),
        Column("เตือน (ครั้ง)", "Reminded", 9),
    )
    sheet = workbook.create_sheet(_label("เกินกำหนด", "Overdue", lang))
    writer = _prepare_sheet(sheet, columns, title, digits, lang)
    written = _rows(
        writer,
        overdue,
        lambda item: [
            item.doc_no,
            item.letter_date,
            item.subject,
            _urgency(item.urgency, lang),
            item.recipient,
            item.due_date,
            item.days_overdue,
            item.reminded_count,
        ],
        centred=frozenset({1, 3, 5, 6, 7}),
    )
    sheet.auto_filter.ref = f"A2:H{written + 2}"


def matrix_cell_text(state: AckState, days_late: int, digits: Digits, lang: str) -> str:
    """A matrix cell: the state's label, with the days when late ("เกินกำหนด 3 วัน")."""
    label = state.label(lang)
    if days_late > 0 and state in (AckState.OVERDUE, AckState.ACKNOWLEDGED_LATE):
        label += f" {days_late} d" if lang == "en" else f" {days_late} วัน"
    return apply_digits(label, digits)


MATRIX_LETTERS_PER_PAGE = 12  # letter columns a printed page holds (fit to width)


def _matrix_sheet(
    workbook: Workbook, matrix: Matrix, title: str, digits: Digits, lang: str
) -> None:
    columns = [Column("ผู้รับ", "Recipient", 34)] + [Column("", "", 14) for _ in matrix.letters]
    pages_wide = max(1, -(-len(matrix.letters) // MATRIX_LETTERS_PER_PAGE))
    sheet = workbook.create_sheet(_label("ตารางการตอบรับ", "Matrix", lang))
    writer = _prepare_sheet(
        sheet,
        columns,
        title,
        digits,
        lang,
        header=False,
        header_row=True,
        fit_width=pages_wide,
        title_columns="A:A",
    )
    header = [
        writer.cell(
            _label("ผู้รับ", "Recipient", lang),
            font=_HEADER_FONT,
            align=_MIDDLE,
            fill=_HEADER_FILL,
        )
    ]
    for letter in matrix.letters:
        header.append(
            writer.cell(
                f"{letter.doc_no}\n{writer.date(letter.letter_date)}",
                font=_HEADER_FONT,
                align=_MIDDLE,
                fill=_HEADER_FILL,
            )
        )
    writer.append(header)
    fills = {state: _fill(colour) for state, colour in STATE_FILLS.items()}
    for row_index, recipient in enumerate(matrix.recipients):
        name_font = _BOLD_FONT if recipient.level == 0 else _BODY_FONT
        cells = [
            writer.cell(
                recipient.name,
                font=name_font,
                align=Alignment(vertical="top", wrap_text=True, indent=2 * recipient.level),
            )
        ]
        for column_index in range(len(matrix.letters)):
            found = matrix.cells.get((row_index, column_index))
            if found is None:
                cells.append(writer.cell("", align=_CENTER))
                continue
            state = CELL_STATES[found[0]]
            cells.append(
                writer.cell(
                    matrix_cell_text(state, found[1], digits, lang),
                    align=_MIDDLE,
                    fill=fills[state],
                )
            )
        writer.append(cells)
    # The legend under the grid.
    writer.append([])
    writer.append(
        [writer.cell(_label("ความหมายของสี", "Colours", lang), font=_BOLD_FONT, align=_LEFT)]
        + [
            writer.cell(state.label(lang), align=_MIDDLE, fill=fills[state])
            for state in CELL_STATES
        ]
    )


def export_ack_dashboard(
    dashboard: Dashboard,
    overdue: Sequence[OverdueItem],
    matrix: Matrix,
    target: Path,
    *,
    title: str,
    period: str,
    digits: Digits = "arabic",
    lang: str = "th",
) -> Path:
    """The dashboard's views, one sheet each: the figures (and letters and acknowledgements
    by month), by district, by recipient, the overdue list, and the matrix (recipients x
    letters, each cell the state's label on its colour, a legend under it). ``period``: the
    filter in words, for the summary. Raises ``InvalidInput``, ``EnvironmentProblem``."""
    target = check_export_target(target)
    workbook = Workbook(write_only=True)
    try:
        _summary_sheet(workbook, dashboard, title, period, digits, lang)
        _district_sheet(workbook, dashboard, title, digits, lang)
        _recipient_sheet(workbook, dashboard, title, digits, lang)
        _overdue_sheet(workbook, overdue, title, digits, lang)
        _matrix_sheet(workbook, matrix, title, digits, lang)
    except BaseException:
        for sheet in workbook.worksheets:
            discard_write_only_sheet(sheet)
        raise
    _save(workbook, target)
    return target
