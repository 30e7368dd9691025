"""A letter's digits: Thai in prose, Arabic where digits belong to a Latin term, links as
typed (``letter_digits``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.thai_text import letter_digits, to_arabic_digits, to_thai_digits


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("ประจำปีงบประมาณ พ.ศ. 2569", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
        ("ที่ มส 0023.3/ว 354", "ที่ มส ๐๐๒๓.๓/ว ๓๕๔"),
        ("มท0810.2/ว1089", "มท๐๘๑๐.๒/ว๑๐๘๙"),
        ("เวลา 10:30 น.", "เวลา ๑๐:๓๐ น."),
        ("จำนวนเงิน 1,565,850 บาท", "จำนวนเงิน ๑,๕๖๕,๘๕๐ บาท"),
        ("โรคติดเชื้อ COVID-19", "โรคติดเชื้อ COVID-19"),
        ("ฝุ่น PM2.5 เกินมาตรฐาน 2 วัน", "ฝุ่น PM2.5 เกินมาตรฐาน ๒ วัน"),
        ("กระดาษ A4 จำนวน 5 รีม", "กระดาษ A4 จำนวน ๕ รีม"),
        (
            "(DLA-CLAIR-MIC Joint Hybrid Seminar) ครั้งที่ 3",
            "(DLA-CLAIR-MIC Joint Hybrid Seminar) ครั้งที่ ๓",
        ),
        ("รหัสตอบรับ ACE-739-KMN", "รหัสตอบรับ ACE-739-KMN"),
        ("COVID-๑๙", "COVID-19"),  # typed with Thai digits: a Latin term keeps Arabic ones
        ("มาตรฐาน ISO 9001", "มาตรฐาน ISO ๙๐๐๑"),  # a number standing alone is prose
        ("อีเมล saraban01@dla.go.th", "อีเมล saraban01@dla.go.th"),
        ("https://www.dla.go.th/2569/x1.pdf", "https://www.dla.go.th/2569/x1.pdf"),
    ],
)
def test_thai_digits_in_prose_arabic_in_latin_terms(typed, printed):
    assert letter_digits(typed, "thai") == printed


def test_arabic_digits_everywhere_when_asked():
    assert letter_digits("ที่ มส ๐๐๒๓.๓/ว ๓๕๔ COVID-๑๙", "arabic") == "ที่ มส 0023.3/ว 354 COVID-19"


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ABCxyz-./:@ กขคงาี่", max_size=40))
def test_only_digits_change_and_twice_is_once(text):
    for digits in ("thai", "arabic"):
        once = letter_digits(text, digits)  # type: ignore[arg-type]
        assert to_arabic_digits(once) == to_arabic_digits(text)
        assert letter_digits(once, digits) == once  # type: ignore[arg-type]
    assert not re.search("[0-9]", letter_digits("ครั้งที่ 1 วันที่ 2", "thai"))
    assert to_thai_digits("1") == letter_digits("1", "thai")
