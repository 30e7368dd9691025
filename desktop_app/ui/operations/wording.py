"""Operations on the wording of the letters the office drafts and the name its stamped
letters are issued in (settings tab "ถ้อยคำในหนังสือ", first-run setup)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.domain.letters import LetterWording
from desktop_app.ui.operations import SETTINGS, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.app_context import AppContext
    from desktop_app.ui.operations import Operations


@dataclass(frozen=True)
class WordingSnapshot:
    """What the wording tab shows: the settings in force and what the defaults are."""

    issued_as: str  # the name stamped letters are issued in (the admin's or the default)
    default_issued_as: str  # "จังหวัด" + the office's province
    wording: LetterWording  # in force: the admin's templates or the defaults
    office_name: str
    letter_digits: str  # "thai" or "arabic": how the preview shows digits, as letters do


class WordingOps:
    """The wording settings through the task runner (nothing here waits on the database)."""

    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    @staticmethod
    def _snapshot(c: AppContext) -> WordingSnapshot:
        office = c.settings.office()
        return WordingSnapshot(
            issued_as=c.settings.issued_as(),
            default_issued_as=c.settings.default_issued_as(),
            wording=c.settings.letter_wording(),
            office_name=office.name if office else "",
            letter_digits=c.settings.get("letter.digits"),
        )

    def load(self) -> QueryOp[WordingSnapshot]:
        return self._ops.query("wording.load", lambda c, _j: self._snapshot(c))

    def save(self, issued_as: str, wording: LetterWording) -> WriteOp[WordingSnapshot]:
        """Save the issuing name (blank: the default) and the templates; gives what is in
        force afterwards. Fails with ``PermissionDenied`` (not an admin)."""
        actor = self._ops.actor

        def work(c, _j):
            c.settings.save_letter_wording(issued_as, wording, actor)
            return self._snapshot(c)

        return self._ops.write("wording.save", SETTINGS, work)
