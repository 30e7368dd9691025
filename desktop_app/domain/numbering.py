"""Numbering series as an admin sees them: where each register's numbers stand in a year.

A series is the incoming register's receive numbers (``INCOMING_SERIES``) or one outgoing
series: a letter-code prefix, circular (ว) or not (``domain.letters.outgoing_series``).
Numbers run from 1 through each calendar year (BE) and are gapless (saraban.md,
"Registers"). An office that adopts the program in the middle of a year continues its paper
book's numbers: an admin sets the next number of a series before its first use (recorded
with who and why), or imports the year's register so far (``domain.register_import``).
Pure: no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import INCOMING_SERIES
from desktop_app.domain.letters import outgoing_series
from desktop_app.domain.thai_text import normalise, search_fold, to_arabic_digits

SeriesKind = Literal["incoming", "outgoing"]
SERIES_KINDS: tuple[SeriesKind, ...] = ("incoming", "outgoing")
MAX_NEXT_NUMBER = 999_999  # far beyond any office's year (a 200,000-letter year is huge)


@dataclass(frozen=True)
class SeriesRef:
    """Which series: the incoming register, or an outgoing prefix (circular or not)."""

    kind: SeriesKind
    prefix: str = ""  # outgoing only: "มส 0023.3" (normalised, Arabic digits)
    circular: bool = False  # outgoing only: the ว series

    @classmethod
    def of(cls, kind: str, prefix: str = "", circular: bool = False) -> SeriesRef:
        """A checked reference; ``InvalidInput`` for an unknown kind or an outgoing series
        without a prefix."""
        if kind not in SERIES_KINDS:
            raise InvalidInput(
                f"ไม่รู้จักทะเบียน “{kind}” (ใช้ incoming หรือ outgoing)",
                f"Unknown series “{kind}” (use incoming or outgoing)",
                field="series",
            )
        if kind == "incoming":
            return cls("incoming")
        clean = canonical_prefix(prefix)
        if not clean:
            raise InvalidInput(
                "เลขหนังสือส่งต้องระบุรหัสหนังสือ (เช่น มส 0023.3)",
                "An outgoing series needs its letter-code prefix (e.g. มส 0023.3)",
                field="prefix",
            )
        return cls("outgoing", clean, bool(circular))

    @property
    def key(self) -> str:
        """The counter's series name (db/numbering)."""
        if self.kind == "incoming":
            return INCOMING_SERIES
        return outgoing_series(self.prefix, self.circular)

    def label(self, lang: str = "th") -> str:
        """ "ทะเบียนหนังสือรับ", "หนังสือส่ง มส 0023.3", "หนังสือเวียน มส 0023.3/ว"."""
        if self.kind == "incoming":
            return "ทะเบียนหนังสือรับ" if lang == "th" else "Incoming register"
        if self.circular:
            return f"หนังสือเวียน {self.prefix}/ว" if lang == "th" else f"Circulars {self.prefix}/ว"
        return f"หนังสือส่ง {self.prefix}" if lang == "th" else f"Letters {self.prefix}"


def canonical_prefix(prefix: str) -> str:
    """A letter-code prefix as typed, cleaned: normalised, Arabic digits, without the "ที่"
    label or a trailing "/" ("ที่ มส ๐๐๒๓.๓/" -> "มส 0023.3"). Spacing is kept: a prefix the
    office has set is matched by ``same_prefix`` and used in the office's own spelling (its
    series key is made from that spelling)."""
    text = to_arabic_digits(normalise(prefix or "")).rstrip("/").strip()
    if text.startswith("ที่ "):
        text = text[4:].strip()
    return text


def same_prefix(a: str, b: str) -> bool:
    """Whether two prefixes are the same code typed two ways ("มส0023.3", "มส ๐๐๒๓.๓")."""
    return bool(a) and search_fold(a) == search_fold(b)


def office_spelling(prefix: str, known: Sequence[str]) -> str:
    """``prefix`` as the office spells it, if one of ``known`` (its own and its work groups'
    prefixes) is the same code; else ``canonical_prefix(prefix)``."""
    for candidate in known:
        if same_prefix(candidate, prefix):
            return normalise(candidate)
    return canonical_prefix(prefix)


@dataclass(frozen=True)
class SeriesState:
    """Where a series stands in a year.

    ``last_number``: the counter (0: nothing issued or set); ``issued``: records in the
    register with a number of this series and year (cancelled ones included); ``highest``:
    the highest of them (0 if none). ``set_by``/``set_at``/``reason``: the latest admin
    setting of its next number, if any (``set_at`` UTC)."""

    series: SeriesRef
    year: int  # Buddhist era
    last_number: int
    issued: int
    highest: int
    set_by: str | None = None
    set_at: dt.datetime | None = None
    reason: str = ""

    @property
    def next_number(self) -> int:
        return self.last_number + 1

    @property
    def in_use(self) -> bool:
        """A number of it was issued (or imported): its next number can no longer be set."""
        return self.issued > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.series.kind,
            "key": self.series.key,
            "prefix": self.series.prefix or None,
            "circular": self.series.circular,
            "year": self.year,
            "last_number": self.last_number,
            "next_number": self.next_number,
            "issued": self.issued,
            "highest": self.highest,
            "in_use": self.in_use,
            "set_by": self.set_by,
            "set_at": self.set_at.isoformat() if self.set_at else None,
            "reason": self.reason or None,
        }


def check_next_number(value: int) -> int:
    """``value`` if it can be a next number (1 to ``MAX_NEXT_NUMBER``); ``InvalidInput``."""
    if not 1 <= value <= MAX_NEXT_NUMBER:
        raise InvalidInput(
            f"เลขถัดไปต้องอยู่ระหว่าง 1 ถึง {MAX_NEXT_NUMBER:,} (ได้รับ {value:,})",
            f"The next number must be from 1 to {MAX_NEXT_NUMBER:,} (got {value:,})",
            field="next",
        )
    return value


def check_year(year: int) -> int:
    """``year`` if it is a plausible Buddhist-era year; ``InvalidInput`` otherwise."""
    if not 2443 <= year <= 2743:
        raise InvalidInput(
            f"ปี {year} ต้องเป็นปีพุทธศักราช เช่น 2569",
            f"The year {year} must be a Buddhist-era year such as 2569",
            field="year",
        )
    return year


def parse_number(text: str) -> int:
    """A whole number as typed, Thai or Arabic digits, thousands separators allowed
    ("๒,๓๔๕" -> 2345); ``InvalidInput`` otherwise."""
    clean = to_arabic_digits(normalise(str(text))).replace(",", "").replace(" ", "")
    if not clean.isascii() or not clean.isdigit():
        raise InvalidInput(f"“{text}” ไม่ใช่ตัวเลข", f"“{text}” is not a whole number", field="next")
    return int(clean)
