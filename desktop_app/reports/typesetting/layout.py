"""Thai paragraphs laid out by hand and handed to ReportLab's page flow as flowables.

Lines break only between words (see segment.py) and never inside a cluster; widths are those
of the shaped text. Justified lines are set as Thai distributed alignment sets them: the slack
is spread evenly between clusters, a little more at typed spaces, never more than
``MAX_CLUSTER_GAP_EM`` between two clusters (a line that would need more stays short of the
margin rather than open holes); the last line of a paragraph is set left. Sizes are nominal
TH Sarabun sizes (see ``ShapingFont.apparent_scale``); single line spacing comes from the
font's own metrics. ``ThaiParagraph`` is a platypus ``Flowable``: ReportLab's frames and page
templates do the page breaking, ``keepWithNext`` and the spacing between blocks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal
from weakref import WeakKeyDictionary

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.reports.typesetting.fonts import Glyph, ShapedRun, ShapingFont
from desktop_app.reports.typesetting.pdf import EmbeddedFont, GlyphDrawing, PlacedGlyph
from desktop_app.reports.typesetting.segment import Segmenter, Token, place_words_forward

Align = Literal["left", "justify", "center", "right"]
# Justification: every gap between two clusters takes an equal share of the slack; a typed
# space takes ``SPACE_SHARE`` shares more. No gap between clusters grows beyond
# ``MAX_CLUSTER_GAP_EM`` (0.12 em: 1.9 pt at 16 pt, about a third of a space).
SPACE_SHARE = 2.0
MAX_CLUSTER_GAP_EM = 0.12
# A line looser than this per cluster gap takes the first words of a long protected name
# that would otherwise start the next line.
LOOSE_GAP_EM = 0.06
LEADING_VOWELS = set("เแโใไ")
EPSILON = 0.01


@dataclass(frozen=True)
class TextStyle:
    font: ShapingFont
    size: float = 16.0
    leading: float | None = None  # baseline to baseline; default the font's single spacing
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    align: Align = "left"
    first_indent: float = 0.0
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False

    @property
    def line_height(self) -> float:
        """Baseline to baseline, points: ``leading``, else the font's single spacing."""
        return self.leading if self.leading is not None else self.font.line_pitch(self.size)

    @property
    def ascent(self) -> float:
        """From the top of a line's box to its baseline, points."""
        return self.font.ascent(self.size) + (self.line_height - self.font.line_pitch(self.size))

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(slots=True)
class Segment:
    """A shaped token on a line, and where it starts (points from the line's start)."""

    run: ShapedRun
    x: float
    is_space: bool
    starts_box: bool = False  # a line may begin here (glued tokens follow in one box)


@dataclass
class Line:
    segments: list[Segment] = field(default_factory=list)
    width: float = 0.0  # natural width, trailing spaces excluded
    indent: float = 0.0
    last: bool = False
    # Justification (points): added between every two clusters; a typed space gets
    # ``space_extra`` more.
    cluster_gap: float = 0.0
    space_extra: float = 0.0
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
        self.scale = style.font.points_per_unit(style.size)

    def _width(self, run: ShapedRun) -> float:
        return run.advance * self.scale

    def _boxes(self, tokens: list[Token]) -> list[list[Token]]:
        boxes: list[list[Token]] = []
        current: list[Token] = []
        for token in tokens:
            # A space breaks, unless it is inside a unit kept together (break_after False):
            # then it stays in its box like any glued token.
            if token.is_space and token.break_after:
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
        """The parts of a box wider than the line, cut where it hurts least: at the spaces of
        a unit kept together ("นายสมชาย ใจดี"), else between the words inside it (a protected
        name, "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน" -> "สำนักงานส่งเสริมการปกครอง
        ท้องถิ่นจังหวัด" + "แม่ฮ่องสอน": ``Segmenter.inner_words``; a part still too wide is
        cut again when it comes up), and between clusters only when a single word is wider
        than the line (a long URL). Parts are boxes; a space becomes a breaking space."""
        if any(token.is_space for token in box):
            parts: list[list[Token]] = []
            current: list[Token] = []
            for token in box:
                if token.is_space:
                    if current:
                        parts.append(current)
                        current = []
                    parts.append([Token(token.text, is_space=True)])
                else:
                    current.append(token)
            if current:
                parts.append(current)
            return parts
        text = "".join(token.text for token in box)
        # A place word stays with its name: "...ท้องถิ่น" + "จังหวัดแม่ฮ่องสอน".
        words = place_words_forward(self.segmenter.inner_words(text))
        if len(words) > 1:
            return [[Token(word, is_space=word.isspace())] for word in words]
        parts = []
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
                    fill = self._fill_loose_line(
                        line, box, available - line.width - spaces_width, available - line.width
                    )
                    if fill:
                        queue[0:0] = fill
                        continue
                    swallowed = pending_spaces[0] if pending_spaces else None
                    pending_spaces = []
                    line = finish(line, last=False, swallowed=swallowed)
                    available = width - line.indent
                if not line.segments and box_width > available + EPSILON:
                    parts = self._split_long(box, available)
                    if parts != [box]:  # one cluster wider than the line is set as it is
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

    def _fill_loose_line(
        self, line: Line, box: list[Token], room: float, slack: float
    ) -> list[list[Token]] | None:
        """A justified line that would open gaps wider than ``LOOSE_GAP_EM`` between its
        clusters, or any line holding only a short lead (a list's "๑."), takes the first
        words of the next box when that box is one protected name ("องค์การบริหารส่วนจังหวัด"
        + "แม่ฮ่องสอน"), as a typist would break it; words a typist keeps together (several
        glued tokens) and plain words are never cut. Returns the two boxes to set instead,
        or None."""
        if len(box) != 1 or box[0].is_space:
            return None
        spacing = sum(
            1 for segment in line.segments for glyph in segment.run.glyphs if not glyph.is_mark
        )
        loose = (
            self.style.align == "justify"
            and spacing
            and slack / spacing > LOOSE_GAP_EM * self.style.size
        )
        # A line holding only a short lead ("๑." before a long name in a list) would be left
        # alone on its line whatever the alignment.
        lonely = line.width < (line.width + slack) / 4
        if not (loose or lonely):
            return None
        pieces = self.segmenter.inner_words(box[0].text)
        if len(pieces) < 2 or any(piece.isspace() for piece in pieces):
            return None
        best = 0
        for count in range(1, len(pieces)):
            if self._width(self.style.font.shape("".join(pieces[:count]))) <= room + EPSILON:
                best = count
        if not best:
            return None
        head, tail = "".join(pieces[:best]), "".join(pieces[best:])
        return [[Token(head)], [Token(tail, break_after=box[0].break_after)]]

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
        """Spread the slack of a non-last line as Thai distributed alignment does: one share
        between every two clusters (not inside a run of Latin letters, digits or symbols:
        ``spreads``), ``1 + SPACE_SHARE`` shares at a typed space, a share capped at
        ``MAX_CLUSTER_GAP_EM``. ``line.width`` becomes what the line fills."""
        if line.last or self.style.align != "justify" or not line.segments:
            return
        slack = width - line.indent - line.width
        if slack <= EPSILON:
            return
        boundaries = spaces = 0
        previous: Glyph | None = None
        for segment in line.segments:
            for glyph in segment.run.glyphs:
                if glyph.is_mark:
                    continue
                if previous is not None and spreads(previous, glyph):
                    boundaries += 1
                    # After a typed space, between words or inside a unit kept together.
                    if previous.text.isspace():
                        spaces += 1
                previous = glyph
        shares = boundaries + SPACE_SHARE * spaces
        if shares <= 0:
            return
        gap = min(slack / shares, MAX_CLUSTER_GAP_EM * self.style.size)
        line.cluster_gap = gap
        line.space_extra = gap * SPACE_SHARE
        line.width += gap * shares


def _tight(text: str) -> bool:
    """A cluster of a run that is never letter-spaced: Latin letters, digits (Thai or
    Arabic) and symbols; not Thai letters, vowels or marks, not a space."""
    char = text[:1]
    if not char or char.isspace():
        return False
    return not "\u0e01" <= char <= "\u0e4f"


# Punctuation that holds on to its neighbour: no gap opens before a closing mark or after an
# opening one, nor on either side of the dot in "พ.ศ." or the slash in "ว/๑๐๘๙".
_NO_GAP_BEFORE = frozenset(".,:;!?)]}”’%/")
_NO_GAP_AFTER = frozenset("([{“‘./")


def spreads(before: Glyph, after: Glyph) -> bool:
    """Whether justification may open a gap between two clusters: not between two of a
    Latin, digit or symbol run ("somchai@dla.go.th", "๐๘๑๐.๒", "COVID-19"), nor between
    punctuation and what it holds on to ("พ.ศ.", "(MIC)"), which a typist's distributed
    alignment would letter-space and nobody would sign (user trial); such a run only moves
    as a whole, and its line may stay short of the margin (the cap)."""
    first, second = before.text[:1], after.text[:1]
    if first.isspace() or second.isspace():
        return True  # a typed space always takes its share
    if first in _NO_GAP_AFTER or second in _NO_GAP_BEFORE:
        return False
    return not (_tight(before.text) and _tight(after.text))


def place_line(
    line: Line,
    x: float,
    baseline: float,
    width: float,
    style: TextStyle,
) -> list[PlacedGlyph]:
    """Absolute glyph positions for one line (alignment and justification applied). The
    justification added after a cluster is given to its glyph's ``extra_width``, so the PDF
    declares touching glyph boxes and no extractor invents a space inside Thai text."""
    scale = style.font.points_per_unit(style.size)
    offset = line.indent
    if style.align == "center":
        offset += (width - line.indent - line.width) / 2
    elif style.align == "right":
        offset += width - line.indent - line.width
    placed: list[PlacedGlyph] = []
    gap, space_extra = line.cluster_gap, line.space_extra
    pen = x + offset
    previous: PlacedGlyph | None = None
    for segment in line.segments:
        for glyph in segment.run.glyphs:
            if not glyph.is_mark:
                # The gap goes before each cluster but the first: marks stay on their base.
                spread = previous is not None and (gap or space_extra)
                if spread and previous is not None and spreads(previous.glyph, glyph):
                    extra = gap + (space_extra if previous.glyph.text.isspace() else 0.0)
                    previous.extra_width = extra
                    pen += extra
                placed_glyph = PlacedGlyph(
                    glyph, pen + glyph.x_offset * scale, baseline + glyph.y_offset * scale
                )
                previous = placed_glyph
            else:
                placed_glyph = PlacedGlyph(
                    glyph, pen + glyph.x_offset * scale, baseline + glyph.y_offset * scale
                )
            placed.append(placed_glyph)
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
    canvas: Canvas,
    lines: list[Line],
    x: float,
    top: float,
    width: float,
    style: TextStyle,
    *,
    reuse: tuple[dict[tuple[object, ...], GlyphDrawing], tuple[object, ...]] | None = None,
) -> None:
    """Draw lines from ``top`` down, a line box of ``style.line_height`` each. ``reuse``:
    (where drawings are kept, what identifies these lines there): the drawing is made once
    and emitted again in later documents (see ``LaidOut``)."""
    font = embedded_font(canvas, style.font)
    canvas.setFillColorRGB(*style.color)
    size = style.font.drawn_size(style.size)
    key: tuple[object, ...] = ()
    if reuse is not None:
        drawings, which = reuse
        key = (which, x, top, width, style.font, style.size, style.leading, style.align)
        key = (*key, font.resource_name)
        found = drawings.get(key)
        if found is not None:
            font.emit(found)
            return
    baseline = top - style.ascent  # the first line's baseline: the font's ascent below the top
    glyphs: list[PlacedGlyph] = []
    for line in lines:
        glyphs.extend(place_line(line, x, baseline, width, style))
        baseline -= style.line_height
    drawing = font.compose(glyphs, size)
    if reuse is not None:
        reuse[0][key] = drawing
    font.emit(drawing)


@dataclass(eq=False)
class LaidOut:
    """A paragraph's lines for one (text, style, width), justified, and the drawings made
    of them: the letters of a batch share their body paragraphs, so each is broken,
    justified, placed and turned into PDF operators once per process (``laid_out``).
    Shared: nothing may change the lines once made."""

    lines: list[Line]
    drawings: dict[tuple[object, ...], GlyphDrawing] = field(default_factory=dict)


# Per segmenter: (its generation when the entries were made, the entries).
_LAID_OUT: WeakKeyDictionary[Segmenter, tuple[int, dict[tuple[object, ...], LaidOut]]] = (
    WeakKeyDictionary()
)
LAID_OUT_CACHE_SIZE = 512  # paragraphs; a batch's letters share a dozen


def laid_out(text: str, style: TextStyle, width: float, segmenter: Segmenter) -> LaidOut:
    """``text``'s lines at ``width`` (points) in ``style``, broken and justified, from the
    process's cache when the same paragraph was laid out before with the same words in the
    segmenter (``Segmenter.generation``)."""
    held = _LAID_OUT.get(segmenter)
    if held is None or held[0] != segmenter.generation:
        held = (segmenter.generation, {})
        _LAID_OUT[segmenter] = held
    cache = held[1]
    key = (
        text,
        style.font,
        style.size,
        style.align,
        style.first_indent,
        style.left_indent,
        width,
    )
    found = cache.get(key)
    if found is None:
        breaker = LineBreaker(style, segmenter)
        lines = breaker.lines(text, width)
        for line in lines:
            breaker.justify(line, width)
        if len(cache) >= LAID_OUT_CACHE_SIZE:
            cache.clear()
        found = cache[key] = LaidOut(lines)
    return found


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
        # Where the lines came from (shared with other letters), and which of them these are.
        self._laid: LaidOut | None = None
        self._span = (0, 0)

    def _layout(self, width: float) -> list[Line]:
        if self._lines is None or abs(self._width - width) > EPSILON:
            self._laid = laid_out(self.text, self.style, width, self.segmenter)
            self._lines = self._laid.lines
            self._span = (0, len(self._lines))
            self._width = width
        return self._lines

    def lines_part(self, start: int, stop: int, style: TextStyle) -> ThaiParagraph:
        """Lines ``[start:stop]`` of this paragraph (as last laid out) as a paragraph of
        their own in ``style`` (its spacing; the text's style must stay the same)."""
        lines = self._lines or []
        begin, end, _ = slice(start, stop).indices(len(lines))
        part = ThaiParagraph(self.text, style, self.segmenter, lines[begin:end])
        part._width = self._width
        part._laid = self._laid
        part._span = (self._span[0] + begin, self._span[0] + end)
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height + self._bottom_pad()
        return self.width, self.height

    def _bottom_pad(self) -> float:
        # Room for descenders and lower vowels under the last baseline, when a leading
        # tighter than the font's single spacing leaves too little.
        style = self.style
        return max(0.0, -style.font.descent(style.size) - (style.line_height - style.ascent))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fits = int((availHeight - self._bottom_pad()) // self.style.line_height)
        if fits >= len(lines):
            return [self]
        if fits <= 1:  # nothing, or a lone first line (an orphan): all to the next page
            return []
        if len(lines) - fits == 1 and fits >= 3:  # keep a widow company
            fits -= 1
        first = self.lines_part(0, fits, self.style.but(space_after=0.0, keep_with_next=False))
        rest = self.lines_part(fits, len(lines), self.style.but(space_before=0.0))
        return [first, rest]

    def draw(self) -> None:
        lines = self._layout(self.width)
        reuse = None if self._laid is None else (self._laid.drawings, self._span)
        draw_lines(self.canv, lines, 0.0, self.height, self.width, self.style, reuse=reuse)
