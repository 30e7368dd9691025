"""A letter as one domain value: what it says, its JSON, its number, the wording of the
letters the office drafts (forwarding letters, reminders) as editable templates.

``Letter`` is everything a printed letter says; ``reports/letters.py`` only lays it out and
the outgoing service only fills and stores it. ``Letter.to_json`` / ``Letter.from_json`` are
the documented JSON (docs/letter-json.md), both directions: the outgoing register stores the
letter as sent in that form, so a reprint is exactly what was sent.

Sources: the regulation on official correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
พ.ศ. ๒๕๒๖ and amendments), ข้อ 11 (หนังสือภายนอก) and ข้อ 14 (หนังสือประทับตรา) for the parts;
saraban.md for document numbers and the forwarding letter's content;
samples/received-circular.txt for how a provincial office words a stamped forwarding letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal

from desktop_app.domain.ack_codes import normalise_code
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.doc_numbers import strip_doc_no_label
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.field_labels import FieldKind, strip_field_label
from desktop_app.domain.thai_dates import (
    BE_OFFSET,
    MAX_CE_YEAR,
    MIN_CE_YEAR,
    format_date_full,
    parse_date,
)
from desktop_app.domain.thai_text import Digits, normalise, remove_control_characters

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

    def printed_body(self) -> tuple[str, ...]:
        """The paragraphs the page prints.

        A stamped letter has no สิ่งที่ส่งมาด้วย part (ระเบียบงานสารบรรณ ข้อ 14): its body names
        what is sent. When one still carries ``enclosures`` (typed in a JSON file or the
        forwarding dialog), they are named in one more paragraph, "พร้อมนี้ได้ส่ง... มาด้วย",
        so nothing typed is lost. Otherwise (external letters, stamped ones without
        enclosures) ``body`` as it is.
        """
        if self.kind != "stamped" or not self.enclosures:
            return self.body
        return (*self.body, enclosure_sentence(self.enclosures))

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
            if not MIN_CE_YEAR <= date.year <= MAX_CE_YEAR:  # as parse_date's own forms
                low, high = MIN_CE_YEAR + BE_OFFSET, MAX_CE_YEAR + BE_OFFSET
                raise InvalidInput(
                    f"ปี {date.year + BE_OFFSET} ของ date “{date_value}” อยู่นอกช่วงที่รับได้ "
                    f"(พ.ศ. {low}–{high})",
                    f"The year of date “{date_value}” is out of range (BE {low}–{high})",
                    field="date",
                )
        signer = data.get("signer")
        if signer is not None and not isinstance(signer, dict):
            raise InvalidInput(
                "signer ต้องเป็นออบเจกต์ {name, position}",
                "signer must be an object {name, position}",
                field="signer",
            )
        # A label copied with a field's text would print twice ("ที่ ที่ ...", "เรื่อง
        # เรื่อง ..."): dropped (doc_numbers, field_labels).
        return cls(
            kind=kind,
            doc_no=strip_doc_no_label(_string(data, "doc_no")),
            date=date,
            to=_labelled(_strings(data, "to"), "recipient"),
            subject=strip_field_label("subject", _string(data, "subject")),
            salutation=strip_field_label("recipient", _string(data, "salutation")),
            references=_labelled(_strings(data, "references"), "reference"),
            enclosures=_labelled(_strings(data, "enclosures"), "enclosure"),
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


def enclosure_sentence(enclosures: Sequence[str]) -> str:
    """What a stamped letter's body says of the documents sent with it:
    "พร้อมนี้ได้ส่งสำเนาหนังสือ... จำนวน 1 ชุด มาด้วย" for one, "พร้อมนี้ได้ส่งเอกสารมาด้วย
    ดังนี้ (1) ... (2) ..." for several; "" for none."""
    items = [item.strip() for item in enclosures if item.strip()]
    if not items:
        return ""
    if len(items) == 1:
        return f"พร้อมนี้ได้ส่ง{items[0]} มาด้วย"
    listed = " ".join(f"({number}) {item}" for number, item in enumerate(items, start=1))
    return f"พร้อมนี้ได้ส่งเอกสารมาด้วย ดังนี้ {listed}"


def _string(data: dict[str, Any], key: str) -> str:
    """``data[key]`` as text without control characters (``remove_control_characters``,
    line breaks kept as "\\n": a NUL or BEL would print as an empty box); "" when absent.
    ``InvalidInput`` (``field`` ``key``) for a value that is not a string or a number."""
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidInput(f"{key} ต้องเป็นข้อความ", f"{key} must be a string", field=key)
    return remove_control_characters(str(value), multiline=True)


def _labelled(items: tuple[str, ...], kind: FieldKind) -> tuple[str, ...]:
    """``items`` without the label of field ``kind`` (``strip_field_label``); items that
    were only a label are dropped."""
    stripped = (strip_field_label(kind, item) for item in items)
    return tuple(item for item in stripped if item.strip())


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
    """``data[key]``, a string or a list of strings, as a tuple without control characters
    (as ``_string``); list items blank once cleaned are dropped. ``InvalidInput`` (``field``
    ``key``) for any other value."""
    value = data.get(key)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (remove_control_characters(value, multiline=True),)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        cleaned = (remove_control_characters(item, multiline=True) for item in value)
        return tuple(item for item in cleaned if item.strip())
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


# -- wording templates ----------------------------------------------------------------------------
# The body of a forwarding letter and of a reminder is the office's wording with the letter's
# particulars filled in: a template is a tuple of paragraphs in which "{name}" stands for a
# value. An office may reword them (settings, "ถ้อยคำในหนังสือ"); the defaults follow how a
# provincial office writes a stamped letter (samples/received-circular.txt).
TemplateName = Literal["forward", "reminder"]
TEMPLATE_NAMES: tuple[TemplateName, ...] = ("forward", "reminder")

TEMPLATE_LABELS: dict[TemplateName, tuple[str, str]] = {
    "forward": ("หนังสือส่งต่อ", "forwarding letter"),
    "reminder": ("หนังสือเตือนการตอบรับ", "reminder"),
}

# The placeholders each template may use, with what they stand for (Thai, English), in the
# order the settings page lists them.
TEMPLATE_FIELDS: dict[TemplateName, dict[str, tuple[str, str]]] = {
    "forward": {
        "sender": ("ผู้ส่งหนังสือต้นเรื่อง", "who sent the original letter"),
        "doc_no": ("เลขที่หนังสือต้นเรื่อง (ไม่มีคำว่า ที่)", "the original's number (without ที่)"),
        "doc_date": ("วันที่ของหนังสือต้นเรื่อง เช่น 5 มีนาคม 2569", "the original's date"),
        "subject": ("เรื่องของหนังสือต้นเรื่อง", "the original's subject"),
        "enclosure": (
            "สิ่งที่ส่งไปด้วย: “สำเนาหนังสือที่ส่งมาพร้อมนี้” ในหนังสือประทับตรา “สิ่งที่ส่งมาด้วย” ในหนังสือภายนอก",
            "what is enclosed, as the body names it (stamped: the copy sent herewith; "
            "external: the enclosures line)",
        ),
        "issued_as": ("ชื่อที่ออกหนังสือ เช่น จังหวัดแม่ฮ่องสอน", "the name the letter is issued in"),
        "office": ("ชื่อสำนักงาน", "the office's name"),
    },
    "reminder": {
        "doc_no": ("เลขที่หนังสือที่ติดตาม", "the number of the letter chased"),
        "doc_date": ("วันที่ของหนังสือที่ติดตาม", "the date of the letter chased"),
        "subject": ("เรื่องของหนังสือที่ติดตาม", "the subject of the letter chased"),
        "reply_by": ("วันที่ขอให้แจ้งการรับภายใน", "the date to acknowledge by"),
        "issued_as": ("ชื่อที่ออกหนังสือ เช่น จังหวัดแม่ฮ่องสอน", "the name the letter is issued in"),
        "office": ("ชื่อสำนักงาน", "the office's name"),
    },
}

DEFAULT_FORWARD_WORDING: tuple[str, ...] = (
    "ด้วย{sender}ได้มีหนังสือ ที่ {doc_no} ลงวันที่ {doc_date} เรื่อง {subject} รายละเอียดปรากฏตาม{enclosure}",
    "{issued_as}พิจารณาแล้ว จึงขอส่งเรื่องดังกล่าวมาเพื่อทราบ และพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป",
)
DEFAULT_REMINDER_WORDING: tuple[str, ...] = (
    "ตามที่{issued_as}ได้ส่งหนังสือ ที่ {doc_no} ลงวันที่ {doc_date} เรื่อง {subject} "
    "มาเพื่อทราบและพิจารณาดำเนินการ ความละเอียดแจ้งแล้ว นั้น",
    "{issued_as}ตรวจสอบแล้ว ยังไม่ได้รับแจ้งการรับหนังสือดังกล่าวจากหน่วยงานของท่าน "
    "จึงขอให้แจ้งการรับหนังสือ พร้อมระบุเลขทะเบียนรับและวันที่รับ ภายในวันที่ {reply_by} "
    "หากได้ดำเนินการแล้ว ขออภัยมา ณ โอกาสนี้",
)
DEFAULT_WORDING_TEMPLATES: dict[TemplateName, tuple[str, ...]] = {
    "forward": DEFAULT_FORWARD_WORDING,
    "reminder": DEFAULT_REMINDER_WORDING,
}

# What a stamped letter's body calls the copy sent with it, and an external letter's.
STAMPED_ENCLOSURE = "สำเนาหนังสือที่ส่งมาพร้อมนี้"
EXTERNAL_ENCLOSURE = "สิ่งที่ส่งมาด้วย"

# Words that introduce a value ("ที่ {doc_no}"): when the value is empty (a letter without a
# number), the word goes with it, so the sentence still reads ("ได้มีหนังสือ ลงวันที่ ...").
# Longest first: "ลงวันที่" ends in "ที่".
EMPTY_VALUE_LABELS: tuple[str, ...] = ("ภายในวันที่", "ลงวันที่", "วันที่", "เรื่อง", "ที่")


def _template_error(name: TemplateName, index: int, th: str, en: str) -> InvalidInput:
    label_th, label_en = TEMPLATE_LABELS[name]
    return InvalidInput(
        f"ถ้อยคำ{label_th} ย่อหน้าที่ {index + 1}: {th}",
        f"The {label_en} wording, paragraph {index + 1}: {en}",
        field=f"wording.{name}",
    )


def _pieces(template: str) -> list[tuple[str, bool]]:
    """The template as (text, is_placeholder) pieces; "{{" and "}}" are literal braces.
    ``ValueError`` (position, which brace) for an unbalanced brace."""
    pieces: list[tuple[str, bool]] = []
    literal: list[str] = []
    index, size = 0, len(template)
    while index < size:
        char = template[index]
        if char in "{}" and template[index + 1 : index + 2] == char:
            literal.append(char)
            index += 2
            continue
        if char == "}":
            raise ValueError(index, "}")
        if char == "{":
            end = template.find("}", index + 1)
            nested = template.find("{", index + 1)
            if end < 0 or 0 <= nested < end:
                raise ValueError(index, "{")
            pieces.append(("".join(literal), False))
            literal = []
            pieces.append((template[index + 1 : end], True))
            index = end + 1
            continue
        literal.append(char)
        index += 1
    pieces.append(("".join(literal), False))
    return [piece for piece in pieces if piece[0] or piece[1]]


def template_placeholders(template: str) -> tuple[str, ...]:
    """The placeholder names ``template`` uses, in order (repeats kept); ``ValueError`` for
    an unbalanced brace."""
    return tuple(text for text, is_name in _pieces(template) if is_name)


def check_template(name: TemplateName, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """A user-edited template, cleaned: paragraphs trimmed, blank ones dropped.

    Raises ``InvalidInput`` (``field`` "wording.forward" or "wording.reminder") naming the
    paragraph and the fault: a "{" without "}" or a "}" without "{" (write "{{" / "}}" for a
    literal brace), a placeholder the template does not know (``TEMPLATE_FIELDS[name]``), or
    no paragraph at all.
    """
    allowed = TEMPLATE_FIELDS[name]
    known = " ".join("{" + key + "}" for key in allowed)
    clean = tuple(paragraph.strip() for paragraph in paragraphs if paragraph.strip())
    if not clean:
        label_th, label_en = TEMPLATE_LABELS[name]
        raise InvalidInput(
            f"ถ้อยคำ{label_th}ต้องมีอย่างน้อยหนึ่งย่อหน้า",
            f"The {label_en} wording needs at least one paragraph",
            field=f"wording.{name}",
        )
    for index, paragraph in enumerate(clean):
        try:
            used = template_placeholders(paragraph)
        except ValueError as error:
            position, brace = error.args
            near = paragraph[max(0, position - 12) : position + 12]
            if brace == "{":
                raise _template_error(
                    name,
                    index,
                    f"วงเล็บปีกกา “{{” ไม่มี “}}” ปิด (ตรง “{near}”)",
                    f"“{{” has no closing “}}” (at “{near}”)",
                ) from None
            raise _template_error(
                name,
                index,
                f"วงเล็บปีกกา “}}” ไม่มี “{{” เปิด (ตรง “{near}”)",
                f"“}}” has no opening “{{” (at “{near}”)",
            ) from None
        for placeholder in used:
            if placeholder not in allowed:
                raise _template_error(
                    name,
                    index,
                    f"ไม่รู้จักช่องแทนค่า {{{placeholder}}} (ใช้ได้: {known})",
                    f"unknown placeholder {{{placeholder}}} (known: {known})",
                )
    return clean


def fill_template(paragraphs: Sequence[str], values: dict[str, str]) -> tuple[str, ...]:
    """The paragraphs with each "{name}" replaced by ``values[name]``.

    An empty value takes the word introducing it (``EMPTY_VALUE_LABELS``, written before it
    with a space) and the extra space with it: "ได้มีหนังสือ ที่ {doc_no} ลงวันที่ ..." reads
    "ได้มีหนังสือ ลงวันที่ ..." for a letter without a number. Values are inserted as they are
    (braces in a subject stay braces). The template must have passed ``check_template``
    (``KeyError`` for a placeholder missing from ``values``).
    """
    filled: list[str] = []
    for paragraph in paragraphs:
        out = ""
        skip_space = False
        for text, is_name in _pieces(paragraph):
            if not is_name:
                out += text.lstrip(" ") if skip_space else text
                skip_space = False
                continue
            value = values[text].strip()
            if value:
                out += value
                skip_space = False
                continue
            head = out.rstrip(" ")
            for label in EMPTY_VALUE_LABELS:
                before = head[: -len(label)]
                if head.endswith(label) and (not before or before[-1].isspace()):
                    head = before.rstrip(" ")
                    break
            out = head + " " if head else ""
            skip_space = True
        filled.append(out.strip())
    return tuple(paragraph for paragraph in filled if paragraph)


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Typed text as template paragraphs: one paragraph a line, blank lines dropped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class LetterWording:
    """The office's wording of the letters it drafts: paragraphs with placeholders.

    ``forward``: the forwarding letter's body (``TEMPLATE_FIELDS["forward"]``);
    ``reminder``: the reminder's (``TEMPLATE_FIELDS["reminder"]``). Checked when made:
    ``InvalidInput`` naming the template, paragraph and fault (``check_template``); so a
    ``LetterWording`` always fills.
    """

    forward: tuple[str, ...] = DEFAULT_FORWARD_WORDING
    reminder: tuple[str, ...] = DEFAULT_REMINDER_WORDING

    def __post_init__(self) -> None:
        object.__setattr__(self, "forward", check_template("forward", self.forward))
        object.__setattr__(self, "reminder", check_template("reminder", self.reminder))

    def template(self, name: TemplateName) -> tuple[str, ...]:
        return self.forward if name == "forward" else self.reminder

    def is_default(self, name: TemplateName) -> bool:
        return self.template(name) == DEFAULT_WORDING_TEMPLATES[name]


DEFAULT_WORDING = LetterWording()


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
    """Who sends: the office, the name its stamped letters are issued in, the work group that
    owns the matter (ส่วนราชการเจ้าของเรื่อง) with its contact lines, and the office's wording.

    ``issued_as``: the name printed under a stamped letter's body (ระเบียบงานสารบรรณ ข้อ 14:
    the issuing office's name), e.g. "จังหวัดแม่ฮ่องสอน" for the provincial DLA office
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"; blank means ``name``.
    """

    name: str
    address: str = ""
    owner_unit: str = ""
    phone: str = ""
    email: str = ""
    issued_as: str = ""
    wording: LetterWording = DEFAULT_WORDING

    def __post_init__(self) -> None:
        if not self.issued_as.strip():
            object.__setattr__(self, "issued_as", self.name)


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
    """The forwarding letter an officer starts from, in the office's wording
    (``office.wording.forward``): the incoming letter cited by sender, number, date and
    subject, the office's request to note and act on it.

    A stamped letter (หนังสือประทับตรา, ระเบียบงานสารบรรณ ข้อ 14) has no เรื่อง or
    สิ่งที่ส่งมาด้วย part: its body names the copy sent ("รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมา
    พร้อมนี้"), ``enclosures`` is empty and ``office`` is ``office.issued_as``. An external
    letter (ข้อ 11) lists the copy under สิ่งที่ส่งมาด้วย, its body refers to that, and it
    carries the office's own name and address. ``subject`` is filled either way: it is the
    register's subject and the PDF's title.
    """
    stamped = kind == "stamped"
    values = {
        "sender": source.sender,
        "doc_no": source.doc_no,
        "doc_date": format_date_full(source.doc_date, "arabic"),
        "subject": source.subject,
        "enclosure": STAMPED_ENCLOSURE if stamped else EXTERNAL_ENCLOSURE,
        "issued_as": office.issued_as,
        "office": office.name,
    }
    return Letter(
        kind=kind,
        to=tuple(to),
        subject=source.subject,
        enclosures=() if stamped else (f"สำเนาหนังสือ{cited(source)} จำนวน 1 ชุด",),
        body=fill_template(office.wording.forward, values),
        office=office.issued_as if stamped else office.name,
        office_address="" if stamped else office.address,
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
    acknowledged ``original``, in the office's wording (``office.wording.reminder``): its
    body cites the original's number, date and subject and asks for the acknowledgement
    (their receive number and date) by ``reply_by`` ("ภายในวันที่ ..." is left out without
    one). A stamped letter has no อ้างถึง, เรื่อง or สิ่งที่ส่งมาด้วย part (ข้อ 14): the body
    does the citing, ``references`` and ``enclosures`` are empty (nothing is sent with a
    reminder), ``office`` is ``office.issued_as``; ``subject`` is the register's."""
    values = {
        "doc_no": original.doc_no,
        "doc_date": format_date_full(original.letter_date, "arabic"),
        "subject": original.subject,
        "reply_by": format_date_full(reply_by, "arabic") if reply_by else "",
        "issued_as": office.issued_as,
        "office": office.name,
    }
    return Letter(
        kind="stamped",
        to=tuple(to),
        subject=f"ติดตามการตอบรับหนังสือ เรื่อง {original.subject}",
        body=fill_template(office.wording.reminder, values),
        office=office.issued_as,
        owner_unit=office.owner_unit,
        phone=office.phone,
        email=office.email,
        urgency=original.urgency,
        secrecy=original.secrecy,
        digits=digits,
    )
