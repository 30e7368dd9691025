"""Gapless running numbers from a counter row updated inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.db.models import NumberCounter


def allocate_number(session: Session, series: str, year: int) -> int:
    """Return the next number of ``series`` in ``year`` (1, 2, ...).

    The UPDATE takes the row's write lock (PostgreSQL) or the database write lock (SQLite,
    already held by ``Database.write()``) until the caller's transaction ends, so concurrent
    writers queue here and a rollback returns the number: no gaps, no repeats.
    """
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(NumberCounter)
        .values(series=series, year=year, last_number=0)
        .on_conflict_do_nothing(index_elements=["series", "year"])
    )
    number = session.execute(
        update(NumberCounter)
        .where(NumberCounter.series == series, NumberCounter.year == year)
        .values(last_number=NumberCounter.last_number + 1)
        .returning(NumberCounter.last_number)
    ).scalar_one()
    return int(number)


def last_number(session: Session, series: str, year: int) -> int:
    value = session.execute(
        select(NumberCounter.last_number).where(
            NumberCounter.series == series, NumberCounter.year == year
        )
    ).scalar_one_or_none()
    return int(value or 0)


def _ensure_counter(session: Session, series: str, year: int) -> None:
    """The counter row of ``series`` in ``year``, created at 0 if missing."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(NumberCounter)
        .values(series=series, year=year, last_number=0)
        .on_conflict_do_nothing(index_elements=["series", "year"])
    )


def lock_counter(session: Session, series: str, year: int) -> int:
    """Take the counter row of ``series`` in ``year`` (created at 0 if missing) for the rest
    of the caller's transaction, as ``allocate_number`` does (PostgreSQL: its row lock, so a
    number being issued meanwhile is committed first; SQLite: the database write lock, held
    already by ``Database.write()``). Returns its last number."""
    _ensure_counter(session, series, year)
    value = session.execute(
        select(NumberCounter.last_number)
        .where(NumberCounter.series == series, NumberCounter.year == year)
        .with_for_update()
    ).scalar_one()
    return int(value)


def set_last_number(session: Session, series: str, year: int, value: int) -> int:
    """Make ``value`` the last number issued in ``series`` in ``year`` (the next one is
    ``value + 1``); return the last number before. For an admin setting where a series starts
    before its first use (services/numbering_admin.py checks, after ``lock_counter``, that no
    number of it was issued)."""
    before = lock_counter(session, series, year)
    session.execute(
        update(NumberCounter)
        .where(NumberCounter.series == series, NumberCounter.year == year)
        .values(last_number=value)
    )
    return before


def raise_last_number(session: Session, series: str, year: int, at_least: int) -> int:
    """Make the last number of ``series`` in ``year`` at least ``at_least`` (numbers imported
    from an earlier register: the counter continues after the highest); a higher counter is
    left as it is. Returns the last number now."""
    _ensure_counter(session, series, year)
    session.execute(
        update(NumberCounter)
        .where(
            NumberCounter.series == series,
            NumberCounter.year == year,
            NumberCounter.last_number < at_least,
        )
        .values(last_number=at_least)
    )
    return last_number(session, series, year)
