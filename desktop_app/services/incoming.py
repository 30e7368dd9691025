"""The incoming register (ทะเบียนหนังสือรับ): receiving, editing, cancelling, finding.

Receive numbers run per calendar year (Buddhist era) from 1, gapless and never duplicated:
the number comes from a counter row incremented in the same transaction that stores the
document (``db.numbering``). The receive date decides the year. A cancelled document keeps
its number and stays in the register, marked ยกเลิก.

Every save follows the number-lock rule: everything slow happens before the write
transaction (checking the input, copying and hashing attachments into the store under
temporary names, looking the sender up in the directory); the transaction only allocates the
number and inserts; the copies are put in place after the commit. A failed save leaves no
file behind and uses no number.

Reads (the register's list, search, one record) go through ``db.incoming_reads`` on the
plain DB-API connection: listing never imports SQLAlchemy, and never writes.
"""

from __future__ import annotations

import datetime as dt
import logging
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.db import incoming_reads
from desktop_app.db.engine import Database
from desktop_app.domain.clock import Clock, local_now
from desktop_app.domain.doc_numbers import doc_no_fold
from desktop_app.domain.errors import Conflict, EnvironmentProblem, InvalidInput, NotFound
from desktop_app.domain.incoming import (
    INCOMING_SERIES,
    RECEIVE_CLOCK_SKEW,
    AttachmentInfo,
    IncomingEdit,
    IncomingFilter,
    IncomingInput,
    IncomingRecord,
    IncomingRow,
    check_doc_date,
    check_received_at,
    search_text_for,
)
from desktop_app.domain.records import required_reason
from desktop_app.domain.search_terms import SearchReport
from desktop_app.domain.thai_dates import be_year
from desktop_app.domain.thai_text import search_fold, thai_sort_key
from desktop_app.domain.users import Actor
from desktop_app.services.attachments import AttachmentStore, StagedFile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.models import Attachment, IncomingDocument
    from desktop_app.services.directory import DirectoryService

log = logging.getLogger(__name__)
DUPLICATE_MIN_LENGTH = 3  # a folded document number shorter than this says nothing


def derive_columns(document: IncomingDocument) -> None:
    """Recompute the search and sort columns after any change to a document's text."""
    document.doc_no_fold = doc_no_fold(document.doc_no)
    document.sender_sort = thai_sort_key(document.sender)[:400]
    document.subject_sort = thai_sort_key(document.subject)[:400]
    document.search_text = search_text_for(
        document.receive_no,
        document.receive_year,
        document.doc_no,
        document.subject,
        document.sender,
        document.to_text,
        document.remarks,
        document.action_taken,
    )


def _place(staged: Sequence[StagedFile]) -> None:
    """Put committed copies in place; the record is saved whatever happens here."""
    for item in staged:
        try:
            item.commit()
        except EnvironmentProblem:
            # The copy stays under its staging name; re-attaching the file puts it in place.
            log.exception("attachment %s could not be put in place", item.stored.sha256)


def _discard(staged: Sequence[StagedFile]) -> None:
    for item in staged:
        item.discard()


class IncomingRegister:
    def __init__(
        self,
        db: Database,
        directory: DirectoryService,
        store: Callable[[], AttachmentStore],
        clock: Clock = local_now,
        time_tolerance: dt.timedelta = RECEIVE_CLOCK_SKEW,
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
        """Clean and check the input (``IncomingInput.cleaned``: text cleaned, lengths
        limited) and its attachments; raise ``InvalidInput`` naming the field at fault."""
        cleaned = data.cleaned()
        for path in cleaned.attachments:
            AttachmentStore.check_source(Path(path))
        return cleaned

    def _sender_org_id(self, sender: str) -> int | None:
        return self.directory.organisation_id(sender)

    def receive(self, data: IncomingInput, actor: Actor) -> IncomingRecord:
        """Register a document: allocate its receive number and store it with its files.

        Refused (``InvalidInput``, nothing written, no number used): text the cleaning
        refuses (``IncomingInput.cleaned``); a receive time more than ``time_tolerance``
        ahead of the clock (``check_received_at``); one differing from now by more than that
        without a reason; a letter dated after its receipt or long before it unless
        ``confirm_dates`` (``UnconfirmedDates``, ``check_doc_date``). ``EnvironmentProblem``:
        locked or full database, disk full while copying (nothing written, no number used).
        """
        data = self.validate(data)
        now = self.clock()
        received_at = (data.received_at or now).replace(microsecond=0)
        if received_at.tzinfo is not None:
            received_at = received_at.astimezone().replace(tzinfo=None)
        check_received_at(received_at, now, self.time_tolerance)
        check_doc_date(data.doc_date, received_at.date(), confirmed=data.confirm_dates)
        reason = data.received_at_reason
        changed_time = abs(received_at - now) > self.time_tolerance
        if changed_time and not reason:
            raise InvalidInput(
                "เวลารับที่กรอกต่างจากเวลาปัจจุบัน กรุณาระบุเหตุผล",
                "The receive time differs from now; give a reason",
                field="received_at_reason",
            )
        year = be_year(received_at.date())
        self._check_work_group(data.work_group_id)
        sender_org_id = self._sender_org_id(data.sender)
        staged = [self.store.stage(Path(path)) for path in data.attachments]
        try:
            saved = self._insert(
                data, actor, year, received_at, now, reason, changed_time, sender_org_id, staged
            )
        except BaseException:
            _discard(staged)
            raise
        # The number is issued: from here on nothing is reported as a failure.
        _place(staged)
        try:
            return self._saved_record(saved.id)
        except Exception:
            log.exception("receive no. %s saved; reading it back failed", saved.receive_label)
            return saved

    def _insert(
        self,
        data: IncomingInput,
        actor: Actor,
        year: int,
        received_at: dt.datetime,
        now: dt.datetime,
        reason: str,
        changed_time: bool,
        sender_org_id: int | None,
        staged: Sequence[StagedFile],
    ) -> IncomingRecord:
        """The write transaction: the number, the row, its attachments, the audit line.
        Returns the record as saved (what the clerk is told even if reading it back fails)."""
        from desktop_app.db.models import IncomingDocument, utcnow
        from desktop_app.db.numbering import allocate_number
        from desktop_app.services import audit

        with self.db.write() as session:
            number = allocate_number(session, INCOMING_SERIES, year)
            document = IncomingDocument(
                receive_year=year,
                receive_no=number,
                received_at=received_at,
                received_at_reason=reason if changed_time else "",
                sender_org_id=sender_org_id,
                sender=data.sender,
                doc_no=data.doc_no,
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
            document.attachments = [
                self._attachment(item, index, actor) for index, item in enumerate(staged)
            ]
            session.add(document)
            session.flush()
            details: dict[str, Any] = {"receive_no": number, "receive_year": year}
            if changed_time:
                details.update(received_at=received_at, clock=now, reason=reason)
            audit.record(session, actor, "incoming.receive", "incoming", document.id, details)
            return IncomingRecord(
                id=document.id,
                receive_year=year,
                receive_no=number,
                received_at=received_at,
                received_at_reason=document.received_at_reason,
                sender=data.sender,
                sender_org_id=sender_org_id,
                doc_no=data.doc_no,
                doc_date=data.doc_date,
                to_text=data.to_text,
                subject=data.subject,
                urgency=data.urgency,
                secrecy=data.secrecy,
                remarks=data.remarks,
                action_taken=data.action_taken,
                work_group_id=data.work_group_id,
                work_group_name="",
                cancelled=False,
                cancel_reason="",
                cancelled_at=None,
                created_by=actor.display_name,
                created_at=document.created_at,
                attachments=tuple(
                    AttachmentInfo(a.id, a.filename, a.sha256, a.size, a.media_type)
                    for a in document.attachments
                ),
            )

    def update(self, doc_id: int, edit: IncomingEdit, actor: Actor) -> IncomingRecord:
        """Change a registered document; every change is kept in the audit trail.

        The text is cleaned before the write transaction (``IncomingEdit.cleaned``); a new
        receive time must not lie in the future nor leave its numbering year, and a changed
        letter or receive date is checked as ``receive`` checks it (``confirm_dates``).
        Raises ``InvalidInput`` (nothing written), ``Conflict`` (cancelled), ``NotFound``.
        """
        edit = edit.cleaned()
        for path in edit.add_attachments:
            AttachmentStore.check_source(Path(path))
        if not edit.clear_work_group:
            self._check_work_group(edit.work_group_id)
        sender_org_id = self._sender_org_id(edit.sender) if edit.sender is not None else None
        staged = [self.store.stage(Path(path)) for path in edit.add_attachments]
        try:
            self._apply_edit(doc_id, edit, actor, sender_org_id, staged)
        except BaseException:
            _discard(staged)
            raise
        _place(staged)
        return self._saved_record(doc_id)

    def _apply_edit(
        self,
        doc_id: int,
        edit: IncomingEdit,
        actor: Actor,
        sender_org_id: int | None,
        staged: Sequence[StagedFile],
    ) -> None:
        from desktop_app.db.models import utcnow
        from desktop_app.services import audit

        with self.db.write() as session:
            document = self._load(session, doc_id)
            if document.cancelled:
                raise Conflict(
                    f"เลขรับ {document.receive_no}/{document.receive_year} ถูกยกเลิกแล้ว แก้ไขไม่ได้",
                    f"Receive no. {document.receive_no}/{document.receive_year} is cancelled",
                )
            new: dict[str, Any] = {}
            for name in ("sender", "doc_no", "subject", "to_text", "remarks", "action_taken"):
                if getattr(edit, name) is not None:  # cleaned by update()
                    new[name] = getattr(edit, name)
            if edit.doc_date is not None:
                new["doc_date"] = edit.doc_date
            if edit.urgency is not None:
                new["urgency"] = edit.urgency.value
            if edit.secrecy is not None:
                new["secrecy"] = edit.secrecy.value
            if edit.clear_work_group:
                new["work_group_id"] = None
            elif edit.work_group_id is not None:
                new["work_group_id"] = edit.work_group_id
            if edit.received_at is not None:
                received_at = edit.received_at.replace(microsecond=0)
                if received_at != document.received_at:
                    check_received_at(received_at, self.clock(), self.time_tolerance)
                    if be_year(received_at.date()) != document.receive_year:
                        raise InvalidInput(
                            f"เลขรับ {document.receive_no}/{document.receive_year} เป็นของปี "
                            f"{document.receive_year} จึงเปลี่ยนวันที่รับไปปีอื่นไม่ได้ "
                            "(ยกเลิกแล้วลงรับใหม่แทน)",
                            f"Receive no. {document.receive_no}/{document.receive_year} belongs "
                            f"to {document.receive_year}; cancel and register again instead",
                            field="received_at",
                        )
                    reason = edit.received_at_reason  # cleaned by update()
                    if not reason:
                        raise InvalidInput(
                            "การแก้วันเวลารับต้องระบุเหตุผล",
                            "Changing the receive time needs a reason",
                            field="received_at_reason",
                        )
                    new["received_at"] = received_at
                    new["received_at_reason"] = reason
            doc_date = new.get("doc_date", document.doc_date)
            received_at = new.get("received_at", document.received_at)
            if doc_date != document.doc_date or received_at != document.received_at:
                check_doc_date(doc_date, received_at.date(), confirmed=edit.confirm_dates)
            before = {key: getattr(document, key) for key in new}
            diff = audit.changes(before, new)
            for key, value in new.items():
                setattr(document, key, value)
            if "sender" in new:
                document.sender_org_id = sender_org_id
            removed = []
            for attachment in list(document.attachments):
                if attachment.id in set(edit.remove_attachment_ids):
                    removed.append(attachment.filename)
                    document.attachments.remove(attachment)
            start = len(document.attachments)
            for offset, item in enumerate(staged):
                document.attachments.append(self._attachment(item, start + offset, actor))
            if staged:
                diff["attachments_added"] = [item.stored.filename for item in staged]
            if removed:
                diff["attachments_removed"] = removed
            if diff:
                derive_columns(document)
                document.updated_at = utcnow()
                document.updated_by = actor.id
                session.flush()
                audit.record(session, actor, "incoming.update", "incoming", document.id, diff)

    def cancel(self, doc_id: int, reason: str, actor: Actor) -> IncomingRecord:
        """Cancel (ยกเลิก): the number stays in the register, marked, never reused."""
        from desktop_app.db.models import utcnow
        from desktop_app.services import audit

        reason = required_reason(reason)
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
            audit.record(
                session, actor, "incoming.cancel", "incoming", document.id, {"reason": reason}
            )
        return self.get(doc_id)

    # -- reading -----------------------------------------------------------------------
    def get(self, doc_id: int) -> IncomingRecord:
        """One document in full. Raises ``NotFound``."""
        with self.db.reading() as reader:
            record = incoming_reads.incoming_record(reader, doc_id)
        if record is None:
            raise NotFound(f"ไม่พบหนังสือรับรหัส {doc_id}", f"No incoming document {doc_id}")
        return record

    def _saved_record(self, doc_id: int) -> IncomingRecord:
        """The record just saved, with the ids of earlier documents bearing its number."""
        with self.db.reading() as reader:
            record = incoming_reads.incoming_record(reader, doc_id)
            if record is None:  # committed a moment ago: only a bug can get here
                raise NotFound(f"ไม่พบหนังสือรับรหัส {doc_id}", f"No incoming document {doc_id}")
            folded = doc_no_fold(record.doc_no)
            duplicates: tuple[int, ...] = ()
            if len(folded) >= DUPLICATE_MIN_LENGTH and not record.cancelled:
                duplicates = tuple(
                    sorted(
                        incoming_reads.same_document_number(
                            reader,
                            folded,
                            [record.receive_year, record.receive_year - 1],
                            exclude_id=doc_id,
                            limit=1000,
                        )
                    )
                )
        return replace(record, possible_duplicates=duplicates)

    def ids(self, flt: IncomingFilter) -> array[int]:
        """The ids of the documents that pass ``flt``, in display order (cheap: ints only)."""
        with self.db.reading() as reader:
            return incoming_reads.incoming_ids(reader, flt)

    def ids_and_rows(self, flt: IncomingFilter, first: int) -> tuple[array[int], list[IncomingRow]]:
        """``ids(flt)`` and the rows of the first ``first`` of them, from one snapshot (what
        the register shows first)."""
        with self.db.reading() as reader:
            ids = incoming_reads.incoming_ids(reader, flt)
            return ids, incoming_reads.incoming_rows(reader, list(ids[:first]))

    def find(
        self, flt: IncomingFilter, first: int
    ) -> tuple[array[int], list[IncomingRow], SearchReport]:
        """``ids_and_rows`` and what the search did (exact and near matches, where short
        terms were looked for; ``SearchReport``): what the register page shows and says."""
        with self.db.reading() as reader:
            ids, report = incoming_reads.find(reader, flt)
            return ids, incoming_reads.incoming_rows(reader, list(ids[:first])), report

    def count(self, flt: IncomingFilter) -> int:
        """How many documents ``ids(flt)`` gives."""
        with self.db.reading() as reader:
            return incoming_reads.incoming_count(reader, flt)

    def rows(self, ids: Sequence[int]) -> list[IncomingRow]:
        """Table rows for ``ids``, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        with self.db.reading() as reader:
            return incoming_reads.incoming_rows(reader, ids)

    def iter_rows(self, flt: IncomingFilter, batch: int = 2000) -> Iterator[IncomingRow]:
        """Every row passing ``flt`` in display order, fetched in batches (for exports)."""
        ids = self.ids(flt)
        for start in range(0, len(ids), batch):
            yield from self.rows(ids[start : start + batch])

    def list_rows(self, flt: IncomingFilter, limit: int | None = None) -> list[IncomingRow]:
        with self.db.reading() as reader:
            ids = incoming_reads.incoming_ids(reader, flt)
            return incoming_reads.incoming_rows(reader, list(ids[:limit] if limit else ids))

    def years(self) -> list[int]:
        """The BE years present in the register, newest first, always including this year."""
        with self.db.reading() as reader:
            years = incoming_reads.incoming_years(reader)
        years.add(be_year(self.clock().date()))
        return sorted(years, reverse=True)

    def find_duplicates(
        self,
        doc_no: str,
        sender: str = "",
        exclude_id: int | None = None,
    ) -> list[IncomingRow]:
        """Documents already registered with the same number (typed any way, with or
        without its label: ``doc_no_fold``) this year or last: the same circular often
        arrives twice, by e-mail and on paper."""
        folded = doc_no_fold(doc_no)
        if len(folded) < DUPLICATE_MIN_LENGTH:
            return []
        year = be_year(self.clock().date())
        with self.db.reading() as reader:
            ids = incoming_reads.same_document_number(
                reader, folded, [year, year - 1], exclude_id=exclude_id
            )
            rows = incoming_reads.incoming_rows(reader, ids)
        wanted_sender = search_fold(sender)
        if wanted_sender:
            rows.sort(key=lambda row: search_fold(row.sender) != wanted_sender)
        return rows

    def attachment_path(self, attachment_id: int) -> tuple[Path, str]:
        """Where an attachment's bytes are, and its original file name."""
        with self.db.reading() as reader:
            found = reader.row(
                "SELECT sha256, filename FROM attachment WHERE id = ?", [attachment_id]
            )
        if found is None:
            raise NotFound(f"ไม่พบแฟ้มแนบรหัส {attachment_id}", f"No attachment {attachment_id}")
        return self.store.path_for(found[0]), found[1]

    def open_copy(self, attachment_id: int, folder: Path) -> Path:
        """A copy of an attachment under its original name in ``folder`` (to open in the
        system's viewer: the store's own file is never handed out)."""
        stored, filename = self.attachment_path(attachment_id)
        return self.store.export_copy(stored.name, filename, folder / stored.name[:16])

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _attachment(item: StagedFile, position: int, actor: Actor) -> Attachment:
        from desktop_app.db.models import Attachment, utcnow

        stored = item.stored
        return Attachment(
            position=position,
            filename=stored.filename,
            sha256=stored.sha256,
            size=stored.size,
            media_type=stored.media_type,
            created_by=actor.id,
            created_at=utcnow(),
        )

    def _check_work_group(self, group_id: int | None) -> None:
        if group_id is None:
            return
        with self.db.reading() as reader:
            found = reader.scalar("SELECT id FROM work_group WHERE id = ?", [group_id])
        if found is None:
            raise InvalidInput(
                f"ไม่พบกลุ่มงานรหัส {group_id}", f"No work group {group_id}", field="work_group_id"
            )

    @staticmethod
    def _load(session: Session, doc_id: int) -> IncomingDocument:
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from desktop_app.db.models import IncomingDocument

        document = session.scalar(
            select(IncomingDocument)
            .options(selectinload(IncomingDocument.attachments))
            .where(IncomingDocument.id == doc_id)
        )
        if document is None:
            raise NotFound(f"ไม่พบหนังสือรับรหัส {doc_id}", f"No incoming document {doc_id}")
        return document


__all__ = ["IncomingRegister", "derive_columns"]
