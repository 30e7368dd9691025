"""Outgoing letters remember whether the incoming PDF was appended to them.

A letter whose PDF could not be written when its number was issued is typeset again later
from the stored letter; this flag says whether that print appends the incoming original.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "encloses_incoming_pdf", sa.Boolean(), server_default=sa.true(), nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_column("encloses_incoming_pdf")
