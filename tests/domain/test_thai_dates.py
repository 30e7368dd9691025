"""Reading dates as clerks type them, refusing dates that do not exist, writing BE dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import (
    format_date_full,
    format_date_numeric,
    format_date_short,
    format_time_prose,
    parse_date,
    parse_datetime,
    parse_time,
)

TODAY = dt.date(2026, 11, 22)
MARCH_5 = dt.date(2026, 3, 5)


@pytest.mark.parametrize("text", [
    "5/3/2569", "5/3/69", "05/03/2569", "5-3-2569", "5.3.69", "๕/๓/๒๕๖๙", "๕ มี.ค. ๖๙",
    "5 มี.ค. 69", "5 มีค 69", "5 มีนาคม 2569", "5 มีนาคม พ.ศ. 2569", "วันที่ ๕ มีนาคม ๒๕๖๙",
    "2026-03-05", "2569-03-05", "5 Mar 2026", "5 March 2026", "5 มี.ค. ค.ศ. 2026",
    "05032569", "  5 / 3 / 2569  ", "5 มี.ค.",
])
def test_the_forms_clerks_type(text):
    assert parse_date(text, today=TODAY) == MARCH_5


def test_relative_words_and_year_omitted():
    assert parse_date("วันนี้", today=TODAY) == TODAY
    assert parse_date("เมื่อวาน", today=TODAY) == dt.date(2026, 11, 21)
    assert parse_date("5/3", today=TODAY) == MARCH_5


def test_two_digit_years_are_buddhist_era_and_four_digit_years_are_read_by_size():
    assert parse_date("1/1/70", today=TODAY) == dt.date(2027, 1, 1)
    assert parse_date("1/1/2027", today=TODAY) == dt.date(2027, 1, 1)
    assert parse_date("1/1/2570", today=TODAY) == dt.date(2027, 1, 1)


@pytest.mark.parametrize(("text", "fragment"), [
    ("30/2/2569", "28 วัน"),
    ("29 ก.พ. 2569", "28 วัน"),
    ("31 เม.ย. 69", "30 วัน"),
    ("31/6/2569", "30 วัน"),
    ("32/1/2569", "31 วัน"),
    ("0/1/2569", "31 วัน"),
    ("5/13/2569", "ไม่มีเดือนที่ 13"),
    ("5/3/1800", "นอกช่วง"),
    ("5 มีนาค 2569", "ไม่รู้จักชื่อเดือน"),
    ("ห้าโมง", "อ่านวันที่"),
    ("", "ยังไม่ได้กรอก"),
])
def test_impossible_dates_are_refused_with_a_reason(text, fragment):
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, today=TODAY)
    assert fragment in caught.value.message_th
    assert caught.value.message_en  # an English message exists for the English UI


def test_leap_years_follow_the_common_era_year():
    assert parse_date("29/2/2567", today=TODAY) == dt.date(2024, 2, 29)
    with pytest.raises(InvalidDate):
        parse_date("29/2/2566", today=TODAY)


def test_times_and_datetimes():
    assert parse_time("16:57") == dt.time(16, 57)
    assert parse_time("๐๘.๓๐ น.") == dt.time(8, 30)
    for bad in ("24:00", "16:60", "noon"):
        with pytest.raises(InvalidDate):
            parse_time(bad)
    assert parse_datetime("6/3/2569 16:57", today=TODAY) == dt.datetime(2026, 3, 6, 16, 57)
    assert parse_datetime("๖ มี.ค. ๖๙ เวลา ๑๖.๕๗ น.", today=TODAY) == dt.datetime(
        2026, 3, 6, 16, 57)
    assert parse_datetime("2026-03-06T16:57:00") == dt.datetime(2026, 3, 6, 16, 57)
    with pytest.raises(InvalidDate):
        parse_datetime("2026-03-06T16:57:00+07:00")


def test_formats_on_letters_stamps_and_prose():
    assert format_date_full(MARCH_5) == "๕ มีนาคม ๒๕๖๙"
    assert format_date_full(MARCH_5, "arabic") == "5 มีนาคม 2569"
    assert format_date_short(dt.date(2026, 3, 6)) == "๖ มี.ค. ๒๕๖๙"
    assert format_date_short(dt.date(2026, 3, 6), "arabic", "en") == "6 Mar 2569"
    assert format_date_numeric(MARCH_5) == "5/3/2569"
    assert format_time_prose(dt.time(8, 30)) == "๐๘.๓๐ น."


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@given(dates, st.sampled_from(["thai", "arabic"]))
def test_every_written_form_reads_back(value, digits):
    assert parse_date(format_date_full(value, digits), today=TODAY) == value
    assert parse_date(format_date_short(value, digits), today=TODAY) == value
    assert parse_date(format_date_numeric(value, digits), today=TODAY) == value
    assert parse_date(value.isoformat(), today=TODAY) == value
