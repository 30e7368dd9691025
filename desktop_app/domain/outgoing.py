"""Forwarding and the outgoing register's values (ทะเบียนหนังสือส่ง).

A ``ForwardDraft`` is a letter before it has a number; an ``IssuedLetter`` is what issuing
gave back: the number is used from then on, whether or not its PDF could be saved yet
(``pdf_saved``). A letter whose PDF is still to be saved is printed again from the stored
letter, never with a new number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import SarabanError
from desktop_app.domain.letters import Letter
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.domain.routing import Recipient


@dataclass(frozen=True)
class ForwardDraft:
    """A forwarding letter before it has a number: what the editor shows and changes."""

    incoming_id: int | None
    recipients: tuple[Recipient, ...]
    letter: Letter
    circular: bool
    prefix: str
    work_group_id: int | None
    append_incoming_pdf: bool = True
    sending_method: str = ""  # a ``domain.acks.SentVia`` value, or "" (not said)
    # The deadline typed by the officer; None: counted from the urgency in working days.
    due_date: dt.date | None = None
    # A reminder (การเตือน): the letter it chases; its recipients' rows record the reminder.
    reminder_of: int | None = None

    @property
    def recipient_codes(self) -> list[str]:
        return [r.code or r.name for r in self.recipients]


@dataclass(frozen=True)
class ForwardSetup:
    """Everything the forwarding dialog starts from, read in one go."""

    draft: ForwardDraft  # addressed to nobody yet
    directory: tuple[Recipient, ...]  # who can be chosen, in customary order
    work_groups: tuple[WorkGroupInfo, ...]
    saved_lists: tuple[str, ...]
    # The same letter drafted as the other kind (an external letter's wording, enclosure
    # line and office address differ from a stamped letter's), for switching kinds.
    other_kind: ForwardDraft | None = None


@dataclass(frozen=True)
class IssuedLetter:
    """A letter with its outgoing number. ``pdf`` is where it was written; when that failed
    after the number was issued, ``pdf`` is None, ``pdf_saved`` False and ``pdf_problem``
    says why (the letter is kept and can be printed again from the outgoing register)."""

    id: int
    doc_no: str  # Arabic digits, as stored
    printed_no: str  # as printed on the letter (the letter's digits)
    series: str  # "circular" or "normal"
    prefix: str
    number: int
    year: int  # Buddhist era
    letter_date: dt.date
    recipients: tuple[Recipient, ...]
    pdf: Path | None
    pages: int
    pdf_problem_th: str = ""
    pdf_problem_en: str = ""

    @property
    def pdf_saved(self) -> bool:
        return self.pdf is not None

    def to_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "letter_id": self.id,
            "outgoing_no": self.printed_no,
            "series": self.series,
            "prefix": self.prefix,
            "number": self.number,
            "year": self.year,
            "date": self.letter_date.isoformat(),
            "recipients": [r.code or r.name for r in self.recipients],
            "pdf": str(self.pdf) if self.pdf is not None else None,
            "pages": self.pages,
            "pdf_saved": self.pdf_saved,
        }
        if not self.pdf_saved:
            value["pdf_problem"] = self.pdf_problem_en
        return value


@dataclass(frozen=True)
class OutgoingRow:
    """One line of the outgoing register."""

    id: int
    year: int
    number: int
    doc_no: str
    letter_date: dt.date
    subject: str
    to_text: str
    sending_method: str
    incoming_id: int | None
    recipients: int
    cancelled: bool
    pdf_saved: bool = True
    acknowledged: int = 0  # recipients that have acknowledged it
    reminder_of: str = ""  # a reminder: the number of the letter it chases
    # Imported from the office's earlier register (Excel): a number without a letter in the
    # app, so there is no PDF to print.
    imported: bool = False


class BatchStopped(SarabanError):
    """A batch of letters (one per recipient) stopped part way: ``issued`` holds the letters
    whose numbers were issued before it stopped (they stay issued), ``cause`` why it stopped
    (None: the officer cancelled)."""

    def __init__(self, issued: list[IssuedLetter], cause: SarabanError | None) -> None:
        numbers = ", ".join(letter.doc_no for letter in issued)
        why_th = cause.message_th if cause else "หยุดตามที่สั่ง"
        why_en = cause.message_en if cause else "stopped as asked"
        super().__init__(
            f"ออกเลขแล้ว {len(issued)} ฉบับ ({numbers}) ก่อนหยุด: {why_th}",
            f"{len(issued)} letter(s) were issued ({numbers}) before the batch stopped: {why_en}",
        )
        self.issued = issued
        self.cause = cause
