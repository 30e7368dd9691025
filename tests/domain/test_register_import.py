"""Reading a register's rows from a spreadsheet (pure): the header found by its titles, cells
as clerks type them, every problem of every row named with its row number."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.domain.register_import import (
    INCOMING_COLUMNS,
    OUTGOING_COLUMNS,
    ImportRules,
    _Bad,
    cancellation,
    check_incoming,
    check_outgoing,
    find_header,
    header_key,
    header_problem,
    read_datetime,
    read_number,
    read_time,
    split_outgoing_no,
)
from desktop_app.reports import excel
from tests.register_sheets import INCOMING_TITLES, OUTGOING_TITLES, incoming_row, outgoing_row

NOW = dt.datetime(2026, 3, 6, 16, 57)
TODAY = NOW.date()
RULES = ImportRules(
    now=NOW,
    work_groups=(
        WorkGroupInfo(1, "ฝ่ายบริหารงานทั่วไป", "มส 0023.1"),
        WorkGroupInfo(3, "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "มส 0023.3"),
    ),
    office_name="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
    office_prefix="มส 0023",
)


def rows_of(*lines: list[object], first: int = 3) -> list[tuple[int, tuple[object, ...]]]:
    return [(first + index, tuple(line)) for index, line in enumerate(lines)]


def incoming(*lines: list[object]):  # type: ignore[no-untyped-def]
    header = find_header([("ทะเบียนหนังสือรับ",), tuple(INCOMING_TITLES)], "incoming")
    assert header is not None and header.row == 2
    return check_incoming(rows_of(*lines), header, RULES)


# -- the header ---------------------------------------------------------------------------------
def test_the_exports_own_titles_thai_and_english_are_the_official_layout():
    """What the program exports, it imports: every title of both registers' exports, in
    both languages, names a column the import reads."""
    pairs = ((excel.INCOMING_COLUMNS, INCOMING_COLUMNS), (excel.OUTGOING_COLUMNS, OUTGOING_COLUMNS))
    for columns, ours in pairs:
        assert len(ours) >= len(columns)  # the outgoing register may also say its classes
        for theirs, mine in zip(columns, ours, strict=False):
            assert header_key(theirs.title_th) in mine.header_keys()
            assert header_key(theirs.title_en) in mine.header_keys()


def test_the_header_is_found_below_titles_in_any_order_with_extra_columns():
    top = [
        ("ทะเบียนหนังสือรับ",),
        (None,),
        ("สำนักงาน ...", None, "ปี 2569"),
        ("ลำดับ", "Subject", "From", "Dated", "Received", "receive no", "Note"),
    ]
    header = find_header(top, "incoming")
    assert header is not None and header.row == 4
    assert dict(header.columns) == {
        "subject": 1,
        "sender": 2,
        "doc_date": 3,
        "received": 4,
        "receive_no": 5,
        "remarks": 6,
    }
    assert header.titles["receive_no"] == "receive no"


def test_a_missing_column_is_named_and_the_other_register_is_recognised():
    top = [("เลขทะเบียนรับ", "วันที่รับ", "ที่", "จาก", "เรื่อง")]
    assert find_header(top, "incoming") is None
    problem = header_problem(top, "incoming")
    assert "ลงวันที่" in problem.message_th and "Dated" in problem.message_en
    assert "วันที่รับ" not in problem.message_th.split("คอลัมน์ชื่อ")[1]
    # The incoming register's header has ที่, ลงวันที่ and เรื่อง, the outgoing register's
    # required titles, but it is not the outgoing register.
    assert find_header([tuple(INCOMING_TITLES)], "outgoing") is None
    assert "ทะเบียนหนังสือรับ" in header_problem([tuple(INCOMING_TITLES)], "outgoing").message_th
    assert "ทะเบียนหนังสือส่ง" in header_problem([tuple(OUTGOING_TITLES)], "incoming").message_th


# -- cells ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (2345, (2345, None)),
        (2345.0, (2345, None)),
        ("2345", (2345, None)),
        ("๒๓๔๕", (2345, None)),
        ("๒,๓๔๕", (2345, None)),
        (" 1446/2569 ", (1446, 2569)),
        ("๑๔๔๖/๒๕๖๙", (1446, 2569)),
    ],
)
def test_numbers_in_either_digits(cell, expected):
    assert read_number(cell) == expected


@pytest.mark.parametrize("cell", ["abc", "12a", "0", 0, -3, "1.5", 1.5, True])
def test_what_is_not_a_register_number(cell):
    with pytest.raises(_Bad):
        read_number(cell)


@pytest.mark.parametrize(
    "cell",
    [
        "6 มี.ค. 2569",
        "๖ มี.ค. ๒๕๖๙",
        "6 มีนาคม 2569",
        "6/3/2569",
        "๖/๓/๒๕๖๙",
        "06-03-2569",
        "2026-03-06",
        "6 Mar 2569",
        dt.datetime(2026, 3, 6),
        dt.date(2026, 3, 6),
        dt.datetime(2569, 3, 6),  # a BE year typed into a date cell: stored as 2569 CE
    ],
)
def test_dates_as_clerks_type_them_and_date_cells(cell):
    assert read_datetime(cell, TODAY).date() == dt.date(2026, 3, 6)


@pytest.mark.parametrize("cell", ["31 เม.ย. 2569", "30/2/2569", "เมื่อวันก่อน", 45000, "13/13/2569"])
def test_dates_that_do_not_exist_or_are_not_dates(cell):
    with pytest.raises(_Bad):
        read_datetime(cell, TODAY)


def test_times_typed_and_time_cells():
    assert read_time("16:57") == dt.time(16, 57)
    assert read_time("๑๖.๕๗ น.") == dt.time(16, 57)
    assert read_time(dt.time(9, 5, 0, 1234)) == dt.time(9, 5)
    assert read_time(0.5) == dt.time(12, 0)
    with pytest.raises(_Bad):
        read_time("25:00")


def test_cancellation_marks_as_the_export_writes_them():
    assert cancellation("ยกเลิก: ออกเลขซ้ำ / ส่งทางอีเมล") == (True, "ออกเลขซ้ำ", "ส่งทางอีเมล")
    assert cancellation("CANCELLED: duplicate") == (True, "duplicate", "")
    assert cancellation("ยกเลิก") == (True, "", "")
    assert cancellation("ยกเลิกการประชุม") == (False, "", "ยกเลิกการประชุม")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("มส 0023.3/ว 354", ("มส 0023.3", True, 354)),
        ("มส ๐๐๒๓.๓/ว ๓๕๔", ("มส 0023.3", True, 354)),
        ("ที่ มส 0023.3/354", ("มส 0023.3", False, 354)),
        ("มส0023.3/ว.354", ("มส0023.3", True, 354)),
        ("มส 0023.3/", ("มส 0023.3", False, None)),
    ],
)
def test_outgoing_numbers_split_into_prefix_series_and_number(text, expected):
    assert split_outgoing_no(text) == expected


@pytest.mark.parametrize("text", ["354", "/354", "ไม่มีเลข"])
def test_what_is_not_an_outgoing_number(text):
    with pytest.raises(_Bad):
        split_outgoing_no(text)


# -- rows -----------------------------------------------------------------------------------------
def test_good_rows_keep_their_numbers_dates_and_text():
    checked = incoming(
        incoming_row("๒,๓๔๓", "๕ มี.ค. ๒๕๖๙", "๐๙.๑๕ น.", doc_no="ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙"),
        incoming_row(
            2344,
            dt.datetime(2569, 3, 6),
            dt.time(16, 57),
            urgency="ด่วนที่สุด",
            secrecy="ลับ",
            work_group="กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
            remarks="ยกเลิก: ลงซ้ำ / โทรแจ้งแล้ว",
        ),
        incoming_row(None, None, None, None, None, None, None, None),  # a blank row: skipped
    )
    assert checked.problems == [] and checked.rows == 2
    first, second = checked.lines
    assert (first.row, first.receive_year, first.receive_no) == (3, 2569, 2343)
    assert first.received_at == dt.datetime(2026, 3, 5, 9, 15)
    assert first.doc_no == "มท ๐๘๑๐.๒/ว ๑๐๘๙"  # as typed, without its label
    assert first.doc_date == dt.date(2026, 3, 4)
    assert (second.urgency, second.secrecy, second.work_group_id) == (
        Urgency.MOST_URGENT,
        Secrecy.CONFIDENTIAL,
        3,
    )
    assert (second.cancelled, second.cancel_reason, second.remarks) == (True, "ลงซ้ำ", "โทรแจ้งแล้ว")
    assert second.received_at == dt.datetime(2026, 3, 6, 16, 57)


def test_every_problem_of_every_row_is_reported_with_its_row_and_column():
    checked = incoming(
        incoming_row(1),  # row 3: good
        incoming_row("abc", "31 เม.ย. 2569"),  # row 4: two problems
        incoming_row(3, subject=None, urgency="รีบมาก"),  # row 5: two problems
        incoming_row(4, "7/3/2569"),  # row 6: received after now
        incoming_row(5, "5/3/2569", doc_date="6/3/2569"),  # row 7: dated after its receipt
        incoming_row(1),  # row 8: the number of row 3 again
        incoming_row(7, work_group="กลุ่มงานที่ไม่มี"),  # row 9
        incoming_row("8/2568"),  # row 10: a number of another year
    )
    found = {(problem.row, problem.column) for problem in checked.problems}
    assert found == {
        (4, "เลขทะเบียนรับ"),
        (4, "วันที่รับ"),
        (5, "เรื่อง"),
        (5, "ชั้นความเร็ว"),
        (6, "วันที่รับ"),
        (7, "ลงวันที่"),
        (8, "เลขทะเบียนรับ"),
        (9, "กลุ่มงาน"),
        (10, "เลขทะเบียนรับ"),
    }
    assert [line.row for line in checked.lines] == [3]
    messages = {problem.row: problem for problem in checked.problems}
    assert "แถว 3" in messages[8].message_th and "row 3" in messages[8].message_en
    assert "อนาคต" in messages[6].message_th and "future" in messages[6].message_en
    dates = [p for p in checked.problems if (p.row, p.column) == (4, "วันที่รับ")]
    assert "31" in dates[0].message_th  # the date that does not exist is named
    assert messages[9].describe("en").startswith("Row 9 (กลุ่มงาน): ")


def test_outgoing_rows_find_their_series_and_work_group():
    header = find_header([tuple(OUTGOING_TITLES)], "outgoing")
    assert header is not None
    checked = check_outgoing(
        rows_of(
            outgoing_row(410, "มส 0023.3/ว 410"),
            outgoing_row(None, "มส0023.3/ว ๔๑๑", "3/3/2569", action="ตอบรับแล้ว 2 จาก 7 ราย"),
            outgoing_row(
                120,
                "มส 0023.1/120",
                sender="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
                action="โทรแจ้งแล้ว",
            ),
            outgoing_row(121, "มส 0023.1/", sender="กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น"),
            outgoing_row(7, "มส 0023.1/8"),  # row 7: two different numbers
            outgoing_row(None, "มส 0023.3/ว 410"),  # row 8: the number of row 3 again
            outgoing_row(9, "มส 0023.3/9", "1/4/2569"),  # row 9: dated in the future
        ),
        header,
        RULES,
    )
    assert {(p.row, p.column) for p in checked.problems} == {
        (7, "เลขทะเบียนส่ง"),
        (8, "ที่"),
        (9, "ลงวันที่"),
    }
    first, second, third, fourth = checked.lines
    assert (first.prefix, first.circular, first.number, first.work_group_id) == (
        "มส 0023.3",
        True,
        410,
        3,
    )
    # Typed tight and in Thai digits: the same series, in the office's own spelling.
    assert (second.prefix, second.number, second.doc_no) == ("มส 0023.3", 411, "มส 0023.3/ว 411")
    assert second.series == first.series and second.remarks == ""  # the export's own summary
    assert (third.circular, third.work_group_id, third.remarks) == (False, 1, "การปฏิบัติ: โทรแจ้งแล้ว")
    assert (fourth.number, fourth.work_group_id) == (121, 3)  # the number from its own column
