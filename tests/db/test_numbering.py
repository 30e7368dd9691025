"""Gapless running numbers from a counter row, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from desktop_app.db.engine import Database, make_engine
from desktop_app.db.migrate import ensure_schema
from desktop_app.db.numbering import allocate_number, last_number


@pytest.fixture
def database(db_url):  # type: ignore[no-untyped-def]
    db = Database(make_engine(db_url))
    ensure_schema(db, None)
    yield db
    db.dispose()


def _next(database: Database, series: str, year: int) -> int:
    with database.write() as session:
        return allocate_number(session, series, year)


def test_numbers_run_from_one_per_series_and_year(database):
    assert [_next(database, "incoming", 2569) for _ in range(3)] == [1, 2, 3]
    assert _next(database, "incoming", 2570) == 1
    assert _next(database, "outgoing", 2569) == 1
    assert _next(database, "incoming", 2569) == 4
    with database.read() as session:
        assert last_number(session, "incoming", 2569) == 4
        assert last_number(session, "incoming", 2571) == 0


def test_a_rolled_back_transaction_gives_its_number_back(database):
    assert _next(database, "incoming", 2569) == 1

    class Abort(Exception):
        pass

    with pytest.raises(Abort), database.write() as session:
        assert allocate_number(session, "incoming", 2569) == 2
        assert allocate_number(session, "incoming", 2569) == 3
        raise Abort
    assert _next(database, "incoming", 2569) == 2


def test_a_new_years_first_number_rolled_back_leaves_no_counter(database):
    class Abort(Exception):
        pass

    with pytest.raises(Abort), database.write() as session:
        allocate_number(session, "incoming", 2570)
        raise Abort
    with database.read() as session:
        assert last_number(session, "incoming", 2570) == 0
    assert _next(database, "incoming", 2570) == 1
