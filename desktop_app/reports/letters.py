"""Official Thai letters as PDF: the stamped letter (หนังสือประทับตรา) and the external
letter (หนังสือภายนอก), laid out as the regulation on official correspondence describes.

Only layout lives here: what a letter says is ``desktop_app.domain.letters.Letter``.

A4; margins 3 cm left, 2 cm right, about 2.5 cm top and 2 cm bottom; the Garuda 3 cm tall,
centred, 1.5 cm from the top edge (the office supplies the image; without it, its space is
kept); text that looks like TH Sarabun 16 pt whatever the font (the office's installed TH
SarabunIT๙/PSK/New first, see typesetting/system_fonts.py; else the bundled Laksaman drawn at
its apparent size), single-spaced from the font's metrics; urgency in red 32 pt bold above the
document number (the regulation: not smaller than 32 pt); secrecy centred in red in the top
margin (above the Garuda) and the bottom margin of every page; pages after the first numbered
"-๒-" centred at the top, under the secrecy mark. Every page but a letter's last ends with
the continuation cue typists use, the next page's first word after a slash and three dots
("/ในการนี้..."), at the bottom right; no page begins with the closing, the stamp or
signature, or the contact lines alone: the body's last two lines go with them. When the
recipients do not fit the ถึง/เรียน line, it reads "ตามบัญชีรายชื่อแนบท้าย" and an annex page
lists them.

A stamped letter (หนังสือประทับตรา, the regulation's ข้อ 14) has no เรื่อง and no
สิ่งที่ส่งมาด้วย line (what is sent is named in the body, ``Letter.printed_body``): ที่, ถึง,
the body, the issuing office's name, the stamp with the responsible officer's initials, the
date, then ส่วนราชการเจ้าของเรื่อง with โทร. and e-mail. (An อ้างถึง line is printed only when a
letter's JSON gives references: nothing typed is dropped.)

A recipient's copy (``Letter.ack_code`` set) carries its acknowledgement code: "รหัสตอบรับ
ACE-739-KMN", whom the copy is for, and the same code as a QR code (the canonical code only,
so a USB scanner types exactly it), small, right of the ส่วนราชการเจ้าของเรื่อง/โทร. lines,
where the regulation's layout leaves the line's right part empty. Those lines keep their
width unless they would reach the code; then they wrap short of it. ``build_copies`` sets
every recipient's copy in one PDF (fonts embedded once, pages numbered per copy).
"""

from __future__ import annotations

import io
from collections.abc import Callable, MutableSequence, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from desktop_app.domain.ack_codes import format_code
from desktop_app.domain.letters import Letter, join_recipients
from desktop_app.domain.thai_dates import format_date_full
from desktop_app.domain.thai_text import Digits, apply_digits, letter_digits, normalise
from desktop_app.files import write_atomically
from desktop_app.reports.internals import compress_last_page_quickly
from desktop_app.reports.typesetting import (
    Line,
    LineBreaker,
    Segmenter,
    ShapingFont,
    TextStyle,
    ThaiParagraph,
    draw_lines,
)
from desktop_app.reports.typesetting.layout import clusters, laid_out
from desktop_app.reports.typesetting.system_fonts import installed_th_sarabun
from desktop_app.resources import fonts_dir

# Binary (deflated) streams: ASCII85 only makes PDFs larger and, without ReportLab's C
# accelerator, costs more time than all the typesetting.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 3 * cm
RIGHT_MARGIN = 2 * cm
TOP_MARGIN = 2.5 * cm
BOTTOM_MARGIN = 2 * cm
GARUDA_TOP = 1.5 * cm
GARUDA_HEIGHT = 3 * cm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
BODY_SIZE = 16.0
PARAGRAPH_INDENT = 2.5 * cm
URGENCY_SIZE = 32.0  # the regulation: red, not smaller than 32 pt
SECRECY_SIZE = 24.0  # red, larger than the text
STAMP_SPACE = 2.5 * cm  # between the office's name and the date: the stamp and initials
SIGNATURE_SPACE = 2.2 * cm
# The secrecy mark's ink sits in the top margin between these distances from the page's top
# edge (the Garuda starts at GARUDA_TOP), and in the bottom margin as far from the bottom.
SECRECY_BAND = (0.35 * cm, GARUDA_TOP - 0.1 * cm)
PAGE_NUMBER_TOP = GARUDA_TOP  # the "-๒-" line's box starts here, under the secrecy band
CONTINUATION_MAX = 12  # clusters of the next page's first word shown in the cue
KEEP_WITH_ENDING = 2  # the body's last lines that go with the closing to its page
MAX_TO_LINES = 3
RED = (0.8, 0.0, 0.0)
# The acknowledgement code on a recipient's copy.
ACK_QR_SIZE = 2.0 * cm  # the QR code's square, its quiet zone (4 modules a side) included
ACK_QR_LEVEL = "H"  # 30% of the symbol may be lost (a stamp, a fold): still version 1, 21x21
ACK_BLOCK_GAP = 0.5 * cm  # at least this between the contact lines and the code
ACK_TEXT_MAX = 6.5 * cm  # the code's column: the recipient's name wraps beyond this
ACK_CODE_SIZE = 15.0  # below the letter's 16 pt: the code is not part of what it says
ACK_NAME_SIZE = 14.0
ACK_HINT_SIZE = 13.0
ACK_LABEL = "รหัสตอบรับ"
ACK_HINT = "แจ้งรหัสนี้เมื่อตอบรับ"


@lru_cache(maxsize=1024)
def prose_digits(text: str, digits: Digits) -> str:
    """Apply the letter's digits to prose: e-mail addresses and URLs stay as written, digits
    attached to Latin letters ("COVID-19", "PM2.5") stay Arabic (``letter_digits``). Cached:
    the letters of a batch share their paragraphs."""
    return letter_digits(text, digits)


# -- fonts and styles ---------------------------------------------------------------------------
@dataclass
class LetterFonts:
    """The letter's regular and bold faces. The bold is drawn at the regular's apparent scale
    (a family shares one size; bold outlines run a little taller)."""

    regular: ShapingFont
    bold: ShapingFont

    def __post_init__(self) -> None:
        self.bold.apparent_scale = self.regular.apparent_scale

    @classmethod
    def bundled(cls) -> LetterFonts:
        """Laksaman, drawn at TH Sarabun's apparent size."""
        return _bundled_fonts()

    @classmethod
    def default(cls) -> LetterFonts:
        """The office's installed TH SarabunIT๙/PSK/New (``system_fonts``), else bundled."""
        found = installed_th_sarabun()
        if found is None:
            return _bundled_fonts()
        key = (found.regular, found.bold)
        if key not in _INSTALLED:
            try:
                _INSTALLED[key] = cls.from_files(found.regular, found.bold)
            except (OSError, ValueError, RuntimeError):
                return _bundled_fonts()  # an unreadable installed font: the bundled one
        return _INSTALLED[key]

    @classmethod
    def from_files(cls, regular: Path, bold: Path | None = None) -> LetterFonts:
        regular_font = ShapingFont(regular)
        return cls(regular_font, ShapingFont(bold) if bold else regular_font)


_INSTALLED: dict[tuple[Path, Path | None], LetterFonts] = {}


_BUNDLED: list[LetterFonts] = []


def _bundled_fonts() -> LetterFonts:
    if not _BUNDLED:
        _BUNDLED.append(
            LetterFonts(
                ShapingFont(fonts_dir() / "Laksaman.ttf"),
                ShapingFont(fonts_dir() / "Laksaman-Bold.ttf"),
            )
        )
    return _BUNDLED[0]


@dataclass
class LetterStyles:
    body: TextStyle
    plain: TextStyle
    center: TextStyle
    urgency: TextStyle
    secrecy: TextStyle
    page_number: TextStyle

    @classmethod
    def make(cls, fonts: LetterFonts, size: float = BODY_SIZE) -> LetterStyles:
        plain = TextStyle(fonts.regular, size)
        return cls(
            body=plain.but(align="justify", first_indent=PARAGRAPH_INDENT, space_before=0.0),
            plain=plain,
            center=plain.but(align="center"),
            urgency=TextStyle(fonts.bold, URGENCY_SIZE, color=RED),
            secrecy=TextStyle(fonts.bold, SECRECY_SIZE, color=RED, align="center"),
            page_number=plain.but(align="center"),
        )


# -- flowables ------------------------------------------------------------------------------------
class Garuda(Flowable):
    """The emblem, 3 cm tall and centred; its space is kept when there is no image."""

    def __init__(self, image: Path | None) -> None:
        super().__init__()
        self.image = image

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, GARUDA_HEIGHT

    def draw(self) -> None:
        if self.image is None:
            return
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(str(self.image))
        width, height = reader.getSize()
        draw_width = GARUDA_HEIGHT * width / height
        # Centred on the page (the text area is off-centre: margins 3 cm and 2 cm).
        page_centre = PAGE_WIDTH / 2 - LEFT_MARGIN
        self.canv.drawImage(
            reader, page_centre - draw_width / 2, 0, draw_width, GARUDA_HEIGHT, mask="auto"
        )


class Columns(Flowable):
    """Paragraphs side by side at given offsets and widths; as tall as the tallest."""

    def __init__(
        self, cells: Sequence[tuple[float, float, ThaiParagraph]], *, space_before: float = 0.0
    ) -> None:
        super().__init__()
        self.cells = list(cells)
        self.spaceBefore = space_before

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = max(cell.wrap(width, availHeight)[1] for _x, width, cell in self.cells)
        return self.width, self.height

    def draw(self) -> None:
        for x, _width, cell in self.cells:
            cell.drawOn(self.canv, x, self.height - cell.height)


# -- the renderer ---------------------------------------------------------------------------------
@dataclass
class LetterRenderer:
    """Typesets letters; one renderer serves a whole batch (fonts and dictionary loaded once)."""

    fonts: LetterFonts = field(default_factory=LetterFonts.default)
    segmenter: Segmenter = field(default_factory=Segmenter)
    garuda: Path | None = None

    def __post_init__(self) -> None:
        self.styles = LetterStyles.make(self.fonts)

    # helpers
    def _p(self, text: str, style: TextStyle) -> ThaiParagraph:
        clean = "\n".join(normalise(line) for line in text.split("\n"))
        return ThaiParagraph(clean, style, self.segmenter)

    def _labelled(
        self,
        label: str,
        value: str,
        letter: Letter,
        *,
        space_before: float = 0.0,
        keep_with_next: bool = False,
    ) -> ThaiParagraph:
        """ "เรื่อง  ..." with later lines hanging under the value, not the label."""
        plain = self.styles.plain
        label_text = label + "  "
        # The value's later lines hang where its first line starts: after the label and
        # one space (the segmenter sets a run of typed spaces as one).
        label_width = plain.font.width(label + " ", plain.size)
        style = plain.but(
            left_indent=label_width,
            first_indent=-label_width,
            space_before=space_before,
            keep_with_next=keep_with_next,
        )
        return self._p(prose_digits(label_text + value, letter.digits), style)

    def recipients_line(self, letter: Letter) -> tuple[str, bool]:
        """The text after ถึง/เรียน, and whether the recipients go to an annex."""
        joined = join_recipients(letter.to)
        if not joined:
            return "", False
        plain = self.styles.plain
        label_width = plain.font.width("เรียน ", plain.size)  # spaces set as one
        shown = prose_digits(joined, letter.digits)
        # Fits on one line (a point to spare for kerning between the two): no layout needed.
        if label_width + plain.font.width(shown, plain.size) <= TEXT_WIDTH - 1:
            return joined, False
        style = plain.but(left_indent=label_width, first_indent=-label_width)
        text = prose_digits("เรียน  " + joined, letter.digits)
        if len(laid_out(text, style, TEXT_WIDTH, self.segmenter).lines) > MAX_TO_LINES:
            return "ตามบัญชีรายชื่อแนบท้าย", True
        return joined, False

    def story(self, letter: Letter, *, copy_for: str = "", tag: str = "") -> list[Flowable]:
        """The letter's flowables. ``copy_for``: on a recipient's copy (``letter.ack_code``
        set), whom it is for, printed with the code. ``tag``: the suffix of this letter's page
        templates in a document of several letters (``build_copies``)."""
        # The letter's own names (recipients, offices) must never be split across lines.
        self.segmenter.add_words(
            [
                *letter.to,
                letter.office,
                *letter.owner_unit.split("\n"),
                *(letter.signer.position.split("\n") if letter.signer else []),
            ]
        )
        d = letter.digits
        styles = self.styles
        story: list[Flowable] = [Garuda(self.garuda)]
        doc_no_text = prose_digits(f"ที่ {letter.doc_no}".strip(), d) if letter.doc_no else ""
        half = TEXT_WIDTH / 2
        if letter.kind == "external":
            office_lines = "\n".join(x for x in (letter.office, letter.office_address) if x)
            story.append(
                Columns(
                    [
                        (0.0, half, self._p(doc_no_text, styles.plain)),
                        (
                            half + 0.5 * cm,
                            half - 0.5 * cm,
                            self._p(prose_digits(office_lines, d), styles.plain),
                        ),
                    ]
                )
            )
            if letter.date:
                story.append(
                    self._p(
                        format_date_full(letter.date, d),
                        styles.plain.but(left_indent=half - 1 * cm, space_before=6),
                    )
                )
            if letter.subject:
                story.append(self._labelled("เรื่อง", letter.subject, letter, space_before=6))
            salutation = letter.salutation
            annex = False
            if not salutation:
                salutation, annex = self.recipients_line(letter)
            if salutation:
                story.append(self._labelled("เรียน", salutation, letter, space_before=6))
            story.extend(self._numbered("อ้างถึง", letter.references, letter))
            story.extend(self._numbered("สิ่งที่ส่งมาด้วย", letter.enclosures, letter))
        else:
            # ข้อ 14: no เรื่อง or สิ่งที่ส่งมาด้วย line (the body names what is sent:
            # Letter.printed_body). An อ้างถึง line only when the letter's JSON gives one:
            # what was typed is never dropped.
            story.append(self._p(doc_no_text, styles.plain))
            recipients, annex = self.recipients_line(letter)
            if recipients:
                story.append(self._labelled("ถึง", recipients, letter, space_before=6))
            story.extend(self._numbered("อ้างถึง", letter.references, letter))
        body = [
            self._p(prose_digits(paragraph, d), styles.body.but(space_before=12 if i == 0 else 6))
            for i, paragraph in enumerate(letter.printed_body())
        ]
        closing = [*self._ending(letter), *self._owner_block(letter, copy_for)]
        if body:
            head, tail = self._last_lines(body[-1], KEEP_WITH_ENDING)
            story.extend(body[:-1])
            if head is not None:
                story.append(head)
            closing.insert(0, tail)
        story.append(KeepTogether(closing))
        if annex:
            story.extend(self._annex(letter, tag))
        return story

    @staticmethod
    def _last_lines(
        paragraph: ThaiParagraph, count: int
    ) -> tuple[ThaiParagraph | None, ThaiParagraph]:
        """``paragraph`` cut before its last ``count`` lines (at the frame's width): (the
        lines before, or None; the last lines), so the last ones can go with the closing."""
        lines = paragraph._layout(TEXT_WIDTH)
        if len(lines) <= count:
            return None, paragraph
        style = paragraph.style
        head = paragraph.lines_part(0, len(lines) - count, style)
        tail = paragraph.lines_part(len(lines) - count, len(lines), style.but(space_before=0.0))
        return head, tail

    def _numbered(self, label: str, items: Sequence[str], letter: Letter) -> list[Flowable]:
        """ "สิ่งที่ส่งมาด้วย  ..." for one item; numbered items under the label for several."""
        if len(items) <= 1:
            return [self._labelled(label, items[0], letter, space_before=6)] if items else []
        plain = self.styles.plain
        label_width = plain.font.width(label + " ", plain.size)  # spaces set as one
        flowables: list[Flowable] = []
        for number, item in enumerate(items, start=1):
            # Wrapped lines hang under the item's text, not under its number.
            lead = prose_digits(f"{number}. ", letter.digits)
            hang = label_width + plain.font.width(lead, plain.size)
            if number == 1:
                text, first = f"{label}  {lead}{item}", -hang
            else:
                text, first = f"{lead}{item}", label_width - hang
            style = plain.but(left_indent=hang, first_indent=first)
            if number == 1:
                style = style.but(space_before=6)
            flowables.append(self._p(prose_digits(text, letter.digits), style))
        return flowables

    def _ending(self, letter: Letter) -> list[Flowable]:
        d = letter.digits
        styles = self.styles
        block_x = TEXT_WIDTH * 0.38
        block_width = TEXT_WIDTH - block_x
        centred = styles.center
        parts: list[Flowable] = []
        if letter.kind == "external":
            closing = letter.closing or "ขอแสดงความนับถือ"
            parts.append(
                Columns([(block_x, block_width, self._p(closing, centred))], space_before=18)
            )
            parts.append(Spacer(1, SIGNATURE_SPACE))
            if letter.signer:
                lines = [f"({letter.signer.name})"] + [
                    line for line in letter.signer.position.split("\n") if line.strip()
                ]
                parts.append(
                    Columns(
                        [
                            (
                                block_x,
                                block_width,
                                self._p(prose_digits("\n".join(lines), d), centred),
                            )
                        ]
                    )
                )
        else:
            # The issuing office's name, the stamp with the officer's initials, the date.
            if letter.office:
                parts.append(
                    Columns(
                        [(block_x, block_width, self._p(prose_digits(letter.office, d), centred))],
                        space_before=18,
                    )
                )
            parts.append(
                StampSpace(letter.initials, block_x, block_width, styles.plain, self.segmenter, d)
            )
            if letter.date:
                parts.append(
                    Columns(
                        [
                            (
                                block_x,
                                block_width,
                                self._p(format_date_full(letter.date, d), centred),
                            )
                        ]
                    )
                )
        return parts

    def _owner_block(self, letter: Letter, copy_for: str = "") -> list[Flowable]:
        d = letter.digits
        lines = []
        if letter.owner_unit:
            lines.append(letter.owner_unit)
        if letter.phone:
            lines.append(f"โทร. {letter.phone}")
        if letter.fax:
            lines.append(f"โทรสาร {letter.fax}")
        if letter.email:
            lines.append(f"ไปรษณีย์อิเล็กทรอนิกส์ {letter.email}")
        flowables: list[Flowable] = []
        contact = (
            self._p(prose_digits("\n".join(lines), d), self.styles.plain.but(space_before=18))
            if lines
            else None
        )
        if letter.ack_code:
            mark = AckMark(letter.ack_code, copy_for, self.fonts, self.segmenter)
            flowables.append(BesideMark(contact, mark, space_before=18))
        elif contact is not None:
            flowables.append(contact)
        if letter.copies_to:
            flowables.append(
                self._p(
                    prose_digits("สำเนาส่ง\n" + "\n".join(letter.copies_to), d),
                    self.styles.plain.but(space_before=12),
                )
            )
        return flowables

    def _annex(self, letter: Letter, tag: str = "") -> list[Flowable]:
        d = letter.digits
        title = letter.annex_title or "บัญชีรายชื่อแนบท้ายหนังสือ"
        if letter.doc_no:
            title += f" ที่ {letter.doc_no}"
        if letter.date:
            title += f" ลงวันที่ {format_date_full(letter.date, d)}"
        flowables: list[Flowable] = [
            NextPageTemplate(f"annex{tag}"),
            PageBreak(),
            self._p(prose_digits(title, d), self.styles.center.but(space_after=12)),
        ]
        width = (
            self.styles.plain.font.width(
                apply_digits(f"{len(letter.to)}. ", d), self.styles.plain.size
            )
            + 4
        )
        style = self.styles.plain.but(left_indent=width, first_indent=-width)
        for number, name in enumerate(letter.to, start=1):
            flowables.append(self._p(prose_digits(f"{number}. {name}", d), style))
        return flowables

    # -- pages ------------------------------------------------------------------------------
    def _page_marks(
        self, letter: Letter, first: bool, origin: MutableSequence[int], pages: _Pages, tag: str
    ) -> Callable[[Canvas, Any], None]:
        """What every page of ``letter`` carries; ``origin[0]`` is the document's page number
        of the letter's first page (its later pages are numbered from there)."""
        styles, segmenter = self.styles, self.segmenter

        def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
            if first:
                origin[0] = doc.page
            pages.owner[doc.page] = tag
            canvas.saveState()
            if letter.secrecy.rank > 0:
                text = letter.secrecy.label_th
                top_band = (PAGE_HEIGHT - SECRECY_BAND[0], PAGE_HEIGHT - SECRECY_BAND[1])
                bottom_band = (SECRECY_BAND[1], SECRECY_BAND[0])
                for band in (top_band, bottom_band):
                    _draw_in_band(canvas, text, band, styles.secrecy, segmenter)
            if first and letter.urgency.rank > 0:
                _draw_text_line(
                    canvas,
                    letter.urgency.label_th,
                    LEFT_MARGIN,
                    PAGE_HEIGHT - GARUDA_TOP - 1.6 * cm,
                    TEXT_WIDTH / 2,
                    styles.urgency,
                    segmenter,
                )
            if not first:
                number = apply_digits(f"-{doc.page - origin[0] + 1}-", letter.digits)
                _draw_text_line(
                    canvas,
                    number,
                    LEFT_MARGIN,
                    PAGE_HEIGHT - PAGE_NUMBER_TOP,
                    TEXT_WIDTH,
                    styles.page_number,
                    segmenter,
                )
            canvas.restoreState()

        return draw

    def _page_end(self, letter: Letter, pages: _Pages) -> Callable[[Canvas, Any], None]:
        """The continuation cue at the bottom right of a page that has a next one."""
        style = self.styles.plain.but(align="right")

        def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
            word = pages.cues.get(doc.page)
            if not word:
                return
            canvas.saveState()
            _draw_text_line(
                canvas,
                prose_digits(f"/{word}...", letter.digits),
                LEFT_MARGIN,
                BOTTOM_MARGIN,
                TEXT_WIDTH,
                style,
                self.segmenter,
            )
            canvas.restoreState()

        return draw

    def _build(
        self, copies: Sequence[tuple[Letter, str]], target: Path | BinaryIO, pages: _Pages
    ) -> tuple[BaseDocTemplate, list[int]]:
        document = _LetterDocument(
            pages,
            str(target) if isinstance(target, Path) else target,
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=copies[0][0].subject or copies[0][0].doc_no,
            author=copies[0][0].office,
            subject=copies[0][0].doc_no,
            creator="Saraban Desk",
            invariant=1,
        )
        templates: list[PageTemplate] = []
        story: list[Flowable] = []
        starts: list[int] = []
        for index, (letter, copy_for) in enumerate(copies):
            tag = f"-{index}" if index else ""
            templates.extend(self._templates(letter, tag, pages))
            if index:
                story.extend([NextPageTemplate(f"first{tag}"), PageBreak()])
            story.append(_PageMarker(starts))
            story.extend(self.story(letter, copy_for=copy_for, tag=tag))
        document.addPageTemplates(templates)
        document.build(story)
        return document, starts

    def _typeset(self, copies: Sequence[tuple[Letter, str]], target: Path | BinaryIO) -> list[int]:
        """Typeset letters into ``target``; each letter's page count. A letter that runs
        over a page is set twice: the first pass finds each page's first word, the second
        prints the continuation cues (they sit in the bottom margin: the pages do not move)."""
        pages = _Pages()
        buffer = io.BytesIO()
        document, starts = self._build(copies, buffer, pages)
        ends = [*starts[1:], int(document.page) + 1]
        cues = pages.continuation_cues()
        if cues:
            buffer = io.BytesIO()
            self._build(copies, buffer, _Pages(cues=cues))
        data = buffer.getvalue()
        if isinstance(target, Path):
            target.write_bytes(data)
        else:
            target.write(data)
        return [end - start for start, end in zip(starts, ends, strict=True)]

    def build(self, letter: Letter, target: Path | BinaryIO, *, copy_for: str = "") -> int:
        """Typeset ``letter`` into ``target`` (a path or a binary file object); return the
        number of pages. ``copy_for``: see ``story``."""
        return self._typeset([(letter, copy_for)], target)[0]

    def build_copies(
        self, copies: Sequence[tuple[Letter, str]], target: Path | BinaryIO
    ) -> list[int]:
        """Several letters in one document, each starting on a new page and numbered on its
        own ("-๒-" is a letter's second page): every recipient's copy of a letter, as
        (letter with its ``ack_code``, whom it is for). Returns each letter's page count.
        Raises ``ValueError`` for no letters."""
        if not copies:
            raise ValueError("no letters to typeset")
        return self._typeset(copies, target)

    def _templates(self, letter: Letter, tag: str, pages: _Pages) -> list[PageTemplate]:
        """The first, later and annex pages of one letter (names suffixed with ``tag``)."""
        frame_height_first = PAGE_HEIGHT - GARUDA_TOP - BOTTOM_MARGIN
        first_frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            frame_height_first,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="first",
        )
        later_frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="later",
        )
        origin = [1]
        page_end = self._page_end(letter, pages)
        return [
            PageTemplate(
                f"first{tag}",
                [first_frame],
                onPage=self._page_marks(letter, True, origin, pages, tag),
                onPageEnd=page_end,
                autoNextPageTemplate=f"later{tag}",
            ),
            PageTemplate(
                f"later{tag}",
                [later_frame],
                onPage=self._page_marks(letter, False, origin, pages, tag),
                onPageEnd=page_end,
            ),
            PageTemplate(
                f"annex{tag}",
                [later_frame],
                onPage=self._page_marks(letter, False, origin, pages, f"{tag}:annex"),
            ),
        ]

    def render_bytes(self, letter: Letter, *, copy_for: str = "") -> bytes:
        buffer = io.BytesIO()
        self.build(letter, buffer, copy_for=copy_for)
        return buffer.getvalue()

    def render_file(self, letter: Letter, target: Path) -> int:
        """Write the letter to ``target`` atomically; return its page count."""
        buffer = io.BytesIO()
        pages = self.build(letter, buffer)
        write_atomically(target, buffer.getvalue())
        return pages


class StampSpace(Flowable):
    """Room for the office's stamp, with the responsible officer's initials beside it."""

    def __init__(
        self,
        initials: str,
        x: float,
        width: float,
        style: TextStyle,
        segmenter: Segmenter,
        digits: Digits,
    ) -> None:
        super().__init__()
        self.initials = initials
        self.block_x = x
        self.block_width = width
        self.style = style
        self.segmenter = segmenter
        self.digits: Digits = digits

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, STAMP_SPACE

    def draw(self) -> None:
        if not self.initials:
            return
        text = prose_digits(self.initials, self.digits)
        x = self.block_x + self.block_width / 2 + 2.2 * cm
        _draw_text_line(
            self.canv,
            text,
            x,
            STAMP_SPACE / 2 + self.style.size / 2,
            self.block_width / 2,
            self.style,
            self.segmenter,
        )


@dataclass
class _Pages:
    """What one typesetting pass learns about its pages: which letter (template tag) each
    belongs to and the first word printed on it; and, for the second pass, the cues."""

    owner: dict[int, str] = field(default_factory=dict)
    first_words: dict[int, str] = field(default_factory=dict)
    cues: dict[int, str] = field(default_factory=dict)

    def continuation_cues(self) -> dict[int, str]:
        """{page: the next page's first word} for every page followed by a page of the same
        letter's text (not its annex, not the next letter)."""
        return {
            page: self.first_words[page + 1]
            for page, tag in self.owner.items()
            if self.owner.get(page + 1) == tag
            and not tag.endswith(":annex")
            and self.first_words.get(page + 1)
        }


def _first_word(flowable: Flowable) -> str:
    """The first word a flowable prints (the first unbreakable box of its first line), at
    most ``CONTINUATION_MAX`` clusters; "" for flowables without text."""
    if isinstance(flowable, Columns):
        return _first_word(flowable.cells[0][2]) if flowable.cells else ""
    if isinstance(flowable, BesideMark):
        return _first_word(flowable.contact) if flowable.contact is not None else ""
    if not isinstance(flowable, ThaiParagraph) or not flowable._lines:
        return ""
    word = ""
    for segment in flowable._lines[0].segments:
        if segment.is_space or (word and segment.starts_box):
            break
        word += segment.run.text
    # A long name is cued by its first word ("องค์การ..."), as a typist does.
    while len(clusters(word)) > CONTINUATION_MAX:
        inner = flowable.segmenter.inner_words(word)
        if len(inner) < 2:
            break
        word = inner[0]
    return "".join(clusters(word)[:CONTINUATION_MAX])


class _LetterDocument(BaseDocTemplate):
    """The page flow, noting each page's first printed word for the continuation cue."""

    def __init__(self, pages: _Pages, filename: Any, **kwargs: Any) -> None:
        self.pages = pages
        super().__init__(filename, **kwargs)
        # Page streams at zlib level 1: 0.36 ms less a letter, PDFs about 1 % larger.
        self.setPageCallBack(lambda _number: compress_last_page_quickly(self.canv))

    def afterFlowable(self, flowable: Flowable) -> None:  # ReportLab's hook
        # A cue names the first word of the page after it: page 1 never needs its own.
        if self.page > 1 and self.page not in self.pages.first_words:
            word = _first_word(flowable)
            if word:
                self.pages.first_words[self.page] = word


def _draw_in_band(
    canvas: Canvas,
    text: str,
    band: tuple[float, float],
    style: TextStyle,
    segmenter: Segmenter,
) -> None:
    """One centred line whose ink (tone marks to lower vowels, from the glyphs' outlines)
    is centred between ``band``'s two heights (points from the page's bottom, top first)."""
    breaker = LineBreaker(style, segmenter)
    lines = breaker.lines(text, TEXT_WIDTH)
    ink_top, ink_bottom = style.font.ink_extent(text, style.size)
    middle = (band[0] + band[1]) / 2
    baseline = middle - (ink_top + ink_bottom) / 2
    draw_lines(canvas, lines[:1], LEFT_MARGIN, baseline + style.ascent, TEXT_WIDTH, style)


class _PageMarker(Flowable):
    """Notes the page a letter starts on (zero size), for ``build_copies``' page counts."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__()
        self.starts = starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        self.starts.append(int(self.canv.getPageNumber()))


def qr_widget(code: str) -> Any:
    """ReportLab's QR code for ``code`` (``reportlab.graphics.barcode.qr.QrCodeWidget``):
    alphanumeric mode, error correction level ``ACK_QR_LEVEL``, a 4-module quiet zone."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    return QrCodeWidget(code, barLevel=ACK_QR_LEVEL, barBorder=4)


def qr_modules(code: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row from the top (what ``AckMark`` draws)."""
    widget = qr_widget(code)
    widget.qr.make()
    return [[bool(module) for module in row] for row in widget.qr.modules]


class AckMark(Flowable):
    """A recipient's acknowledgement code, right-aligned in a narrow column: "รหัสตอบรับ
    ACE-739-KMN" (bold), whom the copy is for ("สำหรับ ..."), a one-line hint, and under them
    the same code as a QR code (``ACK_QR_SIZE`` square, quiet zone included; its dark modules
    end flush with the text). The QR code carries the canonical code only.

    ``value`` is what the QR code encodes. After ``wrap``: ``width``/``height`` (points) and
    ``parts``, the (top, bottom, width) of each line and of the QR code, measured down from
    the mark's top and leftwards from its right edge, which ``BesideMark`` keeps clear of the
    contact lines."""

    def __init__(self, code: str, recipient: str, fonts: LetterFonts, segmenter: Segmenter) -> None:
        super().__init__()
        self.code = code
        self.widget = qr_widget(code)
        self.recipient = normalise(recipient)
        self.segmenter = segmenter

        def style(font: ShapingFont, size: float) -> TextStyle:
            return TextStyle(font, size, align="right")

        self.blocks_text = [(style(fonts.bold, ACK_CODE_SIZE), f"{ACK_LABEL} {format_code(code)}")]
        if self.recipient:
            self.blocks_text.append(
                (style(fonts.regular, ACK_NAME_SIZE), f"สำหรับ {self.recipient}")
            )
        self.blocks_text.append((style(fonts.regular, ACK_HINT_SIZE), ACK_HINT))
        self._blocks: list[tuple[TextStyle, list[Line]]] = []
        self.parts: list[tuple[float, float, float]] = []
        self.text_width = 0.0

    @property
    def value(self) -> str:
        """What the QR code encodes (the canonical code)."""
        return str(self.widget.value)

    def _layout(self) -> None:
        if self._blocks:
            return
        natural = [style.font.width(text, style.size) for style, text in self.blocks_text]
        self.text_width = min(max([ACK_QR_SIZE, *natural]), ACK_TEXT_MAX)
        self._blocks = [
            (style, LineBreaker(style, self.segmenter).lines(text, self.text_width))
            for style, text in self.blocks_text
        ]
        parts: list[tuple[float, float, float]] = []
        top = 0.0
        for style, lines in self._blocks:
            for line in lines:
                parts.append((top, top + style.line_height, line.indent + line.width))
                top += style.line_height
        self.text_height = top
        parts.append((top, top + ACK_QR_SIZE, ACK_QR_SIZE))
        self.parts = parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout()
        self.width = self.text_width
        self.height = self.text_height + ACK_QR_SIZE
        return self.width, self.height

    def draw(self) -> None:
        self._layout()
        canvas = self.canv
        top = self.height
        for style, lines in self._blocks:
            draw_lines(canvas, lines, 0.0, top, self.width, style)
            top -= len(lines) * style.line_height
        # The QR code: dark modules as horizontal runs; the quiet zone (4 white modules)
        # passes the column's right edge into the page margin, which is blank.
        modules = qr_modules(self.code)
        border = 4
        box = ACK_QR_SIZE / (len(modules) + 2 * border)
        left = self.width - len(modules) * box
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(modules):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                run = c
                while run < len(row) and row[run]:
                    run += 1
                canvas.rect(
                    left + c * box,
                    top - (border + r + 1) * box,
                    (run - c) * box,
                    box,
                    stroke=0,
                    fill=1,
                )
                c = run
        canvas.restoreState()


class BesideMark(Flowable):
    """The contact lines (ส่วนราชการเจ้าของเรื่อง, โทร., e-mail; may be None) at the left and a
    recipient's acknowledgement code at the right, top-aligned, never overlapping:

    1. the lines as on the office's copy, when none of them comes within ``ACK_BLOCK_GAP``
       of a part of the code level with it (the usual case: the e-mail line is the widest,
       and only the QR code is level with it);
    2. else the lines wrapped short of the code's column, if no word has to be cut for it;
    3. else the code under the lines."""

    def __init__(
        self, contact: ThaiParagraph | None, mark: AckMark, *, space_before: float = 0.0
    ) -> None:
        super().__init__()
        self.contact = contact
        self.mark = mark
        self.spaceBefore = space_before
        self.contact_width = 0.0
        self.contact_height = 0.0
        self.mark_below = False

    def _fits(self, width: float) -> bool:
        """The contact lines at ``width`` keep clear of the mark beside them."""
        assert self.contact is not None
        style = self.contact.style
        lines = LineBreaker(style, self.contact.segmenter).lines(self.contact.text, width)
        for index, line in enumerate(lines):
            top, bottom = index * style.line_height, (index + 1) * style.line_height
            for part_top, part_bottom, part_width in self.mark.parts:
                level = part_top < bottom and top < part_bottom
                used = line.indent + line.width
                if level and used + ACK_BLOCK_GAP + part_width > self.width + 0.01:
                    return False
        return True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        mark_width, mark_height = self.mark.wrap(availWidth, availHeight)
        self.mark_below = False
        self.contact_height = 0.0
        if self.contact is not None:
            room = availWidth - mark_width - ACK_BLOCK_GAP
            if self._fits(availWidth):
                self.contact_width = availWidth
            elif room >= widest_box(self.contact.style, self.contact.segmenter, self.contact.text):
                self.contact_width = room
            else:
                self.contact_width = availWidth
                self.mark_below = True
            self.contact_height = self.contact.wrap(self.contact_width, availHeight)[1]
        if self.mark_below:
            self.height = self.contact_height + ACK_BLOCK_GAP + mark_height
        else:
            self.height = max(mark_height, self.contact_height)
        return self.width, self.height

    def draw(self) -> None:
        if self.contact is not None:
            self.contact.drawOn(self.canv, 0.0, self.height - self.contact_height)
        top = self.contact_height + ACK_BLOCK_GAP if self.mark_below else 0.0
        self.mark.drawOn(
            self.canv, self.width - self.mark.width, self.height - top - self.mark.height
        )


def widest_box(style: TextStyle, segmenter: Segmenter, text: str) -> float:
    """The widest run of ``text`` a line may not break inside (a word, or words glued by
    punctuation): narrower than this, a line would have to cut a word."""
    widest = 0.0
    for hard_line in text.split("\n"):
        current = ""
        for token in segmenter.tokens(hard_line):
            if token.is_space:
                current = ""
                continue
            current += token.text
            widest = max(widest, style.font.width(current, style.size))
            if token.break_after:
                current = ""
    return widest + style.left_indent


def _draw_text_line(
    canvas: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    style: TextStyle,
    segmenter: Segmenter,
) -> None:
    if style.align == "justify":  # set as typed: no justification
        style = style.but(align="left")
    laid = laid_out(text, style, width, segmenter)
    draw_lines(canvas, laid.lines, x, top, width, style, reuse=(laid.drawings, ()))
