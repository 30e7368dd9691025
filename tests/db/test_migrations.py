"""Schema creation and upgrades: from empty, no drift, refuse newer, back up before upgrading."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import inspect, text

from desktop_app.db.engine import Database, make_engine, sqlite_url
from desktop_app.db.migrate import (
    SCHEMA_REVISION,
    alembic_config,
    current_revision,
    ensure_schema,
    head_revision,
)
from desktop_app.domain.errors import DatabaseTooNew

TABLES = {"office", "work_group", "organisation", "incoming_document", "attachment",
          "user_account", "number_counter", "setting", "audit_event", "alembic_version"}


@pytest.fixture
def database(db_url):  # type: ignore[no-untyped-def]
    db = Database(make_engine(db_url))
    yield db
    db.dispose()


def test_the_fast_path_revision_is_alembics_head():
    assert head_revision() == SCHEMA_REVISION


def test_migrate_from_empty_creates_every_table_and_the_search_index(database, tmp_path):
    result = ensure_schema(database, tmp_path / "backups")
    assert (result.before, result.after, result.backup) == (None, SCHEMA_REVISION, None)
    names = set(inspect(database.engine).get_table_names())
    assert names >= TABLES
    if database.dialect == "sqlite":
        assert "incoming_fts" in names
    else:
        with database.engine.connect() as conn:
            assert conn.scalar(text(
                "SELECT count(*) FROM pg_indexes WHERE indexname = "
                "'ix_incoming_document_search_trgm'")) == 1
    assert not ensure_schema(database, tmp_path / "backups").changed


def test_alembic_check_finds_no_drift_between_models_and_migrations(database, tmp_path):
    ensure_schema(database, tmp_path / "backups")
    with database.engine.begin() as conn:
        command.check(alembic_config(conn))  # raises if autogenerate would emit anything


def test_downgrade_to_empty_and_back(database, tmp_path):
    ensure_schema(database, tmp_path / "backups")
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    ensure_schema(database, tmp_path / "backups")
    assert set(inspect(database.engine).get_table_names()) >= TABLES


def test_a_database_from_a_newer_program_is_refused(database, tmp_path):
    ensure_schema(database, tmp_path / "backups")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    with pytest.raises(DatabaseTooNew) as caught:
        ensure_schema(database, tmp_path / "backups")
    assert "ใหม่กว่า" in caught.value.message_th
    with database.engine.connect() as conn:
        assert current_revision(conn) == "f00dfeed9999"  # untouched


def test_an_older_sqlite_file_is_copied_before_it_is_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    ensure_schema(database, tmp_path / "backups")
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO user_account (username, display_name, role, initials,"
                          " active, created_at) VALUES ('u', 'u', 'admin', '', 1, '2026-01-01')"))
        # Pretend the file is one revision behind: stamp it at base with the tables present.
        conn.execute(text("UPDATE alembic_version SET version_num = 'older0000000'"))
    from desktop_app.db import migrate

    monkeypatch.setattr(migrate, "known_revisions", lambda: {"older0000000", SCHEMA_REVISION})
    upgraded: list[str] = []
    monkeypatch.setattr(command, "upgrade", lambda config, rev: upgraded.append(rev))
    result = ensure_schema(database, tmp_path / "backups")
    database.dispose()
    assert upgraded == ["head"]
    assert result.before == "older0000000"
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT username FROM user_account").fetchall() == [("u",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("older0000000",)]


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    database = Database(make_engine(sqlite_url(tmp_path / "p.sqlite3")))
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    database.dispose()


def test_upgrading_from_the_previous_head_keeps_search_working(database, tmp_path):
    """0001 -> head on a database with documents: the FTS triggers must survive."""
    import datetime as dt

    from desktop_app.services.register import RegisterFilter

    with database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text(
            "INSERT INTO user_account (id, username, display_name, role, initials, active,"
            " created_at) VALUES (1, 'u', 'u', 'clerk', '', true, :now)"),
            {"now": dt.datetime.now()})
    ensure_schema(database, tmp_path / "backups")
    from desktop_app.services.attachments import AttachmentStore
    from desktop_app.services.directory import DirectoryService
    from desktop_app.services.register import IncomingInput, IncomingRegister
    from desktop_app.services.users import Actor

    register = IncomingRegister(database, DirectoryService(database),
                                lambda: AttachmentStore(tmp_path / "files"))
    register.receive(IncomingInput(sender="กรม", doc_no="มท 1/ว 2", doc_date=dt.date(2026, 3, 1),
                                   subject="ประชุมคณะกรรมการ"), Actor(1, "u", "u", "clerk"))
    assert len(register.ids(RegisterFilter(search="คณะกรรมการ"))) == 1
