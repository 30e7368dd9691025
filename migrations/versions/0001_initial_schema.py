"""Initial schema: office, users, directory, incoming register, attachments, audit.

Also creates what the models do not describe: the register's search index, an FTS5
trigram table kept in step by triggers on SQLite, a pg_trgm GIN index on PostgreSQL.
A later batch migration that rebuilds incoming_document on SQLite must recreate the
triggers (batch mode copies the table and drops them).

Revision ID: 0001
Revises:
Create Date: 2026-11-22 09:00:30.793316
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "number_counter",
        sa.Column("series", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_number_counter")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("initials", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_audit_event_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("letter_prefix", sa.String(length=50), nullable=False),
        sa.Column("setup_completed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user_account.id"], name=op.f("fk_office_created_by_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("la_type", sa.String(length=30), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("district_code", sa.String(length=4), nullable=True),
        sa.Column(
            "name_sort",
            sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("name_fold", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('department','province','district','local_authority','agency','office')",
            name=op.f("ck_organisation_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["user_account.id"],
            name=op.f("fk_organisation_created_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_merged_into_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["organisation.id"], name=op.f("fk_organisation_parent_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_organisation_kind_code")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_name_sort"), ["name_sort"], unique=False)
        batch_op.create_index("ix_organisation_parent_id_kind", ["parent_id", "kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_province_code"), ["province_code"], unique=False
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["user_account.id"], name=op.f("fk_setting_updated_by_user_account")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "work_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("letter_prefix", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user_account.id"], name=op.f("fk_work_group_created_by_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_group")),
        sa.UniqueConstraint("name", name=op.f("uq_work_group_name")),
    )
    op.create_table(
        "incoming_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receive_year", sa.Integer(), nullable=False),
        sa.Column("receive_no", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_at_reason", sa.Text(), nullable=False),
        sa.Column("sender_org_id", sa.Integer(), nullable=True),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("doc_no", sa.String(length=100), nullable=False),
        sa.Column("doc_no_fold", sa.String(length=100), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("to_text", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("secrecy", sa.String(length=20), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("work_group_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sender_sort",
            sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "subject_sort",
            sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("receive_no > 0", name=op.f("ck_incoming_document_receive_no_positive")),
        sa.ForeignKeyConstraint(
            ["cancelled_by"],
            ["user_account.id"],
            name=op.f("fk_incoming_document_cancelled_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["user_account.id"],
            name=op.f("fk_incoming_document_created_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["sender_org_id"],
            ["organisation.id"],
            name=op.f("fk_incoming_document_sender_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["user_account.id"],
            name=op.f("fk_incoming_document_updated_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["work_group_id"],
            ["work_group.id"],
            name=op.f("fk_incoming_document_work_group_id_work_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_document")),
        sa.UniqueConstraint(
            "receive_year", "receive_no", name=op.f("uq_incoming_document_receive_year_receive_no")
        ),
    )
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.create_index("ix_incoming_document_received_at", ["received_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incoming_document_work_group_id"), ["work_group_id"], unique=False
        )
        batch_op.create_index(
            "ix_incoming_document_year_doc_no_fold", ["receive_year", "doc_no_fold"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incoming_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user_account.id"], name=op.f("fk_attachment_created_by_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["incoming_id"],
            ["incoming_document.id"],
            name=op.f("fk_attachment_incoming_id_incoming_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_incoming_id"), ["incoming_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    _create_search_index()


SQLITE_SEARCH_DDL = [
    """CREATE VIRTUAL TABLE incoming_fts USING fts5(
        search_text, content='incoming_document', content_rowid='id', tokenize='trigram'
    )""",
    """CREATE TRIGGER incoming_fts_ai AFTER INSERT ON incoming_document BEGIN
        INSERT INTO incoming_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER incoming_fts_ad AFTER DELETE ON incoming_document BEGIN
        INSERT INTO incoming_fts(incoming_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER incoming_fts_au AFTER UPDATE OF search_text ON incoming_document BEGIN
        INSERT INTO incoming_fts(incoming_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO incoming_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
]

POSTGRESQL_SEARCH_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_incoming_document_search_trgm ON incoming_document "
    "USING gin (search_text gin_trgm_ops)",
]


def _create_search_index() -> None:
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": SQLITE_SEARCH_DDL, "postgresql": POSTGRESQL_SEARCH_DDL}.get(dialect, [])
    for statement in statements:
        op.execute(statement)


def _drop_search_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("incoming_fts_ai", "incoming_fts_ad", "incoming_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS incoming_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_incoming_document_search_trgm")


def downgrade() -> None:
    _drop_search_index()
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_incoming_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.drop_index("ix_incoming_document_year_doc_no_fold")
        batch_op.drop_index(batch_op.f("ix_incoming_document_work_group_id"))
        batch_op.drop_index("ix_incoming_document_received_at")

    op.drop_table("incoming_document")
    op.drop_table("work_group")
    op.drop_table("setting")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_province_code"))
        batch_op.drop_index("ix_organisation_parent_id_kind")
        batch_op.drop_index(batch_op.f("ix_organisation_name_sort"))

    op.drop_table("organisation")
    op.drop_table("office")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")

    op.drop_table("audit_event")
    op.drop_table("user_account")
    op.drop_table("number_counter")
