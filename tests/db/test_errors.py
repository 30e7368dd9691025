"""Environmental database errors reach the user as clear messages; nothing is lost."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desktop_app.db import engine as engine_module
from desktop_app.db.engine import Database, make_engine, sqlite_url
from desktop_app.db.migrate import ensure_schema
from desktop_app.domain.errors import EnvironmentProblem, InvalidInput


def test_a_locked_database_gives_a_retry_message(tmp_path, monkeypatch):
    path = tmp_path / "locked.sqlite3"
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, None)
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EnvironmentProblem) as caught, database.write() as session:
            session.execute(text("UPDATE number_counter SET last_number = 1"))
        assert "ลองบันทึกอีกครั้ง" in caught.value.message_th
        assert "try saving again" in caught.value.message_en
    finally:
        blocker.rollback()
        blocker.close()
        database.dispose()


def test_a_read_only_database_says_so(tmp_path):
    path = tmp_path / "ro.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, None)
    database.dispose()
    # Opened read-only (as a file on a read-only share would be; chmod does not stop root).
    database = Database(make_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"))
    try:
        with pytest.raises(EnvironmentProblem) as caught, database.write() as session:
            session.execute(text("INSERT INTO number_counter VALUES ('x', 1, 1)"))
        assert "อ่านอย่างเดียว" in caught.value.message_th
    finally:
        database.dispose()


def test_an_unreachable_server_is_an_environment_problem():
    database = Database(make_engine("postgresql://nobody@127.0.0.1:1/none"))
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(database, None)
    assert "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้" in caught.value.message_th


def test_a_file_that_is_not_a_database_says_restore_from_backup(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    database = Database(make_engine(sqlite_url(path)))
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(database, None)
    assert "แฟ้มสำรอง" in caught.value.message_th


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url at all"])
def test_unsupported_urls_are_bad_input(url):
    with pytest.raises(InvalidInput):
        make_engine(url)
