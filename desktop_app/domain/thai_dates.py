"""Thai dates: reading what clerks type and writing Buddhist-era dates.

Reading accepts the forms seen on letters and in registers, with Thai or Arabic digits:
"5/3/2569", "5/3/69", "05-03-2569", "5.3.69", "๕ มี.ค. ๖๙", "5 มีนาคม 2569",
"5 มีนาคม พ.ศ. 2569", "2026-03-05", "5 Mar 2026", "5/3" (this year), "วันนี้", "เมื่อวาน".
Years: two digits are BE (69 -> 2569); four digits from 2400 up are BE, below are CE;
"ค.ศ." forces CE. A date that does not exist (30 ก.พ., 31 เม.ย.) is refused, never rolled over.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import cache
from typing import Any

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_text import Digits, apply_digits, normalise, to_arabic_digits

BE_OFFSET = 543
MIN_CE_YEAR = 1900
MAX_CE_YEAR = 2200

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

EXAMPLES_TH = "เช่น 5/3/2569, 5/3/69, 5 มี.ค. 69, 5 มีนาคม 2569 หรือ 2026-03-05"
EXAMPLES_EN = "e.g. 5/3/2569, 5/3/69, 5 มี.ค. 69, 5 March 2569 or 2026-03-05"


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


@cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    full_months, abbr_months, _weekdays = _thai_names()
    for number in range(1, 13):
        full, abbr, eng = (
            full_months[number - 1],
            abbr_months[number - 1],
            MONTHS_EN[number - 1],
        )
        for name in (full, abbr, abbr.replace(".", ""), eng.casefold(), eng[:3].casefold()):
            table[name] = number
    table["sept"] = 9
    return table


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_NAMED = re.compile(
    r"^(\d{1,2})\s*([^\d\s]+?)\s*(?:(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?e\.?|a\.?d\.?)\s*)?(\d{2}|\d{4})?$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:วันที่|ลงวันที่|date)\s*", re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?\s*(?:น\.?)?$")
_TODAY_WORDS = {"วันนี้": 0, "today": 0, "เมื่อวาน": -1, "เมื่อวานนี้": -1, "yesterday": -1}


def be_year(value: dt.date) -> int:
    """The Buddhist-era year of a date."""
    return value.year + BE_OFFSET


def _cleanup(text: str) -> str:
    text = to_arabic_digits(normalise(text or ""))
    text = _PREFIX.sub("", text)
    return text.strip().rstrip(",").strip()


def _resolve_year(raw: str | None, era: str | None, today: dt.date) -> int:
    """A typed year -> CE year."""
    if raw is None:
        return today.year
    year = int(raw)
    era_key = (era or "").replace(".", "").replace(" ", "").casefold()
    if len(raw) == 2:
        if era_key in ("คศ", "ad"):
            return 2000 + year
        return 2500 + year - BE_OFFSET
    if era_key in ("คศ", "ad"):
        return year
    if era_key in ("พศ", "be") or year >= 2400:
        return year - BE_OFFSET
    return year


def _month_name(text: str) -> int | None:
    key = text.strip().casefold()
    months = _month_table()
    if key in months:
        return months[key]
    compact = key.replace(".", "").replace(" ", "")
    return months.get(compact)


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


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """Read a date as a clerk types it; raise ``InvalidDate`` with a readable message."""
    today = today or dt.date.today()
    original = (text or "").strip()
    cleaned = _cleanup(original)
    if not cleaned:
        raise InvalidDate("ยังไม่ได้กรอกวันที่", "The date is empty")
    if cleaned.casefold() in _TODAY_WORDS:
        return today + dt.timedelta(days=_TODAY_WORDS[cleaned.casefold()])

    if match := _ISO.match(cleaned):
        year_raw, month_raw, day_raw = match.groups()
        return _build(_resolve_year(year_raw, None, today), int(month_raw), int(day_raw), original)
    if match := _NUMERIC.match(cleaned):
        day_raw, month_raw, year_raw = match.groups()
        return _build(_resolve_year(year_raw, None, today), int(month_raw), int(day_raw), original)
    if match := _COMPACT.match(cleaned):
        day_raw, month_raw, year_raw = match.groups()
        return _build(_resolve_year(year_raw, None, today), int(month_raw), int(day_raw), original)
    if match := _NAMED.match(cleaned):
        day_raw, month_text, era, year_raw = match.groups()
        month = _month_name(month_text)
        if month is not None:
            return _build(_resolve_year(year_raw, era, today), month, int(day_raw), original)
        raise InvalidDate(
            f"ไม่รู้จักชื่อเดือน “{month_text}” ใน “{original}” ({EXAMPLES_TH})",
            f"Unknown month name “{month_text}” in “{original}” ({EXAMPLES_EN})",
        )
    raise InvalidDate(
        f"อ่านวันที่ “{original}” ไม่ได้ ({EXAMPLES_TH})",
        f"Cannot read the date “{original}” ({EXAMPLES_EN})",
    )


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


def parse_datetime(text: str, *, today: dt.date | None = None) -> dt.datetime:
    """Read a date and a time: ISO ("2026-03-06T16:57"), or a date form then a time."""
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
        return value
    # Split off a trailing time ("6/3/2569 16:57", "6 มี.ค. 69 เวลา 16.57 น.").
    match = re.match(
        r"^(.*?)(?:\s+(?:เวลา|time)?\s*|T)(\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?:น\.?)?)$",
        cleaned,
        re.IGNORECASE,
    )
    if match:
        return dt.datetime.combine(parse_date(match[1], today=today), parse_time(match[2]))
    return dt.datetime.combine(parse_date(cleaned, today=today), dt.time(0, 0))


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


WEEKDAYS_EN: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


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
