"""The registers and the acknowledgement figures as Excel workbooks, ready to print.

Official columns (saraban.md), Thai dates in the Buddhist era, a title row (what, which
period, the office), a frozen header, an auto-filter, A4 landscape fitted to the page width
with the header repeated on every page, gridlines and "หน้า 1 / 3" in the footer, TH Sarabun.
Written with openpyxl's write-only mode, so 200,000 rows stream to disk without holding the
sheet in memory; written to a temporary file and renamed, so a failure leaves no partial file.

Text is always stored as text: a subject typed as "=1+1" (or starting with "+", "-", "@")
is never a formula. Counts and register numbers stay numbers (sortable, summable); dates,
times and document numbers are text in the export's digits.

Workbooks: the incoming register (``export_incoming_register``), the outgoing register
(``export_outgoing_register``), acknowledgements per letter and per recipient
(``export_ack_status``) and the dashboard's views (``export_ack_dashboard``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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
from desktop_app.domain.thai_text import Digits, apply_digits
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
_CANCELLED_FONT = Font(name=FONT_NAME, size=14, color="888888", strike=True)
_BODY_FONT = Font(name=FONT_NAME, size=14)
_HEADER_FONT = Font(name=FONT_NAME, size=14, bold=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_CENTER = Alignment(vertical="top", horizontal="center")


# Characters a worksheet cannot hold (control characters): dropped from text.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def text_cell(sheet: Worksheet, value: object) -> WriteOnlyCell:
    """A cell holding ``value``; a string always as text, never as a formula (openpyxl
    takes a string starting with "=" for one: "=1+1" typed as a subject stays "=1+1")."""
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", value))
        cell.data_type = "s"
        return cell
    return WriteOnlyCell(sheet, value=value)


def _cell(
    sheet: Worksheet,
    value: object,
    *,
    font: Font,
    align: Alignment,
    fill: PatternFill | None = None,
    number_format: str | None = None,
) -> WriteOnlyCell:
    cell = text_cell(sheet, value)
    cell.font = font
    cell.alignment = align
    cell.border = _BORDER
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _row_values(row: IncomingRow, digits: Digits, lang: str) -> list[object]:
    remarks = row.remarks
    if row.cancelled:
        mark = "ยกเลิก" if lang == "th" else "CANCELLED"
        remarks = f"{mark}: {row.cancel_reason}" + (f" / {remarks}" if remarks else "")
    urgency = "" if row.urgency.rank == 0 else row.urgency.label(lang)
    secrecy = "" if row.secrecy.rank == 0 else row.secrecy.label(lang)
    return [
        row.receive_no,
        format_date_short(row.received_at.date(), digits, lang),
        format_time(row.received_at, digits),
        apply_digits(row.doc_no, digits),
        format_date_short(row.doc_date, digits, lang),
        row.sender,
        row.to_text,
        row.subject,
        urgency,
        secrecy,
        row.work_group_name,
        row.action_taken,
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
    for index, column in enumerate(INCOMING_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    last_column = get_column_letter(len(INCOMING_COLUMNS))
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "หน้า &P / &N" if lang == "th" else "Page &P of &N"

    title_cell = WriteOnlyCell(sheet, value=title)
    title_cell.font = Font(name=FONT_NAME, size=18, bold=True)
    sheet.append([title_cell])
    sheet.append(
        [
            _cell(
                sheet,
                column.title_th if lang == "th" else column.title_en,
                font=_HEADER_FONT,
                align=_CENTER,
                fill=_HEADER_FILL,
            )
            for column in INCOMING_COLUMNS
        ]
    )
    centred = {0, 1, 2, 4, 8, 9}
    written = 0
    try:
        for row in rows:
            font = _CANCELLED_FONT if row.cancelled else _BODY_FONT
            sheet.append(
                [
                    _cell(sheet, value, font=font, align=_CENTER if index in centred else _WRAP)
                    for index, value in enumerate(_row_values(row, digits, lang))
                ]
            )
            written += 1
            if written % 500 == 0:
                control.progress(written, total or written)
        sheet.auto_filter.ref = f"A2:{last_column}{written + 2}"
        control.progress(written, total or written)
    except BaseException:
        discard_write_only_sheet(sheet)
        raise

    try:
        with replacing(target) as temporary:
            workbook.save(temporary)
    except BaseException:
        discard_write_only_sheet(sheet)
        raise
    return written


# -- shared by the outgoing register and the acknowledgement workbooks ---------------------------
_TITLE_FONT = Font(name=FONT_NAME, size=18, bold=True)
_BOLD_FONT = Font(name=FONT_NAME, size=14, bold=True)
_LEFT = Alignment(vertical="top", horizontal="left")
_MIDDLE = Alignment(vertical="center", horizontal="center", wrap_text=True)
# Acknowledgement states as the matrix shows them (light tints, black text, for print).
STATE_FILLS: dict[AckState, str] = {
    AckState.PENDING: "DBE7F5",
    AckState.OVERDUE: "F6B8B8",
    AckState.RETURNED: "CDBEEB",
    AckState.ACKNOWLEDGED: "B9E0BA",
    AckState.ACKNOWLEDGED_LATE: "E3EBB0",
}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _prepare_sheet(
    sheet: Worksheet,
    columns: Sequence[Column],
    title: str,
    lang: str,
    *,
    header: bool = True,
    header_row: bool | None = None,
    fit_width: int = 1,
    title_columns: str | None = None,
) -> None:
    """Column widths, print setup (A4 landscape, ``fit_width`` pages wide, gridlines,
    centred, "หน้า 1 / 3" in the footer) and the title in row 1. With ``header`` the column
    titles go in row 2; ``header_row`` (default: ``header``) says row 2 is a header row
    (frozen, repeated on every printed page) even when the caller writes it. With
    ``title_columns`` (e.g. "A:A") those columns are frozen and repeated too. A write-only
    sheet takes these settings only before its first row: they all come first."""
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    if header if header_row is None else header_row:
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
    title_cell = text_cell(sheet, title)
    title_cell.font = _TITLE_FONT
    sheet.append([title_cell])
    if header:
        sheet.append(
            [
                _cell(
                    sheet,
                    column.title_th if lang == "th" else column.title_en,
                    font=_HEADER_FONT,
                    align=_MIDDLE,
                    fill=_HEADER_FILL,
                )
                for column in columns
            ]
        )


def _sheet_name(name: str) -> str:
    """A valid worksheet name (at most 31 characters, none of []:*?/\\)."""
    return _SHEET_NAME_BAD.sub(" ", name)[:31]


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


def _date(value: dt.date | None, digits: Digits, lang: str) -> str:
    return format_date_short(value, digits, lang) if value is not None else ""


def _datetime(value: dt.datetime | None, digits: Digits, lang: str) -> str:
    if value is None:
        return ""
    return f"{format_date_short(value.date(), digits, lang)} {format_time(value, digits)}"


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
    sheet: Worksheet,
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
        sheet.append(
            [
                _cell(
                    sheet,
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


def _outgoing_values(line: OutgoingRegisterLine, digits: Digits, lang: str) -> list[object]:
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
        apply_digits(line.doc_no, digits),
        _date(line.letter_date, digits, lang),
        line.sender,
        line.to_text,
        line.subject,
        apply_digits(action, digits),
        _sent_via(line.sending_method, lang),
        apply_digits(" / ".join(remarks), digits),
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
    _prepare_sheet(sheet, OUTGOING_COLUMNS, title, lang)
    try:
        written = _rows(
            sheet,
            lines,
            lambda line: _outgoing_values(line, digits, lang),
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


def _ack_letter_values(line: AckLetterLine, digits: Digits, lang: str) -> list[object]:
    return [
        apply_digits(line.doc_no, digits),
        _date(line.letter_date, digits, lang),
        line.subject,
        _urgency(line.urgency, lang),
        line.recipients,
        line.acknowledged,
        line.pending,
        line.overdue,
        line.returned,
        line.reminders,
    ]


def _ack_recipient_values(line: AckRecipientLine, digits: Digits, lang: str) -> list[object]:
    return [
        apply_digits(line.doc_no, digits),
        _date(line.letter_date, digits, lang),
        line.subject,
        line.recipient,
        _code(line.ack_code),
        _datetime(line.sent_at, digits, lang),
        _sent_via(line.sent_via, lang),
        _date(line.due_date, digits, lang),
        line.state.label(lang),
        _datetime(line.acknowledged_at, digits, lang),
        line.acknowledged_by,
        _channel(line.channel, lang),
        apply_digits(line.their_receive_no, digits),
        _date(line.their_receive_date, digits, lang),
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
    suffix = " (รายหนังสือ)" if lang == "th" else " (by letter)"
    _prepare_sheet(per_letter, ACK_LETTER_COLUMNS, title + suffix, lang)
    suffix = " (รายผู้รับ)" if lang == "th" else " (by recipient)"
    _prepare_sheet(per_row, ACK_RECIPIENT_COLUMNS, title + suffix, lang)
    try:
        letter_count = _rows(
            per_letter,
            letters,
            lambda line: _ack_letter_values(line, digits, lang),
            centred=frozenset({1, 3, 4, 5, 6, 7, 8, 9}),
            control=control,
        )
        per_letter.auto_filter.ref = f"A2:J{letter_count + 2}"
        row_count = _rows(
            per_row,
            recipients,
            lambda line: _ack_recipient_values(line, digits, lang),
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
    _prepare_sheet(sheet, columns, title, lang, header=False)
    today = _date(dashboard.today, digits, lang)
    median = "" if dashboard.median_days_to_ack is None else round(dashboard.median_days_to_ack, 1)
    figures: list[tuple[str, object]] = [
        (_label("ข้อมูล ณ วันที่", "As of", lang), today),
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
    sheet.append([])
    for label, value in figures:
        sheet.append(
            [
                _cell(sheet, label, font=_BOLD_FONT, align=_LEFT, fill=_HEADER_FILL),
                _cell(sheet, value, font=_BODY_FONT, align=_CENTER),
            ]
        )
    if dashboard.monthly:
        sheet.append([])
        sheet.append(
            [
                _cell(sheet, text, font=_HEADER_FONT, align=_MIDDLE, fill=_HEADER_FILL)
                for text in (
                    _label("เดือน", "Month", lang),
                    _label("หนังสือที่ส่ง (ฉบับ)", "Letters issued", lang),
                    _label("ตอบรับ (ราย)", "Acknowledgements", lang),
                )
            ]
        )
        _rows(
            sheet,
            dashboard.monthly,
            lambda month: [
                apply_digits(
                    f"{month_name(month[0].month, abbreviated=True, lang=lang)} "
                    f"{be_year(month[0])}",
                    digits,
                ),
                month[1],
                month[2],
            ],
            centred=frozenset({0, 1, 2}),
        )


def _district_sheet(workbook: Workbook, dashboard: Dashboard, title: str, lang: str) -> None:
    columns = (
        Column("อำเภอ", "District", 34),
        Column("ผู้รับทั้งหมด (ราย)", "Recipient rows", 14),
        Column("ตอบรับแล้ว", "Acknowledged", 12),
        Column("รอตอบรับ", "Pending", 12),
        Column("เกินกำหนด", "Overdue", 12),
        Column("ร้อยละที่ตอบรับ", "Acknowledged %", 13),
    )
    sheet = workbook.create_sheet(_label("รายอำเภอ", "By district", lang))
    _prepare_sheet(sheet, columns, title, lang)
    written = 0
    for d in dashboard.by_district:
        sheet.append(
            [
                _cell(sheet, d.name, font=_BODY_FONT, align=_WRAP),
                *(
                    _cell(sheet, value, font=_BODY_FONT, align=_CENTER)
                    for value in (d.total, d.acknowledged, d.pending, d.overdue)
                ),
                _cell(
                    sheet,
                    round(d.acknowledged_share, 4),
                    font=_BODY_FONT,
                    align=_CENTER,
                    number_format="0.0%",
                ),
            ]
        )
        written += 1
    sheet.auto_filter.ref = f"A2:F{written + 2}"


def _recipient_sheet(workbook: Workbook, dashboard: Dashboard, title: str, lang: str) -> None:
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
    _prepare_sheet(sheet, columns, title, lang)
    written = _rows(
        sheet,
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
    _prepare_sheet(sheet, columns, title, lang)
    written = _rows(
        sheet,
        overdue,
        lambda item: [
            apply_digits(item.doc_no, digits),
            _date(item.letter_date, digits, lang),
            item.subject,
            _urgency(item.urgency, lang),
            item.recipient,
            _date(item.due_date, digits, lang),
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
    _prepare_sheet(
        sheet,
        columns,
        title,
        lang,
        header=False,
        header_row=True,
        fit_width=pages_wide,
        title_columns="A:A",
    )
    header = [
        _cell(
            sheet,
            _label("ผู้รับ", "Recipient", lang),
            font=_HEADER_FONT,
            align=_MIDDLE,
            fill=_HEADER_FILL,
        )
    ]
    for letter in matrix.letters:
        text = f"{letter.doc_no}\n{_date(letter.letter_date, 'arabic', lang)}"
        header.append(
            _cell(
                sheet,
                apply_digits(text, digits),
                font=_HEADER_FONT,
                align=_MIDDLE,
                fill=_HEADER_FILL,
            )
        )
    sheet.append(header)
    fills = {state: _fill(colour) for state, colour in STATE_FILLS.items()}
    for row_index, recipient in enumerate(matrix.recipients):
        name_font = _BOLD_FONT if recipient.level == 0 else _BODY_FONT
        cells = [
            _cell(
                sheet,
                recipient.name,
                font=name_font,
                align=Alignment(vertical="top", wrap_text=True, indent=2 * recipient.level),
            )
        ]
        for column_index in range(len(matrix.letters)):
            found = matrix.cells.get((row_index, column_index))
            if found is None:
                cells.append(_cell(sheet, "", font=_BODY_FONT, align=_CENTER))
                continue
            state = CELL_STATES[found[0]]
            cells.append(
                _cell(
                    sheet,
                    matrix_cell_text(state, found[1], digits, lang),
                    font=_BODY_FONT,
                    align=_MIDDLE,
                    fill=fills[state],
                )
            )
        sheet.append(cells)
    # The legend under the grid.
    sheet.append([])
    sheet.append(
        [_cell(sheet, _label("ความหมายของสี", "Colours", lang), font=_BOLD_FONT, align=_LEFT)]
        + [
            _cell(sheet, state.label(lang), font=_BODY_FONT, align=_MIDDLE, fill=fills[state])
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
        _district_sheet(workbook, dashboard, title, lang)
        _recipient_sheet(workbook, dashboard, title, lang)
        _overdue_sheet(workbook, overdue, title, digits, lang)
        _matrix_sheet(workbook, matrix, title, digits, lang)
    except BaseException:
        for sheet in workbook.worksheets:
            discard_write_only_sheet(sheet)
        raise
    _save(workbook, target)
    return target
