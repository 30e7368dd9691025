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
