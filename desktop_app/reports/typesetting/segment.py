"""Where a line may break: word boundaries from a dictionary segmenter, never inside a word.

Thai runs are cut by PyThaiNLP's ``newmm`` with its dictionary plus the office's own words
(organisation names from the directory, official terms), so "องค์การบริหารส่วนตำบลผาบ่อง"
stays whole. Runs in other scripts are kept whole (an e-mail address, a URL, "J.CLAIR");
spaces are their own tokens. Punctuation sticks to its neighbour: nothing breaks after an
opening bracket or quote, or before a closing one, "ๆ" or "ฯ". Nothing breaks inside what a
typist keeps together (keep.py: "พ.ศ. ๒๕๖๙", "๕ มีนาคม ๒๕๖๙", "นายสมชาย ใจดี", ...): the
tokens there have ``break_after=False``, a space there included (a non-breaking space:
``Token(" ", is_space=True, break_after=False)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from threading import Lock
from typing import Any

from desktop_app.reports.typesetting.dictionary import WordDictionary, load_base
from desktop_app.reports.typesetting.keep import keep_spans
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
    # May a line end after this token? (False glues it to the next one; a space with False
    # is a non-breaking space inside a unit kept together.)
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

    def __init__(self, extra_words: Iterable[str] = (), *, cache_dir: Path | None = None) -> None:
        """``extra_words``: names to keep whole on top of the dictionary (the directory's
        organisations); ``cache_dir``: where the prepared dictionary file is kept (default
        the user's cache folder, see ``dictionary.default_cache_dir``)."""
        self.extra_words = set(_dictionary_words([*extra_words, *office_terms()]))
        self.cache_dir = cache_dir
        self._trie: WordDictionary | None = None
        self._lock = Lock()
        # Letters in a batch share their paragraphs: segment each text once.
        self._cache: dict[str, list[Token]] = {}
        # And each Thai run once: a name recurs in different lines ("ถึง ...", "เรียน ...").
        self._runs: dict[str, list[str]] = {}
        self._inner: dict[str, list[str]] = {}  # inner_words
        # Bumped whenever added words may change how some text is cut: whatever was laid
        # out with an older generation (layout.py's line cache) is stale.
        self.generation = 0

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
            self._runs.clear()
            self._inner.clear()
            self.generation += 1
            if self._trie is not None:
                for word in sorted(fresh):
                    self._trie.add(word)

    def load(self) -> None:
        """Load the word dictionary now rather than at the first line: about 15 ms from the
        prepared file, 0.1 s when it has to be made (dictionary.py)."""
        self._dictionary()

    def _dictionary(self) -> Any:
        """The loaded dictionary (a ``WordDictionary``: what newmm asks of PyThaiNLP's
        ``Trie``, which the library's annotation names)."""
        with self._lock:
            if self._trie is None:
                # The office terms are part of the prepared file; other names are added.
                terms = set(_dictionary_words(office_terms()))
                trie = load_base(terms, self.cache_dir)
                for word in sorted(self.extra_words - terms):
                    trie.add(word)
                self._trie = trie
            return self._trie

    def _thai_words(self, run: str) -> list[str]:
        found = self._runs.get(run)
        if found is not None:
            return found
        from pythainlp.tokenize import word_tokenize

        generation = self.generation
        words = [
            w
            for w in word_tokenize(
                run, custom_dict=self._dictionary(), engine="newmm", keep_whitespace=False
            )
            if w
        ]
        with self._lock:
            if len(self._runs) > CACHE_SIZE:
                self._runs.clear()
            if generation == self.generation:  # no words added meanwhile
                self._runs[run] = words
        return words

    def tokens(self, text: str) -> list[Token]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        generation = self.generation
        tokens = self._tokens(text)
        with self._lock:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            if generation == self.generation:  # no words added meanwhile
                self._cache[text] = tokens
        return tokens

    def _tokens(self, text: str) -> list[Token]:
        raw = self._pieces(text, self._thai_words)
        # Offsets strictly inside a unit a typist keeps together (keep.py): no break there,
        # and a space there does not break either.
        word_ends = {end for end, _piece, _is_space in raw}
        inside = {
            offset for start, end in keep_spans(text, word_ends) for offset in range(start + 1, end)
        }
        tokens: list[Token] = []
        for index, (end, piece, is_space) in enumerate(raw):
            following = raw[index + 1] if index + 1 < len(raw) else None
            glued = end in inside or _glued(piece, is_space, following)
            tokens.append(Token(" " if is_space else piece, is_space, break_after=not glued))
        return tokens

    def _pieces(
        self, text: str, thai_words: Callable[[str], list[str]]
    ) -> list[tuple[int, str, bool]]:
        """``(end offset, piece, is_space)`` for the pieces of ``text`` in order: runs of
        spaces, the words ``thai_words`` cuts each Thai run into, other runs whole."""
        raw: list[tuple[int, str, bool]] = []
        for match in _PIECES.finditer(text):
            kind = match.lastgroup
            piece = match.group()
            if kind == "thai":
                offset = match.start()
                for word in thai_words(piece):
                    offset += len(word)
                    raw.append((offset, word, False))
            else:
                raw.append((match.end(), piece, kind == "space"))
        return raw

    def inner_words(self, text: str) -> list[str]:
        """The pieces ``text`` comes apart into one level below its own words: what a box
        wider than the line is cut into (``LineBreaker._split_long``).

        ``text`` is cut into its words as by ``tokens``; a Thai run that is one protected word
        (an office term or a name from ``extra_words``/``add_words``) is cut instead with the
        dictionary seen without that word, so "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน" falls
        into the words it is made of ("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด",
        "แม่ฮ่องสอน"), and a piece still too wide, cut again, into smaller words ("สำนักงาน",
        "ส่งเสริม", ...). A plain dictionary word is not cut (below it there are only
        syllables). Other runs stay whole, punctuation stays with its neighbour, a run of
        spaces is a piece of its own; ``"".join(inner_words(text)) == text``. Returns
        ``[text]`` when nothing can be cut (one ordinary word, a URL)."""
        found = self._inner.get(text)
        if found is not None:
            return list(found)
        generation = self.generation
        pieces = self._inner_words(text)
        with self._lock:
            if len(self._inner) > CACHE_SIZE:
                self._inner.clear()
            if generation == self.generation:  # no words added meanwhile
                self._inner[text] = pieces
        return list(pieces)

    def _inner_words(self, text: str) -> list[str]:
        dictionary = self._dictionary()

        def newmm(run: str, custom_dict: Any) -> list[str]:
            from pythainlp.tokenize import word_tokenize

            cut = word_tokenize(run, custom_dict=custom_dict, engine="newmm", keep_whitespace=False)
            return [word for word in cut if word]

        def words(run: str) -> list[str]:
            found = newmm(run, dictionary)
            if len(found) == 1 and run in self.extra_words:
                return newmm(run, _Without(dictionary, frozenset([run])))
            return found

        raw = self._pieces(text, words)
        pieces: list[str] = []
        start = 0
        for index, (end, piece, is_space) in enumerate(raw):
            following = raw[index + 1] if index + 1 < len(raw) else None
            if not _glued(piece, is_space, following):
                pieces.append(text[start:end])
                start = end
        if start < len(text):
            pieces.append(text[start:])
        return pieces


# Words a place name follows: a typist keeps them with the name ("จังหวัดแม่ฮ่องสอน"), so a
# long office name comes apart before them ("สำนักงานส่งเสริมการปกครองท้องถิ่น" +
# "จังหวัดแม่ฮ่องสอน"), never between them and the name.
PLACE_WORDS = ("จังหวัด", "อำเภอ", "ตำบล")


def place_words_forward(pieces: list[str]) -> list[str]:
    """``pieces`` (``inner_words``) with a place word that ends one piece moved to the start
    of the next (not across a space), unless that leaves nothing to cut ("จังหวัด" +
    "แม่ฮ่องสอน" alone stay two pieces); ``"".join`` is unchanged."""
    result = list(pieces)
    for index in range(len(result) - 1):
        piece, following = result[index], result[index + 1]
        if not piece or piece.isspace() or not following or following[0].isspace():
            continue
        for word in PLACE_WORDS:
            if piece.endswith(word):
                result[index] = piece[: -len(word)]
                result[index + 1] = word + following
                break
    moved = [piece for piece in result if piece]
    return moved if len(moved) >= 2 else pieces


def _glued(piece: str, is_space: bool, following: tuple[int, str, bool] | None) -> bool:
    """Does punctuation glue ``piece`` to the piece after it (no break between)?"""
    return (
        not is_space
        and following is not None
        and not following[2]
        and (piece[-1] in NO_BREAK_AFTER or following[1][0] in NO_BREAK_BEFORE)
    )


class _Without:
    """A word dictionary seen without some of its words. newmm asks its dictionary only
    ``prefixes`` (and ``len`` for truthiness); ``in`` is answered for completeness."""

    __slots__ = ("_base", "_hidden")

    def __init__(self, base: Any, hidden: frozenset[str]) -> None:
        self._base = base
        self._hidden = hidden

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        return [word for word in self._base.prefixes(text, start) if word not in self._hidden]

    def __contains__(self, word: object) -> bool:
        return word not in self._hidden and word in self._base

    def __len__(self) -> int:
        return len(self._base)
