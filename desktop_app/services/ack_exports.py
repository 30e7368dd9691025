"""Reads for the acknowledgement export: every letter's figures and every tracking row, with
the dashboard's filter (``DashboardFilter``) and the same counting rules as the dashboard.

Counted like ``AcknowledgementService.dashboard``: cancelled letters and reminder letters are
left out (a reminder's recipients are the original's; the per-letter figures say how many
reminders each letter had); a recipient-kind filter keeps only the rows of recipients of that
kind (and letters with at least one). ``pending`` counts every row not acknowledged, overdue
and returned ones included; ``overdue`` those past their due date; a row's state on the day
is ``domain.acks.state_of``.

Plain SQL through ``Database.reading`` (one read transaction per call), no ORM.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.db.engine import Database
from desktop_app.db.incoming_reads import as_date, as_datetime
from desktop_app.domain.acks import DashboardFilter, state_of
from desktop_app.domain.classes import Urgency
from desktop_app.reports.excel import AckLetterLine, AckRecipientLine
from desktop_app.services.ack_sql import AckSql


class AckExportReader:
    """The rows of ``ExportService.export_acks``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sql = AckSql(db.dialect)

    def _param(self, value: Any) -> Any:
        return self._sql.param(value)

    def _where(self, filters: DashboardFilter, year: int | None) -> tuple[str, list[Any]]:
        """The dashboard's own selection (services/ack_sql.py), so both count alike."""
        letters, params = self._sql.letters(filters, year)
        kind, kind_params = self._sql.kind(filters)
        return letters + kind, [*params, *kind_params]

    def letters(
        self, filters: DashboardFilter | None, year: int | None, today: dt.date
    ) -> list[AckLetterLine]:
        """One line per letter, oldest first (letter date, then issue order)."""
        where, params = self._where(filters or DashboardFilter(), year)
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT l.id, l.doc_no, l.letter_date, l.subject, l.urgency, count(*), "
                "SUM(CASE WHEN r.acknowledged_at IS NULL THEN 0 ELSE 1 END), "
                "SUM(CASE WHEN r.acknowledged_at IS NULL AND r.due_date < ? THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN r.acknowledged_at IS NULL AND r.returned_at IS NOT NULL "
                "THEN 1 ELSE 0 END), "
                "(SELECT count(*) FROM outgoing_letter m WHERE m.reminder_of_id = l.id "
                "AND m.cancelled = ?) "
                "FROM outgoing_letter l JOIN letter_recipient r ON r.letter_id = l.id "
                "LEFT JOIN organisation o ON o.id = r.organisation_id "
                f"WHERE {where} "
                "GROUP BY l.id, l.doc_no, l.letter_date, l.subject, l.urgency "
                "ORDER BY l.letter_date, l.id",
                [self._param(today), self._param(False), *params],
            )
        return [
            AckLetterLine(
                doc_no=doc_no,
                letter_date=as_date(letter_date),
                subject=subject,
                urgency=Urgency.parse(urgency),
                recipients=int(total),
                acknowledged=int(acked or 0),
                pending=int(total) - int(acked or 0),
                overdue=int(overdue or 0),
                returned=int(returned or 0),
                reminders=int(reminders or 0),
            )
            for (
                _id,
                doc_no,
                letter_date,
                subject,
                urgency,
                total,
                acked,
                overdue,
                returned,
                reminders,
            ) in rows
        ]

    def recipients(
        self, filters: DashboardFilter | None, year: int | None, today: dt.date
    ) -> list[AckRecipientLine]:
        """One line per tracking row: letters oldest first, recipients in the letter's order."""
        where, params = self._where(filters or DashboardFilter(), year)
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT l.doc_no, l.letter_date, l.subject, r.name, r.code, r.ack_code, "
                "r.sent_at, r.sent_via, r.due_date, r.acknowledged_at, r.acknowledged_by, "
                "r.ack_channel, r.their_receive_no, r.their_receive_date, r.returned_at, "
                "r.reminded_count "
                "FROM outgoing_letter l JOIN letter_recipient r ON r.letter_id = l.id "
                "LEFT JOIN organisation o ON o.id = r.organisation_id "
                f"WHERE {where} ORDER BY l.letter_date, l.id, r.position",
                params,
            )
        lines = []
        for (
            doc_no,
            letter_date,
            subject,
            name,
            code,
            ack_code,
            sent_at,
            sent_via,
            due,
            acked_at,
            acked_by,
            channel,
            their_no,
            their_date,
            returned_at,
            reminded,
        ) in rows:
            due_date = None if due is None else as_date(due)
            acknowledged = None if acked_at is None else as_datetime(acked_at)
            returned = None if returned_at is None else as_datetime(returned_at)
            end = acknowledged.date() if acknowledged is not None else today
            lines.append(
                AckRecipientLine(
                    doc_no=doc_no,
                    letter_date=as_date(letter_date),
                    subject=subject,
                    recipient=name,
                    recipient_code=code,
                    ack_code=ack_code,
                    sent_at=None if sent_at is None else as_datetime(sent_at),
                    sent_via=sent_via or "",
                    due_date=due_date,
                    state=state_of(due_date, acknowledged, returned, today),
                    acknowledged_at=acknowledged,
                    acknowledged_by=acked_by or "",
                    channel=channel or "",
                    their_receive_no=their_no or "",
                    their_receive_date=None if their_date is None else as_date(their_date),
                    days_late=max(0, (end - due_date).days) if due_date is not None else 0,
                    reminded_count=int(reminded or 0),
                )
            )
        return lines
