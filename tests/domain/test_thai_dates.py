"""Reading dates as clerks type them, refusing dates that do not exist, writing BE dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import (
    be_year,
    format_date_full,
    format_date_long,
    format_date_numeric,
    format_date_short,
    format_datetime_short,
    format_time,
    format_time_prose,
    month_name,
    parse_date,
    parse_datetime,
    parse_time,
)
from desktop_app.domain.thai_text import to_thai_digits

TODAY = dt.date(2026, 11, 22)
MARCH_5 = dt.date(2026, 3, 5)


# -- reading ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # numeric, BE four and two digits, any separator, Thai digits
        "5/3/2569",
        "5/3/69",
        "05/03/2569",
        "05-03-2569",
        "5-3-2569",
        "5.3.69",
        "5.3.2569",
        "๕/๓/๒๕๖๙",
        "๐๕/๐๓/๖๙",
        "  5 / 3 / 2569  ",
        # month names, full and abbreviated, with or without dots, era words, Thai digits
        "๕ มี.ค. ๖๙",
        "5 มี.ค. 69",
        "5มี.ค.69",
        "5 มีค 69",
        "5 มีนาคม 2569",
        "5 มีนาคม พ.ศ. 2569",
        "5 มี.ค. พ.ศ.2569",
        "วันที่ ๕ มีนาคม ๒๕๖๙",
        "ลงวันที่ 5 มี.ค. 69",
        "วันที่ 5/3/2569,",
        # Common Era: ISO, English month names, "ค.ศ." (four or two digits), CE four-digit years
        "2026-03-05",
        "2026-3-5",
        "5 Mar 2026",
        "5 March 2026",
        "5 MAR 2026",
        "5/3/2026",
        "5 มี.ค. ค.ศ. 2026",
        "5 มีนาคม ค.ศ. 2026",
        "5 มี.ค. ค.ศ. 26",
        "5 Mar 2569",
        # ISO-shaped with a BE year, compact ddmmyyyy in either era and either digits
        "2569-03-05",
        "05032569",
        "05032026",
        "๐๕๐๓๒๕๖๙",
        # no year: this year (from the injected today)
        "5/3",
        "5 มี.ค.",
        "๕ มีนาคม",
    ],
)
def test_the_forms_clerks_type(text):
    assert parse_date(text, today=TODAY) == MARCH_5


def test_a_date_without_a_year_takes_the_year_of_the_injected_today():
    assert parse_date("5/3", today=dt.date(2027, 1, 2)) == dt.date(2027, 3, 5)
    assert parse_date("5 มี.ค.", today=dt.date(2027, 1, 2)) == dt.date(2027, 3, 5)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("วันนี้", 0),
        ("today", 0),
        ("Today", 0),
        ("เมื่อวาน", -1),
        ("เมื่อวานนี้", -1),
        ("yesterday", -1),
    ],
)
def test_today_and_yesterday_come_from_the_injected_today(text, days):
    assert parse_date(text, today=TODAY) == TODAY + dt.timedelta(days=days)
    new_year = dt.date(2027, 1, 1)
    assert parse_date(text, today=new_year) == new_year + dt.timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/1/70", dt.date(2027, 1, 1)),  # two digits: BE 2570 is near, CE 2070 is not
        ("1/1/00", dt.date(2000, 1, 1)),  # CE 2000 is near, BE 2600 (2057) is not
        ("31/12/99", dt.date(1999, 12, 31)),  # CE 1999; BE 2599 (2056) is decades ahead
        ("1/1/2027", dt.date(2027, 1, 1)),  # four digits below 2400 are CE
        ("1/1/2570", dt.date(2027, 1, 1)),  # from 2400 up, BE
        ("1 ม.ค. ค.ศ. 70", dt.date(2070, 1, 1)),  # "ค.ศ." forces CE, also for two digits
    ],
)
def test_how_years_are_read(text, expected):
    assert parse_date(text, today=TODAY) == expected


def test_the_year_range_runs_from_be_2443_to_2743_inclusive():
    assert parse_date("1/1/2443", today=TODAY) == dt.date(1900, 1, 1)
    assert parse_date("31/12/2743", today=TODAY) == dt.date(2200, 12, 31)


@pytest.mark.parametrize(
    ("text", "fragment_th", "fragment_en"),
    [
        ("30/2/2569", "28 วัน", "February 2569 has 28 days"),
        ("30 ก.พ. 2569", "28 วัน", "has 28 days"),
        ("29 ก.พ. 2569", "เดือนกุมภาพันธ์ 2569 มี 28 วัน", "29 February 2569 BE does not exist"),
        ("29/2/66", "28 วัน", "has 28 days"),
        ("30 ก.พ. 2567", "29 วัน", "February 2567 has 29 days"),  # a leap year still stops at 29
        ("31 เม.ย. 69", "เดือนเมษายน 2569 มี 30 วัน", "April 2569 has 30 days"),
        ("31/6/2569", "30 วัน", "has 30 days"),
        ("31 กันยายน 2569", "30 วัน", "has 30 days"),
        ("32/1/2569", "31 วัน", "has 31 days"),
        ("0/1/2569", "ไม่มีวันที่ 0", "does not exist"),
        ("5/13/2569", "ไม่มีเดือนที่ 13", "no month 13"),
        ("5/0/2569", "ไม่มีเดือนที่ 0", "no month 0"),
        ("2026-13-01", "ไม่มีเดือนที่ 13", "no month 13"),
        ("5/3/1800", "นอกช่วง", "out of range"),
        ("31/12/2442", "นอกช่วง", "out of range"),
        ("1/1/2744", "นอกช่วง", "out of range"),
        ("5/3/2800", "นอกช่วง", "out of range"),
        ("5 มีนาค 2569", "ไม่รู้จักชื่อเดือน", "Unknown month name"),
        ("ห้าโมง", "อ่านวันที่", "Cannot read the date"),
        ("5/3/269", "อ่านวันที่", "Cannot read the date"),
        ("", "ยังไม่ได้กรอก", "empty"),
        ("   ", "ยังไม่ได้กรอก", "empty"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(text, fragment_th, fragment_en):
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, today=TODAY)
    assert fragment_th in caught.value.message_th
    assert fragment_en in caught.value.message_en


def test_29_february_exists_only_in_leap_years():
    assert parse_date("29/2/2567", today=TODAY) == dt.date(2024, 2, 29)
    assert parse_date("29 ก.พ. 67", today=TODAY) == dt.date(2024, 2, 29)
    assert parse_date("29 กุมภาพันธ์ 2543", today=TODAY) == dt.date(2000, 2, 29)  # 2000: leap
    for common in ("29/2/2566", "29/2/2568", "29 ก.พ. 2443"):  # 1900 is not a leap year
        with pytest.raises(InvalidDate):
            parse_date(common, today=TODAY)


# -- times --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16:57", dt.time(16, 57)),
        ("16.57", dt.time(16, 57)),
        ("16.57 น.", dt.time(16, 57)),
        ("16:57 น", dt.time(16, 57)),
        ("๑๖.๕๗ น.", dt.time(16, 57)),
        ("๐๘.๓๐ น.", dt.time(8, 30)),
        ("8:30", dt.time(8, 30)),
        ("0:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
        ("16:57:30", dt.time(16, 57, 30)),
        (" 16 : 57 ", dt.time(16, 57)),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("24:00", "ไม่มีเวลา"),
        ("16:60", "ไม่มีเวลา"),
        ("16:57:60", "ไม่มีเวลา"),
        ("noon", "อ่านเวลา"),
        ("1657", "อ่านเวลา"),
        ("16:5", "อ่านเวลา"),
        ("", "อ่านเวลา"),
    ],
)
def test_impossible_times_are_refused(text, fragment):
    with pytest.raises(InvalidDate) as caught:
        parse_time(text)
    assert fragment in caught.value.message_th


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6/3/2569 16:57", dt.datetime(2026, 3, 6, 16, 57)),
        ("๖ มี.ค. ๖๙ เวลา ๑๖.๕๗ น.", dt.datetime(2026, 3, 6, 16, 57)),
        ("6 มี.ค. 2569 16:57", dt.datetime(2026, 3, 6, 16, 57)),
        ("6/3/69 16.57 น.", dt.datetime(2026, 3, 6, 16, 57)),
        ("2026-03-06T16:57", dt.datetime(2026, 3, 6, 16, 57)),
        ("2026-03-06 16:57:30", dt.datetime(2026, 3, 6, 16, 57, 30)),
        ("6/3/2569T16:57", dt.datetime(2026, 3, 6, 16, 57)),
        ("6/3/2569", dt.datetime(2026, 3, 6, 0, 0)),
        ("วันนี้ 10:00", dt.datetime(2026, 11, 22, 10, 0)),
        ("เมื่อวาน เวลา 08.30 น.", dt.datetime(2026, 11, 21, 8, 30)),
    ],
)
def test_datetimes(text, expected):
    assert parse_datetime(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2026-03-06T16:57:00+07:00", "เขตเวลา"),
        ("2026-02-30T10:00", "28 วัน"),
        ("31/4/2569 10:00", "30 วัน"),
        ("5/3/2569 25:00", "ชั่วโมง 0–23"),
    ],
)
def test_impossible_datetimes_are_refused(text, fragment):
    with pytest.raises(InvalidDate) as caught:
        parse_datetime(text, today=TODAY)
    assert fragment in caught.value.message_th


# -- writing -------------------------------------------------------------------------------
def test_formats_on_letters_stamps_and_prose():
    assert format_date_full(MARCH_5) == "๕ มีนาคม ๒๕๖๙"
    assert format_date_full(MARCH_5, "arabic") == "5 มีนาคม 2569"
    assert format_date_full(MARCH_5, "arabic", "en") == "5 March 2569"
    assert format_date_short(dt.date(2026, 3, 6)) == "๖ มี.ค. ๒๕๖๙"
    assert format_date_short(dt.date(2026, 3, 6), "arabic") == "6 มี.ค. 2569"
    assert format_date_short(dt.date(2026, 3, 6), "arabic", "en") == "6 Mar 2569"
    assert format_date_numeric(MARCH_5) == "5/3/2569"
    assert format_date_numeric(MARCH_5, "thai") == "๕/๓/๒๕๖๙"
    assert format_time(dt.time(16, 57)) == "16:57"
    assert format_time(dt.time(8, 5), "thai") == "๐๘:๐๕"
    assert format_time_prose(dt.time(8, 30)) == "๐๘.๓๐ น."
    assert format_time_prose(dt.time(16, 57), "arabic") == "16.57 น."
    assert format_datetime_short(dt.datetime(2026, 3, 6, 16, 57)) == "6 มี.ค. 2569 16:57"
    assert format_datetime_short(dt.datetime(2026, 3, 6, 16, 57), "thai") == ("๖ มี.ค. ๒๕๖๙ ๑๖:๕๗")
    assert format_date_long(MARCH_5) == "วันพฤหัสบดีที่ ๕ มีนาคม ๒๕๖๙"
    assert format_date_long(MARCH_5, "arabic", "en") == "Thursday 5 March 2569 BE (2026)"
    assert be_year(dt.date(2026, 12, 31)) == 2569 and be_year(dt.date(2027, 1, 1)) == 2570


def test_month_names():
    assert [month_name(m) for m in (1, 2, 12)] == ["มกราคม", "กุมภาพันธ์", "ธันวาคม"]
    assert [month_name(m, abbreviated=True) for m in (4, 7, 11)] == ["เม.ย.", "ก.ค.", "พ.ย."]
    assert month_name(9, lang="en") == "September"
    assert month_name(9, abbreviated=True, lang="en") == "Sep"


# -- properties ----------------------------------------------------------------------------
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
digits_kinds = st.sampled_from(["thai", "arabic"])


@given(dates, digits_kinds, st.sampled_from(["th", "en"]))
def test_every_written_form_reads_back(value, digits, lang):
    assert parse_date(format_date_full(value, digits, lang), today=TODAY) == value
    assert parse_date(format_date_short(value, digits, lang), today=TODAY) == value
    assert parse_date(format_date_numeric(value, digits), today=TODAY) == value
    assert parse_date(value.isoformat(), today=TODAY) == value
    assert parse_date(to_thai_digits(value.isoformat()), today=TODAY) == value


@given(st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2027, 11, 22)), digits_kinds)
def test_two_digit_buddhist_years_near_today_read_back(value, digits):
    # BE 2528..2570 from 22 Nov 2569: the CE reading (2028..2070) is in the future.
    typed = f"{value.day}/{value.month}/{be_year(value) % 100:02d}"
    assert parse_date(to_thai_digits(typed) if digits == "thai" else typed, today=TODAY) == value


@given(dates, digits_kinds)
def test_thai_and_arabic_digits_read_alike(value, digits):
    typed = f"{value.day:02d}{value.month:02d}{be_year(value)}"
    assert parse_date(to_thai_digits(typed), today=TODAY) == parse_date(typed, today=TODAY)


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)), digits_kinds)
def test_written_times_read_back(value, digits):
    assert parse_time(format_time(value, digits)) == value
    assert parse_time(format_time_prose(value, digits)) == value


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 12, 31)).map(
        lambda v: v.replace(second=0, microsecond=0)
    ),
    digits_kinds,
)
def test_written_datetimes_read_back(value, digits):
    assert parse_datetime(format_datetime_short(value, digits), today=TODAY) == value
    assert parse_datetime(value.isoformat(), today=TODAY) == value
