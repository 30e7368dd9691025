"""Letters against TH Sarabun's own metrics and the typist's rules (issue 8): glyph size and
line pitch as TH Sarabun 16 pt draws them, no ink of two lines touching, gaps only as
distributed alignment opens them, the stamped letter's form, marks that never overlap, the
continuation cue, the closing never alone on a page, and the office's installed TH Sarabun
found and preferred."""

from __future__ import annotations

import io
import itertools
import json
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import cm

from desktop_app.domain.classes import Secrecy
from desktop_app.domain.letters import Letter, Signer
from desktop_app.reports.letters import (
    BOTTOM_MARGIN,
    GARUDA_HEIGHT,
    GARUDA_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    STAMP_SPACE,
    TEXT_WIDTH,
    LetterFonts,
    LetterRenderer,
)
from desktop_app.reports.typesetting import LineBreaker, Segmenter, ShapingFont, TextStyle
from desktop_app.reports.typesetting.fonts import th_sarabun_metrics
from desktop_app.reports.typesetting.layout import (
    MAX_CLUSTER_GAP_EM,
    SPACE_SHARE,
    place_line,
    spreads,
)
from desktop_app.reports.typesetting.system_fonts import find_th_sarabun
from desktop_app.resources import fonts_dir

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_LETTER = ROOT / "benchmarks" / "forwarding_letter.json"
REFERENCE = th_sarabun_metrics()
BODY = 16.0
# Stacked marks: tone marks over upper vowels, lower vowels under tall consonants.
STACKED = [
    "ปี๊บ", "ฟื้น", "ปั้น", "ฝั่ง", "ญี่ปุ่น", "ฎีกา", "ฐู", "ฏุ", "ฤๅษี", "ปู่", "ฟู้", "ป่ำ",
    "ศึกษาธิการ", "สิ้นสุด", "ที่นี่", "ก๊วยเตี๋ยว", "จ๋า", "ฬ้", "ญุ", "ฦๅ", "ปิ่นโต", "ฝุ่นละออง",
    "น้ำท่วม", "ผู้สูงอายุ", "ทั้งนี้", "ปัญญา", "บุญคุ้ม", "กฎหมาย",
]  # fmt: skip


@pytest.fixture(scope="module")
def renderer() -> LetterRenderer:
    return LetterRenderer()


def sample() -> Letter:
    return Letter.from_json(json.loads(SAMPLE_LETTER.read_text(encoding="utf-8")))


# -- size and pitch: TH Sarabun's own numbers ------------------------------------------------
def test_the_bundled_font_draws_thai_as_th_sarabun_16pt_does():
    font = LetterFonts.bundled().regular
    # Laksaman is TH Sarabun New enlarged 1.5 times: drawn at two thirds of the size asked.
    assert font.apparent_scale == pytest.approx(1 / 1.5, rel=0.01)
    thai = [chr(c) for c in range(0x0E01, 0x0E2F)] + list("๐๑๒๓๔๕๖๗๘๙")
    for char in thai:
        ours = font.width(char, BODY)
        theirs = REFERENCE.advance(char) * BODY
        assert ours == pytest.approx(theirs, rel=0.03, abs=0.1), char
        gid = font._hb_font.get_nominal_glyph(ord(char))
        top = font._hb_font.get_glyph_extents(gid).y_bearing * font.points_per_unit(BODY)
        assert top == pytest.approx(REFERENCE.height(char) * BODY, rel=0.03, abs=0.1), char
    # Single spacing as Word sets TH Sarabun New 16 pt: usWinAscent + usWinDescent.
    assert font.line_pitch(BODY) == pytest.approx(REFERENCE.line_pitch(BODY), rel=0.01)
    assert REFERENCE.line_pitch(BODY) == pytest.approx(20.8, abs=0.05)


def test_the_sample_forwarding_letter_fits_one_page_at_th_sarabun_pitch(renderer):
    pdf = renderer.render_bytes(sample())
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1  # as the office's real letter
        page = document.pages[0]
        # The body's baselines, one line pitch apart (the first paragraph's lines).
        words = [w for w in page.extract_words(extra_attrs=["size"]) if w["x0"] < 4 * cm]
        tops = sorted({round(w["bottom"], 2) for w in words if w["size"] < 12})
    steps = [b - a for a, b in itertools.pairwise(tops) if b - a < 25]
    assert len(steps) >= 5
    for step in steps:
        assert step == pytest.approx(REFERENCE.line_pitch(BODY), abs=0.05)


# -- no two lines' ink overlaps --------------------------------------------------------------
def ink_collisions(style: TextStyle, text: str, width: float) -> int:
    """How many pairs of consecutive lines have ink that overlaps vertically (the lower
    marks of one line reaching the upper marks of the next), from the glyphs' outlines."""
    segmenter = Segmenter()
    lines = LineBreaker(style, segmenter).lines(text, width)
    extents = [style.font.ink_extent(line.text, style.size) for line in lines]
    collisions = 0
    for upper, lower in itertools.pairwise(extents):
        # Baselines are line_height apart: the upper line's lowest ink must stay above the
        # lower line's highest.
        if upper[1] + style.line_height <= lower[0]:
            collisions += 1
    return collisions


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_no_two_lines_ink_overlaps_in_paragraphs_full_of_stacked_marks(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(STACKED) + (" " if rng.random() < 0.2 else "") for _ in range(300))
    style = TextStyle(LetterFonts.bundled().regular, BODY, align="justify")
    assert ink_collisions(style, text, TEXT_WIDTH) == 0


def test_the_collision_check_finds_the_old_fixed_spacing_colliding():
    """The old letters: Laksaman at its own size with a 1.35 x 16 pt leading."""
    big = ShapingFont(fonts_dir() / "Laksaman.ttf")
    big.apparent_scale = 1.0
    style = TextStyle(big, BODY, leading=BODY * 1.35)
    text = "".join(STACKED * 12)
    assert ink_collisions(style, text, TEXT_WIDTH) > 0


# -- justification: gaps only as distributed alignment opens them ----------------------------
def test_justified_lines_open_even_gaps_between_clusters_and_a_little_more_at_spaces(renderer):
    style = renderer.styles.body
    breaker = LineBreaker(style, renderer.segmenter)
    text = " ".join(sample().body) * 3
    lines = breaker.lines(text, TEXT_WIDTH)
    cap = MAX_CLUSTER_GAP_EM * style.size
    widest_per_line = []
    tight_pairs = 0
    for line in lines[:-1]:
        breaker.justify(line, TEXT_WIDTH)
        placed = place_line(line, 0.0, 0.0, TEXT_WIDTH, style)
        spacing = [p for p in placed if not p.glyph.is_mark]
        pairs = list(itertools.pairwise(spacing))
        # Inside a run of Latin letters, digits or symbols ("J.CLAIR", "๐๘.๓๐") no gap opens.
        tight = [p.extra_width for p, q in pairs if not spreads(p.glyph, q.glyph)]
        assert all(extra == 0.0 for extra in tight)
        tight_pairs += len(tight)
        inside = [
            p.extra_width
            for p, q in pairs
            if spreads(p.glyph, q.glyph) and not p.glyph.text.isspace()
        ]
        at_spaces = [p.extra_width for p in spacing[:-1] if p.glyph.text.isspace()]
        widest_per_line.append(max(inside))
        # Every other gap between clusters is the same: none opens inside a phrase on its own.
        assert max(inside) - min(inside) < 1e-6
        assert max(inside) <= cap + 1e-6
        for extra in at_spaces:
            assert extra == pytest.approx(max(inside) * (1 + SPACE_SHARE))
        # The line reaches the right margin unless the cap stopped it.
        end = spacing[-1].x + spacing[-1].glyph.x_advance * style.font.points_per_unit(BODY)
        if max(inside) < cap - 1e-6:
            assert end == pytest.approx(TEXT_WIDTH, abs=0.05)
    # Measured: the widest gap between clusters of any line, in ems.
    assert max(widest_per_line) / style.size <= MAX_CLUSTER_GAP_EM
    assert tight_pairs > 50  # the sample's English names, numbers and times were checked


# -- the stamped letter's form ---------------------------------------------------------------
def test_the_stamped_letter_has_office_then_stamp_and_initials_then_date(renderer):
    pdf = renderer.render_bytes(sample())
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = page.extract_text()
        words = page.extract_words()
    assert "เรื่อง" not in text and "สิ่งที่ส่งมาด้วย" not in text and "อ้างถึง" not in text
    office = next(w for w in words if w["text"] == "จังหวัดแม่ฮ่องสอน" and w["x0"] > TEXT_WIDTH / 3)
    initials = next(w for w in words if w["text"] == "ศกพ.")
    date = next(w for w in words if w["text"].startswith("๑๒") and w["x0"] > TEXT_WIDTH / 3)
    unit = next(w for w in words if w["text"].startswith("สำนักงานส่งเสริม"))
    assert office["top"] < initials["top"] < date["top"] < unit["top"]
    assert date["top"] - office["bottom"] >= STAMP_SPACE * 0.9  # room for the stamp


# -- pages: marks never overlap; the continuation cue; the closing never alone --------------
def long_letter(paragraphs: int, **changes) -> Letter:  # type: ignore[no-untyped-def]
    body = sample().body
    values = {
        "kind": "external",
        "salutation": "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
        "body": tuple(body[i % len(body)] for i in range(paragraphs)),
        "signer": Signer("นายทดสอบ ระบบดี", "ท้องถิ่นจังหวัดแม่ฮ่องสอน"),
    }
    return replace(sample(), **{**values, **changes})


def red_and_black_rows(
    pdf: bytes, page: int, columns: tuple[float, float] = (0, PAGE_WIDTH), scale: float = 2.0
) -> tuple[set[int], set[int]]:
    """The pixel rows (in points from the top) holding red ink and black ink, between
    ``columns`` (points from the left)."""
    document = pypdfium2.PdfDocument(pdf)
    image = document[page].render(scale=scale).to_pil().convert("RGB")
    red, black = set(), set()
    pixels = image.load()
    for y in range(image.height):
        for x in range(int(columns[0] * scale), int(columns[1] * scale), 2):
            r, g, b = pixels[x, y]
            if r > 150 and g < 90 and b < 90:
                red.add(int(y / scale))
            elif r < 90 and g < 90 and b < 90:
                black.add(int(y / scale))
    return red, black


def test_the_secrecy_mark_never_overlaps_the_garuda_or_the_page_number(renderer, tmp_path):
    from PIL import Image, ImageDraw

    emblem = tmp_path / "garuda.png"
    picture = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(picture).ellipse((0, 0, 299, 299), fill=(20, 20, 20))
    picture.save(emblem)
    with_emblem = LetterRenderer(fonts=renderer.fonts, segmenter=renderer.segmenter, garuda=emblem)
    letter = long_letter(6, secrecy=Secrecy.SECRET)
    pdf = with_emblem.render_bytes(letter)
    garuda_rows = set(range(int(GARUDA_TOP), int(GARUDA_TOP + GARUDA_HEIGHT)))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 2
    # Above the Garuda, in its columns (the urgency mark at the left is level with it).
    centre = (PAGE_WIDTH / 2 - GARUDA_HEIGHT / 2, PAGE_WIDTH / 2 + GARUDA_HEIGHT / 2)
    red, black = red_and_black_rows(pdf, 0, centre)
    top_red = {y for y in red if y < PAGE_HEIGHT / 2}
    assert top_red and black & garuda_rows and not top_red & garuda_rows
    red, black = red_and_black_rows(pdf, 1)
    top_red = {y for y in red if y < 2.5 * cm}
    number_rows = {y for y in black if y < 2.5 * cm}  # "-๒-"
    assert top_red and number_rows and not top_red & number_rows
    bottom_red = {y for y in red if y > PAGE_HEIGHT / 2}
    body_rows = {y for y in black if PAGE_HEIGHT - BOTTOM_MARGIN > y > 2.5 * cm}
    assert bottom_red and max(body_rows) < min(bottom_red)


def test_every_page_but_the_last_ends_with_the_next_pages_first_word(renderer):
    pdf = renderer.render_bytes(long_letter(9))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = document.pages
        assert len(pages) >= 3
        for number, page in enumerate(pages):
            bottom = [
                w
                for w in page.extract_words()
                if w["top"] > PAGE_HEIGHT - BOTTOM_MARGIN - 2 and w["text"].endswith("...")
            ]
            if number == len(pages) - 1:
                assert not bottom
                continue
            assert len(bottom) == 1
            cue = bottom[0]
            assert cue["text"].startswith("/")
            assert cue["x1"] == pytest.approx(PAGE_WIDTH - RIGHT_MARGIN, abs=1)
            following = pages[number + 1]
            body = [w for w in following.extract_words() if w["top"] > 2.4 * cm]
            first = min(body, key=lambda w: (round(w["top"]), w["x0"]))
            assert first["text"].startswith(cue["text"][1:-3])


def test_no_page_begins_with_the_closing_signature_or_contact_lines(renderer):
    """Over letters whose body ends at every point of a page, the closing always has body
    lines above it on its page."""
    words = sample().body[0].split(" ")
    for count in range(20, len(words) * 3, 7):
        text = " ".join((words * 3)[:count])
        letter = long_letter(2, body=(sample().body[0], text))
        pdf = renderer.render_bytes(letter)
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            for page in document.pages:
                found = page.search("ขอแสดงความนับถือ")
                if not found:
                    continue
                above = [
                    w
                    for w in page.extract_words()
                    if w["bottom"] < found[0]["top"] and w["top"] > 2.4 * cm
                ]
                # At least the body's last two lines (and not just the page number).
                assert len({round(w["top"]) for w in above}) >= 2, count


# -- the office's installed TH Sarabun -------------------------------------------------------
def stand_in(folder: Path, family: str, style: str, file_name: str) -> Path:
    """A TH Sarabun stand-in: Laksaman renamed, its units per em enlarged 1.5 times so its
    glyphs come out at TH Sarabun's size (as a real TH Sarabun's do)."""
    from fontTools.ttLib import TTFont

    source = "Laksaman-Bold.ttf" if style == "Bold" else "Laksaman.ttf"
    font = TTFont(str(fonts_dir() / source))
    font["head"].unitsPerEm = 1500
    names = font["name"]
    names.names = [record for record in names.names if record.platformID == 3]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (2, 17):
            names.setName(style, record.nameID, record.platformID, record.platEncID, record.langID)
    path = folder / file_name
    folder.mkdir(parents=True, exist_ok=True)
    font.save(str(path))
    return path


def test_an_installed_th_sarabun_is_found_by_its_name_and_preferred_it9_first(tmp_path):
    pytest.importorskip("fontTools")
    windows = tmp_path / "Windows" / "Fonts"
    linux = tmp_path / "share" / "fonts" / "thai"
    # Not TH Sarabun whatever the file is called: the font's own name decides.
    linux.mkdir(parents=True)
    shutil.copy(fonts_dir() / "Laksaman.ttf", linux / "THSarabunNew.ttf")
    assert find_th_sarabun([windows, linux]) is None
    stand_in(linux, "TH Sarabun New", "Regular", "THSarabunNew2.ttf")
    found = find_th_sarabun([windows, linux])
    assert found is not None and found.family == "TH Sarabun New" and found.bold is None
    regular = stand_in(windows, "TH SarabunIT๙", "Regular", "THSarabunIT๙.ttf")
    bold = stand_in(windows, "TH SarabunIT๙", "Bold", "THSarabunIT๙ Bold.ttf")
    stand_in(windows, "TH SarabunPSK", "Regular", "THSarabun.ttf")
    found = find_th_sarabun([windows, linux])
    assert found is not None
    assert (found.family, found.regular, found.bold) == ("TH SarabunIT๙", regular, bold)
    fonts = LetterFonts.from_files(found.regular, found.bold)
    # A font of TH Sarabun's size is drawn at the size asked for.
    assert fonts.regular.apparent_scale == 1.0 and fonts.bold.apparent_scale == 1.0
    assert fonts.regular.line_pitch(BODY) == pytest.approx((1270 + 687) / 1500 * BODY)


def test_wrapped_numbered_items_hang_under_their_text_not_their_number(renderer):
    """อ้างถึง / สิ่งที่ส่งมาด้วย with several items (user trial): an item's later lines start
    where its text starts, after "๒. ", as a typist sets a numbered list."""
    long_item = ("หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙ " * 3).strip()
    letter = Letter.from_json(
        {
            "kind": "external",
            "doc_no": "มส 0023.3/1",
            "subject": "ทดสอบ",
            "salutation": "นายอำเภอเมืองแม่ฮ่องสอน",
            "references": ["หนังสือจังหวัด", long_item],
            "enclosures": [long_item, "สำเนาหนังสือ"],
            "body": ["ทดสอบ"],
            "office": "จังหวัดแม่ฮ่องสอน",
        }
    )
    with pdfplumber.open(io.BytesIO(renderer.render_bytes(letter))) as document:
        words = document.pages[0].extract_words()
    rows: dict[int, list[dict]] = {}
    for word in words:
        rows.setdefault(round(word["top"]), []).append(word)
    ordered = [sorted(row, key=lambda w: w["x0"]) for _top, row in sorted(rows.items())]
    checked = 0
    for index, row in enumerate(ordered[:-1]):
        texts = [w["text"] for w in row]
        for label in ("๑.", "๒."):
            if label not in texts:
                continue
            at = texts.index(label)
            if not texts[at + 1].startswith("หนังสือกรม"):
                continue  # a short item: it fits on its line
            item_x = row[at + 1]["x0"]  # where the item's text starts
            following = ordered[index + 1]
            assert following[0]["x0"] == pytest.approx(item_x, abs=1.0), (texts, following)
            checked += 1
    assert checked >= 2  # the long reference and the long enclosure both wrapped
