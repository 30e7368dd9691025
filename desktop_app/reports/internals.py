"""Every call into ReportLab's and openpyxl's undocumented internals, in one place.

Our typesetting writes its own Type0 fonts into ReportLab's PDF document (so shaped Thai
copies out exactly, see typesetting/pdf.py and docs/design/typesetting.md), and our Excel
export cleans up openpyxl's write-only temporary file on cancel. Both need attributes the
libraries do not document. They are reached only through this module, and pyproject.toml
pins both libraries below their next minor release: when a new release is allowed in, the
tests in tests/reports exercise every function here.

Checked against ReportLab 5.1 and openpyxl 3.1.
"""

from __future__ import annotations

import contextlib
import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFontFace
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "QUICK_FLATE",
    "RawPdfValue",
    "add_delayed_font",
    "compress_last_page_quickly",
    "discard_write_only_sheet",
    "font_face",
    "font_serial",
    "forms_in_use",
    "pdf_document",
    "register_font_resource",
]


def font_face(path: str) -> TTFontFace:
    """ReportLab's parsed TrueType file (``reportlab.pdfbase.ttfonts.TTFontFace``, not part
    of the documented API): the font descriptor's metrics and the character map."""
    return TTFontFace(path)


def pdf_document(canvas: Canvas) -> Any:
    """The ``PDFDocument`` a canvas writes into (``canvas._doc``)."""
    return canvas._doc


def forms_in_use(canvas: Canvas) -> list[str]:
    """The form XObjects the current page uses (``canvas._formsinuse``), which
    ``canvas.doForm`` appends to; we append ourselves when drawing many marks at once."""
    return canvas._formsinuse


def font_serial(canvas: Canvas, kind: type) -> int:
    """How many fonts of ``kind`` the document already carries, plus one."""
    return sum(isinstance(font, kind) for font in pdf_document(canvas).delayedFonts) + 1


def add_delayed_font(canvas: Canvas, font: Any) -> None:
    """Have ``font.addObjects(doc)`` called when the document is saved (ReportLab's hook
    for fonts whose objects are written last: ``doc.delayedFonts``)."""
    pdf_document(canvas).delayedFonts.append(font)


def register_font_resource(doc: pdfdoc.PDFDocument, name: str, font_object: Any) -> None:
    """Make ``/name`` a font resource of every page (``doc.idToObject["BasicFonts"]``)."""
    doc.idToObject["BasicFonts"].dict[name] = doc.Reference(font_object, name)


class _QuickFlate:
    """ReportLab's stream filter protocol (``pdfname``, ``encode``) for FlateDecode at zlib
    level 1 (``QUICK_FLATE``): a letter's page stream (about 25 kB of text operators)
    compresses in 0.09 ms instead of 0.45 ms at ReportLab's default level 6, and comes out
    about 20 % larger (5.3 against 4.4 kB; the whole letter, with its embedded fonts, about
    1 % larger)."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf-8") if isinstance(text, str) else text
        return zlib.compress(data, 1)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


QUICK_FLATE = _QuickFlate()


def compress_last_page_quickly(canvas: Canvas) -> None:
    """Give the page the canvas has just closed (``showPage``) a content stream compressed
    at zlib level 1 (``_QuickFlate``). ReportLab makes the stream when the document is saved,
    from ``page.stream``, with its own filter, unless ``page.Contents`` is already set; this
    sets it, as ``PDFPage.check_format`` would. Call it from the canvas's page callback."""
    page = pdf_document(canvas).Pages.pages[-1]
    if page.Contents is None and page.compression and page.stream:
        stream = pdfdoc.PDFStream(content=page.stream, filters=[QUICK_FLATE])
        stream.__Comment__ = "page stream"
        page.Contents = stream


class RawPdfValue(pdfdoc.PDFObject):
    """A PDF value written as given (one array of a thousand widths, not a thousand
    ReportLab objects): ``PDFObject.format`` is the undocumented serialisation hook."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: object) -> bytes:
        return self.data


class RawPdfDictionary(pdfdoc.PDFObject):
    """A PDF dictionary written straight from its entries, in order: each value bytes
    already in PDF syntax (b"/Font", b"0", b"[ 1 2 ]"), a ReportLab object (a reference made
    with ``doc.Reference``) or a tuple of them (an array), formatted when the document is
    written. A letter's fonts
    are nine dictionaries; ReportLab's generic ``PDFDictionary`` formats every key and value
    through its escaping machinery (0.3 ms a letter for these alone)."""

    def __init__(self, entries: dict[str, Any]) -> None:
        self.entries = entries

    def format(self, document: Any) -> bytes:
        parts = [b"<<"]
        for name, value in self.entries.items():
            if isinstance(value, bytes):
                written = value
            elif isinstance(value, tuple):  # an array of references
                items = [pdfdoc.format(item, document) for item in value]
                written = b"[ " + b" ".join(items) + b" ]"
            else:
                written = pdfdoc.format(value, document)
            parts.append(b"/" + name.encode("ascii") + b" " + written)
        parts.append(b">>")
        return b"\n".join(parts)


class RawPdfStream(pdfdoc.PDFObject):
    """A PDF stream of ``data`` already encoded (compressed by the caller), with the
    dictionary ``entries`` (as ``RawPdfDictionary``; /Length is added); always an indirect
    object, as ReportLab's ``PDFStream``."""

    __RefOnly__ = 1

    def __init__(self, data: bytes, entries: dict[str, Any]) -> None:
        self.data = data
        self.entries = entries

    def format(self, document: Any) -> bytes:
        data = document.encrypt.encode(self.data)
        head = RawPdfDictionary({**self.entries, "Length": str(len(data)).encode("ascii")})
        return head.format(document) + b"\nstream\n" + data + b"\nendstream"


def discard_write_only_sheet(sheet: Any) -> None:
    """Close an openpyxl write-only sheet and delete its temporary file (cancel, error):
    ``sheet._writer.cleanup()``."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()
