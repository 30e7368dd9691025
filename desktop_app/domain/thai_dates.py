"""Thai dates: reading what clerks type or copy from a letter, and writing Buddhist-era dates.

Reading (``read_date``, ``parse_date``) accepts the forms seen on letters and in registers,
with Thai or Arabic digits, with or without spaces, and with the words that come before a date:

* numbers: "5/3/2569", "05.03.2569", "5-3-69", "๕-๓-๖๙", "5 3 2569", "05032569", "050369";
  year first (ISO and its BE twin): "2026-03-05", "2569/03/05";
* month names, full, abbreviated (with or without dots) or colloquial, joined by spaces,
  hyphens or nothing: "5 มี.ค. 69", "5มี.ค.69", "15-ก.ค.-2565", "5 มีนาคม 2569", "5 มีนา 69";
* labels and era words: "ลว. 23 พ.ย. 2555", "ลงวันที่ ๕ มีนาคม ๒๕๖๙", "วันที่ 5 มี.ค. 69",
  "ณ วันที่ ...", "เมื่อวันที่ ...", "๕ เดือนมีนาคม พ.ศ. ๒๕๖๙", "พุทธศักราช ๒๕๖๙", "ค.ศ. 2026";
* a weekday: "วันพฤหัสบดีที่ ๕ มีนาคม ๒๕๖๙" (a weekday that does not fit the date is refused:
  one of the two is mistyped);
* English: day-month-year and month-day-year with a month name, with weekday, ordinal and
  comma as written: "5 March 2026", "5 Mar 2026", "5-Mar-2026", "Thursday, 5 March 2026",
  "March 5, 2026", "5th of March 2026", "5 March 2569 BE". Numbers alone are always read
  day/month/year, the Thai order, never the American month/day;
* "5/3" and "5 มี.ค." (this year), "วันนี้", "เมื่อวาน";
* a time after the date, said with เวลา or น., is left out ("... ๒๕๖๙ เวลา ๐๙.๓๐ น."):
  ``read_datetime`` reads both.

Years: four digits from 2400 up are BE, below are CE; "พ.ศ."/"ค.ศ." (and BE/AD/CE) decide.
Two digits have two readings, BE (the Thai habit: 69 -> 2569) and CE (26 -> 2026); each is the
year with those last digits nearest to today's year in its era. A reading is plausible when it
lies at most ``AHEAD_YEARS`` after today and at most ``BACK_YEARS_BE`` (BE reading) or
``BACK_YEARS_CE`` (CE reading: computers print two-digit CE years for recent dates) before
it. One plausible reading is taken; when both or neither are, the nearer to today is taken
and the reading is ``ambiguous``: the form asks, the CLI refuses (``DateReading.unambiguous``).
A date that does not exist (30 ก.พ., 31 เม.ย.) is refused, never rolled over; nor is a
two-digit year's other reading taken because the one chosen does not exist ("29/2/68" is
29 ก.พ. 2568, refused, never 29 ก.พ. 2611). A minus sign before a number ("5/3/-69") is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_text import Digits, apply_digits, normalise, to_arabic_digits

BE_OFFSET = 543
MIN_CE_YEAR = 1900
MAX_CE_YEAR = 2200

Era = Literal["be", "ce"]

# How far from today a two-digit year's reading may lie and still be plausible (years).
AHEAD_YEARS = 1  # a letter, a receipt or a deadline more than a year ahead is a slip
BACK_YEARS_BE = 50  # a BE year typed in two digits: Thai writers do so for any date
BACK_YEARS_CE = 30  # a CE year in two digits: what computers print, for recent dates

MONTHS_EN: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

WEEKDAYS_EN: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

EXAMPLES_TH = "เช่น 5/3/2569, 5/3/69, 5 มี.ค. 69, ลว. 5 มีนาคม 2569 หรือ 2026-03-05"
EXAMPLES_EN = "e.g. 5/3/2569, 5/3/69, 5 มี.ค. 69, 5 March 2026 or 2026-03-05"


@cache
def _thai_names() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """PyThaiNLP's month and weekday names (full months, abbreviated months, weekdays from
    Monday), loaded the first time a Thai date is read or written: importing PyThaiNLP costs
    about 60 ms, which a command printing JSON dates never needs."""
    from pythainlp.util.date import thai_abbr_months, thai_full_months, thai_full_weekdays

    return tuple(thai_full_months), tuple(thai_abbr_months), tuple(thai_full_weekdays)


def __getattr__(name: str) -> Any:
    """``MONTHS_FULL_TH``, ``MONTHS_ABBR_TH`` and ``WEEKDAYS_TH``, loaded on first use."""
    index = {"MONTHS_FULL_TH": 0, "MONTHS_ABBR_TH": 1, "WEEKDAYS_TH": 2}.get(name)
    if index is None:
        raise AttributeError(name)
    return _thai_names()[index]


# Spoken and misspelt month names clerks type, besides PyThaiNLP's full and abbreviated ones.
_MONTHS_COLLOQUIAL_TH: tuple[tuple[str, ...], ...] = (
    ("มกรา",),
    ("กุมภา", "กุมภาพันธุ์"),
    ("มีนา",),
    ("เมษา",),
    ("พฤษภา",),
    ("มิถุนา",),
    ("กรกฎา", "กรกฏาคม", "กรกฏา"),
    ("สิงหา",),
    ("กันยา",),
    ("ตุลา",),
    ("พฤศจิกา",),
    ("ธันวา",),
)
# Words that may stand around a date and carry nothing: labels ("ลว.", "ลงวันที่", "ณ วันที่",
# "เมื่อวันที่"), "เดือน" before a month, "ปี" before a year.
_FILLERS_TH = ("ลง", "ลว", "วัน", "ที่", "ณ", "เมื่อ", "เดือน", "ปี", "ฉบับ", "ประจำ")
_ERAS_TH = {"พศ": "be", "พุทธศักราช": "be", "คศ": "ce", "คริสตศักราช": "ce", "คริสต์ศักราช": "ce"}
_FILLERS_EN = ("date", "dated", "on", "the", "of", "st", "nd", "rd", "th")
_ERAS_EN = {"be": "be", "ad": "ce", "ce": "ce"}
_WEEKDAYS_EN_SHORT = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Meaning = tuple[str, Any]  # ("month", 3), ("weekday", 3), ("era", "be"), ("filler", None)


@cache
def _thai_words() -> dict[str, Meaning]:
    """Every Thai word a date may hold, without dots, and what it means."""
    full, abbr, weekdays = _thai_names()
    words: dict[str, Meaning] = {word: ("filler", None) for word in _FILLERS_TH}
    words.update({word: ("era", era) for word, era in _ERAS_TH.items()})
    for index, name in enumerate(weekdays):
        words[name.removeprefix("วัน")] = ("weekday", index)
    words["พฤหัส"] = ("weekday", 3)
    for number in range(1, 13):
        for name in (full[number - 1], abbr[number - 1], *_MONTHS_COLLOQUIAL_TH[number - 1]):
            words[name.replace(".", "")] = ("month", number)
    return words


@cache
def _latin_words() -> dict[str, Meaning]:
    """Every English word a date may hold, without dots, lower case, and what it means."""
    words: dict[str, Meaning] = {word: ("filler", None) for word in _FILLERS_EN}
    words.update({word: ("era", era) for word, era in _ERAS_EN.items()})
    for index, name in enumerate(WEEKDAYS_EN):
        words[name.casefold()] = ("weekday", index)
        words[_WEEKDAYS_EN_SHORT[index]] = ("weekday", index)
    words.update({"tues": ("weekday", 1), "thur": ("weekday", 3), "thurs": ("weekday", 3)})
    for number, name in enumerate(MONTHS_EN, start=1):
        words[name.casefold()] = ("month", number)
        words[name[:3].casefold()] = ("month", number)
    words["sept"] = ("month", 9)
    return words


def _split_thai(run: str) -> list[Meaning] | None:
    """A run of Thai letters (dots and spaces removed) as the fewest known words, or None."""
    words = _thai_words()
    best: list[list[Meaning] | None] = [None] * (len(run) + 1)
    best[0] = []
    for start in range(len(run)):
        done = best[start]
        if done is None:
            continue
        for word, meaning in words.items():
            if run.startswith(word, start):
                end = start + len(word)
                found = best[end]
                if found is None or len(done) + 1 < len(found):
                    best[end] = [*done, meaning]
    return best[len(run)]


# A run of Thai letters may hold dots and spaces ("มี. ค.", "มีนาคม พ.ศ."); Latin words are
# separated by anything else; the gaps between parts may be spaces or punctuation.
_TOKEN = re.compile(
    r"(?P<num>\d+)"
    r"|(?P<thai>[\u0e01-\u0e4e](?:[\u0e01-\u0e4e.\s]*[\u0e01-\u0e4e.])?)"
    r"|(?P<latin>[a-z]+(?:\.[a-z]+)*\.?)"
    r"|(?P<gap>[\s/\\.,:;()\[\]{}\"'`“”‘’«»\-‐‑‒–—―・･]+)"
    r"|(?P<other>.)"
)
# A minus sign before a number (at the start, or after a number and its separator): a
# negative day, month or year ("5/3/-69"), which no date has. "15-ก.ค.-2565" is no such sign.
_MINUS = r"\-‐‑‒–—―−"
_NEGATIVE = re.compile(rf"(?:^|\d\s*[/\\.,:;{_MINUS}]\s*|\d\s+)[{_MINUS}]\d")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_TODAY_WORDS = {"วันนี้": 0, "today": 0, "เมื่อวาน": -1, "เมื่อวานนี้": -1, "yesterday": -1}
_TIME = re.compile(r"^(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?\s*(?:น\.?)?$")
# A time after a date copied from a letter ("... ๒๕๖๙ เวลา ๐๙.๓๐ น."): said with เวลา or น.
_TRAILING_TIME = re.compile(
    r"(?:\s*เวลา\s*\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?:น\.?)?"
    r"|\s+\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*น\.?)$"
)


def be_year(value: dt.date) -> int:
    """The Buddhist-era year of a date."""
    return value.year + BE_OFFSET


# -- what a reading is -----------------------------------------------------------------------
@dataclass(frozen=True)
class DateReading:
    """What ``read_date`` understood.

    ``value``: the date taken. ``taken``: the era a two-digit year was read in ("be" or "ce";
    None when the year was typed in four digits, with its era, or left out). ``other``: the
    date the other reading of a two-digit year gives (None when there is none, or it does
    not exist). ``ambiguous``: both readings are plausible, or neither is: ask which was
    meant. ``year_inferred``: the year was two digits or left out, so the preview names the
    year taken. ``text``: what was typed, ``year_typed``: its year as typed (Arabic digits).
    """

    value: dt.date
    text: str = ""
    taken: Era | None = None
    other: dt.date | None = None
    ambiguous: bool = False
    year_inferred: bool = False
    year_typed: str = ""

    @property
    def readings(self) -> tuple[dt.date, ...]:
        """The date taken, then the other reading of a two-digit year if there is one."""
        return (self.value,) if self.other is None else (self.value, self.other)

    def unambiguous(self) -> dt.date:
        """``value``, or ``AmbiguousYear`` (an ``InvalidDate``) naming both readings when the
        clerk must say which was meant (the CLI's rule: exit 2)."""
        if self.ambiguous and self.other is not None:
            raise AmbiguousYear(self)
        return self.value


class AmbiguousYear(InvalidDate):
    """A two-digit year both of whose readings are as likely: the message names both and asks
    for the year in four digits. ``reading`` is the ``DateReading``."""

    def __init__(self, reading: DateReading) -> None:
        first, second = reading.value, reading.other or reading.value
        super().__init__(
            f"ปี “{reading.year_typed}” ใน “{reading.text}” อ่านได้สองแบบ: "
            f"{format_date_full(first, 'arabic')} ({_ce_th(first)}) หรือ "
            f"{format_date_full(second, 'arabic')} ({_ce_th(second)}) "
            f"กรุณาระบุปีสี่หลัก เช่น {format_date_numeric(first)} หรือ {format_date_numeric(second)}",
            f"The year “{reading.year_typed}” in “{reading.text}” can be read two ways: "
            f"{format_date_full(first, 'arabic', 'en')} BE ({first.year}) or "
            f"{format_date_full(second, 'arabic', 'en')} BE ({second.year}); give the year in "
            f"four digits, e.g. {format_date_numeric(first)} or {format_date_numeric(second)}",
            field=None,
        )
        self.reading = reading


def _ce_th(value: dt.date) -> str:
    return f"ค.ศ. {value.year}"


def describe_year(value: dt.date, digits: Digits = "thai", lang: str = "th") -> str:
    """The year a date was taken in, in both eras, for a preview: "ปี พ.ศ. ๒๕๖๙ (ค.ศ. 2026)"
    ("year 2569 BE (2026 CE)" in English). The CE year keeps Arabic digits, as it is written
    in Thai text."""
    if lang == "en":
        return f"year {apply_digits(str(be_year(value)), digits)} BE ({value.year} CE)"
    return f"ปี พ.ศ. {apply_digits(str(be_year(value)), digits)} (ค.ศ. {value.year})"


@dataclass(frozen=True)
class DateTimeReading:
    """What ``read_datetime`` understood: ``value`` and the reading of its date part."""

    value: dt.datetime
    date: DateReading

    @property
    def ambiguous(self) -> bool:
        return self.date.ambiguous

    def unambiguous(self) -> dt.datetime:
        """``value``, or ``AmbiguousYear`` when its date's two-digit year must be chosen."""
        self.date.unambiguous()
        return self.value


# -- reading ---------------------------------------------------------------------------------
def _not_a_date(original: str) -> InvalidDate:
    return InvalidDate(
        f"อ่านวันที่ “{original}” ไม่ได้ ({EXAMPLES_TH})",
        f"Cannot read the date “{original}” ({EXAMPLES_EN})",
    )


def _build(year: int, month: int, day: int, original: str) -> dt.date:
    if not MIN_CE_YEAR <= year <= MAX_CE_YEAR:
        raise InvalidDate(
            f"ปี {year + BE_OFFSET} ใน “{original}” อยู่นอกช่วงที่รับได้ "
            f"(พ.ศ. {MIN_CE_YEAR + BE_OFFSET}–{MAX_CE_YEAR + BE_OFFSET})",
            f"The year in “{original}” is out of range "
            f"(BE {MIN_CE_YEAR + BE_OFFSET}–{MAX_CE_YEAR + BE_OFFSET})",
        )
    if not 1 <= month <= 12:
        raise InvalidDate(
            f"ไม่มีเดือนที่ {month} (“{original}”): เดือนมีตั้งแต่ 1 ถึง 12",
            f"There is no month {month} (“{original}”): months run from 1 to 12",
        )
    days_in_month = monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        month_th, month_en = _thai_names()[0][month - 1], MONTHS_EN[month - 1]
        raise InvalidDate(
            f"ไม่มีวันที่ {day} {month_th} {year + BE_OFFSET}: "
            f"เดือน{month_th} {year + BE_OFFSET} มี {days_in_month} วัน",
            f"{day} {month_en} {year + BE_OFFSET} BE does not exist: "
            f"{month_en} {year + BE_OFFSET} has {days_in_month} days",
        )
    return dt.date(year, month, day)


@dataclass
class _Part:
    """One part of a typed date: a number, a month name, an era word or a weekday."""

    kind: str  # "num", "month", "era", "weekday"
    value: Any
    era: Era | None = None  # for a number: the era word written next to it


def _parts(cleaned: str, original: str) -> list[_Part]:
    """The date's parts in order, fillers and gaps dropped; ``InvalidDate`` for anything
    that is not part of a date."""
    parts: list[_Part] = []
    for match in _TOKEN.finditer(cleaned):
        kind = match.lastgroup
        text = match.group()
        if kind == "gap":
            continue
        if kind == "num":
            parts.append(_Part("num", text))
            continue
        if kind == "thai":
            meanings = _split_thai(re.sub(r"[.\s]", "", text))
        elif kind == "latin":
            meaning = _latin_words().get(text.replace(".", ""))
            meanings = None if meaning is None else [meaning]
        else:
            meanings = None
        if meanings is None:
            if any(part.kind == "num" for part in parts):
                raise InvalidDate(
                    f"ไม่รู้จักชื่อเดือน “{text.strip()}” ใน “{original}” ({EXAMPLES_TH})",
                    f"Unknown month name “{text.strip()}” in “{original}” ({EXAMPLES_EN})",
                )
            raise _not_a_date(original)
        parts.extend(_Part(kind, value) for kind, value in meanings if kind != "filler")
    return parts


def _attach_eras(parts: list[_Part], original: str) -> list[_Part]:
    """Era words joined to the number they qualify (the one after, else the one before)."""
    kept: list[_Part] = []
    pending: Era | None = None
    for part in parts:
        if part.kind == "era":
            if pending is not None:
                raise _not_a_date(original)
            pending = part.value
            continue
        if pending is not None and part.kind == "num":
            part.era, pending = pending, None
        kept.append(part)
    if pending is not None:  # "2569 BE", "5 มี.ค. 2569 พ.ศ."
        if not kept or kept[-1].kind != "num" or kept[-1].era is not None:
            raise _not_a_date(original)
        kept[-1].era = pending
    return kept


def _fields(parts: list[_Part], original: str) -> tuple[_Part | None, _Part | int, _Part]:
    """(year, month, day) of the parts: the month a number part or a month's number."""
    shape = "".join("n" if part.kind == "num" else "m" for part in parts)
    if shape == "n":
        digits = parts[0].value
        if len(digits) in (6, 8):
            return (
                _Part("num", digits[4:], parts[0].era),
                _Part("num", digits[2:4]),
                _Part("num", digits[:2]),
            )
        raise _not_a_date(original)
    if shape == "nnn":
        if len(parts[0].value) == 4:  # year first: ISO
            return parts[0], parts[1], parts[2]
        return parts[2], parts[1], parts[0]
    if shape == "nn":
        return None, parts[1], parts[0]
    if shape in ("nm", "nmn"):
        return (parts[2] if shape == "nmn" else None), parts[1].value, parts[0]
    if shape in ("mn", "mnn"):
        return (parts[2] if shape == "mnn" else None), parts[0].value, parts[1]
    raise _not_a_date(original)


def _nearest_year(two_digits: int, around: int) -> int:
    """The year ending in ``two_digits`` nearest to ``around`` (the earlier one on a tie)."""
    base = around - around % 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda year: (abs(year - around), year))


def _shift_years(value: dt.date, years: int) -> dt.date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February into a common year
        return value.replace(year=value.year + years, day=28)


def _plausible(value: dt.date, era: Era, today: dt.date) -> bool:
    back = BACK_YEARS_BE if era == "be" else BACK_YEARS_CE
    return _shift_years(today, -back) <= value <= _shift_years(today, AHEAD_YEARS)


def _year_candidates(year: _Part | None, today: dt.date, original: str) -> list[tuple[int, Era]]:
    """The CE years a typed year may mean, with the era each is read in."""
    if year is None:
        return [(today.year, "ce")]
    digits, era = year.value, year.era
    if len(digits) == 4:
        number = int(digits)
        if era == "be" or (era is None and number >= 2400):
            return [(number - BE_OFFSET, "be")]
        return [(number, "ce")]
    if len(digits) != 2:
        raise _not_a_date(original)
    two = int(digits)
    be: tuple[int, Era] = (_nearest_year(two, be_year(today)) - BE_OFFSET, "be")
    ce: tuple[int, Era] = (_nearest_year(two, today.year), "ce")
    if era is not None:
        return [be if era == "be" else ce]
    return [be, ce]


def _choose(
    first: dt.date, first_era: Era, second: dt.date, second_era: Era, today: dt.date
) -> tuple[bool, bool]:
    """Between the two readings of a two-digit year: (take the first, ambiguous). The one
    plausible reading is taken; when both or neither are, the nearer to today, ambiguously."""
    first_plausible = _plausible(first, first_era, today)
    second_plausible = _plausible(second, second_era, today)
    if first_plausible != second_plausible:
        return first_plausible, False
    return abs((first - today).days) <= abs((second - today).days), True


def _weekday_error(value: dt.date, weekday: int, original: str) -> InvalidDate:
    names = _thai_names()[2]
    return InvalidDate(
        f"{format_date_full(value, 'arabic')} เป็น{names[value.weekday()]} "
        f"ไม่ใช่{names[weekday]} (“{original}”): วันที่หรือวันในสัปดาห์พิมพ์ผิด",
        f"{format_date_full(value, 'arabic', 'en')} is a {WEEKDAYS_EN[value.weekday()]}, not "
        f"a {WEEKDAYS_EN[weekday]} (“{original}”): the date or the weekday is mistyped",
    )


def read_date(text: str, *, today: dt.date | None = None) -> DateReading:
    """Read a date as a clerk types or copies it (the forms in this module's docstring).

    ``today`` (default: the computer's date) gives a missing year and decides between the
    readings of a two-digit year. Returns a ``DateReading``; raises ``InvalidDate`` with a
    readable Thai and English message when the text is not a date or the date does not exist.
    """
    today = today or dt.date.today()
    original = (text or "").strip()
    cleaned = _INVISIBLE.sub("", to_arabic_digits(normalise(original))).casefold()
    cleaned = _TRAILING_TIME.sub("", cleaned.strip()).strip(" ,.;:()[]\"'“”‘’")
    if not cleaned:
        raise InvalidDate("ยังไม่ได้กรอกวันที่", "The date is empty")
    if cleaned in _TODAY_WORDS:
        return DateReading(today + dt.timedelta(days=_TODAY_WORDS[cleaned]), original)
    if _NEGATIVE.search(cleaned):
        raise InvalidDate(
            f"วันที่ “{original}” มีเครื่องหมายลบหน้าตัวเลข: วัน เดือน และปีติดลบไม่ได้ ({EXAMPLES_TH})",
            f"The date “{original}” has a minus sign before a number: a day, month or year "
            f"cannot be negative ({EXAMPLES_EN})",
        )

    parts = _parts(cleaned, original)
    weekdays = [part.value for part in parts if part.kind == "weekday"]
    if len(weekdays) > 1:
        raise _not_a_date(original)
    parts = _attach_eras([part for part in parts if part.kind != "weekday"], original)
    year, month_part, day_part = _fields(parts, original)
    month = month_part if isinstance(month_part, int) else int(month_part.value)
    if len(day_part.value) > 2 or (not isinstance(month_part, int) and len(month_part.value) > 2):
        raise _not_a_date(original)
    if day_part.era is not None or (not isinstance(month_part, int) and month_part.era):
        raise _not_a_date(original)
    day = int(day_part.value)

    readings: list[tuple[dt.date, Era]] = []
    errors: list[tuple[int, Era, InvalidDate]] = []
    candidates = _year_candidates(year, today, original)
    for ce_year, era in candidates:
        try:
            readings.append((_build(ce_year, month, day, original), era))
        except InvalidDate as error:
            errors.append((ce_year, era, error))
    if not readings:
        raise errors[0][2]
    if errors:
        # One reading of a two-digit year does not exist (29 ก.พ. in a common year). The
        # other is not taken for that alone: the reading is chosen as if both existed, and
        # when the one chosen does not exist, the date is refused ("29/2/68" is 29 ก.พ. 2568,
        # which has no 29th, never 29 ก.พ. 2611).
        (value, era), (missing_year, missing_era, refusal) = readings[0], errors[0]
        missing = dt.date(missing_year, month, min(day, monthrange(missing_year, month)[1]))
        if _choose(missing, missing_era, value, era, today)[0]:
            raise refusal
    if weekdays:
        fitting = [reading for reading in readings if reading[0].weekday() == weekdays[0]]
        if not fitting:
            raise _weekday_error(readings[0][0], weekdays[0], original)
        readings = fitting

    two_digits = year is not None and len(year.value) == 2
    inferred = year is None or two_digits
    year_typed = year.value if two_digits and year is not None else ""
    if len(readings) == 1:
        value, era = readings[0]
        return DateReading(
            value,
            original,
            taken=era if two_digits else None,
            year_inferred=inferred,
            year_typed=year_typed,
        )
    (first, first_era), (second, second_era) = readings
    take_first, ambiguous = _choose(first, first_era, second, second_era, today)
    value, era, other = (first, first_era, second) if take_first else (second, second_era, first)
    return DateReading(
        value,
        original,
        taken=era,
        other=other,
        ambiguous=ambiguous,
        year_inferred=True,
        year_typed=year_typed,
    )


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """Read a date as a clerk types it (``read_date``): the date taken, also when a two-digit
    year could be read two ways (use ``read_date`` to ask). Raises ``InvalidDate`` with a
    readable message."""
    return read_date(text, today=today).value


def parse_time(text: str) -> dt.time:
    """Read "16:57", "16.57", "16.57 น.", "๑๖.๕๗ น."; refuse 24:00 and 16:60."""
    original = (text or "").strip()
    cleaned = to_arabic_digits(normalise(original))
    match = _TIME.match(cleaned)
    if not match:
        raise InvalidDate(
            f"อ่านเวลา “{original}” ไม่ได้ (เช่น 16:57 หรือ 16.57 น.)",
            f"Cannot read the time “{original}” (e.g. 16:57)",
        )
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidDate(
            f"ไม่มีเวลา “{original}”: ชั่วโมง 0–23 นาที 0–59",
            f"The time “{original}” does not exist: hours 0–23, minutes 0–59",
        )
    return dt.time(hour, minute, second)


def read_datetime(text: str, *, today: dt.date | None = None) -> DateTimeReading:
    """Read a date and a time: ISO ("2026-03-06T16:57"), or a date form (``read_date``)
    then a time ("6/3/2569 16:57", "ลงวันที่ 6 มี.ค. 69 เวลา 16.57 น."); a date alone is
    midnight. Raises ``InvalidDate``."""
    original = (text or "").strip()
    cleaned = to_arabic_digits(normalise(original))
    try:
        value = dt.datetime.fromisoformat(cleaned)
    except ValueError:
        pass
    else:
        if value.tzinfo is not None:
            raise InvalidDate(
                f"ใช้เวลาท้องถิ่นของสำนักงาน ไม่ต้องระบุเขตเวลา (“{original}”)",
                f"Give the office's local time without a time zone (“{original}”)",
            )
        _build(value.year, value.month, value.day, original)
        return DateTimeReading(value, DateReading(value.date(), original))
    # Split off a trailing time ("6/3/2569 16:57", "6 มี.ค. 69 เวลา 16.57 น.").
    match = re.match(
        r"^(.*?)(?:\s+(?:เวลา|time|at)?\s*|T)(\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?:น\.?)?)$",
        cleaned,
        re.IGNORECASE,
    )
    if match:
        reading = read_date(match[1], today=today)
        return DateTimeReading(dt.datetime.combine(reading.value, parse_time(match[2])), reading)
    reading = read_date(cleaned, today=today)
    return DateTimeReading(dt.datetime.combine(reading.value, dt.time(0, 0)), reading)


def parse_datetime(text: str, *, today: dt.date | None = None) -> dt.datetime:
    """``read_datetime(text).value``: the date and time taken. Raises ``InvalidDate``."""
    return read_datetime(text, today=today).value


def format_date_full(value: dt.date, digits: Digits = "thai", lang: str = "th") -> str:
    """A letter's date line: "๕ มีนาคม ๒๕๖๙" ("5 March 2569" in the English UI)."""
    month = MONTHS_EN[value.month - 1] if lang == "en" else _thai_names()[0][value.month - 1]
    return apply_digits(f"{value.day} {month} {be_year(value)}", digits)


def format_date_short(value: dt.date, digits: Digits = "thai", lang: str = "th") -> str:
    """A stamp or register cell: "๖ มี.ค. ๒๕๖๙" ("6 Mar 2569" in the English UI)."""
    month = MONTHS_EN[value.month - 1][:3] if lang == "en" else _thai_names()[1][value.month - 1]
    return apply_digits(f"{value.day} {month} {be_year(value)}", digits)


def format_date_numeric(value: dt.date, digits: Digits = "arabic") -> str:
    """Compact numeric form "6/3/2569" (day/month/BE year)."""
    return apply_digits(f"{value.day}/{value.month}/{be_year(value)}", digits)


def format_time(value: dt.time | dt.datetime, digits: Digits = "arabic") -> str:
    """A stamp's time: "16:57"."""
    return apply_digits(f"{value.hour:02d}:{value.minute:02d}", digits)


def format_time_prose(value: dt.time | dt.datetime, digits: Digits = "thai") -> str:
    """Time in a letter's prose: "๐๘.๓๐ น."."""
    return apply_digits(f"{value.hour:02d}.{value.minute:02d} น.", digits)


def format_datetime_short(value: dt.datetime, digits: Digits = "arabic") -> str:
    """Register form of a receive time: "6 มี.ค. 2569 16:57"."""
    return f"{format_date_short(value.date(), digits)} {format_time(value, digits)}"


def format_date_long(value: dt.date, digits: Digits = "thai", lang: str = "th") -> str:
    """With the weekday, for previews: "วันพฤหัสบดีที่ ๕ มีนาคม ๒๕๖๙"."""
    if lang == "en":
        return apply_digits(
            f"{WEEKDAYS_EN[value.weekday()]} {value.day} {MONTHS_EN[value.month - 1]} "
            f"{be_year(value)} BE ({value.year})",
            digits,
        )
    return f"{_thai_names()[2][value.weekday()]}ที่ {format_date_full(value, digits)}"


def month_name(month: int, *, abbreviated: bool = False, lang: str = "th") -> str:
    if lang == "en":
        return MONTHS_EN[month - 1][:3] if abbreviated else MONTHS_EN[month - 1]
    return _thai_names()[1 if abbreviated else 0][month - 1]
