"""The incoming register (ทะเบียนหนังสือรับ): receiving, editing, cancelling, finding.

Receive numbers run per calendar year (Buddhist era) from 1, gapless and never duplicated:
the number comes from a counter row incremented in the same transaction that stores the
document (``db.numbering``). The receive date decides the year. A cancelled document keeps
its number and stays in the register, marked ยกเลิก.
"""

from __future__ import annotations

import datetime as dt
import enum
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, extract, func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.engine import Database
from desktop_app.db.models import Attachment, IncomingDocument, User, WorkGroup, utcnow
from desktop_app.db.numbering import allocate_number
from desktop_app.db.search import fetch_ids, incoming_text_filter
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.thai_dates import BE_OFFSET, be_year, format_datetime_short
from desktop_app.domain.thai_text import normalise, search_fold, thai_sort_key
from desktop_app.services import audit
from desktop_app.services.attachments import AttachmentStore, StoredFile
from desktop_app.services.directory import DirectoryService
from desktop_app.services.users import Actor

INCOMING_SERIES = "incoming"
MAX_LENGTHS = {"sender": 300, "doc_no": 100, "to_text": 300}
Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """The office's wall-clock time, to the second (what the receipt stamp shows)."""
    return dt.datetime.now().replace(microsecond=0)


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
        """Normalised text, required fields checked; pure (no database, no files)."""
        if not isinstance(self.doc_date, dt.date):
            raise InvalidInput("กรุณากรอกวันที่ของหนังสือ", "Enter the letter's date",
                               field="doc_date")
        return replace(
            self,
            sender=_text(self.sender, "sender", "ชื่อผู้ส่ง (จาก)", "sender", required=True),
            doc_no=_text(self.doc_no, "doc_no", "เลขที่หนังสือ (ที่)", "document number",
                         required=False),
            subject=_text(self.subject, "subject", "เรื่อง", "subject", required=True),
            to_text=_text(self.to_text, "to_text", "ผู้รับ (เรียน/ถึง)", "addressee",
                          required=False),
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
    size: int
    media_type: str


@dataclass(frozen=True)
class IncomingRecord:
    id: int
    receive_year: int
    receive_no: int
    received_at: dt.datetime
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
        """"1446/2569": the number as written on the stamp and in the register."""
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
class RegisterRow:
    """One line of the register table: only what the table and the export show."""

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

    def to_json(self) -> dict[str, Any]:
        return {**_register_json(self), "attachments": self.attachment_count}


def _register_json(document: IncomingRecord | RegisterRow) -> dict[str, Any]:
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


class RegisterSort(enum.Enum):
    """Orders the register can be shown in; ties broken by receive number."""

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
class RegisterFilter:
    year: int | None = None  # Buddhist era
    month: int | None = None
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    work_group_id: int | None = None
    cancelled: bool | None = None  # None: both
    search: str = ""
    sort: RegisterSort = RegisterSort.NUMBER
    descending: bool = True

    def search_terms(self) -> list[str]:
        return [term for term in (search_fold(part) for part in self.search.split()) if term]


def search_text_for(
    receive_no: int, receive_year: int, doc_no: str, subject: str, sender: str, to_text: str,
    remarks: str, action_taken: str,
) -> str:
    """The folded text that search looks in; "|" keeps a term from spanning two fields."""
    parts = [f"{receive_no}/{receive_year}", doc_no, subject, sender, to_text, remarks,
             action_taken]
    return "|".join(search_fold(part) for part in parts)


def derive_columns(document: IncomingDocument) -> None:
    """Recompute the search and sort columns after any change to a document's text."""
    document.doc_no_fold = search_fold(document.doc_no)
    document.sender_sort = thai_sort_key(document.sender)[:400]
    document.subject_sort = thai_sort_key(document.subject)[:400]
    document.search_text = search_text_for(
        document.receive_no, document.receive_year, document.doc_no, document.subject,
        document.sender, document.to_text, document.remarks, document.action_taken,
    )


def _text(value: str, name: str, label_th: str, label_en: str, *, required: bool) -> str:
    clean = normalise(value or "")
    if required and not clean:
        raise InvalidInput(f"กรุณากรอก{label_th}", f"Enter the {label_en}", field=name)
    limit = MAX_LENGTHS.get(name)
    if limit and len(clean) > limit:
        raise InvalidInput(
            f"{label_th}ยาวเกิน {limit} ตัวอักษร", f"The {label_en} is longer than {limit} characters",
            field=name,
        )
    return clean


def _row_columns() -> Select[Any]:
    attachment_count = (
        select(func.count(Attachment.id))
        .where(Attachment.incoming_id == IncomingDocument.id)
        .correlate(IncomingDocument)
        .scalar_subquery()
    )
    return select(
        IncomingDocument.id, IncomingDocument.receive_year, IncomingDocument.receive_no,
        IncomingDocument.received_at, IncomingDocument.doc_no, IncomingDocument.doc_date,
        IncomingDocument.sender, IncomingDocument.to_text, IncomingDocument.subject,
        IncomingDocument.urgency, IncomingDocument.secrecy, IncomingDocument.action_taken,
        IncomingDocument.remarks, func.coalesce(WorkGroup.name, ""), IncomingDocument.cancelled,
        IncomingDocument.cancel_reason, attachment_count,
    ).outerjoin(WorkGroup, WorkGroup.id == IncomingDocument.work_group_id)  # type: ignore[return-value]


def _to_row(values: Sequence[Any]) -> RegisterRow:
    (id_, year, number, received_at, doc_no, doc_date, sender, to_text, subject, urgency,
     secrecy, action_taken, remarks, group, cancelled, reason, count) = values
    return RegisterRow(
        id_, year, number, received_at, doc_no, doc_date, sender, to_text, subject,
        Urgency(urgency), Secrecy(secrecy), action_taken, remarks, group, bool(cancelled),
        reason, int(count or 0),
    )


def _by_rank(column: Any, classes: type[Urgency] | type[Secrecy]) -> Any:
    """Order a class column by its rank (ปกติ < ด่วน < ด่วนมาก < ด่วนที่สุด), not by its
    stored English value, whose alphabetical order means nothing to a clerk."""
    return case({member.value: member.rank for member in classes}, value=column, else_=0)


_SORT_COLUMNS: dict[RegisterSort, Any] = {
    RegisterSort.RECEIVED_AT: IncomingDocument.received_at,
    RegisterSort.DOC_NO: IncomingDocument.doc_no_fold,
    RegisterSort.DOC_DATE: IncomingDocument.doc_date,
    RegisterSort.SENDER: IncomingDocument.sender_sort,
    RegisterSort.TO: IncomingDocument.to_text,
    RegisterSort.SUBJECT: IncomingDocument.subject_sort,
    RegisterSort.URGENCY: _by_rank(IncomingDocument.urgency, Urgency),
    RegisterSort.SECRECY: _by_rank(IncomingDocument.secrecy, Secrecy),
    RegisterSort.WORK_GROUP: IncomingDocument.work_group_id,
}


class IncomingRegister:
    def __init__(
        self,
        db: Database,
        directory: DirectoryService,
        store: Callable[[], AttachmentStore],
        clock: Clock = local_now,
        time_tolerance: dt.timedelta = dt.timedelta(minutes=10),
    ) -> None:
        self.db = db
        self.directory = directory
        self._store = store
        self.clock = clock
        self.time_tolerance = time_tolerance

    @property
    def store(self) -> AttachmentStore:
        return self._store()

    # -- writing ----------------------------------------------------------------------
    def validate(self, data: IncomingInput) -> IncomingInput:
        """Clean and check the input; raise ``InvalidInput`` naming the field at fault."""
        cleaned = data.cleaned()
        for path in cleaned.attachments:
            AttachmentStore.check_source(Path(path))
        return cleaned

    def receive(self, data: IncomingInput, actor: Actor) -> IncomingRecord:
        """Register a document: allocate its receive number and store it with its files."""
        data = self.validate(data)
        # Copy files first: slow I/O stays outside the write lock; an unused copy is harmless.
        stored = [self.store.put(Path(path)) for path in data.attachments]
        now = self.clock()
        received_at = (data.received_at or now).replace(microsecond=0)
        if received_at.tzinfo is not None:
            received_at = received_at.astimezone().replace(tzinfo=None)
        reason = data.received_at_reason
        changed_time = abs(received_at - now) > self.time_tolerance
        if changed_time and not reason:
            raise InvalidInput(
                "เวลารับที่กรอกต่างจากเวลาปัจจุบัน กรุณาระบุเหตุผล",
                "The receive time differs from now; give a reason", field="received_at_reason",
            )
        year = be_year(received_at.date())
        with self.db.write() as session:
            self._check_work_group(session, data.work_group_id)
            sender_org_id = self.directory.find_by_name(session, data.sender)
            number = allocate_number(session, INCOMING_SERIES, year)
            document = IncomingDocument(
                receive_year=year,
                receive_no=number,
                received_at=received_at,
                received_at_reason=reason if changed_time else "",
                sender_org_id=sender_org_id,
                sender=data.sender,
                doc_no=data.doc_no,
                doc_no_fold=search_fold(data.doc_no),
                doc_date=data.doc_date,
                to_text=data.to_text,
                subject=data.subject,
                urgency=data.urgency.value,
                secrecy=data.secrecy.value,
                remarks=data.remarks,
                action_taken=data.action_taken,
                work_group_id=data.work_group_id,
                created_by=actor.id,
                created_at=utcnow(),
            )
            derive_columns(document)
            document.attachments = [self._attachment(f, i, actor) for i, f in enumerate(stored)]
            session.add(document)
            session.flush()
            duplicates = self._duplicates(session, document)
            details: dict[str, Any] = {"receive_no": number, "receive_year": year}
            if changed_time:
                details.update(received_at=received_at, clock=now, reason=reason)
            audit.record(session, actor, "incoming.receive", "incoming", document.id, details)
            return self._record(session, document, duplicates)

    def update(self, doc_id: int, edit: IncomingEdit, actor: Actor) -> IncomingRecord:
        """Change a registered document; every change is kept in the audit trail."""
        for path in edit.add_attachments:
            AttachmentStore.check_source(Path(path))
        stored = [self.store.put(Path(path)) for path in edit.add_attachments]
        with self.db.write() as session:
            document = self._load(session, doc_id)
            if document.cancelled:
                raise Conflict(
                    f"เลขรับ {document.receive_no}/{document.receive_year} ถูกยกเลิกแล้ว แก้ไขไม่ได้",
                    f"Receive no. {document.receive_no}/{document.receive_year} is cancelled",
                )
            new: dict[str, Any] = {}
            texts = {
                "sender": ("ชื่อผู้ส่ง (จาก)", "sender", True),
                "doc_no": ("เลขที่หนังสือ (ที่)", "document number", False),
                "subject": ("เรื่อง", "subject", True),
                "to_text": ("ผู้รับ (เรียน/ถึง)", "addressee", False),
            }
            for name, (label_th, label_en, required) in texts.items():
                value = getattr(edit, name)
                if value is not None:
                    new[name] = _text(value, name, label_th, label_en, required=required)
            for name in ("remarks", "action_taken"):
                if getattr(edit, name) is not None:
                    new[name] = normalise(getattr(edit, name))
            if edit.doc_date is not None:
                new["doc_date"] = edit.doc_date
            if edit.urgency is not None:
                new["urgency"] = edit.urgency.value
            if edit.secrecy is not None:
                new["secrecy"] = edit.secrecy.value
            if edit.clear_work_group:
                new["work_group_id"] = None
            elif edit.work_group_id is not None:
                self._check_work_group(session, edit.work_group_id)
                new["work_group_id"] = edit.work_group_id
            if edit.received_at is not None:
                received_at = edit.received_at.replace(microsecond=0)
                if received_at != document.received_at:
                    if be_year(received_at.date()) != document.receive_year:
                        raise InvalidInput(
                            f"เลขรับ {document.receive_no}/{document.receive_year} เป็นของปี "
                            f"{document.receive_year} จึงเปลี่ยนวันที่รับไปปีอื่นไม่ได้ "
                            "(ยกเลิกแล้วลงรับใหม่แทน)",
                            f"Receive no. {document.receive_no}/{document.receive_year} belongs "
                            f"to {document.receive_year}; cancel and register again instead",
                            field="received_at",
                        )
                    reason = normalise(edit.received_at_reason)
                    if not reason:
                        raise InvalidInput(
                            "การแก้วันเวลารับต้องระบุเหตุผล",
                            "Changing the receive time needs a reason",
                            field="received_at_reason",
                        )
                    new["received_at"] = received_at
                    new["received_at_reason"] = reason
            before = {key: getattr(document, key) for key in new}
            diff = audit.changes(before, new)
            for key, value in new.items():
                setattr(document, key, value)
            if "sender" in new:
                document.sender_org_id = self.directory.find_by_name(session, new["sender"])
            removed = []
            for attachment in list(document.attachments):
                if attachment.id in set(edit.remove_attachment_ids):
                    removed.append(attachment.filename)
                    document.attachments.remove(attachment)
            start = len(document.attachments)
            for offset, item in enumerate(stored):
                document.attachments.append(self._attachment(item, start + offset, actor))
            if stored:
                diff["attachments_added"] = [item.filename for item in stored]
            if removed:
                diff["attachments_removed"] = removed
            if diff:
                derive_columns(document)
                document.updated_at = utcnow()
                document.updated_by = actor.id
                session.flush()
                audit.record(session, actor, "incoming.update", "incoming", document.id, diff)
            return self._record(session, document)

    def cancel(self, doc_id: int, reason: str, actor: Actor) -> IncomingRecord:
        """Cancel (ยกเลิก): the number stays in the register, marked, never reused."""
        reason = normalise(reason)
        if not reason:
            raise InvalidInput("กรุณาระบุเหตุผลที่ยกเลิก", "Give the reason for cancelling",
                               field="reason")
        with self.db.write() as session:
            document = self._load(session, doc_id)
            if document.cancelled:
                raise Conflict(
                    f"เลขรับ {document.receive_no}/{document.receive_year} ถูกยกเลิกไปแล้ว",
                    f"Receive no. {document.receive_no}/{document.receive_year} is already "
                    "cancelled",
                )
            document.cancelled = True
            document.cancelled_at = utcnow()
            document.cancelled_by = actor.id
            document.cancel_reason = reason
            audit.record(session, actor, "incoming.cancel", "incoming", document.id,
                         {"reason": reason})
            session.flush()
            return self._record(session, document)

    # -- reading -----------------------------------------------------------------------
    def get(self, doc_id: int) -> IncomingRecord:
        with self.db.read() as session:
            return self._record(session, self._load(session, doc_id))

    def _filtered(self, query: Select[Any], flt: RegisterFilter) -> Select[Any]:
        if flt.year is not None:
            query = query.where(IncomingDocument.receive_year == flt.year)
        if flt.month is not None:
            query = query.where(extract("month", IncomingDocument.received_at) == flt.month)
        if flt.urgency is not None:
            query = query.where(IncomingDocument.urgency == flt.urgency.value)
        if flt.secrecy is not None:
            query = query.where(IncomingDocument.secrecy == flt.secrecy.value)
        if flt.work_group_id is not None:
            query = query.where(IncomingDocument.work_group_id == flt.work_group_id)
        if flt.cancelled is not None:
            query = query.where(IncomingDocument.cancelled.is_(flt.cancelled))
        terms = flt.search_terms()
        if terms:
            query = query.where(incoming_text_filter(self.db.dialect, terms, flt.year))
        return query

    def _ordered(self, query: Select[Any], flt: RegisterFilter) -> Select[Any]:
        number = [IncomingDocument.receive_year, IncomingDocument.receive_no]
        keys = [key.desc() if flt.descending else key.asc() for key in number]
        column = _SORT_COLUMNS.get(flt.sort)
        if column is not None:
            first = column.desc() if flt.descending else column.asc()
            if flt.sort is RegisterSort.WORK_GROUP:
                # Documents without a group come first (last when descending) on every backend:
                # SQLite puts NULL first by default, PostgreSQL last.
                first = first.nulls_last() if flt.descending else first.nulls_first()
            keys.insert(0, first)
        return query.order_by(*keys)

    def ids(self, flt: RegisterFilter) -> array[int]:
        """The ids of the documents that pass ``flt``, in display order (cheap: ints only)."""
        query = self._ordered(self._filtered(select(IncomingDocument.id), flt), flt)
        with self.db.read() as session:
            return fetch_ids(session, query)

    def count(self, flt: RegisterFilter) -> int:
        query = self._filtered(select(func.count()).select_from(IncomingDocument), flt)
        with self.db.read() as session:
            return int(session.scalar(query) or 0)

    def rows(self, ids: Sequence[int]) -> list[RegisterRow]:
        """Table rows for ``ids``, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        query = _row_columns().where(IncomingDocument.id.in_(list(ids)))
        with self.db.read() as session:
            by_id = {row[0]: _to_row(row) for row in session.execute(query)}
        return [by_id[i] for i in ids if i in by_id]

    def iter_rows(self, flt: RegisterFilter, batch: int = 2000) -> Iterator[RegisterRow]:
        """Every row passing ``flt`` in display order, fetched in batches (for exports)."""
        ids = self.ids(flt)
        for start in range(0, len(ids), batch):
            yield from self.rows(ids[start:start + batch])

    def list_rows(self, flt: RegisterFilter, limit: int | None = None) -> list[RegisterRow]:
        ids = self.ids(flt)
        return self.rows(ids[:limit] if limit else ids)

    def years(self) -> list[int]:
        """The BE years present in the register, newest first, always including this year."""
        with self.db.read() as session:
            years = set(session.scalars(select(IncomingDocument.receive_year).distinct()))
        years.add(be_year(self.clock().date()))
        return sorted(years, reverse=True)

    def find_duplicates(self, doc_no: str, sender: str = "", exclude_id: int | None = None,
                        ) -> list[RegisterRow]:
        """Documents already registered with the same number (typed any way) this year or
        last: the same circular often arrives twice, by e-mail and on paper."""
        folded = search_fold(doc_no)
        if len(folded) < 3:
            return []
        year = be_year(self.clock().date())
        query = select(IncomingDocument.id).where(
            IncomingDocument.doc_no_fold == folded,
            IncomingDocument.receive_year.in_([year, year - 1]),
            IncomingDocument.cancelled.is_(False),
        )
        if exclude_id is not None:
            query = query.where(IncomingDocument.id != exclude_id)
        with self.db.read() as session:
            ids = list(session.scalars(query.order_by(IncomingDocument.id.desc()).limit(10)))
        rows = self.rows(ids)
        wanted_sender = search_fold(sender)
        if wanted_sender:
            rows.sort(key=lambda row: search_fold(row.sender) != wanted_sender)
        return rows

    def attachment_path(self, attachment_id: int) -> tuple[Path, str]:
        """Where an attachment's bytes are, and its original file name."""
        with self.db.read() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFound(f"ไม่พบแฟ้มแนบรหัส {attachment_id}",
                               f"No attachment {attachment_id}")
            return self.store.path_for(attachment.sha256), attachment.filename

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _attachment(item: StoredFile, position: int, actor: Actor) -> Attachment:
        return Attachment(
            position=position, filename=item.filename, sha256=item.sha256, size=item.size,
            media_type=item.media_type, created_by=actor.id, created_at=utcnow(),
        )

    @staticmethod
    def _check_work_group(session: Session, group_id: int | None) -> None:
        if group_id is not None and session.get(WorkGroup, group_id) is None:
            raise InvalidInput(f"ไม่พบกลุ่มงานรหัส {group_id}", f"No work group {group_id}",
                               field="work_group_id")

    @staticmethod
    def _load(session: Session, doc_id: int) -> IncomingDocument:
        document = session.scalar(
            select(IncomingDocument)
            .options(selectinload(IncomingDocument.attachments))
            .where(IncomingDocument.id == doc_id)
        )
        if document is None:
            raise NotFound(f"ไม่พบหนังสือรับรหัส {doc_id}", f"No incoming document {doc_id}")
        return document

    @staticmethod
    def _duplicates(session: Session, document: IncomingDocument) -> tuple[int, ...]:
        if len(document.doc_no_fold) < 3:
            return ()
        return tuple(session.scalars(
            select(IncomingDocument.id).where(
                IncomingDocument.doc_no_fold == document.doc_no_fold,
                IncomingDocument.receive_year.in_(
                    [document.receive_year, document.receive_year - 1]),
                IncomingDocument.id != document.id,
                IncomingDocument.cancelled.is_(False),
            )
        ))

    @staticmethod
    def _record(session: Session, document: IncomingDocument,
                duplicates: tuple[int, ...] = ()) -> IncomingRecord:
        group = session.get(WorkGroup, document.work_group_id) if document.work_group_id else None
        creator = session.get(User, document.created_by)
        return IncomingRecord(
            id=document.id,
            receive_year=document.receive_year,
            receive_no=document.receive_no,
            received_at=document.received_at,
            received_at_reason=document.received_at_reason,
            sender=document.sender,
            sender_org_id=document.sender_org_id,
            doc_no=document.doc_no,
            doc_date=document.doc_date,
            to_text=document.to_text,
            subject=document.subject,
            urgency=Urgency(document.urgency),
            secrecy=Secrecy(document.secrecy),
            remarks=document.remarks,
            action_taken=document.action_taken,
            work_group_id=document.work_group_id,
            work_group_name=group.name if group else "",
            cancelled=document.cancelled,
            cancel_reason=document.cancel_reason,
            cancelled_at=document.cancelled_at,
            created_by=creator.display_name if creator else "",
            created_at=document.created_at,
            attachments=tuple(
                AttachmentInfo(a.id, a.filename, a.sha256, a.size, a.media_type)
                for a in document.attachments
            ),
            possible_duplicates=duplicates,
        )


def describe_receipt(record: IncomingRecord) -> str:
    """One line for messages and logs: "เลขรับ 1446/2569 รับ 6 มี.ค. 2569 16:57"."""
    return f"เลขรับ {record.receive_label} รับ {format_datetime_short(record.received_at)}"


def be_to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


__all__ = [
    "AttachmentInfo", "IncomingEdit", "IncomingInput", "IncomingRecord", "IncomingRegister",
    "RegisterFilter", "RegisterRow", "RegisterSort", "describe_receipt",
]
