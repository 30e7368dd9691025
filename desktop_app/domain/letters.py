"""A letter as one domain value: what it says, its JSON, its number, the forwarding wording.

``Letter`` is everything a printed letter says; ``reports/letters.py`` only lays it out and
the outgoing service only fills and stores it. ``Letter.to_json`` / ``Letter.from_json`` are
the documented JSON (docs/letter-json.md), both directions: the outgoing register stores the
letter as sent in that form, so a reprint is exactly what was sent.

Sources: the regulation on official correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
พ.ศ. ๒๕๒๖ and amendments), ข้อ 11 (หนังสือภายนอก) and ข้อ 14 (หนังสือประทับตรา) for the parts;
saraban.md for document numbers and the forwarding letter's content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal

from desktop_app.domain.ack_codes import normalise_code
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_dates import format_date_full, parse_date
from desktop_app.domain.thai_text import Digits, normalise

LetterKind = Literal["stamped", "external"]
LETTER_KINDS: tuple[LetterKind, ...] = ("stamped", "external")


# Calendar days a recipient has to acknowledge, by the letter's urgency, when the officer
# typed no deadline. The office's working-day rules arrive with acknowledgements (issue 7).
@dataclass(frozen=True)
class Signer:
    name: str
    position: str = ""  # may hold several lines separated by "\n"


@dataclass(frozen=True)
class Letter:
    """Everything a letter says. Missing optional parts are left out of the page.

    ``doc_no`` is stored with Arabic digits ("มส 0023.3/ว 354"); ``digits`` says which digits
    the letter prints.
    """

    kind: LetterKind
    doc_no: str = ""
    date: dt.date | None = None
    to: tuple[str, ...] = ()
    subject: str = ""
    salutation: str = ""  # external letters: the เรียน line (defaults to the recipients)
    references: tuple[str, ...] = ()
    enclosures: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    closing: str = ""
    signer: Signer | None = None
    office: str = ""  # the sending office (its name; external letters also its address)
    office_address: str = ""
    owner_unit: str = ""  # ส่วนราชการเจ้าของเรื่อง
    phone: str = ""
    fax: str = ""
    email: str = ""
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL
    digits: Digits = "thai"
    initials: str = ""  # stamped letters: the responsible officer's initials by the stamp
    copies_to: tuple[str, ...] = ()  # สำเนาส่ง
    annex_title: str = ""  # the annex page's heading when the recipients go to an annex
    # A recipient's copy: its acknowledgement code (canonical, domain/ack_codes.py), printed
    # with a QR code beside the contact lines. "" on the office's copy (the stored letter).
    ack_code: str = ""

    def to_json(self) -> dict[str, Any]:
        """The documented JSON object (docs/letter-json.md); every field, always."""
        return {
            "kind": self.kind,
            "doc_no": self.doc_no,
            "date": self.date.isoformat() if self.date else None,
            "to": list(self.to),
            "subject": self.subject,
            "salutation": self.salutation,
            "references": list(self.references),
            "enclosures": list(self.enclosures),
            "body": list(self.body),
            "closing": self.closing,
            "signer": (
                {"name": self.signer.name, "position": self.signer.position}
                if self.signer
                else None
            ),
            "office": self.office,
            "office_address": self.office_address,
            "owner_unit": self.owner_unit,
            "phone": self.phone,
            "fax": self.fax,
            "email": self.email,
            "urgency": self.urgency.value,
            "secrecy": self.secrecy.value,
            "digits": self.digits,
            "initials": self.initials,
            "copies_to": list(self.copies_to),
            "annex_title": self.annex_title,
            "ack_code": self.ack_code,
        }

    @classmethod
    def from_json(cls, data: Any) -> Letter:
        """Read the documented JSON object; raise ``InvalidInput`` naming the wrong field.

        Dates may be ISO ("2026-03-05") or as clerks write them ("๕ มี.ค. ๖๙"); a string
        where a list is expected is a list of one; blank list items are dropped; keys the
        schema does not know are ignored (other tools may add their own).
        """
        if not isinstance(data, dict):
            raise InvalidInput("ข้อมูลหนังสือต้องเป็นออบเจกต์ JSON", "A letter must be a JSON object")
        kind = data.get("kind", "stamped")
        if kind not in LETTER_KINDS:
            raise InvalidInput(
                f"kind ต้องเป็น stamped หรือ external (ได้รับ {kind!r})",
                f"kind must be stamped or external (got {kind!r})",
                field="kind",
            )
        digits = data.get("digits", "thai")
        if digits not in ("thai", "arabic"):
            raise InvalidInput(
                f"digits ต้องเป็น thai หรือ arabic (ได้รับ {digits!r})",
                f"digits must be thai or arabic (got {digits!r})",
                field="digits",
            )
        date_value = data.get("date")
        date = None
        if date_value:
            try:
                date = dt.date.fromisoformat(str(date_value))
            except ValueError:
                date = parse_date(str(date_value))
        signer = data.get("signer")
        if signer is not None and not isinstance(signer, dict):
            raise InvalidInput(
                "signer ต้องเป็นออบเจกต์ {name, position}",
                "signer must be an object {name, position}",
                field="signer",
            )
        return cls(
            kind=kind,
            doc_no=_string(data, "doc_no"),
            date=date,
            to=_strings(data, "to"),
            subject=_string(data, "subject"),
            salutation=_string(data, "salutation"),
            references=_strings(data, "references"),
            enclosures=_strings(data, "enclosures"),
            body=_strings(data, "body"),
            closing=_string(data, "closing"),
            signer=Signer(_string(signer, "name"), _string(signer, "position")) if signer else None,
            office=_string(data, "office"),
            office_address=_string(data, "office_address"),
            owner_unit=_string(data, "owner_unit"),
            phone=_string(data, "phone"),
            fax=_string(data, "fax"),
            email=_string(data, "email"),
            urgency=Urgency.parse(data.get("urgency")),
            secrecy=Secrecy.parse(data.get("secrecy")),
            digits=digits,
            initials=_string(data, "initials"),
            copies_to=_strings(data, "copies_to"),
            annex_title=_string(data, "annex_title"),
            ack_code=_ack_code(data),
        )


JSON_KEYS = frozenset(field.name for field in fields(Letter))


def _string(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidInput(f"{key} ต้องเป็นข้อความ", f"{key} must be a string", field=key)
    return str(value)


def _ack_code(data: dict[str, Any]) -> str:
    """The canonical acknowledgement code, read however it was typed ("ace-739-kmn");
    "" when absent. ``InvalidInput`` for text that is not a valid code."""
    text = _string(data, "ack_code")
    if not text.strip():
        return ""
    code = normalise_code(text)
    if code is None:
        raise InvalidInput(
            f"ack_code “{text}” ไม่ใช่รหัสตอบรับที่ถูกต้อง",
            f"ack_code “{text}” is not a valid acknowledgement code",
            field="ack_code",
        )
    return code


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item for item in value if item.strip())
    raise InvalidInput(
        f"{key} ต้องเป็นข้อความหรือรายการข้อความ",
        f"{key} must be a string or a list of strings",
        field=key,
    )


# -- document numbers (ที่) ---------------------------------------------------------------------
PENDING_NUMBER = "..."  # where the number goes in a preview, before one is issued


def format_doc_no(prefix: str, number: int | str, circular: bool) -> str:
    """ "มส 0023.3/ว 354" (a circular, หนังสือเวียน) or "มส 0023.3/354" (saraban.md,
    "Document numbers"). ``number`` may be ``PENDING_NUMBER`` for a preview."""
    prefix = normalise(prefix)
    return f"{prefix}/ว {number}" if circular else f"{prefix}/{number}"


def outgoing_series(prefix: str, circular: bool) -> str:
    """The numbering series of an outgoing letter: one per prefix, circulars (ว) apart."""
    return f"outgoing:{normalise(prefix)}:{'ว' if circular else ''}"


# -- the forwarding letter ----------------------------------------------------------------------
@dataclass(frozen=True)
class ForwardSource:
    """The incoming letter a forwarding letter passes on, as its wording cites it."""

    sender: str
    doc_no: str
    doc_date: dt.date
    subject: str
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL


@dataclass(frozen=True)
class SendingOffice:
    """Who sends: the office and the work group that owns the matter (ส่วนราชการเจ้าของเรื่อง)."""

    name: str
    address: str = ""
    owner_unit: str = ""
    phone: str = ""
    email: str = ""


def cited(source: ForwardSource) -> str:
    """ "กรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569"."""
    date_text = format_date_full(source.doc_date, "arabic")
    if source.doc_no:
        return f"{source.sender} ที่ {source.doc_no} ลงวันที่ {date_text}"
    return f"{source.sender} ลงวันที่ {date_text}"


def forwarding_letter(
    source: ForwardSource,
    office: SendingOffice,
    to: Sequence[str],
    *,
    kind: LetterKind = "stamped",
    digits: Digits = "thai",
) -> Letter:
    """The forwarding letter an officer starts from: the incoming letter cited by sender,
    number and date, its copy enclosed, the office's request to note and act on it."""
    reference = cited(source)
    body = (
        f"ด้วย{source.sender}แจ้งว่า {source.subject} รายละเอียดปรากฏตามสำเนาหนังสือ{reference} "
        "ที่ส่งมาพร้อมนี้",
        f"{office.name}จึงขอส่งสำเนาหนังสือดังกล่าวมาเพื่อทราบ และพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป",
    )
    return Letter(
        kind=kind,
        to=tuple(to),
        subject=source.subject,
        enclosures=(f"สำเนาหนังสือ{reference} จำนวน 1 ชุด",),
        body=body,
        office=office.name,
        office_address=office.address,
        owner_unit=office.owner_unit,
        phone=office.phone,
        email=office.email,
        urgency=source.urgency,
        secrecy=source.secrecy,
        digits=digits,
    )


def forwarded_note(doc_no: str, letter_date: dt.date) -> str:
    """What the incoming register's การปฏิบัติ column says once a document was forwarded."""
    return f"ส่งต่อ ที่ {doc_no} ลงวันที่ {format_date_full(letter_date, 'arabic')}"


def join_recipients(names: Sequence[str]) -> str:
    """ "อำเภอ ทุกอำเภอ องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน และเทศบาลเมืองแม่ฮ่องสอน"."""
    clean = [name.strip() for name in names if name.strip()]
    if len(clean) <= 1:
        return clean[0] if clean else ""
    return " ".join(clean[:-1]) + " และ" + clean[-1]


@dataclass(frozen=True)
class RemindedLetter:
    """The letter a reminder chases, as the reminder cites it."""

    doc_no: str
    letter_date: dt.date
    subject: str
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL


def reminder_letter(
    original: RemindedLetter,
    office: SendingOffice,
    to: Sequence[str],
    *,
    reply_by: dt.date | None = None,
    digits: Digits = "thai",
) -> Letter:
    """A stamped reminder (หนังสือประทับตรา, การเตือน) to the recipients that have not
    acknowledged ``original``: it cites the original's number, date and subject and asks
    for the acknowledgement (their receive number and date) by ``reply_by``."""
    date_text = format_date_full(original.letter_date, "arabic")
    reference = f"หนังสือ{office.name} ที่ {original.doc_no} ลงวันที่ {date_text}"
    by = f" ภายในวันที่ {format_date_full(reply_by, 'arabic')}" if reply_by else ""
    body = (
        f"ตามที่ได้ส่งหนังสือ ที่ {original.doc_no} ลงวันที่ {date_text} "
        f"เรื่อง {original.subject} มาเพื่อทราบและพิจารณาดำเนินการ ความละเอียดแจ้งแล้ว นั้น",
        f"{office.name}ตรวจสอบแล้ว ยังไม่ได้รับแจ้งการรับหนังสือดังกล่าวจากหน่วยงานของท่าน "
        f"จึงขอให้แจ้งการรับหนังสือ พร้อมเลขทะเบียนรับและวันที่รับ{by} "
        "หากได้ดำเนินการแล้ว ขออภัยมา ณ โอกาสนี้",
    )
    return Letter(
        kind="stamped",
        to=tuple(to),
        subject=f"ติดตามการตอบรับหนังสือ เรื่อง {original.subject}",
        references=(reference,),
        body=body,
        office=office.name,
        office_address=office.address,
        owner_unit=office.owner_unit,
        phone=office.phone,
        email=office.email,
        urgency=original.urgency,
        secrecy=original.secrecy,
        digits=digits,
    )
