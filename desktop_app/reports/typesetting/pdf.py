"""Writing shaped text into a ReportLab canvas so that it looks right and copies out right.

Each distinct (glyph, text, declared width) gets its own CID in a Type0/CIDFontType2 font
(Identity-H); a CIDToGIDMap points it at the real glyph and the ToUnicode CMap at its text.
So one glyph can stand for different text in different clusters, and the declared width can
include the justification space that follows a word: extractors (poppler, pdfminer) then see
words whose boxes touch, and do not invent spaces inside Thai text. Glyphs are placed at
HarfBuzz's positions with one text matrix each; zero-advance marks are drawn as outlines
(form XObjects, defined once per document) so they carry no text of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    _cids: dict[tuple[int, str, int], int] = field(default_factory=dict)
    _forms: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        serial = font_serial(self.canvas, EmbeddedFont)
        self.resource_name = f"FS{serial}"
        self.base_name = f"{_tag(serial)}+{self.font.name.replace(' ', '')}"
        add_delayed_font(self.canvas, self)

    # -- content --------------------------------------------------------------------------
    def cid(self, glyph: Glyph, extra_units: int) -> int:
        key = (glyph.gid, glyph.text, glyph.x_advance + extra_units)
        found = self._cids.get(key)
        if found is None:
            found = self._cids[key] = len(self._cids) + 1
        return found

    def _form(self, gid: int) -> str:
        name = self._forms.get(gid)
        if name is None:
            name = self._forms[gid] = f"{self.resource_name}_G{gid}"
            parts = []
            for op, values in self.font.outline(gid):
                if op == "h":
                    parts.append("h")
                else:
                    parts.append(" ".join(f"{value:g}" for value in values) + f" {op}")
            parts.append("f")
            upem = self.font.upem
            self.canvas.beginForm(
                name, lowerx=-2 * upem, lowery=-2 * upem, upperx=2 * upem, uppery=2 * upem
            )
            self.canvas.addLiteral(" ".join(parts))
            self.canvas.endForm()
        return name

    def draw(self, glyphs: list[PlacedGlyph], size: float) -> None:
        """Draw placed glyphs in the current fill colour."""
        scale = size / self.font.upem
        ops = [f"BT /{self.resource_name} {size:g} Tf"]
        marks: list[PlacedGlyph] = []
        cid = self.cid
        for placed in glyphs:
            glyph = placed.glyph
            if glyph.is_mark:
                marks.append(placed)
                continue
            extra = round(placed.extra_width / scale) if placed.extra_width else 0
            ops.append(f"1 0 0 1 {placed.x:.3f} {placed.y:.3f} Tm <{cid(glyph, extra):04X}> Tj")
        ops.append("ET")
        if marks:
            # Marks are form XObjects placed with one matrix each. Written in the same
            # literal as the text (four canvas calls per mark cost more than the layout), so
            # the forms in use are registered with the page the way canvas.doForm does.
            doc, used = pdf_document(self.canvas), forms_in_use(self.canvas)
            for placed in marks:
                name = self._form(placed.glyph.gid)
                if name not in used:
                    used.append(name)
                ops.append(
                    f"q {scale:g} 0 0 {scale:g} {placed.x:.3f} {placed.y:.3f} cm "
                    f"/{doc.getXObjectName(name)} Do Q"
                )
        self.canvas.addLiteral("\n".join(ops))

    # -- objects, written when the document is saved ---------------------------------------
    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # ReportLab's delayed-font hook
        ordered = sorted(self._cids.items(), key=lambda item: item[1])
        to_gid = bytearray(2 * (len(ordered) + 1))
        cmap_lines = []
        units = 1000 / self.font.upem
        for (gid, text, _width), cid in ordered:
            to_gid[2 * cid : 2 * cid + 2] = gid.to_bytes(2, "big")
            cmap_lines.append(f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        # CIDs are consecutive from 1: one "1 [w1 w2 ...]" run says every width.
        widths = RawPdfValue(
            (
                "[1 ["
                + " ".join(str(round(width * units)) for (_g, _t, width), _c in ordered)
                + "]]"
            ).encode("ascii")
        )
        gid_map = pdfdoc.PDFStream(content=bytes(to_gid), filters=[pdfdoc.PDFZCompress])
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
