"""Register search indexes: a year's id range, and the identifiers in display order.

Plain CREATE INDEX (batch mode does not rebuild the table for it), so the FTS triggers on
incoming_document stay in place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:29:28.851415
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.create_index("ix_incoming_document_year_id", ["receive_year", "id"], unique=False)
        batch_op.create_index(
            "ix_incoming_document_year_number_doc_no",
            ["receive_year", "receive_no", "doc_no_fold"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.drop_index("ix_incoming_document_year_number_doc_no")
        batch_op.drop_index("ix_incoming_document_year_id")
