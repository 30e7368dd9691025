"""The incoming register as an Excel workbook, ready to print.

Official columns (saraban.md), Thai dates in the Buddhist era, a frozen header, an
auto-filter, A4 landscape fitted to the page width with the header repeated on every page.
Written with openpyxl's write-only mode, so 200,000 rows stream to disk without holding the
sheet in memory; written to a temporary file and renamed, so a failure leaves no partial file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.incoming import IncomingRow
from desktop_app.domain.thai_dates import format_date_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.files import check_output, replacing
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.reports.internals import discard_write_only_sheet

FONT_NAME = "TH Sarabun New"


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


def _cell(
    sheet: Worksheet,
    value: object,
    *,
    font: Font,
    align: Alignment,
    fill: PatternFill | None = None,
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = font
    cell.alignment = align
    cell.border = _BORDER
    if fill is not None:
        cell.fill = fill
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
