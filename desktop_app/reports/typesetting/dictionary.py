"""The word dictionary behind segmentation, loaded from a prepared file instead of rebuilt.

PyThaiNLP's ``dict_trie`` of its 62,000 Thai words takes 0.4-0.8 s to build (420,000
Python objects) on every start. Here the words (PyThaiNLP's list plus the office terms) are
kept sorted in one file in the user's cache folder (``thai-words.bin``; under
``$SARABAN_DATA_DIR/cache`` when that is set, as for the rest of the program's files) and
loaded in about 15 ms; a dictionary search is a bisection of that list. The file is:

    MAGIC | key (32 bytes) | CRC-32 of the payload (4 bytes, big-endian) | payload

where the payload is the ``marshal`` of the sorted word list and the key is a SHA-256 of the
format, the Python and ``marshal`` versions, PyThaiNLP's version and the bytes of its word
list, and the extra words (the office terms). A file with another key is stale and rebuilt;
a damaged one (wrong magic, CRC, type) is ignored and rebuilt, never an error; the file is
written whole or not at all (``desktop_app.files.write_atomically``: a temporary file renamed
over it), so two processes writing it at once both leave a good file. A folder that cannot
be written only means the next start builds again.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"SARABAN-WORDS\n"
CACHE_NAME = "thai-words.bin"
_HEADER = len(MAGIC) + 32 + 4
_THAI_WORDS_FILE = "words_th.txt"  # PyThaiNLP's word list (pythainlp.corpus.common)


class WordDictionary:
    """Words newmm may cut Thai text into, with the questions PyThaiNLP asks of its
    ``Trie`` (``prefixes``, ``in``, ``len``, ``add``), so it serves as ``custom_dict``.

    The base words are one sorted list searched by bisection (cheap to load, nothing for
    the garbage collector to walk); words added later (a letter's recipients) go into a
    small table of their prefixes. ``prefixes`` answers exactly as ``Trie.prefixes`` does:
    the words starting at ``start``, shortest first. Safe to read from several threads
    while one adds words (the base list never changes)."""

    __slots__ = ("_added", "_count", "_sorted")

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._sorted: list[str] = sorted({w.strip() for w in words} - {""})
        self._added: dict[str, bool] = {}  # every prefix of an added word -> is it a word
        self._count = len(self._sorted)

    @classmethod
    def from_sorted(cls, words: list[str]) -> WordDictionary:
        """A dictionary over ``words``, which must be sorted, stripped and unique."""
        dictionary = cls()
        dictionary._sorted = words
        dictionary._count = len(words)
        return dictionary

    @property
    def base_words(self) -> list[str]:
        """The sorted base list (not the words added since); do not modify it."""
        return self._sorted

    def __len__(self) -> int:
        return self._count

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._added.get(word) is True:
            return True
        words = self._sorted
        index = bisect_left(words, word)
        return index < len(words) and words[index] == word

    def add(self, word: str) -> None:
        """Add one word (stripped, as ``Trie.add`` does); a word already present is kept."""
        word = word.strip()
        if not word or word in self:
            return
        added = self._added
        for end in range(1, len(word)):
            added.setdefault(word[:end], False)
        added[word] = True
        self._count += 1

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary's words that ``text[start:]`` starts with, shortest first."""
        words = self._sorted
        count = len(words)
        found: list[str] = []
        low = 0
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            index = bisect_left(words, piece, low)
            if index == count:
                break
            candidate = words[index]
            if not candidate.startswith(piece):
                break  # no word goes on this way
            if candidate == piece:
                found.append(piece)
            low = index
        added = self._added
        if added and text[start : start + 1] in added:
            extra = []
            for end in range(start + 1, len(text) + 1):
                piece = text[start:end]
                is_word = added.get(piece)
                if is_word is None:
                    break
                if is_word:
                    extra.append(piece)
            if extra:
                found = sorted(set(found).union(extra), key=len)
        return found


def default_cache_dir() -> Path:
    """Where the prepared dictionary lives: ``$SARABAN_DATA_DIR/cache`` when that variable
    is set, else the user's cache folder (platformdirs: ``%LOCALAPPDATA%\\SarabanDesk\\
    SarabanDesk\\Cache`` on Windows, ``~/.cache/SarabanDesk`` on Linux)."""
    from desktop_app import APP_AUTHOR, APP_NAME
    from desktop_app.config import DATA_DIR_ENV

    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "cache"
    from platformdirs import PlatformDirs

    return Path(PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False).user_cache_dir)


def cache_key(extra_words: Iterable[str]) -> bytes | None:
    """The 32-byte key a prepared file must carry to be used with these sources, or None
    when PyThaiNLP's word list cannot be read as a file (then nothing is cached)."""
    try:
        from importlib.resources import files

        import pythainlp

        source = files("pythainlp.corpus").joinpath(_THAI_WORDS_FILE).read_bytes()
    except (OSError, ImportError, AttributeError, TypeError):
        return None
    digest = hashlib.sha256()
    for part in (
        f"format {FORMAT}; python {sys.version_info[:2]}; marshal {marshal.version}",
        f"pythainlp {getattr(pythainlp, '__version__', '?')}",
    ):
        digest.update(part.encode() + b"\0")
    digest.update(hashlib.sha256(source).digest())
    digest.update("\n".join(sorted(set(extra_words))).encode("utf-8"))
    return digest.digest()


def read_prepared(path: Path, key: bytes) -> list[str] | None:
    """The sorted word list stored at ``path`` under ``key``; None when the file is
    missing, stale (another key) or damaged in any way."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER or not data.startswith(MAGIC):
        return None
    stored_key = data[len(MAGIC) : len(MAGIC) + 32]
    checksum = int.from_bytes(data[len(MAGIC) + 32 : _HEADER], "big")
    payload = memoryview(data)[_HEADER:]
    if stored_key != key or zlib.crc32(payload) != checksum:
        return None
    try:
        words = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(words, list) or not all(type(word) is str for word in words):
        return None
    return words


def write_prepared(path: Path, key: bytes, words: list[str]) -> bool:
    """Store the sorted ``words`` at ``path`` under ``key``, whole or not at all; False
    (logged, not raised) when the folder cannot be written."""
    from desktop_app.domain.errors import SarabanError
    from desktop_app.files import write_atomically

    payload = marshal.dumps(words)
    data = MAGIC + key + zlib.crc32(payload).to_bytes(4, "big") + payload
    try:
        write_atomically(path, data)
    except (SarabanError, OSError) as error:
        log.info("word dictionary not cached in %s: %s", path, error)
        return False
    return True


def load_base(extra_words: Iterable[str], cache_dir: Path | None = None) -> WordDictionary:
    """PyThaiNLP's Thai words plus ``extra_words``, from the prepared file in ``cache_dir``
    (default ``default_cache_dir()``) when it is current, else built (about 0.1 s: read and
    sort) and stored there for the next start."""
    extra = {word.strip() for word in extra_words} - {""}
    key = cache_key(extra)
    path = (cache_dir if cache_dir is not None else default_cache_dir()) / CACHE_NAME
    if key is not None:
        words = read_prepared(path, key)
        if words is not None:
            return WordDictionary.from_sorted(words)
    from pythainlp.corpus.common import thai_words

    dictionary = WordDictionary({*thai_words(), *extra})
    if key is not None:
        write_prepared(path, key, dictionary.base_words)
    return dictionary
