"""Register search over the folded ``search_text``, using each backend's index.

Terms are matched independently (all must occur), each already passed through ``search_fold``
so Thai/Arabic digits, case and spacing do not matter.

* Terms of three characters or more: SQLite asks an FTS5 trigram table (kept in step by
  triggers, see the first migration); PostgreSQL a pg_trgm GIN index behind LIKE.
  With a year filter, the FTS5 lookup is bounded to that year's id range (ids grow with
  registration, so the range is tight and a superset; the year test stays), which keeps a
  word found in most of the register from walking every year's documents.
* A search made only of one- or two-character terms (the first keystrokes) looks at the
  identifiers, where such a fragment means something: the document number and the receive
  number. A short term beside a longer one is matched anywhere, within the longer one's hits.

``fetch_ids`` runs an id query straight through the DB-API cursor: for tens of thousands of
ids, SQLAlchemy's per-row result handling costs more than the query.
"""

from __future__ import annotations

from array import array
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    func,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.orm import Session

from desktop_app.db.models import IncomingDocument

TRIGRAM = 3
INCOMING_FTS_TABLE = "incoming_fts"


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _year_id_bound(year: int, bound: Any) -> Any:
    # Not correlated: the year's lowest/highest id, not the outer row's.
    return (select(bound(IncomingDocument.id)).where(IncomingDocument.receive_year == year)
            .correlate(None).scalar_subquery())


def _identifier_match(term: str) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [
        IncomingDocument.doc_no_fold.like(_like_pattern(term), escape="\\")]
    if term.isdigit():
        clauses.append(IncomingDocument.receive_no == int(term))
    return or_(*clauses)


def incoming_text_filter(dialect: str, terms: list[str],
                         year: int | None = None) -> ColumnElement[bool]:
    """A WHERE clause that keeps incoming documents matching every term."""
    terms = [term for term in terms if term]
    if not terms:
        return true()
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    short_terms = [term for term in terms if len(term) < TRIGRAM]
    if not long_terms:
        return and_(*[_identifier_match(term) for term in short_terms])
    clauses: list[ColumnElement[bool]] = []
    if dialect == "sqlite":
        match = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
        fts = table(INCOMING_FTS_TABLE, column("rowid"))
        fts_ids = select(fts.c.rowid).where(
            text(f"{INCOMING_FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match)
        )
        if year is not None:
            fts_ids = fts_ids.where(fts.c.rowid.between(
                _year_id_bound(year, func.min), _year_id_bound(year, func.max)))
        clauses.append(IncomingDocument.id.in_(fts_ids))
    else:
        short_terms = terms
    clauses.extend(
        IncomingDocument.search_text.like(_like_pattern(term), escape="\\") for term in short_terms
    )
    return and_(*clauses)


def fetch_ids(session: Session, statement: Select[Any]) -> array[int]:
    """The first column of ``statement`` as an int array, read through the DB-API cursor."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    for name, bind in compiled.binds.items():
        processor = bind.type.bind_processor(dialect)
        if processor is not None and name in params:
            params[name] = processor(params[name])
    arguments: Any = (tuple(params[name] for name in compiled.positiontup or ())
                      if compiled.positional else params)
    result = connection.exec_driver_sql(str(compiled), arguments)
    try:
        return array("q", (row[0] for row in result.cursor.fetchall()))
    finally:
        result.close()
