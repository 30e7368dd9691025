"""The register as a printable Excel workbook: official columns, BE dates, print setup, and
never a half-written file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import openpyxl
import pytest

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import EnvironmentProblem, InvalidInput
from desktop_app.domain.incoming import IncomingFilter, IncomingInput, IncomingRow
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.jobs import Cancelled, JobControl
from desktop_app.reports import excel
from desktop_app.reports.excel import INCOMING_COLUMNS, export_incoming_register

OFFICIAL = [
    "เลขทะเบียนรับ",
    "วันที่รับ",
    "เวลา",
    "ที่",
    "ลงวันที่",
    "จาก",
    "ถึง",
    "เรื่อง",
    "ชั้นความเร็ว",
    "ชั้นความลับ",
    "กลุ่มงาน",
    "การปฏิบัติ",
    "หมายเหตุ",
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


def leftovers(folder) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in folder.iterdir())


def test_official_columns_thai_dates_and_print_setup(tmp_path):
    target = tmp_path / "ทะเบียน.xlsx"
    rows = [
        row(
            1,
            urgency=Urgency.MOST_URGENT,
            secrecy=Secrecy.CONFIDENTIAL,
            work_group_name="กลุ่มงานกฎหมาย",
            action_taken="แจ้งอำเภอแล้ว",
        ),
        row(
            2,
            cancelled=True,
            cancel_reason="ลงซ้ำ",
            remarks="ดูเลขรับ 1",
            received_at=dt.datetime(2026, 12, 31, 8, 5),
            doc_date=dt.date(2025, 12, 30),
        ),
    ]
    assert export_incoming_register(rows, target, title="ทะเบียนหนังสือรับ ปี พ.ศ. 2569") == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "ทะเบียนหนังสือรับ"
    assert sheet["A1"].value == "ทะเบียนหนังสือรับ ปี พ.ศ. 2569"
    assert [cell.value for cell in sheet[2]] == OFFICIAL
    assert [column.title_th for column in INCOMING_COLUMNS] == OFFICIAL
    assert sheet["A2"].font.b  # a bold header
    first = [cell.value for cell in sheet[3]]
    assert first == [
        1,
        "6 มี.ค. 2569",
        "16:57",
        "มท 0810.2/ว 1089",
        "5 มี.ค. 2569",
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
        "เรื่องที่ 1",
        "ด่วนที่สุด",
        "ลับ",
        "กลุ่มงานกฎหมาย",
        "แจ้งอำเภอแล้ว",
        None,
    ]
    cancelled = [cell.value for cell in sheet[4]]
    assert cancelled[1:5] == ["31 ธ.ค. 2569", "08:05", "มท 0810.2/ว 1089", "30 ธ.ค. 2568"]
    assert cancelled[8:10] == [None, None]  # ปกติ is left blank, as registers are written
    assert cancelled[12] == "ยกเลิก: ลงซ้ำ / ดูเลขรับ 1"
    assert sheet["H4"].font.strike and not sheet["H3"].font.strike
    assert sheet.max_row == 4
    # Print setup: header frozen and repeated, filter on the header, A4 landscape, one page wide
    assert sheet.freeze_panes == "A3"
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.auto_filter.ref == "A2:M4"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert leftovers(tmp_path) == ["ทะเบียน.xlsx"]


def test_thai_digits_when_the_office_wants_them(tmp_path):
    target = tmp_path / "t.xlsx"
    export_incoming_register([row(7)], target, title="t", digits="thai")
    values = [cell.value for cell in openpyxl.load_workbook(target).active[3]]
    assert values[0] == 7  # the number stays a number (sortable, summable)
    assert values[1:5] == ["๖ มี.ค. ๒๕๖๙", "๑๖:๕๗", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "๕ มี.ค. ๒๕๖๙"]


def test_english_headers_for_the_english_ui(tmp_path):
    target = tmp_path / "en.xlsx"
    export_incoming_register(
        [row(1, cancelled=True, cancel_reason="duplicate")],
        target,
        title="Incoming register",
        lang="en",
    )
    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[2]] == [c.title_en for c in INCOMING_COLUMNS]
    assert sheet["M3"].value == "CANCELLED: duplicate"
    # English month names (issue 6: the English export printed Thai ones), BE years kept.
    assert (sheet["B3"].value, sheet["E3"].value) == ("6 Mar 2569", "5 Mar 2569")


def test_an_empty_register_still_has_its_header_and_filter(tmp_path):
    target = tmp_path / "empty.xlsx"
    assert export_incoming_register(iter(()), target, title="t") == 0
    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[2]] == OFFICIAL
    assert sheet.auto_filter.ref == "A2:M2"


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path):
    seen: list[tuple[int, int]] = []
    control = JobControl(on_progress=lambda done, total: seen.append((done, total)))
    target = tmp_path / "big.xlsx"
    assert (
        export_incoming_register(
            (row(n) for n in range(1, 1002)), target, title="t", total=1001, control=control
        )
        == 1001
    )
    assert seen == [(500, 1001), (1000, 1001), (1001, 1001)]

    cancelling = JobControl(on_progress=lambda _done, _total: cancelling.cancel())
    other = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        export_incoming_register(
            (row(n) for n in range(1, 1002)), other, title="t", control=cancelling
        )
    assert leftovers(tmp_path) == ["big.xlsx"]  # no partial file, no temporary file


def test_cancelled_before_the_start_writes_nothing(tmp_path):
    control = JobControl()
    control.cancel()
    target = tmp_path / "never.xlsx"
    target.write_bytes(b"last month's export")
    with pytest.raises(Cancelled):
        export_incoming_register([row(1)], target, title="t", control=control)
    assert target.read_bytes() == b"last month's export"
    assert leftovers(tmp_path) == ["never.xlsx"]


def test_a_failure_while_reading_rows_leaves_no_file(tmp_path):
    def rows() -> Iterator[IncomingRow]:
        yield row(1)
        raise EnvironmentProblem("ฐานข้อมูลหลุด", "database gone")

    target = tmp_path / "half.xlsx"
    with pytest.raises(EnvironmentProblem):
        export_incoming_register(rows(), target, title="t")
    assert leftovers(tmp_path) == []


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"previous export")

    def full_disk(self, path):  # type: ignore[no-untyped-def]
        with open(path, "wb") as handle:  # half a file written, then the disk is full
            handle.write(b"PK\x03\x04 partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel.Workbook, "save", full_disk)
    with pytest.raises(EnvironmentProblem) as caught:
        export_incoming_register([row(1)], target, title="t")
    assert "ดิสก์เต็ม" in caught.value.message_th
    assert target.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == ["keep.xlsx"]


@pytest.mark.parametrize("name", ["register.csv", "register", "missing-dir/register.xlsx"])
def test_bad_targets_are_refused(tmp_path, name):
    with pytest.raises(InvalidInput) as caught:
        export_incoming_register([row(1)], tmp_path / name, title="t")
    assert caught.value.field == "out"
    assert leftovers(tmp_path) == []


def test_the_register_of_a_year_exported_from_the_database(open_context, clock, tmp_path):
    context = open_context()
    group = context.settings.save_work_group(
        WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "มส 0023.2"), context.actor
    )
    for day, subject in ((3, "ขอเชิญประชุม"), (4, "แจ้งกำหนดการ"), (5, "รายงานผล")):
        clock.now = dt.datetime(2026, 3, day, 9, 30)
        context.incoming.receive(
            IncomingInput(
                sender="อำเภอปาย",
                doc_no=f"มส 0518/{day}",
                doc_date=dt.date(2026, 3, day - 1),
                subject=subject,
                work_group_id=group.id,
                urgency=Urgency.URGENT,
            ),
            context.actor,
        )
    clock.now = dt.datetime(2027, 1, 2, 9, 0)
    context.incoming.receive(
        IncomingInput(sender="ก", doc_no="1", doc_date=dt.date(2027, 1, 1), subject="ปีถัดไป"),
        context.actor,
    )
    second = context.incoming.ids(IncomingFilter(year=2569, search="กำหนดการ"))[0]
    context.incoming.cancel(second, "ลงซ้ำ", context.actor)
    flt = IncomingFilter(year=2569, descending=False)
    target = tmp_path / "2569.xlsx"
    written = export_incoming_register(
        context.incoming.iter_rows(flt, batch=2),
        target,
        title="ทะเบียนหนังสือรับ ปี พ.ศ. 2569",
        total=context.incoming.count(flt),
    )
    assert written == 3
    sheet = openpyxl.load_workbook(target).active
    body = [[cell.value for cell in line] for line in sheet.iter_rows(min_row=3)]
    assert [line[0] for line in body] == [1, 2, 3]
    assert [line[1] for line in body] == ["3 มี.ค. 2569", "4 มี.ค. 2569", "5 มี.ค. 2569"]
    assert [line[7] for line in body] == ["ขอเชิญประชุม", "แจ้งกำหนดการ", "รายงานผล"]
    assert {line[8] for line in body} == {"ด่วน"} and {line[10] for line in body} == {"กลุ่มงานกฎหมาย"}
    assert body[1][12] == "ยกเลิก: ลงซ้ำ"
