"""Bring a database to the code's schema: create, or back up then upgrade; refuse newer.

Several processes may open a new database at the same moment (four clerks' CLIs, a GUI and a
script): the upgrade runs inside one write transaction (SQLite ``BEGIN IMMEDIATE``,
PostgreSQL advisory lock), and the version is read again once the lock is held, so exactly one
of them migrates and the others find the work done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.db.engine import _BEGIN_MODE, Database, Reader
from desktop_app.db.errors import describe_driver_error, translate_errors
from desktop_app.domain.errors import DatabaseTooNew
from desktop_app.files import describe_os_error
from desktop_app.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

# The newest migration. Checked against Alembic's own idea of the head by a test, so a new
# migration cannot be forgotten here; it lets an up-to-date database open without importing
# Alembic at all (a quarter of a second at every start).
SCHEMA_REVISION = "0008"

_PG_MIGRATION_LOCK = 0x5A_52_42_4E  # an arbitrary constant shared by every copy of the app


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _one_head(heads: list[str]) -> str | None:
    if len(heads) > 1:
        raise RuntimeError(f"the database has several schema heads: {heads}")
    return heads[0] if heads else None


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None: an empty database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return _one_head(
        list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    )


def stamped_revision(reader: Reader) -> str | None:
    """``current_revision`` through a plain read (no SQLAlchemy: the start-up path)."""
    if reader.dialect == "sqlite":
        exists = reader.scalar(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )
    else:
        exists = reader.scalar("SELECT to_regclass('alembic_version') IS NOT NULL")
    if not exists:
        return None
    return _one_head(
        [str(value) for value in reader.column("SELECT version_num FROM alembic_version")]
    )


def _check_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            "ฐานข้อมูลนี้ถูกสร้างหรือปรับรุ่นโดยโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้ "
            f"(รุ่นฐานข้อมูล {revision})",
            "This database was written by a newer version of Saraban Desk. Update the "
            f"program before opening it (database revision {revision}).",
        )


def _sqlite_file(database: Database) -> Path | None:
    name = database.engine.url.database
    if database.dialect != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return path if path.exists() and path.stat().st_size > 0 else None


def backup_sqlite(source: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy of a live SQLite database (the online backup API, WAL-safe)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source.stem}-{label}-{stamp}.sqlite3"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except OSError as error:
        raise describe_os_error(error) from error
    except sqlite3.OperationalError as error:
        problem = describe_driver_error(error)
        if problem is None:
            raise
        raise problem from error
    return target


def ensure_schema(database: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Create or upgrade the schema to head; copy an existing SQLite file first.

    An up-to-date database costs one plain read: neither SQLAlchemy nor Alembic is imported.
    """
    with database.reading() as reader:
        before = stamped_revision(reader)
    if before == SCHEMA_REVISION:
        return MigrationResult(before, before, None)
    from alembic import command
    from sqlalchemy import text

    head = head_revision()
    _check_not_newer(before)
    if before == head:
        return MigrationResult(before, head, None)

    with translate_errors(), database.engine.connect() as raw:
        immediate = {_BEGIN_MODE: "IMMEDIATE"} if database.dialect == "sqlite" else {}
        conn = raw.execution_options(**immediate)
        with conn.begin():
            if database.dialect == "postgresql":
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                )
            locked_before = current_revision(conn)
            _check_not_newer(locked_before)
            if locked_before == head:
                return MigrationResult(before, head, None)
            backup = None
            source = _sqlite_file(database)
            if source is not None and locked_before is not None and backup_dir is not None:
                backup = backup_sqlite(source, backup_dir, f"before-upgrade-{locked_before}")
                log.info("Backed up %s to %s before upgrading", source, backup)
            command.upgrade(alembic_config(conn), "head")
    log.info("Database schema %s -> %s", locked_before, head)
    return MigrationResult(locked_before, head, backup)
