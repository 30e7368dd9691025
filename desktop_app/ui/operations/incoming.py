"""Operations on the incoming register (ทะเบียนหนังสือรับ)."""

from __future__ import annotations

import tempfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.incoming import (
    IncomingEdit,
    IncomingFilter,
    IncomingInput,
    IncomingRecord,
    IncomingRow,
)
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.domain.search_terms import SearchReport
from desktop_app.ui.operations import INCOMING, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


@dataclass(frozen=True)
class FilterChoices:
    """What the register's filter boxes offer: the years present (newest first, this year
    included) and the active work groups."""

    years: tuple[int, ...]
    work_groups: tuple[WorkGroupInfo, ...]


@dataclass(frozen=True)
class FormChoices:
    """What the clerk's form completes from: the directory's names, the work groups, the
    usual recipients (To) of letters to the office's province."""

    sender_names: tuple[str, ...]
    work_groups: tuple[WorkGroupInfo, ...]
    to_suggestions: tuple[str, ...]


@dataclass(frozen=True)
class RegisterPage:
    """A reload's answer: every matching id in display order, the first rows, and what the
    search did (exact matches first, then near ones; where short terms were looked for)."""

    ids: array[int]
    first_rows: list[IncomingRow]
    report: SearchReport = field(default_factory=SearchReport)


class IncomingOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    # -- reading --------------------------------------------------------------------------
    def filter_choices(self) -> QueryOp[FilterChoices]:
        return self._ops.query(
            "incoming.filter_choices",
            lambda c, _j: FilterChoices(tuple(c.incoming.years()), tuple(c.settings.work_groups())),
        )

    def load(self, flt: IncomingFilter, first: int) -> QueryOp[RegisterPage]:
        """The ids passing ``flt`` and the rows of the first ``first`` of them."""

        def work(c, _j):
            ids, rows, report = c.incoming.find(flt, first)
            return RegisterPage(ids, rows, report)

        return self._ops.query("incoming.load", work)

    def rows(self, ids: list[int]) -> QueryOp[list[IncomingRow]]:
        return self._ops.query("incoming.rows", lambda c, _j: c.incoming.rows(ids))

    def get(self, doc_id: int) -> QueryOp[IncomingRecord]:
        return self._ops.query("incoming.get", lambda c, _j: c.incoming.get(doc_id))

    def form_choices(self) -> QueryOp[FormChoices]:
        def work(c, _j):
            from desktop_app.services.directory import find_province

            office = c.settings.office()
            suggestions = ["ผู้ว่าราชการจังหวัด ทุกจังหวัด"]
            if office and office.province_code:
                province = find_province(office.province_code)
                suggestions.insert(0, f"ผู้ว่าราชการจังหวัด{province.name_th}")
                suggestions.append(f"ท้องถิ่นจังหวัด{province.name_th}")
            return FormChoices(
                tuple(c.directory.sender_names()),
                tuple(c.settings.work_groups()),
                tuple(suggestions),
            )

        return self._ops.query("incoming.form_choices", work)

    def find_duplicates(
        self, doc_no: str, sender: str, exclude_id: int | None
    ) -> QueryOp[list[IncomingRow]]:
        return self._ops.query(
            "incoming.duplicates",
            lambda c, _j: c.incoming.find_duplicates(doc_no, sender, exclude_id),
        )

    def attachment_copy(self, attachment_id: int) -> QueryOp[Path]:
        """A copy of an attachment in the temporary folder, to open in the system viewer."""
        folder = Path(tempfile.gettempdir()) / "saraban-desk"
        return self._ops.query(
            "incoming.attachment", lambda c, _j: c.incoming.open_copy(attachment_id, folder)
        )

    def export(self, flt: IncomingFilter, target: Path) -> QueryOp[int]:
        """The register's rows passing ``flt`` to an Excel file (rows written)."""
        language = self._ops.language
        return self._ops.query(
            "incoming.export",
            lambda c, control: c.exports.export_incoming(
                flt, target, lang=language, control=control
            ),
        )

    # -- writing --------------------------------------------------------------------------
    def receive(self, data: IncomingInput) -> WriteOp[IncomingRecord]:
        actor = self._ops.actor
        return self._ops.write(
            "incoming.receive", INCOMING, lambda c, _j: c.incoming.receive(data, actor)
        )

    def update(self, doc_id: int, edit: IncomingEdit) -> WriteOp[IncomingRecord]:
        actor = self._ops.actor
        return self._ops.write(
            "incoming.update", INCOMING, lambda c, _j: c.incoming.update(doc_id, edit, actor)
        )

    def cancel(self, doc_id: int, reason: str) -> WriteOp[IncomingRecord]:
        actor = self._ops.actor
        return self._ops.write(
            "incoming.cancel", INCOMING, lambda c, _j: c.incoming.cancel(doc_id, reason, actor)
        )
