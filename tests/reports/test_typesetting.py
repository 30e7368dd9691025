"""Thai typesetting: lines inside the margins, breaks only between words, marks where
HarfBuzz puts them, and text that copies out of the PDF exactly (poppler and pdfminer)."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import unicodedata

import pdfplumber
import pytest
import uharfbuzz as hb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop_app.reports.typesetting import (
    LineBreaker,
    Segmenter,
    ShapingFont,
    TextStyle,
    ThaiParagraph,
    draw_lines,
)
from desktop_app.reports.typesetting.layout import MAX_CLUSTER_GAP_EM, clusters
from desktop_app.resources import fonts_dir

WIDTH = A4[0] - 5 * cm
NAMES = ["องค์การบริหารส่วนตำบลผาบ่อง", "เทศบาลเมืองแม่ฮ่องสอน", "อำเภอปางมะผ้า"]
FONT = ShapingFont(fonts_dir() / "Laksaman.ttf")
SEGMENTER = Segmenter(NAMES)
STYLE = TextStyle(FONT, 16, align="justify", first_indent=2.5 * cm)

WORDS = [
    "ท้องถิ่น",
    "ญี่ปุ่น",
    "ปู่",
    "น้ำ",
    "ที่",
    "การประชุม",
    "สัมมนา",
    "วิชาการ",
    "แลกเปลี่ยน",
    "องค์ความรู้",
    "ระหว่าง",
    "ไทย",
    "และ",
    "จังหวัด",
    "ขอความร่วมมือ",
    "พิจารณา",
    "ดำเนินการ",
    "ผู้สูงอายุ",
    "โรงเรียน",
    "งบประมาณ",
    "ประจำปี",
    "กำหนด",
    "ให้",
    "ได้",
    "เพื่อ",
    "ใน",
    "ทราบ",
    "ถือปฏิบัติ",
    "๒๕๖๙",
    "๓๐",
    "(Hybrid)",
    "Zoom Webinar",
    "J.CLAIR",
    "saraban_msn@dla.go.th",
    "https://www.dla.go.th/servlet/DocumentServlet",
    "“ท้องถิ่นไทย”",
    "ฯลฯ",
    "ต่างๆ",
    *NAMES,
]


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def paragraph(seed: int, length: int) -> str:
    """Words drawn at random; Thai words run together, Latin ones and links stand between
    spaces as they do in letters."""
    rng = random.Random(seed)
    parts = []
    for _ in range(length):
        word = rng.choice(WORDS)
        latin = word[0].isascii() and word[0] != "("
        if latin or rng.random() < 0.25:
            parts.append(" ")
        parts.append(word)
        if latin:
            parts.append(" ")
    return re.sub(" +", " ", "".join(parts)).strip()


def build_pdf(texts: list[str]) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2 * cm,
    )
    document.build([ThaiParagraph(text, STYLE, SEGMENTER) for text in texts])
    return buffer.getvalue()


def poppler_text(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def pdfminer_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "".join(page.extract_text() or "" for page in document.pages)


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@needs_poppler
def test_the_sample_circular_copies_out_exactly():
    from pathlib import Path

    sample = Path(__file__).resolve().parents[3] / "shared" / "samples" / "received-circular.txt"
    if sample.exists():
        texts = [
            p.strip()
            for p in sample.read_text(encoding="utf-8").split("\n\n")
            if len(p.strip()) > 150
        ][:8]
    else:
        texts = [paragraph(seed, 80) for seed in range(8)]
    pdf = build_pdf(texts)
    expected = fold("".join(texts))
    assert fold(poppler_text(pdf)) == expected
    assert fold(pdfminer_text(pdf)) == expected


@needs_poppler
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=4),
    st.integers(min_value=5, max_value=90),
)
def test_generated_paragraphs_copy_out_exactly(seeds, length):
    texts = [paragraph(seed, length) for seed in seeds]
    pdf = build_pdf(texts)
    expected = fold("".join(texts))
    assert fold(poppler_text(pdf)) == expected
    assert fold(pdfminer_text(pdf)) == expected


@needs_poppler
def test_a_justified_two_word_line_copies_out_in_order():
    """Found by test_generated_paragraphs_copy_out_exactly (seeds=[240], length=5) in a
    random run; kept as this example until the justification is reworked."""
    texts = [paragraph(240, 5)]
    pdf = build_pdf(texts)
    assert fold(poppler_text(pdf)) == fold("".join(texts))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=120),
    st.sampled_from(["justify", "left", "center", "right"]),
)
def test_lines_stay_inside_the_margins_and_break_only_between_words(seed, length, align):
    text = paragraph(seed, length)
    style = STYLE.but(align=align)
    breaker = LineBreaker(style, SEGMENTER)
    lines = breaker.lines(text, WIDTH)
    for line in lines:
        breaker.justify(line, WIDTH)
    tokens = SEGMENTER.tokens(text)
    boundaries, glued, offset = {0}, set(), 0
    for token in tokens:
        # A protected name may be cut between its own words to fill a loose justified line.
        inner = offset
        for word in SEGMENTER.inner_words(token.text)[:-1]:
            inner += len(word)
            boundaries.add(inner)
        offset += len(token.text)
        boundaries.add(offset)
        if not token.break_after:
            glued.add(offset)
    position = 0
    cap = MAX_CLUSTER_GAP_EM * style.size
    for number, line in enumerate(lines):
        assert line.indent + line.width <= WIDTH + 0.01
        assert all(segment.x >= -0.01 for segment in line.segments)
        assert line.cluster_gap <= cap + 1e-9
        if align == "justify" and not line.last and line.segments and line.cluster_gap < cap:
            assert line.indent + line.width == pytest.approx(WIDTH, abs=0.05)
        while position < len(text) and text[position] == " ":
            position += 1
        if number:  # a line starts where a word starts, never after a glued token
            assert position in boundaries, (text, position)
            assert position not in glued, (text, position)
        assert text.startswith(line.text, position)
        position += len(line.text)
    assert position == len(text)


def test_names_from_the_directory_are_never_split():
    name = "องค์การบริหารส่วนตำบลผาบ่อง"
    text = f"ขอให้{name}และ" * 12
    lines = LineBreaker(STYLE, SEGMENTER).lines(text, WIDTH * 0.6)
    assert len(lines) > 3
    for line in lines:
        assert line.text.count("ผาบ่อง") == line.text.count(name)
        assert line.text.count("องค์การ") == line.text.count(name)


def test_a_url_longer_than_the_line_is_cut_between_clusters_only():
    url = "https://www.dla.go.th/" + "ก่" * 10 + "x" * 120
    lines = LineBreaker(STYLE.but(align="left"), SEGMENTER).lines(url, 6 * cm)
    assert len(lines) > 1
    pieces = [line.text for line in lines]
    assert "".join(pieces) == url
    assert all(not unicodedata.combining(piece[0]) for piece in pieces)


def test_clusters_keep_marks_and_leading_vowels():
    assert clusters("เกี่ยวน้ำ") == ["เกี่", "ย", "ว", "น้ำ"]


def _hb_positions(text: str, size: float) -> list[tuple[int, float, float]]:
    face = hb.Face(hb.Blob(FONT.data))
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {"kern": True, "liga": True})
    scale = FONT.points_per_unit(size)
    pen, out = 0.0, []
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        out.append((info.codepoint, pen + pos.x_offset * scale, pos.y_offset * scale))
        pen += pos.x_advance * scale
    return out


@pytest.mark.parametrize(
    "text", ["ถิ่น", "ญี่ปุ่น", "ปู่", "น้ำ", "ที่", "กรมส่งเสริมการปกครองท้องถิ่น", "ป่ำ ฟุ้ ปั้ ฝ้ำ"]
)
def test_glyphs_in_the_pdf_sit_where_harfbuzz_puts_them(text):
    size, x0, top = 16.0, 100.0, 700.0
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    style = TextStyle(FONT, size, align="left")
    lines = LineBreaker(style, SEGMENTER).lines(text, 1000)
    assert len(lines) == 1
    draw_lines(canvas, lines, x0, top, 1000, style)
    canvas.showPage()
    canvas.save()
    content = (
        PdfReader(io.BytesIO(buffer.getvalue()))
        .pages[0]
        .get_contents()
        .get_data()
        .decode("latin-1")
    )
    # Spacing glyphs: where the PDF's own text machinery puts each (runs of glyphs are one
    # TJ string, each glyph advanced by its declared width), read back by pdfminer.
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as document:
        drawn = [(c["matrix"][4], c["matrix"][5]) for c in document.pages[0].chars]
    # Marks are outlines placed with "q s 0 0 s x y cm /Form Do Q" (s = size / units per em).
    marks = [
        (float(x), float(y))
        for scale, x, y in re.findall(
            r"q ([\d.]+) 0 0 \1 ([-\d.]+) ([-\d.]+) cm /\S+ Do Q", content
        )
        if float(scale) < 1
    ]
    expected = _hb_positions(text, size)
    baseline = top - style.ascent
    ours = sorted(drawn + marks)
    theirs = sorted((x0 + x, baseline + y) for _gid, x, y in expected)
    assert len(ours) == len(theirs)
    for (ax, ay), (bx, by) in zip(ours, theirs, strict=True):
        assert ax == pytest.approx(bx, abs=0.01)
        assert ay == pytest.approx(by, abs=0.01)


@needs_poppler
def test_a_paragraph_never_ends_in_a_runt_that_poppler_reads_first():
    # Set greedily, the last line would be "ทราบ" alone.
    text = "เพื่อ ทราบ J.CLAIR Zoom Webinar ในงบประมาณให้จังหวัดขอความร่วมมือพิจารณา ทราบ"
    breaker = LineBreaker(STYLE, SEGMENTER)
    lines = breaker.lines(text, WIDTH)
    assert len(lines) == 2
    assert lines[-1].width >= STYLE.first_indent  # reaches past the first line's indent
    pdf = build_pdf([text])
    assert fold(poppler_text(pdf)) == fold(text)
    assert fold(pdfminer_text(pdf)) == fold(text)


def test_a_column_narrower_than_one_cluster_still_sets_every_cluster():
    lines = LineBreaker(STYLE.but(align="left"), SEGMENTER).lines("กข ที่ J.CLAIR", 2)
    assert "".join(line.text for line in lines).replace(" ", "") == "กขที่J.CLAIR"
    assert len(lines) >= 4


def test_a_list_number_never_stands_alone_before_a_long_name():
    name = "องค์การบริหารส่วนตำบลแม่ฮี้ห้วยปูลิงน้ำตกผาเสื่อมหาราช"
    segmenter = Segmenter([name])
    style = STYLE.but(align="left", left_indent=20, first_indent=-20)
    lines = LineBreaker(style, segmenter).lines(f"๑. {name}", 150)
    assert lines[0].text.startswith("๑. องค์การ")  # the number keeps the name's first words
    assert "".join(line.text for line in lines).replace(" ", "") == f"๑.{name}"
