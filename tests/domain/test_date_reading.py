"""Dates as they appear in letters and registers (issue 9, item 1): labelled, hyphenated,
spaced or not, in either digit system; two-digit years read the plausible way, and asked
about when both ways are plausible (``read_date`` -> ``DateReading``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import (
    BACK_YEARS_BE,
    MONTHS_EN,
    WEEKDAYS_EN,
    AmbiguousYear,
    be_year,
    describe_year,
    parse_date,
    read_date,
    read_datetime,
)
from desktop_app.domain.thai_text import to_thai_digits

TODAY = dt.date(2026, 11, 29)  # 29 พ.ย. 2569
MARCH_5 = dt.date(2026, 3, 5)  # a Thursday

FULL_TH = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
ABBR_TH = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
SPOKEN_TH = (
    "มกรา",
    "กุมภา",
    "มีนา",
    "เมษา",
    "พฤษภา",
    "มิถุนา",
    "กรกฎา",
    "สิงหา",
    "กันยา",
    "ตุลา",
    "พฤศจิกา",
    "ธันวา",
)
WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
LABELS_TH = ("", "ลว. ", "ลว.", "ลว ", "ลงวันที่ ", "ลงวันที่", "วันที่ ", "ณ วันที่ ", "เมื่อวันที่ ")


# -- the forms clerks copy --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-ก.ค.-2565", dt.date(2022, 7, 15)),
        ("15-ก.ค.-65", dt.date(2022, 7, 15)),
        ("๑๕-ก.ค.-๒๕๖๕", dt.date(2022, 7, 15)),
        ("ลว. 23 พ.ย. 2555", dt.date(2012, 11, 23)),
        ("ลว.23 พ.ย.55", dt.date(2012, 11, 23)),
        ("(ลว. ๒๓ พ.ย. ๕๕)", dt.date(2012, 11, 23)),
        ("ลงวันที่ ๕ มีนาคม ๒๕๖๙", MARCH_5),
        ("ลงวันที่: 5 มี.ค. 2569", MARCH_5),
        ("วันที่ 5 มี.ค. 69", MARCH_5),
        ("ณ วันที่ ๕ มีนาคม พ.ศ. ๒๕๖๙", MARCH_5),
        ("เมื่อวันที่ 5 มี.ค. 69", MARCH_5),
        ("ประกาศ ณ วันที่ 5 มีนาคม 2569", None),  # a word that is no part of a date
        ("5/3/2569", MARCH_5),
        ("05.03.2569", MARCH_5),
        ("5 มี.ค.69", MARCH_5),
        ("5มี.ค.69", MARCH_5),
        ("5 มี. ค. 69", MARCH_5),
        ("๕-๓-๖๙", MARCH_5),
        ("๕ - ๓ - ๖๙", MARCH_5),
        ("5 3 2569", MARCH_5),
        ("050369", MARCH_5),
        ("2026-03-05", MARCH_5),
        ("2569/03/05", MARCH_5),
        ("5 March 2026", MARCH_5),
        ("5-Mar-2026", MARCH_5),
        ("March 5, 2026", MARCH_5),
        ("Thursday, 5th of March 2026", MARCH_5),
        ("Thu 5 Mar 2026", MARCH_5),
        ("5 March 2569 BE", MARCH_5),
        ("5 Mar A.D. 2026", MARCH_5),
        ("วันพฤหัสบดีที่ ๕ มีนาคม ๒๕๖๙", MARCH_5),
        ("วันพฤหัสบดี ที่ 5 มี.ค. 69", MARCH_5),
        ("พฤหัสบดี 5 มี.ค. 2569", MARCH_5),
        ("๕ เดือนมีนาคม พุทธศักราช ๒๕๖๙", MARCH_5),
        ("5 มีนาคม ปี 2569", MARCH_5),
        ("5 มีนา 69", MARCH_5),
        ("5 กรกฏาคม 2569", dt.date(2026, 7, 5)),  # the common misspelling of กรกฎาคม
        ("5 มี.ค. 2569,", MARCH_5),
        ("วันพฤหัสบดีที่ ๕ มีนาคม ๒๕๖๙ เวลา ๐๙.๓๐ น.", MARCH_5),  # a meeting's date and time
        ("5 มี.ค. 69 16.57 น.", MARCH_5),
        ("\u200b5 มี.ค.\u200b 2569", MARCH_5),  # zero-width spaces pasted from a PDF
    ],
)
def test_the_forms_found_on_letters(text, expected):
    if expected is None:
        with pytest.raises(InvalidDate):
            parse_date(text, today=TODAY)
    else:
        assert parse_date(text, today=TODAY) == expected


def test_a_weekday_that_does_not_fit_the_date_is_refused_naming_both():
    with pytest.raises(InvalidDate) as caught:
        parse_date("วันจันทร์ที่ 5 มีนาคม 2569", today=TODAY)
    assert "วันพฤหัสบดี" in caught.value.message_th and "วันจันทร์" in caught.value.message_th
    assert "Thursday" in caught.value.message_en and "Monday" in caught.value.message_en


@pytest.mark.parametrize("text", ["5/3/2569 ก", "5 มีนาค 2569", "5/3/269", "5//", "พ.ศ. 2569"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(InvalidDate):
        parse_date(text, today=TODAY)


# -- property: every form, digit system, spacing and label reads back ---------------------
@st.composite
def written_dates(draw: st.DrawFn) -> tuple[dt.date, str]:
    """A date and one way a letter or a clerk writes it."""
    value = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
    be = be_year(value)
    form = draw(st.sampled_from(["numeric", "named", "english", "iso", "compact"]))
    day = draw(st.sampled_from([str(value.day), f"{value.day:02d}"]))
    era_be = draw(st.booleans())  # the year in BE (else CE, four digits)
    year = str(be if era_be else value.year)
    if form == "numeric":
        month = draw(st.sampled_from([str(value.month), f"{value.month:02d}"]))
        sep = draw(st.sampled_from(["/", "-", ".", " / ", " - ", " . ", " "]))
        text = f"{day}{sep}{month}{sep}{year}"
    elif form == "named":
        month = draw(
            st.sampled_from(
                [
                    FULL_TH[value.month - 1],
                    ABBR_TH[value.month - 1],
                    ABBR_TH[value.month - 1].replace(".", ""),
                    SPOKEN_TH[value.month - 1],
                ]
            )
        )
        sep = draw(st.sampled_from([" ", "", "-", " - "]))
        era = draw(
            st.sampled_from(["", "พ.ศ. ", "พ.ศ.", "พุทธศักราช "] if era_be else ["", "ค.ศ. ", "ค.ศ."])
        )
        if not era_be and not era and value.year >= 2400:
            era = "ค.ศ. "
        text = f"{day}{sep}{month}{sep}{era}{year}"
        if draw(st.booleans()):
            weekday = WEEKDAYS_TH[value.weekday()]
            text = draw(st.sampled_from([f"วัน{weekday}ที่ ", f"{weekday} "])) + text
    elif form == "english":
        name = draw(st.sampled_from([MONTHS_EN[value.month - 1], MONTHS_EN[value.month - 1][:3]]))
        ordinal = "th" if value.day not in (1, 2, 3, 21, 22, 23, 31) else ""
        suffix = draw(st.sampled_from(["", ordinal]))
        era = " BE" if era_be else draw(st.sampled_from(["", " AD"]))
        if not era_be and value.year >= 2400:
            era = " AD"
        text = draw(
            st.sampled_from(
                [
                    f"{day}{suffix} {name} {year}{era}",
                    f"{day}-{name}-{year}{era}",
                    f"{name} {day}{suffix}, {year}{era}",
                    f"{day}{suffix} of {name} {year}{era}",
                ]
            )
        )
        if draw(st.booleans()):
            text = f"{WEEKDAYS_EN[value.weekday()]}, {text}"
    elif form == "iso":
        sep = draw(st.sampled_from(["-", "/"]))
        text = f"{year}{sep}{value.month:02d}{sep}{value.day:02d}"
    else:
        text = f"{value.day:02d}{value.month:02d}{year}"
    if form in ("numeric", "named", "compact"):
        text = draw(st.sampled_from(LABELS_TH)) + text
        if not (form == "numeric" and sep == " ") and draw(st.booleans()):
            text = text.replace(" ", "")  # spaces are optional where something else separates
    if draw(st.booleans()):
        text = to_thai_digits(text)
    return value, text


@given(written_dates())
def test_every_written_form_reads_back_as_the_same_date(written):
    value, text = written
    reading = read_date(text, today=TODAY)
    assert reading.value == value, text
    assert not reading.ambiguous


# -- two-digit years ----------------------------------------------------------------------
@given(
    st.dates(min_value=dt.date(1997, 1, 1), max_value=dt.date(2027, 11, 29)),
    st.sampled_from(["thai", "arabic"]),
)
def test_a_two_digit_ce_year_near_today_is_read_as_ce(value, digits):
    typed = f"{value.day}/{value.month}/{value.year % 100:02d}"
    reading = read_date(to_thai_digits(typed) if digits == "thai" else typed, today=TODAY)
    assert value in reading.readings
    other = reading.other
    assert other is not None or reading.taken == "ce"
    # Asked about exactly when the BE reading is plausible too (within BACK_YEARS_BE).
    back = TODAY.replace(year=TODAY.year - BACK_YEARS_BE)
    both = other is not None and back <= other <= TODAY.replace(year=TODAY.year + 1)
    assert reading.ambiguous == both
    if not reading.ambiguous:
        assert reading.value == value and reading.taken == "ce"


@given(st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2027, 11, 29)))
def test_a_two_digit_be_year_near_today_is_read_as_be(value):
    typed = f"{value.day} {ABBR_TH[value.month - 1]} {be_year(value) % 100:02d}"
    reading = read_date(typed, today=TODAY)
    assert (reading.value, reading.taken, reading.ambiguous) == (value, "be", False)


def test_26_typed_in_2569_is_asked_about_and_taken_as_ce_2026_meanwhile():
    reading = read_date("5/3/26", today=TODAY)
    assert reading.ambiguous
    assert (reading.value, reading.taken, reading.other) == (MARCH_5, "ce", dt.date(1983, 3, 5))
    assert reading.year_typed == "26" and reading.year_inferred
    assert parse_date("5/3/26", today=TODAY) == MARCH_5  # parse_date takes the nearer
    with pytest.raises(AmbiguousYear) as caught:
        reading.unambiguous()
    message_th, message_en = caught.value.message_th, caught.value.message_en
    assert "2569" in message_th and "2526" in message_th and "ค.ศ. 2026" in message_th
    assert "1983" in message_th and "“26”" in message_th
    assert "2569" in message_en and "2526" in message_en and "1983" in message_en


@pytest.mark.parametrize(
    ("text", "today", "expected", "ambiguous"),
    [
        # the last day of 2569 and the first of 2570
        ("1/1/70", dt.date(2026, 12, 31), dt.date(2027, 1, 1), False),
        ("31/12/69", dt.date(2026, 12, 31), dt.date(2026, 12, 31), False),
        ("31/12/69", dt.date(2027, 1, 1), dt.date(2026, 12, 31), False),
        ("1/1/70", dt.date(2027, 1, 1), dt.date(2027, 1, 1), False),
        ("1/1/71", dt.date(2027, 1, 1), dt.date(2028, 1, 1), False),  # a year ahead at most
        ("2/1/71", dt.date(2027, 1, 1), dt.date(2028, 1, 2), True),  # beyond: neither is
        ("1/1/27", dt.date(2026, 12, 31), dt.date(2027, 1, 1), True),  # CE 2027 or BE 2527
        ("31/12/26", dt.date(2027, 1, 1), dt.date(2026, 12, 31), True),
        ("5/3/45", TODAY, dt.date(2002, 3, 5), False),  # BE 2545; CE 2045 is far ahead
        ("5/3/10", TODAY, dt.date(2010, 3, 5), False),  # CE 2010; BE 2610 is far ahead
        # an era word decides
        ("5 มี.ค. พ.ศ. 26", TODAY, dt.date(1983, 3, 5), False),
        ("5 มี.ค. ค.ศ. 26", TODAY, MARCH_5, False),
        ("5 Mar 26 AD", TODAY, MARCH_5, False),
        # so does a weekday (5 March 1983 was a Saturday), and a day that exists in one only
        ("วันพฤหัสบดีที่ 5 มี.ค. 26", TODAY, MARCH_5, False),
        ("29/2/24", TODAY, dt.date(2024, 2, 29), False),  # BE 2524 (1981) has no 29 Feb
        # four digits are never in doubt
        ("5/3/2526", TODAY, dt.date(1983, 3, 5), False),
        ("5/3/2026", TODAY, MARCH_5, False),
    ],
)
def test_two_digit_years_around_year_ends_and_what_decides(text, today, expected, ambiguous):
    reading = read_date(text, today=today)
    assert (reading.value, reading.ambiguous) == (expected, ambiguous)


def test_which_year_was_taken_is_said_in_both_eras():
    assert describe_year(MARCH_5) == "ปี พ.ศ. ๒๕๖๙ (ค.ศ. 2026)"
    assert describe_year(MARCH_5, "arabic") == "ปี พ.ศ. 2569 (ค.ศ. 2026)"
    assert describe_year(MARCH_5, "arabic", "en") == "year 2569 BE (2026 CE)"
    assert read_date("5/3/2569", today=TODAY).year_inferred is False
    assert read_date("5/3", today=TODAY).year_inferred is True


def test_a_date_and_time_keeps_its_dates_doubt():
    reading = read_datetime("5/3/26 10:00", today=TODAY)
    assert reading.ambiguous and reading.value == dt.datetime(2026, 3, 5, 10, 0)
    with pytest.raises(AmbiguousYear):
        reading.unambiguous()
    plain = read_datetime("ลงวันที่ 5 มี.ค. 2569 เวลา 16.57 น.", today=TODAY)
    assert plain.unambiguous() == dt.datetime(2026, 3, 5, 16, 57)
