"""Writing shaped text into a ReportLab canvas so that it looks right and copies out right.

Each distinct (glyph, text, declared width) gets its own CID in a Type0/CIDFontType2 font
(Identity-H); a CIDToGIDMap points it at the real glyph and the ToUnicode CMap at its text.
So one glyph can stand for different text in different clusters, and the declared width can
include the justification space that follows a word: extractors (poppler, pdfminer) then see
words whose boxes touch, and do not invent spaces inside Thai text. The glyphs of a line go
into one ``TJ`` string, each declared as wide as the distance to the next (HarfBuzz's
advance plus the justification), so the PDF's own pen puts each where the layout placed it
(``EmbeddedFont.draw``); zero-advance marks are drawn as outlines (form XObjects, one per
glyph in a document, their bytes made once per process) so they carry no text of their own.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from desktop_app.reports.internals import (
    RawPdfDictionary,
    RawPdfStream,
    RawPdfValue,
    add_delayed_font,
    font_serial,
    forms_in_use,
    pdf_document,
    register_font_resource,
)
from desktop_app.reports.typesetting.fonts import Glyph, ShapingFont


@dataclass(slots=True)
class PlacedGlyph:
    """A glyph at its final place on the page (points)."""

    glyph: Glyph
    x: float
    y: float
    extra_width: float = 0.0  # justification space after it, absorbed in its declared width


# Each mark's form XObject, as the bytes of a whole PDF object: the same in every document,
# so it is made (outline, numbers, compression) once per font and glyph in a process.
_FORMS: WeakKeyDictionary[ShapingFont, dict[int, bytes]] = WeakKeyDictionary()


def form_object(font: ShapingFont, gid: int) -> bytes:
    """Glyph ``gid``'s outline as a form XObject (dictionary and Flate-compressed stream, in
    font units: the placing matrix scales it), cached per font."""
    forms = _FORMS.get(font)
    if forms is None:
        forms = _FORMS.setdefault(font, {})
    found = forms.get(gid)
    if found is None:
        parts = []
        for op, values in font.outline(gid):
            if op == "h":
                parts.append("h")
            else:
                parts.append(" ".join(f"{value:g}" for value in values) + f" {op}")
        parts.append("f")
        stream = zlib.compress(" ".join(parts).encode("ascii"), 6)
        box = 2 * font.upem
        head = (
            f"<< /Type /XObject /Subtype /Form /FormType 1 /BBox [-{box} -{box} {box} {box}] "
            "/Matrix [1 0 0 1 0 0] /Resources << >> /Filter /FlateDecode "
            f"/Length {len(stream)} >>\nstream\n"
        )
        found = forms[gid] = head.encode("ascii") + stream + b"\nendstream"
    return found


@dataclass(frozen=True, slots=True)
class GlyphDrawing:
    """Content-stream operators drawing placed glyphs, independent of the document:
    ``template`` is a ``str.format`` template whose field ``{i}`` stands for the CID of
    ``distinct_keys[i]`` (glyph, text, declared width; in order of first use);
    ``mark_gids`` are the marks' forms it uses, in order of first use."""

    resource_name: str
    template: str
    distinct_keys: tuple[tuple[int, str, int], ...]
    mark_gids: tuple[int, ...]


_CODES: list[str] = []  # "<0001>", ...: a CID as the content stream writes it, made once


def _cid_code(number: int) -> str:
    while len(_CODES) <= number:
        _CODES.extend(f"<{n:04X}>" for n in range(len(_CODES), len(_CODES) + 1024))
    return _CODES[number]


# How far (thousandths of an em) a glyph's declared width may differ from its advance plus
# justification to reach the next glyph in the same TJ string (offsets, rounding).
MAX_WIDTH_SLACK = 20


def _tag(number: int) -> str:
    letters = []
    for _ in range(6):
        number, rest = divmod(number, 26)
        letters.append(chr(ord("A") + rest))
    return "".join(letters)


@dataclass
class EmbeddedFont:
    """One shaping font inside one PDF document."""

    font: ShapingFont
    canvas: Canvas
    resource_name: str = ""
    # (glyph, text, declared width) -> its CID as the content stream writes it ("<002A>"),
    # numbered 1, 2, 3, ... in insertion order.
    _cids: dict[tuple[int, str, int], str] = field(default_factory=dict)
    _forms: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        serial = font_serial(self.canvas, EmbeddedFont)
        self.resource_name = f"FS{serial}"
        self.base_name = f"{_tag(serial)}+{self.font.name.replace(' ', '')}"
        add_delayed_font(self.canvas, self)

    # -- content --------------------------------------------------------------------------
    def _form(self, gid: int) -> str:
        """The name of the form XObject drawing mark ``gid`` ("FS1_G42", drawn as
        "/FormXob.FS1_G42 Do"), registered with the document on first use."""
        found = self._forms.get(gid)
        if found is None:
            name = f"{self.resource_name}_G{gid}"
            doc = pdf_document(self.canvas)
            # A fresh wrapper per document: ReportLab stamps its object name on it.
            doc.Reference(RawPdfValue(form_object(self.font, gid)), doc.getXObjectName(name))
            found = self._forms[gid] = name
        return found

    def draw(self, glyphs: list[PlacedGlyph], size: float) -> None:
        """Draw placed glyphs in the current fill colour (``compose`` then ``emit``)."""
        self.emit(self.compose(glyphs, size))

    def compose(self, glyphs: list[PlacedGlyph], size: float) -> GlyphDrawing:
        """The content-stream operators that draw ``glyphs`` at ``size`` (points), with the
        CIDs left open: a drawing depends only on the glyphs, the size and this font's
        resource name, so letters in a batch reuse the drawings of their shared paragraphs
        (``emit`` numbers the CIDs in the document at hand).

        Each run of glyphs on one baseline is one ``TJ`` string: a glyph's declared width is
        the distance to the next glyph's place (its advance plus the justification after
        it), rounded to the thousandth of an em, so the PDF's own pen puts every glyph within
        half a thousandth of an em of where ``placed`` says (0.005 pt at 10.6 pt) and the
        rounding never adds up along the line. A new baseline, or a next glyph farther than
        ``MAX_WIDTH_SLACK`` from where the advance would put it, starts a new text matrix."""
        scale = size / self.font.upem  # points per font unit
        em = size / 1000  # points per width unit (the PDF's thousandths of an em)
        per_point = 1000 / size  # width units per point
        per_unit = 1000 / self.font.upem  # width units per font unit
        ops = [f"BT /{self.resource_name} {size:g} Tf"]
        marks: list[PlacedGlyph] = []
        keys: list[tuple[int, str, int]] = []
        run: list[str] = []
        pen_x = pen_y = 0.0  # where the PDF puts the pending glyph
        pending: Glyph | None = None
        pending_width = 0.0  # its advance and justification, width units
        for placed in glyphs:
            glyph = placed.glyph
            if glyph.is_mark:
                marks.append(placed)
                continue
            x = placed.x
            y = placed.y
            if pending is not None:
                width = round((x - pen_x) * per_point)
                if y == pen_y and -MAX_WIDTH_SLACK <= width - pending_width <= MAX_WIDTH_SLACK:
                    # The same string: the pending glyph's width reaches this one.
                    pen_x += width * em
                    keys.append((pending.gid, pending.text, width))
                    run.append("%s")
                    pending = glyph
                    pending_width = glyph.x_advance * per_unit + placed.extra_width * per_point
                    continue
                keys.append((pending.gid, pending.text, round(pending_width)))
                run.append("%s")
                ops.append(f"[{''.join(run)}] TJ")
                run.clear()
            ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm")
            pen_x, pen_y = round(x, 3), y
            pending = glyph
            pending_width = glyph.x_advance * per_unit + placed.extra_width * per_point
        if pending is not None:
            keys.append((pending.gid, pending.text, round(pending_width)))
            run.append("%s")
            ops.append(f"[{''.join(run)}] TJ")
        ops.append("ET")
        mark_gids: dict[int, None] = {}
        if marks:
            # Marks are form XObjects placed with one matrix each. Written in the same
            # literal as the text (four canvas calls per mark cost more than the layout);
            # ``emit`` registers the forms in use with the page the way canvas.doForm does.
            matrix = f"q {scale:g} 0 0 {scale:g}"
            doc = pdf_document(self.canvas)
            for placed in marks:
                gid = placed.glyph.gid
                mark_gids[gid] = None
                internal = doc.getXObjectName(f"{self.resource_name}_G{gid}")
                ops.append(f"{matrix} {placed.x:.3f} {placed.y:.3f} cm /{internal} Do Q")
        # A str.format template: "{i}" for the i-th distinct key, so a key used many times
        # (a letter of a paragraph) is looked up once per document (``emit``).
        distinct = {key: index for index, key in enumerate(dict.fromkeys(keys))}
        pieces = "\n".join(ops).replace("{", "{{").replace("}", "}}").split("%s")
        template = [pieces[0]]
        for key, piece in zip(keys, pieces[1:], strict=True):
            template.append(f"{{{distinct[key]}}}")
            template.append(piece)
        return GlyphDrawing(
            self.resource_name, "".join(template), tuple(distinct), tuple(mark_gids)
        )

    def emit(self, drawing: GlyphDrawing) -> None:
        """Write ``drawing`` (made by this font or its namesake in another document of the
        process) into the current page: its CIDs numbered in this document, its marks'
        forms registered."""
        if drawing.resource_name != self.resource_name:
            raise ValueError("a drawing made for another font resource")
        cids = self._cids
        codes = []
        for key in drawing.distinct_keys:  # numbered in order of first use, as met
            code = cids.get(key)
            if code is None:
                code = cids[key] = _cid_code(len(cids) + 1)
            codes.append(code)
        if drawing.mark_gids:
            used = forms_in_use(self.canvas)
            for gid in drawing.mark_gids:
                name = self._form(gid)
                if name not in used:
                    used.append(name)
        self.canvas.addLiteral(drawing.template.format(*codes))

    # -- objects, written when the document is saved ---------------------------------------
    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # ReportLab's delayed-font hook
        # CIDs were numbered 1, 2, 3, ... as the keys were inserted: the keys are in order.
        keys = list(self._cids)
        gids = array("H", [0, *(gid for gid, _text, _width in keys)])
        if sys.byteorder == "little":
            gids.byteswap()  # the map is big-endian
        to_gid = gids.tobytes()
        cmap_lines = [f"{code} <{_utf16_hex(key[1])}>" for key, code in self._cids.items()]
        # One "1 [w1 w2 ...]" run says every width.
        widths = ("[1 [" + " ".join([str(width) for _g, _t, width in keys]) + "]]").encode("ascii")
        flate = b"/FlateDecode"
        gid_map = RawPdfStream(zlib.compress(to_gid, 1), {"Filter": flate})
        font_file = RawPdfStream(
            self.font.compressed,  # compressed once per process
            {"Filter": flate, "Length1": str(len(self.font.data)).encode("ascii")},
        )
        face = self.font.face
        name = b"/" + self.base_name.encode("ascii")
        descriptor = RawPdfDictionary(
            {
                "Type": b"/FontDescriptor",
                "FontName": name,
                "Flags": _number(face.flags),
                "FontBBox": b"[ " + b" ".join(_number(v) for v in face.bbox) + b" ]",
                "ItalicAngle": _number(face.italicAngle),
                "Ascent": _number(face.ascent),
                "Descent": _number(face.descent),
                "CapHeight": _number(face.capHeight),
                "StemV": _number(face.stemV),
                "FontFile2": doc.Reference(font_file),
            }
        )
        cid_font = RawPdfDictionary(
            {
                "Type": b"/Font",
                "Subtype": b"/CIDFontType2",
                "BaseFont": name,
                "CIDSystemInfo": b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>",
                "FontDescriptor": doc.Reference(descriptor),
                "DW": b"0",
                "W": widths,
                "CIDToGIDMap": doc.Reference(gid_map),
            }
        )
        cmap = _to_unicode_cmap(cmap_lines).encode("ascii")
        to_unicode = RawPdfStream(zlib.compress(cmap, 1), {"Filter": flate})
        type0 = RawPdfDictionary(
            {
                "Type": b"/Font",
                "Subtype": b"/Type0",
                "BaseFont": name,
                "Encoding": b"/Identity-H",
                "DescendantFonts": (doc.Reference(cid_font),),
                "ToUnicode": doc.Reference(to_unicode),
            }
        )
        register_font_resource(doc, self.resource_name, type0)


def _number(value: float) -> bytes:
    """A number in PDF syntax (integers without a decimal point)."""
    if float(value).is_integer():
        return str(int(value)).encode("ascii")
    return f"{value:.6g}".encode("ascii")


@lru_cache(maxsize=4096)
def _utf16_hex(text: str) -> str:
    """``text`` as the ToUnicode CMap writes it: UTF-16BE in upper-case hex."""
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(lines: list[str]) -> str:
    chunks = []
    for start in range(0, len(lines), 100):  # at most 100 entries per bfchar block
        block = lines[start : start + 100]
        chunks.append(f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(chunks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )
