"""Engines: the SQLite pragmas every connection gets, and the URLs people write."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    describe_url,
    make_engine,
    normalise_url,
    sqlite_url,
)


def test_every_sqlite_connection_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    database = Database(make_engine(sqlite_url(tmp_path / "p.sqlite3")))
    try:
        # Not only the first connection: the pool opens more, each must be configured.
        connections = [database.engine.connect() for _ in range(3)]
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        for conn in connections:
            conn.close()
    finally:
        database.dispose()
    assert BUSY_TIMEOUT_MS >= 5000  # long enough for another clerk's save to finish


def test_the_folder_of_a_new_sqlite_file_is_created(tmp_path):
    path = tmp_path / "deep" / "er" / "saraban.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    with database.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    database.dispose()
    assert path.exists()


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://u:p@host/db", "postgresql+psycopg"),
        ("postgres://u@host:5433/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@host/db", "postgresql+psycopg"),
        ("sqlite:///C:/Users/clerk/saraban.sqlite3", "sqlite+pysqlite"),
        ("sqlite:////var/lib/saraban.sqlite3", "sqlite+pysqlite"),
    ],
)
def test_the_urls_people_write(url, driver):
    assert normalise_url(url).drivername == driver


def test_urls_are_shown_without_passwords():
    shown = describe_url("postgresql://saraban:s3cret@db.office.local/saraban")
    assert "s3cret" not in shown and "db.office.local" in shown
    assert describe_url(sqlite_url(Path("/data/x.sqlite3"))) == ("/data/x.sqlite3")
