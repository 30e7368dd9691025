"""Environmental database and file errors reach the user as clear Thai messages; bugs stay
bugs; nothing is half-written."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from desktop_app.db import engine as engine_module
from desktop_app.db.engine import Database, make_engine, sqlite_url
from desktop_app.db.errors import describe_driver_error
from desktop_app.db.migrate import ensure_schema
from desktop_app.db.models import NumberCounter
from desktop_app.domain.errors import EnvironmentProblem, InvalidInput
from desktop_app.files import describe_os_error


@pytest.fixture
def sqlite_db(tmp_path):  # type: ignore[no-untyped-def]
    database = Database(make_engine(sqlite_url(tmp_path / "office.sqlite3")))
    ensure_schema(database, None)
    yield database
    database.dispose()


def test_a_locked_database_gives_a_retry_message_and_keeps_nothing(tmp_path, monkeypatch):
    path = tmp_path / "locked.sqlite3"
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, None)
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a save
    try:
        with pytest.raises(EnvironmentProblem) as caught, database.write() as session:
            session.add(NumberCounter(series="incoming", year=2569, last_number=1))
            session.flush()
        assert "ลองบันทึกอีกครั้ง" in caught.value.message_th
        assert "try saving again" in caught.value.message_en
    finally:
        blocker.rollback()
        blocker.close()
    with database.read() as session:  # once the other writer is done, nothing was kept
        assert session.scalar(select(func.count()).select_from(NumberCounter)) == 0
    database.dispose()


def test_readers_are_not_blocked_by_a_writer(sqlite_db, tmp_path):
    blocker = sqlite3.connect(tmp_path / "office.sqlite3", timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO number_counter VALUES ('incoming', 2569, 7)")
    try:
        with sqlite_db.read() as session:  # WAL: the committed state, at once
            assert session.scalar(select(func.count()).select_from(NumberCounter)) == 0
    finally:
        blocker.rollback()
        blocker.close()


def test_a_database_opened_read_only_says_so(tmp_path):
    path = tmp_path / "ro.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, None)
    database.dispose()
    # Opened read-only, as a file on a read-only share is (chmod does not stop root).
    database = Database(make_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"))
    try:
        with pytest.raises(EnvironmentProblem) as caught, database.write() as session:
            session.execute(text("INSERT INTO number_counter VALUES ('x', 1, 1)"))
        assert "อ่านอย่างเดียว" in caught.value.message_th
        assert "read-only" in caught.value.message_en
    finally:
        database.dispose()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes to read-only files; the mode=ro test covers root",
)
def test_a_read_only_file_says_so(tmp_path):
    path = tmp_path / "ro.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, None)
    database.dispose()
    path.chmod(0o444)
    database = Database(make_engine(sqlite_url(path)))
    try:
        with pytest.raises(EnvironmentProblem) as caught, database.write() as session:
            session.execute(text("INSERT INTO number_counter VALUES ('x', 1, 1)"))
        assert "อ่านอย่างเดียว" in caught.value.message_th
    finally:
        database.dispose()
        path.chmod(0o644)


def test_an_unreachable_server_is_an_environment_problem():
    database = Database(make_engine("postgresql://nobody@127.0.0.1:1/none"))
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(database, None)
    assert "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้" in caught.value.message_th
    assert "Cannot reach the database server" in caught.value.message_en


def test_a_file_that_is_not_a_database_says_restore_from_backup(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    database = Database(make_engine(sqlite_url(path)))
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(database, None)
    assert "แฟ้มสำรอง" in caught.value.message_th
    assert path.read_bytes() == b"this is not a database" * 100  # not "repaired"


def test_a_constraint_violation_is_a_bug_not_the_environments_fault(sqlite_db):
    with pytest.raises(IntegrityError), sqlite_db.write() as session:
        session.add(NumberCounter(series="incoming", year=2569, last_number=1))
        session.add(NumberCounter(series="incoming", year=2569, last_number=2))
        session.flush()
    with sqlite_db.read() as session:  # the whole transaction was rolled back
        assert session.scalar(select(func.count()).select_from(NumberCounter)) == 0


def test_foreign_keys_are_enforced(sqlite_db):
    with pytest.raises(IntegrityError), sqlite_db.write() as session:
        session.execute(
            text(
                "INSERT INTO work_group (name, letter_prefix, phone, email, position, active,"
                " created_at, created_by) VALUES ('g', '', '', '', 1, 1, '2026-01-01', 999)"
            )
        )


@pytest.mark.parametrize(
    ("code", "fragment_th"),
    [
        (errno.ENOSPC, "ดิสก์เต็ม"),
        (errno.EACCES, "ไม่มีสิทธิ์"),
        (errno.EPERM, "ไม่มีสิทธิ์"),
        (errno.EROFS, "ไม่มีสิทธิ์"),
        (errno.ENOENT, "ไม่พบแฟ้ม"),
        (errno.EIO, "อ่านหรือเขียนแฟ้มไม่ได้"),
    ],
)
def test_file_errors_become_messages_a_clerk_understands(code, fragment_th):
    problem = describe_os_error(OSError(code, os.strerror(code), "/data/x.pdf"))
    assert isinstance(problem, EnvironmentProblem)
    assert fragment_th in problem.message_th
    assert problem.message_en and problem.message_en != problem.message_th


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url at all", "oracle://a/b"])
def test_unsupported_urls_are_bad_input(url):
    with pytest.raises(InvalidInput):
        make_engine(url)


def _sqlite_error(code: int, name: str, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "name", "fragment"),
    [
        (5, "SQLITE_BUSY", "ลองบันทึกอีกครั้ง"),
        (517, "SQLITE_BUSY_SNAPSHOT", "ลองบันทึกอีกครั้ง"),  # an extended code: its low byte
        (6, "SQLITE_LOCKED", "ลองบันทึกอีกครั้ง"),
        (13, "SQLITE_FULL", "ดิสก์เต็ม"),
        (778, "SQLITE_IOERR_WRITE", "ดิสก์เต็มหรืออ่านเขียนดิสก์ไม่ได้"),
        (8, "SQLITE_READONLY", "อ่านอย่างเดียว"),
        (1032, "SQLITE_READONLY_DBMOVED", "อ่านอย่างเดียว"),
        (14, "SQLITE_CANTOPEN", "เปิดแฟ้มฐานข้อมูลไม่ได้"),
        (26, "SQLITE_NOTADB", "แฟ้มสำรอง"),
        (11, "SQLITE_CORRUPT", "แฟ้มสำรอง"),
    ],
)
def test_sqlite_errors_are_sorted_by_their_result_code(code, name, fragment):
    # The English text says something else entirely: only the code decides.
    problem = describe_driver_error(_sqlite_error(code, name, "some other words entirely"))
    assert problem is not None and fragment in problem.message_th


def test_sqlite_errors_that_are_bugs_stay_bugs():
    constraint = _sqlite_error(2067, "SQLITE_CONSTRAINT_UNIQUE", "database is locked")
    assert describe_driver_error(constraint) is None  # the words do not matter, the code does
    syntax = _sqlite_error(1, "SQLITE_ERROR", "disk I/O error")
    assert describe_driver_error(syntax) is None


@pytest.mark.parametrize(
    ("sqlstate", "fragment"),
    [
        ("08006", "เชื่อมต่อเซิร์ฟเวอร์"),  # connection_failure
        ("57P01", "เชื่อมต่อเซิร์ฟเวอร์"),  # admin_shutdown
        ("3D000", "เชื่อมต่อเซิร์ฟเวอร์"),  # no such database
        ("28P01", "รหัสผ่าน"),  # invalid_password
        ("55P03", "ลองบันทึกอีกครั้ง"),  # lock_not_available
        ("40P01", "ลองบันทึกอีกครั้ง"),  # deadlock_detected
        ("53100", "ดิสก์เต็ม"),  # disk_full
        ("25006", "อ่านอย่างเดียว"),  # read_only_sql_transaction
    ],
)
def test_postgresql_errors_are_sorted_by_their_sqlstate(sqlstate, fragment):
    import psycopg.errors

    error = psycopg.errors.lookup(sqlstate)("server says something else")
    problem = describe_driver_error(error)
    assert problem is not None and fragment in problem.message_th


def test_postgresql_errors_that_are_bugs_stay_bugs():
    import psycopg.errors

    assert describe_driver_error(psycopg.errors.lookup("23505")("could not connect")) is None
    assert describe_driver_error(psycopg.errors.lookup("42601")("disk full")) is None
    # Raised before the server answered (refused, timed out): no SQLSTATE at all.
    assert describe_driver_error(psycopg.OperationalError("any words")) is not None


def test_wrapped_driver_errors_are_sorted_by_the_driver_error_inside():
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT ...", {}, _sqlite_error(5, "SQLITE_BUSY", "x"))
    problem = describe_driver_error(wrapped)
    assert problem is not None and "ลองบันทึกอีกครั้ง" in problem.message_th
