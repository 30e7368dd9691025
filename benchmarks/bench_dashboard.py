"""The acknowledgement dashboard at five years of an office's traffic, on SQLite and PostgreSQL,
beside the obvious one-query-per-figure / one-query-per-cell way of reading the same things.

    .venv/bin/python -m benchmarks.bench_dashboard [--reps 30] [--naive-reps 10]
        [--budget 10] [--naive-budget 10] [--no-postgres] [--no-sqlite] [--explain]

The data: benchmarks/dashboard_data.py (12,000 circulars x 60 recipients = 720,000 tracking
rows over 5 years, ~85 % acknowledged, returns, ~300 reminders; cached SQLite file, copied
into a throwaway PostgreSQL server started from the installed binaries the way
tests/conftest.py does). The cached file is migrated to the newest schema first if it was
built at an older one, and the PostgreSQL copy is loaded into a schema made by the app's
migrations; the run checks that migration 0006's dashboard indexes are there on both and
records every index. The clock is stopped at 27 Nov 2026 14:00 (``dashboard_data.NOW``).
Periods: the page's "last 3 months" preset, what it opens on (1 Sep 2026 - today), the last
12 months (28 Nov 2025 - today) and all time (the CLI's ``saraban dashboard`` default).

Ours: the real ``AcknowledgementService`` (``AppContext.acknowledgements``) as the dashboard
page calls it: ``dashboard(filter)`` (the figures), ``matrix(filter)`` (the query and building
the ``Matrix`` of the newest 400 letters x every recipient: the first screen needs nothing
more), ``overdue(filter)`` (the oldest 2,000), ``change_marker()``, and "page ready": what the
page's one query op reads (ui/operations/acks.py ``dashboard``): the three for one filter,
one after the other.

The obvious alternative, on the same DB-API connection (``Database.reading``) and SQL dialect:

- figures: the directory's recipients (and the names typed ad hoc), then one
  ``SELECT count(*) ... JOIN outgoing_letter`` per recipient per state (acknowledged,
  pending, overdue, returned) with the same filter: 69 x 4 queries;
- matrix: the 30 newest letters of the period and the first 40 recipients in directory order,
  then one ``SELECT due_date, acknowledged_at, returned_at FROM letter_recipient WHERE
  letter_id = ? AND organisation_id = ?`` per cell of that first screen (40 x 30 = 1,200); and
  the same for every cell (400 letters x 67 recipients);
- overdue: the ORM: every overdue ``LetterRecipient`` loaded, its ``letter`` lazily (one
  SELECT per letter), filtered, sorted and cut to 2,000 in Python;
- change marker: re-reading the 3-month figures on every poll.

Each alternative is checked against ours (the same counts per recipient, the same states in
the first screen's cells, the same 2,000 overdue rows). Every call runs once unmeasured (its
time is kept as "first call"), then up to ``--reps`` times (alternatives ``--naive-reps``),
ours and the alternative alternating, the order swapped every pass, each side stopping once
it has spent its budget (``--budget``/``--naive-budget`` seconds, at least 2 runs); medians
and p95.

``--explain`` times every SQL statement each service call sends (the share of SQL and Python
in a call) and prints SQLite's ``EXPLAIN QUERY PLAN`` / PostgreSQL's ``EXPLAIN (ANALYZE,
BUFFERS)`` of each.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import CpuWatch, machine, ms, save_results, summary
from benchmarks.dashboard_data import (
    NOW,
    TODAY,
    current_meta,
    ensure_dataset,
    open_context,
    postgres_copy,
)
from desktop_app.app_context import AppContext
from desktop_app.db import engine as db_engine
from desktop_app.db.engine import Database, sqlite_url
from desktop_app.domain.acks import CELL_STATES, DashboardFilter, state_of

TARGET_READY_MS = 300.0
MIN_REPS = 2
SCREEN_ROWS, SCREEN_COLUMNS = 40, 30
ALL_TIME = DashboardFilter()
LAST_12_MONTHS = DashboardFilter(start=dt.date(2025, 11, 28), end=TODAY)
LAST_3_MONTHS = DashboardFilter(start=dt.date(2026, 9, 1), end=TODAY)  # the page opens on it
# migration 0006's indexes (the last two on SQLite only)
DASHBOARD_INDEXES = {
    "postgresql": ("ix_outgoing_letter_dashboard", "ix_letter_recipient_letter_id_acknowledged_at"),
    "sqlite": (
        "ix_outgoing_letter_dashboard",
        "ix_letter_recipient_letter_id_acknowledged_at",
        "ix_letter_recipient_counts",
        "ix_letter_recipient_pending",
    ),
}


# -- the obvious alternatives ----------------------------------------------------------------------
def _param(dialect: str, value: Any) -> Any:
    """How the app binds a value on each backend (SQLite stores dates as ISO text)."""
    if dialect == "postgresql":
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _letter_filter(dialect: str, flt: DashboardFilter) -> tuple[str, list[Any]]:
    sql = "l.cancelled = ? AND l.reminder_of_id IS NULL"
    params: list[Any] = [_param(dialect, False)]
    if flt.start is not None:
        sql += " AND l.letter_date >= ?"
        params.append(_param(dialect, flt.start))
    if flt.end is not None:
        sql += " AND l.letter_date <= ?"
        params.append(_param(dialect, flt.end))
    return sql, params


def naive_figures(db: Database, flt: DashboardFilter) -> dict[str, tuple[int, int, int, int]]:
    """key -> (pending, overdue, returned, acknowledged), one count query per recipient per
    state."""
    where, params = _letter_filter(db.dialect, flt)
    today = _param(db.dialect, TODAY)
    states: tuple[tuple[str, list[Any]], ...] = (
        ("r.acknowledged_at IS NULL", []),
        ("r.acknowledged_at IS NULL AND r.due_date < ?", [today]),
        ("r.acknowledged_at IS NULL AND r.returned_at IS NOT NULL", []),
        ("r.acknowledged_at IS NOT NULL", []),
    )
    figures: dict[str, tuple[int, int, int, int]] = {}
    with db.reading() as reader:
        directory = reader.column(
            "SELECT id FROM organisation WHERE kind IN ('district', 'local_authority', 'agency') "
            "ORDER BY id"
        )
        typed = reader.column(
            "SELECT DISTINCT name FROM letter_recipient WHERE organisation_id IS NULL"
        )
        who: list[tuple[str, str, Any]] = [(f"#{i}", "r.organisation_id = ?", i) for i in directory]
        who += [(name, "r.organisation_id IS NULL AND r.name = ?", name) for name in typed]
        for key, match, value in who:
            counts = tuple(
                int(
                    reader.scalar(
                        "SELECT count(*) FROM letter_recipient r "
                        "JOIN outgoing_letter l ON l.id = r.letter_id "
                        f"WHERE {match} AND {where} AND {state}",
                        [value, *params, *extra],
                    )
                    or 0
                )
                for state, extra in states
            )
            if sum(counts[i] for i in (0, 3)):
                figures[key] = counts  # type: ignore[assignment]
    return figures


def naive_matrix_screen(
    db: Database,
    flt: DashboardFilter,
    rows: int | None = SCREEN_ROWS,
    columns: int = SCREEN_COLUMNS,
) -> dict[tuple[int, int], int]:
    """(organisation id, letter id) -> state index for the first ``rows`` recipients (None:
    all of the directory's) x the newest ``columns`` letters, one SELECT a cell."""
    where, params = _letter_filter(db.dialect, flt)
    cells: dict[tuple[int, int], int] = {}
    with db.reading() as reader:
        letters = reader.column(
            f"SELECT l.id FROM outgoing_letter l WHERE {where} "
            "ORDER BY l.letter_date DESC, l.id DESC LIMIT ?",
            [*params, columns],
        )
        recipients = reader.column(
            "SELECT id FROM organisation WHERE kind IN ('district', 'local_authority', 'agency') "
            "ORDER BY kind = 'agency', district_code, kind <> 'district', name_sort LIMIT ?",
            [rows if rows is not None else 100_000],
        )
        for org_id in recipients:
            for letter_id in letters:
                found = reader.row(
                    "SELECT due_date, acknowledged_at, returned_at FROM letter_recipient "
                    "WHERE letter_id = ? AND organisation_id = ?",
                    [letter_id, org_id],
                )
                if found is None:
                    continue
                due, acked, returned = found
                state = state_of(
                    None if due is None else _date(due),
                    None if acked is None else _datetime(acked),
                    None if returned is None else _datetime(returned),
                    TODAY,
                )
                cells[(int(org_id), int(letter_id))] = CELL_STATES.index(state)
    return cells


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def naive_overdue(db: Database, flt: DashboardFilter, limit: int = 2000) -> list[int]:
    """Row ids of the oldest ``limit`` overdue rows, the ORM way (lazy-loaded letters)."""
    from sqlalchemy import select

    from desktop_app.db.models import LetterRecipient

    with db.read() as session:
        rows = session.scalars(
            select(LetterRecipient).where(
                LetterRecipient.acknowledged_at.is_(None), LetterRecipient.due_date < TODAY
            )
        ).all()
        found = []
        for row in rows:
            letter = row.letter  # one SELECT per letter not yet in the session
            if letter.cancelled or letter.reminder_of_id is not None:
                continue
            if flt.start is not None and letter.letter_date < flt.start:
                continue
            if flt.end is not None and letter.letter_date > flt.end:
                continue
            found.append((row.due_date, letter.letter_date, letter.id, row.position, row.id))
    found.sort()
    return [item[-1] for item in found[:limit]]


# -- checks: the alternatives read what ours reads -------------------------------------------------
def check_figures(context: AppContext, flt: DashboardFilter) -> dict[str, Any]:
    ours = {
        r.key: (r.pending, r.overdue, r.returned, r.acknowledged)
        for r in context.acknowledgements.dashboard(flt).by_recipient
    }
    naive = naive_figures(context.db, flt)
    return {"recipients": len(ours), "identical": ours == naive}


def check_matrix(context: AppContext, flt: DashboardFilter) -> dict[str, Any]:
    matrix = context.acknowledgements.matrix(flt)
    naive = naive_matrix_screen(context.db, flt)
    ours: dict[tuple[int, int], int] = {}
    for (row, column), (state, _late, _id) in matrix.cells.items():
        key = matrix.recipients[row].key
        if key.startswith("#") and key[1:].isdigit():
            ours[(int(key[1:]), matrix.letters[column].id)] = state
    same = all(ours.get(key) == state for key, state in naive.items())
    states = [state for state, _late, _id in matrix.cells.values()]
    return {
        "letters": len(matrix.letters),
        "rows": len(matrix.recipients),
        "cells": len(matrix.cells),
        "cells_by_state": {CELL_STATES[i].value: states.count(i) for i in range(len(CELL_STATES))},
        "naive_cells": len(naive),
        "naive_cells_identical": same and len(naive) > 0,
    }


def check_overdue(context: AppContext, flt: DashboardFilter) -> dict[str, Any]:
    ours = [item.row_id for item in context.acknowledgements.overdue(flt)]
    return {"rows": len(ours), "identical": ours == naive_overdue(context.db, flt)}


# -- timing ----------------------------------------------------------------------------------------
@dataclass
class Case:
    name: str
    ours: Callable[[], Any]
    naive: Callable[[], Any] | None = None
    naive_label: str = ""
    ours_ms: list[float] = field(default_factory=list)
    naive_ms: list[float] = field(default_factory=list)
    first_ms: float = 0.0
    naive_first_ms: float = 0.0


def timed(call: Callable[[], Any]) -> float:
    began = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - began) / 1e6


def view(acks: Any, flt: DashboardFilter) -> Callable[[], Any]:
    """What the dashboard page's one query op reads (ui/operations/acks.py: dashboard):
    the figures, the matrix and the overdue list for the same filter."""
    return lambda: (acks.dashboard(flt), acks.matrix(flt), tuple(acks.overdue(flt)))


def cases_for(context: AppContext) -> list[Case]:
    acks = context.acknowledgements
    db = context.db
    per_state = "count per recipient per state"
    return [
        Case(
            "figures, all time",
            lambda: acks.dashboard(ALL_TIME),
            lambda: naive_figures(db, ALL_TIME),
            per_state,
        ),
        Case(
            "figures, last 12 months",
            lambda: acks.dashboard(LAST_12_MONTHS),
            lambda: naive_figures(db, LAST_12_MONTHS),
            per_state,
        ),
        Case(
            "figures, last 3 months",
            lambda: acks.dashboard(LAST_3_MONTHS),
            lambda: naive_figures(db, LAST_3_MONTHS),
            per_state,
        ),
        Case(
            "matrix, last 3 months",
            lambda: acks.matrix(LAST_3_MONTHS),
            lambda: naive_matrix_screen(db, LAST_3_MONTHS),
            "SELECT per cell, first screen 40 x 30",
        ),
        Case(
            "matrix, last 3 months (every cell)",
            lambda: acks.matrix(LAST_3_MONTHS),
            lambda: naive_matrix_screen(db, LAST_3_MONTHS, None, 400),
            "SELECT per cell, 67 x 400",
        ),
        Case("matrix, all time", lambda: acks.matrix(ALL_TIME)),
        Case(
            "overdue, all time",
            lambda: acks.overdue(ALL_TIME),
            lambda: naive_overdue(db, ALL_TIME),
            "ORM, lazy letters",
        ),
        Case("overdue, last 3 months", lambda: acks.overdue(LAST_3_MONTHS)),
        Case(
            "change marker",
            acks.change_marker,
            lambda: acks.dashboard(LAST_3_MONTHS),
            "re-read the figures (3 months)",
        ),
        Case("page ready, all time", view(acks, ALL_TIME)),
        Case("page ready, last 12 months", view(acks, LAST_12_MONTHS)),
        Case("page ready, last 3 months (the page opens on it)", view(acks, LAST_3_MONTHS)),
    ]


def run_cases(cases: list[Case], args: argparse.Namespace, log: Callable[[str], None]) -> None:
    """Each case: one unmeasured call of each side, then up to ``args.reps`` (ours) and
    ``args.naive_reps`` (the alternative) alternating, each side stopping early once it has
    spent its time budget (at least ``MIN_REPS``)."""
    for case in cases:
        case.first_ms = timed(case.ours)
        if case.naive is not None:
            case.naive_first_ms = timed(case.naive)
        spent = {"ours": 0.0, "naive": 0.0}
        budget = {"ours": args.budget * 1000, "naive": args.naive_budget * 1000}
        for rep in range(max(args.reps, args.naive_reps)):
            pair: list[tuple[str, Callable[[], Any]]] = []
            if rep < args.reps and (rep < MIN_REPS or spent["ours"] < budget["ours"]):
                pair.append(("ours", case.ours))
            if (
                case.naive is not None
                and rep < args.naive_reps
                and (rep < MIN_REPS or spent["naive"] < budget["naive"])
            ):
                pair.append(("naive", case.naive))
            if not pair:
                break
            if rep % 2:
                pair.reverse()
            for name, call in pair:
                elapsed = timed(call)
                spent[name] += elapsed
                (case.ours_ms if name == "ours" else case.naive_ms).append(elapsed)
        naive = (
            f"; alternative {ms(statistics.median(case.naive_ms))} ms (n={len(case.naive_ms)})"
            if case.naive_ms
            else ""
        )
        ours = f"{ms(statistics.median(case.ours_ms))} ms (n={len(case.ours_ms)})"
        log(f"  {case.name}: {ours}{naive}")


def case_results(cases: list[Case]) -> list[dict[str, Any]]:
    out = []
    for case in cases:
        entry: dict[str, Any] = {
            "case": case.name,
            "first_ms": case.first_ms,
            "ours": summary(case.ours_ms),
        }
        if case.naive_ms:
            entry["naive_label"] = case.naive_label
            entry["naive_first_ms"] = case.naive_first_ms
            entry["naive"] = summary(case.naive_ms)
            entry["ratio_median"] = statistics.median(case.naive_ms) / statistics.median(
                case.ours_ms
            )
        out.append(entry)
    return out


# -- where the time goes ---------------------------------------------------------------------------
@contextlib.contextmanager
def capture_sql() -> Iterator[list[dict[str, Any]]]:
    """Every statement a service sends through ``Database.reading`` while inside, timed from
    execute to the last row fetched."""
    captured: list[dict[str, Any]] = []
    originals = {name: getattr(db_engine.Reader, name) for name in ("rows", "row", "scalar")}

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: Any, sql: str, params: Any = ()) -> Any:
            began = time.perf_counter_ns()
            result = method(self, sql, params)
            captured.append(
                {
                    "sql": sql,
                    "params": list(params),
                    "ms": (time.perf_counter_ns() - began) / 1e6,
                    "rows": len(result) if isinstance(result, list) else 1,
                }
            )
            return result

        return wrapper

    for name, method in originals.items():
        setattr(db_engine.Reader, name, wrap(name, method))
    try:
        yield captured
    finally:
        for name, method in originals.items():
            setattr(db_engine.Reader, name, method)


def explain(context: AppContext, runs: int = 3) -> list[dict[str, Any]]:
    """Per service call: its statements (median ms of ``runs``), plans, the Python share."""
    acks = context.acknowledgements
    calls: list[tuple[str, Callable[[], Any]]] = [
        ("figures, all time", lambda: acks.dashboard(ALL_TIME)),
        ("figures, last 12 months", lambda: acks.dashboard(LAST_12_MONTHS)),
        ("figures, last 3 months", lambda: acks.dashboard(LAST_3_MONTHS)),
        ("matrix, last 3 months", lambda: acks.matrix(LAST_3_MONTHS)),
        ("matrix, all time", lambda: acks.matrix(ALL_TIME)),
        ("overdue, all time", lambda: acks.overdue(ALL_TIME)),
        ("overdue, last 3 months", lambda: acks.overdue(LAST_3_MONTHS)),
        ("change marker", acks.change_marker),
    ]
    out = []
    for name, call in calls:
        totals: list[float] = []
        per_statement: list[list[float]] = []
        statements: list[dict[str, Any]] = []
        for _ in range(runs):
            with capture_sql() as captured:
                totals.append(timed(call))
            statements = captured
            if not per_statement:
                per_statement = [[] for _ in captured]
            for index, item in enumerate(captured[: len(per_statement)]):
                per_statement[index].append(item["ms"])
        rows = []
        for index, item in enumerate(statements):
            rows.append(
                {
                    "sql": item["sql"],
                    "rows": item["rows"],
                    "median_ms": statistics.median(per_statement[index]),
                    "plan": plan_of(context.db, item["sql"], item["params"]),
                }
            )
        total = statistics.median(totals)
        sql_ms = sum(r["median_ms"] for r in rows)
        out.append(
            {
                "call": name,
                "median_ms": total,
                "sql_ms": sql_ms,
                "python_ms": total - sql_ms,
                "statements": rows,
            }
        )
    return out


def plan_of(db: Database, sql: str, params: list[Any]) -> str:
    with db.reading() as reader:
        if db.dialect == "sqlite":
            found = reader.rows("EXPLAIN QUERY PLAN " + sql, params)
            return "\n".join(str(row[-1]) for row in found)
        found = reader.rows("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        return "\n".join(str(row[0]) for row in found)


# -- the schema ----------------------------------------------------------------------------------
def indexes(db: Database) -> list[str]:
    """Names of the indexes on ``outgoing_letter`` and ``letter_recipient``."""
    with db.reading() as reader:
        if db.dialect == "sqlite":
            names = reader.column(
                "SELECT name FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name IN ('outgoing_letter', 'letter_recipient') ORDER BY name"
            )
        else:
            names = reader.column(
                "SELECT indexname FROM pg_indexes "
                "WHERE tablename IN ('outgoing_letter', 'letter_recipient') ORDER BY indexname"
            )
    return [str(name) for name in names]


def check_schema(context: AppContext, log: Callable[[str], None]) -> dict[str, Any]:
    """The revision and the indexes; raises RuntimeError if one of migration 0006's is
    missing or the single-column index it replaced is still there."""
    db = context.db
    with db.reading() as reader:
        revision = reader.scalar("SELECT version_num FROM alembic_version")
    found = indexes(db)
    missing = [name for name in DASHBOARD_INDEXES[db.dialect] if name not in found]
    if missing or "ix_letter_recipient_letter_id" in found:
        raise RuntimeError(f"schema {revision} lacks migration 0006's indexes: {found}")
    log(f"  schema {revision}, indexes: {', '.join(found)}")
    return {"revision": revision, "indexes": found}


# -- the run ---------------------------------------------------------------------------------------
def measure_backend(
    label: str, context: AppContext, args: argparse.Namespace, log: Callable[[str], None]
) -> dict[str, Any]:
    schema = check_schema(context, log)
    log(f"{label}: checking the alternatives read the same...")
    checks = {
        "figures_all_time": check_figures(context, ALL_TIME),
        "figures_3_months": check_figures(context, LAST_3_MONTHS),
        "matrix_3_months": check_matrix(context, LAST_3_MONTHS),
        "overdue_all_time": check_overdue(context, ALL_TIME),
    }
    log(f"  {checks}")
    dashboard = context.acknowledgements.dashboard(ALL_TIME)
    figures = {
        "letters": dashboard.letters,
        "pending": dashboard.pending,
        "overdue": dashboard.overdue,
        "acknowledged": dashboard.acknowledged,
        "returned": dashboard.returned,
        "acknowledged_this_week": dashboard.acknowledged_this_week,
        "median_days_to_ack": dashboard.median_days_to_ack,
        "recipients": len(dashboard.by_recipient),
    }
    log(f"{label}: timing (up to {args.reps} reps, alternatives up to {args.naive_reps})...")
    cases = cases_for(context)
    run_cases(cases, args, log)
    result: dict[str, Any] = {
        "schema": schema,
        "checks": checks,
        "figures": figures,
        "cases": case_results(cases),
    }
    if args.explain:
        log(f"{label}: statements and plans...")
        result["explain"] = explain(context)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Acknowledgement dashboard benchmark")
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--naive-reps", type=int, default=10)
    parser.add_argument(
        "--budget", type=float, default=10.0, help="seconds per call measured (after 2 reps)"
    )
    parser.add_argument(
        "--naive-budget", type=float, default=10.0, help="seconds per alternative (after 2 reps)"
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--explain", action="store_true", help="per-statement times and plans")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    source = ensure_dataset(rebuild=args.rebuild)
    measured_on = machine()
    watch = CpuWatch()
    began = time.perf_counter()
    results: dict[str, Any] = {
        "machine": measured_on,
        "dataset": current_meta(source),
        "now": NOW.isoformat(),
        "reps": {"ours": args.reps, "naive": args.naive_reps},
        "backends": {},
    }
    root = Path(tempfile.mkdtemp(prefix="saraban-bench-dash-"))
    try:
        if not args.no_sqlite:
            context = open_context(sqlite_url(source), root / "a")
            try:
                results["backends"]["sqlite"] = measure_backend("SQLite", context, args, log)
            finally:
                context.close()
        if not args.no_postgres:
            log("Starting PostgreSQL and copying the database into it...")
            with postgres_copy(source, log) as (urls, version):
                results["postgres_version"] = version
                context = open_context(urls[0], root / "pg")
                try:
                    results["backends"]["postgresql"] = measure_backend(
                        "PostgreSQL", context, args, log
                    )
                finally:
                    context.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    results["seconds"] = round(time.perf_counter() - began, 1)
    results["interference"] = watch.report()
    path = save_results("dashboard", results)
    print(report(results))
    log(f"raw figures: {path} ({results['seconds']} s)")
    return 0


def report(results: dict[str, Any]) -> str:
    lines: list[str] = []
    backends = results.get("backends", {})
    if not backends:
        return ""
    lines += [
        "| Call | backend | ours median | p95 | first call | alternative | alt. median | "
        "alt. p95 | alt. ÷ ours |",
        "|---|---|---:|---:|---:|---|---:|---:|---:|",
    ]
    names = [c["case"] for c in next(iter(backends.values()))["cases"]]
    for name in names:
        for backend, data in backends.items():
            case = next(c for c in data["cases"] if c["case"] == name)
            ours = case["ours"]
            ratio = case.get("ratio_median")
            shown = (
                ""
                if ratio is None
                else f"{ratio:.0f}×"
                if ratio >= 10
                else f"{ratio:.1f}×"
                if ratio >= 1
                else f"{ratio:.2f}×"
            )
            if "naive" in case:
                naive = case["naive"]
                alt = (
                    f"{case['naive_label']} | {ms(naive['median'])} | {ms(naive['p95'])} | "
                    f"**{shown}**"
                )
            else:
                alt = " | | |"
            lines.append(
                f"| {name} | {backend} | **{ms(ours['median'])}** | {ms(ours['p95'])} | "
                f"{ms(case['first_ms'])} | {alt} |"
            )
    lines.append("")
    for backend, data in backends.items():
        ready = [c for c in data["cases"] if c["case"].startswith("page ready")]
        for case in ready:
            verdict = "met" if case["ours"]["p95"] <= TARGET_READY_MS else "MISSED"
            lines.append(
                f"{backend}: {case['case']}: p95 {ms(case['ours']['p95'])} ms "
                f"(target {TARGET_READY_MS:.0f} ms: {verdict})"
            )
        lines.append(f"{backend}: schema {data['schema']}")
        lines.append(f"{backend}: figures {data['figures']}")
        lines.append(f"{backend}: checks {data['checks']}")
        for call in data.get("explain", []):
            lines.append(
                f"\n{backend} {call['call']}: {ms(call['median_ms'])} ms, SQL "
                f"{ms(call['sql_ms'])} ms, Python {ms(call['python_ms'])} ms"
            )
            for statement in call["statements"]:
                lines.append(
                    f"  {ms(statement['median_ms'])} ms, {statement['rows']} rows: "
                    f"{statement['sql'][:150]}"
                )
                lines += [f"      {line}" for line in statement["plan"].splitlines()]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
