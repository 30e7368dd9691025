"""Thai text: digits, normalisation, search folding and dictionary-order sort keys.

Stored text is what the clerk typed after ``normalise`` (NFC plus PyThaiNLP's Thai fixes:
doubled SARA E, NIKHAHIT + SARA AA, mark order, doubled marks, zero-width characters).
Search compares ``search_fold`` forms, which also make Thai and Arabic digits, letter case
and spacing irrelevant, so "มท0810.2/ว1089" finds "มท ๐๘๑๐.๒/ว ๑๐๘๙".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Literal, TypeVar

Digits = Literal["thai", "arabic"]
T = TypeVar("T")

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_WHITESPACE = re.compile(r"\s+")
# Characters that never matter to a search: spaces of every kind and zero-width marks.
_SEARCH_DROP = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_TONE_MARKS = re.compile("[\u0e47-\u0e4c]")
_THAI = re.compile("[\u0e00-\u0e7f]")
# Spaces or zero-width characters typed before a combining Thai mark (an upper or lower vowel,
# a tone mark): the mark belongs to the character before them. Left in place, PyThaiNLP takes
# the mark for a dangling one and deletes it ("ไม ่" would become "ไม", a different word).
_GAP_BEFORE_MARK = re.compile(
    "[\\s\u200b\u200c\u200d\u2060\ufeff]+(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
_LEADING_VOWEL_CONSONANT = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def to_thai_digits(text: str) -> str:
    """Arabic digits -> Thai digits (๐..๙); everything else unchanged."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Thai digits -> Arabic digits; everything else unchanged."""
    return text.translate(_TO_ARABIC)


def apply_digits(text: str, digits: Digits) -> str:
    """Render ``text`` with the chosen kind of digits (a letter setting)."""
    return to_thai_digits(text) if digits == "thai" else to_arabic_digits(text)


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Canonical form of typed text: NFC, Thai spelling fixes, single spaces, trimmed.

    Keeps the clerk's words and digits as typed; only fixes what is invisible or a typing
    artefact, so the result looks the same as the input on screen. Cached: PyThaiNLP's rules
    cost ~0.1 ms a call and names (senders, organisations) repeat all day.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    # U+0E4D NIKHAHIT + U+0E32 SARA AA is how some keyboards produce SARA AM.
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = _GAP_BEFORE_MARK.sub("", text)
    if _THAI.search(text):
        from pythainlp.util import normalize  # 60 ms to import: only for Thai text

        text = normalize(text)
    text = _WHITESPACE.sub(" ", text)
    return text.strip()


def search_fold(text: str) -> str:
    """The form search compares: normalised, Arabic digits, case-folded, no spacing."""
    if not text:
        return ""
    folded = to_arabic_digits(normalise(text)).casefold()
    return _SEARCH_DROP.sub("", folded)


def thai_sort_key(text: str) -> str:
    """A string whose code-point order is Thai dictionary order.

    The same rule as PyThaiNLP's ``collate``: a leading vowel (เ แ โ ใ ไ) sorts after the
    consonant it precedes, and tone marks only break ties. The key is a plain string, so it
    can be stored in a column and sorted by the database (binary collation).
    """
    text = to_arabic_digits(normalise(text)).casefold()
    base = _TONE_MARKS.sub("", text)
    base = _LEADING_VOWEL_CONSONANT.sub(r"\2\1", base)
    tones = "".join(_TONE_MARKS.findall(text))
    # U+0001 separates the primary key from the tie-breaker so "กา" < "ก่า" < "กาก".
    return f"{base}\u0001{tones}" if tones else base


def thai_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """Sort any iterable in Thai dictionary order by ``key(item)``."""
    return sorted(items, key=lambda item: thai_sort_key(key(item)))
