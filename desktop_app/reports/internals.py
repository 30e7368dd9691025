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
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFontFace
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "RawPdfValue",
    "add_delayed_font",
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


class RawPdfValue(pdfdoc.PDFObject):
    """A PDF value written as given (one array of a thousand widths, not a thousand
    ReportLab objects): ``PDFObject.format`` is the undocumented serialisation hook."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: object) -> bytes:
        return self.data


def discard_write_only_sheet(sheet: Any) -> None:
    """Close an openpyxl write-only sheet and delete its temporary file (cancel, error):
    ``sheet._writer.cleanup()``."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()
