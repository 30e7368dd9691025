"""Thai government working days (วันทำการ) and acknowledgement due dates.

A working day is a Monday-Friday that is neither a holiday from the ``holidays`` package
(the categories below) nor one of the office's own days off; the office may also *remove* a
package holiday it works on. Dates are ``datetime.date`` (no time, no time zone): the office's
calendar day.

Which package holidays count (``holidays.country_holidays("TH", ...)``, ``holidays`` >= 0.109):

* category ``public``: the วันหยุดราชการประจำปี of the Holidays Act and cabinet resolutions,
  with their substitution days (วันหยุดชดเชย, "ชดเชย..." in the package) and the package's
  "วันหยุดพิเศษ (เพิ่มเติม)" bridge days (cabinet-resolution special days off, e.g.
  2026-01-02) -- except two entries the package files under ``public`` that are not days a
  government office closes:

  - วันแรงงานแห่งชาติ (1 May) and its substitution day: a day off for employees under the
    labour-protection law, banks and state enterprises; government offices open as usual
    (the package's own source notes "only observed by financial and private sectors").
  - วันเด็กแห่งชาติ: always the second Saturday of January and never substituted; it is a
    day of observance, not a day off, so it is not listed as one.

  An office that does close on either adds the day to its own days off.
* category ``government``: วันพืชมงคล (Royal Ploughing Ceremony), a day off for government
  offices only, dated yearly by the court astrologers.

Not counted: ``bank`` (bank-only closing days), ``armed_forces`` (วันกองทัพไทย, military
units only), ``school`` (วันครู, Ministry of Education only) and ``workday`` (วันสำคัญ:
days of observance that are working days).

The package's data are exact only for years the government has announced: future bridge
days and Royal Ploughing dates (none after 2026 in ``holidays`` 0.109) must be added as office
days when the cabinet announces them (มติคณะรัฐมนตรี). Outside 1914-2100 the package knows no
Thai holidays at all, so only weekends are skipped there.

``holidays`` costs ~150 ms to import and to build its first year (it imports every country),
so it is imported on the first question asked of a year, not with this module, and each year
is computed once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from desktop_app.domain.errors import InvalidDate, InvalidInput

HolidaySource = Literal["library", "office"]

# Thai names (the package's untranslated originals) of ``public`` entries a government
# office works on; a substitution day is the same name behind the package's "ชดเชย" prefix.
_OFFICE_WORKS_ON = frozenset({"วันแรงงานแห่งชาติ", "วันเด็กแห่งชาติ"})
_SUBSTITUTE_PREFIX = "ชดเชย"
_CATEGORIES = ("public", "government")
_NAME_SEPARATOR = "; "  # the package's own separator for a day with several holidays

DEFAULT_DUE_WORKING_DAYS: dict[str, int] = {
    "most_urgent": 1,
    "very_urgent": 3,
    "urgent": 5,
    "normal": 7,
}
"""Working days to acknowledge a document, by ``Urgency`` value (the office's default)."""


@dataclass(frozen=True)
class Holiday:
    """A day the office is closed besides weekends.

    ``source`` is ``"library"`` for a day from the ``holidays`` package (names from its Thai
    and English localisations; several holidays on one day are joined with "; ") and
    ``"office"`` for one of the office's own days off (``name_th`` and ``name_en`` are both the
    name the office gave it).
    """

    day: dt.date
    name_th: str
    name_en: str
    source: HolidaySource


@functools.cache
def _library_year(year: int) -> Mapping[dt.date, tuple[str, str]]:
    """The package's government days off in ``year``: {date: (Thai name, English name)}.

    Computed once per year per process; ``holidays`` is imported here, on first use.
    """
    import holidays

    def build(language: str) -> holidays.HolidayBase:
        return holidays.country_holidays(
            "TH", years=year, language=language, categories=_CATEGORIES
        )

    thai, english = build("th"), build("en_US")
    days: dict[dt.date, tuple[str, str]] = {}
    for day in sorted(thai):
        # Both objects are filled by the same code in the same order, so the names pair up.
        pairs = [
            (th, en)
            for th, en in zip(thai.get_list(day), english.get_list(day), strict=True)
            if th.removeprefix(_SUBSTITUTE_PREFIX) not in _OFFICE_WORKS_ON
        ]
        if pairs:
            days[day] = (
                _NAME_SEPARATOR.join(th for th, _ in pairs),
                _NAME_SEPARATOR.join(en for _, en in pairs),
            )
    return MappingProxyType(days)


def _weekdays_through(day: dt.date) -> int:
    """Monday-Fridays from 0001-01-01 (a Monday) through ``day`` inclusive."""
    weeks, rest = divmod(day.toordinal(), 7)
    return 5 * weeks + min(rest, 5)


class WorkingCalendar:
    """The office's working days: weekdays minus package holidays and office days off.

    ``added`` maps the office's own days off (วันหยุดตามมติคณะรัฐมนตรี or the office's order
    not yet in the package) to their names; ``removed`` lists package holidays the office
    works on. A date in both is a day off (the office's named day wins). Removing a Saturday
    or Sunday does not make it a working day. Immutable once built.
    """

    __slots__ = ("_added", "_removed")

    def __init__(
        self, added: Mapping[dt.date, str] | None = None, removed: Iterable[dt.date] = ()
    ) -> None:
        self._added: Mapping[dt.date, str] = MappingProxyType(dict(added or {}))
        self._removed: frozenset[dt.date] = frozenset(removed)

    @property
    def added(self) -> Mapping[dt.date, str]:
        """The office's own days off, {date: name} (read-only)."""
        return self._added

    @property
    def removed(self) -> frozenset[dt.date]:
        """Package holidays the office works on."""
        return self._removed

    def __repr__(self) -> str:
        return f"WorkingCalendar(added={dict(self._added)!r}, removed={set(self._removed)!r})"

    def _is_day_off(self, day: dt.date) -> bool:
        if day in self._added:
            return True
        return day not in self._removed and day in _library_year(day.year)

    def is_working_day(self, day: dt.date) -> bool:
        """True for a Monday-Friday that is not a holiday (package or office) of the office."""
        return day.weekday() < 5 and not self._is_day_off(day)

    def _days_off(self, start: dt.date, end: dt.date) -> Iterator[dt.date]:
        """Every day off (any weekday) from ``start`` to ``end`` inclusive, unsorted."""
        for year in range(start.year, end.year + 1):
            for day in _library_year(year):
                if start <= day <= end and day not in self._removed and day not in self._added:
                    yield day
        yield from (day for day in self._added if start <= day <= end)

    def holidays_in(self, start: dt.date, end: dt.date) -> list[Holiday]:
        """The office's holidays from ``start`` to ``end`` inclusive, sorted by day.

        Includes package holidays that fall on weekends and the office's added days; leaves
        out removed ones. One entry per day: an office day replaces a package one on the same
        date. Empty when ``end < start``.
        """
        found: list[Holiday] = []
        for day in self._days_off(start, end):
            if day in self._added:
                name = self._added[day]
                found.append(Holiday(day, name, name, "office"))
            else:
                name_th, name_en = _library_year(day.year)[day]
                found.append(Holiday(day, name_th, name_en, "library"))
        return sorted(found, key=lambda holiday: holiday.day)

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date ``days`` working days after ``start`` (``start`` itself never counts).

        ``days == 0`` gives ``start`` if it is a working day, else the next working day.
        Raises ``ValueError`` when ``days`` is negative (and ``OverflowError`` past
        9999-12-31).
        """
        if days < 0:
            raise ValueError(f"days must be >= 0, not {days}")
        day = start
        if days == 0:
            while not self.is_working_day(day):
                day += dt.timedelta(days=1)
            return day
        while days:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                days -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``; 0 when ``end <= start``.

        "Days late" for a deadline ``start`` acknowledged on ``end``; "days taken" for a
        document received on ``start``. For ``n > 0``,
        ``working_days_between(s, add_working_days(s, n)) == n``.
        """
        if end <= start:
            return 0
        first = start + dt.timedelta(days=1)
        weekdays = _weekdays_through(end) - _weekdays_through(start)
        return weekdays - sum(1 for day in self._days_off(first, end) if day.weekday() < 5)


def due_date(
    calendar: WorkingCalendar,
    issued: dt.date,
    urgency: str,
    *,
    typed: dt.date | None = None,
    days_by_urgency: Mapping[str, int] | None = None,
) -> dt.date:
    """The date a document must be acknowledged by.

    A deadline typed on the document (``typed``) wins as typed, even on a holiday. Otherwise
    ``issued`` plus N working days, N from ``days_by_urgency`` (merged over
    ``DEFAULT_DUE_WORKING_DAYS``) for the ``Urgency`` value -- "most_urgent", "very_urgent",
    "urgent", "normal"; a Thai or English label is also understood. An unknown urgency counts
    as "normal". Raises ``ValueError`` if the configured N is negative.
    """
    if typed is not None:
        return typed
    table = {**DEFAULT_DUE_WORKING_DAYS, **(days_by_urgency or {})}
    key = str(urgency)
    if key not in table:
        from desktop_app.domain.classes import Urgency

        try:
            key = Urgency.parse(key).value
        except InvalidInput:
            key = "normal"
    return calendar.add_working_days(issued, table.get(key, table["normal"]))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIELD = "office_days"


def parse_office_days(value: object) -> dict[dt.date, str]:
    """Read the office's days off from the settings' JSON value.

    ``value`` is ``[{"date": "2026-05-13", "name": "..."}, ...]`` (``None`` means none);
    extra keys are ignored, names are trimmed. Raises ``InvalidInput`` (``InvalidDate`` for a
    date that is malformed or does not exist) naming the entry, for a value that is not a
    list, an entry that is not an object, a missing or empty name, or a date given twice.
    """
    if value is None:
        return {}
    if not isinstance(value, list):
        raise InvalidInput(
            "รายการวันหยุดของสำนักงานต้องเป็นรายการ (list)",
            f"The office's days off must be a list, not {type(value).__name__}",
            field=_FIELD,
        )
    days: dict[dt.date, str] = {}
    for number, entry in enumerate(value, start=1):
        if not isinstance(entry, Mapping):
            raise InvalidInput(
                f"วันหยุดของสำนักงาน รายการที่ {number}: ต้องมี date และ name",
                f"Office day off no. {number}: expected an object with date and name",
                field=_FIELD,
            )
        day = _parse_iso_date(entry.get("date"), number)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InvalidInput(
                f"วันหยุดของสำนักงาน รายการที่ {number} ({day.isoformat()}): ไม่มีชื่อวันหยุด",
                f"Office day off no. {number} ({day.isoformat()}): the name is missing",
                field=_FIELD,
            )
        if day in days:
            raise InvalidInput(
                f"วันหยุดของสำนักงาน: วันที่ {day.isoformat()} ซ้ำ (รายการที่ {number})",
                f"Office days off: {day.isoformat()} is listed twice (entry no. {number})",
                field=_FIELD,
            )
        days[day] = " ".join(name.split())
    return days


def _parse_iso_date(text: object, number: int) -> dt.date:
    if isinstance(text, str) and _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InvalidDate(
        f"วันหยุดของสำนักงาน รายการที่ {number}: วันที่ “{text}” ไม่ถูกต้อง (ใช้ ค.ศ. ปปปป-ดด-วว)",
        f"Office day off no. {number}: “{text}” is not a valid date (use YYYY-MM-DD)",
        field=_FIELD,
    )


def dump_office_days(days: Mapping[dt.date, str]) -> list[dict[str, str]]:
    """The office's days off as the settings' JSON value, sorted by date.

    ``[{"date": "2026-05-13", "name": "..."}, ...]``; ``parse_office_days`` reads it back.
    """
    return [{"date": day.isoformat(), "name": days[day]} for day in sorted(days)]
