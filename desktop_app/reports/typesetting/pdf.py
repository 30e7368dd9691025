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
    _forms: dict[int, tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        serial = font_serial(self.canvas, EmbeddedFont)
        self.resource_name = f"FS{serial}"
        self.base_name = f"{_tag(serial)}+{self.font.name.replace(' ', '')}"
        add_delayed_font(self.canvas, self)

    # -- content --------------------------------------------------------------------------
    def _form(self, gid: int) -> tuple[str, str]:
        """The form XObject drawing mark ``gid`` (registered on first use): its name, and
        the operator that draws it ("/FormXob.FS1_G42 Do Q")."""
        found = self._forms.get(gid)
        if found is None:
            name = f"{self.resource_name}_G{gid}"
            doc = pdf_document(self.canvas)
            internal = doc.getXObjectName(name)
            # A fresh wrapper per document: ReportLab stamps its object name on it.
            doc.Reference(RawPdfValue(form_object(self.font, gid)), internal)
            found = self._forms[gid] = (name, f"/{internal} Do Q")
        return found

    def draw(self, glyphs: list[PlacedGlyph], size: float) -> None:
        """Draw placed glyphs in the current fill colour.

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
        cids = self._cids
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
                    key = (pending.gid, pending.text, width)
                    code = cids.get(key)
                    if code is None:
                        code = cids[key] = f"<{len(cids) + 1:04X}>"
                    run.append(code)
                    pending = glyph
                    pending_width = glyph.x_advance * per_unit + placed.extra_width * per_point
                    continue
                key = (pending.gid, pending.text, round(pending_width))
                code = cids.get(key)
                if code is None:
                    code = cids[key] = f"<{len(cids) + 1:04X}>"
                run.append(code)
                ops.append(f"[{''.join(run)}] TJ")
                run.clear()
            ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm")
            pen_x, pen_y = round(x, 3), y
            pending = glyph
            pending_width = glyph.x_advance * per_unit + placed.extra_width * per_point
        if pending is not None:
            key = (pending.gid, pending.text, round(pending_width))
            code = cids.get(key)
            if code is None:
                code = cids[key] = f"<{len(cids) + 1:04X}>"
            run.append(code)
            ops.append(f"[{''.join(run)}] TJ")
        ops.append("ET")
        if marks:
            # Marks are form XObjects placed with one matrix each. Written in the same
            # literal as the text (four canvas calls per mark cost more than the layout), so
            # the forms in use are registered with the page the way canvas.doForm does.
            used = forms_in_use(self.canvas)
            in_use = set(used)
            matrix = f"q {scale:g} 0 0 {scale:g}"
            for placed in marks:
                name, show = self._form(placed.glyph.gid)
                if name not in in_use:
                    used.append(name)
                    in_use.add(name)
                ops.append(f"{matrix} {placed.x:.3f} {placed.y:.3f} cm {show}")
        self.canvas.addLiteral("\n".join(ops))

    # -- objects, written when the document is saved ---------------------------------------
    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # ReportLab's delayed-font hook
        # CIDs were numbered 1, 2, 3, ... as the keys were inserted: the keys are in order.
        keys = list(self._cids)
        gids = array("H", [0, *(gid for gid, _text, _width in keys)])
        if sys.byteorder == "little":
            gids.byteswap()  # the map is big-endian
        to_gid = gids.tobytes()
        cmap_lines = [
            f"<{cid:04X}> <{_utf16_hex(text)}>" for cid, (_g, text, _w) in enumerate(keys, 1)
        ]
        # One "1 [w1 w2 ...]" run says every width.
        widths = RawPdfValue(
            ("[1 [" + " ".join([str(width) for _g, _t, width in keys]) + "]]").encode("ascii")
        )
        gid_map = pdfdoc.PDFStream(content=to_gid, filters=[pdfdoc.PDFZCompress])
        font_file = pdfdoc.PDFStream(content=self.font.compressed, filters=None)
        font_file.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")  # compressed already
        font_file.dictionary["Length1"] = len(self.font.data)
        face = self.font.face
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("FontDescriptor"),
                "FontName": pdfdoc.PDFName(self.base_name),
                "Flags": face.flags,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "ItalicAngle": face.italicAngle,
                "Ascent": face.ascent,
                "Descent": face.descent,
                "CapHeight": face.capHeight,
                "StemV": face.stemV,
                "FontFile2": doc.Reference(font_file),
            }
        )
        cid_font = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("CIDFontType2"),
                "BaseFont": pdfdoc.PDFName(self.base_name),
                "CIDSystemInfo": pdfdoc.PDFDictionary(
                    {
                        "Registry": pdfdoc.PDFString("Adobe"),
                        "Ordering": pdfdoc.PDFString("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": doc.Reference(descriptor),
                "DW": 0,
                "W": widths,
                "CIDToGIDMap": doc.Reference(gid_map),
            }
        )
        to_unicode = pdfdoc.PDFStream(
            content=_to_unicode_cmap(cmap_lines).encode("ascii"), filters=[pdfdoc.PDFZCompress]
        )
        type0 = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("Type0"),
                "BaseFont": pdfdoc.PDFName(self.base_name),
                "Encoding": pdfdoc.PDFName("Identity-H"),
                "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid_font)]),
                "ToUnicode": doc.Reference(to_unicode),
            }
        )
        register_font_resource(doc, self.resource_name, type0)


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
