"""Search that tolerates missing tone marks and finds one- and two-character words.

* The text without tone marks, MAITAIKHU and THANTHAKHAT (U+0E47..U+0E4C), indexed for the
  search's fallback ("ผาบอง" finds "ผาบ่อง"): on SQLite a second FTS5 trigram table,
  ``incoming_fts_bare``, whose content is a view of ``search_text`` with those marks removed,
  kept in step by triggers like ``incoming_fts`` (and rebuilt here from the existing rows); on
  PostgreSQL a pg_trgm GIN index on ``translate(search_text, <marks>, '')``, the expression
  ``db.incoming_reads`` queries.
* SQLite only: a covering index of each year's numbers and subjects, which a search made only
  of one- or two-character terms (no trigram index can find those) scans instead of the
  documents' rows (docs/benchmarks.md, search). Not on PostgreSQL: a B-tree entry cannot hold
  a long subject (2,704 bytes at most), and its planner reads a year's rows fast enough.

All unmodelled (migrations/env.py). Plain SQL: batch mode would rebuild incoming_document and
drop its triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As domain.search_terms.TONE_MARKS was when this was written (a migration does not follow
# later changes of the code).
TONE_MARKS = "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"


def _bare(column: str) -> str:
    """SQLite: ``column`` without the marks."""
    for mark in TONE_MARKS:
        column = f"replace({column}, '{mark}', '')"
    return column


SQLITE_UP = [
    f"""CREATE VIEW incoming_fts_bare_source (id, search_bare) AS
        SELECT id, {_bare("search_text")} FROM incoming_document""",
    """CREATE VIRTUAL TABLE incoming_fts_bare USING fts5(
        search_bare, content='incoming_fts_bare_source', content_rowid='id',
        tokenize='trigram'
    )""",
    f"""CREATE TRIGGER incoming_fts_bare_ai AFTER INSERT ON incoming_document BEGIN
        INSERT INTO incoming_fts_bare(rowid, search_bare)
        VALUES (new.id, {_bare("new.search_text")});
    END""",
    f"""CREATE TRIGGER incoming_fts_bare_ad AFTER DELETE ON incoming_document BEGIN
        INSERT INTO incoming_fts_bare(incoming_fts_bare, rowid, search_bare)
        VALUES ('delete', old.id, {_bare("old.search_text")});
    END""",
    f"""CREATE TRIGGER incoming_fts_bare_au AFTER UPDATE OF search_text ON incoming_document
    BEGIN
        INSERT INTO incoming_fts_bare(incoming_fts_bare, rowid, search_bare)
        VALUES ('delete', old.id, {_bare("old.search_text")});
        INSERT INTO incoming_fts_bare(rowid, search_bare)
        VALUES (new.id, {_bare("new.search_text")});
    END""",
    "INSERT INTO incoming_fts_bare(incoming_fts_bare) VALUES ('rebuild')",
    "CREATE INDEX ix_incoming_document_year_subject ON incoming_document "
    "(receive_year, receive_no, doc_no_fold, subject)",
]
SQLITE_DOWN = [
    "DROP INDEX IF EXISTS ix_incoming_document_year_subject",
    "DROP TRIGGER IF EXISTS incoming_fts_bare_au",
    "DROP TRIGGER IF EXISTS incoming_fts_bare_ad",
    "DROP TRIGGER IF EXISTS incoming_fts_bare_ai",
    "DROP TABLE IF EXISTS incoming_fts_bare",
    "DROP VIEW IF EXISTS incoming_fts_bare_source",
]
POSTGRES_UP = [
    "CREATE INDEX ix_incoming_document_search_bare_trgm ON incoming_document "
    f"USING gin ((translate(search_text, '{TONE_MARKS}', '')) gin_trgm_ops)",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS ix_incoming_document_search_bare_trgm"]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_UP if sqlite else POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRES_DOWN:
        op.execute(statement)
