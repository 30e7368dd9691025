"""Shaping with HarfBuzz, and what each shaped glyph stands for in the text.

A Thai cluster (a consonant with its vowels and tone marks) shapes to one or more glyphs;
HarfBuzz may reorder, decompose (SARA AM -> NIKHAHIT + SARA AA) or substitute them (a tone
mark lowered over a short consonant). For the PDF to copy out exactly, every *spacing* glyph
(one that advances the pen) is given the text it stands for, in order, and zero-advance marks
are drawn as outlines without text: their characters travel with the cluster's base glyph.
"""

from __future__ import annotations

import json
import statistics
import unicodedata
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from threading import Lock

import uharfbuzz as hb

from desktop_app.reports.internals import font_face
from desktop_app.resources import data_file

SHAPE_CACHE_SIZE = 20_000
# Thai consonants with neither ascender nor descender: their height is the size a reader
# sees (the x-height of Thai). TH Sarabun New draws them 0.400 em tall; the bundled Laksaman
# (TH Sarabun New enlarged by TLWG) 0.602 em: "16 pt" Laksaman looks like 24 pt TH Sarabun.
APPARENT_SIZE_PROBE = "กขคงจฉชซดตถทธนบผพภมยรลวศษสหอฮ"
# A font within 2 % of TH Sarabun's apparent size is drawn at the size asked for (TH
# SarabunPSK, IT๙ and New differ by less than that).
APPARENT_SIZE_TOLERANCE = 0.02


@dataclass(frozen=True)
class ReferenceMetrics:
    """TH Sarabun New's own metrics (font units), shipped as numbers, not the font:
    resources/data/th_sarabun_new_metrics.json, measured with fontTools from THSarabunNew.ttf
    version 1.3 (2011). ``glyphs`` maps a character to ``{"advance", "bbox": [xmin, ymin,
    xmax, ymax]}``."""

    units_per_em: int
    win_ascent: int
    win_descent: int
    glyphs: dict[str, dict]

    def height(self, char: str) -> float:
        """A glyph's top above the baseline, in ems."""
        return self.glyphs[char]["bbox"][3] / self.units_per_em

    def advance(self, char: str) -> float:
        """A glyph's advance width, in ems."""
        return self.glyphs[char]["advance"] / self.units_per_em

    def line_pitch(self, size: float) -> float:
        """Single line spacing at ``size`` points, as a word processor sets it (points)."""
        return (self.win_ascent + self.win_descent) / self.units_per_em * size


@cache
def th_sarabun_metrics() -> ReferenceMetrics:
    """The reference every letter font is measured against (loaded once)."""
    data = json.loads(data_file("th_sarabun_new_metrics.json").read_text(encoding="utf-8"))
    return ReferenceMetrics(
        data["units_per_em"], data["win_ascent"], data["win_descent"], data["glyphs"]
    )


@dataclass(frozen=True, slots=True)
class Glyph:
    """One positioned glyph in font units (x relative to the start of its run)."""

    gid: int
    text: str  # the characters this glyph stands for ("" for marks and trailing pieces)
    x_advance: int
    x_offset: int
    y_offset: int
    is_mark: bool  # zero advance: drawn as an outline, carries no text


@dataclass(frozen=True, slots=True)
class ShapedRun:
    text: str
    glyphs: tuple[Glyph, ...]
    advance: int  # font units

    def last_spacing_index(self) -> int:
        for index in range(len(self.glyphs) - 1, -1, -1):
            if not self.glyphs[index].is_mark:
                return index
        return len(self.glyphs) - 1


class ShapingFont:
    """A TrueType font file ready for shaping and embedding (thread-safe, shared)."""

    def __init__(self, path: Path | str, name: str | None = None) -> None:
        self.path = Path(path)
        self.data = self.path.read_bytes()
        self.face = font_face(str(self.path))
        self._hb_face = hb.Face(hb.Blob(self.data))
        self.upem = self._hb_face.upem
        self._hb_font = hb.Font(self._hb_face)
        self.name = name or self.face.name.decode("latin-1")
        self.family = self._hb_face.get_name(hb.OTNameIdPredefined.FONT_FAMILY) or self.name
        self.win_ascent, self.win_descent = self._vertical_metrics()
        self.apparent_scale = self._apparent_scale()
        # Compressed once: every PDF embeds the same font program.
        self.compressed = zlib.compress(self.data, 6)
        self._lock = Lock()
        self._cache: OrderedDict[str, ShapedRun] = OrderedDict()
        self._outlines: dict[int, list[tuple[str, tuple[float, ...]]]] = {}
        self._reverse_cmap = self._build_reverse_cmap()

    def _build_reverse_cmap(self) -> dict[int, str]:
        reverse: dict[int, str] = {}
        for code in self.face.charToGlyph:
            gid = self.face.charToGlyph[code]
            reverse.setdefault(gid, chr(code))
        return reverse

    def _vertical_metrics(self) -> tuple[int, int]:
        """(usWinAscent, usWinDescent) from the OS/2 table, in font units; the horizontal
        header's ascender and descender when the font has no OS/2 table."""
        table = self._hb_face.reference_table("OS/2").data
        if len(table) >= 78:
            return int.from_bytes(table[74:76], "big"), int.from_bytes(table[76:78], "big")
        extents = self._hb_font.get_font_extents("ltr")
        return extents.ascender, -extents.descender

    def _apparent_scale(self) -> float:
        """How much smaller (or larger) than asked this font is drawn so that its Thai looks
        like TH Sarabun New's at the same point size: the median ratio of the heights of
        ``APPARENT_SIZE_PROBE``'s consonants, TH Sarabun's over this font's (both in ems,
        from the fonts' own outlines). 1.0 within ``APPARENT_SIZE_TOLERANCE``, and for a
        font without Thai."""
        reference = th_sarabun_metrics()
        ratios = []
        for char in APPARENT_SIZE_PROBE:
            gid = self._hb_font.get_nominal_glyph(ord(char))
            if not gid:
                continue
            extents = self._hb_font.get_glyph_extents(gid)
            if extents is None or extents.y_bearing <= 0:
                continue
            ratios.append(reference.height(char) / (extents.y_bearing / self.upem))
        if len(ratios) < len(APPARENT_SIZE_PROBE) // 2:
            return 1.0
        scale = statistics.median(ratios)
        return 1.0 if abs(scale - 1.0) <= APPARENT_SIZE_TOLERANCE else scale

    # -- metrics (``size``: the nominal point size, as in "TH Sarabun 16 pt") ---------------
    def drawn_size(self, size: float) -> float:
        """The point size the font program is drawn at to look like TH Sarabun ``size``."""
        return size * self.apparent_scale

    def points_per_unit(self, size: float) -> float:
        """Points per font unit at nominal ``size``."""
        return size * self.apparent_scale / self.upem

    def ascent(self, size: float) -> float:
        """The line's height above the baseline (usWinAscent), points."""
        return self.win_ascent * self.points_per_unit(size)

    def descent(self, size: float) -> float:
        """The line's depth below the baseline (usWinDescent), negative points."""
        return -self.win_descent * self.points_per_unit(size)

    def line_pitch(self, size: float) -> float:
        """Single line spacing, baseline to baseline (points): usWinAscent + usWinDescent,
        as Word on Windows sets "single" (TH Sarabun New 16 pt: 20.8 pt)."""
        return (self.win_ascent + self.win_descent) * self.points_per_unit(size)

    def width(self, text: str, size: float) -> float:
        """The shaped text's advance at nominal ``size``, points."""
        return self.shape(text).advance * self.points_per_unit(size)

    def ink_extent(self, text: str, size: float) -> tuple[float, float]:
        """(top, bottom) of the shaped text's ink relative to its baseline, points at nominal
        ``size`` (bottom negative below the baseline); (0, 0) for text without ink."""
        run = self.shape(text)
        top = bottom = 0.0
        for glyph in run.glyphs:
            extents = self._hb_font.get_glyph_extents(glyph.gid)
            if extents is None or extents.height == 0:
                continue
            glyph_top = glyph.y_offset + extents.y_bearing
            glyph_bottom = glyph_top + extents.height  # height is negative (y up)
            top, bottom = max(top, glyph_top), min(bottom, glyph_bottom)
        unit = self.points_per_unit(size)
        return top * unit, bottom * unit

    # -- shaping --------------------------------------------------------------------------
    def shape(self, text: str) -> ShapedRun:
        with self._lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return cached
            run = self._shape(text)
            self._cache[text] = run
            if len(self._cache) > SHAPE_CACHE_SIZE:
                self._cache.popitem(last=False)
            return run

    def _shape(self, text: str) -> ShapedRun:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(self._hb_font, buffer, {"kern": True, "liga": True})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = {
            start: (starts[k + 1] if k + 1 < len(starts) else len(text))
            for k, start in enumerate(starts)
        }
        by_cluster: dict[int, list[int]] = {}
        for index, info in enumerate(infos):
            by_cluster.setdefault(info.cluster, []).append(index)
        texts = [""] * len(infos)
        for cluster, indexes in by_cluster.items():
            self._assign_text(text[cluster : ends[cluster]], indexes, infos, positions, texts)
        glyphs = tuple(
            Glyph(
                info.codepoint,
                texts[i],
                pos.x_advance,
                pos.x_offset,
                pos.y_offset,
                is_mark=pos.x_advance == 0 and not texts[i],
            )
            for i, (info, pos) in enumerate(zip(infos, positions, strict=True))
        )
        return ShapedRun(text, glyphs, sum(g.x_advance for g in glyphs))

    def _assign_text(
        self, cluster_text: str, indexes: list[int], infos, positions, texts: list[str]
    ) -> None:
        """Share a cluster's characters among its spacing glyphs, in order.

        The first spacing glyph starts at the cluster's first character; each further
        spacing glyph starts at the first later character it is the glyph of (directly, or
        by compatibility decomposition: SARA AA inside SARA AM). If that cannot be matched,
        the first spacing glyph carries the whole cluster.
        """
        spacing = [i for i in indexes if positions[i].x_advance > 0] or indexes[:1]
        starts = [0]
        for index in spacing[1:]:
            char = self._reverse_cmap.get(infos[index].codepoint)
            found = None
            if char:
                for offset in range(starts[-1] + 1, len(cluster_text)):
                    candidate = cluster_text[offset]
                    if (
                        candidate == char
                        or f"{ord(char):04X}" in unicodedata.decomposition(candidate).split()
                    ):
                        found = offset
                        break
            if found is None:
                texts[spacing[0]] = cluster_text
                return
            starts.append(found)
        for k, index in enumerate(spacing):
            end = starts[k + 1] if k + 1 < len(starts) else len(cluster_text)
            texts[index] = cluster_text[starts[k] : end]

    # -- outlines (for marks) ---------------------------------------------------------------
    def outline(self, gid: int) -> list[tuple[str, tuple[float, ...]]]:
        """The glyph's outline as path operations in font units (quadratics made cubic)."""
        with self._lock:
            cached = self._outlines.get(gid)
            if cached is None:
                pen = _PathPen()
                self._hb_font.draw_glyph_with_pen(gid, pen)
                cached = self._outlines[gid] = pen.ops
            return cached


class _PathPen:
    """Collects a glyph outline (fontTools pen protocol, as HarfBuzz calls it)."""

    def __init__(self) -> None:
        self.ops: list[tuple[str, tuple[float, ...]]] = []
        self._current = (0.0, 0.0)

    def moveTo(self, point: tuple[float, float]) -> None:
        self.ops.append(("m", point))
        self._current = point

    def lineTo(self, point: tuple[float, float]) -> None:
        self.ops.append(("l", point))
        self._current = point

    def curveTo(
        self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
    ) -> None:
        self.ops.append(("c", (*a, *b, *c)))
        self._current = c

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        pending = list(points)
        while len(pending) > 2:
            control = pending.pop(0)
            implied = ((control[0] + pending[0][0]) / 2, (control[1] + pending[0][1]) / 2)
            self._quad(control, implied)
        self._quad(pending[0], pending[1])

    def _quad(self, control: tuple[float, float], end: tuple[float, float]) -> None:
        x0, y0 = self._current
        c1 = (x0 + 2 / 3 * (control[0] - x0), y0 + 2 / 3 * (control[1] - y0))
        c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
        self.ops.append(("c", (*c1, *c2, *end)))
        self._current = end

    def closePath(self) -> None:
        self.ops.append(("h", ()))

    def endPath(self) -> None:
        pass
