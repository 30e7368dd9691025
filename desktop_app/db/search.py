"""Substring search over the folded ``search_text`` column, using each backend's index.

SQLite: an FTS5 table with the trigram tokenizer (kept in step by triggers, see the first
migration) answers terms of three characters or more; shorter terms fall back to LIKE.
PostgreSQL: a pg_trgm GIN index makes LIKE '%term%' indexed.
Terms are matched independently (all must occur), each already passed through
``search_fold`` so Thai/Arabic digits, case and spacing do not matter.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select, text, true

from desktop_app.db.models import IncomingDocument

TRIGRAM = 3
INCOMING_FTS_TABLE = "incoming_fts"


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def incoming_text_filter(dialect: str, terms: list[str]) -> ColumnElement[bool]:
    """A WHERE clause that keeps incoming documents whose search text holds every term."""
    terms = [term for term in terms if term]
    if not terms:
        return true()
    clauses: list[ColumnElement[bool]] = []
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    short_terms = [term for term in terms if len(term) < TRIGRAM]
    if dialect == "sqlite" and long_terms:
        match = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
        fts_ids = select(text("rowid")).select_from(text(INCOMING_FTS_TABLE)).where(
            text(f"{INCOMING_FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match)
        )
        clauses.append(IncomingDocument.id.in_(fts_ids))
    else:
        short_terms = terms
    clauses.extend(
        IncomingDocument.search_text.like(_like_pattern(term), escape="\\") for term in short_terms
    )
    return and_(*clauses)
