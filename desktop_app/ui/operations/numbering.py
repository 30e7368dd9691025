"""Operations on the registers' numbering series and on importing an existing register
(settings tab "เลขทะเบียนและการนำเข้า"): where each series stands, setting a next number
before its first use, checking an Excel file (a dry run) and importing it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.numbering import SeriesRef, SeriesState
from desktop_app.domain.register_import import ImportKind, ImportSummary
from desktop_app.domain.thai_dates import be_year
from desktop_app.ui.operations import INCOMING, OUTGOING, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


class NumberingOps:
    """The numbering and import services through the task runner (nothing here waits on
    the database or reads the workbook on the GUI thread)."""

    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    def this_year(self) -> int:
        """This year (BE) by the office's clock (no database)."""
        return be_year(self._ops.clock().date())

    def series(self, year: int | None = None) -> QueryOp[list[SeriesState]]:
        """Every series of ``year`` (default this year) and where it stands."""
        return self._ops.query("numbering.series", lambda c, _j: c.numbering.series(year))

    def set_next(
        self, series: SeriesRef, year: int, next_number: int, reason: str
    ) -> WriteOp[SeriesState]:
        """Set a series' next number before its first use. Fails with ``PermissionDenied``
        (not an admin), ``Conflict`` (a number of it was issued) or ``InvalidInput``."""
        actor = self._ops.actor
        area = INCOMING if series.kind == "incoming" else OUTGOING
        return self._ops.write(
            "numbering.set",
            area,
            lambda c, _j: c.numbering.set_next(series, year, next_number, reason, actor),
        )

    def preview(self, kind: ImportKind, path: Path) -> QueryOp[ImportSummary]:
        """Read and check ``path`` as the ``kind`` register; writes nothing. Fails with
        ``InvalidInput`` when it is not such a register at all."""
        return self._ops.query(
            "register_import.preview", lambda c, j: c.register_import.preview(kind, path, j)
        )

    def import_file(self, kind: ImportKind, path: Path) -> WriteOp[ImportSummary]:
        """Import every row of ``path`` or none. Fails with ``PermissionDenied``,
        ``ImportRefused`` (its ``problems`` and ``summary``) or ``InvalidInput``."""
        actor = self._ops.actor
        return self._ops.write(
            "register_import.import",
            INCOMING if kind == "incoming" else OUTGOING,
            lambda c, j: c.register_import.import_file(kind, path, actor, j),
        )
