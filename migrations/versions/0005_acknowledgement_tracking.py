"""Acknowledgement tracking: how each recipient's copy was sent and acknowledged, codes,
returns and reminders; the directory's official e-mail addresses.

``letter_recipient.ack_method`` becomes ``ack_channel`` (it was never written before this
revision). Codes of letters issued before it are assigned when their copies are printed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 19:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.alter_column("ack_method", new_column_name="ack_channel")
        batch_op.add_column(sa.Column("ack_code", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("sent_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("sent_via", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("their_receive_no", sa.String(length=50), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("their_receive_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("ack_note", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("recorded_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("returned_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("reminded_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("last_reminder_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_letter_recipient_ack_code"), ["ack_code"])
        batch_op.create_foreign_key(
            batch_op.f("fk_letter_recipient_recorded_by_user_account"),
            "user_account",
            ["recorded_by"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_letter_recipient_last_reminder_id_outgoing_letter"),
            "outgoing_letter",
            ["last_reminder_id"],
            ["id"],
        )
        batch_op.create_index(
            "ix_letter_recipient_organisation_id_letter_id",
            ["organisation_id", "letter_id"],
            unique=False,
        )
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outgoing_letter_reminder_of_id_outgoing_letter"),
            "outgoing_letter",
            ["reminder_of_id"],
            ["id"],
        )
        batch_op.create_index(
            batch_op.f("ix_outgoing_letter_reminder_of_id"), ["reminder_of_id"], unique=False
        )
        batch_op.create_index("ix_outgoing_letter_letter_date", ["letter_date"], unique=False)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("email", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("email")
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_index("ix_outgoing_letter_letter_date")
        batch_op.drop_index(batch_op.f("ix_outgoing_letter_reminder_of_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_outgoing_letter_reminder_of_id_outgoing_letter"), type_="foreignkey"
        )
        batch_op.drop_column("reminder_of_id")
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_recipient_organisation_id_letter_id")
        batch_op.drop_constraint(
            batch_op.f("fk_letter_recipient_last_reminder_id_outgoing_letter"),
            type_="foreignkey",
        )
        batch_op.drop_constraint(
            batch_op.f("fk_letter_recipient_recorded_by_user_account"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_letter_recipient_ack_code"), type_="unique")
        for column in (
            "last_reminder_id",
            "reminded_count",
            "returned_at",
            "recorded_at",
            "recorded_by",
            "ack_note",
            "their_receive_date",
            "their_receive_no",
            "sent_via",
            "sent_at",
            "ack_code",
        ):
            batch_op.drop_column(column)
        batch_op.alter_column("ack_channel", new_column_name="ack_method")
