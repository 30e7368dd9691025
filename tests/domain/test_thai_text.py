"""Digits, normalisation, search folding and Thai dictionary order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import collate

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import (
    normalise,
    search_fold,
    thai_sort_key,
    to_arabic_digits,
    to_thai_digits,
)

THAI_CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
THAI_VOWELS_AFTER = ["", "า", "ิ", "ี", "ุ", "ู", "ะ", "ำ"]
LEADING = ["", "เ", "แ", "โ", "ใ", "ไ"]
TONES = ["", "่", "้", "๊", "๋"]


@st.composite
def thai_syllables(draw, tones: bool = True) -> str:  # type: ignore[no-untyped-def]
    return (draw(st.sampled_from(LEADING)) + draw(st.sampled_from(THAI_CONSONANTS))
            + draw(st.sampled_from(THAI_VOWELS_AFTER))
            + (draw(st.sampled_from(TONES)) if tones else ""))


thai_words = st.lists(thai_syllables(), min_size=1, max_size=4).map("".join)
toneless_words = st.lists(thai_syllables(tones=False), min_size=1, max_size=4).map("".join)


def test_the_same_document_number_typed_two_ways_folds_alike():
    assert search_fold("มท0810.2/ว1089") == search_fold("มท ๐๘๑๐.๒/ว ๑๐๘๙")
    assert search_fold("MT 0810") == search_fold("mt0810")


@pytest.mark.parametrize(("typed", "canonical"), [
    ("เเปลก", "แปลก"),                      # two SARA E for SARA AE
    ("น\u0e4d\u0e32", "น\u0e33"),           # NIKHAHIT + SARA AA for SARA AM
    ("ที\u0e48\u0e48", "ที่"),              # doubled tone mark
    ("ท้\u200bอง", "ท้อง"),                 # zero-width space
    ("  ประชุม   สัมมนา ", "ประชุม สัมมนา"),  # stray spacing
])
def test_typing_variants_normalise_to_what_the_screen_shows(typed, canonical):
    assert normalise(typed) == canonical
    assert search_fold(typed) == search_fold(canonical)


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ มทว./", max_size=30))
def test_digits_round_trip_and_fold_alike(text):
    assert to_arabic_digits(to_thai_digits(text)) == to_arabic_digits(text)
    assert search_fold(to_thai_digits(text)) == search_fold(to_arabic_digits(text))
    assert search_fold(text) == search_fold(text.replace(" ", ""))


@given(st.lists(toneless_words, min_size=2, max_size=12, unique=True))
def test_sort_key_orders_like_pythainlp_collate(words):
    assert sorted(words, key=thai_sort_key) == collate(words)


@given(st.lists(thai_words, min_size=2, max_size=12, unique=True))
def test_tone_marks_only_break_ties(words):
    ordered = sorted(words, key=thai_sort_key)
    primary = [thai_sort_key(word).split("\u0001")[0] for word in ordered]
    assert primary == sorted(primary)


def test_a_tone_mark_never_outranks_a_consonant():
    # PyThaiNLP's collate puts "กก" before "ก่"; dictionaries (and we) do not.
    assert sorted(["กก", "ก่", "ก"], key=thai_sort_key) == ["ก", "ก่", "กก"]


def test_leading_vowels_sort_under_their_consonant():
    assert sorted(["ขวด", "เกษตร", "กา", "ไก่", "แม่"], key=thai_sort_key) == [
        "กา", "เกษตร", "ไก่", "ขวด", "แม่"]


@pytest.mark.parametrize(("text", "urgency"), [
    ("normal", Urgency.NORMAL), ("urgent", Urgency.URGENT), ("very_urgent", Urgency.VERY_URGENT),
    ("most_urgent", Urgency.MOST_URGENT), ("ด่วนที่สุด", Urgency.MOST_URGENT),
    ("ด่วนมาก", Urgency.VERY_URGENT), ("ด่วน", Urgency.URGENT), ("ปกติ", Urgency.NORMAL),
    ("Most urgent", Urgency.MOST_URGENT), ("", Urgency.NORMAL),
])
def test_urgency_accepts_english_values_and_thai_words(text, urgency):
    assert Urgency.parse(text) is urgency


@pytest.mark.parametrize(("text", "secrecy"), [
    ("confidential", Secrecy.CONFIDENTIAL), ("ลับ", Secrecy.CONFIDENTIAL),
    ("secret", Secrecy.SECRET), ("ลับมาก", Secrecy.SECRET),
    ("top_secret", Secrecy.TOP_SECRET), ("ลับที่สุด", Secrecy.TOP_SECRET),
])
def test_secrecy_accepts_english_values_and_thai_words(text, secrecy):
    assert Secrecy.parse(text) is secrecy


def test_an_unknown_class_is_refused_listing_the_choices():
    with pytest.raises(InvalidInput) as caught:
        Urgency.parse("ด่วนจี๋")
    assert "ด่วนที่สุด" in caught.value.message_th
