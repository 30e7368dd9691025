"""Operations on acknowledgements, reminders and the supervisor's dashboard.

Every recording is a ``WriteOp`` on the ACKS area (pages showing tracking rows refresh on
``Operations.changed``); reminders also change OUTGOING (a reminder is a numbered letter).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.acks import (
    Acknowledgement,
    BulkResult,
    CodeAcknowledged,
    Dashboard,
    DashboardFilter,
    LetterTracking,
    MailMatch,
    Matrix,
    OverdueItem,
    SentVia,
    TrackingRow,
)
from desktop_app.domain.outgoing import IssuedLetter
from desktop_app.ui.operations import ACKS, OUTGOING, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


@dataclass(frozen=True)
class DashboardView:
    """Everything the dashboard shows, read in one go on a worker thread."""

    figures: Dashboard
    matrix: Matrix
    overdue: tuple[OverdueItem, ...]


class AckOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    # -- reading ----------------------------------------------------------------------------
    def tracking(self, letter_id: int) -> QueryOp[LetterTracking]:
        return self._ops.query(
            "acks.tracking", lambda c, _j: c.acknowledgements.tracking(letter_id)
        )

    def dashboard(self, filters: DashboardFilter) -> QueryOp[DashboardView]:
        def work(c, _j):
            service = c.acknowledgements
            return DashboardView(
                service.dashboard(filters),
                service.matrix(filters),
                tuple(service.overdue(filters)),
            )

        return self._ops.query("acks.dashboard", work)

    def change_marker(self) -> QueryOp[int]:
        """The cheap marker a dashboard polls (reload only when it moved)."""
        return self._ops.query("acks.marker", lambda c, _j: c.acknowledgements.change_marker())

    def match_mail(self, paths: Sequence[Path]) -> QueryOp[list[MailMatch]]:
        return self._ops.query(
            "acks.match_mail", lambda c, _j: c.acknowledgements.match_mail(list(paths))
        )

    # -- recording --------------------------------------------------------------------------
    def acknowledge(self, row_ids: Sequence[int], ack: Acknowledgement) -> WriteOp[BulkResult]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.acknowledge",
            ACKS,
            lambda c, _j: c.acknowledgements.acknowledge(list(row_ids), ack, actor),
        )

    def acknowledge_all(self, letter_id: int, ack: Acknowledgement) -> WriteOp[BulkResult]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.acknowledge_all",
            ACKS,
            lambda c, _j: c.acknowledgements.acknowledge_all(letter_id, ack, actor),
        )

    def acknowledge_code(self, code: str) -> WriteOp[CodeAcknowledged]:
        """Record by a typed or scanned code, now, through the code channel."""
        actor = self._ops.actor
        return self._ops.write(
            "acks.code", ACKS, lambda c, _j: c.acknowledgements.acknowledge_code(code, actor)
        )

    def mark_returned(self, row_id: int, reason: str) -> WriteOp[TrackingRow]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.returned",
            ACKS,
            lambda c, _j: c.acknowledgements.mark_returned(row_id, reason, actor),
        )

    def undo(self, row_id: int) -> WriteOp[TrackingRow]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.undo", ACKS, lambda c, _j: c.acknowledgements.undo(row_id, actor)
        )

    def mark_sent(self, row_ids: Sequence[int], via: SentVia) -> WriteOp[int]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.sent",
            ACKS,
            lambda c, _j: c.acknowledgements.mark_sent(list(row_ids), via, actor),
        )

    def record_mail(self, matches: Sequence[MailMatch]) -> WriteOp[BulkResult]:
        actor = self._ops.actor
        return self._ops.write(
            "acks.record_mail",
            ACKS,
            lambda c, _j: c.acknowledgements.record_mail(list(matches), actor),
        )

    # -- reminders --------------------------------------------------------------------------
    def remind(self, letter_id: int) -> WriteOp[IssuedLetter]:
        """A numbered reminder to every recipient of the letter still pending."""
        actor = self._ops.actor
        return self._ops.write(
            "acks.remind", OUTGOING, lambda c, _j: c.acknowledgements.remind(letter_id, actor)
        )

    def remind_rows(self, row_ids: Sequence[int]) -> WriteOp[list[IssuedLetter]]:
        """One reminder per letter for a selection of the overdue list."""
        actor = self._ops.actor
        return self._ops.write(
            "acks.remind_rows",
            OUTGOING,
            lambda c, _j: c.acknowledgements.remind_rows(list(row_ids), actor),
        )

    # -- copies and sheets
    def recipient_copies(self, letter_id: int, target: Path) -> WriteOp[Path]:
        """The recipients' copies of the letter, each with its acknowledgement code, written to
        ``target`` (a PDF); the result is the file written. A write: recipients issued before
        codes existed are given one first."""
        return self._ops.write(
            "acks.recipient_copies",
            ACKS,
            lambda c, _j: c.outgoing.recipient_copies(letter_id, target),
        )

    def delivery_sheet(self, letter_id: int, target: Path) -> WriteOp[Path]:
        """The messenger's delivery sheet (ใบส่งหนังสือ) for the letter's recipients, written to
        ``target`` (a PDF); the result is the file written. A write, like ``recipient_copies``."""
        return self._ops.write(
            "acks.delivery_sheet",
            ACKS,
            lambda c, _j: c.outgoing.delivery_sheet(letter_id, target),
        )

    # -- exports ----------------------------------------------------------------------------
    def export_dashboard(self, filters: DashboardFilter | None, target: Path) -> QueryOp[Path]:
        """The dashboard as it is filtered (figures, roll-up, matrix, overdue list) written to
        an Excel workbook at ``target``; the path written. Raises ``EnvironmentProblem``
        when the file cannot be written."""
        language = self._ops.language
        return self._ops.query(
            "acks.export_dashboard",
            lambda c, _j: c.exports.export_dashboard(target, filters, language),
        )
