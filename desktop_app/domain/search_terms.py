"""What a clerk's search means: its terms, the spellings each term may take, where they match.

One rule for every search box: the incoming register's search (``db.incoming_reads``), the
sender box's completion, the recipient picker and the directory's filter (ui/widgets). It
adds two things to ``search_fold`` (digits, case, spacing and typing variants never matter):

* **Abbreviations** of kinds of organisation and of offices ("อบต." = "องค์การบริหารส่วน
  ตำบล", "อ." = "อำเภอ"...), one table for all (resources/data/org_abbreviations.txt, read
  with ``AbbreviationTable.parse``). A term's *spellings* are the term as typed and the same
  term with each abbreviation written every other way: "อบต.ผาบ่อง" also looks for
  "องค์การบริหารส่วนตำบลผาบ่อง" and "อบตผาบ่อง", and the full name typed also looks for the
  abbreviations. An abbreviation typed alone before a word ("อบต. ผาบ่อง", "อ. ปาย") belongs
  to that word, as it does on paper.
* **Tone marks** as a fallback: the *bare* form of a text drops its tone marks, MAITAIKHU and
  THANTHAKHAT (``strip_tones``), so "ผาบอง" finds "ผาบ่อง". A search first matches exactly;
  only when that finds fewer than ``FEW_EXACT`` does it add what matches bare, after the
  exact matches (``SearchReport``).

Terms are separated by spaces and all must match (each through any of its spellings). Terms
shorter than ``MIN_INDEXED`` characters cannot use the trigram indexes; the register looks for
them in fewer places (see ``SearchReport.short_scope``). Pure: no database, no files.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product

from desktop_app.domain.thai_text import search_fold, to_arabic_digits

ABBREVIATIONS_FILE = "org_abbreviations.txt"  # in resources/data/
# MAITAIKHU, the four tone marks and THANTHAKHAT (U+0E47..U+0E4C): what a hurried clerk leaves
# out, and what the fallback ignores.
TONE_MARKS = "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
MIN_INDEXED = 3  # characters: shorter terms cannot use a trigram index
FEW_EXACT = 5  # fewer exact matches than this: add the matches that differ in tone marks
MAX_SPELLINGS = 16  # per term: a term full of abbreviations stops growing here

_TONES = str.maketrans("", "", TONE_MARKS)
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
# What search_fold drops: spaces of every kind and zero-width characters.
_DROPPED = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]")
_DROPPED_RUN = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# Marks drawn on or under the character before them: a highlighted match extends over them
# so a cluster is never painted half in, half out.
_COMBINING = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def strip_tones(text: str) -> str:
    """``text`` without tone marks, MAITAIKHU and THANTHAKHAT: "ผาบ่อง" -> "ผาบอง"."""
    return text.translate(_TONES)


def has_thai_letter(text: str) -> bool:
    return _THAI_LETTER.search(text) is not None


# -- the abbreviation table -------------------------------------------------------------------
@dataclass(frozen=True)
class Abbreviation:
    """One line of the table, folded: ``short`` with its dots ("อบต."), ``fulls`` the names
    it stands for ("องค์การบริหารส่วนตำบล",)."""

    short: str
    fulls: tuple[str, ...]

    @property
    def undotted(self) -> str:
        """The abbreviation typed without its dots ("อบต"); "" for one letter ("อ."),
        which without its dot is just a letter."""
        bare = self.short.replace(".", "")
        return bare if len(bare) >= 2 else ""

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way to write it: with dots, without (two letters or more), in full."""
        return tuple(dict.fromkeys(f for f in (self.short, self.undotted, *self.fulls) if f))


@dataclass(frozen=True)
class AbbreviationTable:
    """The abbreviations every search box understands (resources/data/org_abbreviations.txt)."""

    entries: tuple[Abbreviation, ...] = ()

    @classmethod
    def parse(cls, text: str) -> AbbreviationTable:
        """Read the table's text: ``ABBREVIATION = FULL NAME [| FULL NAME]`` a line, ``#``
        comments, blank lines ignored; everything folded with ``search_fold``. Raises
        ``ValueError`` naming the line of a malformed entry (no "=", an empty side, an
        abbreviation without its dot)."""
        entries = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            short, sep, fulls = line.partition("=")
            short = search_fold(short)
            names = tuple(n for n in (search_fold(p) for p in fulls.split("|")) if n)
            if not sep or not short or not names or not short.endswith("."):
                raise ValueError(f"line {number}: expected 'อบต. = องค์การบริหารส่วนตำบล': {raw!r}")
            entries.append(Abbreviation(short, names))
        return cls(tuple(entries))

    def is_abbreviation(self, folded: str) -> bool:
        """Whether ``folded`` is exactly an abbreviation with its dots ("อบต.", "อ.")."""
        return folded in _shorts(self)

    def spellings(self, term: str) -> tuple[str, ...]:
        """The folded ``term`` as typed, then written with each abbreviation in it every
        other way; spellings shorter than ``MIN_INDEXED`` other than the typed one are left
        out (they would match far more than the term does). At most ``MAX_SPELLINGS``.

        >>> table = AbbreviationTable.parse("อบต. = องค์การบริหารส่วนตำบล")
        >>> table.spellings("อบต.ผาบ่อง")
        ('อบต.ผาบ่อง', 'อบตผาบ่อง', 'องค์การบริหารส่วนตำบลผาบ่อง')
        """
        return _spellings(self, term)


@lru_cache(maxsize=64)
def _shorts(table: AbbreviationTable) -> frozenset[str]:
    return frozenset(entry.short for entry in table.entries)


@lru_cache(maxsize=64)
def _patterns(table: AbbreviationTable) -> tuple[tuple[str, Abbreviation, bool], ...]:
    """(form, entry, anywhere) longest first: full names and dotted forms are recognised
    anywhere in a term, undotted ones only at its start."""
    found: dict[str, tuple[str, Abbreviation, bool]] = {}
    for entry in table.entries:
        for form in (entry.short, *entry.fulls):
            found.setdefault(form, (form, entry, True))
        if entry.undotted:
            found.setdefault(entry.undotted, (entry.undotted, entry, False))
    return tuple(sorted(found.values(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=4096)
def _spellings(table: AbbreviationTable, term: str) -> tuple[str, ...]:
    if not term:
        return ()
    pieces: list[tuple[str, ...]] = []
    literal: list[str] = []
    patterns = _patterns(table)
    index = 0
    while index < len(term):
        for form, entry, anywhere in patterns:
            if (anywhere or index == 0) and term.startswith(form, index):
                if literal:
                    pieces.append(("".join(literal),))
                    literal = []
                pieces.append((form, *(f for f in entry.forms if f != form)))
                index += len(form)
                break
        else:
            literal.append(term[index])
            index += 1
    if literal:
        pieces.append(("".join(literal),))
    found = dict.fromkeys([term])
    for combination in islice(product(*pieces), MAX_SPELLINGS * 4):
        spelling = "".join(combination)
        if len(spelling) >= MIN_INDEXED:
            found.setdefault(spelling)
        if len(found) >= MAX_SPELLINGS:
            break
    return tuple(found)


# -- terms ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchTerm:
    """One word of a search: ``typed`` as folded, ``spellings`` (``typed`` first)."""

    typed: str
    spellings: tuple[str, ...]

    @property
    def short(self) -> bool:
        """Typed shorter than ``MIN_INDEXED``: no trigram index can find it as typed."""
        return len(self.typed) < MIN_INDEXED

    @property
    def digits_only(self) -> bool:
        """Digits alone ("45"): a fragment of a receive or document number."""
        return self.typed.isdigit()

    @property
    def bare_spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(strip_tones(s) for s in self.spellings))

    @property
    def has_thai(self) -> bool:
        return has_thai_letter(self.typed)

    def found_in(self, folded: str) -> bool:
        """Whether a ``search_fold``-ed text holds the term in any spelling."""
        return any(spelling in folded for spelling in self.spellings)

    def found_bare_in(self, bare: str) -> bool:
        """Whether a bare folded text (``strip_tones(search_fold(...))``) holds the term's
        bare form in any spelling."""
        return any(spelling in bare for spelling in self.bare_spellings)


def parse_search(text: str, table: AbbreviationTable) -> tuple[SearchTerm, ...]:
    """The terms of a typed search, in order; an abbreviation typed alone ("อบต. ผาบ่อง")
    is joined to the word after it. Empty text: no terms."""
    parts = [folded for folded in (search_fold(part) for part in (text or "").split()) if folded]
    joined: list[str] = []
    carry = ""
    for part in parts:
        if table.is_abbreviation(part):
            carry += part
            continue
        joined.append(carry + part)
        carry = ""
    if carry:
        joined.append(carry)
    return tuple(SearchTerm(term, table.spellings(term)) for term in dict.fromkeys(joined))


class Closeness(enum.IntEnum):
    """How a text answers a search: every term exactly, or only with tone marks ignored."""

    EXACT = 0
    NEAR = 1


def closeness(terms: Sequence[SearchTerm], folded: str) -> Closeness | None:
    """How a ``search_fold``-ed text matches ``terms`` (None: it does not). No terms: EXACT."""
    if all(term.found_in(folded) for term in terms):
        return Closeness.EXACT
    bare = strip_tones(folded)
    if all(term.found_bare_in(bare) for term in terms):
        return Closeness.NEAR
    return None


def fold_stored(text: str) -> str:
    """``search_fold`` of text already normalised (what the database stores: names, subjects),
    without normalising it again: a hundred times faster over thousands of names."""
    return _DROPPED_RUN.sub("", to_arabic_digits(text).casefold())


def rank_matches(
    folded: Iterable[str], terms: Sequence[SearchTerm], *, few: int = FEW_EXACT
) -> tuple[list[int], int]:
    """Which of the ``folded`` texts (``search_fold`` or ``fold_stored`` forms) match
    ``terms``: (their positions, exact ones first, each group in the given order; how many
    are exact). Those matching only with tone marks ignored are added when fewer than
    ``few`` match exactly."""
    exact: list[int] = []
    near: list[int] = []
    for position, text in enumerate(folded):
        found = closeness(terms, text)
        if found is Closeness.EXACT:
            exact.append(position)
        elif found is Closeness.NEAR:
            near.append(position)
    return (exact + near if len(exact) < few else exact), len(exact)


# -- what the register's search did -------------------------------------------------------------
class ShortScope(enum.Enum):
    """Where terms shorter than ``MIN_INDEXED`` were looked for, when that is narrower than
    everywhere: digits alone in the receive and document numbers; other short words in the
    subjects and document numbers."""

    NUMBERS = "numbers"
    SUBJECTS = "subjects"


@dataclass(frozen=True)
class SearchReport:
    """What a register search found and how, for the page to say so.

    ``ids`` of the answer hold the ``exact`` matches first, then ``near`` ones (matching only
    with tone marks ignored; added when fewer than ``FEW_EXACT`` matched exactly).
    ``short_scope`` says where short terms were looked for when that was narrower than
    everywhere, and ``short_year`` the one year they were looked for in when the filter had
    none (a scan of every year would be too slow)."""

    terms: tuple[SearchTerm, ...] = ()
    exact: int = 0
    near: int = 0
    short_terms: tuple[str, ...] = ()
    short_scope: ShortScope | None = None
    short_year: int | None = None

    @property
    def searched(self) -> bool:
        return bool(self.terms)


# -- where a match is, for highlighting ---------------------------------------------------------
def fold_with_positions(text: str, *, bare: bool = False) -> tuple[str, list[int]]:
    """``text`` folded as search folds it (Arabic digits, case-folded, no spacing; without
    tone marks when ``bare``), with the position in ``text`` of every folded character.

    ``text`` is taken as already normalised (stored text is), so positions map one to one."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if _DROPPED.match(char) or (bare and char in TONE_MARKS):
            continue
        for piece in to_arabic_digits(char).casefold():
            folded.append(piece)
            positions.append(index)
    return "".join(folded), positions


def match_spans(
    text: str, terms: Sequence[SearchTerm], *, bare: bool = False
) -> list[tuple[int, int]]:
    """Where ``terms`` occur in ``text`` (display text): sorted, merged (start, end) character
    ranges, each widened over the marks drawn on its last character. ``bare``: compare
    without tone marks (a near match)."""
    folded, positions = fold_with_positions(text, bare=bare)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for spelling in term.bare_spellings if bare else term.spellings:
            start = folded.find(spelling)
            while start >= 0 and spelling:
                first = positions[start]
                end = positions[start + len(spelling) - 1] + 1
                while end < len(text) and _COMBINING.match(text[end]):
                    end += 1
                spans.append((first, end))
                start = folded.find(spelling, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


__all__ = [
    "ABBREVIATIONS_FILE",
    "FEW_EXACT",
    "MIN_INDEXED",
    "TONE_MARKS",
    "Abbreviation",
    "AbbreviationTable",
    "Closeness",
    "SearchReport",
    "SearchTerm",
    "ShortScope",
    "closeness",
    "fold_stored",
    "fold_with_positions",
    "has_thai_letter",
    "match_spans",
    "parse_search",
    "rank_matches",
    "strip_tones",
]
