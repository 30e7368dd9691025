"""The SQL the acknowledgement reads share: which letters a ``DashboardFilter`` selects, which
recipients a kind filter keeps, and the dialects' differences (SQLite keeps dates as ISO
text and booleans as 0/1). Used by the dashboard (services/acknowledgements.py) and the
acknowledgement export (services/ack_exports.py), so both count the same rows.

Queries alias ``outgoing_letter`` as ``l``, ``letter_recipient`` as ``r`` and the recipient's
``organisation`` (LEFT JOIN) as ``o``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.domain.acks import DashboardFilter
from desktop_app.domain.directory import OrgKind


class AckSql:
    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"

    def param(self, value: Any) -> Any:
        """A parameter as the driver compares it with the stored column."""
        if self.postgres:
            return value
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, bool):
            return int(value)
        return value

    def days_to_ack(self) -> str:
        """Calendar days from the letter's date to the row's acknowledgement."""
        if self.postgres:
            return "(CAST(r.acknowledged_at AS DATE) - l.letter_date)"
        return (
            "CAST(julianday(substr(r.acknowledged_at, 1, 10)) - julianday(l.letter_date) "
            "AS INTEGER)"
        )

    def month(self, column: str) -> str:
        """ "YYYY-MM" of a date or timestamp column."""
        if self.postgres:
            return f"to_char({column}, 'YYYY-MM')"
        return f"substr({column}, 1, 7)"

    def letters(self, filters: DashboardFilter, year: int | None = None) -> tuple[str, list[Any]]:
        """The letters counted: not cancelled, not reminders, in the filter's period, work
        group and urgency (and BE ``year`` when given)."""
        sql = "l.cancelled = ? AND l.reminder_of_id IS NULL"
        params: list[Any] = [self.param(False)]
        if year is not None:
            sql += " AND l.year = ?"
            params.append(year)
        if filters.start is not None:
            sql += " AND l.letter_date >= ?"
            params.append(self.param(filters.start))
        if filters.end is not None:
            sql += " AND l.letter_date <= ?"
            params.append(self.param(filters.end))
        if filters.work_group_id is not None:
            sql += " AND l.work_group_id = ?"
            params.append(filters.work_group_id)
        if filters.urgency is not None:
            sql += " AND l.urgency = ?"
            params.append(filters.urgency.value)
        return sql, params

    def kind(self, filters: DashboardFilter) -> tuple[str, list[Any]]:
        """ " AND ..." keeping the rows of recipients of the filter's kind ("" for all)."""
        kind = filters.recipient_kind
        if kind is None:
            return "", []
        if kind == "other":
            return " AND (o.kind IS NULL OR o.kind NOT IN (?, ?))", [
                OrgKind.DISTRICT.value,
                OrgKind.LOCAL_AUTHORITY.value,
            ]
        return " AND o.kind = ?", [
            OrgKind.DISTRICT.value if kind == "district" else OrgKind.LOCAL_AUTHORITY.value
        ]

    def has_kind(self, filters: DashboardFilter) -> tuple[str, list[Any]]:
        """ " AND EXISTS ..." keeping letters sent to at least one recipient of the kind."""
        kind_sql, params = self.kind(filters)
        if not kind_sql:
            return "", []
        return (
            " AND EXISTS (SELECT 1 FROM letter_recipient r LEFT JOIN organisation o "
            f"ON o.id = r.organisation_id WHERE r.letter_id = l.id{kind_sql})",
            params,
        )
