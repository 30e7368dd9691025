"""Acknowledgements (การตอบรับ), returns, reminders and the supervisor's dashboard.

Every issued letter has one tracking row per recipient (``letter_recipient``). This service
records what happens to those rows (sent, acknowledged by any channel or by the printed
code, returned, undone), reads them for a letter's detail, the dashboard, its matrix and the
overdue list, matches reply e-mails to them, and issues reminders (stamped letters numbered
in the outgoing register through ``OutgoingService.issue``).

Reads use plain SQL (``Database.reading``); each recording is one short write transaction
with an audit event per row, and nothing slow inside it. Every write leaves a new audit
event, so ``change_marker`` (the newest audit id) tells a dashboard on another workstation
that something changed without reloading anything.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.db.engine import Database, Reader
from desktop_app.db.incoming_reads import as_date, as_datetime
from desktop_app.domain.acks import (
    CELL_STATES,
    HISTOGRAM_CAP,
    AckChannel,
    Acknowledgement,
    AckState,
    BulkResult,
    CodeAcknowledged,
    Dashboard,
    DashboardFilter,
    DistrictFigures,
    LetterTracking,
    MailMatch,
    Matrix,
    MatrixLetter,
    MatrixRecipient,
    OverdueItem,
    RecipientFigures,
    SentVia,
    TrackingRow,
    recipient_kind_of,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.clock import Clock
from desktop_app.domain.directory import OrgKind
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.thai_text import search_fold, thai_sort_key
from desktop_app.domain.users import Actor
from desktop_app.services.ack_sql import AckSql

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.models import LetterRecipient
    from desktop_app.domain.mail import MailMessage
    from desktop_app.domain.outgoing import IssuedLetter
    from desktop_app.services.directory import DirectoryService
    from desktop_app.services.outgoing import OutgoingService
    from desktop_app.services.settings import SettingsService

log = logging.getLogger(__name__)

# A recorded time may be this far ahead of the clock (workstations' clocks differ).
CLOCK_SKEW = dt.timedelta(minutes=5)
# The matrix shows at most this many letters (the newest of the period).
MATRIX_LETTERS = 400
OTHERS_KEY = "#others"
CACHE_ENTRIES = 64

_ROW_SQL = (
    "SELECT r.id, r.letter_id, r.position, r.organisation_id, r.name, r.code, r.ack_code, "
    "r.sent_at, r.sent_via, r.due_date, r.acknowledged_at, r.acknowledged_by, r.ack_channel, "
    "r.their_receive_no, r.their_receive_date, r.ack_note, COALESCE(u.display_name, ''), "
    "r.recorded_at, r.returned_at, r.returned_reason, r.reminded_count, COALESCE(m.doc_no, '') "
    "FROM letter_recipient r LEFT JOIN user_account u ON u.id = r.recorded_by "
    "LEFT JOIN outgoing_letter m ON m.id = r.last_reminder_id "
)


def _opt_date(value: Any) -> dt.date | None:
    return None if value is None else as_date(value)


def _opt_datetime(value: Any) -> dt.datetime | None:
    return None if value is None else as_datetime(value)


def _tracking_row(values: Sequence[Any]) -> TrackingRow:
    (
        id_,
        letter_id,
        position,
        org_id,
        name,
        code,
        ack_code,
        sent_at,
        sent_via,
        due,
        ack_at,
        ack_by,
        channel,
        their_no,
        their_date,
        note,
        recorded_by,
        recorded_at,
        returned_at,
        returned_reason,
        reminded,
        reminder_no,
    ) = values
    return TrackingRow(
        id=int(id_),
        letter_id=int(letter_id),
        position=int(position),
        organisation_id=None if org_id is None else int(org_id),
        name=name,
        code=code,
        ack_code=ack_code,
        sent_at=_opt_datetime(sent_at),
        sent_via=sent_via or "",
        due_date=_opt_date(due),
        acknowledged_at=_opt_datetime(ack_at),
        acknowledged_by=ack_by or "",
        channel=channel or "",
        their_receive_no=their_no or "",
        their_receive_date=_opt_date(their_date),
        note=note or "",
        recorded_by=recorded_by or "",
        recorded_at=_opt_datetime(recorded_at),
        returned_at=_opt_datetime(returned_at),
        returned_reason=returned_reason or "",
        reminded_count=int(reminded or 0),
        last_reminder_no=reminder_no or "",
    )


class AcknowledgementService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        directory: DirectoryService,
        outgoing: OutgoingService,
        clock: Clock,
    ) -> None:
        self.db = db
        self.settings = settings
        self.directory = directory
        self.outgoing = outgoing
        self.clock = clock
        self._sql = AckSql(db.dialect)
        self._cache: dict[tuple[Any, ...], tuple[int, Any]] = {}
        self._cache_lock = threading.Lock()

    # -- reading one letter ---------------------------------------------------------------------
    def tracking(self, letter_id: int) -> LetterTracking:
        """The letter with every recipient's row. Raises ``NotFound``."""
        with self.db.reading() as reader:
            head = reader.row(
                "SELECT l.doc_no, l.letter_date, l.subject, l.urgency, l.cancelled, "
                "l.reminder_of_id, COALESCE(o.doc_no, '') FROM outgoing_letter l "
                "LEFT JOIN outgoing_letter o ON o.id = l.reminder_of_id WHERE l.id = ?",
                [letter_id],
            )
            if head is None:
                raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
            rows = reader.rows(_ROW_SQL + "WHERE r.letter_id = ? ORDER BY r.position", [letter_id])
            reminders = reader.rows(
                "SELECT id, doc_no FROM outgoing_letter WHERE reminder_of_id = ? ORDER BY id",
                [letter_id],
            )
        doc_no, letter_date, subject, urgency, cancelled, reminder_of, original_no = head
        return LetterTracking(
            letter_id=letter_id,
            doc_no=doc_no,
            letter_date=as_date(letter_date),
            subject=subject,
            urgency=Urgency.parse(urgency),
            cancelled=bool(cancelled),
            reminder_of=(int(reminder_of), original_no) if reminder_of is not None else None,
            reminders=tuple((int(i), str(n)) for i, n in reminders),
            rows=tuple(_tracking_row(row) for row in rows),
        )

    def row(self, row_id: int) -> TrackingRow:
        with self.db.reading() as reader:
            found = reader.row(_ROW_SQL + "WHERE r.id = ?", [row_id])
        if found is None:
            raise NotFound(f"ไม่พบรายการผู้รับรหัส {row_id}", f"No recipient row {row_id}")
        return _tracking_row(found)

    def row_for_recipient(self, letter_id: int, recipient: str) -> TrackingRow:
        """The row of ``recipient`` (its directory code, as ``forward`` takes it, or its name)
        on the letter. Raises ``NotFound``."""
        from desktop_app.db.incoming_reads import abbreviations

        wanted = search_fold(recipient)
        # Digits of either kind, spacing and case aside; "ทม.แม่ฮ่องสอน" for
        # "เทศบาลเมืองแม่ฮ่องสอน" (the abbreviations every search box knows).
        spellings = set(abbreviations().spellings(wanted)) if wanted else set()
        letter = self.tracking(letter_id)
        for row in letter.rows:
            if spellings & {search_fold(row.code or ""), search_fold(row.name)}:
                return row
        sent_to = ", ".join(row.code or row.name for row in letter.rows[:6])
        more = " …" if len(letter.rows) > 6 else ""
        raise NotFound(
            f"หนังสือที่ {letter.doc_no} ไม่ได้ส่งถึง “{recipient}” (ส่งถึง {sent_to}{more})",
            f"Letter {letter.doc_no} was not sent to “{recipient}” (sent to {sent_to}{more})",
        )

    def row_for_code(self, code_text: str) -> TrackingRow:
        """The row whose printed acknowledgement code this is (typed, scanned, any case).
        Raises ``InvalidInput`` for something that is not a code, ``NotFound`` for a valid
        code no letter carries."""
        from desktop_app.domain.ack_codes import format_code, normalise_code

        code = normalise_code(code_text)
        if code is None:
            raise InvalidInput(
                f"“{code_text.strip()}” ไม่ใช่รหัสตอบรับ (ตรวจตัวอักษรอีกครั้ง)",
                f"“{code_text.strip()}” is not an acknowledgement code (check the characters)",
                field="code",
            )
        with self.db.reading() as reader:
            found = reader.row(_ROW_SQL + "WHERE r.ack_code = ?", [code])
        if found is None:
            raise NotFound(
                f"ไม่พบหนังสือที่มีรหัสตอบรับ {format_code(code)}",
                f"No letter carries the acknowledgement code {format_code(code)}",
            )
        return _tracking_row(found)

    # -- recording --------------------------------------------------------------------------------
    def _check_time(self, ack: Acknowledgement) -> Acknowledgement:
        ack = ack.cleaned()
        now = self.clock()
        if ack.at > now + CLOCK_SKEW:
            raise InvalidInput(
                "เวลาตอบรับอยู่ในอนาคต", "The acknowledgement time is in the future", field="at"
            )
        if ack.their_receive_date is not None and ack.their_receive_date > now.date():
            raise InvalidInput(
                "วันที่รับของผู้รับอยู่ในอนาคต",
                "The recipient's receive date is in the future",
                field="their_receive_date",
            )
        return ack

    def acknowledge(self, row_ids: Iterable[int], ack: Acknowledgement, actor: Actor) -> BulkResult:
        """Record that these recipients acknowledged (one or many rows, e.g. every ticked
        recipient of a letter). Rows already acknowledged are skipped and listed, not changed.

        Raises ``NotFound``, ``Conflict`` (a cancelled letter), ``InvalidInput`` (a time in the
        future, or before the letter was issued: nothing is written then)."""
        ack = self._check_time(ack)
        ids = list(dict.fromkeys(int(i) for i in row_ids))
        if not ids:
            raise InvalidInput("ยังไม่ได้เลือกผู้รับ", "No recipients chosen", field="recipients")
        recorded: list[int] = []
        skipped: list[int] = []
        with self.db.write() as session:
            for row_id in ids:
                row = self._row_for_update(session, row_id)
                if row.acknowledged_at is not None:
                    skipped.append(row_id)
                    continue
                self._set_acknowledged(session, row, ack, actor)
                recorded.append(row_id)
        return BulkResult(tuple(recorded), tuple(skipped))

    def acknowledge_all(self, letter_id: int, ack: Acknowledgement, actor: Actor) -> BulkResult:
        """Every pending recipient of the letter acknowledged alike ("all acknowledged through
        e-saraban on date X", a signed delivery sheet recorded in one step)."""
        letter = self.tracking(letter_id)
        pending = [row.id for row in letter.pending()]
        if not pending:
            raise Conflict(
                f"ผู้รับหนังสือที่ {letter.doc_no} ตอบรับครบแล้ว",
                f"Every recipient of {letter.doc_no} has acknowledged already",
            )
        return self.acknowledge(pending, ack, actor)

    def acknowledge_code(
        self, code_text: str, actor: Actor, ack: Acknowledgement | None = None
    ) -> CodeAcknowledged:
        """Record by the printed code (typed or scanned): now, through the code channel,
        unless ``ack`` says otherwise. A code recorded before changes nothing (``already``)."""
        row = self.row_for_code(code_text)
        ack = ack or Acknowledgement(at=self.clock(), channel=AckChannel.CODE)
        already = row.acknowledged_at is not None
        if not already:
            self.acknowledge([row.id], ack, actor)
        with self.db.reading() as reader:
            head = reader.row(
                "SELECT doc_no, subject FROM outgoing_letter WHERE id = ?", [row.letter_id]
            )
        assert head is not None
        return CodeAcknowledged(self.row(row.id), head[0], head[1], already)

    def mark_returned(
        self, row_id: int, reason: str, actor: Actor, *, at: dt.datetime | None = None
    ) -> TrackingRow:
        """The letter came back undelivered (ตีกลับ), with why. Raises ``InvalidInput`` without
        a reason, ``Conflict`` if the recipient acknowledged it."""
        from desktop_app.domain.records import required_reason
        from desktop_app.services import audit

        reason = required_reason(reason)
        when = (at or self.clock()).replace(microsecond=0)
        if when > self.clock() + CLOCK_SKEW:
            raise InvalidInput("เวลาอยู่ในอนาคต", "The time is in the future", field="at")
        with self.db.write() as session:
            row = self._row_for_update(session, row_id)
            if row.acknowledged_at is not None:
                raise Conflict(
                    f"{row.name} ตอบรับแล้ว บันทึกว่าตีกลับไม่ได้ (ยกเลิกการตอบรับก่อน)",
                    f"{row.name} has acknowledged it; undo that first",
                )
            row.returned_at = when
            row.returned_reason = reason
            row.recorded_by = actor.id
            row.recorded_at = _utcnow()
            audit.record(
                session,
                actor,
                "ack.returned",
                "letter_recipient",
                row.id,
                {"letter_id": row.letter_id, "at": when.isoformat(), "reason": reason},
            )
        return self.row(row_id)

    def undo(self, row_id: int, actor: Actor) -> TrackingRow:
        """Undo the row's acknowledgement (and the ones it carried over to the linked original
        or reminder) or its return; the audit trail keeps what was undone, by whom and when.
        Raises ``Conflict`` when there is nothing to undo."""
        from desktop_app.services import audit

        with self.db.write() as session:
            row = self._row_for_update(session, row_id)
            if row.acknowledged_at is not None:
                before = _ack_values(row)
                recorded = (row.acknowledged_at, row.ack_channel)
                for linked in [row, *self._linked(session, row)]:
                    if (linked.acknowledged_at, linked.ack_channel) != recorded:
                        continue  # acknowledged on its own: not part of this record
                    _clear_ack(linked)
                    linked.recorded_by = actor.id
                    linked.recorded_at = _utcnow()
                    audit.record(
                        session,
                        actor,
                        "ack.undo",
                        "letter_recipient",
                        linked.id,
                        {"letter_id": linked.letter_id, "undone": before},
                    )
            elif row.returned_at is not None:
                before = {
                    "returned_at": row.returned_at.isoformat(),
                    "reason": row.returned_reason,
                }
                row.returned_at = None
                row.returned_reason = ""
                row.recorded_by = actor.id
                row.recorded_at = _utcnow()
                audit.record(
                    session,
                    actor,
                    "ack.undo_returned",
                    "letter_recipient",
                    row.id,
                    {"letter_id": row.letter_id, "undone": before},
                )
            else:
                raise Conflict(
                    f"{row.name} ยังไม่มีการตอบรับหรือตีกลับให้ยกเลิก",
                    f"{row.name} has no acknowledgement or return to undo",
                )
        return self.row(row_id)

    def mark_sent(
        self, row_ids: Iterable[int], via: SentVia, actor: Actor, *, at: dt.datetime | None = None
    ) -> int:
        """Record when and how these recipients' copies were sent. Returns rows changed."""
        from desktop_app.services import audit

        when = (at or self.clock()).replace(microsecond=0)
        if when > self.clock() + CLOCK_SKEW:
            raise InvalidInput("เวลาส่งอยู่ในอนาคต", "The sending time is in the future", field="at")
        changed = 0
        with self.db.write() as session:
            for row_id in dict.fromkeys(row_ids):
                row = self._row_for_update(session, row_id)
                row.sent_at = when
                row.sent_via = via.value
                audit.record(
                    session,
                    actor,
                    "ack.sent",
                    "letter_recipient",
                    row.id,
                    {"letter_id": row.letter_id, "via": via.value, "at": when.isoformat()},
                )
                changed += 1
        return changed

    def _row_for_update(self, session: Session, row_id: int) -> LetterRecipient:
        from desktop_app.db.models import LetterRecipient, OutgoingLetter

        row = session.get(LetterRecipient, row_id)
        if row is None:
            raise NotFound(f"ไม่พบรายการผู้รับรหัส {row_id}", f"No recipient row {row_id}")
        letter = session.get(OutgoingLetter, row.letter_id)
        if letter is not None and letter.cancelled:
            raise Conflict(
                f"หนังสือที่ {letter.doc_no} ถูกยกเลิกแล้ว", f"Letter {letter.doc_no} is cancelled"
            )
        return row

    def _set_acknowledged(
        self, session: Session, row: LetterRecipient, ack: Acknowledgement, actor: Actor
    ) -> None:
        from desktop_app.db.models import OutgoingLetter
        from desktop_app.services import audit

        letter = session.get(OutgoingLetter, row.letter_id)
        if letter is not None and (
            ack.at.date() < letter.letter_date or ack.at < letter.issued_at - CLOCK_SKEW
        ):
            issued = letter.issued_at
            raise InvalidInput(
                f"เวลาตอบรับก่อนหนังสือที่ {letter.doc_no} ออก "
                f"({issued:%d/%m}/{issued.year + 543} {issued:%H:%M} น.)",
                f"The acknowledgement is dated before letter {letter.doc_no} was issued "
                f"({issued:%Y-%m-%d %H:%M})",
                field="at",
            )
        if (
            letter is not None
            and ack.their_receive_date is not None
            and ack.their_receive_date < letter.letter_date
        ):
            raise InvalidInput(
                f"วันที่รับของผู้รับก่อนวันที่ของหนังสือที่ {letter.doc_no}",
                f"The recipient's receive date is before letter {letter.doc_no}",
                field="their_receive_date",
            )
        for target in [row, *self._linked(session, row)]:
            if target.acknowledged_at is not None:
                continue
            target.acknowledged_at = ack.at
            target.ack_channel = ack.channel.value
            target.acknowledged_by = ack.by
            target.their_receive_no = ack.their_receive_no
            target.their_receive_date = ack.their_receive_date
            target.ack_note = ack.note if target is row else f"{ack.note} (ตามหนังสือเชื่อมโยง)".strip()
            target.recorded_by = actor.id
            target.recorded_at = _utcnow()
            audit.record(
                session,
                actor,
                "ack.record",
                "letter_recipient",
                target.id,
                {"letter_id": target.letter_id, **_ack_values(target)},
            )

    def _linked(self, session: Session, row: LetterRecipient) -> list[LetterRecipient]:
        """The same recipient's rows on the letter this one's letter reminds of, and on the
        reminders of it: acknowledging a reminder acknowledges what it chased and back."""
        from sqlalchemy import or_, select

        from desktop_app.db.models import LetterRecipient, OutgoingLetter

        letter = session.get(OutgoingLetter, row.letter_id)
        if letter is None:
            return []
        root = letter.reminder_of_id or letter.id
        family = select(OutgoingLetter.id).where(
            or_(OutgoingLetter.id == root, OutgoingLetter.reminder_of_id == root)
        )
        same = (
            LetterRecipient.organisation_id == row.organisation_id
            if row.organisation_id is not None
            else LetterRecipient.name == row.name
        )
        return list(
            session.scalars(
                select(LetterRecipient).where(
                    LetterRecipient.letter_id.in_(family),
                    LetterRecipient.id != row.id,
                    same,
                )
            )
        )

    # -- e-mail -----------------------------------------------------------------------------------
    def match_mail(self, paths: Sequence[Path]) -> list[MailMatch]:
        """Read reply e-mails (.eml or .mbox) and match each to tracking rows: by every
        acknowledgement code found in the subject, body or attachment names; failing that, by
        the sender's address against the directory's official e-mails (a single pending row of
        that organisation, or the one whose letter number the message mentions). Nothing is
        recorded here (``record_mail`` does, after the clerk confirmed).

        Raises ``InvalidInput`` for a file that is not e-mail."""
        from desktop_app.domain.mail import read_messages

        emails = self.directory.official_emails()
        matches: list[MailMatch] = []
        for path in paths:
            try:
                messages = read_messages(Path(path))
            except InvalidInput as error:  # one unreadable file never hides the others
                matches.append(
                    MailMatch(
                        source=Path(path).name,
                        sender="",
                        subject="",
                        date=None,
                        row=None,
                        doc_no="",
                        how="",
                        already=False,
                        problem=error.message_th,
                        problem_en=error.message_en,
                    )
                )
                continue
            for message in messages:
                matches.extend(self._match_one(message, emails))
        return matches

    def _match_one(self, message: MailMessage, emails: dict[str, list[int]]) -> list[MailMatch]:
        from desktop_app.domain.ack_codes import find_codes

        text = "\n".join([message.subject, message.body, *message.attachment_names])
        found: list[MailMatch] = []
        for code in find_codes(text):
            try:
                row = self.row_for_code(code)
            except InvalidInput:
                continue
            found.append(self._mail_match(message, row, "code"))
        if found:
            return found
        org_ids = emails.get(message.sender.lower(), [])
        if not org_ids:
            return [
                _no_match(
                    message,
                    "ไม่พบรหัสตอบรับ และที่อยู่ผู้ส่งไม่ตรงกับอีเมลของหน่วยงานใดในทำเนียบ",
                    "No acknowledgement code, and the sender is no organisation's e-mail",
                )
            ]
        marks = ",".join("?" for _ in org_ids)
        with self.db.reading() as reader:
            rows = [
                _tracking_row(values)
                for values in reader.rows(
                    _ROW_SQL + "JOIN outgoing_letter l ON l.id = r.letter_id "
                    f"WHERE r.organisation_id IN ({marks}) AND r.acknowledged_at IS NULL "
                    "AND l.cancelled = ? ORDER BY l.letter_date, r.id",
                    [*org_ids, self._sql.param(False)],
                )
            ]
            numbers = dict(
                reader.rows(
                    f"SELECT id, doc_no FROM outgoing_letter WHERE id IN "
                    f"({','.join('?' for _ in rows) or 'NULL'})",
                    [row.letter_id for row in rows],
                )
            )
        if not rows:
            return [
                _no_match(
                    message,
                    "หน่วยงานผู้ส่งไม่มีหนังสือค้างตอบรับ",
                    "The sender's organisation has no letter pending",
                )
            ]
        if len(rows) > 1:
            folded = _fold_digits(text)
            rows = [row for row in rows if _names_number(folded, numbers[row.letter_id])]
            if len(rows) != 1:
                return [
                    _no_match(
                        message,
                        "หน่วยงานผู้ส่งมีหนังสือค้างตอบรับหลายฉบับ และข้อความไม่ระบุเลขที่หนังสือ",
                        "The sender has several letters pending and the message names none",
                    )
                ]
        return [self._mail_match(message, rows[0], "sender")]

    def _mail_match(self, message: MailMessage, row: TrackingRow, how: str) -> MailMatch:
        with self.db.reading() as reader:
            doc_no = reader.scalar(
                "SELECT doc_no FROM outgoing_letter WHERE id = ?", [row.letter_id]
            )
        return MailMatch(
            source=message.source,
            sender=message.sender,
            subject=message.subject,
            date=message.date,
            row=row,
            doc_no=str(doc_no or ""),
            how=how,
            already=row.acknowledged_at is not None,
            sender_name=message.sender_name,
        )

    def record_mail(self, matches: Sequence[MailMatch], actor: Actor) -> BulkResult:
        """Record the confirmed matches: each row acknowledged by e-mail at the message's date
        (now if it had none, or if it is ahead of the clock), by the sender's name. Rows
        already acknowledged are skipped; a match that cannot be recorded (a message dated
        before the letter, a cancelled letter) is refused on its own and listed in
        ``refused``, so one such reply never stops or hides the others."""
        recorded: list[int] = []
        skipped: list[int] = []
        refused: list[tuple[str, str, str]] = []
        for match in matches:
            if match.row is None:
                continue
            at = min(match.date or self.clock(), self.clock())
            ack = Acknowledgement(
                at=at,
                channel=AckChannel.EMAIL,
                by=match.sender_name or match.sender,
                note=f"อีเมล {match.source} ({match.sender})",
            )
            try:
                result = self.acknowledge([match.row.id], ack, actor)
            except InvalidInput as error:  # this message only (dated before the letter, ...)
                refused.append(
                    (
                        match.source,
                        f"{match.source}: {error.message_th}",
                        f"{match.source}: {error.message_en}",
                    )
                )
                continue
            recorded.extend(result.recorded)
            skipped.extend(result.skipped)
        return BulkResult(tuple(recorded), tuple(skipped), tuple(refused))

    def check_mail(self, matches: Sequence[MailMatch]) -> BulkResult:
        """What ``record_mail`` would do, writing nothing: the rows it would record, those
        already acknowledged, and the matches it would refuse with why (a message dated
        before the letter was issued)."""
        would: list[int] = []
        skipped: list[int] = []
        refused: list[tuple[str, str, str]] = []
        now = self.clock()
        with self.db.reading() as reader:
            for match in matches:
                if match.row is None:
                    continue
                if match.row.acknowledged_at is not None:
                    skipped.append(match.row.id)
                    continue
                found = reader.row(
                    "SELECT doc_no, letter_date, issued_at FROM outgoing_letter WHERE id = ?",
                    [match.row.letter_id],
                )
                assert found is not None
                doc_no, letter_date, issued_at = found
                at = min(match.date or now, now)
                issued = as_datetime(issued_at)
                if at.date() < as_date(letter_date) or at < issued - CLOCK_SKEW:
                    refused.append(
                        (
                            match.source,
                            f"{match.source}: เวลาตอบรับก่อนหนังสือที่ {doc_no} ออก",
                            f"{match.source}: dated before letter {doc_no} was issued",
                        )
                    )
                    continue
                would.append(match.row.id)
        return BulkResult(tuple(would), tuple(skipped), tuple(refused))

    # -- reminders --------------------------------------------------------------------------------
    def remind(
        self,
        letter_id: int,
        actor: Actor,
        *,
        row_ids: Iterable[int] | None = None,
        out: Path | None = None,
        again: bool = False,
    ) -> IssuedLetter:
        """Issue a stamped reminder (หนังสือประทับตรา) to exactly the recipients of the letter
        that have not acknowledged (or to those of ``row_ids`` still pending), citing its
        number and date, numbered in the outgoing register, linked to it; the original's rows
        record the reminder. Raises ``Conflict`` when nobody is pending, or when every one of
        them was already reminded today (a numbered letter is never sent twice by a slip;
        ``again`` says it is meant), ``NotFound``."""
        from desktop_app.domain.letters import RemindedLetter, reminder_letter
        from desktop_app.domain.outgoing import ForwardDraft
        from desktop_app.domain.routing import Recipient, ordered

        tracking = self.tracking(letter_id)
        if tracking.cancelled:
            raise Conflict(
                f"หนังสือที่ {tracking.doc_no} ถูกยกเลิกแล้ว", f"Letter {tracking.doc_no} is cancelled"
            )
        if tracking.reminder_of is not None:  # chase the original, never a reminder
            return self.remind(
                tracking.reminder_of[0],
                actor,
                row_ids=None if row_ids is None else self._rows_on_original(tracking, row_ids),
                out=out,
                again=again,
            )
        wanted = None if row_ids is None else set(row_ids)
        pending = [row for row in tracking.pending() if wanted is None or row.id in wanted]
        if not pending:
            raise Conflict(
                f"ผู้รับหนังสือที่ {tracking.doc_no} ตอบรับครบแล้ว ไม่ต้องเตือน",
                f"Every recipient of {tracking.doc_no} has acknowledged: nothing to remind",
            )
        if not again:
            self._refuse_second_reminder_today(tracking, pending)
        with self.db.reading() as reader:
            head = reader.row(
                "SELECT prefix, content, work_group_id, secrecy FROM outgoing_letter WHERE id = ?",
                [letter_id],
            )
        assert head is not None
        prefix, _content, work_group_id, secrecy = head
        original = self.outgoing.stored_letter(letter_id)
        known = {
            r.id: r
            for r in self.directory.recipients_by_id(
                row.organisation_id for row in pending if row.organisation_id is not None
            )
        }
        recipients = [
            known.get(row.organisation_id or -1)
            or Recipient(id=0, kind=OrgKind.AGENCY, name=row.name, code=row.code)
            for row in pending
        ]
        recipients = ordered(recipients) if all(r.id for r in recipients) else recipients
        # Issued in the office's name and wording of today; the work group that owned the
        # original owns the chase, with the contact lines the original printed.
        group = next(
            (g for g in self.settings.work_groups(include_inactive=True) if g.id == work_group_id),
            None,
        )
        office = self.settings.sending_office(group)
        sending = replace(
            office,
            owner_unit=original.owner_unit or office.owner_unit,
            phone=original.phone or office.phone,
            email=original.email or office.email,
        )
        today = self.clock().date()
        reply_by = self.settings.due_date(tracking.urgency.value, today)
        letter = reminder_letter(
            RemindedLetter(
                tracking.doc_no,
                tracking.letter_date,
                tracking.subject,
                tracking.urgency,
                original.secrecy,
            ),
            sending,
            self._to_line(recipients),
            reply_by=reply_by,
            digits=original.digits,
        )
        draft = ForwardDraft(
            incoming_id=None,
            recipients=tuple(recipients),
            letter=letter,
            circular=len(recipients) > 1,
            prefix=str(prefix),
            work_group_id=None if work_group_id is None else int(work_group_id),
            append_incoming_pdf=False,
            due_date=reply_by,
            reminder_of=letter_id,
        )
        del secrecy
        return self.outgoing.issue(draft, actor, out=out)

    def _refuse_second_reminder_today(
        self, tracking: LetterTracking, pending: Sequence[TrackingRow]
    ) -> None:
        ids = {row.last_reminder_no for row in pending}
        if "" in ids or not tracking.reminders:
            return  # someone has not been reminded yet
        today = self.clock().date()
        with self.db.reading() as reader:
            dates = reader.column(
                "SELECT letter_date FROM outgoing_letter WHERE reminder_of_id = ? "
                "AND cancelled = ? AND doc_no IN (" + ",".join("?" for _ in ids) + ")",
                [tracking.letter_id, self._sql.param(False), *sorted(ids)],
            )
        if dates and all(as_date(value) == today for value in dates):
            numbers = ", ".join(sorted(ids))
            raise Conflict(
                f"ผู้รับที่ยังไม่ตอบรับหนังสือที่ {tracking.doc_no} ได้รับหนังสือเตือนวันนี้แล้ว "
                f"(ที่ {numbers}) ถ้าตั้งใจเตือนซ้ำ ให้ยืนยันอีกครั้ง (saraban remind --again)",
                f"The pending recipients of {tracking.doc_no} were reminded today already "
                f"({numbers}); to remind them again, say it is meant (saraban remind --again)",
            )

    def _to_line(self, recipients: Sequence[Any]) -> list[str]:
        """The ถึง line naming exactly these recipients (whole groups only when every member
        of the group is pending)."""
        from desktop_app.domain.routing import to_line

        if not all(r.id for r in recipients):
            return [r.name for r in recipients]
        return to_line(recipients, self.outgoing.recipient_directory())

    def _rows_on_original(self, reminder: LetterTracking, row_ids: Iterable[int]) -> list[int]:
        assert reminder.reminder_of is not None
        original = self.tracking(reminder.reminder_of[0])
        chosen = {
            row.organisation_id or row.name for row in reminder.rows if row.id in set(row_ids)
        }
        return [row.id for row in original.rows if (row.organisation_id or row.name) in chosen]

    def remind_rows(self, row_ids: Iterable[int], actor: Actor) -> list[IssuedLetter]:
        """Reminders for a selection of the overdue list: one reminder per letter, to the
        selected recipients of it that are still pending. Letters whose selected recipients
        were all reminded today already are passed over (``Conflict`` only when that leaves
        nothing to issue). Stopped part way (the database became unavailable) it raises
        ``BatchStopped`` with the reminders already issued."""
        from desktop_app.domain.errors import SarabanError
        from desktop_app.domain.outgoing import BatchStopped

        by_letter: dict[int, list[int]] = {}
        for row_id in dict.fromkeys(row_ids):
            row = self.row(row_id)
            by_letter.setdefault(row.letter_id, []).append(row.id)
        issued: list[IssuedLetter] = []
        passed_over: Conflict | None = None
        try:
            for letter_id, ids in by_letter.items():
                try:
                    issued.append(self.remind(letter_id, actor, row_ids=ids))
                except Conflict as conflict:  # reminded today already, or nobody pending
                    passed_over = conflict
        except SarabanError as error:
            if not issued:
                raise
            raise BatchStopped(issued, error) from error
        if not issued and passed_over is not None:
            raise passed_over
        return issued

    # -- the dashboard ----------------------------------------------------------------------------
    def _cached(
        self, name: str, filters: DashboardFilter, extra: tuple[Any, ...], read: Any
    ) -> Any:
        """``read()``, or what it gave last time for the same arguments if nothing was
        recorded since (the same change marker) on the same day. Values are immutable or
        copied by the caller; a few dozen entries at most (one per filter tried)."""
        key = (name, filters, extra, self.clock().date())
        marker = self.change_marker()
        with self._cache_lock:
            found = self._cache.get(key)
        if found is not None and found[0] == marker:
            return found[1]
        value = read()
        with self._cache_lock:
            if len(self._cache) >= CACHE_ENTRIES:
                self._cache.clear()
            self._cache[key] = (marker, value)
        return value

    def change_marker(self) -> int:
        """The newest audit event's id: it grows with every recorded change, so a dashboard
        polls this one indexed read and reloads only when it moved."""
        with self.db.reading() as reader:
            return int(reader.scalar("SELECT max(id) FROM audit_event") or 0)

    def _where(self, filters: DashboardFilter) -> tuple[str, list[Any]]:
        return self._sql.letters(filters)

    def _kind_sql(self, filters: DashboardFilter) -> tuple[str, list[Any]]:
        return self._sql.kind(filters)

    def _has_kind(self, filters: DashboardFilter) -> str:
        return self._sql.has_kind(filters)[0]

    def dashboard(self, filters: DashboardFilter | None = None) -> Dashboard:
        """The figures, per recipient and per district, as of today (see ``Dashboard``).

        Read again only when something was recorded since (``change_marker``) or the day
        changed: a dashboard reopened or switched back to a filter costs one index seek."""
        filters = filters or DashboardFilter()
        return self._cached("dashboard", filters, (), lambda: self._read_dashboard(filters))

    def _read_dashboard(self, filters: DashboardFilter) -> Dashboard:
        today = self.clock().date()
        monday = today - dt.timedelta(days=today.weekday())
        where, params = self._where(filters)
        org_sql, org_params, with_ad_hoc = self._org_kind_sql(filters)
        kind_sql, kind_params = self._kind_sql(filters)
        join_o = " LEFT JOIN organisation o ON o.id = r.organisation_id" if kind_sql else ""
        sql = self._sql
        counts = (
            "count(*), SUM(CASE WHEN r.acknowledged_at IS NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN r.acknowledged_at IS NULL AND r.due_date < ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN r.acknowledged_at IS NULL AND r.returned_at IS NOT NULL "
            "THEN 1 ELSE 0 END), SUM(CASE WHEN r.acknowledged_at >= ? THEN 1 ELSE 0 END)"
        )
        letters = f"SELECT l.id FROM outgoing_letter l WHERE {where}"
        # Over all time the index is read in recipient order, each row's letter tested
        # against the filtered letters; for a period the planner probes per letter.
        plus = "+" if filters.start is None and not sql.postgres else ""
        day = (
            "CAST(r.acknowledged_at AS DATE)"
            if sql.postgres
            else "substr(r.acknowledged_at, 1, 10)"
        )
        with self.db.reading() as reader:
            marker = int(reader.scalar("SELECT max(id) FROM audit_event") or 0)
            if sql.postgres:  # its planner does well with the join (hash or per letter)
                grouped = reader.rows(
                    f"SELECT r.organisation_id, MAX(r.code), MAX(r.name), {counts} "
                    f"FROM letter_recipient r JOIN outgoing_letter l ON l.id = r.letter_id"
                    f"{join_o} WHERE {where}{kind_sql} GROUP BY r.organisation_id, "
                    "CASE WHEN r.organisation_id IS NULL THEN r.name END",
                    [sql.param(today), sql.param(monday), *params, *kind_params],
                )
                per_org = [(row[0], *row[3:]) for row in grouped if row[0] is not None]
                ad_hoc = [row[1:] for row in grouped if row[0] is None]
                ad_hoc = [(name, code, *rest) for code, name, *rest in ad_hoc]
            else:
                per_org = reader.rows(
                    f"SELECT r.organisation_id, {counts} FROM letter_recipient r "
                    f"WHERE r.organisation_id IS NOT NULL AND {plus}r.letter_id IN ({letters})"
                    f"{org_sql} GROUP BY r.organisation_id",
                    [sql.param(today), sql.param(monday), *params, *org_params],
                )
                ad_hoc = (
                    reader.rows(
                        f"SELECT r.name, MAX(r.code), {counts} FROM letter_recipient r "
                        f"WHERE r.organisation_id IS NULL AND r.letter_id IN ({letters}) "
                        "GROUP BY r.name",
                        [sql.param(today), sql.param(monday), *params],
                    )
                    if with_ad_hoc
                    else []
                )
            pairs = reader.rows(
                f"SELECT l.letter_date, {day}, count(*) FROM letter_recipient r "
                f"JOIN outgoing_letter l ON l.id = r.letter_id{join_o} "
                f"WHERE r.acknowledged_at IS NOT NULL AND {where}{kind_sql} GROUP BY 1, 2",
                [*params, *kind_params],
            )
            letters_rows = reader.rows(
                f"SELECT {sql.month('l.letter_date')}, count(*) FROM outgoing_letter l "
                f"WHERE {where}{self._has_kind(filters)} GROUP BY 1",
                [*params, *kind_params],
            )
            orgs = self._org_rows(reader, {int(r[0]) for r in per_org})
        by_recipient: list[RecipientFigures] = []
        week_total = 0
        for org_id, total, pending, overdue, returned, week in per_org:
            info = orgs.get(int(org_id))
            kind = recipient_kind_of(info[0] if info else None)
            code = info[4] if info else None
            district = code if kind == "district" else info[1] if info and kind != "other" else None
            by_recipient.append(
                RecipientFigures(
                    key=f"#{int(org_id)}",
                    code=code,
                    name=info[2] if info else "",
                    kind=kind,
                    district_code=district,
                    district_name="",
                    sort_key=info[3] if info else "",
                    total=int(total),
                    pending=int(pending or 0),
                    overdue=int(overdue or 0),
                    acknowledged=int(total) - int(pending or 0),
                    returned=int(returned or 0),
                )
            )
            week_total += int(week or 0)
        for name, code, total, pending, overdue, returned, week in ad_hoc:
            by_recipient.append(
                RecipientFigures(
                    key=code or name,
                    code=code,
                    name=name,
                    kind="other",
                    district_code=None,
                    district_name="",
                    sort_key=thai_sort_key(name),
                    total=int(total),
                    pending=int(pending or 0),
                    overdue=int(overdue or 0),
                    acknowledged=int(total) - int(pending or 0),
                    returned=int(returned or 0),
                )
            )
            week_total += int(week or 0)
        districts = self._district_names()
        by_recipient = [
            replace(r, district_name=districts.get(r.district_code or "", ("", ""))[0])
            for r in by_recipient
        ]
        by_recipient.sort(key=lambda r: _recipient_order(r, districts))
        dates = _Dates()
        histogram: Counter[int] = Counter()
        acks_by_month: Counter[str] = Counter()
        for letter_date, ack_day, count in pairs:
            acked = dates.day(ack_day)
            histogram[max(0, (acked - dates.day(letter_date)).days)] += int(count)
            acks_by_month[f"{acked.year:04d}-{acked.month:02d}"] += int(count)
        letters_by_month = {str(month): int(count) for month, count in letters_rows}
        months = sorted(set(letters_by_month) | set(acks_by_month))
        capped: Counter[int] = Counter()
        for days, count in histogram.items():
            capped[min(days, HISTOGRAM_CAP)] += count
        return Dashboard(
            today=today,
            pending=sum(r.pending for r in by_recipient),
            overdue=sum(r.overdue for r in by_recipient),
            acknowledged=sum(r.acknowledged for r in by_recipient),
            returned=sum(r.returned for r in by_recipient),
            acknowledged_this_week=week_total,
            letters=sum(letters_by_month.values()),
            median_days_to_ack=_median(histogram),
            by_recipient=tuple(by_recipient),
            by_district=tuple(_roll_up(by_recipient, districts)),
            ack_days_histogram=tuple(sorted(capped.items())),
            monthly=tuple(
                (
                    dt.date(int(m[:4]), int(m[5:7]), 1),
                    letters_by_month.get(m, 0),
                    acks_by_month.get(m, 0),
                )
                for m in months
            ),
            marker=marker,
        )

    def _org_rows(self, reader: Reader, ids: set[int]) -> dict[int, tuple[Any, ...]]:
        """Organisation id -> (kind, district code, current name, sort key, code)."""
        found: dict[int, tuple[Any, ...]] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for id_, kind, district, name, sort, code in reader.rows(
                "SELECT id, kind, district_code, name, name_sort, code FROM organisation "
                f"WHERE id IN ({','.join('?' for _ in chunk)})",
                chunk,
            ):
                found[int(id_)] = (kind, district, name, sort or thai_sort_key(name), code)
        return found

    def _org_kind_sql(self, filters: DashboardFilter) -> tuple[str, list[Any], bool]:
        """(condition on r.organisation_id, params, whether ad-hoc rows count)."""
        kind = filters.recipient_kind
        if kind is None:
            return "", [], True
        both = [OrgKind.DISTRICT.value, OrgKind.LOCAL_AUTHORITY.value]
        if kind == "other":
            return (
                " AND r.organisation_id IN (SELECT o.id FROM organisation o "
                "WHERE o.kind IS NULL OR o.kind NOT IN (?, ?))",
                both,
                True,
            )
        wanted = both[0] if kind == "district" else both[1]
        return (
            " AND r.organisation_id IN (SELECT o.id FROM organisation o WHERE o.kind = ?)",
            [wanted],
            False,
        )

    def _district_names(self) -> dict[str, tuple[str, str]]:
        """District code -> (name, sort key)."""
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT code, name, name_sort FROM organisation "
                "WHERE kind = ? AND code IS NOT NULL",
                [OrgKind.DISTRICT.value],
            )
        return {str(code): (name, sort or thai_sort_key(name)) for code, name, sort in rows}

    def overdue(
        self, filters: DashboardFilter | None = None, limit: int = 2000
    ) -> list[OverdueItem]:
        """Overdue rows, oldest due date first (then the letter's date and the recipient's
        position), at most ``limit``; cached per change marker like ``dashboard``."""
        filters = filters or DashboardFilter()
        return list(
            self._cached(
                "overdue", filters, (limit,), lambda: tuple(self._read_overdue(filters, limit))
            )
        )

    def _read_overdue(self, filters: DashboardFilter, limit: int) -> list[OverdueItem]:
        today = self.clock().date()
        where, params = self._where(filters)
        kind_sql, kind_params = self._kind_sql(filters)
        join_o = " LEFT JOIN organisation o ON o.id = r.organisation_id" if kind_sql else ""
        # Over all time on SQLite the pending rows are walked in due-date order through
        # their partial index (migration 0006), stopping at ``limit``; for a period, and on
        # PostgreSQL, the planner's own join is faster (docs/benchmarks.md section 7).
        walk = filters.start is None and not self._sql.postgres
        source = (
            "letter_recipient r INDEXED BY ix_letter_recipient_pending"
            if walk
            else "letter_recipient r"
        )
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT r.id, l.id, l.doc_no, l.letter_date, l.subject, l.urgency, r.name, "
                f"r.code, r.due_date, r.reminded_count FROM {source} "
                f"JOIN outgoing_letter l ON l.id = r.letter_id{join_o} "
                f"WHERE r.acknowledged_at IS NULL AND r.due_date < ? AND {where}{kind_sql} "
                "ORDER BY r.due_date, l.letter_date, l.id, r.position LIMIT ?",
                [self._sql.param(today), *params, *kind_params, limit],
            )
        return [
            OverdueItem(
                row_id=int(row_id),
                letter_id=int(letter_id),
                doc_no=doc_no,
                letter_date=as_date(letter_date),
                subject=subject,
                urgency=Urgency.parse(urgency),
                recipient=name,
                recipient_code=code,
                due_date=as_date(due),
                days_overdue=(today - as_date(due)).days,
                reminded_count=int(reminded or 0),
            )
            for (
                row_id,
                letter_id,
                doc_no,
                letter_date,
                subject,
                urgency,
                name,
                code,
                due,
                reminded,
            ) in rows
        ]

    def matrix(
        self, filters: DashboardFilter | None = None, *, letters: int = MATRIX_LETTERS
    ) -> Matrix:
        """Recipients x letters for the filtered period: the newest ``letters`` letters as
        columns (newest first); rows grouped by district, each district followed by its local
        authorities, Thai dictionary order; other recipients last. Cached per change marker
        like ``dashboard``."""
        filters = filters or DashboardFilter()
        return self._cached(
            "matrix", filters, (letters,), lambda: self._read_matrix(filters, letters)
        )

    def _read_matrix(self, filters: DashboardFilter, letters: int) -> Matrix:
        today = self.clock().date()
        where, params = self._where(filters)
        kind_sql, kind_params = self._kind_sql(filters)
        join_o = " LEFT JOIN organisation o ON o.id = r.organisation_id" if kind_sql else ""
        with self.db.reading() as reader:
            letter_rows = reader.rows(
                "SELECT l.id, l.doc_no, l.letter_date, l.subject, l.urgency FROM outgoing_letter l "
                f"WHERE {where}{self._has_kind(filters)} "
                "ORDER BY l.letter_date DESC, l.id DESC LIMIT ?",
                [*params, *kind_params, letters],
            )
            ids = [int(row[0]) for row in letter_rows]
            cell_rows: list[tuple[Any, ...]] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                cell_rows.extend(
                    reader.rows(
                        "SELECT r.id, r.letter_id, r.organisation_id, r.name, r.code, "
                        f"r.due_date, r.acknowledged_at, r.returned_at FROM letter_recipient r"
                        f"{join_o} WHERE r.letter_id IN ({','.join('?' for _ in chunk)})"
                        f"{kind_sql}",
                        [*chunk, *kind_params],
                    )
                )
            orgs = self._org_rows(reader, {int(r[2]) for r in cell_rows if r[2] is not None})
        districts = self._district_names()
        columns = tuple(
            MatrixLetter(int(i), n, as_date(d), s, Urgency.parse(u))
            for i, n, d, s, u in letter_rows
        )
        column_of = {letter.id: index for index, letter in enumerate(columns)}
        people: dict[str, tuple[str, str | None, str, str | None, str]] = {}
        keys: list[str] = []
        for _id, _letter, org_id, name, code, *_rest in cell_rows:
            key = f"#{int(org_id)}" if org_id is not None else (code or name)
            keys.append(key)
            if key in people:
                continue
            info = orgs.get(int(org_id)) if org_id is not None else None
            kind = recipient_kind_of(info[0] if info else None)
            district = code if kind == "district" else info[1] if info else None
            people[key] = (
                info[2] if info else name,
                code,
                kind,
                district if kind != "other" else None,
                info[3] if info else thai_sort_key(name),
            )
        rows = _matrix_rows(people, districts)
        row_of = {row.key: index for index, row in enumerate(rows) if not row.is_heading}
        dates = _Dates()
        cells: dict[tuple[int, int], tuple[int, int, int]] = {}
        for key, (row_id, letter_id, _org, _name, _code, due, ack_at, returned_at) in zip(
            keys, cell_rows, strict=True
        ):
            due_date = None if due is None else dates.day(due)
            if ack_at is not None:
                end = dates.day(ack_at)
                state = _LATE if due_date is not None and end > due_date else _ACKED
            else:
                end = today
                if returned_at is not None:
                    state = _RETURNED
                elif due_date is not None and due_date < today:
                    state = _OVERDUE
                else:
                    state = _PENDING
            late = max(0, (end - due_date).days) if due_date else 0
            cells[(row_of[key], column_of[int(letter_id)])] = (state, late, int(row_id))
        return Matrix(columns, tuple(rows), cells, today)


_PENDING, _OVERDUE, _RETURNED, _ACKED, _LATE = (
    CELL_STATES.index(AckState.PENDING),
    CELL_STATES.index(AckState.OVERDUE),
    CELL_STATES.index(AckState.RETURNED),
    CELL_STATES.index(AckState.ACKNOWLEDGED),
    CELL_STATES.index(AckState.ACKNOWLEDGED_LATE),
)


class _Dates:
    """Stored dates and times (ISO text on SQLite, objects on PostgreSQL) as dates,
    each distinct value parsed once."""

    def __init__(self) -> None:
        self._days: dict[Any, dt.date] = {}

    def day(self, value: Any) -> dt.date:
        """The calendar day of a stored date or date-time."""
        found = self._days.get(value)
        if found is None:
            if isinstance(value, dt.datetime):
                found = value.date()
            elif isinstance(value, dt.date):
                found = value
            else:
                found = as_date(str(value)[:10])
            self._days[value] = found
        return found


def _key(org_id: Any, code: str | None, name: str) -> str:
    if org_id is not None:
        return f"#{int(org_id)}"
    return code or name


def _recipient_order(
    figures: RecipientFigures, districts: dict[str, tuple[str, str]]
) -> tuple[int, str, int, str]:
    """Districts in Thai order, each followed by its local authorities; others last."""
    if figures.kind == "other" or not figures.district_code:
        return (1, "", 0, figures.sort_key)
    district_sort = districts.get(figures.district_code, ("", figures.sort_key))[1]
    return (0, district_sort, 0 if figures.kind == "district" else 1, figures.sort_key)


def _roll_up(
    figures: Sequence[RecipientFigures], districts: dict[str, tuple[str, str]]
) -> list[DistrictFigures]:
    totals: dict[str | None, list[int]] = {}
    for r in figures:
        key = r.district_code if r.kind != "other" else None
        sums = totals.setdefault(key, [0, 0, 0, 0, 0])
        sums[0] += r.total
        sums[1] += r.pending
        sums[2] += r.overdue
        sums[3] += r.acknowledged
        sums[4] += r.returned
    result = [
        DistrictFigures(
            code,
            districts.get(code, (f"อำเภอรหัส {code}", ""))[0] if code else "หน่วยงานอื่น",
            *sums,
        )
        for code, sums in totals.items()
    ]
    result.sort(
        key=lambda d: (
            d.code is None,
            districts.get(d.code or "", ("", thai_sort_key(d.name)))[1],
        )
    )
    return result


def _matrix_rows(
    people: dict[str, tuple[str, str | None, str, str | None, str]],
    districts: dict[str, tuple[str, str]],
) -> list[MatrixRecipient]:
    groups: dict[str | None, list[tuple[str, tuple[str, str | None, str, str | None, str]]]] = {}
    for key, value in people.items():
        groups.setdefault(value[3], []).append((key, value))
    rows: list[MatrixRecipient] = []
    district_codes = sorted(
        (code for code in groups if code is not None),
        key=lambda c: districts.get(c, ("", c))[1],
    )
    for code in district_codes:
        members = groups[code]
        own = next((item for item in members if item[1][2] == "district"), None)
        if own is not None:
            key, (name, rcode, kind, _d, _s) = own
            rows.append(MatrixRecipient(key, name, rcode, kind, 0))
        else:
            name = districts.get(code, (f"อำเภอรหัส {code}", ""))[0]
            rows.append(MatrixRecipient(f"#district:{code}", name, code, "district", 0, True))
        for key, (name, rcode, kind, _d, _s) in sorted(
            (item for item in members if item[1][2] != "district"), key=lambda i: i[1][4]
        ):
            rows.append(MatrixRecipient(key, name, rcode, kind, 1))
    others = groups.get(None, [])
    if others:
        rows.append(MatrixRecipient(OTHERS_KEY, "หน่วยงานอื่น", None, "other", 0, True))
        for key, (name, rcode, kind, _d, _s) in sorted(others, key=lambda i: i[1][4]):
            rows.append(MatrixRecipient(key, name, rcode, kind, 1))
    return rows


def _median(histogram: Counter[int]) -> float | None:
    total = sum(histogram.values())
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]
    values: list[int] = []
    seen = 0
    for days in sorted(histogram):
        count = histogram[days]
        for wanted in middle:
            if seen <= wanted < seen + count:
                values.append(days)
        seen += count
    return sum(values) / len(values)


def _fold_digits(text: str) -> str:
    from desktop_app.domain.thai_text import to_arabic_digits

    return "".join(to_arabic_digits(text).split())


def _names_number(folded_text: str, doc_no: str) -> bool:
    """Whether the text (spaces removed, Arabic digits) names the letter number ``doc_no``
    exactly: "มส0023.3/1" is not named by "มส0023.3/12"."""
    import re

    wanted = re.escape(_fold_digits(doc_no))
    return re.search(wanted + r"(?![0-9])", folded_text) is not None


def _no_match(message: MailMessage, problem: str, problem_en: str) -> MailMatch:
    return MailMatch(
        source=message.source,
        sender=message.sender,
        subject=message.subject,
        date=message.date,
        row=None,
        doc_no="",
        how="",
        already=False,
        problem=problem,
        problem_en=problem_en,
        sender_name=message.sender_name,
    )


def _ack_values(row: LetterRecipient) -> dict[str, Any]:
    return {
        "at": row.acknowledged_at.isoformat() if row.acknowledged_at else None,
        "channel": row.ack_channel,
        "by": row.acknowledged_by,
        "their_receive_no": row.their_receive_no,
        "their_receive_date": (
            row.their_receive_date.isoformat() if row.their_receive_date else None
        ),
        "note": row.ack_note,
    }


def _clear_ack(row: LetterRecipient) -> None:
    row.acknowledged_at = None
    row.ack_channel = ""
    row.acknowledged_by = ""
    row.their_receive_no = ""
    row.their_receive_date = None
    row.ack_note = ""


def _utcnow() -> dt.datetime:
    from desktop_app.db.models import utcnow

    return utcnow()
