"""Operations on forwarding letters and the outgoing register (ทะเบียนหนังสือส่ง)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.outgoing import ForwardDraft, ForwardSetup, IssuedLetter, OutgoingRow
from desktop_app.domain.routing import Recipient
from desktop_app.ui.operations import INCOMING, OUTGOING, QueryOp, WriteOp
from desktop_app.ui.widgets.pdf_preview import PREVIEW_SCALE, PageImage, render_pages

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


class OutgoingOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    # -- forwarding -----------------------------------------------------------------------
    def forward_setup(self, incoming_id: int) -> QueryOp[ForwardSetup]:
        return self._ops.query(
            "outgoing.forward_setup", lambda c, _j: c.outgoing.forward_setup(incoming_id)
        )

    def forwards_of(self, incoming_id: int) -> QueryOp[list[OutgoingRow]]:
        """The letters (not cancelled) that already forwarded this incoming document, oldest
        first; empty when it was never forwarded."""
        return self._ops.query(
            "outgoing.forwards_of", lambda c, _j: c.outgoing.forwards_of(incoming_id)
        )

    def preview(self, draft: ForwardDraft) -> QueryOp[list[PageImage]]:
        """The draft typeset (number still open) and rasterised for the preview pane."""
        return self._ops.query(
            "letter.preview", lambda c, _j: render_pages(c.outgoing.preview(draft))
        )

    def issue(self, draft: ForwardDraft, *, each: bool = False) -> WriteOp[list[IssuedLetter]]:
        """Issue the number(s): one letter to every recipient, or one letter each."""
        actor = self._ops.actor

        def work(c, control):
            if each:
                return c.outgoing.issue_each(draft, actor, control=control)
            return [c.outgoing.issue(draft, actor)]

        return self._ops.write("letter.issue", OUTGOING, work)

    def list_members(self, name: str) -> QueryOp[list[Recipient]]:
        return self._ops.query("outgoing.list", lambda c, _j: c.outgoing.resolve([f"list:{name}"]))

    def save_list(self, name: str, organisation_ids: list[int]) -> WriteOp[list[str]]:
        """Save a recipient list; gives back every saved list's name."""
        actor = self._ops.actor

        def work(c, _j):
            c.outgoing.save_list(name, organisation_ids, actor)
            return c.outgoing.lists()

        return self._ops.write("outgoing.save_list", OUTGOING, work)

    # -- the register ---------------------------------------------------------------------
    def register_rows(self, year: int | None) -> QueryOp[list[OutgoingRow]]:
        return self._ops.query("outgoing.rows", lambda c, _j: c.outgoing.register_rows(year))

    def open_copy(self, letter_id: int) -> WriteOp[Path]:
        """A copy of the issued letter's PDF to open in the system viewer; a letter whose
        PDF was never saved is typeset again from the stored letter (and stored)."""
        target = Path(tempfile.gettempdir()) / "saraban-desk" / f"letter-{letter_id}.pdf"

        def work(c, _j):
            target.parent.mkdir(parents=True, exist_ok=True)
            return c.outgoing.save_pdf(letter_id, target)

        return self._ops.write("outgoing.open", OUTGOING, work)

    def save_pdf(self, letter_id: int, target: Path) -> WriteOp[Path]:
        return self._ops.write(
            "outgoing.save_pdf", OUTGOING, lambda c, _j: c.outgoing.save_pdf(letter_id, target)
        )

    def cancel(self, letter_id: int, reason: str) -> WriteOp[None]:
        actor = self._ops.actor
        return self._ops.write(
            "outgoing.cancel", OUTGOING, lambda c, _j: c.outgoing.cancel(letter_id, reason, actor)
        )

    # -- pages for the screen and the printer ---------------------------------------------
    @staticmethod
    def _pages(paths: list[Path], scale: float, control) -> list[PageImage]:
        pages: list[PageImage] = []
        for done, path in enumerate(paths):
            control.progress(done, len(paths))
            pages.extend(render_pages(path.read_bytes(), scale=scale, limit=200))
        return pages

    def letter_pages(
        self, paths: list[Path], scale: float = PREVIEW_SCALE
    ) -> QueryOp[list[PageImage]]:
        """Issued letters' pages as images (the preview after issuing; printing)."""
        return self._ops.query(
            "letter.pages", lambda _c, control: self._pages(paths, scale, control)
        )


__all__ = ["INCOMING", "OutgoingOps"]
