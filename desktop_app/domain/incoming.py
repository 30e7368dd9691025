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
from desktop_app.domain.doc_numbers import clean_doc_no
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.field_labels import FieldKind, strip_field_label
from desktop_app.domain.thai_dates import format_date_short, format_datetime_short, format_time
from desktop_app.domain.thai_text import (
    MAX_REASON_LENGTH,
    MAX_REMARKS_LENGTH,
    MAX_SENDER_LENGTH,
    MAX_SUBJECT_LENGTH,
    Digits,
    apply_digits,
    clean_text,
    search_fold,
)

INCOMING_SERIES = "incoming"  # the receive numbers' counter (db/numbering)


@dataclass(frozen=True)
class TextField:
    """How one text field of the register is cleaned: its names in messages, its limit
    (characters, after cleaning: ``thai_text.MAX_*_LENGTH``), whether it must be given and
    whether it keeps line breaks."""

    label_th: str
    label_en: str
    max_length: int
    required: bool = False
    multiline: bool = False


# Every text field a clerk types or an import brings (doc_no has its own rule: the label
# before the number is dropped, ``doc_numbers.clean_doc_no``).
TEXT_FIELDS: dict[str, TextField] = {
    "sender": TextField("ชื่อผู้ส่ง (จาก)", "The sender", MAX_SENDER_LENGTH, required=True),
    "doc_no": TextField("เลขที่หนังสือ (ที่)", "The document number", 0),
    "subject": TextField("เรื่อง", "The subject", MAX_SUBJECT_LENGTH, required=True),
    "to_text": TextField("ผู้รับ (เรียน/ถึง)", "The recipient (To)", MAX_SENDER_LENGTH),
    "remarks": TextField("หมายเหตุ", "The remarks", MAX_REMARKS_LENGTH, multiline=True),
    "action_taken": TextField("การปฏิบัติ", "The action taken", MAX_REMARKS_LENGTH, multiline=True),
    "received_at_reason": TextField(
        "เหตุผลที่ระบุเวลารับเอง", "The reason for the receive time", MAX_REASON_LENGTH
    ),
}


# Fields whose label a clerk may copy with the text (field_labels.py): dropped.
_LABELLED: dict[str, FieldKind] = {"sender": "sender", "subject": "subject", "to_text": "recipient"}


def clean_field(name: str, value: str | None) -> str:
    """``value`` of the text field ``name`` as stored: control characters removed, Thai
    normalised, a label copied with the text dropped ("ที่", "จาก", "เรื่อง", "เรียน":
    ``thai_text.clean_text``, ``doc_numbers.clean_doc_no``, ``field_labels``). Raises
    ``InvalidInput`` (``field=name``) naming the field in Thai and English when it is
    required and empty, or longer than its limit."""
    spec = TEXT_FIELDS[name]
    if name == "doc_no":
        clean = clean_doc_no(value, field=name, label_th=spec.label_th, label_en=spec.label_en)
    else:
        clean = clean_text(
            value,
            max_length=spec.max_length,
            multiline=spec.multiline,
            field=name,
            label_th=spec.label_th,
            label_en=spec.label_en,
        )
        label = _LABELLED.get(name)
        if label is not None:
            clean = strip_field_label(label, clean)
    if spec.required and not clean:
        raise InvalidInput(
            f"กรุณากรอก{spec.label_th}",
            f"Enter {spec.label_en[0].lower()}{spec.label_en[1:]}",
            field=name,
        )
    return clean


# -- plausible dates (issue 9) -------------------------------------------------------------------
RECEIVE_CLOCK_SKEW = dt.timedelta(minutes=10)  # how far ahead of this computer's clock a
# receive time may be (another workstation's clock, a clerk rounding up the minute)
DOC_DATE_MAX_AGE_YEARS = 1  # a letter received longer after its date is flagged


class UnconfirmedDates(InvalidInput):
    """The letter's date is implausible next to its receipt (``doc_date_warnings``) and the
    clerk has not confirmed it (``confirm_dates``); nothing was written. ``warnings`` are the
    ``DateWarning``s; ``field`` is "confirm_dates"."""

    def __init__(self, warnings: Sequence[DateWarning]) -> None:
        super().__init__(
            " ".join(w.message_th for w in warnings) + " หากถูกต้องแล้ว กรุณายืนยันวันที่",
            " ".join(w.message_en for w in warnings) + " If it is right, confirm the dates.",
            field="confirm_dates",
        )
        self.warnings = tuple(warnings)


@dataclass(frozen=True)
class DateWarning:
    """Why a letter's date needs the clerk's confirmation: ``kind`` is "after_receipt" (dated
    after it was received) or "long_before" (dated more than ``DOC_DATE_MAX_AGE_YEARS``
    before); the messages name both dates."""

    kind: str
    message_th: str
    message_en: str

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th


def _years_before(value: dt.date, years: int) -> dt.date:
    try:
        return value.replace(year=value.year - years)
    except ValueError:  # 29 February
        return value.replace(year=value.year - years, day=28)


def doc_date_warnings(
    doc_date: dt.date, received_on: dt.date, digits: Digits = "arabic"
) -> list[DateWarning]:
    """What is implausible about a letter dated ``doc_date`` received on ``received_on``:
    dated after its receipt, or more than ``DOC_DATE_MAX_AGE_YEARS`` before it (a slip in the
    year, e.g. 2596 for 2569, or a two-digit year read the wrong way). Empty when plausible.
    The rule the form shows and the service enforces (``check_doc_date``); ``digits``: the
    messages' digits."""
    dated_th = format_date_short(doc_date, "arabic")
    dated_en = format_date_short(doc_date, "arabic", "en")
    received_th = format_date_short(received_on, "arabic")
    received_en = format_date_short(received_on, "arabic", "en")
    if doc_date > received_on:
        kind = "after_receipt"
        message_th = f"หนังสือลงวันที่ {dated_th} ซึ่งเป็นวันหลังวันที่รับ ({received_th})"
        message_en = f"The letter is dated {dated_en}, after it was received ({received_en})."
    elif doc_date < _years_before(received_on, DOC_DATE_MAX_AGE_YEARS):
        days = (received_on - doc_date).days
        kind = "long_before"
        message_th = (
            f"หนังสือลงวันที่ {dated_th} ก่อนวันที่รับ ({received_th}) ถึง {days:,} วัน "
            f"(เกิน {DOC_DATE_MAX_AGE_YEARS} ปี)"
        )
        message_en = (
            f"The letter is dated {dated_en}, {days:,} days before it was received "
            f"({received_en}): more than {DOC_DATE_MAX_AGE_YEARS} year."
        )
    else:
        return []
    return [DateWarning(kind, apply_digits(message_th, digits), apply_digits(message_en, digits))]


def check_doc_date(doc_date: dt.date, received_on: dt.date, *, confirmed: bool) -> None:
    """``UnconfirmedDates`` when ``doc_date_warnings`` has something to say and the clerk
    did not confirm the dates."""
    warnings = doc_date_warnings(doc_date, received_on)
    if warnings and not confirmed:
        raise UnconfirmedDates(warnings)


def _when_en(value: dt.datetime) -> str:
    return f"{format_date_short(value.date(), 'arabic', 'en')} {format_time(value)}"


def check_received_at(
    received_at: dt.datetime, now: dt.datetime, skew: dt.timedelta = RECEIVE_CLOCK_SKEW
) -> None:
    """``InvalidInput`` (``received_at``) when a receive time lies in the future by more than
    ``skew``: a letter cannot be received later than now, and such a slip ("29/11/2596" for
    2569) would open a numbering year that has not begun. Office wall-clock times, naive."""
    if received_at > now + skew:
        raise InvalidInput(
            f"วันเวลารับ {format_datetime_short(received_at)} ยังมาไม่ถึง "
            f"(ขณะนี้ {format_datetime_short(now)}) กรุณาตรวจสอบวันที่และปี",
            f"The receive time {_when_en(received_at)} is in the future (it is now "
            f"{_when_en(now)}); check the date and the year",
            field="received_at",
        )


@dataclass(frozen=True)
class IncomingInput:
    """What the clerk enters for one incoming document.

    ``confirm_dates``: the clerk confirmed a letter date that ``doc_date_warnings`` flags."""

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
    confirm_dates: bool = False

    def cleaned(self) -> IncomingInput:
        """Every text field cleaned (``clean_field``: control characters removed, Thai
        normalised, the document number's label dropped, lengths checked), required fields
        checked; pure (no database, no files, no clock).

        Raises ``InvalidInput`` naming the field at fault.
        """
        if not isinstance(self.doc_date, dt.date):
            raise InvalidInput("กรุณากรอกวันที่ของหนังสือ", "Enter the letter's date", field="doc_date")
        changes: dict[str, Any] = {
            name: clean_field(name, getattr(self, name)) for name in TEXT_FIELDS
        }
        return replace(self, **changes)


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
    confirm_dates: bool = False  # the clerk confirmed a flagged letter date

    def cleaned(self) -> IncomingEdit:
        """The text fields given (not None) cleaned as ``IncomingInput.cleaned`` does; pure.
        Raises ``InvalidInput`` naming the field at fault."""
        changes: dict[str, Any] = {
            name: clean_field(name, getattr(self, name))
            for name in TEXT_FIELDS
            if name != "received_at_reason" and getattr(self, name) is not None
        }
        changes["received_at_reason"] = clean_field("received_at_reason", self.received_at_reason)
        return replace(self, **changes)


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
