"""Dates a user trial found read wrongly: an impossible date is refused rather than read in a
two-digit year's other, implausible era; a negative year is refused; four-digit years keep
to the parser's range."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import parse_date, read_date

TODAY = dt.date(2026, 11, 22)  # 22 พ.ย. 2569


@pytest.mark.parametrize(
    "text", ["29/2/68", "29 ก.พ. 68", "29-2-68", "๒๙/๒/๖๘", "วันเสาร์ที่ 29 ก.พ. 68"]
)
def test_29_february_2568_is_refused_not_read_as_2611(text):
    # BE 2568 (2025) is the plausible reading and has no 29 February; CE 2068, 42 years
    # ahead, has one but must not be taken for that.
    with pytest.raises(InvalidDate) as caught:
        read_date(text, today=TODAY)
    assert "เดือนกุมภาพันธ์ 2568 มี 28 วัน" in caught.value.message_th
    assert "February 2568 has 28 days" in caught.value.message_en


def test_the_message_is_the_same_as_for_30_february():
    messages = []
    for text in ("29/2/68", "30/2/68"):
        with pytest.raises(InvalidDate) as caught:
            parse_date(text, today=TODAY)
        messages.append(caught.value.message_en.split(":")[1])
    assert messages[0] == messages[1] == " February 2568 has 28 days"


def test_an_implausible_reading_that_would_be_taken_and_does_not_exist_is_refused():
    # "80": BE 2580 (2037) is nearer than CE 1980; neither is plausible. 2037 has no 29
    # February: refused, rather than quietly taking 1980.
    with pytest.raises(InvalidDate, match="2580"):
        parse_date("29/2/80", today=TODAY)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("29/2/67", TODAY, dt.date(2024, 2, 29)),  # BE 2567 is a leap year
        ("29/2/24", dt.date(2026, 11, 29), dt.date(2024, 2, 29)),  # CE 2024; BE 2524 has none
        ("28/2/68", TODAY, dt.date(2025, 2, 28)),
    ],
)
def test_a_plausible_reading_that_exists_is_still_taken(text, today, expected):
    reading = read_date(text, today=today)
    assert (reading.value, reading.ambiguous) == (expected, False)


@pytest.mark.parametrize(
    "text", ["5/3/-69", "5/3/ -69", "-5/3/69", "5.3.-69", "5/-3/69", "5/3 -69"]
)
def test_a_negative_number_is_refused(text):
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, today=TODAY)
    assert "ติดลบ" in caught.value.message_th
    assert "negative" in caught.value.message_en


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5-3-69", dt.date(2026, 3, 5)),
        ("5 - 3 - 69", dt.date(2026, 3, 5)),
        ("15-ก.ค.-2565", dt.date(2022, 7, 15)),
        ("5-Mar-2026", dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
    ],
)
def test_hyphens_between_parts_are_no_minus_sign(text, expected):
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["5/3/2744", "5/3/2800", "5/3/3000", "5/3/1899", "5/3/2442"])
def test_four_digit_years_outside_the_range_are_refused(text):
    # The parser takes BE 2443-2743 (CE 1900-2200); whether a due date 130 years ahead is
    # plausible is the caller's to say.
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, today=TODAY)
    assert "นอกช่วง" in caught.value.message_th
    assert "out of range" in caught.value.message_en
