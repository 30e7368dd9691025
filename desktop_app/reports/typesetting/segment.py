"""Where a line may break: word boundaries from a dictionary segmenter, never inside a word.

Thai runs are cut by PyThaiNLP's ``newmm`` with its dictionary plus the office's own words
(organisation names from the directory, official terms), so "องค์การบริหารส่วนตำบลผาบ่อง"
stays whole. Runs in other scripts are kept whole (an e-mail address, a URL, "J.CLAIR");
spaces are their own tokens. Punctuation sticks to its neighbour: nothing breaks after an
opening bracket or quote, or before a closing one, "ๆ" or "ฯ".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from threading import Lock
from typing import Any

from desktop_app.resources import data_file

_PIECES = re.compile(
    r"(?P<space>[ \t\u00a0]+)"
    r"|(?P<link>(?:https?://|www\.)[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<thai>[\u0e00-\u0e7f]+)"
    r"|(?P<other>[^\s\u0e00-\u0e7f]+)"
)
CACHE_SIZE = 4096
NO_BREAK_AFTER = set("([{“‘\"'«")
NO_BREAK_BEFORE = set(")]}”’\"'».,;:!?%ๆฯ…")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    is_space: bool = False
    # May a line end after this token? (False glues it to the next one.)
    break_after: bool = True


@lru_cache(maxsize=1)
def office_terms() -> frozenset[str]:
    """Official terms that must never be split (resources/data/office_terms.txt)."""
    path = data_file("office_terms.txt")
    words = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


def _dictionary_words(names: Iterable[str]) -> list[str]:
    """Dictionary entries for names: a name with spaces ("อำเภอ ทุกอำเภอ") protects each
    of its space-free parts; one-character parts are left alone."""
    return [part for name in names for part in name.split() if len(part) > 1]


class Segmenter:
    """Thai word segmentation with extra dictionary words; safe to share between threads."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        self.extra_words = set(_dictionary_words([*extra_words, *office_terms()]))
        self._trie: Any = None
        self._lock = Lock()
        # Letters in a batch share their paragraphs: segment each text once.
        self._cache: dict[str, list[Token]] = {}

    def add_words(self, words: Iterable[str]) -> None:
        """Protect more names (a letter's recipients) without rebuilding the dictionary."""
        fresh = set(_dictionary_words(words)) - self.extra_words
        if not fresh:
            return
        with self._lock:
            self.extra_words |= fresh
            # Only texts containing a new word can segment differently now.
            stale = [text for text in self._cache if any(word in text for word in fresh)]
            for text in stale:
                del self._cache[text]
            if self._trie is not None:
                for word in fresh:
                    self._trie.add(word)

    def load(self) -> None:
        """Build the word dictionary now (about 0.75 s) rather than at the first line."""
        self._dictionary()

    def _dictionary(self):
        with self._lock:
            if self._trie is None:
                from pythainlp.corpus.common import thai_words
                from pythainlp.util import dict_trie

                self._trie = dict_trie(set(thai_words()) | self.extra_words)
            return self._trie

    def _thai_words(self, run: str) -> list[str]:
        from pythainlp.tokenize import word_tokenize

        return [
            w
            for w in word_tokenize(
                run, custom_dict=self._dictionary(), engine="newmm", keep_whitespace=False
            )
            if w
        ]

    def tokens(self, text: str) -> list[Token]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        tokens = self._tokens(text)
        with self._lock:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = tokens
        return tokens

    def _tokens(self, text: str) -> list[Token]:
        raw: list[tuple[str, bool]] = []
        for match in _PIECES.finditer(text):
            kind = match.lastgroup
            piece = match.group()
            if kind == "space":
                raw.append((" ", True))
            elif kind == "thai":
                raw.extend((word, False) for word in self._thai_words(piece))
            else:
                raw.append((piece, False))
        tokens: list[Token] = []
        for index, (piece, is_space) in enumerate(raw):
            following = raw[index + 1][0] if index + 1 < len(raw) else ""
            glued = (
                not is_space
                and following
                and not raw[index + 1][1]
                and (piece[-1] in NO_BREAK_AFTER or following[0] in NO_BREAK_BEFORE)
            )
            tokens.append(Token(piece, is_space, break_after=not glued))
        return tokens
