"""Outgoing register, per-recipient tracking rows, saved recipient lists, name history.

New tables only; incoming_document (and its FTS triggers) is untouched.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 11:06:14.836412
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recipient_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["user_account.id"],
            name=op.f("fk_recipient_list_created_by_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_list")),
        sa.UniqueConstraint("name", name=op.f("uq_recipient_list_name")),
    )
    op.create_table(
        "organisation_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by"],
            ["user_account.id"],
            name=op.f("fk_organisation_name_changed_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_name_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_name")),
    )
    with op.batch_alter_table("organisation_name", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_name_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "recipient_list_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["recipient_list.id"],
            name=op.f("fk_recipient_list_member_list_id_recipient_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_recipient_list_member_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_list_member")),
        sa.UniqueConstraint(
            "list_id",
            "organisation_id",
            name=op.f("uq_recipient_list_member_list_id_organisation_id"),
        ),
    )
    op.create_table(
        "outgoing_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_key", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=50), nullable=False),
        sa.Column("circular", sa.Boolean(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("doc_no", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("to_text", sa.Text(), nullable=False),
        sa.Column("sending_method", sa.String(length=100), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("secrecy", sa.String(length=20), nullable=False),
        sa.Column("incoming_id", sa.Integer(), nullable=True),
        sa.Column("work_group_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('stamped','external')", name=op.f("ck_outgoing_letter_kind")),
        sa.CheckConstraint("number > 0", name=op.f("ck_outgoing_letter_number_positive")),
        sa.ForeignKeyConstraint(
            ["cancelled_by"],
            ["user_account.id"],
            name=op.f("fk_outgoing_letter_cancelled_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["user_account.id"],
            name=op.f("fk_outgoing_letter_created_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["incoming_id"],
            ["incoming_document.id"],
            name=op.f("fk_outgoing_letter_incoming_id_incoming_document"),
        ),
        sa.ForeignKeyConstraint(
            ["work_group_id"],
            ["work_group.id"],
            name=op.f("fk_outgoing_letter_work_group_id_work_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_letter")),
        sa.UniqueConstraint(
            "series_key", "year", "number", name=op.f("uq_outgoing_letter_series_key_year_number")
        ),
    )
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outgoing_letter_incoming_id"), ["incoming_id"], unique=False
        )
        batch_op.create_index("ix_outgoing_letter_year_number", ["year", "number"], unique=False)

    op.create_table(
        "letter_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=False),
        sa.Column("ack_method", sa.String(length=50), nullable=False),
        sa.Column("returned_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["outgoing_letter.id"],
            name=op.f("fk_letter_recipient_letter_id_outgoing_letter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_letter_recipient_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_recipient")),
        sa.UniqueConstraint(
            "letter_id", "position", name=op.f("uq_letter_recipient_letter_id_position")
        ),
    )
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_recipient_letter_id"), ["letter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_recipient_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_recipient_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_letter_recipient_letter_id"))

    op.drop_table("letter_recipient")
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_index("ix_outgoing_letter_year_number")
        batch_op.drop_index(batch_op.f("ix_outgoing_letter_incoming_id"))

    op.drop_table("outgoing_letter")
    op.drop_table("recipient_list_member")
    with op.batch_alter_table("organisation_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name_organisation_id"))

    op.drop_table("organisation_name")
    op.drop_table("recipient_list")
