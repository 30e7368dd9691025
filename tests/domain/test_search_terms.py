"""The search rule every search box shares: abbreviations both ways, tone marks as a fallback,
where a match is (for highlighting)."""

from __future__ import annotations

import pytest
from hypothesis import given

from desktop_app.domain.search_terms import (
    ABBREVIATIONS_FILE,
    FEW_EXACT,
    AbbreviationTable,
    Closeness,
    closeness,
    fold_stored,
    match_spans,
    parse_search,
    rank_matches,
    strip_tones,
)
from desktop_app.domain.thai_text import search_fold
from desktop_app.resources import data_file
from tests.domain.test_thai_text import thai_words

TABLE = AbbreviationTable.parse(data_file(ABBREVIATIONS_FILE).read_text(encoding="utf-8"))

# What clerks type, and a stored text each must find.
ABBREVIATED = [
    ("อบต.ผาบ่อง", "องค์การบริหารส่วนตำบลผาบ่อง"),
    ("อบต. ผาบ่อง", "องค์การบริหารส่วนตำบลผาบ่อง"),
    ("อบตผาบ่อง", "องค์การบริหารส่วนตำบลผาบ่อง"),
    ("ทต.แม่สะเรียง", "เทศบาลตำบลแม่สะเรียง"),
    ("ทม.แม่ฮ่องสอน", "เทศบาลเมืองแม่ฮ่องสอน"),
    ("ทน.เชียงใหม่", "เทศบาลนครเชียงใหม่"),
    ("อบจ.แม่ฮ่องสอน", "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน"),
    ("อ.ปาย", "อำเภอปาย"),
    ("อ. ปาย", "อำเภอปาย"),
    ("จ.แม่ฮ่องสอน", "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน"),
    ("สถ.", "กรมส่งเสริมการปกครองท้องถิ่น"),
    ("มท.", "กระทรวงมหาดไทย"),
    ("สถจ.แม่ฮ่องสอน", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"),
    ("สถจ.แม่ฮ่องสอน", "ท้องถิ่นจังหวัดแม่ฮ่องสอน"),
    ("อปท.", "องค์กรปกครองส่วนท้องถิ่น"),
    ("ทต.", "เทศบาลตำบลปางหมู"),
    ("อบจ.", "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน"),
]


def finds(query: str, stored: str) -> bool:
    return closeness(parse_search(query, TABLE), search_fold(stored)) is Closeness.EXACT


@pytest.mark.parametrize(("typed", "stored"), ABBREVIATED)
def test_an_abbreviation_finds_the_full_name(typed, stored):
    assert finds(typed, stored)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("องค์การบริหารส่วนตำบลผาบ่อง", "อบต.ผาบ่อง"),
        ("องค์การบริหารส่วนตำบลผาบ่อง", "อบต. ผาบ่อง"),
        ("องค์การบริหารส่วนตำบล ผาบ่อง", "อบต ผาบ่อง"),
        ("อำเภอปาย", "อ.ปาย"),
        ("เทศบาลตำบล", "ทต.แม่สะเรียง"),
        ("เทศบาลเมืองแม่ฮ่องสอน", "ทม. แม่ฮ่องสอน"),
        ("กระทรวงมหาดไทย", "ที่ มท. ๐๘๑๐"),
        ("องค์การบริหารส่วนจังหวัด", "นายก อบจ.แม่ฮ่องสอน"),
        ("ท้องถิ่นจังหวัดแม่ฮ่องสอน", "สถจ.แม่ฮ่องสอน"),
    ],
)
def test_the_full_name_finds_the_abbreviation(typed, stored):
    assert finds(typed, stored)


def test_an_abbreviation_does_not_find_another_kind():
    assert not finds("อบต.ผาบ่อง", "เทศบาลตำบลผาบ่อง")
    assert not finds("ทต.", "องค์การบริหารส่วนตำบลผาบ่อง")
    assert not finds("อ.ปาย", "ตำบลปาย")  # "อ." is not "ต."


def test_an_abbreviation_typed_alone_belongs_to_the_next_word():
    (term,) = parse_search("อบต. ผาบ่อง", TABLE)
    assert term.typed == "อบต.ผาบ่อง"
    assert "องค์การบริหารส่วนตำบลผาบ่อง" in term.spellings
    # Without its dot, it is a word of its own (each word must match).
    assert [t.typed for t in parse_search("อบต ผาบ่อง", TABLE)] == ["อบต", "ผาบ่อง"]
    assert [t.typed for t in parse_search("ประชุม อ.", TABLE)] == ["ประชุม", "อ."]


def test_spellings_start_with_the_term_as_typed_and_skip_short_readings():
    spellings = TABLE.spellings("ทต.")
    assert spellings[0] == "ทต."
    assert "เทศบาลตำบล" in spellings
    # "ทต" (two letters) would match far more than "ทต." does.
    assert "ทต" not in spellings
    assert TABLE.spellings("ไฟ") == ("ไฟ",)


@given(word=thai_words)
def test_spellings_always_include_the_typed_term_first(word):
    folded = search_fold(word)
    assert TABLE.spellings(folded)[0] == folded


def test_the_table_is_read_strictly():
    table = AbbreviationTable.parse("# comment\n\nอบต. = องค์การบริหารส่วนตำบล | อบต\n")
    assert table.entries[0].short == "อบต."
    for bad in ("อบต องค์การบริหารส่วนตำบล", "อบต = องค์การบริหารส่วนตำบล", "อบต. = "):
        with pytest.raises(ValueError, match="line 1"):
            AbbreviationTable.parse(bad)


def test_the_shipped_table_holds_the_kinds_clerks_use():
    shorts = {entry.short for entry in TABLE.entries}
    assert {"อบต.", "ทต.", "ทม.", "ทน.", "อบจ.", "อ.", "จ.", "สถ.", "มท.", "สถจ.", "อปท."} <= shorts


# -- tone marks --------------------------------------------------------------------------------
def test_strip_tones_drops_tone_marks_maitaikhu_and_thanthakhat_only():
    assert strip_tones("ผาบ่อง") == "ผาบอง"
    assert strip_tones("ก็ ก่ ก้ ก๊ ก๋ การ์ด") == "ก ก ก ก ก การด"
    assert strip_tones("กิน ข้าว") == "กิน ขาว"  # vowels stay


def test_a_word_without_its_tone_marks_is_a_near_match_only():
    terms = parse_search("ผาบอง", TABLE)
    assert closeness(terms, search_fold("องค์การบริหารส่วนตำบลผาบ่อง")) is Closeness.NEAR
    assert closeness(terms, search_fold("ผาบอง")) is Closeness.EXACT
    assert closeness(terms, search_fold("ผาเบียด")) is None


@given(word=thai_words)
def test_any_word_typed_without_tone_marks_finds_it_near_or_exactly(word):
    stored = search_fold(word)
    terms = parse_search(strip_tones(stored), TABLE)
    if terms:
        assert closeness(terms, stored) is not None


def test_rank_matches_puts_exact_first_and_adds_near_ones_only_when_few():
    names = ["ผาบ่อง", "ผาบอง", "ผาบ้อง", "บ้านผาบอง"]
    folded = [fold_stored(name) for name in names]
    positions, exact = rank_matches(folded, parse_search("ผาบอง", TABLE))
    assert exact == 2
    assert [names[p] for p in positions[:exact]] == ["ผาบอง", "บ้านผาบอง"]
    assert sorted(names[p] for p in positions[exact:]) == ["ผาบ่อง", "ผาบ้อง"]
    many = ["ผาบอง"] * FEW_EXACT + ["ผาบ่อง"]
    positions, exact = rank_matches([fold_stored(n) for n in many], parse_search("ผาบอง", TABLE))
    assert exact == FEW_EXACT and len(positions) == FEW_EXACT


def test_fold_stored_is_search_fold_for_stored_text():
    for text in ("อบต. ผาบ่อง", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "PROJECT Ab", "กรม\u200bส่งเสริม"):
        assert fold_stored(text) == search_fold(text)


# -- where it matched ---------------------------------------------------------------------------
def test_match_spans_point_at_the_typed_text_whatever_its_digits_and_spacing():
    text = "ขอเชิญประชุม ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙"
    (span,) = match_spans(text, parse_search("0810.2/ว1089", TABLE))
    assert text[span[0] : span[1]] == "๐๘๑๐.๒/ว ๑๐๘๙"


def test_match_spans_find_the_full_name_for_an_abbreviation_and_keep_clusters_whole():
    text = "องค์การบริหารส่วนตำบลผาบ่อง อำเภอเมือง"
    (span,) = match_spans(text, parse_search("อบต.ผาบ่อง", TABLE))
    assert text[span[0] : span[1]] == "องค์การบริหารส่วนตำบลผาบ่อง"
    # A match ending on a consonant takes the marks drawn on it.
    (span,) = match_spans("ผู้สูงอายุ", parse_search("ผู", TABLE))
    assert span == (0, 3)


def test_near_spans_ignore_tone_marks():
    text = "แจ้ง อบต.ผาบ่อง"
    assert match_spans(text, parse_search("ผาบอง", TABLE)) == []
    (span,) = match_spans(text, parse_search("ผาบอง", TABLE), bare=True)
    assert text[span[0] : span[1]] == "ผาบ่อง"


def test_spans_of_several_terms_are_sorted_and_merged():
    text = "ประชุมสัมมนา ประชุม"
    spans = match_spans(text, parse_search("ประชุม ชุมสัม", TABLE))
    assert spans == [(0, 9), (13, 19)]
