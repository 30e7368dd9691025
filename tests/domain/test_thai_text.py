"""Digits, normalisation, search folding, Thai dictionary order, urgency and secrecy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import collate

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import (
    apply_digits,
    normalise,
    search_fold,
    thai_sort_key,
    thai_sorted,
    to_arabic_digits,
    to_thai_digits,
)

CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
LEADING = ["", "เ", "แ", "โ", "ใ", "ไ"]
ABOVE_OR_BELOW = ["", "ิ", "ี", "ึ", "ื", "ุ", "ู", "ั"]
TONES = ["", "่", "้", "๊", "๋"]
FOLLOWING = ["", "า", "ะ", "ำ"]
FINALS = ["", "ก", "ง", "น", "ม", "ย", "ว", "ด", "บ"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
GAPS = [*ZERO_WIDTH, " ", "  ", "\u00a0", "\t"]


@st.composite
def syllables(draw, tones: bool = True) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """A well-formed Thai syllable as its parts: leading vowel, consonant, upper/lower vowel,
    tone mark, following vowel, final consonant (the order the screen shows them in)."""
    lead = draw(st.sampled_from(LEADING))
    consonant = draw(st.sampled_from(CONSONANTS))
    mark = draw(st.sampled_from(ABOVE_OR_BELOW))
    tone = draw(st.sampled_from(TONES)) if tones else ""
    following = "" if (mark or lead) else draw(st.sampled_from(FOLLOWING))
    final = "" if following in ("ะ", "ำ") else draw(st.sampled_from(FINALS))
    if mark == "ั" and not final:
        final = "น"
    return (lead, consonant, mark, tone, following, final)


thai_words = st.lists(syllables(), min_size=1, max_size=5).map(
    lambda parts: "".join("".join(syllable) for syllable in parts)
)
toneless_words = st.lists(syllables(tones=False), min_size=1, max_size=5).map(
    lambda parts: "".join("".join(syllable) for syllable in parts)
)


@st.composite
def typed_variants(draw) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A word and the same word as a clerk might type it: "เเ" for "แ", NIKHAHIT + SARA AA
    for SARA AM, tone mark before the upper vowel, doubled tone marks, zero-width characters
    and stray spaces anywhere (also before marks)."""
    parts = draw(st.lists(syllables(), min_size=1, max_size=5))
    canonical = "".join("".join(syllable) for syllable in parts)
    typed: list[str] = []
    for lead, consonant, mark, tone, following, final in parts:
        typed_lead = "เเ" if lead == "แ" and draw(st.booleans()) else lead
        typed_following = "\u0e4d\u0e32" if following == "ำ" and draw(st.booleans()) else following
        typed_tone = tone * 2 if tone and draw(st.booleans()) else tone
        marks = (typed_tone, mark) if mark and tone and draw(st.booleans()) else (mark, typed_tone)
        pieces = [typed_lead, consonant, *marks, typed_following, final]
        for piece in pieces:
            if piece and draw(st.integers(0, 3)) == 0:
                typed.append(draw(st.sampled_from(GAPS)))
            typed.append(piece)
    return canonical, "".join(typed)


# -- digits --------------------------------------------------------------------------------
def test_digit_conversion():
    assert to_thai_digits("มท 0810.2/ว 1089") == "มท ๐๘๑๐.๒/ว ๑๐๘๙"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    assert apply_digits("6 มี.ค. 2569", "thai") == "๖ มี.ค. ๒๕๖๙"
    assert apply_digits("๖ มี.ค. ๒๕๖๙", "arabic") == "6 มี.ค. 2569"


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ มทว./-abc", max_size=30))
def test_digits_round_trip(text):
    assert to_arabic_digits(to_thai_digits(text)) == to_arabic_digits(text)
    assert to_thai_digits(to_arabic_digits(text)) == to_thai_digits(text)
    assert not set(to_thai_digits(text)) & set("0123456789")
    assert not set(to_arabic_digits(text)) & set("๐๑๒๓๔๕๖๗๘๙")
    assert len(to_thai_digits(text)) == len(text)


# -- normalisation and search folding ------------------------------------------------------
def test_the_same_document_number_typed_two_ways_folds_alike():
    assert search_fold("มท0810.2/ว1089") == search_fold("มท ๐๘๑๐.๒/ว ๑๐๘๙")
    assert search_fold("MT 0810") == search_fold("mt0810")
    assert search_fold("มท0810.2/ว1089") != search_fold("มท0810.2/ว1098")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("เเปลก", "แปลก"),  # two SARA E for SARA AE
        ("น\u0e4d\u0e32", "น\u0e33"),  # NIKHAHIT + SARA AA for SARA AM
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # ... after a tone mark
        ("ที\u0e48\u0e48", "ที่"),  # doubled tone mark
        ("ก\u0e48\u0e35", "กี่"),  # tone mark typed before the upper vowel
        ("ท้\u200bอง", "ท้อง"),  # zero-width space
        ("ไม ่", "ไม่"),  # a stray space before the tone mark
        ("ที ่สุด", "ที่สุด"),
        ("กิ ่ง", "กิ่ง"),
        ("  ประชุม   สัมมนา ", "ประชุม สัมมนา"),  # stray spacing
    ],
)
def test_typing_variants_normalise_to_what_the_screen_shows(typed, canonical):
    assert normalise(typed) == canonical
    assert search_fold(typed) == search_fold(canonical)


def test_normalise_keeps_the_clerks_words_and_digits():
    text = "ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙ ลงวันที่ 5 มีนาคม 2569 (ด่วนที่สุด)"
    assert normalise(text) == text
    assert normalise("") == "" and search_fold("") == ""


@given(thai_words)
def test_well_formed_words_are_left_alone(word):
    assert normalise(word) == word


@given(typed_variants())
def test_search_is_insensitive_to_thai_typing_variants(pair):
    canonical, typed = pair
    assert search_fold(typed) == search_fold(canonical)


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ มทว./", max_size=30))
def test_search_is_insensitive_to_digit_kind_and_spacing(text):
    assert search_fold(to_thai_digits(text)) == search_fold(to_arabic_digits(text))
    assert search_fold(text) == search_fold(text.replace(" ", ""))
    assert search_fold(text) == search_fold(" ".join(text))


# -- Thai dictionary order -----------------------------------------------------------------
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
    assert thai_sorted(["ขวด", "เกษตร", "กา", "ไก่", "แม่"]) == ["กา", "เกษตร", "ไก่", "ขวด", "แม่"]
    assert thai_sorted(["อำเภอปาย", "เทศบาลตำบลปาย", "องค์การบริหารส่วนตำบลทุ่งยาว"]) == [
        "เทศบาลตำบลปาย",
        "องค์การบริหารส่วนตำบลทุ่งยาว",
        "อำเภอปาย",
    ]


def test_sort_keys_ignore_typing_variants_and_digit_kind():
    assert thai_sort_key("เเม่") == thai_sort_key("แม่")
    assert thai_sort_key("หนังสือ ๑๒") == thai_sort_key("หนังสือ 12")


# -- urgency and secrecy -------------------------------------------------------------------
@pytest.mark.parametrize("member", [*Urgency, *Secrecy], ids=str)
def test_every_class_parses_from_its_value_and_both_labels(member):
    cls = type(member)
    for text in (
        member.value,
        member.value.upper(),
        member.label_th,
        member.label_en,
        member.label_en.upper(),
        f"  {member.label_th} ",
        member.value.replace("_", "-"),
        member.value.replace("_", " "),
    ):
        assert cls.parse(text) is member, text


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("ด่วนที่สุด", Urgency.MOST_URGENT),
        ("ด่วน ที่สุด", Urgency.MOST_URGENT),
        ("ด่วนมาก", Urgency.VERY_URGENT),
        ("ด่วน", Urgency.URGENT),
        ("ปกติ", Urgency.NORMAL),
        ("ธรรมดา", Urgency.NORMAL),
        ("Most urgent", Urgency.MOST_URGENT),
        ("mosturgent", Urgency.MOST_URGENT),
        ("", Urgency.NORMAL),
        (None, Urgency.NORMAL),
    ],
)
def test_urgency_accepts_english_values_and_thai_words(text, urgency):
    assert Urgency.parse(text) is urgency


@pytest.mark.parametrize(
    ("text", "secrecy"),
    [
        ("confidential", Secrecy.CONFIDENTIAL),
        ("ลับ", Secrecy.CONFIDENTIAL),
        ("secret", Secrecy.SECRET),
        ("ลับมาก", Secrecy.SECRET),
        ("top_secret", Secrecy.TOP_SECRET),
        ("ลับที่สุด", Secrecy.TOP_SECRET),
        ("Top secret", Secrecy.TOP_SECRET),
        ("ไม่ลับ", Secrecy.NORMAL),
        ("", Secrecy.NORMAL),
    ],
)
def test_secrecy_accepts_english_values_and_thai_words(text, secrecy):
    assert Secrecy.parse(text) is secrecy


@pytest.mark.parametrize(
    ("cls", "text", "listed"),
    [
        (Urgency, "ด่วนจี๋", "ด่วนที่สุด"),
        (Urgency, "secret", "most_urgent"),
        (Urgency, "ไม่ลับ", "ด่วนมาก"),
        (Urgency, "public", "urgent"),  # secrecy's own words
        (Secrecy, "classified", "ลับที่สุด"),
        (Secrecy, "ด่วน", "top_secret"),
    ],
)
def test_an_unknown_class_is_refused_listing_the_choices(cls, text, listed):
    with pytest.raises(InvalidInput) as caught:
        cls.parse(text)
    assert listed in caught.value.message_th and text in caught.value.message_en


def test_ranks_order_the_classes():
    assert [
        u.rank for u in (Urgency.NORMAL, Urgency.URGENT, Urgency.VERY_URGENT, Urgency.MOST_URGENT)
    ] == [0, 1, 2, 3]
    assert Secrecy.TOP_SECRET.rank > Secrecy.SECRET.rank > Secrecy.CONFIDENTIAL.rank > 0
    assert Urgency.MOST_URGENT.label("en") == "Most urgent"
    assert Secrecy.CONFIDENTIAL.label() == "ลับ"
