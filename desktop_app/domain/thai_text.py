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

from desktop_app.domain.errors import InvalidInput

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


# What letter_digits leaves as typed or keeps Arabic: an e-mail address or URL; a run of
# Latin letters and digits joined by - _ . + / : ("COVID-19", "PM2.5", "ACE-739-KMN").
_AS_TYPED = re.compile(
    r"(?P<link>(?:https?://|www\.)[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<term>[A-Za-z0-9\u0e50-\u0e59]+(?:[-_.+/:][A-Za-z0-9\u0e50-\u0e59]+)*)"
)
_LATIN_LETTER = re.compile("[A-Za-z]")


def letter_digits(text: str, digits: Digits) -> str:
    """``text`` with a letter's digits, as a typist writes them.

    ``digits == "arabic"``: every Thai digit becomes Arabic. ``digits == "thai"``: Arabic
    digits become Thai, except where Thai digits would be wrong: inside an e-mail address or a
    URL (left exactly as typed) and in a run where digits are attached to Latin letters (a
    Latin term: "COVID-19", "PM2.5", "A4", "ACE-739-KMN"; its digits are made Arabic even if
    typed Thai). A number standing alone becomes Thai, Latin words around it or not: "ISO
    9001" -> "ISO ๙๐๐๑", "10:30" -> "๑๐:๓๐", "มส 0023.3/354" -> "มส ๐๐๒๓.๓/๓๕๔". The
    rule is the one the department's own letters follow (shared/samples/received-circular.txt:
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "(DLA-CLAIR-MIC Joint Hybrid Seminar)", "saraban@dla.go.th").

    >>> letter_digits("โรคโควิด COVID-19 ครั้งที่ 2 ค่า PM2.5 เกิน 50", "thai")
    'โรคโควิด COVID-19 ครั้งที่ ๒ ค่า PM2.5 เกิน ๕๐'
    """
    if digits != "thai":
        return to_arabic_digits(text)
    pieces, last = [], 0
    for match in _AS_TYPED.finditer(text):
        pieces.append(to_thai_digits(text[last : match.start()]))
        piece = match.group()
        if match.lastgroup == "link":
            pieces.append(piece)
        elif _LATIN_LETTER.search(piece):
            pieces.append(to_arabic_digits(piece))
        else:
            pieces.append(to_thai_digits(piece))
        last = match.end()
    pieces.append(to_thai_digits(text[last:]))
    return "".join(pieces)


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


# -- cleaning typed and imported text -------------------------------------------------------------
# Length limits, in characters after cleaning. Sources: the register's columns (sender, to and
# document number are VARCHAR(300)/(300)/(100) in the database, so a longer one is refused on
# PostgreSQL with an internal error) and what a register holds: the longest subject in the
# sample circulars is under 300 characters, so 1,000 leaves room for a subject with its
# project name and reference while refusing a pasted document (issue 9: a 100 KB subject was
# accepted and held the write lock for 20 s). Remarks and notes hold a few sentences.
MAX_SUBJECT_LENGTH = 1000  # เรื่อง
MAX_SENDER_LENGTH = 300  # จาก / ถึง / a recipient's or organisation's name
MAX_DOC_NO_LENGTH = 100  # ที่ (a document number)
MAX_REMARKS_LENGTH = 2000  # หมายเหตุ, การปฏิบัติ
MAX_REASON_LENGTH = 500  # a cancel or change reason
MAX_SHORT_TEXT_LENGTH = 200  # a person's name, a phone number, a receive number typed by others

# What clean_text drops or turns into a space:
# - C0 controls but tab and line breaks, DEL, C1 controls (U+0080..U+009F);
# - the bidirectional embedding/override/isolate controls (text that reads in another order
#   than it is stored: U+202A..U+202E, U+2066..U+2069);
# - noncharacters (U+FDD0..U+FDEF and U+xFFFE/U+xFFFF: a worksheet cannot hold U+FFFE, and
#   openpyxl's own check misses it, issue 9) and lone surrogates (cannot be stored).
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef"
    "\ufffe\uffff\U0001fffe\U0001ffff\U0010fffe\U0010ffff\ud800-\udfff]"
)
# Line breaks of every kind: CR LF, CR, LF, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR.
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def remove_control_characters(text: str, *, multiline: bool = False) -> str:
    """``text`` without control and invisible reordering characters, each replaced by a space
    (a stray ESC between two words stays a word gap); every kind of line break becomes "\\n"
    when ``multiline``, a space otherwise; tabs become spaces. Nothing else changes (no
    trimming, no normalisation): for text already stored, e.g. when written to a worksheet,
    which cannot hold most C0 controls at all (openpyxl ``IllegalCharacterError``)."""
    if not text:
        return ""
    text = _CONTROLS.sub(" ", text)
    text = _LINE_BREAKS.sub("\n" if multiline else " ", text)
    return text.replace("\t", " ")


def clean_text(
    text: str | None,
    *,
    max_length: int,
    multiline: bool = False,
    field: str | None = None,
    label_th: str = "ข้อความ",
    label_en: str = "The text",
) -> str:
    """Typed or imported text as it is stored: control characters removed
    (``remove_control_characters``), each line ``normalise``d (NFC, Thai spelling fixes,
    single spaces, trimmed); with ``multiline`` the lines are kept (at most one blank line
    between paragraphs, none at either end), else they are joined with spaces.

    Raises ``InvalidInput`` (``field``) when the cleaned text has more than ``max_length``
    characters, naming it by ``label_th``/``label_en``: "เรื่อง ยาว 1,234 ตัวอักษร เกินที่รับได้
    1,000 ตัวอักษร". ``None`` is "". Limits: the ``MAX_*_LENGTH`` constants above.

    >>> clean_text("  ขอเชิญ\\x1bประชุม\\x00 ", max_length=MAX_SUBJECT_LENGTH)
    'ขอเชิญ ประชุม'
    """
    if not text:
        return ""
    text = remove_control_characters(text, multiline=multiline)
    # Far too long even before normalising (which is slow on 100 KB): refuse it at once.
    rough = len(_WHITESPACE.sub(" ", text))
    if rough > 2 * max_length:
        raise _too_long(rough, max_length, field, label_th, label_en)
    if multiline:
        lines = [normalise(line) for line in text.split("\n")]
        kept: list[str] = []
        for line in lines:
            if line or (kept and kept[-1]):
                kept.append(line)
        while kept and not kept[-1]:
            kept.pop()
        text = "\n".join(kept)
    else:
        text = normalise(text)
    if len(text) > max_length:
        raise _too_long(len(text), max_length, field, label_th, label_en)
    return text


def _too_long(
    length: int, max_length: int, field: str | None, label_th: str, label_en: str
) -> InvalidInput:
    return InvalidInput(
        f"{label_th} ยาว {length:,} ตัวอักษร เกินที่รับได้ {max_length:,} ตัวอักษร",
        f"{label_en} is {length:,} characters long; at most {max_length:,} are allowed.",
        field=field,
    )
