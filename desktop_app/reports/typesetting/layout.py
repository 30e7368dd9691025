"""Thai paragraphs laid out by hand and handed to ReportLab's page flow as flowables.

Lines break only between words (see segment.py) and never inside a cluster; widths are those
of the shaped text. Justified lines spread their slack evenly over the gaps between words
(spaces and the boundaries inside Thai text alike); the last line of a paragraph is set left.
``ThaiParagraph`` is a platypus ``Flowable``: ReportLab's frames and page templates do the
page breaking, ``keepWithNext`` and the spacing between blocks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.reports.typesetting.fonts import ShapedRun, ShapingFont
from desktop_app.reports.typesetting.pdf import EmbeddedFont, PlacedGlyph
from desktop_app.reports.typesetting.segment import Segmenter, Token

Align = Literal["left", "justify", "center", "right"]
SPACE_WEIGHT = 1.0  # share of the slack a space takes, relative to a word boundary
WORD_WEIGHT = 1.0
# Beyond this many ems per word gap, the rest of the slack is spread between clusters
# (Word's "Thai distributed"), so a line with few word gaps does not open holes.
MAX_GAP_EM = 0.3
LEADING_VOWELS = set("เแโใไ")
EPSILON = 0.01


@dataclass(frozen=True)
class TextStyle:
    font: ShapingFont
    size: float = 16.0
    leading: float | None = None  # baseline to baseline; default 1.35 x size
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    align: Align = "left"
    first_indent: float = 0.0
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.35

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(slots=True)
class Segment:
    """A shaped token on a line: where it starts, and the justification gap after it."""

    run: ShapedRun
    x: float
    is_space: bool
    gap_after: float = 0.0
    starts_box: bool = False  # a line may begin here (glued tokens follow in one box)


@dataclass
class Line:
    segments: list[Segment] = field(default_factory=list)
    width: float = 0.0  # natural width, trailing spaces excluded
    indent: float = 0.0
    last: bool = False
    letter_space: float = 0.0  # added after every cluster but the line's last
    # The space the break swallowed before this line (given back if the break moves).
    break_space: Segment | None = None

    @property
    def text(self) -> str:
        return "".join(segment.run.text for segment in self.segments)


def clusters(text: str) -> list[str]:
    """Split into clusters a line may break between (never after a leading vowel, never
    before a combining mark or SARA AM)."""
    pieces: list[str] = []
    for char in text:
        attach = pieces and (
            unicodedata.category(char) in ("Mn", "Mc")
            or char == "\u0e33"
            or pieces[-1][-1] in LEADING_VOWELS
        )
        if attach:
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


class LineBreaker:
    """Greedy first-fit line breaking over unbreakable boxes of glued tokens."""

    def __init__(self, style: TextStyle, segmenter: Segmenter) -> None:
        self.style = style
        self.segmenter = segmenter
        self.scale = style.size / style.font.upem

    def _width(self, run: ShapedRun) -> float:
        return run.advance * self.scale

    def _boxes(self, tokens: list[Token]) -> list[list[Token]]:
        boxes: list[list[Token]] = []
        current: list[Token] = []
        for token in tokens:
            if token.is_space:
                if current:
                    boxes.append(current)
                    current = []
                boxes.append([token])
                continue
            current.append(token)
            if token.break_after:
                boxes.append(current)
                current = []
        if current:
            boxes.append(current)
        return boxes

    def _split_long(self, box: list[Token], width: float) -> list[list[Token]]:
        """A box wider than the line (a long URL) is cut between clusters."""
        text = "".join(token.text for token in box)
        parts: list[list[Token]] = []
        piece = ""
        for cluster in clusters(text):
            if piece and self._width(self.style.font.shape(piece + cluster)) > width:
                parts.append([Token(piece)])
                piece = cluster
            else:
                piece += cluster
        if piece:
            parts.append([Token(piece)])
        return parts

    def lines(self, text: str, width: float) -> list[Line]:
        font = self.style.font
        result: list[Line] = []
        for hard_line in text.split("\n"):
            boxes = self._boxes(self.segmenter.tokens(hard_line))
            # The first line of the paragraph is indented; lines after a hard break are not.
            line = Line(
                indent=self.style.left_indent + (self.style.first_indent if not result else 0.0)
            )
            pending_spaces: list[Segment] = []

            first_of_paragraph = len(result)

            def finish(current: Line, last: bool, swallowed: Segment | None = None) -> Line:
                current.last = last
                result.append(current)
                return Line(indent=self.style.left_indent, break_space=swallowed)

            queue = list(boxes)
            while queue:
                box = queue.pop(0)
                available = width - line.indent
                if box[0].is_space:
                    if line.segments:
                        run = font.shape(" ")
                        pending_spaces.append(Segment(run, 0.0, is_space=True))
                    continue
                runs = [font.shape(token.text) for token in box]
                box_width = sum(self._width(run) for run in runs)
                spaces_width = sum(self._width(s.run) for s in pending_spaces)
                if line.segments and line.width + spaces_width + box_width > available + EPSILON:
                    swallowed = pending_spaces[0] if pending_spaces else None
                    pending_spaces = []
                    line = finish(line, last=False, swallowed=swallowed)
                    available = width - line.indent
                if not line.segments and box_width > available + EPSILON:
                    parts = self._split_long(box, available)
                    queue[0:0] = parts
                    continue
                x = line.width
                for space in pending_spaces:
                    space.x = x
                    line.segments.append(space)
                    x += self._width(space.run)
                pending_spaces = []
                for number, run in enumerate(runs):
                    line.segments.append(Segment(run, x, is_space=False, starts_box=number == 0))
                    x += self._width(run)
                line.width = x
            finish(line, last=True)
            if len(result) - first_of_paragraph >= 2 and self.style.first_indent > 0:
                self._no_runt(result[-2], result[-1], self.style.first_indent + self.style.size)
        return result

    def _no_runt(self, previous: Line, last: Line, minimum: float) -> None:
        """Give a paragraph's last line at least ``minimum`` width by taking words from the
        line before: a last line shorter than the first-line indent looks like a stray word,
        and PDF readers (poppler) take it for a separate column and read it first."""
        while last.width < minimum:
            segments = previous.segments
            end = len(segments)
            while end and segments[end - 1].is_space:
                end -= 1
            start = end - 1
            while start > 0 and not segments[start].starts_box:
                start -= 1
            if start <= 0:
                return
            moved = segments[start:end]
            given_back = [last.break_space] if last.break_space else []
            last.break_space = next((s for s in segments[end:] if s.is_space), None)
            previous.segments = segments[:start]
            while previous.segments and previous.segments[-1].is_space:
                trailing = previous.segments.pop()
                last.break_space = last.break_space or trailing
            last.segments = moved + given_back + last.segments
            for line in (previous, last):
                x = 0.0
                for segment in line.segments:
                    segment.x = x
                    x += self._width(segment.run)
                line.width = x

    def justify(self, line: Line, width: float) -> None:
        """Spread the slack of a non-last line over its word gaps (spaces and word boundaries
        alike); past ``MAX_GAP_EM`` per gap, spread the rest between clusters."""
        if line.last or self.style.align != "justify" or not line.segments:
            return
        slack = width - line.indent - line.width
        if slack <= EPSILON:
            return
        gaps: list[tuple[Segment, float]] = []
        for index, segment in enumerate(line.segments[:-1]):
            following = line.segments[index + 1]
            if segment.is_space:
                gaps.append((segment, SPACE_WEIGHT))
            elif not following.is_space:
                gaps.append((segment, WORD_WEIGHT))
        total = sum(weight for _segment, weight in gaps)
        cap = MAX_GAP_EM * self.style.size
        to_gaps = min(slack, cap * len(gaps))
        clusters_count = (
            sum(1 for segment in line.segments for glyph in segment.run.glyphs if not glyph.is_mark)
            - 1
        )
        rest = slack - to_gaps
        if rest > EPSILON and clusters_count > 0:
            line.letter_space = rest / clusters_count
        elif rest > EPSILON and total:
            to_gaps = slack  # nothing to spread between: the gaps take it all
        gap_of = (
            {id(segment): to_gaps * weight / total for segment, weight in gaps} if total else {}
        )
        shift = 0.0
        for segment in line.segments:
            segment.x += shift
            extra = gap_of.get(id(segment), 0.0)
            segment.gap_after = extra
            shift += extra + line.letter_space * sum(
                1 for glyph in segment.run.glyphs if not glyph.is_mark
            )
        line.width = width - line.indent


def place_line(
    line: Line,
    x: float,
    baseline: float,
    width: float,
    style: TextStyle,
) -> list[PlacedGlyph]:
    """Absolute glyph positions for one line (alignment applied)."""
    scale = style.size / style.font.upem
    offset = line.indent
    if style.align == "center":
        offset += (width - line.indent - line.width) / 2
    elif style.align == "right":
        offset += width - line.indent - line.width
    placed: list[PlacedGlyph] = []
    spacing = line.letter_space
    last_segment = len(line.segments) - 1
    for number, segment in enumerate(line.segments):
        pen = x + offset + segment.x
        last_spacing = segment.run.last_spacing_index()
        started = False
        for index, glyph in enumerate(segment.run.glyphs):
            extra = 0.0
            if not glyph.is_mark:
                # Letter spacing goes between clusters: marks stay on their base.
                if started:
                    pen += spacing
                started = True
                if not (number == last_segment and index == last_spacing):
                    extra = spacing
            if index == last_spacing:
                extra += segment.gap_after
            placed.append(
                PlacedGlyph(
                    glyph,
                    pen + glyph.x_offset * scale,
                    baseline + glyph.y_offset * scale,
                    extra_width=extra,
                )
            )
            pen += glyph.x_advance * scale
    return placed


def embedded_font(canvas: Canvas, font: ShapingFont) -> EmbeddedFont:
    """The document's embedding of ``font`` (one per canvas and font file)."""
    fonts: dict[str, EmbeddedFont] = canvas.__dict__.setdefault("_saraban_fonts", {})
    key = str(font.path)
    if key not in fonts:
        fonts[key] = EmbeddedFont(font, canvas)
    return fonts[key]


def draw_lines(
    canvas: Canvas, lines: list[Line], x: float, top: float, width: float, style: TextStyle
) -> None:
    """Draw lines whose first baseline is one em below ``top``."""
    font = embedded_font(canvas, style.font)
    canvas.setFillColorRGB(*style.color)
    baseline = top - style.size  # the first line's baseline one em below the top
    glyphs: list[PlacedGlyph] = []
    for line in lines:
        glyphs.extend(place_line(line, x, baseline, width, style))
        baseline -= style.line_height
    font.draw(glyphs, style.size)


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and Latin) text as a platypus flowable."""

    def __init__(
        self, text: str, style: TextStyle, segmenter: Segmenter, lines: list[Line] | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.segmenter = segmenter
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next
        self._lines = lines
        self._width = 0.0

    def _layout(self, width: float) -> list[Line]:
        if self._lines is None or abs(self._width - width) > EPSILON:
            breaker = LineBreaker(self.style, self.segmenter)
            lines = breaker.lines(self.text, width)
            for line in lines:
                breaker.justify(line, width)
            self._lines = lines
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height + self._bottom_pad()
        return self.width, self.height

    def _bottom_pad(self) -> float:
        # Room for descenders and lower vowels under the last baseline.
        return max(
            0.0,
            -self.style.font.descent(self.style.size) - (self.style.line_height - self.style.size),
        )

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fits = int((availHeight - self._bottom_pad()) // self.style.line_height)
        if fits >= len(lines):
            return [self]
        if fits <= 1:  # nothing, or a lone first line (an orphan): all to the next page
            return []
        if len(lines) - fits == 1 and fits >= 3:  # keep a widow company
            fits -= 1
        first = ThaiParagraph(
            self.text,
            self.style.but(space_after=0.0, keep_with_next=False),
            self.segmenter,
            lines[:fits],
        )
        rest = ThaiParagraph(
            self.text, self.style.but(space_before=0.0), self.segmenter, lines[fits:]
        )
        first._width = rest._width = availWidth
        return [first, rest]

    def draw(self) -> None:
        lines = self._layout(self.width)
        draw_lines(self.canv, lines, 0.0, self.height, self.width, self.style)
