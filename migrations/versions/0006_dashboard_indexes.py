"""Indexes the acknowledgement dashboard reads through (docs/benchmarks.md section 7).

Both databases: the dashboard's letter filter (not a reminder, not cancelled, the period)
from an index alone, without reading each letter's row and its long JSON; the tracking rows
of a letter with their acknowledgement time (the days-to-acknowledge histogram). SQLite only
(unmodelled, see migrations/env.py): the per-recipient counts streamed from one covering
index in recipient order, and the pending rows in due-date order for the overdue list.
PostgreSQL's planner chose slower plans for short periods with those two (measured), so it
does without them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outgoing_letter_dashboard", ["reminder_of_id", "cancelled", "letter_date"]
        )
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_recipient_letter_id")
        batch_op.create_index(
            "ix_letter_recipient_letter_id_acknowledged_at", ["letter_id", "acknowledged_at"]
        )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX ix_letter_recipient_counts ON letter_recipient "
            "(organisation_id, letter_id, acknowledged_at, due_date, returned_at)"
        )
        op.execute(
            "CREATE INDEX ix_letter_recipient_pending ON letter_recipient (due_date) "
            "WHERE acknowledged_at IS NULL"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX ix_letter_recipient_pending")
        op.execute("DROP INDEX ix_letter_recipient_counts")
    with op.batch_alter_table("letter_recipient", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_recipient_letter_id_acknowledged_at")
        batch_op.create_index("ix_letter_recipient_letter_id", ["letter_id"])
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_index("ix_outgoing_letter_dashboard")
