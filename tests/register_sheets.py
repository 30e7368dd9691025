"""Excel files as an office keeps its registers, for the import tests (services, CLI, UI):
the official column titles (reports/excel.py, the program's own export), a title row above
the header, cells as clerks type them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop_app.reports.excel import INCOMING_COLUMNS, OUTGOING_COLUMNS

INCOMING_TITLES = [column.title_th for column in INCOMING_COLUMNS]
OUTGOING_TITLES = [column.title_th for column in OUTGOING_COLUMNS]


def write_sheet(
    path: Path,
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    above: Sequence[Sequence[object]] = (("ทะเบียนหนังสือรับ ปี 2569 สำนักงานส่งเสริมการปกครองท้องถิ่น",),),
    sheet: str = "ทะเบียน",
) -> Path:
    """A workbook with ``above`` (title rows), ``header``, then ``rows``; returns ``path``.
    The header is row ``len(above) + 1``, the first data row the one after."""
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for values in above:
        worksheet.append(list(values))
    worksheet.append(list(header))
    for values in rows:
        worksheet.append(list(values))
    workbook.save(path)
    return path


def incoming_row(
    number: object,
    received: object = "5 มี.ค. 2569",
    time: object = "09:30",
    doc_no: object = "มท 0810.2/ว 1089",
    doc_date: object = "4 มี.ค. 2569",
    sender: object = "กรมส่งเสริมการปกครองท้องถิ่น",
    to: object = "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
    subject: object = "การเผยแพร่องค์ความรู้",
    urgency: object = None,
    secrecy: object = None,
    work_group: object = None,
    action: object = None,
    remarks: object = None,
) -> list[object]:
    """One line of the incoming register in the official column order."""
    return [
        number,
        received,
        time,
        doc_no,
        doc_date,
        sender,
        to,
        subject,
        urgency,
        secrecy,
        work_group,
        action,
        remarks,
    ]


def outgoing_row(
    register_no: object,
    doc_no: object,
    date: object = "2 มี.ค. 2569",
    sender: object = None,
    to: object = "นายอำเภอ ทุกอำเภอ",
    subject: object = "ส่งสำเนาหนังสือ",
    action: object = None,
    method: object = "ไปรษณีย์",
    remarks: object = None,
) -> list[object]:
    """One line of the outgoing register in the official column order."""
    return [register_no, doc_no, date, sender, to, subject, action, method, remarks]


def incoming_file(path: Path, first: int, count: int, day: dt.date = dt.date(2026, 3, 2)) -> Path:
    """``count`` good incoming lines numbered from ``first``, received on ``day``."""
    rows = [
        incoming_row(
            number,
            received=f"{day.day}/{day.month}/{day.year + 543}",
            doc_no=f"มท 0810.2/ว {number}",
            doc_date=f"{day.day}/{day.month}/{day.year + 543}",
            subject=f"เรื่องที่ {number}",
        )
        for number in range(first, first + count)
    ]
    return write_sheet(path, INCOMING_TITLES, rows)
