"""The incoming register's values (ทะเบียนหนังสือรับ): what a clerk enters, what a line of
the register holds, how the register is filtered and sorted. Pure: no database, no files.

Receive numbers run per calendar year (Buddhist era) from 1, gapless and never duplicated
(saraban.md, "Registers"); the service allocates them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_dates import format_datetime_short
from desktop_app.domain.thai_text import normalise, search_fold

INCOMING_SERIES = "incoming"  # the receive numbers' counter (db/numbering)
# Characters, after normalising: what fits the register's columns and a letter's lines.
MAX_LENGTHS = {"sender": 300, "doc_no": 100, "to_text": 300}


def clean_text(value: str, name: str, label_th: str, label_en: str, *, required: bool) -> str:
    """``value`` normalised; ``InvalidInput`` naming ``name`` if required and empty or if
    longer than ``MAX_LENGTHS[name]``."""
    clean = normalise(value or "")
    if required and not clean:
        raise InvalidInput(f"กรุณากรอก{label_th}", f"Enter the {label_en}", field=name)
    limit = MAX_LENGTHS.get(name)
    if limit and len(clean) > limit:
        raise InvalidInput(
            f"{label_th}ยาวเกิน {limit} ตัวอักษร",
            f"The {label_en} is longer than {limit} characters",
            field=name,
        )
    return clean


# The labels the form and the messages use for each text field: (Thai, English, required).
TEXT_FIELDS = {
    "sender": ("ชื่อผู้ส่ง (จาก)", "sender", True),
    "doc_no": ("เลขที่หนังสือ (ที่)", "document number", False),
    "subject": ("เรื่อง", "subject", True),
    "to_text": ("ผู้รับ (เรียน/ถึง)", "recipient (To)", False),
}


@dataclass(frozen=True)
class IncomingInput:
    """What the clerk enters for one incoming document."""

    sender: str
    doc_no: str
    doc_date: dt.date
    subject: str
    to_text: str = ""
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL
    remarks: str = ""
    action_taken: str = ""
    work_group_id: int | None = None
    attachments: Sequence[Path] = ()
    # None: now. Anything else is recorded with who typed it and why.
    received_at: dt.datetime | None = None
    received_at_reason: str = ""

    def cleaned(self) -> IncomingInput:
        """Normalised text, required fields checked; pure (no database, no files).

        Raises ``InvalidInput`` naming the field at fault.
        """
        if not isinstance(self.doc_date, dt.date):
            raise InvalidInput("กรุณากรอกวันที่ของหนังสือ", "Enter the letter's date", field="doc_date")

        def text(name: str) -> str:
            label_th, label_en, required = TEXT_FIELDS[name]
            return clean_text(getattr(self, name), name, label_th, label_en, required=required)

        return replace(
            self,
            sender=text("sender"),
            doc_no=text("doc_no"),
            subject=text("subject"),
            to_text=text("to_text"),
            remarks=normalise(self.remarks),
            action_taken=normalise(self.action_taken),
            received_at_reason=normalise(self.received_at_reason),
        )


@dataclass(frozen=True)
class IncomingEdit:
    """Changes to a registered document; None leaves a field as it is."""

    sender: str | None = None
    doc_no: str | None = None
    doc_date: dt.date | None = None
    subject: str | None = None
    to_text: str | None = None
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    remarks: str | None = None
    action_taken: str | None = None
    work_group_id: int | None = None
    clear_work_group: bool = False
    received_at: dt.datetime | None = None
    received_at_reason: str = ""
    add_attachments: Sequence[Path] = ()
    remove_attachment_ids: Sequence[int] = ()


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    sha256: str
    size: int  # bytes
    media_type: str


@dataclass(frozen=True)
class IncomingRecord:
    """One registered document in full (the detail pane, ``saraban incoming show``)."""

    id: int
    receive_year: int  # Buddhist era
    receive_no: int
    received_at: dt.datetime  # office wall-clock time, as stamped
    received_at_reason: str
    sender: str
    sender_org_id: int | None
    doc_no: str
    doc_date: dt.date
    to_text: str
    subject: str
    urgency: Urgency
    secrecy: Secrecy
    remarks: str
    action_taken: str
    work_group_id: int | None
    work_group_name: str
    cancelled: bool
    cancel_reason: str
    cancelled_at: dt.datetime | None
    created_by: str
    created_at: dt.datetime
    attachments: tuple[AttachmentInfo, ...] = ()
    possible_duplicates: tuple[int, ...] = ()

    @property
    def receive_label(self) -> str:
        """ "1446/2569": the number as written on the stamp and in the register."""
        return f"{self.receive_no}/{self.receive_year}"

    def to_json(self) -> dict[str, Any]:
        return {
            **_register_json(self),
            "attachments": [
                {"filename": a.filename, "sha256": a.sha256, "size": a.size}
                for a in self.attachments
            ],
        }


@dataclass(frozen=True)
class IncomingRow:
    """One line of the incoming register table: only what the table and the export show."""

    id: int
    receive_year: int
    receive_no: int
    received_at: dt.datetime
    doc_no: str
    doc_date: dt.date
    sender: str
    to_text: str
    subject: str
    urgency: Urgency
    secrecy: Secrecy
    action_taken: str
    remarks: str
    work_group_name: str
    cancelled: bool
    cancel_reason: str
    attachment_count: int

    @property
    def receive_label(self) -> str:
        return f"{self.receive_no}/{self.receive_year}"

    def to_json(self) -> dict[str, Any]:
        return {**_register_json(self), "attachments": self.attachment_count}


def _register_json(document: IncomingRecord | IncomingRow) -> dict[str, Any]:
    """The keys the CLI contract promises for a register line (``saraban incoming list``)."""
    return {
        "id": document.id,
        "receive_no": document.receive_no,
        "receive_year": document.receive_year,
        "received_at": document.received_at.isoformat(),
        "doc_no": document.doc_no,
        "doc_date": document.doc_date.isoformat(),
        "subject": document.subject,
        "sender": document.sender,
        "to": document.to_text,
        "urgency": document.urgency.value,
        "secrecy": document.secrecy.value,
        "remarks": document.remarks,
        "work_group": document.work_group_name or None,
        "cancelled": document.cancelled,
        "cancel_reason": document.cancel_reason or None,
    }


class IncomingSort(enum.Enum):
    """Orders the incoming register can be shown in; ties broken by receive number."""

    NUMBER = "number"
    RECEIVED_AT = "received_at"
    DOC_NO = "doc_no"
    DOC_DATE = "doc_date"
    SENDER = "sender"
    TO = "to"
    SUBJECT = "subject"
    URGENCY = "urgency"
    SECRECY = "secrecy"
    WORK_GROUP = "work_group"


@dataclass(frozen=True)
class IncomingFilter:
    year: int | None = None  # Buddhist era
    month: int | None = None
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    work_group_id: int | None = None
    cancelled: bool | None = None  # None: both
    search: str = ""
    sort: IncomingSort = IncomingSort.NUMBER
    descending: bool = True

    def search_terms(self) -> list[str]:
        return [term for term in (search_fold(part) for part in self.search.split()) if term]


def search_text_for(
    receive_no: int,
    receive_year: int,
    doc_no: str,
    subject: str,
    sender: str,
    to_text: str,
    remarks: str,
    action_taken: str,
) -> str:
    """The folded text that search looks in; "|" keeps a term from spanning two fields."""
    parts = [
        f"{receive_no}/{receive_year}",
        doc_no,
        subject,
        sender,
        to_text,
        remarks,
        action_taken,
    ]
    return "|".join(search_fold(part) for part in parts)


def describe_receipt(record: IncomingRecord) -> str:
    """One line for messages and logs: "เลขรับ 1446/2569 รับ 6 มี.ค. 2569 16:57"."""
    return f"เลขรับ {record.receive_label} รับ {format_datetime_short(record.received_at)}"
