"""Connections and transactions for SQLite (the default) and PostgreSQL (shared offices).

Two ways in, one configuration:

* ``Database.write()`` and ``Database.read()``: SQLAlchemy ORM sessions, one per user action.
  Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so two processes never both read
  then try to upgrade to a write lock (which SQLite answers with an immediate "database is
  locked" that the busy timeout does not cover).
* ``Database.reading()``: a read-only transaction straight on the DB-API connection (sqlite3
  or psycopg) for the hot read paths: the register's list and search, the schema check and
  the user lookup at start-up. SQLAlchemy costs about 0.3 s of CPU to import on an office PC;
  ``saraban incoming list`` never imports it (docs/benchmarks.md, start-up).

Every SQLite connection, from either path, gets WAL, foreign keys, a busy timeout and
``synchronous=NORMAL`` from ``configure_sqlite``. Readers never wait for writers (WAL).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from desktop_app.db.errors import translate_errors
from desktop_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "saraban-desk"
_BEGIN_MODE = "saraban_begin_mode"
_SCHEME = re.compile(r"^(?P<backend>[A-Za-z][A-Za-z0-9]*)(?:\+(?P<driver>[A-Za-z0-9_]+))?://")


# -- URLs -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DbTarget:
    """Where a database URL points, read without SQLAlchemy.

    ``dialect`` is "sqlite" or "postgresql". SQLite: ``database`` is the file path (or
    ":memory:", or a "file:" URI when ``uri`` is true). PostgreSQL: ``conninfo`` is a libpq
    URI psycopg accepts.
    """

    dialect: str
    database: str = ""
    uri: bool = False
    conninfo: str = ""


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file, as SQLAlchemy writes it ("sqlite+pysqlite:////data/x.db")."""
    return "sqlite+pysqlite:///" + quote(str(path), safe="/ \\:~+,=&!$'()*;[]")


def _unsupported(backend: str) -> InvalidInput:
    return InvalidInput(
        f"รองรับเฉพาะ SQLite และ PostgreSQL (ได้รับ {backend})",
        f"Only SQLite and PostgreSQL are supported (got {backend})",
    )


def _invalid(url: str) -> InvalidInput:
    return InvalidInput(f"ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {url}", f"Invalid database URL: {url}")


def parse_url(url: str) -> DbTarget:
    """Read a database URL as people write them (postgresql://, postgres://, sqlite:///file).

    Raises ``InvalidInput`` for anything else (another database, not a URL).
    """
    match = _SCHEME.match(url or "")
    if match is None:
        raise _invalid(url)
    backend = match.group("backend").lower()
    rest = url[match.end() :]
    if backend in ("postgres", "postgresql"):
        return DbTarget("postgresql", conninfo="postgresql://" + rest)
    if backend != "sqlite":
        raise _unsupported(backend)
    if not rest or rest == "/:memory:":
        return DbTarget("sqlite", ":memory:")
    if not rest.startswith("/"):
        raise _invalid(url)
    database, _sep, query = rest[1:].partition("?")
    options = dict(part.partition("=")[::2] for part in query.split("&") if part)
    database = unquote(database)
    uri = options.pop("uri", "").lower() in ("true", "1")
    if uri and options:
        database += "?" + "&".join(f"{key}={value}" for key, value in options.items())
    return DbTarget("sqlite", database, uri=uri)


def normalise_url(url: str) -> URL:
    """The SQLAlchemy URL with our drivers (psycopg 3, pysqlite)."""
    target = parse_url(url)
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception as exc:
        raise _invalid(url) from exc
    driver = "postgresql+psycopg" if target.dialect == "postgresql" else "sqlite+pysqlite"
    return parsed.set(drivername=driver)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for PostgreSQL or an in-memory database."""
    target = parse_url(url)
    if target.dialect != "sqlite" or target.database in ("", ":memory:") or target.uri:
        return None
    return Path(target.database).expanduser()


def describe_url(url: str) -> str:
    """The URL with any password hidden, for showing to users and in logs; a SQLite
    database is shown as its file path."""
    try:
        target = parse_url(url)
    except InvalidInput:
        return url
    if target.dialect == "sqlite":
        return target.database or ":memory:"
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


# -- DB-API connections ---------------------------------------------------------------------
def configure_sqlite(connection: sqlite3.Connection) -> None:
    """WAL, foreign keys, busy timeout, synchronous=NORMAL; transactions begun explicitly."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Switch a new database to WAL. SQLite answers SQLITE_BUSY at once, without the busy
    handler, while another process holds a read lock on a not-yet-WAL file (several clerks'
    programs opening a new database together): retry until the busy timeout."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            busy = getattr(error, "sqlite_errorcode", 0) & 0xFF in (5, 6)  # BUSY, LOCKED
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _make_sqlite_folder(target: DbTarget) -> None:
    if target.database and target.database != ":memory:" and not target.uri:
        Path(target.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def connect_dbapi(target: DbTarget) -> Any:
    """A configured DB-API connection (sqlite3 or psycopg) for ``target``."""
    if target.dialect == "sqlite":
        _make_sqlite_folder(target)
        database = (
            target.database
            if target.uri
            else str(Path(target.database).expanduser())
            if target.database != ":memory:"
            else ":memory:"
        )
        connection = sqlite3.connect(
            database, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, uri=target.uri
        )
        try:
            configure_sqlite(connection)
        except BaseException:
            connection.close()
            raise
        return connection
    import psycopg

    return psycopg.connect(
        target.conninfo, connect_timeout=PG_CONNECT_TIMEOUT_S, application_name=APPLICATION_NAME
    )


# -- SQLAlchemy -----------------------------------------------------------------------------
def make_engine(url: str, *, echo: bool = False) -> Engine:
    """A SQLAlchemy engine whose connections are configured like ``connect_dbapi``'s."""
    from sqlalchemy import create_engine, event

    parsed = normalise_url(url)
    target = parse_url(url)
    if target.dialect == "sqlite":
        _make_sqlite_folder(target)
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):
            # SQLAlchemy's "begin" event then emits BEGIN itself (the pysqlite recipe).
            configure_sqlite(dbapi_connection)

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            mode = conn.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(
        parsed,
        echo=echo,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": PG_CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        },
    )


# -- reads without SQLAlchemy ------------------------------------------------------------------
_PG_PLACEHOLDERS: dict[str, str] = {}


def _pg_sql(sql: str) -> str:
    """ "?" placeholders as psycopg's "%s" (a literal % doubled)."""
    converted = _PG_PLACEHOLDERS.get(sql)
    if converted is None:
        converted = _PG_PLACEHOLDERS[sql] = sql.replace("%", "%%").replace("?", "%s")
    return converted


class Reader:
    """SQL with "?" placeholders inside one read-only transaction (``Database.reading``)."""

    def __init__(self, connection: Any, dialect: str) -> None:
        self.connection = connection
        self.dialect = dialect

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        if self.dialect == "postgresql":
            return self.connection.execute(_pg_sql(sql), tuple(params))
        return self.connection.execute(sql, tuple(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def row(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        found = self._execute(sql, params).fetchone()
        return tuple(found) if found is not None else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        found = self._execute(sql, params).fetchone()
        return found[0] if found is not None else None

    def column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return [row[0] for row in self._execute(sql, params).fetchall()]


class Database:
    """One database: sessions for the services (``read``/``write``) and plain reads.

    Each call opens one short transaction (one user action = one transaction); nothing is
    shared between threads (plain reads keep one DB-API connection per thread). Errors from
    the driver become ``EnvironmentProblem`` with a message for the user.

    ``Database(engine)`` wraps an existing SQLAlchemy engine; ``Database.open(url)`` creates
    the engine only when a session is first asked for.
    """

    def __init__(self, engine: Engine | None = None, *, url: str | None = None) -> None:
        if engine is None and url is None:
            raise ValueError("a Database needs an engine or a URL")
        self._engine = engine
        self.url = (
            url
            if url is not None
            else engine.url.render_as_string(  # type: ignore[union-attr]
                hide_password=False
            )
        )
        self.target = parse_url(self.url)
        self._engine_lock = threading.Lock()
        self._local = threading.local()
        self._connections: list[Any] = []
        self._connections_lock = threading.Lock()

    @classmethod
    def open(cls, url: str) -> Database:
        """A database for ``url``, checked but not yet connected (bad URL: ``InvalidInput``)."""
        return cls(url=url)

    @property
    def dialect(self) -> str:
        return self.target.dialect

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = make_engine(self.url)
        return self._engine

    # -- sessions ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with translate_errors(), self.engine.connect() as raw:
            conn = (
                raw.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})
                if (self.dialect == "sqlite")
                else raw
            )
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with (
            translate_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    # -- plain reads -------------------------------------------------------------------------
    def _thread_connection(self) -> Any:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = connect_dbapi(self.target)
            self._local.connection = connection
            with self._connections_lock:
                self._connections.append(connection)
        return connection

    def _forget_thread_connection(self) -> None:
        connection = getattr(self._local, "connection", None)
        self._local.connection = None
        if connection is not None:
            with self._connections_lock:
                if connection in self._connections:
                    self._connections.remove(connection)
            with contextlib.suppress(Exception):
                connection.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reader]:
        """A read-only transaction on this thread's DB-API connection (one snapshot)."""
        with translate_errors():
            connection = self._thread_connection()
            try:
                if self.dialect == "sqlite":
                    connection.execute("BEGIN")
                yield Reader(connection, self.dialect)
            finally:
                try:  # a read-only transaction: ending it either way is the same
                    if self.dialect != "sqlite":
                        connection.rollback()
                    elif connection.in_transaction:
                        connection.execute("ROLLBACK")
                except Exception:
                    self._forget_thread_connection()  # broken: the next read reconnects

    def dispose(self) -> None:
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            with contextlib.suppress(Exception):
                connection.close()
        self._local = threading.local()
        if self._engine is not None:
            self._engine.dispose()
