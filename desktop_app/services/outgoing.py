"""Forwarding and the outgoing register (ทะเบียนหนังสือส่ง).

An officer takes a registered incoming document, picks recipients (presets or one by one),
edits the forwarding letter the service drafts from the incoming record, and issues it.
Numbers run per calendar year (BE) in a series per work-group prefix, normal and circular
(ว) apart, gapless like the receive numbers.

Issuing follows the number-lock rule (the same as registering):

1. Prepare, outside any lock: check the draft, read the incoming PDFs to append (a broken one
   is refused here, so no number is used), predict the number (the series' last number + 1),
   typeset the letter with it and stage the PDF in the store.
2. Lock: one short write transaction allocates the number and stores the letter as sent (its
   JSON), one tracking row per recipient and the incoming record's note. Nothing slow.
3. After the commit the number is issued and is never reported as a failure: the staged PDF
   is put in place and written where the officer asked. If another workstation took the
   predicted number, the letter is typeset again with the real one first. If the PDF cannot
   be written (disk full, no permission), the ``IssuedLetter`` says so (``pdf_saved`` False)
   and the letter is printed again later from the stored letter (``save_pdf``), never with
   a new number.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from desktop_app.db import incoming_reads
from desktop_app.db.engine import Database
from desktop_app.domain.clock import Clock
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound, SarabanError
from desktop_app.domain.letters import (
    PENDING_NUMBER,
    ForwardSource,
    Letter,
    format_doc_no,
    forwarded_note,
    forwarding_letter,
    outgoing_series,
)
from desktop_app.domain.outgoing import (
    BatchStopped,
    ForwardDraft,
    ForwardSetup,
    IssuedLetter,
    OutgoingRow,
)
from desktop_app.domain.records import required_reason
from desktop_app.domain.routing import PRESETS, Recipient, ordered, preset_members, to_line
from desktop_app.domain.thai_dates import be_year, format_date_full
from desktop_app.domain.thai_text import apply_digits, normalise, to_arabic_digits
from desktop_app.domain.users import Actor
from desktop_app.files import check_output, write_atomically
from desktop_app.jobs import NO_CONTROL, Cancelled, JobControl
from desktop_app.services.attachments import AttachmentStore, StagedFile
from desktop_app.services.directory import DirectoryService
from desktop_app.services.settings import SettingsService

if TYPE_CHECKING:
    from desktop_app.reports.excel import OutgoingRegisterLine
    from desktop_app.reports.letters import LetterRenderer

log = logging.getLogger(__name__)
# A typed acknowledgement deadline further ahead than this (days) is a slip of the year
# ("2570" for "2569" is a year out; the longest urgency default is 7 working days).
MAX_DUE_DAYS = 366


@dataclass
class _Prepared:
    """A letter typeset before its number was allocated."""

    letter: Letter  # with the predicted number and the date
    pdf: bytes
    pages: int
    staged: StagedFile


class OutgoingService:
    def __init__(
        self,
        db: Database,
        directory: DirectoryService,
        settings: SettingsService,
        store: Callable[[], AttachmentStore],
        letters_dir: Path,
        clock: Clock,
    ) -> None:
        self.db = db
        self.directory = directory
        self.settings = settings
        self._store = store
        self.letters_dir = letters_dir
        self.clock = clock
        self._renderer: LetterRenderer | None = None
        self._renderer_key: tuple[object, ...] = ()
        self._renderer_lock = Lock()

    # -- typesetting ------------------------------------------------------------------------
    def renderer(self) -> LetterRenderer:
        """One renderer per service: fonts and the word dictionary load once (again after
        the office changes its letter font or emblem)."""
        from desktop_app.reports.letters import LetterFonts, LetterRenderer
        from desktop_app.reports.typesetting import Segmenter

        font = self.settings.get("letter.font_path")
        bold = self.settings.get("letter.bold_font_path")
        garuda = self.settings.get("letter.garuda_path")
        with self._renderer_lock:
            key = (font, bold, garuda)
            if self._renderer is not None and self._renderer_key != key:
                self._renderer = None
            if self._renderer is None:
                self._renderer_key = key
                fonts = (
                    LetterFonts.from_files(Path(font), Path(bold) if bold else None)
                    if font and Path(font).is_file()
                    else LetterFonts.default()  # the installed TH Sarabun, else Laksaman
                )
                segmenter = Segmenter(self.directory.sender_names())
                segmenter.load()
                self._renderer = LetterRenderer(
                    fonts=fonts,
                    segmenter=segmenter,
                    garuda=Path(garuda) if garuda and Path(garuda).is_file() else None,
                )
                _freeze_loaded_objects()
            return self._renderer

    def _typeset(self, letter: Letter, enclosures: Sequence[bytes]) -> tuple[bytes, int]:
        """The letter's PDF followed by the enclosed PDFs; the page count of the whole."""
        from desktop_app.reports.pdf_merge import append_pdfs

        buffer = io.BytesIO()
        pages = self.renderer().build(letter, buffer)
        merged, extra = append_pdfs(buffer.getvalue(), enclosures)
        return merged, pages + extra

    def preview(self, draft: ForwardDraft) -> bytes:
        """The letter as it will look, with the number still open ("..."), for the editor."""
        letter = draft.letter
        if not letter.doc_no:
            letter = replace(
                letter, doc_no=format_doc_no(draft.prefix, PENDING_NUMBER, draft.circular)
            )
        if letter.date is None:
            letter = replace(letter, date=self.clock().date())
        return self.renderer().render_bytes(letter)

    # -- recipients ---------------------------------------------------------------------------
    def recipient_directory(self) -> list[Recipient]:
        """The office's province (districts, local authorities) and other agencies.

        Raises ``InvalidInput`` before first-run setup (there is no directory yet)."""
        office = self.settings.office()
        if office is None:
            raise InvalidInput(
                "ยังไม่ได้ตั้งค่าสำนักงาน (เริ่มด้วย saraban init หรือเปิดโปรแกรมเพื่อตั้งค่าครั้งแรก)",
                "The office is not set up yet (run saraban init, or open the program once)",
                field="office",
            )
        return self.directory.recipients(office.province_code)

    def resolve(self, targets: Sequence[str]) -> list[Recipient]:
        """Targets as the CLI takes them: a preset (all-districts, all-local-authorities,
        all-municipalities, all-sao, district:CODE, list:NAME), a district code or a local
        authority's DLA code. Raises ``InvalidInput`` naming the unknown target."""
        directory = self.recipient_directory()
        by_code = {r.code: r for r in directory if r.code}
        chosen: list[Recipient] = []
        for raw in targets:
            target = to_arabic_digits(raw.strip())  # codes typed in Thai digits too
            if target in PRESETS or target.startswith("district:"):
                if target.startswith("district:") and target.split(":", 1)[1] not in by_code:
                    raise InvalidInput(
                        f"ไม่พบอำเภอรหัส {target.split(':', 1)[1]}",
                        f"No district {target.split(':', 1)[1]}",
                        field="to",
                    )
                chosen.extend(preset_members(target, directory))
            elif target.startswith("list:"):
                chosen.extend(self._list_members(target.split(":", 1)[1]))
            elif target in by_code:
                chosen.append(by_code[target])
            else:
                raise InvalidInput(
                    f"ไม่รู้จักผู้รับ “{target}” (ใช้ all-districts, all-local-authorities, "
                    "all-municipalities, all-sao, district:รหัสอำเภอ, list:ชื่อรายการ, "
                    "รหัสอำเภอ 4 หลัก หรือรหัส อปท. 7 หลัก)",
                    f"Unknown recipient “{target}” (use all-districts, all-local-authorities, "
                    "all-municipalities, all-sao, district:CODE, list:NAME, a 4-digit district "
                    "code or a 7-digit DLA code)",
                    field="to",
                )
        if not chosen:
            raise InvalidInput("ยังไม่ได้เลือกผู้รับ", "No recipients chosen", field="to")
        return ordered(chosen)

    def _list_members(self, name: str) -> list[Recipient]:
        with self.db.reading() as reader:
            list_id = reader.scalar("SELECT id FROM recipient_list WHERE name = ?", [name])
            if list_id is None:
                raise InvalidInput(
                    f"ไม่พบรายชื่อผู้รับ “{name}”", f"No recipient list “{name}”", field="to"
                )
            ids = reader.column(
                "SELECT organisation_id FROM recipient_list_member "
                "WHERE list_id = ? ORDER BY position",
                [list_id],
            )
        return self.directory.recipients_by_id(int(i) for i in ids)

    def save_list(self, name: str, organisation_ids: Sequence[int], actor: Actor) -> None:
        from sqlalchemy import select

        from desktop_app.db.models import RecipientList, RecipientListMember
        from desktop_app.services import audit

        clean = normalise(name)
        if not clean:
            raise InvalidInput("กรุณาตั้งชื่อรายชื่อผู้รับ", "Name the list", field="name")
        with self.db.write() as session:
            saved = session.scalar(select(RecipientList).where(RecipientList.name == clean))
            if saved is None:
                saved = RecipientList(name=clean, created_by=actor.id)
                session.add(saved)
            saved.members = [
                RecipientListMember(organisation_id=org_id, position=index)
                for index, org_id in enumerate(dict.fromkeys(organisation_ids))
            ]
            audit.record(
                session,
                actor,
                "recipient_list.save",
                "recipient_list",
                None,
                {"name": clean, "members": list(organisation_ids)},
            )

    def lists(self) -> list[str]:
        with self.db.reading() as reader:
            return [
                str(name) for name in reader.column("SELECT name FROM recipient_list ORDER BY name")
            ]

    # -- drafting -------------------------------------------------------------------------------
    def forward_setup(self, incoming_id: int) -> ForwardSetup:
        """What the forwarding dialog opens with: the draft, who can receive it, the work
        groups and the saved recipient lists."""
        return ForwardSetup(
            draft=self.draft_forward(incoming_id, []),
            directory=tuple(self.recipient_directory()),
            work_groups=tuple(self.settings.work_groups()),
            saved_lists=tuple(self.lists()),
            other_kind=self.draft_forward(incoming_id, [], kind="external"),
        )

    def draft_forward(
        self,
        incoming_id: int,
        recipients: Sequence[Recipient],
        *,
        kind: str = "stamped",
        circular: bool | None = None,
        work_group_id: int | None = None,
    ) -> ForwardDraft:
        """A forwarding letter filled from the incoming record in the office's wording
        (settings: ``letter.wording.forward``, issued as ``letter.issued_as``): the incoming
        letter's sender, number, date and subject cited, the copy named in the body (stamped)
        or listed as enclosed (external). Raises ``NotFound``, ``Conflict`` (cancelled),
        ``InvalidInput`` (no letter code prefix set)."""
        with self.db.reading() as reader:
            incoming = incoming_reads.incoming_record(reader, incoming_id)
        if incoming is None:
            raise NotFound(f"ไม่พบหนังสือรับรหัส {incoming_id}", f"No incoming document {incoming_id}")
        if incoming.cancelled:
            raise Conflict(
                f"เลขรับ {incoming.receive_label} ถูกยกเลิกแล้ว ส่งต่อไม่ได้",
                f"Receive no. {incoming.receive_label} is cancelled",
            )
        groups = self.settings.work_groups(include_inactive=True)
        wanted = work_group_id or incoming.work_group_id
        group = (
            next((g for g in groups if g.id == wanted), None)
            if wanted
            else next((g for g in groups if g.active), None)
        )
        office = self.settings.office()
        prefix = (
            group.letter_prefix
            if group and group.letter_prefix
            else office.letter_prefix
            if office
            else ""
        )
        if not prefix:
            raise InvalidInput(
                "ยังไม่ได้ตั้งรหัสหนังสือของกลุ่มงานหรือสำนักงาน (หน้าตั้งค่า)",
                "No letter code prefix is set for the work group or office",
                field="prefix",
            )
        chosen = ordered(recipients)
        source = ForwardSource(
            incoming.sender,
            incoming.doc_no,
            incoming.doc_date,
            incoming.subject,
            incoming.urgency,
            incoming.secrecy,
        )
        letter = forwarding_letter(
            source,
            self.settings.sending_office(group),
            # Naming whole groups needs the directory; a draft to nobody yet does not.
            to_line(chosen, self.recipient_directory()) if chosen else [],
            kind="external" if kind == "external" else "stamped",
            digits=self.settings.get("letter.digits"),
        )
        return ForwardDraft(
            incoming_id=incoming_id,
            recipients=tuple(chosen),
            letter=letter,
            circular=len(chosen) > 1 if circular is None else circular,
            prefix=prefix,
            work_group_id=group.id if group else None,
        )

    # -- issuing --------------------------------------------------------------------------------
    def _check(self, draft: ForwardDraft, out: Path | None) -> None:
        if not draft.recipients:
            raise InvalidInput("ยังไม่ได้เลือกผู้รับ", "No recipients chosen", field="to")
        if not draft.letter.subject.strip():
            raise InvalidInput("กรุณากรอกเรื่อง", "Enter the subject", field="subject")
        if not normalise(draft.prefix):
            raise InvalidInput(
                "ยังไม่ได้ตั้งรหัสหนังสือของกลุ่มงานหรือสำนักงาน (หน้าตั้งค่า)",
                "No letter code prefix is set for the work group or office",
                field="prefix",
            )
        if out is not None:
            check_output(out, ".pdf")

    def _next_number(self, series: str, year: int) -> int:
        """The number the series will most likely give next (another workstation may take
        it first: ``issue`` then typesets again with the one it got)."""
        with self.db.reading() as reader:
            last = reader.scalar(
                "SELECT last_number FROM number_counter WHERE series = ? AND year = ?",
                [series, year],
            )
        return int(last or 0) + 1

    def _enclosures(self, draft: ForwardDraft) -> list[bytes]:
        """The incoming document's PDFs, read and checked (``InvalidInput`` if one is not a
        readable PDF) before any number is taken."""
        from desktop_app.reports.pdf_merge import check_pdf

        if not draft.append_incoming_pdf or draft.incoming_id is None:
            return []
        contents = []
        for path, filename in self._incoming_pdfs(draft.incoming_id):
            try:
                data = path.read_bytes()
            except OSError as error:
                raise InvalidInput(
                    f"อ่านแฟ้ม PDF ที่แนบกับหนังสือรับไม่ได้: {filename} ({error.strerror}) "
                    "ส่งต่อโดยไม่แนบต้นเรื่องได้",
                    f"Cannot read the incoming document's PDF: {filename} ({error.strerror}). "
                    "It can be forwarded without the original appended.",
                    field="attachments",
                ) from error
            check_pdf(data, filename)
            contents.append(data)
        return contents

    def _prepare(
        self, draft: ForwardDraft, number: int, letter_date: dt.date, enclosures: Sequence[bytes]
    ) -> _Prepared:
        doc_no = format_doc_no(draft.prefix, number, draft.circular)
        letter = replace(draft.letter, doc_no=doc_no, date=letter_date)
        pdf, pages = self._typeset(letter, enclosures)
        staged = self._store().stage_bytes(pdf, f"{doc_no}.pdf")
        return _Prepared(letter, pdf, pages, staged)

    def issue(self, draft: ForwardDraft, actor: Actor, *, out: Path | None = None) -> IssuedLetter:
        """Issue the letter's number and store it, tracking each recipient.

        Raises ``InvalidInput`` and ``EnvironmentProblem`` only before the number is issued
        (then nothing was written). Once it is issued the letter is returned, with
        ``pdf_saved`` False if its PDF still has to be saved.
        """
        self._check(draft, out)
        now = self.clock().replace(microsecond=0)
        year = be_year(now.date())
        letter_date = draft.letter.date or now.date()
        series = outgoing_series(draft.prefix, draft.circular)
        enclosures = self._enclosures(draft)
        if draft.due_date is not None and draft.due_date < now.date():
            raise InvalidInput(
                "วันครบกำหนดตอบรับต้องไม่ก่อนวันนี้",
                "The acknowledgement deadline cannot be before today",
                field="due",
            )
        if draft.due_date is not None and (draft.due_date - now.date()).days > MAX_DUE_DAYS:
            shown = format_date_full(draft.due_date)
            raise InvalidInput(
                f"วันครบกำหนดตอบรับ {shown} ห่างจากวันนี้เกิน ๑ ปี ตรวจสอบปีที่พิมพ์อีกครั้ง",
                f"The acknowledgement deadline {format_date_full(draft.due_date, 'arabic', 'en')}"
                " is more than a year from today; check the year typed",
                field="due",
            )
        due = self.settings.due_date(draft.letter.urgency.value, now.date(), draft.due_date)
        predicted = self._next_number(series, year)
        prepared = self._prepare(draft, predicted, letter_date, enclosures)
        try:
            letter_id, number, letter = self._allocate(
                draft, actor, series, year, now, letter_date, due, prepared
            )
        except BaseException:
            prepared.staged.discard()
            raise
        # The number is issued: from here on, problems are reported, never raised.
        return self._deliver(
            draft, letter_id, number, year, letter, letter_date, prepared, enclosures, out
        )

    def _allocate(
        self,
        draft: ForwardDraft,
        actor: Actor,
        series: str,
        year: int,
        now: dt.datetime,
        letter_date: dt.date,
        due: dt.date,
        prepared: _Prepared,
    ) -> tuple[int, int, Letter]:
        """The number lock: allocate, store the letter as sent with one tracking row (and
        acknowledgement code) per recipient, commit. Nothing slow."""
        from desktop_app.db.models import (
            IncomingDocument,
            LetterRecipient,
            OutgoingLetter,
            utcnow,
        )
        from desktop_app.db.numbering import allocate_number
        from desktop_app.domain.ack_codes import new_code
        from desktop_app.domain.acks import parse_sent_via
        from desktop_app.services import audit
        from desktop_app.services.incoming import derive_columns

        with self.db.write() as session:
            number = allocate_number(session, series, year)
            doc_no = format_doc_no(draft.prefix, number, draft.circular)
            letter = replace(prepared.letter, doc_no=doc_no)
            ready = letter == prepared.letter  # typeset with this very number
            row = OutgoingLetter(
                series_key=series,
                prefix=draft.prefix,
                circular=draft.circular,
                year=year,
                number=number,
                doc_no=doc_no,
                kind=letter.kind,
                letter_date=letter_date,
                issued_at=now,
                subject=letter.subject,
                to_text=" ".join(letter.to),
                sending_method=draft.sending_method,
                urgency=letter.urgency.value,
                secrecy=letter.secrecy.value,
                incoming_id=draft.incoming_id,
                work_group_id=draft.work_group_id,
                content=letter.to_json(),
                pdf_sha256=prepared.staged.stored.sha256 if ready else "",
                encloses_incoming_pdf=draft.append_incoming_pdf,
                created_by=actor.id,
                created_at=utcnow(),
            )
            via = parse_sent_via(draft.sending_method)
            sent_via = via.value if via else ""
            row.reminder_of_id = draft.reminder_of
            row.recipients = [
                LetterRecipient(
                    position=index,
                    organisation_id=r.id or None,
                    name=r.name,
                    code=r.code,
                    due_date=due,
                    ack_code=new_code(),
                    sent_at=now if sent_via else None,
                    sent_via=sent_via,
                )
                for index, r in enumerate(draft.recipients)
            ]
            session.add(row)
            if draft.reminder_of is not None:
                session.flush()
                _record_reminded(session, draft.reminder_of, draft.recipients, row.id)
            if draft.incoming_id is not None:
                incoming = session.get(IncomingDocument, draft.incoming_id)
                if incoming is not None:
                    note = forwarded_note(doc_no, letter_date)
                    incoming.action_taken = "; ".join(
                        part for part in (incoming.action_taken, note) if part
                    )
                    derive_columns(incoming)
            session.flush()
            audit.record(
                session,
                actor,
                "outgoing.issue",
                "outgoing",
                row.id,
                {
                    "doc_no": doc_no,
                    "incoming_id": draft.incoming_id,
                    "recipients": draft.recipient_codes,
                    "pdf": prepared.staged.stored.sha256 if ready else "",
                },
            )
            return row.id, number, letter

    def _deliver(
        self,
        draft: ForwardDraft,
        letter_id: int,
        number: int,
        year: int,
        letter: Letter,
        letter_date: dt.date,
        prepared: _Prepared,
        enclosures: Sequence[bytes],
        out: Path | None,
    ) -> IssuedLetter:
        """After the commit: the PDF into the store and to its file. Never raises."""
        issued = IssuedLetter(
            id=letter_id,
            doc_no=letter.doc_no,
            printed_no=apply_digits(letter.doc_no, letter.digits),
            series="circular" if draft.circular else "normal",
            prefix=draft.prefix,
            number=number,
            year=year,
            letter_date=letter_date,
            recipients=draft.recipients,
            pdf=None,
            pages=prepared.pages,
        )
        staged: StagedFile | None = None
        try:
            if letter == prepared.letter:
                pdf, staged = prepared.pdf, prepared.staged
                staged.commit()
            else:  # another workstation took the predicted number: typeset with ours
                prepared.staged.discard()
                pdf, pages = self._typeset(letter, enclosures)
                issued = replace(issued, pages=pages)
                staged = self._store().stage_bytes(pdf, f"{letter.doc_no}.pdf")
                staged.commit()
                self._record_pdf(letter_id, staged.stored.sha256)
            target = out or self.letters_dir / str(year) / f"{_safe(letter.doc_no)}.pdf"
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, pdf)
        except Exception as error:  # the number stays issued whatever went wrong
            if isinstance(error, SarabanError):  # the environment's fault, said to the user
                log.warning(
                    "letter %s issued, its PDF not saved: %s", letter.doc_no, error.message_en
                )
            else:
                log.exception("letter %s issued, its PDF not saved", letter.doc_no)
            for leftover in (prepared.staged, staged):
                if leftover is not None:
                    leftover.discard()
            self._forget_missing_pdf(letter_id)
            problem_th, problem_en = _problem(error)
            return replace(issued, pdf_problem_th=problem_th, pdf_problem_en=problem_en)
        return replace(issued, pdf=target)

    def _forget_missing_pdf(self, letter_id: int) -> None:
        """The register says a PDF is stored only while it is (best effort: ``pdf_path``
        typesets a missing one again anyway)."""
        try:
            with self.db.reading() as reader:
                sha = reader.scalar(
                    "SELECT pdf_sha256 FROM outgoing_letter WHERE id = ?", [letter_id]
                )
            if sha and not self._store().has(str(sha)):
                self._record_pdf(letter_id, "")
        except Exception:
            log.exception("could not mark letter %s as still to be saved", letter_id)

    def _record_pdf(self, letter_id: int, sha256: str) -> None:
        from desktop_app.db.models import OutgoingLetter

        with self.db.write() as session:
            row = session.get(OutgoingLetter, letter_id)
            if row is not None:
                row.pdf_sha256 = sha256

    def issue_each(
        self, draft: ForwardDraft, actor: Actor, *, control: JobControl = NO_CONTROL
    ) -> list[IssuedLetter]:
        """One letter per recipient (addressed to it alone), each with its own number.

        Each letter is its own transaction: cancelling stops before the next one, and the
        letters already issued stay issued (their numbers are used, none is skipped). Stopped
        after some were issued (cancelled, or the database became unavailable), it raises
        ``BatchStopped`` carrying them, so they are never reported as failed; stopped before
        the first, the cause itself (``Cancelled``, ``EnvironmentProblem``, ...).
        """
        issued: list[IssuedLetter] = []
        total = len(draft.recipients)
        try:
            for done, recipient in enumerate(draft.recipients):
                control.progress(done, total)
                letter = replace(
                    draft.letter,
                    to=(recipient.name,),
                    salutation=recipient.name
                    if draft.letter.kind == "external"
                    else draft.letter.salutation,
                )
                one = replace(draft, recipients=(recipient,), letter=letter)
                issued.append(self.issue(one, actor))
        except SarabanError as error:
            if not issued:
                raise
            raise BatchStopped(issued, None if isinstance(error, Cancelled) else error) from error
        control.progress(total, total)
        return issued

    def _incoming_pdfs(self, incoming_id: int | None) -> list[tuple[Path, str]]:
        """The incoming document's PDF attachments in their order, each once (the same file
        attached twice is appended once): where they are, and their names."""
        if incoming_id is None:
            return []
        store = self._store()
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT sha256, filename FROM attachment WHERE incoming_id = ? "
                "AND media_type = ? ORDER BY position, id",
                [incoming_id, "application/pdf"],
            )
        unique = dict(rows)  # sha -> name, first kept (dicts keep insertion order)
        return [(store.path_for(sha), name) for sha, name in unique.items()]

    # -- the register ---------------------------------------------------------------------------
    def register_rows(self, year: int | None = None) -> list[OutgoingRow]:
        """The outgoing register, newest first (one BE year, or all)."""
        sql = (
            "SELECT l.id, l.year, l.number, l.doc_no, l.letter_date, l.subject, l.to_text, "
            "l.sending_method, l.incoming_id, (SELECT count(*) FROM letter_recipient r "
            "WHERE r.letter_id = l.id), l.cancelled, l.pdf_sha256, "
            "(SELECT count(*) FROM letter_recipient r WHERE r.letter_id = l.id "
            "AND r.acknowledged_at IS NOT NULL), COALESCE(o.doc_no, '') FROM outgoing_letter l "
            "LEFT JOIN outgoing_letter o ON o.id = l.reminder_of_id"
        )
        params: list[object] = []
        if year is not None:
            sql += " WHERE l.year = ?"
            params.append(year)
        sql += " ORDER BY l.year DESC, l.issued_at DESC, l.id DESC"
        with self.db.reading() as reader:
            rows = reader.rows(sql, params)
            # Letters without a PDF: those imported from an earlier register have no text.
            # One query (an imported year holds thousands of them), not one per letter.
            imported: set[int] = set()
            if any(not row[11] for row in rows):
                unsaved_sql = (
                    "SELECT id, content FROM outgoing_letter "
                    "WHERE (pdf_sha256 IS NULL OR pdf_sha256 = '')"
                )
                if year is not None:
                    unsaved_sql += " AND year = ?"
                imported = {
                    int(letter_id)
                    for letter_id, content in reader.rows(unsaved_sql, params)
                    if _is_imported(content)
                }
        return [
            OutgoingRow(
                int(id_),
                int(year_),
                int(number),
                doc_no,
                incoming_reads.as_date(letter_date),
                subject,
                to_text,
                method,
                incoming,
                int(count),
                bool(cancelled),
                bool(sha),
                int(acknowledged),
                str(original),
                int(id_) in imported,
            )
            for (
                id_,
                year_,
                number,
                doc_no,
                letter_date,
                subject,
                to_text,
                method,
                incoming,
                count,
                cancelled,
                sha,
                acknowledged,
                original,
            ) in rows
        ]

    def forwards_of(self, incoming_id: int) -> list[OutgoingRow]:
        """The letters that already forwarded incoming document ``incoming_id``, oldest
        first; cancelled numbers are left out (a cancelled letter forwarded nothing). Empty
        when it was never forwarded."""
        sql = (
            "SELECT l.id, l.year, l.number, l.doc_no, l.letter_date, l.subject, l.to_text, "
            "l.sending_method, l.incoming_id, (SELECT count(*) FROM letter_recipient r "
            "WHERE r.letter_id = l.id), l.pdf_sha256, (SELECT count(*) FROM letter_recipient r "
            "WHERE r.letter_id = l.id AND r.acknowledged_at IS NOT NULL) FROM outgoing_letter l "
            "WHERE l.incoming_id = ? AND l.cancelled = ? ORDER BY l.issued_at, l.id"
        )
        with self.db.reading() as reader:
            rows = reader.rows(sql, [incoming_id, False])
        return [
            OutgoingRow(
                id=int(id_),
                year=int(year_),
                number=int(number),
                doc_no=doc_no,
                letter_date=incoming_reads.as_date(letter_date),
                subject=subject,
                to_text=to_text,
                sending_method=method,
                incoming_id=incoming,
                recipients=int(count),
                cancelled=False,
                pdf_saved=bool(sha),
                acknowledged=int(acknowledged),
            )
            for (
                id_,
                year_,
                number,
                doc_no,
                letter_date,
                subject,
                to_text,
                method,
                incoming,
                count,
                sha,
                acknowledged,
            ) in rows
        ]

    def stored_letter(self, letter_id: int) -> Letter:
        """The letter exactly as it was issued (its stored JSON). Raises ``NotFound``."""
        with self.db.reading() as reader:
            content = reader.scalar("SELECT content FROM outgoing_letter WHERE id = ?", [letter_id])
        if content is None:
            raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
        import json

        return Letter.from_json(
            json.loads(content) if isinstance(content, str | bytes) else content
        )

    def pdf_path(self, letter_id: int) -> Path:
        """The issued letter's PDF in the store; typeset again from the stored letter (same
        number, same text) if it was never saved or has gone missing."""
        with self.db.reading() as reader:
            found = reader.row(
                "SELECT pdf_sha256, incoming_id, encloses_incoming_pdf "
                "FROM outgoing_letter WHERE id = ?",
                [letter_id],
            )
        if found is None:
            raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
        sha, incoming_id, encloses = found
        store = self._store()
        if sha and store.has(sha):
            return store.path_for(sha)
        with self.db.reading() as reader:
            content = reader.scalar("SELECT content FROM outgoing_letter WHERE id = ?", [letter_id])
        if _is_imported(content):
            raise Conflict(
                "หนังสือนี้นำเข้าจากทะเบียนเดิม (Excel) มีเพียงเลขที่และรายละเอียดในทะเบียน "
                "ไม่มีตัวหนังสือในโปรแกรม จึงพิมพ์ซ้ำไม่ได้",
                "This letter was imported from the earlier register (Excel): only its number "
                "and register details are here, not its text, so it cannot be printed again",
            )
        letter = self.stored_letter(letter_id)
        enclosures: list[bytes] = []
        if encloses and incoming_id is not None:
            enclosures = [
                path.read_bytes()
                for path, _name in self._incoming_pdfs(int(incoming_id))
                if path.is_file()
            ]
        pdf, _pages = self._typeset(letter, enclosures)
        stored = store.put_bytes(pdf, f"{letter.doc_no}.pdf")
        self._record_pdf(letter_id, stored.sha256)
        return store.path_for(stored.sha256)

    def save_pdf(self, letter_id: int, target: Path) -> Path:
        """Write the issued letter's PDF to ``target`` (a reprint: no new number).

        Raises ``NotFound``, ``InvalidInput`` (no such folder), ``EnvironmentProblem``.
        """
        target = check_output(target, ".pdf")
        source = self.pdf_path(letter_id)
        try:
            data = source.read_bytes()
        except OSError as error:
            from desktop_app.files import describe_os_error

            raise describe_os_error(error) from error
        write_atomically(target, data)
        return target

    def cancel(self, letter_id: int, reason: str, actor: Actor) -> None:
        """Cancel (ยกเลิก) an issued number: it stays in the register, marked, never reused."""
        from desktop_app.db.models import OutgoingLetter, utcnow
        from desktop_app.services import audit

        reason = required_reason(reason)
        with self.db.write() as session:
            letter = session.get(OutgoingLetter, letter_id)
            if letter is None:
                raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
            if letter.cancelled:
                raise Conflict(
                    f"เลขที่ {letter.doc_no} ถูกยกเลิกไปแล้ว", f"{letter.doc_no} is already cancelled"
                )
            letter.cancelled = True
            letter.cancelled_at = utcnow()
            letter.cancelled_by = actor.id
            letter.cancel_reason = reason
            audit.record(
                session,
                actor,
                "outgoing.cancel",
                "outgoing",
                letter.id,
                {"reason": reason, "doc_no": letter.doc_no},
            )

    def recipients_of(self, letter_id: int) -> list[tuple[str, str | None]]:
        with self.db.reading() as reader:
            if reader.scalar("SELECT id FROM outgoing_letter WHERE id = ?", [letter_id]) is None:
                raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
            return [
                (name, code)
                for name, code in reader.rows(
                    "SELECT name, code FROM letter_recipient WHERE letter_id = ? ORDER BY position",
                    [letter_id],
                )
            ]

    # -- recipients' copies, the delivery sheet and the register export (issue 7) -------------
    def _copy_rows(self, letter_id: int) -> tuple[_LetterHead, list[_CopyRow]]:
        """The letter's head and its tracking rows in recipient order, every row with an
        acknowledgement code: rows from before codes existed get one first (one short write
        transaction). Raises ``NotFound``, ``Conflict`` (a cancelled letter)."""
        head = self._letter_head(letter_id)
        rows = self._read_copy_rows(letter_id)
        missing = [row.id for row in rows if not row.ack_code]
        if missing:
            self._assign_ack_codes(missing)
            rows = self._read_copy_rows(letter_id)
        return head, rows

    def _letter_head(self, letter_id: int) -> _LetterHead:
        with self.db.reading() as reader:
            found = reader.row(
                "SELECT l.doc_no, l.letter_date, l.subject, l.cancelled, COALESCE(w.name, '') "
                "FROM outgoing_letter l LEFT JOIN work_group w ON w.id = l.work_group_id "
                "WHERE l.id = ?",
                [letter_id],
            )
        if found is None:
            raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
        doc_no, letter_date, subject, cancelled, unit = found
        if cancelled:
            raise Conflict(
                f"เลขที่ {doc_no} ถูกยกเลิกแล้ว พิมพ์ส่งไม่ได้",
                f"{doc_no} is cancelled; it cannot be sent",
            )
        return _LetterHead(doc_no, incoming_reads.as_date(letter_date), subject, unit)

    def _read_copy_rows(self, letter_id: int) -> list[_CopyRow]:
        with self.db.reading() as reader:
            rows = reader.rows(
                "SELECT id, position, name, ack_code, acknowledged_at, returned_at "
                "FROM letter_recipient WHERE letter_id = ? ORDER BY position",
                [letter_id],
            )
        return [
            _CopyRow(int(id_), int(position), name, code or "", acked is not None, back is not None)
            for id_, position, name, code, acked, back in rows
        ]

    def _assign_ack_codes(self, row_ids: Sequence[int]) -> None:
        """Give these rows an acknowledgement code where they still have none. A row another
        workstation gave one meanwhile keeps it (the update only touches a row whose code is
        still empty); a code some other row carries is never given twice."""
        from sqlalchemy import or_, select, update

        from desktop_app.db.models import LetterRecipient
        from desktop_app.domain.ack_codes import new_code

        with self.db.write() as session:
            codes: list[str] = []
            while len(codes) < len(row_ids):
                fresh = list(dict.fromkeys(new_code() for _ in range(len(row_ids) - len(codes))))
                taken = set(
                    session.scalars(
                        select(LetterRecipient.ack_code).where(LetterRecipient.ack_code.in_(fresh))
                    )
                )
                codes.extend(code for code in fresh if code not in taken and code not in codes)
            for row_id, code in zip(row_ids, codes, strict=False):
                session.execute(
                    update(LetterRecipient)
                    .where(
                        LetterRecipient.id == row_id,
                        or_(LetterRecipient.ack_code.is_(None), LetterRecipient.ack_code == ""),
                    )
                    .values(ack_code=code)
                )

    def recipient_copies(self, letter_id: int, target: Path) -> Path:
        """Write every recipient's copy of the issued letter to ``target`` (one PDF): in the
        recipients' order, each the stored letter with that recipient's acknowledgement code
        and QR code (and its name) by the contact lines, pages numbered per copy; the
        enclosures are not repeated. Rows issued before codes existed are given one first.
        Typeset outside any transaction; written whole or not at all. Returns ``target``.

        Raises ``InvalidInput`` (not .pdf, no such folder; before anything is read),
        ``NotFound``, ``Conflict`` (a cancelled letter), ``EnvironmentProblem``."""
        target = check_output(target, ".pdf")
        _head, rows = self._copy_rows(letter_id)
        letter = self.stored_letter(letter_id)
        copies = [(replace(letter, ack_code=row.ack_code), row.name) for row in rows]
        if not copies:
            raise Conflict(
                f"หนังสือที่ {letter.doc_no} ไม่มีผู้รับ", f"Letter {letter.doc_no} has no recipients"
            )
        buffer = io.BytesIO()
        self.renderer().build_copies(copies, buffer)
        write_atomically(target, buffer.getvalue())
        return target

    def delivery_sheet(self, letter_id: int, target: Path, *, only_pending: bool = False) -> Path:
        """Write the messenger's delivery sheet (ใบส่งหนังสือ) of the issued letter to
        ``target`` (PDF, A4 landscape): every recipient (``only_pending``: those that have not
        acknowledged) with its acknowledgement code and room to sign, in the letter's digits.
        Rows issued before codes existed are given one first. Returns ``target``.

        Raises ``InvalidInput`` (not .pdf, no such folder), ``NotFound``, ``Conflict`` (a
        cancelled letter; nobody left to deliver to), ``EnvironmentProblem``."""
        from desktop_app.domain.acks import AckState
        from desktop_app.reports.delivery_sheet import (
            DeliveryLine,
            DeliverySheet,
            DeliverySheetRenderer,
        )

        target = check_output(target, ".pdf")
        head, rows = self._copy_rows(letter_id)
        letter = self.stored_letter(letter_id)
        chosen = [row for row in rows if not (only_pending and row.acknowledged)]
        if not chosen:
            raise Conflict(
                f"ผู้รับหนังสือที่ {head.doc_no} ตอบรับครบแล้ว ไม่มีรายชื่อให้นำส่ง",
                f"Every recipient of {head.doc_no} has acknowledged: nobody to deliver to",
            )
        office = self.settings.office()
        sheet = DeliverySheet(
            office=office.name if office else letter.office,
            unit=head.unit or letter.owner_unit.split("\n")[0],
            doc_no=head.doc_no,
            letter_date=head.letter_date,
            subject=head.subject,
            lines=tuple(
                DeliveryLine(
                    row.position + 1,
                    row.name,
                    row.ack_code,
                    AckState.RETURNED.label_th if row.returned and not row.acknowledged else "",
                )
                for row in chosen
            ),
            urgency=letter.urgency,
            digits=letter.digits,
            only_pending=only_pending,
            printed_at=self.clock().replace(microsecond=0),
        )
        renderer = self.renderer()
        buffer = io.BytesIO()
        DeliverySheetRenderer(renderer.fonts, renderer.segmenter).build(sheet, buffer)
        write_atomically(target, buffer.getvalue())
        return target

    def register_lines(self, year: int | None = None) -> list[OutgoingRegisterLine]:
        """The outgoing register as exported, oldest first (one BE year, or all): each letter
        with who sent it (its work group, else the office), the incoming document it forwards,
        the letter it reminds of, and how many of its recipients acknowledged."""
        from desktop_app.domain.classes import Urgency
        from desktop_app.reports.excel import OutgoingRegisterLine

        sql = (
            "SELECT l.year, l.number, l.doc_no, l.letter_date, COALESCE(w.name, ''), l.to_text, "
            "l.subject, l.urgency, l.sending_method, "
            "(SELECT count(*) FROM letter_recipient r WHERE r.letter_id = l.id), "
            "(SELECT count(*) FROM letter_recipient r WHERE r.letter_id = l.id "
            "AND r.acknowledged_at IS NOT NULL), "
            "l.remarks, i.receive_no, i.receive_year, COALESCE(m.doc_no, ''), l.cancelled, "
            "l.cancel_reason FROM outgoing_letter l "
            "LEFT JOIN work_group w ON w.id = l.work_group_id "
            "LEFT JOIN incoming_document i ON i.id = l.incoming_id "
            "LEFT JOIN outgoing_letter m ON m.id = l.reminder_of_id"
        )
        params: list[object] = []
        if year is not None:
            sql += " WHERE l.year = ?"
            params.append(year)
        sql += " ORDER BY l.year, l.issued_at, l.id"
        with self.db.reading() as reader:
            rows = reader.rows(sql, params)
        office = self.settings.office()
        office_name = office.name if office else ""
        return [
            OutgoingRegisterLine(
                year=int(year_),
                number=int(number),
                doc_no=doc_no,
                letter_date=incoming_reads.as_date(letter_date),
                sender=unit or office_name,
                to_text=to_text or "",
                subject=subject,
                urgency=Urgency.parse(urgency),
                sending_method=method or "",
                recipients=int(count),
                acknowledged=int(acked),
                remarks=remarks or "",
                incoming_no=f"{receive_no}/{receive_year}" if receive_no is not None else "",
                reminder_of=reminded,
                cancelled=bool(cancelled),
                cancel_reason=reason or "",
            )
            for (
                year_,
                number,
                doc_no,
                letter_date,
                unit,
                to_text,
                subject,
                urgency,
                method,
                count,
                acked,
                remarks,
                receive_no,
                receive_year,
                reminded,
                cancelled,
                reason,
            ) in rows
        ]


@dataclass(frozen=True)
class _LetterHead:
    doc_no: str
    letter_date: dt.date
    subject: str
    unit: str  # the work group's name, "" if none


@dataclass(frozen=True)
class _CopyRow:
    id: int
    position: int  # 0-based, the recipients' order
    name: str
    ack_code: str
    acknowledged: bool
    returned: bool


def _record_reminded(
    session: object, original_id: int, recipients: Sequence[Recipient], reminder_id: int
) -> None:
    """The original's pending rows of these recipients record the reminder sent to them."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop_app.db.models import LetterRecipient

    assert isinstance(session, Session)
    ids = {r.id for r in recipients if r.id}
    names = {r.name for r in recipients}
    rows = session.scalars(
        select(LetterRecipient).where(
            LetterRecipient.letter_id == original_id, LetterRecipient.acknowledged_at.is_(None)
        )
    )
    for tracking in rows:
        if tracking.organisation_id in ids or (
            tracking.organisation_id is None and tracking.name in names
        ):
            tracking.reminded_count = (tracking.reminded_count or 0) + 1
            tracking.last_reminder_id = reminder_id


_FROZEN: list[bool] = []


def _freeze_loaded_objects() -> None:
    """Move what is alive now (fonts, the half-million objects of the word dictionary) out of
    the garbage collector's reach, once per process: otherwise every full collection walks
    them, a 0.3 s pause about every 50 letters in which no thread runs, measured in
    docs/benchmarks.md section 5 (``gc.freeze`` removed those pauses)."""
    import gc

    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


def _problem(error: Exception) -> tuple[str, str]:
    """Why the PDF of an issued letter was not saved, for the officer."""
    if isinstance(error, SarabanError):
        return error.message_th, error.message_en
    return (
        f"บันทึกแฟ้ม PDF ไม่สำเร็จ ({type(error).__name__})",
        f"The PDF could not be saved ({type(error).__name__})",
    )


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name).strip("_") or "letter"


def _is_imported(content: object) -> bool:
    """Whether an outgoing letter's stored content marks it as imported from an earlier
    register (services/register_import.py stores ``{"imported": {"file", "row"}}``)."""
    import json

    if isinstance(content, str | bytes):
        try:
            content = json.loads(content)
        except ValueError:
            return False
    return isinstance(content, dict) and "imported" in content
