"""The incoming register's reads: list, count, rows, one record, search; as plain SQL.

These run through ``Database.reading()`` (the DB-API connection, no SQLAlchemy): the register
is what every start shows and what ``saraban incoming list`` prints, and they are the hot
path at 200,000 documents (docs/benchmarks.md). Placeholders are "?"; ``Reader`` adapts
them for psycopg. Writes stay with the ORM in services/incoming.py.

Search matches every term independently (all must occur), each already passed through
``search_fold`` so Thai/Arabic digits, case and spacing do not matter:

* Terms of three characters or more: SQLite asks an FTS5 trigram table (kept in step by
  triggers, see the first migration); PostgreSQL a pg_trgm GIN index behind LIKE.
  With a year filter, the FTS5 lookup is bounded to that year's id range (ids grow with
  registration, so the range is tight and a superset; the year test stays), which keeps a
  word found in most of the register from walking every year's documents.
* A search made only of one- or two-character terms (the first keystrokes) looks at the
  identifiers, where such a fragment means something: the document number and the receive
  number. A short term beside a longer one is matched anywhere, within the longer one's hits.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import Any

from desktop_app.db.engine import Reader
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.incoming import (
    AttachmentInfo,
    IncomingFilter,
    IncomingRecord,
    IncomingRow,
    IncomingSort,
)

TRIGRAM = 3
INCOMING_FTS_TABLE = "incoming_fts"
_ESCAPE = " ESCAPE '\\'"


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _rank_case(column: str, classes: type[Urgency] | type[Secrecy]) -> str:
    """Order a class column by its rank (ปกติ < ด่วน < ด่วนมาก < ด่วนที่สุด), not by its
    stored English value, whose alphabetical order means nothing to a clerk."""
    whens = " ".join(f"WHEN '{member.value}' THEN {member.rank}" for member in classes)
    return f"CASE {column} {whens} ELSE 0 END"


_SORT_COLUMNS: dict[IncomingSort, str] = {
    IncomingSort.RECEIVED_AT: "d.received_at",
    IncomingSort.DOC_NO: "d.doc_no_fold",
    IncomingSort.DOC_DATE: "d.doc_date",
    IncomingSort.SENDER: "d.sender_sort",
    IncomingSort.TO: "d.to_text",
    IncomingSort.SUBJECT: "d.subject_sort",
    IncomingSort.URGENCY: _rank_case("d.urgency", Urgency),
    IncomingSort.SECRECY: _rank_case("d.secrecy", Secrecy),
    IncomingSort.WORK_GROUP: "d.work_group_id",
}


class _Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _text_filter(where: _Where, dialect: str, terms: list[str], year: int | None) -> None:
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    short_terms = [term for term in terms if len(term) < TRIGRAM]
    if not long_terms:
        for term in short_terms:
            if term.isdigit():
                where.add(
                    f"(d.doc_no_fold LIKE ?{_ESCAPE} OR d.receive_no = ?)",
                    _like_pattern(term),
                    int(term),
                )
            else:
                where.add(f"d.doc_no_fold LIKE ?{_ESCAPE}", _like_pattern(term))
        return
    if dialect == "sqlite":
        match = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
        fts = f"SELECT rowid FROM {INCOMING_FTS_TABLE} WHERE {INCOMING_FTS_TABLE} MATCH ?"
        params: list[Any] = [match]
        if year is not None:
            fts += (
                " AND rowid BETWEEN (SELECT min(id) FROM incoming_document WHERE "
                "receive_year = ?) AND (SELECT max(id) FROM incoming_document WHERE "
                "receive_year = ?)"
            )
            params += [year, year]
        where.add(f"d.id IN ({fts})", *params)
    else:
        short_terms = terms
    for term in short_terms:
        where.add(f"d.search_text LIKE ?{_ESCAPE}", _like_pattern(term))


def _where(dialect: str, flt: IncomingFilter) -> _Where:
    where = _Where()
    if flt.year is not None:
        where.add("d.receive_year = ?", flt.year)
    if flt.month is not None:
        month = (
            "CAST(strftime('%m', d.received_at) AS INTEGER)"
            if dialect == "sqlite"
            else "EXTRACT(MONTH FROM d.received_at)"
        )
        where.add(f"{month} = ?", flt.month)
    if flt.urgency is not None:
        where.add("d.urgency = ?", flt.urgency.value)
    if flt.secrecy is not None:
        where.add("d.secrecy = ?", flt.secrecy.value)
    if flt.work_group_id is not None:
        where.add("d.work_group_id = ?", flt.work_group_id)
    if flt.cancelled is not None:
        where.add("d.cancelled = ?", flt.cancelled)
    terms = flt.search_terms()
    if terms:
        _text_filter(where, dialect, terms, flt.year)
    return where


def _order(flt: IncomingFilter) -> str:
    direction = "DESC" if flt.descending else "ASC"
    keys = [f"d.receive_year {direction}", f"d.receive_no {direction}"]
    column = _SORT_COLUMNS.get(flt.sort)
    if column is not None:
        first = f"{column} {direction}"
        if flt.sort is IncomingSort.WORK_GROUP:
            # Documents without a group come first (last when descending) on every backend:
            # SQLite puts NULL first by default, PostgreSQL last.
            first += " NULLS LAST" if flt.descending else " NULLS FIRST"
        keys.insert(0, first)
    return " ORDER BY " + ", ".join(keys)


def incoming_ids(reader: Reader, flt: IncomingFilter) -> array[int]:
    """The ids of the documents that pass ``flt``, in display order (ints only: 200,000 ids
    are 1.6 MB)."""
    where = _where(reader.dialect, flt)
    sql = f"SELECT d.id FROM incoming_document d{where.sql()}{_order(flt)}"
    return array("q", reader.column(sql, where.params))


def incoming_count(reader: Reader, flt: IncomingFilter) -> int:
    where = _where(reader.dialect, flt)
    return int(
        reader.scalar(f"SELECT count(*) FROM incoming_document d{where.sql()}", where.params) or 0
    )


def as_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _optional_datetime(value: Any) -> dt.datetime | None:
    return None if value is None else as_datetime(value)


def as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


_ROW_COLUMNS = (
    "d.id, d.receive_year, d.receive_no, d.received_at, d.doc_no, d.doc_date, d.sender, "
    "d.to_text, d.subject, d.urgency, d.secrecy, d.action_taken, d.remarks, "
    "COALESCE(g.name, ''), d.cancelled, d.cancel_reason, "
    "(SELECT count(*) FROM attachment a WHERE a.incoming_id = d.id)"
)


def _to_row(values: Sequence[Any]) -> IncomingRow:
    (
        id_,
        year,
        number,
        received_at,
        doc_no,
        doc_date,
        sender,
        to_text,
        subject,
        urgency,
        secrecy,
        action_taken,
        remarks,
        group,
        cancelled,
        reason,
        count,
    ) = values
    return IncomingRow(
        int(id_),
        int(year),
        int(number),
        as_datetime(received_at),
        doc_no,
        as_date(doc_date),
        sender,
        to_text,
        subject,
        Urgency(urgency),
        Secrecy(secrecy),
        action_taken,
        remarks,
        group,
        bool(cancelled),
        reason,
        int(count or 0),
    )


def incoming_rows(reader: Reader, ids: Sequence[int]) -> list[IncomingRow]:
    """Table rows for ``ids``, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM incoming_document d LEFT JOIN work_group g "
        f"ON g.id = d.work_group_id WHERE d.id IN ({marks})"
    )
    by_id = {int(values[0]): _to_row(values) for values in reader.rows(sql, list(ids))}
    return [by_id[i] for i in ids if i in by_id]


def incoming_record(
    reader: Reader, doc_id: int, duplicates: tuple[int, ...] = ()
) -> IncomingRecord | None:
    """One document in full, or None."""
    values = reader.row(
        "SELECT d.id, d.receive_year, d.receive_no, d.received_at, d.received_at_reason, "
        "d.sender, d.sender_org_id, d.doc_no, d.doc_date, d.to_text, d.subject, d.urgency, "
        "d.secrecy, d.remarks, d.action_taken, d.work_group_id, COALESCE(g.name, ''), "
        "d.cancelled, d.cancel_reason, d.cancelled_at, COALESCE(u.display_name, ''), "
        "d.created_at FROM incoming_document d "
        "LEFT JOIN work_group g ON g.id = d.work_group_id "
        "LEFT JOIN user_account u ON u.id = d.created_by WHERE d.id = ?",
        [doc_id],
    )
    if values is None:
        return None
    attachments = tuple(
        AttachmentInfo(int(a[0]), a[1], a[2], int(a[3]), a[4])
        for a in reader.rows(
            "SELECT id, filename, sha256, size, media_type FROM attachment "
            "WHERE incoming_id = ? ORDER BY position, id",
            [doc_id],
        )
    )
    (
        id_,
        year,
        number,
        received_at,
        reason,
        sender,
        sender_org,
        doc_no,
        doc_date,
        to_text,
        subject,
        urgency,
        secrecy,
        remarks,
        action,
        group_id,
        group,
        cancelled,
        cancel_reason,
        cancelled_at,
        creator,
        created_at,
    ) = values
    return IncomingRecord(
        id=int(id_),
        receive_year=int(year),
        receive_no=int(number),
        received_at=as_datetime(received_at),
        received_at_reason=reason,
        sender=sender,
        sender_org_id=sender_org,
        doc_no=doc_no,
        doc_date=as_date(doc_date),
        to_text=to_text,
        subject=subject,
        urgency=Urgency(urgency),
        secrecy=Secrecy(secrecy),
        remarks=remarks,
        action_taken=action,
        work_group_id=group_id,
        work_group_name=group,
        cancelled=bool(cancelled),
        cancel_reason=cancel_reason,
        cancelled_at=_optional_datetime(cancelled_at),
        created_by=creator,
        created_at=as_datetime(created_at),
        attachments=attachments,
        possible_duplicates=duplicates,
    )


def incoming_years(reader: Reader) -> set[int]:
    return {
        int(year) for year in reader.column("SELECT DISTINCT receive_year FROM incoming_document")
    }


def same_document_number(
    reader: Reader,
    doc_no_fold: str,
    years: Sequence[int],
    *,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[int]:
    """Ids of live documents registered in ``years`` with this folded document number,
    newest first (the same circular often arrives twice: by e-mail and on paper)."""
    marks = ", ".join("?" * len(years))
    sql = (
        f"SELECT id FROM incoming_document WHERE doc_no_fold = ? AND receive_year IN "
        f"({marks}) AND cancelled = ?"
    )
    params: list[Any] = [doc_no_fold, *years, False]
    if exclude_id is not None:
        sql += " AND id <> ?"
        params.append(exclude_id)
    sql += f" ORDER BY id DESC LIMIT {int(limit)}"
    return [int(value) for value in reader.column(sql, params)]
