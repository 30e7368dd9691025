"""Forwarding and the outgoing register (ทะเบียนหนังสือส่ง).

An officer takes a registered incoming document, picks recipients (presets or one by one),
edits the forwarding letter the service drafts from the incoming record, and issues it: the
outgoing number is allocated, the letter typeset with it and stored, and one tracking row
written per recipient, all in one transaction, so a failure leaves no number used and no half
letter. Numbers run per calendar year (BE) in a series per work-group prefix, normal and
circular (ว) apart, gapless like the receive numbers.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from threading import Lock
from typing import Any

from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import (
    Attachment,
    IncomingDocument,
    LetterRecipient,
    Organisation,
    OutgoingLetter,
    RecipientList,
    RecipientListMember,
    WorkGroup,
    utcnow,
)
from desktop_app.db.numbering import allocate_number
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.routing import PRESETS, Addressee, ordered, preset_members, to_line
from desktop_app.domain.thai_dates import be_year, format_date_full
from desktop_app.domain.thai_text import apply_digits, normalise
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.reports.letters import Letter, LetterFonts, LetterRenderer, write_atomically
from desktop_app.reports.typesetting import Segmenter
from desktop_app.services import audit
from desktop_app.services.attachments import AttachmentStore
from desktop_app.services.directory import DirectoryService
from desktop_app.services.register import derive_columns
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import Actor

Clock = Callable[[], dt.datetime]
DUE_DAYS = {Urgency.MOST_URGENT: 3, Urgency.VERY_URGENT: 5, Urgency.URGENT: 7,
            Urgency.NORMAL: 15}


@dataclass(frozen=True)
class ForwardDraft:
    """A forwarding letter before it has a number: what the editor shows and changes."""

    incoming_id: int | None
    recipients: tuple[Addressee, ...]
    letter: Letter
    circular: bool
    prefix: str
    work_group_id: int | None
    append_incoming_pdf: bool = True
    sending_method: str = ""

    @property
    def recipient_codes(self) -> list[str]:
        return [a.code or a.name for a in self.recipients]


@dataclass(frozen=True)
class IssuedLetter:
    id: int
    doc_no: str  # Arabic digits, as stored
    printed_no: str  # as printed on the letter (the letter's digits)
    series: str  # "circular" or "normal"
    prefix: str
    number: int
    year: int
    letter_date: dt.date
    recipients: tuple[Addressee, ...]
    pdf: Path
    pages: int

    def to_json(self) -> dict[str, Any]:
        return {
            "letter_id": self.id,
            "outgoing_no": self.printed_no,
            "series": self.series,
            "prefix": self.prefix,
            "number": self.number,
            "year": self.year,
            "date": self.letter_date.isoformat(),
            "recipients": [a.code or a.name for a in self.recipients],
            "pdf": str(self.pdf),
            "pages": self.pages,
        }


@dataclass(frozen=True)
class OutgoingRow:
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


def format_doc_no(prefix: str, number: int, circular: bool) -> str:
    """"มส 0023.3/ว 354" (circular) or "มส 0023.3/354"."""
    return f"{prefix}/ว {number}" if circular else f"{prefix}/{number}"


def series_key(prefix: str, circular: bool) -> str:
    return f"outgoing:{normalise(prefix)}:{'ว' if circular else ''}"


def _addressee(org: Organisation, district_names: dict[str, str]) -> Addressee:
    return Addressee(org.id, org.kind, org.name, org.code, org.la_type, org.district_code,
                     district_names.get(org.district_code or "", ""))


class OutgoingService:
    def __init__(self, db: Database, directory: DirectoryService, settings: SettingsService,
                 store: Callable[[], AttachmentStore], letters_dir: Path,
                 clock: Clock) -> None:
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
        font = self.settings.get("letter.font_path")
        bold = self.settings.get("letter.bold_font_path")
        garuda = self.settings.get("letter.garuda_path")
        with self._renderer_lock:
            key = (font, bold, garuda)
            if self._renderer is not None and self._renderer_key != key:
                self._renderer = None
            if self._renderer is None:
                self._renderer_key = key
                fonts = (LetterFonts.from_files(Path(font), Path(bold) if bold else None)
                         if font and Path(font).is_file() else LetterFonts.bundled())
                self._renderer = LetterRenderer(
                    fonts=fonts, segmenter=Segmenter(self.directory.sender_names()),
                    garuda=Path(garuda) if garuda and Path(garuda).is_file() else None)
            return self._renderer

    def preview(self, draft: ForwardDraft) -> bytes:
        """The letter as it will look, with the number still open ("..."), for the editor."""
        letter = draft.letter
        if not letter.doc_no:
            letter = replace(letter, doc_no=f"{draft.prefix}/{'ว ' if draft.circular else ''}...")
        if letter.date is None:
            letter = replace(letter, date=self.clock().date())
        return self.renderer().render_bytes(letter)

    # -- recipients ---------------------------------------------------------------------------
    def addressees(self) -> list[Addressee]:
        """The office's province (districts, local authorities) and other agencies."""
        office = self.settings.office()
        province = office.province_code if office else None
        with self.db.read() as session:
            query = select(Organisation).where(Organisation.active.is_(True))
            organisations = list(session.scalars(query))
        district_names = {o.code or "": o.name for o in organisations if o.kind == "district"}
        return ordered(
            _addressee(org, district_names) for org in organisations
            if org.kind in ("district", "local_authority", "agency", "department", "province")
            and (org.kind in ("agency", "department") or province is None
                 or org.province_code == province)
        )

    def resolve(self, targets: Sequence[str]) -> list[Addressee]:
        """Targets as the CLI takes them: a preset (all-districts, all-local-authorities,
        all-municipalities, all-sao, district:CODE, list:NAME), a district code or a local
        authority's DLA code."""
        directory = self.addressees()
        by_code = {a.code: a for a in directory if a.code}
        chosen: list[Addressee] = []
        for raw in targets:
            target = raw.strip()
            if target in PRESETS or target.startswith("district:"):
                if target.startswith("district:") and target.split(":", 1)[1] not in by_code:
                    raise InvalidInput(f"ไม่พบอำเภอรหัส {target.split(':', 1)[1]}",
                                       f"No district {target.split(':', 1)[1]}", field="to")
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
                    "code or a 7-digit DLA code)", field="to")
        if not chosen:
            raise InvalidInput("ยังไม่ได้เลือกผู้รับ", "No recipients chosen", field="to")
        return ordered(chosen)

    def _list_members(self, name: str) -> list[Addressee]:
        with self.db.read() as session:
            saved = session.scalar(select(RecipientList).where(RecipientList.name == name))
            if saved is None:
                raise InvalidInput(f"ไม่พบรายชื่อผู้รับ “{name}”", f"No recipient list “{name}”",
                                   field="to")
            ids = [member.organisation_id for member in saved.members]
        wanted = set(ids)
        with self.db.read() as session:
            orgs = list(session.scalars(select(Organisation).where(Organisation.id.in_(wanted))))
        return [_addressee(org, {}) for org in orgs]

    def save_list(self, name: str, organisation_ids: Sequence[int], actor: Actor) -> None:
        clean = normalise(name)
        if not clean:
            raise InvalidInput("กรุณาตั้งชื่อรายชื่อผู้รับ", "Name the list", field="name")
        with self.db.write() as session:
            saved = session.scalar(select(RecipientList).where(RecipientList.name == clean))
            if saved is None:
                saved = RecipientList(name=clean, created_by=actor.id)
                session.add(saved)
            saved.members = [RecipientListMember(organisation_id=org_id, position=index)
                             for index, org_id in enumerate(dict.fromkeys(organisation_ids))]
            audit.record(session, actor, "recipient_list.save", "recipient_list", None,
                         {"name": clean, "members": list(organisation_ids)})

    def lists(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(RecipientList.name).order_by(RecipientList.name)))

    # -- drafting -------------------------------------------------------------------------------
    def draft_forward(self, incoming_id: int, recipients: Sequence[Addressee], *,
                      kind: str = "stamped", circular: bool | None = None,
                      work_group_id: int | None = None) -> ForwardDraft:
        """A forwarding letter filled from the incoming record (subject, its number and date
        cited, the copy listed as enclosed)."""
        with self.db.read() as session:
            incoming = session.get(IncomingDocument, incoming_id)
            if incoming is None:
                raise NotFound(f"ไม่พบหนังสือรับรหัส {incoming_id}",
                               f"No incoming document {incoming_id}")
            if incoming.cancelled:
                raise Conflict(
                    f"เลขรับ {incoming.receive_no}/{incoming.receive_year} ถูกยกเลิกแล้ว ส่งต่อไม่ได้",
                    f"Receive no. {incoming.receive_no}/{incoming.receive_year} is cancelled")
            group_id = work_group_id or incoming.work_group_id
            group = session.get(WorkGroup, group_id) if group_id else session.scalar(
                select(WorkGroup).where(WorkGroup.active.is_(True))
                .order_by(WorkGroup.position, WorkGroup.id).limit(1))
            sender, doc_no, doc_date = incoming.sender, incoming.doc_no, incoming.doc_date
            subject, urgency = incoming.subject, Urgency(incoming.urgency)
            secrecy = Secrecy(incoming.secrecy)
        office = self.settings.office()
        digits = self.settings.get("letter.digits")
        directory = self.addressees()
        chosen = ordered(recipients)
        prefix = (group.letter_prefix if group and group.letter_prefix else
                  office.letter_prefix if office else "")
        if not prefix:
            raise InvalidInput("ยังไม่ได้ตั้งรหัสหนังสือของกลุ่มงานหรือสำนักงาน (หน้าตั้งค่า)",
                               "No letter code prefix is set for the work group or office",
                               field="prefix")
        date_text = format_date_full(doc_date, "arabic")
        cited = f"{sender} ที่ {doc_no} ลงวันที่ {date_text}" if doc_no else \
            f"{sender} ลงวันที่ {date_text}"
        office_name = office.name if office else ""
        body = (
            f"ด้วย{sender}แจ้งว่า {subject} รายละเอียดปรากฏตามสำเนาหนังสือ{cited} "
            "ที่ส่งมาพร้อมนี้",
            f"{office_name}จึงขอส่งสำเนาหนังสือดังกล่าวมาเพื่อทราบ และพิจารณาดำเนินการ"
            "ในส่วนที่เกี่ยวข้องต่อไป",
        )
        letter = Letter(
            kind="external" if kind == "external" else "stamped",
            to=tuple(to_line(chosen, directory)),
            subject=subject,
            enclosures=(f"สำเนาหนังสือ{cited} จำนวน 1 ชุด",),
            body=body,
            office=office_name,
            office_address=office.address if office else "",
            owner_unit=group.name if group else "",
            phone=(group.phone if group and group.phone else office.phone if office else ""),
            email=(group.email if group and group.email else office.email if office else ""),
            urgency=urgency,
            secrecy=secrecy,
            digits=digits,
        )
        return ForwardDraft(
            incoming_id=incoming_id, recipients=tuple(chosen), letter=letter,
            circular=len(chosen) > 1 if circular is None else circular, prefix=prefix,
            work_group_id=group.id if group else None,
        )

    # -- issuing --------------------------------------------------------------------------------
    def issue(self, draft: ForwardDraft, actor: Actor, *, out: Path | None = None
              ) -> IssuedLetter:
        """Allocate the number, typeset the letter with it, store it, track each recipient."""
        if not draft.recipients:
            raise InvalidInput("ยังไม่ได้เลือกผู้รับ", "No recipients chosen", field="to")
        if not draft.letter.subject.strip():
            raise InvalidInput("กรุณากรอกเรื่อง", "Enter the subject", field="subject")
        if out is not None and not out.parent.is_dir():
            raise InvalidInput(f"ไม่พบโฟลเดอร์ “{out.parent}”", f"No such folder: “{out.parent}”",
                               field="out")
        enclosures = self._incoming_pdfs(draft.incoming_id) if draft.append_incoming_pdf else []
        renderer = self.renderer()  # load fonts and the dictionary before taking the lock
        now = self.clock().replace(microsecond=0)
        year = be_year(now.date())
        store = self._store()
        with self.db.write() as session:
            number = allocate_number(session, series_key(draft.prefix, draft.circular), year)
            doc_no = format_doc_no(normalise(draft.prefix), number, draft.circular)
            letter_date = draft.letter.date or now.date()
            letter = replace(draft.letter, doc_no=doc_no, date=letter_date)
            buffer = io.BytesIO()
            pages = renderer.build(letter, buffer)
            pdf = append_pdfs(buffer.getvalue(), enclosures)
            stored = store.put_bytes(pdf, f"{doc_no}.pdf")
            row = OutgoingLetter(
                series_key=series_key(draft.prefix, draft.circular), prefix=draft.prefix,
                circular=draft.circular, year=year, number=number, doc_no=doc_no,
                kind=letter.kind, letter_date=letter_date, issued_at=now,
                subject=letter.subject, to_text=" ".join(letter.to),
                sending_method=draft.sending_method, urgency=letter.urgency.value,
                secrecy=letter.secrecy.value, incoming_id=draft.incoming_id,
                work_group_id=draft.work_group_id, content=letter_to_json(letter),
                pdf_sha256=stored.sha256, created_by=actor.id, created_at=utcnow(),
            )
            due = now.date() + dt.timedelta(days=DUE_DAYS.get(letter.urgency, 15))
            row.recipients = [
                LetterRecipient(position=index, organisation_id=a.id, name=a.name, code=a.code,
                                due_date=due)
                for index, a in enumerate(draft.recipients)
            ]
            session.add(row)
            if draft.incoming_id is not None:
                incoming = session.get(IncomingDocument, draft.incoming_id)
                if incoming is not None:
                    note = f"ส่งต่อ ที่ {doc_no} ลงวันที่ {format_date_full(letter_date, 'arabic')}"
                    incoming.action_taken = "; ".join(
                        part for part in (incoming.action_taken, note) if part)
                    derive_columns(incoming)
            session.flush()
            audit.record(session, actor, "outgoing.issue", "outgoing", row.id, {
                "doc_no": doc_no, "incoming_id": draft.incoming_id,
                "recipients": [a.code or a.name for a in draft.recipients], "pdf": stored.sha256})
            letter_id = row.id
        target = out or self.letters_dir / str(year) / f"{_safe(doc_no)}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, pdf)
        return IssuedLetter(
            id=letter_id, doc_no=doc_no,
            printed_no=apply_digits(doc_no, letter.digits), series="circular" if draft.circular
            else "normal", prefix=draft.prefix, number=number, year=year,
            letter_date=letter_date, recipients=draft.recipients, pdf=target,
            pages=pages + _extra_pages(enclosures),
        )

    def issue_each(self, draft: ForwardDraft, actor: Actor, *,
                   control: JobControl = NO_CONTROL) -> list[IssuedLetter]:
        """One letter per recipient (addressed to it alone), each with its own number.

        Each letter is its own transaction: cancelling stops before the next one, and the
        letters already issued stay issued (their numbers are used, none is skipped).
        """
        issued: list[IssuedLetter] = []
        total = len(draft.recipients)
        for done, addressee in enumerate(draft.recipients):
            control.progress(done, total)
            letter = replace(draft.letter, to=(addressee.name,),
                             salutation=addressee.name if draft.letter.kind == "external"
                             else draft.letter.salutation)
            issued.append(self.issue(replace(draft, recipients=(addressee,), letter=letter),
                                     actor))
        control.progress(total, total)
        return issued

    def _incoming_pdfs(self, incoming_id: int | None) -> list[Path]:
        if incoming_id is None:
            return []
        store = self._store()
        with self.db.read() as session:
            rows = session.scalars(select(Attachment).where(
                Attachment.incoming_id == incoming_id,
                Attachment.media_type == "application/pdf").order_by(Attachment.position))
            return [store.path_for(row.sha256) for row in rows]

    # -- the register ---------------------------------------------------------------------------
    def register_rows(self, year: int | None = None) -> list[OutgoingRow]:
        query = select(OutgoingLetter).order_by(OutgoingLetter.year.desc(),
                                                OutgoingLetter.issued_at.desc(),
                                                OutgoingLetter.id.desc())
        if year is not None:
            query = query.where(OutgoingLetter.year == year)
        with self.db.read() as session:
            return [OutgoingRow(r.id, r.year, r.number, r.doc_no, r.letter_date, r.subject,
                                r.to_text, r.sending_method, r.incoming_id, len(r.recipients),
                                r.cancelled)
                    for r in session.scalars(query)]

    def pdf_path(self, letter_id: int) -> Path:
        """The issued letter's PDF in the store (exactly what was issued)."""
        with self.db.read() as session:
            letter = session.get(OutgoingLetter, letter_id)
            if letter is None or not letter.pdf_sha256:
                raise NotFound(f"ไม่พบแฟ้มของหนังสือส่งรหัส {letter_id}",
                               f"No PDF for outgoing letter {letter_id}")
            return self._store().path_for(letter.pdf_sha256)

    def cancel(self, letter_id: int, reason: str, actor: Actor) -> None:
        """Cancel (ยกเลิก) an issued number: it stays in the register, marked, never reused."""
        reason = normalise(reason)
        if not reason:
            raise InvalidInput("กรุณาระบุเหตุผลที่ยกเลิก", "Give the reason for cancelling",
                               field="reason")
        with self.db.write() as session:
            letter = session.get(OutgoingLetter, letter_id)
            if letter is None:
                raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
            if letter.cancelled:
                raise Conflict(f"เลขที่ {letter.doc_no} ถูกยกเลิกไปแล้ว",
                               f"{letter.doc_no} is already cancelled")
            letter.cancelled = True
            letter.cancelled_at = utcnow()
            letter.cancelled_by = actor.id
            letter.cancel_reason = reason
            audit.record(session, actor, "outgoing.cancel", "outgoing", letter.id,
                         {"reason": reason, "doc_no": letter.doc_no})

    def recipients_of(self, letter_id: int) -> list[tuple[str, str | None]]:
        with self.db.read() as session:
            letter = session.get(OutgoingLetter, letter_id)
            if letter is None:
                raise NotFound(f"ไม่พบหนังสือส่งรหัส {letter_id}", f"No outgoing letter {letter_id}")
            return [(r.name, r.code) for r in letter.recipients]


def letter_to_json(letter: Letter) -> dict[str, Any]:
    """The letter as the documented JSON (docs/letter-json.md), for printing it again."""
    return {
        "kind": letter.kind, "doc_no": letter.doc_no,
        "date": letter.date.isoformat() if letter.date else None, "to": list(letter.to),
        "subject": letter.subject, "salutation": letter.salutation,
        "references": list(letter.references), "enclosures": list(letter.enclosures),
        "body": list(letter.body), "closing": letter.closing,
        "signer": ({"name": letter.signer.name, "position": letter.signer.position}
                   if letter.signer else None),
        "office": letter.office, "office_address": letter.office_address,
        "owner_unit": letter.owner_unit, "phone": letter.phone, "fax": letter.fax,
        "email": letter.email, "urgency": letter.urgency.value,
        "secrecy": letter.secrecy.value, "digits": letter.digits,
        "initials": letter.initials, "copies_to": list(letter.copies_to),
    }


def append_pdfs(letter: bytes, enclosures: Sequence[Path]) -> bytes:
    """The letter followed by the pages of each enclosed PDF (the incoming original)."""
    if not enclosures:
        return letter
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter)))
    for path in enclosures:
        try:
            writer.append(PdfReader(str(path)))
        except (PdfReadError, OSError, ValueError) as error:
            raise InvalidInput(
                f"อ่านแฟ้ม PDF ที่แนบกับหนังสือรับไม่ได้ (แฟ้มเสียหายหรือไม่ใช่ PDF): {path.name}",
                f"Cannot read the incoming document's PDF (damaged or not a PDF): {path.name}",
                field="attachments") from error
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _extra_pages(enclosures: Sequence[Path]) -> int:
    if not enclosures:
        return 0
    from pypdf import PdfReader

    return sum(len(PdfReader(str(path)).pages) for path in enclosures)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name).strip("_") or "letter"
