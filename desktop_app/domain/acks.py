"""Acknowledgements (การตอบรับ) of issued letters: the values the tracking, the dashboard and
the reports share.

Every recipient of an issued letter has one tracking row. A row is *pending* until the
recipient acknowledges it; a pending row past its due date is *overdue*; a letter that came
back undelivered (ตีกลับ) is *returned*, which is still pending (the office still has to get it
to them). The CLI's ``dashboard`` figures count exactly so: ``pending`` = rows not yet
acknowledged (overdue and returned ones included).

Reminders (การเตือน) are letters of their own; the dashboard counts the letters they chase,
not the reminders, and acknowledging either acknowledges both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop_app.domain.classes import Urgency
from desktop_app.domain.directory import OrgKind
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.labels import LabelledEnum
from desktop_app.domain.thai_text import normalise


class SentVia(LabelledEnum):
    """How a recipient's copy was sent."""

    ESARABAN = "esaraban"
    EMAIL = "email"
    POST = "post"
    MESSENGER = "messenger"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _SENT_VIA_LABELS


def parse_sent_via(text: str | None) -> SentVia | None:
    """How a letter was sent, from the stored value, a label or the words an officer types
    in the register's วิธีส่ง column ("ไปรษณีย์อิเล็กทรอนิกส์ (อีเมล)", "ส่งด้วยตนเอง", "e-mail");
    None when it says none of them."""
    if not text or not text.strip():
        return None
    wanted = normalise(text).casefold()
    compact = wanted.replace(" ", "").replace("-", "").replace("_", "")
    for member in SentVia:
        if compact in (member.value, member.label_en.replace("-", "").replace(" ", "")):
            return member
    if "สารบรรณ" in wanted or "saraban" in compact or "ecms" in compact:
        return SentVia.ESARABAN
    if "อิเล็กทรอนิกส์" in wanted or "อีเมล" in wanted or "mail" in compact:
        return SentVia.EMAIL
    if "ไปรษณีย์" in wanted or compact in {"post", "mail", "registeredmail"}:
        return SentVia.POST
    if any(word in wanted for word in ("ด้วยตนเอง", "นำส่ง", "เดินหนังสือ", "messenger", "hand")):
        return SentVia.MESSENGER
    return None


_SENT_VIA_LABELS = {
    "esaraban": ("ระบบสารบรรณอิเล็กทรอนิกส์", "e-saraban"),
    "email": ("ไปรษณีย์อิเล็กทรอนิกส์", "e-mail"),
    "post": ("ไปรษณีย์", "post"),
    "messenger": ("เจ้าหน้าที่นำส่ง", "messenger"),
}


class AckChannel(LabelledEnum):
    """How an acknowledgement reached the office."""

    CODE = "code"  # the printed acknowledgement code, typed or scanned
    PHONE = "phone"
    EMAIL = "email"
    DELIVERY_SHEET = "delivery_sheet"  # the messenger's signed delivery sheet
    ESARABAN = "esaraban"  # the recipient's e-saraban / e-CMS acknowledgement
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _CHANNEL_LABELS

    @classmethod
    def parse(cls, text: str | None) -> AckChannel:
        """The stored value or either label, any case; blank means OTHER.
        Raises ``InvalidInput`` listing the choices."""
        if text is None or not text.strip():
            return cls.OTHER
        wanted = normalise(text).casefold().replace(" ", "").replace("-", "_")
        for member in cls:
            names = {
                member.value,
                member.label_en.casefold().replace(" ", "").replace("-", "_"),
                member.label_th.replace(" ", ""),
            }
            names |= _CHANNEL_ALIASES.get(member.value, set())
            if wanted in names:
                return member
        choices = ", ".join(f"{m.value} ({m.label_th})" for m in cls)
        raise InvalidInput(
            f"ไม่รู้จักช่องทาง “{text}” ใช้ได้: {choices}",
            f"Unknown channel “{text}”; use one of: {choices}",
            field="channel",
        )


_CHANNEL_LABELS = {
    "code": ("รหัสตอบรับ", "acknowledgement code"),
    "phone": ("โทรศัพท์", "phone"),
    "email": ("ไปรษณีย์อิเล็กทรอนิกส์", "e-mail"),
    "delivery_sheet": ("สมุดส่งหนังสือที่ลงนามรับ", "signed delivery sheet"),
    "esaraban": ("ระบบสารบรรณอิเล็กทรอนิกส์ของผู้รับ", "their e-saraban"),
    "other": ("อื่น ๆ", "other"),
}
_CHANNEL_ALIASES = {
    "email": {"mail", "e_mail", "อีเมล", "อีเมล์"},
    "phone": {"tel", "telephone", "โทร", "โทร."},
    "esaraban": {"e_saraban", "ecms", "e_cms", "สารบรรณอิเล็กทรอนิกส์"},
    "delivery_sheet": {"sheet", "deliverysheet", "สมุดส่ง", "สมุดส่งหนังสือ"},
    "code": {"ackcode", "ack_code", "qr", "รหัส"},
}


class AckState(LabelledEnum):
    """A tracking row's state on a given day (overdue is pending past its due date)."""

    PENDING = "pending"
    OVERDUE = "overdue"
    RETURNED = "returned"
    ACKNOWLEDGED = "acknowledged"
    ACKNOWLEDGED_LATE = "acknowledged_late"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _STATE_LABELS

    @property
    def is_pending(self) -> bool:
        return self in (AckState.PENDING, AckState.OVERDUE, AckState.RETURNED)


_STATE_LABELS = {
    "pending": ("รอตอบรับ", "pending"),
    "overdue": ("เกินกำหนด", "overdue"),
    "returned": ("ตีกลับ", "returned"),
    "acknowledged": ("ตอบรับแล้ว", "acknowledged"),
    "acknowledged_late": ("ตอบรับช้า", "acknowledged late"),
}


def state_of(
    due: dt.date | None,
    acknowledged_at: dt.datetime | None,
    returned_at: dt.datetime | None,
    today: dt.date,
) -> AckState:
    """A row's state on ``today``: acknowledged (late when after the due date), returned,
    overdue (pending with ``due < today``: the due day itself is still in time), pending."""
    if acknowledged_at is not None:
        if due is not None and acknowledged_at.date() > due:
            return AckState.ACKNOWLEDGED_LATE
        return AckState.ACKNOWLEDGED
    if returned_at is not None:
        return AckState.RETURNED
    if due is not None and due < today:
        return AckState.OVERDUE
    return AckState.PENDING


@dataclass(frozen=True)
class Acknowledgement:
    """What the office records when a recipient acknowledges (all optional but ``at``).

    ``at``: when the recipient received it (office wall-clock time); ``by``: the person at
    the recipient; ``their_receive_no``/``their_receive_date``: the recipient's own receive
    number and date, as the national e-CMS exchange reports them."""

    at: dt.datetime
    channel: AckChannel = AckChannel.OTHER
    by: str = ""
    their_receive_no: str = ""
    their_receive_date: dt.date | None = None
    note: str = ""

    def cleaned(self) -> Acknowledgement:
        """Text fields normalised and bounded. Raises ``InvalidInput`` for a too-long one."""
        by = _bounded(self.by, 200, "ผู้รับทราบ", "by")
        number = _bounded(self.their_receive_no, 50, "เลขรับของผู้รับ", "receive number")
        note = _bounded(self.note, 2000, "หมายเหตุ", "note")
        return Acknowledgement(
            self.at.replace(microsecond=0),
            self.channel,
            by,
            number,
            self.their_receive_date,
            note,
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _bounded(text: str, limit: int, name_th: str, name_en: str) -> str:
    """Normalised, control characters removed (a scanner's or a terminal's stray bytes);
    ``InvalidInput`` when longer than ``limit`` characters."""
    clean = normalise(_CONTROL.sub("", text))
    if len(clean) > limit:
        raise InvalidInput(
            f"{name_th}ยาวเกิน {limit} ตัวอักษร", f"The {name_en} is longer than {limit} characters"
        )
    return clean


@dataclass(frozen=True)
class TrackingRow:
    """One recipient of one issued letter, as the letter's detail shows it."""

    id: int
    letter_id: int
    position: int
    organisation_id: int | None
    name: str
    code: str | None  # the recipient's directory code (district / DLA code)
    ack_code: str | None  # the code printed on its copy
    sent_at: dt.datetime | None
    sent_via: str
    due_date: dt.date | None
    acknowledged_at: dt.datetime | None
    acknowledged_by: str
    channel: str
    their_receive_no: str
    their_receive_date: dt.date | None
    note: str
    recorded_by: str  # the user's display name
    recorded_at: dt.datetime | None  # UTC
    returned_at: dt.datetime | None
    returned_reason: str
    reminded_count: int
    last_reminder_no: str  # the doc number of the latest reminder, "" if none

    def state(self, today: dt.date) -> AckState:
        return state_of(self.due_date, self.acknowledged_at, self.returned_at, today)

    def days_late(self, today: dt.date) -> int:
        """Calendar days past the due date (0 when in time or acknowledged in time)."""
        if self.due_date is None:
            return 0
        end = self.acknowledged_at.date() if self.acknowledged_at else today
        return max(0, (end - self.due_date).days)


@dataclass(frozen=True)
class LetterTracking:
    """An issued letter with every recipient's tracking row."""

    letter_id: int
    doc_no: str
    letter_date: dt.date
    subject: str
    urgency: Urgency
    cancelled: bool
    reminder_of: tuple[int, str] | None  # (letter id, doc no) of the letter it chases
    reminders: tuple[tuple[int, str], ...]  # reminders sent for it
    rows: tuple[TrackingRow, ...]

    def pending(self) -> list[TrackingRow]:
        return [row for row in self.rows if row.acknowledged_at is None]


@dataclass(frozen=True)
class CodeAcknowledged:
    """What recording by code did, for the clerk's confirmation."""

    row: TrackingRow
    doc_no: str
    subject: str
    already: bool  # the code had been recorded before: nothing changed


@dataclass(frozen=True)
class BulkResult:
    """Rows recorded by a bulk action, rows skipped because they were already done, and (for
    e-mail imports) matches refused with why: ``(source, message_th, message_en)``."""

    recorded: tuple[int, ...]
    skipped: tuple[int, ...]
    refused: tuple[tuple[str, str, str], ...] = ()


# -- the dashboard ------------------------------------------------------------------------------
RECIPIENT_KINDS = ("district", "local_authority", "other")


@dataclass(frozen=True)
class DashboardFilter:
    """Which letters the dashboard counts: issued between ``start`` and ``end`` (letter
    dates, inclusive; None = open), of a work group, an urgency, and recipients of a kind
    ("district", "local_authority", "other" or None for all). Cancelled letters and reminder
    letters are never counted."""

    start: dt.date | None = None
    end: dt.date | None = None
    work_group_id: int | None = None
    urgency: Urgency | None = None
    recipient_kind: str | None = None

    def __post_init__(self) -> None:
        if self.recipient_kind is not None and self.recipient_kind not in RECIPIENT_KINDS:
            raise InvalidInput(
                f"ประเภทผู้รับไม่ถูกต้อง: {self.recipient_kind}",
                f"Unknown recipient kind {self.recipient_kind!r}; use {', '.join(RECIPIENT_KINDS)}",
                field="kind",
            )
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(
                "วันเริ่มต้นอยู่หลังวันสิ้นสุด", "The period starts after it ends", field="period"
            )


def recipient_kind_of(kind: str | None) -> str:
    """The dashboard's recipient kind for a directory ``OrgKind`` value."""
    if kind == OrgKind.DISTRICT.value:
        return "district"
    if kind == OrgKind.LOCAL_AUTHORITY.value:
        return "local_authority"
    return "other"


@dataclass(frozen=True)
class RecipientFigures:
    """One recipient's counts over the filtered letters."""

    key: str  # the directory code, or "#<organisation id>", or the name for ad-hoc recipients
    code: str | None
    name: str
    kind: str  # "district" | "local_authority" | "other"
    district_code: str | None  # for a local authority: its district; a district: itself
    district_name: str
    sort_key: str
    total: int
    pending: int
    overdue: int
    acknowledged: int
    returned: int

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "district": self.district_code,
            "total": self.total,
            "pending": self.pending,
            "overdue": self.overdue,
            "acknowledged": self.acknowledged,
            "returned": self.returned,
        }


@dataclass(frozen=True)
class DistrictFigures:
    """A district with every local authority under it (the roll-up)."""

    code: str | None
    name: str
    total: int
    pending: int
    overdue: int
    acknowledged: int
    returned: int = 0

    @property
    def acknowledged_share(self) -> float:
        return self.acknowledged / self.total if self.total else 1.0


@dataclass(frozen=True)
class OverdueItem:
    """An overdue recipient row, for the overdue list (oldest due date first)."""

    row_id: int
    letter_id: int
    doc_no: str
    letter_date: dt.date
    subject: str
    urgency: Urgency
    recipient: str
    recipient_code: str | None
    due_date: dt.date
    days_overdue: int  # calendar days past the due date
    reminded_count: int


@dataclass(frozen=True)
class Dashboard:
    """The supervisor's figures at a glance, as of ``today``.

    ``median_days_to_ack``: median calendar days from the letter's date to its
    acknowledgement, over rows acknowledged in the filtered letters (None if there are
    none). ``ack_days_histogram``: (days, rows) pairs, days capped at ``HISTOGRAM_CAP`` (the
    last bucket holds that many days or more). ``monthly``: (first day of month, letters
    issued, rows acknowledged in that month) over the filtered letters.
    """

    today: dt.date
    pending: int
    overdue: int
    acknowledged: int
    returned: int
    acknowledged_this_week: int  # acknowledgements dated Monday of this week .. today
    letters: int
    median_days_to_ack: float | None
    by_recipient: tuple[RecipientFigures, ...]
    by_district: tuple[DistrictFigures, ...]
    ack_days_histogram: tuple[tuple[int, int], ...] = ()
    monthly: tuple[tuple[dt.date, int, int], ...] = ()
    marker: int = 0  # the change marker these figures were read at

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "pending": self.pending,
            "overdue": self.overdue,
            "acknowledged": self.acknowledged,
            "returned": self.returned,
            "acknowledged_this_week": self.acknowledged_this_week,
            "letters": self.letters,
            "median_days_to_acknowledge": self.median_days_to_ack,
            "by_recipient": [r.to_json() for r in self.by_recipient],
            "by_district": [
                {
                    "code": d.code,
                    "name": d.name,
                    "total": d.total,
                    "pending": d.pending,
                    "overdue": d.overdue,
                    "acknowledged": d.acknowledged,
                    "returned": d.returned,
                }
                for d in self.by_district
            ],
        }


HISTOGRAM_CAP = 30


# -- the matrix ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class MatrixLetter:
    """A column of the matrix: an issued letter."""

    id: int
    doc_no: str
    letter_date: dt.date
    subject: str
    urgency: Urgency


@dataclass(frozen=True)
class MatrixRecipient:
    """A row of the matrix: a district (level 0) or a recipient under it (level 1).

    Districts come in Thai dictionary order, each followed by its local authorities in Thai
    order; recipients that belong to no district come last under a heading of their own."""

    key: str
    name: str
    code: str | None
    kind: str
    level: int  # 0: a district or a group heading, 1: under it
    is_heading: bool = False  # a group heading with no tracking rows of its own


# A cell: the state's index in ``CELL_STATES`` and the days late (0 if in time).
CELL_STATES = (
    AckState.PENDING,
    AckState.OVERDUE,
    AckState.RETURNED,
    AckState.ACKNOWLEDGED,
    AckState.ACKNOWLEDGED_LATE,
)


@dataclass(frozen=True)
class Matrix:
    """Recipients x letters: ``cells[(row, column)] = (state index, days late, tracking row
    id)`` for the pairs that have a tracking row; the rest are blank (not sent)."""

    letters: tuple[MatrixLetter, ...]
    recipients: tuple[MatrixRecipient, ...]
    cells: dict[tuple[int, int], tuple[int, int, int]] = field(default_factory=dict)
    today: dt.date = dt.date(2000, 1, 1)


# -- e-mail import ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MailMatch:
    """A reply e-mail matched to a tracking row, for the clerk to confirm.

    ``how``: "code" (an acknowledgement code in the subject, body or an attachment's name)
    or "sender" (the sender's address is the directory's e-mail of a recipient with one
    pending row, or of one whose pending rows the message's subject names)."""

    source: str
    sender: str
    subject: str
    date: dt.datetime | None
    row: TrackingRow | None
    doc_no: str
    how: str  # "code" | "sender" | "" (no match)
    already: bool  # the row was acknowledged before
    problem: str = ""  # why there is no match, in Thai
    problem_en: str = ""
    sender_name: str = ""  # the From header's display name, decoded

    def to_json(self, lang: str = "th") -> dict[str, object]:
        problem = self.problem_en if lang == "en" and self.problem_en else self.problem
        return {
            "source": self.source,
            "sender": self.sender,
            "sender_name": self.sender_name or None,
            "subject": self.subject,
            "date": self.date.isoformat() if self.date else None,
            "letter_id": self.row.letter_id if self.row else None,
            "doc_no": self.doc_no or None,
            "recipient": self.row.code or self.row.name if self.row else None,
            "matched_by": self.how or None,
            "already_acknowledged": self.already,
            "problem": problem or None,
        }


def default_official_email(kind: str | None, code: str | None) -> str:
    """The customary official saraban mailbox of a local authority: ``saraban_0`` followed by
    its 7-digit DLA code at dla.go.th (the DLA's e-saraban naming, e.g.
    saraban_05580401@dla.go.th); "" for anything else (its e-mail has to be typed)."""
    if kind == OrgKind.LOCAL_AUTHORITY.value and code and code.isdigit() and len(code) == 7:
        return f"saraban_0{code}@dla.go.th"
    return ""
