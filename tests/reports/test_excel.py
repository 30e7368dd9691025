"""The register as a printable Excel workbook."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.jobs import Cancelled, JobControl
from desktop_app.reports import excel
from desktop_app.reports.excel import INCOMING_COLUMNS, export_incoming_register
from desktop_app.services.register import RegisterRow


def row(number: int, **overrides) -> RegisterRow:  # type: ignore[no-untyped-def]
    values = dict(
        id=number, receive_year=2569, receive_no=number,
        received_at=dt.datetime(2026, 3, 6, 16, 57), doc_no="มท 0810.2/ว 1089",
        doc_date=dt.date(2026, 3, 5), sender="กรมส่งเสริมการปกครองท้องถิ่น",
        to_text="ผู้ว่าราชการจังหวัด ทุกจังหวัด", subject=f"เรื่องที่ {number}",
        urgency=Urgency.NORMAL, secrecy=Secrecy.NORMAL, action_taken="", remarks="",
        work_group_name="", cancelled=False, cancel_reason="", attachment_count=0,
    )
    values.update(overrides)
    return RegisterRow(**values)


def test_official_columns_thai_dates_and_print_setup(tmp_path):
    target = tmp_path / "ทะเบียน.xlsx"
    rows = [row(1, urgency=Urgency.MOST_URGENT),
            row(2, cancelled=True, cancel_reason="ลงซ้ำ", remarks="ดูเลขรับ 1")]
    assert export_incoming_register(rows, target, title="ทะเบียนหนังสือรับ ปี พ.ศ. 2569") == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "ทะเบียนหนังสือรับ ปี พ.ศ. 2569"
    headers = [cell.value for cell in sheet[2]]
    assert headers == [column.title_th for column in INCOMING_COLUMNS]
    assert headers[:8] == ["เลขทะเบียนรับ", "วันที่รับ", "เวลา", "ที่", "ลงวันที่", "จาก", "ถึง",
                           "เรื่อง"]
    first = [cell.value for cell in sheet[3]]
    assert first[:5] == [1, "6 มี.ค. 2569", "16:57", "มท 0810.2/ว 1089", "5 มี.ค. 2569"]
    assert first[8] == "ด่วนที่สุด"
    cancelled = [cell.value for cell in sheet[4]]
    assert cancelled[12] == "ยกเลิก: ลงซ้ำ / ดูเลขรับ 1"
    assert sheet["H4"].font.strike
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:M4"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$2:$2"


def test_thai_digits_when_the_office_wants_them(tmp_path):
    target = tmp_path / "t.xlsx"
    export_incoming_register([row(7)], target, title="t", digits="thai")
    values = [cell.value for cell in openpyxl.load_workbook(target).active[3]]
    assert values[1:5] == ["๖ มี.ค. ๒๕๖๙", "๑๖:๕๗", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "๕ มี.ค. ๒๕๖๙"]


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path):
    seen: list[tuple[int, int]] = []
    control = JobControl(on_progress=lambda done, total: seen.append((done, total)))
    target = tmp_path / "big.xlsx"
    export_incoming_register((row(n) for n in range(1, 1201)), target, title="t", total=1200,
                             control=control)
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)

    cancelling = JobControl(on_progress=lambda done, _total: cancelling.cancel())
    other = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        export_incoming_register((row(n) for n in range(1, 1201)), other, title="t",
                                 control=cancelling)
    assert not other.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"previous export")

    def full_disk(self, _path):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel.Workbook, "save", full_disk)
    from desktop_app.domain.errors import EnvironmentProblem

    with pytest.raises(EnvironmentProblem) as caught:
        export_incoming_register([row(1)], target, title="t")
    assert "ดิสก์เต็ม" in caught.value.message_th
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]


@pytest.mark.parametrize("name", ["register.csv", "missing-dir/register.xlsx"])
def test_bad_targets_are_refused(tmp_path, name):
    with pytest.raises(InvalidInput):
        export_incoming_register([row(1)], tmp_path / name, title="t")
