"""Thai typesetting for PDF: HarfBuzz shaping, dictionary line breaking, justified
paragraphs, and text that copies out of the PDF exactly as it was typed.

No Qt here; ReportLab draws, platypus flows the pages.
"""

from desktop_app.reports.typesetting.fonts import Glyph, ShapedRun, ShapingFont
from desktop_app.reports.typesetting.layout import (
    Line,
    LineBreaker,
    TextStyle,
    ThaiParagraph,
    draw_lines,
    embedded_font,
    place_line,
)
from desktop_app.reports.typesetting.segment import Segmenter, Token

__all__ = [
    "Glyph",
    "Line",
    "LineBreaker",
    "Segmenter",
    "ShapedRun",
    "ShapingFont",
    "TextStyle",
    "ThaiParagraph",
    "Token",
    "draw_lines",
    "embedded_font",
    "place_line",
]
