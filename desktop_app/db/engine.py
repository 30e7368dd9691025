"""Engines and transactions for SQLite (the default) and PostgreSQL (shared offices).

SQLite is opened in WAL mode with foreign keys and a busy timeout. Write transactions on
SQLite start with ``BEGIN IMMEDIATE`` so two processes never both read then try to upgrade
to a write lock (which SQLite answers with an immediate "database is locked" that the busy
timeout does not cover); readers stay deferred and never wait for writers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from desktop_app.db.errors import translate_errors
from desktop_app.domain.errors import InvalidInput

BUSY_TIMEOUT_MS = 15_000
_BEGIN_MODE = "saraban_begin_mode"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def normalise_url(url: str) -> URL:
    """Accept the URLs people write: postgresql://..., postgres://..., sqlite:///file."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise InvalidInput(
            f"ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {url}", f"Invalid database URL: {url}"
        ) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    raise InvalidInput(
        f"รองรับเฉพาะ SQLite และ PostgreSQL (ได้รับ {backend})",
        f"Only SQLite and PostgreSQL are supported (got {backend})",
    )


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = normalise_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or (
            database.startswith("file:")):
        return None
    return Path(database).expanduser()


def describe_url(url: str) -> str:
    """The URL with any password hidden, for showing to users and in logs; a SQLite
    database is shown as its file path."""
    try:
        parsed = make_url(url)
    except Exception:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        parsed,
        echo=echo,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "saraban-desk"},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event emit BEGIN itself (the pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


class Database:
    """The engine plus the two ways services talk to it: ``read()`` and ``write()``.

    Each call opens one short session (one user action = one transaction); sessions are never
    shared between threads. Errors from the driver are translated into ``EnvironmentProblem``
    with a message for the user.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        with translate_errors(), self.engine.connect() as raw:
            conn = raw.execution_options(**{_BEGIN_MODE: "IMMEDIATE"}) if is_sqlite(
                self.engine) else raw
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with (
            translate_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
