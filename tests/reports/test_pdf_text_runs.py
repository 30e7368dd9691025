"""How shaped glyphs are written into the PDF (typesetting/pdf.py): one TJ string per run on a
baseline, every glyph where the layout placed it, declared widths that cover the
justification (so extractors see touching boxes), and marks' forms made once per font."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.reports.typesetting import (
    LineBreaker,
    Segmenter,
    ShapingFont,
    TextStyle,
    draw_lines,
)
from desktop_app.reports.typesetting import pdf as pdf_module
from desktop_app.reports.typesetting.pdf import EmbeddedFont, PlacedGlyph, form_object
from desktop_app.resources import fonts_dir

FONT = ShapingFont(fonts_dir() / "Laksaman.ttf")
SEGMENTER = Segmenter()
WIDTH = A4[0] - 5 * cm
TEXT = (
    "ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า ได้ร่วมกับสภาองค์กรปกครองส่วนท้องถิ่น "
    "(J.CLAIR) กำหนดจัดโครงการการประชุมสัมมนาทางวิชาการเพื่อแลกเปลี่ยนองค์ความรู้ระหว่างไทย"
    "และญี่ปุ่น ปู่ น้ำ ที่ ป่ำ ฟุ้ ปั้ ฝ้ำ เมื่อวันศุกร์ที่ ๓๐ มกราคม ๒๕๖๙ เวลา ๐๘.๓๐ น."
)
OPS = re.compile(
    r"/(?P<font>FS\d+) (?P<size>[\d.]+) Tf"
    r"|1 0 0 1 (?P<tx>[-\d.]+) (?P<ty>[-\d.]+) Tm"
    r"|\[(?P<tj>[^\]]*)\] TJ"
    r"|q (?P<s>[\d.]+) 0 0 [\d.]+ (?P<mx>[-\d.]+) (?P<my>[-\d.]+) cm /(?P<form>\S+) Do Q"
)


def typeset(size: float, align: str, canvas: Canvas) -> list[PlacedGlyph]:
    """Draw TEXT as a paragraph; the glyphs the layout handed to ``EmbeddedFont.compose``."""
    style = TextStyle(FONT, size, align=align, first_indent=1 * cm)  # type: ignore[arg-type]
    breaker = LineBreaker(style, SEGMENTER)
    lines = breaker.lines(TEXT, WIDTH)
    for line in lines:
        breaker.justify(line, WIDTH)
    seen: list[PlacedGlyph] = []
    compose = EmbeddedFont.compose

    def spy(self, glyphs, drawn_size):  # type: ignore[no-untyped-def]
        seen.extend(glyphs)
        return compose(self, glyphs, drawn_size)

    EmbeddedFont.compose = spy  # type: ignore[method-assign]
    try:
        draw_lines(canvas, lines, 2.5 * cm, 750, WIDTH, style)
    finally:
        EmbeddedFont.compose = compose  # type: ignore[method-assign]
    return seen


def drawn(pdf: bytes) -> tuple[list[tuple[float, float, int, float]], list[tuple[float, float]]]:
    """What a PDF reader does with the page: each glyph's (x, y, declared width in thousandths
    of an em, size), and where each mark's form is placed."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    fonts = page["/Resources"]["/Font"]
    glyphs, marks = [], []
    widths: list[int] = []
    size = pen_x = pen_y = 0.0
    for match in OPS.finditer(content):
        if match["font"]:
            descendant = fonts[f"/{match['font']}"].get_object()["/DescendantFonts"][0]
            w = descendant.get_object()["/W"]
            w = w.get_object() if isinstance(w, IndirectObject) else w
            assert w[0] == 1  # one run from CID 1
            widths = [0, *(int(v) for v in w[1])]
            size = float(match["size"])
        elif match["tx"]:
            pen_x, pen_y = float(match["tx"]), float(match["ty"])
        elif match["tj"] is not None:
            for piece in re.findall(r"<([0-9A-F]+)>|(-?[\d.]+)", match["tj"]):
                if piece[0]:
                    for start in range(0, len(piece[0]), 4):
                        cid = int(piece[0][start : start + 4], 16)
                        glyphs.append((pen_x, pen_y, widths[cid], size))
                        pen_x += widths[cid] * size / 1000
                else:
                    pen_x -= float(piece[1]) * size / 1000
        elif match["form"]:
            marks.append((float(match["mx"]), float(match["my"])))
    return glyphs, marks


@pytest.mark.parametrize(("size", "align"), [(16.0, "justify"), (16.0, "left"), (32.0, "justify")])
def test_every_glyph_sits_where_the_layout_placed_it(size, align):
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    placed = typeset(size, align, canvas)
    canvas.showPage()
    canvas.save()
    glyphs, marks = drawn(buffer.getvalue())
    spacing = [p for p in placed if not p.glyph.is_mark]
    assert len(glyphs) == len(spacing) > 100
    drawn_size = glyphs[0][3]
    tolerance = 0.5 * drawn_size / 1000 + 0.001  # half a width unit, and Tm's 3 decimals
    for (x, y, _width, _size), want in zip(glyphs, spacing, strict=True):
        assert x == pytest.approx(want.x, abs=tolerance)
        assert y == pytest.approx(want.y, abs=0.001)
    want_marks = [(p.x, p.y) for p in placed if p.glyph.is_mark]
    assert len(marks) == len(want_marks) > 10
    for (x, y), (wx, wy) in zip(marks, want_marks, strict=True):
        assert (x, y) == (pytest.approx(wx, abs=0.001), pytest.approx(wy, abs=0.001))


def test_declared_widths_cover_the_justification_so_glyph_boxes_touch():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    placed = typeset(16.0, "justify", canvas)
    canvas.showPage()
    canvas.save()
    glyphs, _marks = drawn(buffer.getvalue())
    spacing = [p for p in placed if not p.glyph.is_mark]
    assert any(p.extra_width > 0.1 for p in spacing)  # the paragraph is justified
    units = 1000 / FONT.upem
    drawn_size = glyphs[0][3]
    for (_x, _y, width, _size), want in zip(glyphs, spacing, strict=True):
        expected = (want.glyph.x_advance + want.extra_width * FONT.upem / drawn_size) * units
        assert width == pytest.approx(expected, abs=1.0)


def test_a_run_on_one_baseline_is_one_text_string():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    placed = typeset(16.0, "justify", canvas)
    canvas.showPage()
    canvas.save()
    content = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].get_contents().get_data()
    baselines = {round(p.y, 3) for p in placed if not p.glyph.is_mark}
    # A text matrix per line (and where a glyph sits off its line's baseline), not per glyph.
    assert content.count(b" Tm") <= 2 * len(baselines)
    assert content.count(b" TJ") == content.count(b" Tm")


def test_a_marks_form_is_made_once_per_font_and_the_same_in_every_document():
    def document() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        typeset(16.0, "justify", canvas)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    first, second = document(), document()
    assert first == second
    mark = next(p.glyph.gid for p in typeset(16.0, "left", Canvas(io.BytesIO())) if p.glyph.is_mark)
    assert form_object(FONT, mark) is form_object(FONT, mark)
    assert mark in pdf_module._FORMS[FONT]
    forms = [
        obj.get_object()
        for obj in PdfReader(io.BytesIO(first)).pages[0]["/Resources"]["/XObject"].values()
    ]
    assert forms and all(form["/Subtype"] == "/Form" for form in forms)
    assert all(form.get_data().rstrip().endswith(b"f") for form in forms)  # outlines, filled
