"""The database schema as SQLAlchemy 2.x typed models.

Conventions:
* ``*_at`` system timestamps are UTC (naive, by convention ``utcnow``); ``received_at`` is the
  office's wall-clock time as stamped on the paper, because that is the legal record.
* Every record has ``created_by`` (a ``User``), even before logins exist: the OS account
  that ran the program is recorded as a user.
* Text columns keep what the user typed (normalised); ``*_fold`` columns hold the search form
  and ``*_sort`` columns a Thai dictionary-order key, both derived in the services.
* Nothing here is SQLite-only; dialect-specific search indexes live in the migration and
  in ``db/search.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.domain.directory import OrgKind
from desktop_app.domain.users import Role

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Sort keys compare by code point everywhere: SQLite's default BINARY collation does,
# PostgreSQL needs the "C" collation (its default follows the server's locale).
SortKey = String(400).with_variant(String(400, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}


class User(Base):
    """A person using the program; ``role`` is a ``domain.users.Role`` value."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.CLERK.value)
    initials: Mapped[str] = mapped_column(String(20), default="")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Office(Base):
    """The office that runs the program (one row)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    province_code: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    letter_prefix: Mapped[str] = mapped_column(String(50), default="")
    setup_completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class WorkGroup(Base):
    """A work group (กลุ่มงาน/ฝ่าย) with its letter-code prefix, e.g. "มส 0023.3"."""

    __tablename__ = "work_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    letter_prefix: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class Organisation(Base):
    """An entry in the directory: department, province, district, local authority, agency.

    ``code`` is the natural key where one exists (DOPA district code, DLA local-authority
    code, province code); agencies typed by users have none. Retired or merged
    organisations stay (old records point at them); ``merged_into_id`` says where they went.
    """

    __tablename__ = "organisation"
    __table_args__ = (
        UniqueConstraint("kind", "code"),
        Index("ix_organisation_parent_id_kind", "parent_id", "kind"),
        CheckConstraint(
            "kind IN (" + ",".join(f"'{kind.value}'" for kind in OrgKind) + ")",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    # Local authorities: อบจ. / เทศบาลนคร / เทศบาลเมือง / เทศบาลตำบล / อบต. / เมืองพัทยา
    la_type: Mapped[str | None] = mapped_column(String(30))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    province_code: Mapped[str | None] = mapped_column(String(2), index=True)
    district_code: Mapped[str | None] = mapped_column(String(4))
    name_sort: Mapped[str] = mapped_column(SortKey, default="", index=True)
    name_fold: Mapped[str] = mapped_column(String(400), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The official e-mail address (acknowledgements by e-mail are matched on it); "" for a
    # local authority means the customary saraban_0<DLA code>@dla.go.th (domain/acks.py).
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    parent: Mapped[Organisation | None] = relationship(
        remote_side="Organisation.id", foreign_keys=[parent_id]
    )


class NumberCounter(Base):
    """The last number issued in a series (incoming register, outgoing series, ...).

    Numbers are allocated by incrementing this row inside the transaction that stores the
    record, so a rolled-back transaction gives its number back and two writers serialise
    on the row: gapless and never duplicated on SQLite and PostgreSQL alike.
    """

    __tablename__ = "number_counter"

    series: Mapped[str] = mapped_column(String(100), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class IncomingDocument(Base):
    """One line of the incoming register (ทะเบียนหนังสือรับ)."""

    __tablename__ = "incoming_document"
    __table_args__ = (
        UniqueConstraint("receive_year", "receive_no"),
        Index("ix_incoming_document_received_at", "received_at"),
        Index("ix_incoming_document_year_doc_no_fold", "receive_year", "doc_no_fold"),
        # A year's id range in two seeks (bounds the FTS lookup, see db/search.py).
        Index("ix_incoming_document_year_id", "receive_year", "id"),
        # Covers the first-keystroke search (identifiers only) in display order.
        Index(
            "ix_incoming_document_year_number_doc_no", "receive_year", "receive_no", "doc_no_fold"
        ),
        CheckConstraint("receive_no > 0", name="receive_no_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receive_year: Mapped[int] = mapped_column(Integer)  # Buddhist era
    receive_no: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)  # office wall-clock time
    # When received_at differs from the moment of saving: why, and who said so.
    received_at_reason: Mapped[str] = mapped_column(Text, default="")

    sender_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    sender: Mapped[str] = mapped_column(String(300))
    doc_no: Mapped[str] = mapped_column(String(100))
    doc_no_fold: Mapped[str] = mapped_column(String(100), default="")
    doc_date: Mapped[dt.date] = mapped_column(Date)
    to_text: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(20), default="normal")
    secrecy: Mapped[str] = mapped_column(String(20), default="normal")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    work_group_id: Mapped[int | None] = mapped_column(ForeignKey("work_group.id"), index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date)

    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    # Derived by the service on every write.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sender_sort: Mapped[str] = mapped_column(SortKey, default="")
    subject_sort: Mapped[str] = mapped_column(SortKey, default="")

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="incoming", order_by="Attachment.position", cascade="all, delete-orphan"
    )
    work_group: Mapped[WorkGroup | None] = relationship()


class Attachment(Base):
    """A file kept with a document: copied into the store, identified by its SHA-256."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    incoming_id: Mapped[int] = mapped_column(
        ForeignKey("incoming_document.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    incoming: Mapped[IncomingDocument] = relationship(back_populates="attachments")


class Setting(Base):
    """Office-wide settings shared by every workstation (defaults live in services/settings)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class AuditEvent(Base):
    """What happened, when, by whom: every change to a register record is logged here.

    ``details`` holds the changed fields (old and new values). The users-and-audit issue
    chains these rows by hash; the columns for it are here from the start.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class OutgoingLetter(Base):
    """One line of the outgoing register (ทะเบียนหนังสือส่ง): a letter issued with a number.

    Numbers run per calendar year in a series per work-group prefix, normal and circular (ว)
    apart. ``content`` keeps the letter as typeset (the letter JSON), so it can be printed
    again exactly; ``pdf_sha256`` names the rendered PDF in the attachment store once it is
    there (the PDF is written after the number is committed, never inside the number lock).
    """

    __tablename__ = "outgoing_letter"
    __table_args__ = (
        UniqueConstraint("series_key", "year", "number"),
        Index("ix_outgoing_letter_year_number", "year", "number"),
        Index("ix_outgoing_letter_letter_date", "letter_date"),
        Index("ix_outgoing_letter_dashboard", "reminder_of_id", "cancelled", "letter_date"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("kind IN ('stamped','external')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_key: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(50))
    circular: Mapped[bool] = mapped_column(Boolean, default=False)
    year: Mapped[int] = mapped_column(Integer)  # Buddhist era
    number: Mapped[int] = mapped_column(Integer)
    doc_no: Mapped[str] = mapped_column(String(100))  # "มส 0023.3/ว 354" (Arabic digits)
    kind: Mapped[str] = mapped_column(String(20), default="stamped")
    letter_date: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)  # office wall-clock time
    subject: Mapped[str] = mapped_column(Text)
    to_text: Mapped[str] = mapped_column(Text, default="")
    sending_method: Mapped[str] = mapped_column(String(100), default="")
    urgency: Mapped[str] = mapped_column(String(20), default="normal")
    secrecy: Mapped[str] = mapped_column(String(20), default="normal")
    incoming_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_document.id"), index=True)
    work_group_id: Mapped[int | None] = mapped_column(ForeignKey("work_group.id"))
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # "" until the rendered PDF is in the store (it is written after the number's commit).
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    # Whether the incoming document's PDF follows the letter (a reprint does the same).
    encloses_incoming_pdf: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=true()
    )
    remarks: Mapped[str] = mapped_column(Text, default="")
    # A reminder (การเตือน) points at the letter it chases.
    reminder_of_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letter.id"), index=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    recipients: Mapped[list[LetterRecipient]] = relationship(
        back_populates="letter",
        order_by="LetterRecipient.position",
        cascade="all, delete-orphan",
        foreign_keys="LetterRecipient.letter_id",
    )


class LetterRecipient(Base):
    """One recipient of an issued letter: the row acknowledgements are tracked on.

    The name and code are copied as they were when the letter was sent, so renaming or
    merging an organisation later never rewrites history. The row is pending until
    ``acknowledged_at`` is set; ``returned_at`` marks a letter that came back (ตีกลับ).
    ``*_at`` of the recipient's side are office wall-clock times, like ``issued_at``.
    """

    __tablename__ = "letter_recipient"
    __table_args__ = (
        UniqueConstraint("letter_id", "position"),
        UniqueConstraint("ack_code"),
        Index("ix_letter_recipient_organisation_id_letter_id", "organisation_id", "letter_id"),
        Index("ix_letter_recipient_letter_id_acknowledged_at", "letter_id", "acknowledged_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("outgoing_letter.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    code: Mapped[str | None] = mapped_column(String(20))
    # The acknowledgement code printed on this recipient's copy (domain/ack_codes.py).
    ack_code: Mapped[str | None] = mapped_column(String(16))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_via: Mapped[str] = mapped_column(String(20), default="", server_default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(200), default="")  # at the recipient
    ack_channel: Mapped[str] = mapped_column(String(50), default="")
    # The recipient's own receive number and date (the e-CMS exchange acknowledges with these).
    their_receive_no: Mapped[str] = mapped_column(String(50), default="", server_default="")
    their_receive_date: Mapped[dt.date | None] = mapped_column(Date)
    ack_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    returned_reason: Mapped[str] = mapped_column(Text, default="")
    reminded_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_reminder_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letter.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    letter: Mapped[OutgoingLetter] = relationship(
        back_populates="recipients", foreign_keys=[letter_id]
    )


class RecipientList(Base):
    """A saved list of recipients (a project network spanning provinces, ...)."""

    __tablename__ = "recipient_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    members: Mapped[list[RecipientListMember]] = relationship(
        cascade="all, delete-orphan", order_by="RecipientListMember.position"
    )


class RecipientListMember(Base):
    __tablename__ = "recipient_list_member"
    __table_args__ = (UniqueConstraint("list_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("recipient_list.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class OrganisationName(Base):
    """Earlier names of an organisation (an อบต. that became a เทศบาลตำบล), with dates."""

    __tablename__ = "organisation_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    valid_until: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
