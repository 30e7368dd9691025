"""The messenger's delivery sheet (ใบส่งหนังสือ, the page of the สมุดส่งหนังสือ for one letter) as
PDF: who the letter goes to, each with its acknowledgement code, and room for each recipient
to sign for it.

Only layout lives here: the service fills a ``DeliverySheet``. A4 landscape (the signature
columns need the width), the letters' fonts, Thai shaping and line breaking
(``LetterRenderer``'s ``LetterFonts`` and ``Segmenter``); a heading with the office, the
letter's number, date and subject; a table with the columns ลำดับ, ผู้รับ, รหัสตอบรับ,
ลายมือชื่อผู้รับ, ชื่อตัวบรรจง, วัน เดือน ปี, เวลา, หมายเหตุ whose rows are at least
``ROW_HEIGHT`` (room to sign) and whose header row repeats on every page; the messenger's
signature line after the table; "หน้า ๑/๒" at the foot of every page, and on later pages a
running head naming the letter. Numbers and dates in the letter's digits (Buddhist-era
years); acknowledgement codes always in Latin letters and Arabic digits, as typed and scanned.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain.ack_codes import format_code
from desktop_app.domain.classes import Urgency
from desktop_app.domain.thai_dates import format_date_full, format_datetime_short
from desktop_app.domain.thai_text import Digits, apply_digits, normalise
from desktop_app.reports.letters import LetterFonts, prose_digits, widest_box
from desktop_app.reports.typesetting import (
    LineBreaker,
    Segmenter,
    TextStyle,
    ThaiParagraph,
    draw_lines,
)
from desktop_app.reports.typesetting.segment import office_terms

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
LEFT_MARGIN = 2.0 * cm
RIGHT_MARGIN = 1.5 * cm
TOP_MARGIN = 1.5 * cm
BOTTOM_MARGIN = 1.5 * cm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
ROW_HEIGHT = 1.2 * cm  # a row's least height: room for a signature
CELL_PADDING = 0.12 * cm
# Nominal TH Sarabun sizes (the letters' fonts are drawn at TH Sarabun's apparent size).
TITLE_SIZE = 22.0
TEXT_SIZE = 16.0
TABLE_SIZE = 16.0
CODE_SIZE = 16.0  # smaller when a code of wide letters (WWW-...) would not fit its column
HEADER_SIZE = 15.0
SMALL_SIZE = 14.0
RED = (0.8, 0.0, 0.0)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    align: str = "left"


# The columns fill TEXT_WIDTH (26.2 cm) exactly.
COLUMNS: tuple[Column, ...] = (
    Column("ลำดับ", 1.5 * cm, "center"),
    Column("ผู้รับ", 6.7 * cm),
    Column("รหัสตอบรับ", 3.6 * cm, "center"),
    Column("ลายมือชื่อผู้รับ", 4.0 * cm),
    Column("ชื่อตัวบรรจง", 4.0 * cm),
    Column("วัน เดือน ปี", 2.6 * cm),
    Column("เวลา", 1.5 * cm),
    Column("หมายเหตุ", 2.3 * cm),
)


@dataclass(frozen=True)
class DeliveryLine:
    """One recipient on the sheet: its place in the letter's recipients (1-based), its name,
    its acknowledgement code (canonical; "" prints nothing) and a remark ("" for none)."""

    number: int
    recipient: str
    ack_code: str = ""
    remark: str = ""


@dataclass(frozen=True)
class DeliverySheet:
    """What the sheet says. ``office``: the sending office; ``unit``: its work group (may be
    ""); ``printed_at``: shown small at the foot (None: not shown); ``only_pending``: the
    heading says the sheet lists only the recipients that have not acknowledged."""

    office: str
    doc_no: str  # Arabic digits, as stored
    letter_date: dt.date
    subject: str
    lines: tuple[DeliveryLine, ...]
    unit: str = ""
    urgency: Urgency = Urgency.NORMAL
    digits: Digits = "thai"
    only_pending: bool = False
    printed_at: dt.datetime | None = None


class _Text(Flowable):
    """Lines set in a fixed box, drawn from its top (a table cell's content)."""

    def __init__(self, text: str, style: TextStyle, segmenter: Segmenter, width: float) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.lines = LineBreaker(style, segmenter).lines(text, width) if text else []
        self.width = width
        self.height = len(self.lines) * style.line_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        if self.lines:
            draw_lines(self.canv, self.lines, 0.0, self.height, self.width, self.style)


class DeliverySheetRenderer:
    """Typesets delivery sheets with the letters' fonts and word breaking."""

    def __init__(self, fonts: LetterFonts | None = None, segmenter: Segmenter | None = None):
        self.fonts = fonts or LetterFonts.default()
        self.segmenter = segmenter or Segmenter()
        plain = TextStyle(self.fonts.regular, TEXT_SIZE)
        self.title = TextStyle(self.fonts.bold, TITLE_SIZE, align="center")
        self.centre = plain.but(align="center")
        self.plain = plain
        self.urgency = TextStyle(self.fonts.bold, TEXT_SIZE, color=RED)
        self.cell = TextStyle(self.fonts.regular, TABLE_SIZE)
        self.head = TextStyle(self.fonts.bold, HEADER_SIZE, align="center")
        self.small = TextStyle(self.fonts.regular, SMALL_SIZE)

    # -- content ------------------------------------------------------------------------
    def _p(self, text: str, style: TextStyle) -> ThaiParagraph:
        clean = "\n".join(normalise(line) for line in text.split("\n"))
        return ThaiParagraph(clean, style, self.segmenter)

    def _name(self, name: str, digits: Digits, width: float) -> str:
        """A recipient's name; one too wide for its cell that the dictionary keeps whole
        ("องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน") breaks after its official term instead of
        inside a word."""
        text = prose_digits(normalise(name), digits)
        if widest_box(self.cell, self.segmenter, text) <= width:
            return text
        for term in sorted(office_terms(), key=len, reverse=True):
            at = text.find(term)
            end = at + len(term)
            if at >= 0 and 0 < end < len(text) and text[end] != " ":
                return f"{text[:end]}\n{text[end:]}"
        return text

    def _code(self, code: str, width: float) -> _Text:
        """The code on one line, in Latin letters and Arabic digits, as typed and scanned."""
        text = format_code(code) if code else ""
        natural = self.fonts.regular.width(text, CODE_SIZE) if text else 0.0
        size = CODE_SIZE if natural <= width else CODE_SIZE * width / natural
        style = TextStyle(self.fonts.regular, size, align="center")
        return _Text(text, style, self.segmenter, width)

    def _labelled(self, label: str, value: str, digits: Digits, space_before: float) -> Flowable:
        label_text = label + "  "
        width = self.plain.font.width(label_text, self.plain.size)
        style = self.plain.but(left_indent=width, first_indent=-width, space_before=space_before)
        return self._p(prose_digits(label_text + value, digits), style)

    def heading(self, sheet: DeliverySheet) -> list[Flowable]:
        d = sheet.digits
        self.segmenter.add_words([sheet.office, sheet.unit])
        title = "ใบส่งหนังสือ"
        if sheet.only_pending:
            title += " (เฉพาะผู้รับที่ยังไม่ตอบรับ)"
        story: list[Flowable] = [self._p(title, self.title)]
        office = "\n".join(part for part in (sheet.office, sheet.unit) if part)
        if office:
            story.append(self._p(prose_digits(office, d), self.centre))
        number = f"หนังสือที่ {sheet.doc_no}    ลงวันที่ {format_date_full(sheet.letter_date, d)}"
        if sheet.urgency.rank > 0:
            story.append(
                _Columns(
                    [
                        (0.0, self._p(prose_digits(number, d), self.plain.but(space_before=8))),
                        (
                            TEXT_WIDTH - self.urgency.font.width(sheet.urgency.label_th, TEXT_SIZE),
                            self._p(sheet.urgency.label_th, self.urgency.but(space_before=8)),
                        ),
                    ]
                )
            )
        else:
            story.append(self._p(prose_digits(number, d), self.plain.but(space_before=8)))
        story.append(self._labelled("เรื่อง", sheet.subject, d, 2))
        count = apply_digits(str(len(sheet.lines)), d)
        story.append(self._p(f"จำนวนผู้รับ {count} ราย", self.plain.but(space_before=2)))
        story.append(Spacer(1, 0.3 * cm))
        return story

    def table(self, sheet: DeliverySheet) -> Table:
        d = sheet.digits
        inner = [column.width - 2 * CELL_PADDING for column in COLUMNS]
        header = [
            _Text(column.title, self.head, self.segmenter, width)
            for column, width in zip(COLUMNS, inner, strict=True)
        ]
        rows: list[list[Any]] = [header]
        heights = [max(cell.height for cell in header) + 2 * CELL_PADDING + 2]
        centred = self.cell.but(align="center")
        for line in sheet.lines:
            cells = [
                _Text(apply_digits(str(line.number), d), centred, self.segmenter, inner[0]),
                _Text(self._name(line.recipient, d, inner[1]), self.cell, self.segmenter, inner[1]),
                self._code(line.ack_code, inner[2]),
                "",
                "",
                "",
                "",
                _Text(prose_digits(line.remark, d), self.small, self.segmenter, inner[7]),
            ]
            rows.append(cells)
            tallest = max(cell.height for cell in cells if isinstance(cell, _Text))
            heights.append(max(ROW_HEIGHT, tallest + 2 * CELL_PADDING + 4))
        table = Table(
            rows,
            colWidths=[column.width for column in COLUMNS],
            rowHeights=heights,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ]
            )
        )
        return table

    def closing(self, sheet: DeliverySheet) -> list[Flowable]:
        """The messenger's signature, right of centre."""
        d = sheet.digits
        lines = "ลงชื่อ ...................................................... ผู้นำส่ง\n" + (
            "(......................................................)\n"
            "วันที่ ........................................................."
        )
        x = TEXT_WIDTH * 0.55
        return [
            KeepTogether(
                [
                    Spacer(1, 0.8 * cm),
                    _Columns(
                        [(x, self._p(prose_digits(lines, d), self.plain.but(align="center")))],
                        width=TEXT_WIDTH - x,
                    ),
                ]
            )
        ]

    def story(self, sheet: DeliverySheet) -> list[Flowable]:
        return [*self.heading(sheet), self.table(sheet), *self.closing(sheet)]

    # -- pages ----------------------------------------------------------------------------
    def _marks(self, sheet: DeliverySheet, total: int) -> Callable[[Canvas, Any], None]:
        d = sheet.digits
        running = prose_digits(f"ใบส่งหนังสือ ที่ {sheet.doc_no} (ต่อ)", d)

        def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.saveState()
            if doc.page > 1:
                self._line(canvas, running, 0.6 * cm, self.small)
            foot = f"หน้า {doc.page}/{total}" if total else f"หน้า {doc.page}"
            if sheet.printed_at is not None:
                printed = format_datetime_short(sheet.printed_at, d)
                foot = f"{foot}    พิมพ์เมื่อ {printed}"
            self._line(
                canvas,
                apply_digits(foot, d),
                PAGE_HEIGHT - BOTTOM_MARGIN + 0.4 * cm,
                self.small.but(align="center"),
            )
            canvas.restoreState()

        return draw

    def _line(self, canvas: Canvas, text: str, from_top: float, style: TextStyle) -> None:
        lines = LineBreaker(style, self.segmenter).lines(text, TEXT_WIDTH)
        draw_lines(canvas, lines, LEFT_MARGIN, PAGE_HEIGHT - from_top, TEXT_WIDTH, style)

    def _build(self, sheet: DeliverySheet, target: Path | BinaryIO, total: int) -> int:
        frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document = BaseDocTemplate(
            str(target) if isinstance(target, Path) else target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=f"ใบส่งหนังสือ {sheet.doc_no}",
            author=sheet.office,
            subject=sheet.subject,
            creator="Saraban Desk",
            invariant=1,
        )
        document.addPageTemplates(
            [PageTemplate("sheet", [frame], onPage=self._marks(sheet, total))]
        )
        document.build(self.story(sheet))
        return int(document.page)

    def build(self, sheet: DeliverySheet, target: Path | BinaryIO) -> int:
        """Typeset ``sheet`` into ``target`` (a path or a binary file object); return the
        number of pages. Set twice: the first pass counts the pages for "หน้า ๑/๒"."""
        total = self._build(sheet, io.BytesIO(), 0)
        return self._build(sheet, target, total)

    def render_bytes(self, sheet: DeliverySheet) -> bytes:
        buffer = io.BytesIO()
        self.build(sheet, buffer)
        return buffer.getvalue()


class _Columns(Flowable):
    """Paragraphs side by side at given offsets; as tall as the tallest."""

    def __init__(self, cells: list[tuple[float, ThaiParagraph]], width: float = 0.0) -> None:
        super().__init__()
        self.cells = cells
        self.cell_width = width
        self.spaceBefore = max(cell.spaceBefore for _x, cell in cells)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = max(
            cell.wrap(self.cell_width or availWidth - x, availHeight)[1] for x, cell in self.cells
        )
        return self.width, self.height

    def draw(self) -> None:
        for x, cell in self.cells:
            cell.drawOn(self.canv, x, self.height - cell.height)
