"""Alembic environment: runs on the connection the program hands over (see db/migrate.py).

From the command line (developers): ``alembic -c migrations/alembic.ini upgrade head`` with
SARABAN_DB_URL set, or ``-x url=...``.
"""

from __future__ import annotations

import os

from alembic import context

from desktop_app.db.models import Base

config = context.config
target_metadata = Base.metadata

# Objects the migrations create that the models do not describe: the SQLite FTS5 table
# (and its shadow tables) and the PostgreSQL trigram index behind the register search,
UNMODELLED_PREFIXES = ("incoming_fts",)
# and the SQLite-only indexes of the acknowledgement dashboard (migration 0006); the search's
# tone-blind index (PostgreSQL) and its covering index of numbers and subjects (SQLite;
# migration 0007, whose FTS5 table incoming_fts_bare the prefix above covers).
UNMODELLED_INDEXES = {
    "ix_incoming_document_search_trgm",
    "ix_letter_recipient_counts",
    "ix_letter_recipient_pending",
    "ix_incoming_document_search_bare_trgm",
    "ix_incoming_document_year_subject",
}


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    if type_ == "table" and name and name.startswith(UNMODELLED_PREFIXES):
        return False
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


def run_migrations(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from desktop_app.db.engine import make_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("SARABAN_DB_URL")
    if not url:
        raise SystemExit("Set SARABAN_DB_URL or pass -x url=... to run Alembic by hand.")
    engine = make_engine(url)
    with engine.begin() as conn:
        run_migrations(conn)
