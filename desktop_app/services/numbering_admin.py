"""Where each numbering series stands, and setting its next number before its first use.

An office adopting the program in the middle of a year is at receive number 2,345 in its
paper book and at ว 412 in one outgoing series; the program's series would start at 1. An
admin sets the next number of each series (the incoming register's receive numbers for a
year; an outgoing series: a letter-code prefix, circular or not) before the first number of
it is issued. The setting is kept in the counter (db/numbering) and in the audit trail with
who did it and why; once a number of the series was issued (or imported) in that year it is
refused: numbers are gapless and never go back (saraban.md, "Registers").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from desktop_app.db.engine import Database
from desktop_app.domain.clock import Clock, local_now
from desktop_app.domain.errors import Conflict, InvalidInput
from desktop_app.domain.incoming import INCOMING_SERIES
from desktop_app.domain.numbering import (
    SeriesRef,
    SeriesState,
    check_next_number,
    check_year,
    office_spelling,
    same_prefix,
)
from desktop_app.domain.thai_dates import be_year
from desktop_app.domain.thai_text import MAX_REASON_LENGTH, clean_text, normalise
from desktop_app.domain.users import Actor
from desktop_app.services.settings import SettingsService, require_admin

SET_ACTION = "numbering.set"  # the audit trail's action for a next number set


def _details(value: Any) -> dict[str, Any]:
    """An audit row's details: a dict on PostgreSQL, JSON text on SQLite."""
    if isinstance(value, str | bytes):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _utc(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def issued_in(reader_or_session: Any, series: SeriesRef, year: int) -> tuple[int, int]:
    """(records bearing a number of ``series`` in ``year``, the highest such number) from a
    ``Reader`` (plain reads) or a ``Session`` (inside a write)."""
    if series.kind == "incoming":
        sql = (
            "SELECT count(*), COALESCE(max(receive_no), 0) FROM incoming_document "
            "WHERE receive_year = ?"
        )
        params: list[Any] = [year]
    else:
        sql = (
            "SELECT count(*), COALESCE(max(number), 0) FROM outgoing_letter "
            "WHERE series_key = ? AND year = ?"
        )
        params = [series.key, year]
    if hasattr(reader_or_session, "row"):
        found = reader_or_session.row(sql, params)
    else:
        from sqlalchemy import text

        names = [f"p{index}" for index in range(len(params))]
        for name in names:
            sql = sql.replace("?", f":{name}", 1)
        found = reader_or_session.execute(text(sql), dict(zip(names, params, strict=True))).one()
    count, highest = found if found is not None else (0, 0)
    return int(count or 0), int(highest or 0)


class NumberingService:
    """The series of an office's registers: where they stand, and their next numbers."""

    def __init__(self, db: Database, settings: SettingsService, clock: Clock = local_now) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock

    def this_year(self) -> int:
        return be_year(self.clock().date())

    # -- reading --------------------------------------------------------------------------
    def _prefixes(self) -> list[str]:
        """The office's prefix and its active work groups', as the office spells them."""
        prefixes: list[str] = []
        office = self.settings.office()
        for prefix in [office.letter_prefix if office else ""] + [
            group.letter_prefix for group in self.settings.work_groups()
        ]:
            clean = normalise(prefix)
            if clean and not any(same_prefix(clean, known) for known in prefixes):
                prefixes.append(clean)
        return prefixes

    def known_series(self) -> list[SeriesRef]:
        """The incoming register and, for the office's prefix and each active work group's,
        its normal and circular outgoing series (in the settings' order)."""
        series = [SeriesRef("incoming")]
        for prefix in self._prefixes():
            series += [SeriesRef("outgoing", prefix, False), SeriesRef("outgoing", prefix, True)]
        return series

    def resolve(self, series: SeriesRef) -> SeriesRef:
        """``series`` with its prefix in the office's spelling when the office uses that code
        (typed "มส0023.3" is the office's "มส 0023.3" series)."""
        if series.kind != "outgoing":
            return series
        return replace(series, prefix=office_spelling(series.prefix, self._prefixes()))

    def series(self, year: int | None = None) -> list[SeriesState]:
        """Every series of ``year`` (default: this year): the known ones (``known_series``)
        and any other with letters or a set next number that year."""
        year = check_year(year if year is not None else self.this_year())
        refs = self.known_series()
        with self.db.reading() as reader:
            counters = {
                str(series): int(last)
                for series, last in reader.rows(
                    "SELECT series, last_number FROM number_counter WHERE year = ?", [year]
                )
            }
            incoming = reader.row(
                "SELECT count(*), COALESCE(max(receive_no), 0) FROM incoming_document "
                "WHERE receive_year = ?",
                [year],
            )
            outgoing = reader.rows(
                "SELECT prefix, circular, count(*), COALESCE(max(number), 0) "
                "FROM outgoing_letter WHERE year = ? GROUP BY prefix, circular",
                [year],
            )
            settings = reader.rows(
                "SELECT a.details, a.at, u.display_name FROM audit_event a "
                "LEFT JOIN user_account u ON u.id = a.user_id "
                "WHERE a.action = ? ORDER BY a.id",
                [SET_ACTION],
            )
        issued: dict[str, tuple[int, int]] = {}
        if incoming is not None:
            issued[INCOMING_SERIES] = (int(incoming[0] or 0), int(incoming[1] or 0))
        for prefix, circular, count, highest in outgoing:
            ref = SeriesRef("outgoing", normalise(prefix), bool(circular))
            issued[ref.key] = (int(count), int(highest))
            if ref not in refs:
                refs.append(ref)
        latest: dict[str, tuple[str | None, dt.datetime | None, str]] = {}
        for details, at, who in settings:
            info = _details(details)
            if info.get("year") != year:
                continue
            try:
                ref = SeriesRef.of(
                    str(info.get("kind", "")),
                    str(info.get("prefix") or ""),
                    bool(info.get("circular")),
                )
            except InvalidInput:
                continue
            ref = self.resolve(ref)
            latest[ref.key] = (who, _utc(at), str(info.get("reason") or ""))
            if ref not in refs:
                refs.append(ref)
        states = []
        for ref in refs:
            count, highest = issued.get(ref.key, (0, 0))
            who, at, reason = latest.get(ref.key, (None, None, ""))
            states.append(
                SeriesState(
                    series=ref,
                    year=year,
                    last_number=counters.get(ref.key, 0),
                    issued=count,
                    highest=highest,
                    set_by=who,
                    set_at=at,
                    reason=reason,
                )
            )
        return states

    def state(self, series: SeriesRef, year: int) -> SeriesState:
        """One series in ``year``."""
        for state in self.series(year):
            if state.series == series:
                return state
        with self.db.reading() as reader:
            last = reader.scalar(
                "SELECT last_number FROM number_counter WHERE series = ? AND year = ?",
                [series.key, year],
            )
            count, highest = issued_in(reader, series, year)
        return SeriesState(series, year, int(last or 0), count, highest)

    # -- writing --------------------------------------------------------------------------
    def set_next(
        self,
        series: SeriesRef,
        year: int | None,
        next_number: int,
        reason: str,
        actor: Actor,
    ) -> SeriesState:
        """Make ``next_number`` the next number of ``series`` in ``year`` (default: this
        year), before its first use; recorded in the audit trail with ``reason``.

        Raises ``PermissionDenied`` (not an admin), ``InvalidInput`` (a number below 1 or
        past ``MAX_NEXT_NUMBER``, no reason, a year that is not BE), ``Conflict`` (a number of
        the series was issued in that year already: nothing changed)."""
        require_admin(actor, "ตั้งเลขถัดไปของทะเบียน", "set a register's next number")
        series = self.resolve(series)
        year = check_year(year if year is not None else self.this_year())
        next_number = check_next_number(int(next_number))
        why = clean_text(
            reason,
            max_length=MAX_REASON_LENGTH,
            field="reason",
            label_th="เหตุผล",
            label_en="The reason",
        )
        if not why:
            raise InvalidInput(
                "กรุณาระบุเหตุผลที่ตั้งเลขถัดไป (เช่น ต่อจากทะเบียนกระดาษ)",
                "Give the reason for setting the next number (e.g. continuing the paper book)",
                field="reason",
            )
        from desktop_app.db.numbering import lock_counter, set_last_number
        from desktop_app.services import audit

        label_th, label_en = series.label("th"), series.label("en")
        with self.db.write() as session:
            lock_counter(session, series.key, year)  # a number being issued commits first
            count, highest = issued_in(session, series, year)
            if count:
                raise Conflict(
                    f"{label_th} ปี {year} ใช้เลขไปแล้ว {count:,} เลข (ถึงเลข {highest:,}) "
                    "จึงตั้งเลขถัดไปไม่ได้: เลขทะเบียนต้องเรียงต่อกันไม่ข้ามและไม่ย้อน "
                    "ตั้งได้เฉพาะก่อนออกเลขแรกของปี",
                    f"{label_en} {year} is in use ({count:,} numbers issued, up to {highest:,}): "
                    "its next number can no longer be set (numbers run on without gaps and "
                    "never go back; set it before the year's first number)",
                    field="series",
                )
            before = set_last_number(session, series.key, year, next_number - 1)
            audit.record(
                session,
                actor,
                SET_ACTION,
                "number_counter",
                None,
                {
                    "series": series.key,
                    "kind": series.kind,
                    "prefix": series.prefix or None,
                    "circular": series.circular,
                    "year": year,
                    "next": next_number,
                    "previous_next": before + 1,
                    "reason": why,
                },
            )
        return self.state(series, year)
