"""Things a typist keeps together: no line breaks inside an abbreviation with its number, a
document number, a date, a time, a number with its unit, a title with a name, a telephone
number, an e-mail or a URL (keep.py, Segmenter.tokens, LineBreaker.lines); ordinary text still
breaks between its words; a box wider than the line is cut between words before clusters."""

from __future__ import annotations

import io
import random
import re
import unicodedata

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import cm

from desktop_app.domain.letters import Letter
from desktop_app.domain.thai_text import to_arabic_digits, to_thai_digits
from desktop_app.reports.letters import LetterRenderer, prose_digits
from desktop_app.reports.typesetting import (
    LineBreaker,
    Segmenter,
    ShapingFont,
    TextStyle,
    Token,
)
from desktop_app.reports.typesetting.keep import keep_spans, kept_units, rules
from desktop_app.resources import fonts_dir

FONT = ShapingFont(fonts_dir() / "Laksaman.ttf")
OFFICE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
OFFICE_WORDS = ["สำนักงาน", "ส่งเสริม", "การปกครอง", "ท้องถิ่น", "จังหวัด", "แม่ฮ่องสอน"]
SEGMENTER = Segmenter([OFFICE])
STYLE = TextStyle(FONT, 16, align="justify")

# One list per kind, each unit as a letter prints it (Thai digits); the tests add the Arabic
# form and, where a typist may leave them out, the form without spaces.
UNITS = {
    "abbreviation with its number": [
        "พ.ศ. ๒๕๖๙",
        "ม. ๓",
        "ข้อ ๑๔",
        "มาตรา ๔๐",
        "ฉบับที่ ๒",
        "ครั้งที่ ๕",
        "หมู่ที่ ๔",
        "ลำดับที่ ๑๒",
        "เลขที่ ๑๒๓/๔",
        "คำสั่งที่ ๑๒๓/๒๕๖๙",
        "เป้าหมายที่ ๑๗",
        "กทม. ๑๐๓๐๐",
    ],
    "document number": [
        "ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "ที่ มส ๐๐๒๓.๓/๓๕๔",
        "มส ๐๐๒๓.๓/๓๕๔",
        "ศธ ๐๔๐๐๗.๐๖/๑๒๓",
    ],
    "date": [
        "๕ มีนาคม ๒๕๖๙",
        "๖ มี.ค. ๖๙",
        "วันที่ ๓๐ มกราคม ๒๕๖๙",
        "วันศุกร์ที่ ๓๐ มกราคม ๒๕๖๙",
        "๑๙ พฤศจิกายน พ.ศ. ๒๕๕๕",
        "๑ ต.ค. ๒๕๖๘",
    ],
    "time": ["๐๘.๓๐ น.", "๑๐:๓๐ น.", "๐๘.๓๐ - ๑๖.๓๐ น."],
    "number": [
        "๑,๕๖๕,๘๕๐",
        "๒.๕",
        "๑,๒๓๔.๕๐",
        "จำนวน ๑ ชุด",
        "๓ วัน",
        "๑๐๐ บาท",
        "๒ ฉบับ",
        "๕ แห่ง",
        "๑๒ คน",
        "๓๐ %",
        "๑,๕๖๕,๘๕๐ บาท",
        "๔-๖ เดือน",
    ],
    "name": [
        "นายสมชาย ใจดี",
        "นางสาวอัญชลี พรหมโคตร",
        "นางสมศรี มีสุข",
        "ว่าที่ร้อยตรีสมชาย ใจดี",
        "ดร. สมหญิง ใจงาม",
        "นายศิริพันธ์ ศรีกงพลี",
        "นายสมชาย ณ อยุธยา",
    ],
    "phone": ["๐-๕๓๖๑-๒๘๔๑ ต่อ ๓๓", "๐ ๒๒๔๑ ๙๐๐๐", "๐๕๓-๖๑๒๘๔๑", "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๒๑๒"],
    "link": ["saraban_msn@dla.go.th", "https://www.dla.go.th/servlet/DocumentServlet"],
}
# Spaces a typist may leave out without changing what the unit is.
NO_SPACES = {"abbreviation with its number", "document number", "date", "time", "number", "phone"}


def variants(kind: str, unit: str) -> list[str]:
    forms = {unit, to_arabic_digits(unit)}
    if kind in NO_SPACES:
        forms |= {form.replace(" ", "") for form in forms}
    return sorted(forms)


ALL_UNITS = [
    (kind, form) for kind, units in UNITS.items() for unit in units for form in variants(kind, unit)
]
# Thai prose around a unit: nothing, a space, or words run on without a space.
SURROUNDINGS = [
    ("", ""),
    ("ขอแจ้งว่า ", " เป็นต้นไป"),
    ("ตามที่ได้แจ้งไว้แล้ว ", " นั้น"),
    ("ขอให้ดำเนินการ", " ให้ทราบ"),
]


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def breaks_inside(tokens: list[Token], start: int, end: int) -> list[int]:
    """Offsets strictly inside [start, end) where the tokens let a line break."""
    found, offset = [], 0
    for token in tokens:
        token_start, offset = offset, offset + len(token.text)
        if token.is_space and token.break_after and start < offset and token_start < end:
            found.append(token_start)  # a breaking space inside (or touching into) the unit
        elif token.break_after and start < offset < end:
            found.append(offset)
    return found


def offsets(tokens: list[Token]) -> list[tuple[int, Token]]:
    """Each token with the offset it starts at."""
    found, offset = [], 0
    for token in tokens:
        found.append((offset, token))
        offset += len(token.text)
    return found


def line_ends(text: str, lines) -> list[int]:  # type: ignore[no-untyped-def]
    """Where each line but the last ends in ``text`` (the space a break swallows excluded)."""
    position, ends = 0, []
    for line in lines:
        while position < len(text) and text[position] == " ":
            position += 1
        assert text.startswith(line.text, position), (text, position, line.text)
        position += len(line.text)
        ends.append(position)
    assert position == len(text)
    return ends[:-1]


def natural_width(style: TextStyle, text: str) -> float:
    return LineBreaker(style, SEGMENTER).lines(text, 100_000)[0].width


# -- the rules ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "example"), [(rule.name, example) for rule in rules() for example in rule.examples]
)
def test_each_rule_keeps_its_documented_examples_whole(rule, example):
    (matched,) = [r for r in rules() if r.name == rule]
    assert any(m.span() == (0, len(example)) for m in matched.pattern.finditer(example))
    assert kept_units(example) == [example]


def surroundings(kind: str, unit: str) -> list[tuple[str, str]]:
    """Where ``unit`` is tried. A document number's letter code starts a word: run on to the
    word before, it must come with its "ที่" ("ตามหนังสือที่มท ...")."""
    if kind == "document number" and not unit.startswith("ที่"):
        return [around for around in SURROUNDINGS if not around[0] or around[0].endswith(" ")]
    return SURROUNDINGS


@pytest.mark.parametrize(("kind", "unit"), ALL_UNITS)
def test_every_kind_is_one_unit_in_both_digit_systems_with_or_without_spaces(kind, unit):
    for before, after in surroundings(kind, unit):
        text = before + unit + after
        start = len(before)
        spans = keep_spans(text)
        assert any(a <= start and start + len(unit) <= b for a, b in spans), (kind, text, spans)


@pytest.mark.parametrize(("kind", "unit"), ALL_UNITS)
def test_the_segmenter_offers_no_break_inside_a_unit(kind, unit):
    for before, after in surroundings(kind, unit):
        text = before + unit + after
        tokens = SEGMENTER.tokens(text)
        assert "".join(t.text for t in tokens) == text
        start, end = len(before), len(before) + len(unit)
        assert breaks_inside(tokens, start, end) == [], (kind, text)
        # The spaces around the unit still break.
        spaces = {offset: token for offset, token in offsets(tokens) if token.is_space}
        for edge in (start - 1, end) if before.endswith(" ") else (end,):
            if edge in spaces:
                assert spaces[edge].break_after, (text, edge)
            else:
                assert not after.startswith(" "), (text, edge)


def test_a_space_inside_a_unit_is_a_space_that_does_not_break():
    tokens = SEGMENTER.tokens("ขอแจ้งว่า พ.ศ. ๒๕๖๙ เป็นต้นไป")
    spaces = [t for t in tokens if t.is_space]
    assert [t.break_after for t in spaces] == [True, False, True]
    boxes = LineBreaker(STYLE, SEGMENTER)._boxes(tokens)
    assert ["".join(t.text for t in box) for box in boxes if not box[0].is_space][-2] == (
        "พ.ศ. ๒๕๖๙"
    )


@pytest.mark.parametrize(("kind", "unit"), ALL_UNITS)
def test_no_line_ends_inside_a_unit_at_any_width(kind, unit):
    style = STYLE.but(first_indent=1 * cm)
    breaker = LineBreaker(style, SEGMENTER)
    text = f"ขอให้ดำเนินการตามที่ได้แจ้ง {unit} ภายในกำหนด {unit} และรายงานผลให้ทราบ"
    starts = [m.start() for m in re.finditer(re.escape(unit), text)]
    assert len(starts) == 2
    smallest = natural_width(style, unit) + style.first_indent + 1
    width = smallest
    while width < 16 * cm:
        lines = breaker.lines(text, width)
        for end in line_ends(text, lines):
            for start in starts:
                assert not start < end < start + len(unit), (kind, text, width, end)
        width += 0.23 * cm


# -- ordinary text still breaks ----------------------------------------------------------------
def test_ordinary_text_still_breaks_between_its_words():
    text = "กรมส่งเสริมการปกครองท้องถิ่นได้จัดทำเอกสารเผยแพร่องค์ความรู้จากการประชุมสัมมนา"
    tokens = SEGMENTER.tokens(text)
    assert len(tokens) >= 6
    assert all(token.break_after for token in tokens)  # a break after every word
    assert len(breaks_inside(tokens, 0, len(text))) == len(tokens) - 1
    lines = LineBreaker(STYLE, SEGMENTER).lines(text, 4 * cm)
    assert len(lines) >= 3
    assert "".join(line.text for line in lines) == text


@pytest.mark.parametrize(
    "text",
    [
        "นายอำเภอ ทุกอำเภอ",  # a position, not a title and a name
        "นายกเทศมนตรีตำบลแม่สาย อำเภอแม่สาย",
        "ที่ประชุม ได้พิจารณา",
        "ในปี ที่ผ่านมา",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    ],
)
def test_spaces_outside_units_still_break(text):
    first_space = text.index(" ")
    assert all(a > first_space or b <= first_space for a, b in keep_spans(text)), keep_spans(text)
    tokens = SEGMENTER.tokens(text)
    space = next(t for t in tokens if t.is_space)
    assert space.break_after


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("วันที่ ๓๐ มกราคม ๒๕๖๙ รูปแบบผสม", "วันที่ ๓๐ มกราคม ๒๕๖๙"),  # "รูป" is a unit word
        ("อายุ ๖๐ ปีงบประมาณ", "๖๐"),
        ("เป็นเวลา ๒ ปีขึ้นไป", "เป็นเวลา ๒ ปี"),
    ],
)
def test_a_unit_word_after_a_number_must_be_a_whole_word(text, kept):
    tokens = SEGMENTER.tokens(text)
    start = text.index(kept)
    assert breaks_inside(tokens, start, start + len(kept)) == []
    assert breaks_inside(tokens, start + len(kept) - 1, start + len(kept) + 2)  # breaks after


def test_a_unit_wider_than_the_line_breaks_at_its_own_spaces_first():
    unit = "วันศุกร์ที่ ๓๐ มกราคม ๒๕๖๙"
    style = STYLE.but(align="left")
    widest_part = max(natural_width(style, part) for part in unit.split())
    lines = LineBreaker(style, SEGMENTER).lines(unit, widest_part + 1)
    assert len(lines) > 1
    assert all(line.text.strip() in unit.split() or " " in line.text for line in lines)
    assert [w for line in lines for w in line.text.split()] == unit.split()


# -- a property over generated paragraphs ------------------------------------------------------
WORDS = [
    "ขอ",
    "ความร่วมมือ",
    "ดำเนินการ",
    "ประชาสัมพันธ์",
    "เผยแพร่",
    "เอกสาร",
    "องค์ความรู้",
    "ให้",
    "ทราบ",
    "ท้องถิ่น",
    "ญี่ปุ่น",
    "และ",
    "ต่อไป",
    "(Hybrid)",
    "Zoom Webinar",
    "“ท้องถิ่นไทย”",
]


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(st.sampled_from(ALL_UNITS), st.lists(st.sampled_from(WORDS), max_size=6)),
        min_size=1,
        max_size=8,
    ),
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_generated_paragraphs_never_break_inside_a_unit(pieces, seed, spread):
    rng = random.Random(seed)
    text, units = "", []
    for (_kind, unit), words in pieces:
        if text:
            text += " "
        units.append((len(text), len(text) + len(unit)))
        text += unit + " "
        for word in words:  # Thai words run together, some with a space between
            text += word + (" " if rng.random() < 0.3 or word[0].isascii() else "")
        text = text.rstrip()
    style = STYLE.but(first_indent=2.5 * cm * spread)
    widest = max(natural_width(style, text[a:b]) for a, b in units) + style.first_indent
    width = widest + spread * (16 * cm - widest) + 1
    lines = LineBreaker(style, SEGMENTER).lines(text, width)
    for end in line_ends(text, lines):
        assert not any(a < end < b for a, b in units), (text, end, width)
    assert fold("".join(line.text for line in lines)) == fold(text)


# -- a protected name wider than a narrow column ---------------------------------------------
def test_a_protected_name_splits_into_its_words_one_level_at_a_time():
    assert SEGMENTER.inner_words(OFFICE) == [
        "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด",
        "แม่ฮ่องสอน",
    ]
    assert "".join(SEGMENTER.inner_words("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด")) == (
        "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"
    )
    assert len(SEGMENTER.inner_words("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด")) > 2
    assert SEGMENTER.inner_words(f"({OFFICE})")[-1] == "แม่ฮ่องสอน)"
    assert SEGMENTER.inner_words("ท้องถิ่น") == ["ท้องถิ่น"]  # a plain word: clusters only
    # The name is still one token when it fits.
    assert [t.text for t in SEGMENTER.tokens(OFFICE)] == [OFFICE]


def _is_made_of_words(text: str) -> bool:
    return re.fullmatch("(?:" + "|".join(OFFICE_WORDS) + ")+", text) is not None


def test_the_office_name_in_a_narrow_column_is_cut_between_its_words_only():
    style = STYLE.but(align="left")
    breaker = LineBreaker(style, SEGMENTER)
    widest_word = max(natural_width(style, word) for word in OFFICE_WORDS)
    full = natural_width(style, OFFICE)
    width = widest_word + 1
    tried = 0
    while width < full:
        lines = breaker.lines(f"{OFFICE}\nศาลากลางจังหวัดแม่ฮ่องสอน ถนนขุนลุมประพาส", width)
        name_lines = lines[: next(i for i, x in enumerate(lines) if "ศาลา" in x.text)]
        assert len(name_lines) > 1
        assert "".join(line.text for line in name_lines) == OFFICE
        for line in name_lines:
            assert _is_made_of_words(line.text), (width, [x.text for x in name_lines])
            assert line.indent + line.width <= width + 0.01
        tried += 1
        width += 0.2 * cm
    assert tried > 10


def test_a_single_word_wider_than_the_line_is_still_cut_between_clusters():
    lines = LineBreaker(STYLE.but(align="left"), SEGMENTER).lines("ท้องถิ่น", 0.6 * cm)
    assert len(lines) > 1
    assert "".join(line.text for line in lines) == "ท้องถิ่น"
    assert all(not unicodedata.combining(line.text[0]) for line in lines)


def test_the_external_letter_never_cuts_its_office_name_inside_a_word():
    renderer = LetterRenderer(segmenter=Segmenter())
    letter = Letter.from_json(
        {
            "kind": "external",
            "doc_no": "มส 0023.3/ว 354",
            "date": "2026-03-12",
            "to": ["ผู้ว่าราชการจังหวัดเชียงใหม่"],
            "subject": "การเผยแพร่องค์ความรู้",
            "body": ["ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า ได้จัดทำเอกสารเผยแพร่องค์ความรู้"],
            "office": OFFICE,
            "office_address": "ศาลากลางจังหวัดแม่ฮ่องสอน ถนนขุนลุมประพาส",
            "owner_unit": "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
            "digits": "thai",
        }
    )
    pdf = renderer.render_bytes(letter)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = page.extract_text()
        words = [w["text"] for w in page.extract_words()]
    assert fold(OFFICE) in fold(text)
    pieces = [w for w in words if w and w in OFFICE and len(w) > 3]
    assert pieces, words
    assert all(_is_made_of_words(piece) for piece in pieces), pieces
    assert not any(w.endswith("ท้อ") for w in words)


# -- digits ------------------------------------------------------------------------------------
def test_prose_digits_keep_latin_terms_arabic():
    text = "โรค COVID-19 ค่า PM2.5 (DLA-CLAIR-MIC) ครั้งที่ 2 เวลา 10:30 น. saraban01@dla.go.th"
    assert prose_digits(text, "thai") == (
        "โรค COVID-19 ค่า PM2.5 (DLA-CLAIR-MIC) ครั้งที่ ๒ เวลา ๑๐:๓๐ น. saraban01@dla.go.th"
    )
    assert prose_digits(to_thai_digits("ครั้งที่ 2"), "arabic") == "ครั้งที่ 2"


@pytest.mark.parametrize("width_cm", [3.0, 4.5, 6.0, 7.5])
def test_a_place_word_stays_with_its_name_in_a_narrow_column(width_cm):
    """The external letter's office column (user trial): a long office name comes apart
    before "จังหวัด", and an address line breaks before "จังหวัด", never after it."""
    segmenter = Segmenter([OFFICE])
    for text in (OFFICE, "ถนนขุนลุมประพาส ตำบลจองคำ อำเภอเมือง จังหวัดแม่ฮ่องสอน ๕๘๐๐๐"):
        lines = LineBreaker(STYLE.but(align="left"), segmenter).lines(text, width_cm * cm)
        assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
        for line in lines[:-1]:
            assert not line.text.rstrip().endswith(("จังหวัด", "อำเภอ", "ตำบล")), [
                line.text for line in lines
            ]
