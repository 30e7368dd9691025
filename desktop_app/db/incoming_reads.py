"""The incoming register's reads: list, count, rows, one record, search; as plain SQL.

These run through ``Database.reading()`` (the DB-API connection, no SQLAlchemy): the register
is what every start shows and what ``saraban incoming list`` prints, and they are the hot
path at 200,000 documents (docs/benchmarks.md). Placeholders are "?"; ``Reader`` adapts
them for psycopg. Writes stay with the ORM in services/incoming.py.

Search (``find``) reads the typed text with ``domain.search_terms``: every term must match,
through any of its spellings (the term as typed, and with each abbreviation of the shared table
written the other ways: "อบต.ผาบ่อง" also finds "องค์การบริหารส่วนตำบลผาบ่อง"), in the
``search_fold`` form of the document's text (``search_text``), so Thai/Arabic digits, case
and spacing do not matter:

* Terms of three characters or more: SQLite asks an FTS5 trigram table (kept in step by
  triggers, see the first migration); PostgreSQL a pg_trgm GIN index behind LIKE.
  With a year filter, the FTS5 lookup is bounded to that year's id range (ids grow with
  registration, so the range is tight and a superset; the year test stays), which keeps a
  word found in most of the register from walking every year's documents.
* A search made only of one- or two-character terms (no trigram index can find those) looks
  in the subjects and the document numbers, digits alone in the receive and document numbers
  only (where such a fragment means something), through a covering index of the year's
  numbers and subjects (migration 0007). With no year chosen it looks in the latest year only
  (every year would take too long); ``SearchReport`` says so. A short term beside a longer
  one is matched anywhere, within the longer one's hits.
* When fewer than ``FEW_EXACT`` documents match exactly, those whose text matches with tone
  marks, MAITAIKHU and THANTHAKHAT ignored are added after them ("ผาบอง" finds "ผาบ่อง"):
  SQLite through a second trigram table over the bare text (``incoming_fts_bare``),
  PostgreSQL through a trigram index on ``translate(search_text, <marks>, '')``
  (migration 0007).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from functools import cache
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
from desktop_app.domain.search_terms import (
    ABBREVIATIONS_FILE,
    FEW_EXACT,
    MIN_INDEXED,
    TONE_MARKS,
    AbbreviationTable,
    SearchReport,
    SearchTerm,
    ShortScope,
    parse_search,
)
from desktop_app.domain.thai_text import to_thai_digits
from desktop_app.resources import data_file

TRIGRAM = MIN_INDEXED
INCOMING_FTS_TABLE = "incoming_fts"
INCOMING_FTS_BARE_TABLE = "incoming_fts_bare"  # the text without tone marks (migration 0007)
# PostgreSQL's bare text: written exactly as the expression index of migration 0007 is.
PG_BARE_TEXT = f"translate(d.search_text, '{TONE_MARKS}', '')"
_ESCAPE = " ESCAPE '\\'"


@cache
def abbreviations() -> AbbreviationTable:
    """The shared table of abbreviations (resources/data/org_abbreviations.txt)."""
    return AbbreviationTable.parse(data_file(ABBREVIATIONS_FILE).read_text(encoding="utf-8"))


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
        self.index = ""  # SQLite: the index to read (INDEXED BY)

    def table(self) -> str:
        """The FROM clause's table, with its index when one is named."""
        hint = f" INDEXED BY {self.index}" if self.index else ""
        return f"incoming_document d{hint}"

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def copy(self) -> _Where:
        twin = _Where()
        twin.clauses = list(self.clauses)
        twin.params = list(self.params)
        twin.index = self.index
        return twin


def _fts_query(groups: Sequence[Sequence[str]]) -> str:
    """An FTS5 query: every group must match, through any of its strings (phrases: with the
    trigram tokenizer a phrase is a substring)."""
    return " AND ".join(
        "(" + " OR ".join('"' + text.replace('"', '""') + '"' for text in group) + ")"
        for group in groups
    )


def _fts_ids(
    table: str, groups: Sequence[Sequence[str]], year: int | None
) -> tuple[str, list[Any]]:
    """A subquery of the rowids ``table`` matches for ``groups``, bounded to ``year``'s ids."""
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    params: list[Any] = [_fts_query(groups)]
    if year is not None:
        sql += (
            " AND rowid BETWEEN (SELECT min(id) FROM incoming_document WHERE "
            "receive_year = ?) AND (SELECT max(id) FROM incoming_document WHERE "
            "receive_year = ?)"
        )
        params += [year, year]
    return sql, params


def _any_like(column: str, texts: Sequence[str]) -> tuple[str, list[Any]]:
    clause = " OR ".join(f"{column} LIKE ?{_ESCAPE}" for _ in texts)
    return f"({clause})", [_like_pattern(text) for text in texts]


def _indexed(
    where: _Where, dialect: str, groups: Sequence[Sequence[str]], year: int | None, bare: bool
) -> None:
    """Every group must occur (any of its strings) in the text, or in the bare text."""
    if not groups:
        return
    if dialect == "sqlite":
        table = INCOMING_FTS_BARE_TABLE if bare else INCOMING_FTS_TABLE
        sql, params = _fts_ids(table, groups, year)
        where.add(f"d.id IN ({sql})", *params)
        return
    column = PG_BARE_TEXT if bare else "d.search_text"
    for group in groups:
        clause, params = _any_like(column, group)
        where.add(clause, *params)


def _scan_variants(text: str) -> list[str]:
    """A short term as a subject may hold it: with Arabic and with Thai digits."""
    return list(dict.fromkeys([text, to_thai_digits(text)]))


# SQLite's covering indexes for the short terms' scan (migrations 0002 and 0007): named,
# because the planner takes the wider one for the numbers too, reading five times the pages.
NUMBERS_INDEX = "ix_incoming_document_year_number_doc_no"
SUBJECTS_INDEX = "ix_incoming_document_year_subject"


def _short_only(
    where: _Where, dialect: str, terms: Sequence[SearchTerm], year: int | None, *, direct: bool
) -> ShortScope:
    """Only short terms: each in the numbers (digits alone) or the numbers and the subject,
    or through its longer spellings (an abbreviation's full name) in the index.

    On SQLite the year's numbers and subjects are read from a covering index, not from the
    documents' rows: ``direct`` (no other filter, the register's own order) reads the ids
    from it in display order; otherwise a subquery reads the matching ids from it first."""
    digits = all(term.digits_only for term in terms)
    scope = ShortScope.NUMBERS if digits else ShortScope.SUBJECTS
    alias = "d" if direct else "s"
    inner = where if direct else _Where()
    if not direct and year is not None:
        inner.add("s.receive_year = ?", year)
    subject = f"{alias}.subject" if dialect == "sqlite" else f"lower({alias}.subject)"
    for term in terms:
        parts: list[str] = []
        params: list[Any] = []
        longer = [spelling for spelling in term.spellings if len(spelling) >= TRIGRAM]
        if longer and dialect == "sqlite":
            sql, found = _fts_ids(INCOMING_FTS_TABLE, [longer], year)
            parts.append(f"{alias}.id IN ({sql})")
            params += found
        elif longer:
            clause, found = _any_like(f"{alias}.search_text", longer)
            parts.append(clause)
            params += found
        for spelling in term.spellings:
            if len(spelling) >= TRIGRAM:
                continue
            parts.append(f"{alias}.doc_no_fold LIKE ?{_ESCAPE}")
            params.append(_like_pattern(spelling))
            if spelling.isdigit():
                parts.append(f"{alias}.receive_no = ?")
                params.append(int(spelling))
            else:
                for variant in _scan_variants(spelling):
                    parts.append(f"{subject} LIKE ?{_ESCAPE}")
                    params.append(_like_pattern(variant))
        inner.add("(" + " OR ".join(parts) + ")", *params)
    index = NUMBERS_INDEX if digits else SUBJECTS_INDEX
    if direct:
        where.index = index
    else:
        hint = f" INDEXED BY {index}" if dialect == "sqlite" else ""
        where.add(
            f"d.id IN (SELECT s.id FROM incoming_document s{hint}{inner.sql()})", *inner.params
        )
    return scope


def _text_filter(
    where: _Where,
    dialect: str,
    terms: Sequence[SearchTerm],
    year: int | None,
    *,
    bare: bool,
    direct: bool = False,
) -> ShortScope | None:
    """Add the search's conditions; ``bare``: terms that can be compared without tone marks
    are (the fallback). Returns where short terms were looked for when that is narrower than
    everywhere."""
    long_terms = [term for term in terms if not term.short]
    short_terms = [term for term in terms if term.short]
    if not long_terms:
        return _short_only(where, dialect, short_terms, year, direct=direct)
    if bare:
        near = [t for t in long_terms if all(len(s) >= TRIGRAM for s in t.bare_spellings)]
        exact = [t for t in long_terms if t not in near]
        _indexed(where, dialect, [t.bare_spellings for t in near], year, bare=True)
        _indexed(where, dialect, [t.spellings for t in exact], year, bare=False)
    else:
        _indexed(where, dialect, [t.spellings for t in long_terms], year, bare=False)
    for term in short_terms:
        clause, params = _any_like("d.search_text", term.spellings)
        where.add(clause, *params)
    return None


def _filters(dialect: str, flt: IncomingFilter, year: int | None) -> _Where:
    """Every condition but the search; ``year`` instead of the filter's own."""
    where = _Where()
    if year is not None:
        where.add("d.receive_year = ?", year)
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


class _Search:
    """A filter's search, planned: the exact conditions, and the tone-blind fallback's."""

    def __init__(self, reader: Reader, flt: IncomingFilter) -> None:
        self.flt = flt
        # The table is read (and PyThaiNLP loaded) only once something is searched for.
        self.terms = parse_search(flt.search, abbreviations()) if flt.search.strip() else ()
        dialect = reader.dialect
        year = flt.year
        self.short_year: int | None = None
        if self.terms and all(term.short for term in self.terms) and year is None:
            latest = reader.scalar("SELECT max(receive_year) FROM incoming_document")
            year = self.short_year = int(latest) if latest is not None else None
        base = _filters(dialect, flt, year)
        plain = (
            dialect == "sqlite"
            and len(base.clauses) == (year is not None)
            and flt.sort is IncomingSort.NUMBER
        )
        self.exact = base.copy()
        self.scope = (
            _text_filter(self.exact, dialect, self.terms, year, bare=False, direct=plain)
            if self.terms
            else None
        )
        # The fallback, when a Thai word of three characters or more can be compared bare.
        self.near: _Where | None = None
        if any(
            term.has_thai
            and not term.short
            and all(len(spelling) >= TRIGRAM for spelling in term.bare_spellings)
            for term in self.terms
        ):
            self.near = base.copy()
            _text_filter(self.near, dialect, self.terms, year, bare=True)

    def report(self, exact: int, near: int) -> SearchReport:
        return SearchReport(
            terms=self.terms,
            exact=exact,
            near=near,
            short_terms=tuple(t.typed for t in self.terms if t.short),
            short_scope=self.scope,
            short_year=self.short_year,
        )


def _ids(reader: Reader, where: _Where, flt: IncomingFilter) -> array[int]:
    sql = f"SELECT d.id FROM {where.table()}{where.sql()}{_order(flt)}"
    return array("q", reader.column(sql, where.params))


def find(reader: Reader, flt: IncomingFilter) -> tuple[array[int], SearchReport]:
    """The ids of the documents that pass ``flt``, in display order (exact matches of the
    search first, then near ones: see the module's docstring), and what the search did."""
    search = _Search(reader, flt)
    ids = _ids(reader, search.exact, flt)
    if search.near is None or len(ids) >= FEW_EXACT:
        return ids, search.report(len(ids), 0)
    seen = set(ids)
    extra = [i for i in _ids(reader, search.near, flt) if i not in seen]
    ids.extend(extra)
    return ids, search.report(len(ids) - len(extra), len(extra))


def incoming_ids(reader: Reader, flt: IncomingFilter) -> array[int]:
    """The ids of the documents that pass ``flt``, in display order (ints only: 200,000 ids
    are 1.6 MB); ``find`` without its report."""
    return find(reader, flt)[0]


def incoming_count(reader: Reader, flt: IncomingFilter) -> int:
    """How many ids ``incoming_ids`` gives (counted in SQL unless the fallback may add)."""
    search = _Search(reader, flt)
    count = int(
        reader.scalar(
            f"SELECT count(*) FROM {search.exact.table()}{search.exact.sql()}", search.exact.params
        )
        or 0
    )
    if search.near is None or count >= FEW_EXACT:
        return count
    return len(find(reader, flt)[0])


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
