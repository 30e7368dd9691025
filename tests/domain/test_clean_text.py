"""Issue 9 item 5: text is cleaned of control characters when typed or imported, with length
limits (a 100 KB subject was accepted and later held the write lock for 20 s)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import (
    MAX_DOC_NO_LENGTH,
    MAX_REMARKS_LENGTH,
    MAX_SENDER_LENGTH,
    MAX_SUBJECT_LENGTH,
    clean_text,
    remove_control_characters,
)

# Characters no stored text keeps: C0 but tab/line breaks, DEL, C1, bidi overrides,
# noncharacters.
CONTROLS = (
    [chr(c) for c in range(0x00, 0x09)]
    + [chr(c) for c in range(0x0E, 0x20)]
    + [chr(c) for c in range(0x7F, 0xA0) if c != 0x85]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]
    + ["\ufffe", "\uffff", "\ufdd0"]
)
LINE_BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("control", CONTROLS)
def test_every_control_character_becomes_a_word_gap(control):
    assert clean_text(f"ขอเชิญ{control}ประชุม", max_length=100) == "ขอเชิญ ประชุม"
    assert clean_text(f"{control}ประชุม{control}", max_length=100) == "ประชุม"


@pytest.mark.parametrize("brk", LINE_BREAKS)
def test_line_breaks_are_kept_only_where_lines_are_allowed(brk):
    text = f"บรรทัดหนึ่ง{brk}บรรทัดสอง"
    assert clean_text(text, max_length=100) == "บรรทัดหนึ่ง บรรทัดสอง"
    assert clean_text(text, max_length=100, multiline=True) == "บรรทัดหนึ่ง\nบรรทัดสอง"


def test_multiline_text_keeps_paragraphs_and_drops_blank_runs():
    text = "\n\n  ข้อ ๑\t ดูแล \r\n\r\n\r\n\r\nข้อ ๒  \n\n"
    assert clean_text(text, max_length=100, multiline=True) == "ข้อ ๑ ดูแล\n\nข้อ ๒"


def test_thai_is_normalised_and_a_mark_after_a_control_stays_on_its_letter():
    assert clean_text("ไม\x1b่เเก้", max_length=20) == "ไม่แก้"  # no dangling tone mark
    assert clean_text("\t=1+1 ", max_length=20) == "=1+1"


@pytest.mark.parametrize(
    ("limit", "label"),
    [
        (MAX_SUBJECT_LENGTH, "เรื่อง"),
        (MAX_SENDER_LENGTH, "จาก"),
        (MAX_DOC_NO_LENGTH, "ที่"),
        (MAX_REMARKS_LENGTH, "หมายเหตุ"),
    ],
)
def test_text_over_its_limit_is_refused_in_both_languages(limit, label):
    assert len(clean_text("ก" * limit, max_length=limit)) == limit
    # Spaces collapsed before counting: what is stored is what is counted.
    assert clean_text("ก  " * (limit // 2), max_length=limit) == " ".join(["ก"] * (limit // 2))
    with pytest.raises(InvalidInput) as caught:
        clean_text("ก" * (limit + 1), max_length=limit, field="f", label_th=label)
    error = caught.value
    assert error.field == "f"
    assert label in error.message_th and f"{limit:,}" in error.message_th
    assert f"{limit:,}" in error.message_en and "characters" in error.message_en


def test_a_huge_paste_is_refused_quickly_with_its_length():
    with pytest.raises(InvalidInput) as caught:
        clean_text("ประชุม " * 20_000, max_length=MAX_SUBJECT_LENGTH)
    assert "140,000" in caught.value.message_th


def test_limits_fit_the_register_columns():
    # sender/to are VARCHAR(300), doc_no VARCHAR(100) in the database.
    assert MAX_SENDER_LENGTH <= 300 and MAX_DOC_NO_LENGTH <= 100
    assert MAX_SUBJECT_LENGTH >= 500 and MAX_REMARKS_LENGTH >= MAX_SUBJECT_LENGTH


@given(st.text(max_size=200))
def test_cleaned_text_never_holds_a_control_character(text):
    cleaned = clean_text(text, max_length=10_000, multiline=True)
    assert not any(char in cleaned for char in CONTROLS)
    assert "\r" not in cleaned and "\t" not in cleaned
    assert cleaned == cleaned.strip()
    # Cleaning twice changes nothing.
    assert clean_text(cleaned, max_length=10_000, multiline=True) == cleaned


@given(st.text(max_size=200))
def test_removing_controls_keeps_every_other_character(text):
    removed = remove_control_characters(text, multiline=True)
    assert len(removed) <= len(text)
    assert not any(char in removed for char in CONTROLS)
