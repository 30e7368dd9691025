"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when a server can
be had (SARABAN_TEST_PG_URL, a URL whose user may create databases; otherwise a throwaway
cluster started from the installed server binaries; otherwise those tests are skipped).

``db_url`` gives each test a database already at the current schema (a copy of one migrated
template per session: the migrations themselves are tested from empty in tests/db with
``empty_db_url``). ``row_counts`` makes "nothing was written" something a test can check.
No Qt here: tests/ui has its own conftest."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import Database, sqlite_url
from tests.pg_cluster import PgCluster, pg_bin

PG_ENV = "SARABAN_TEST_PG_URL"

# Property tests check behaviour, not speed: no per-example deadline (a loaded CI machine or
# the first call into PyThaiNLP would trip it), and slow data generation is not a failure.
# The default profile draws the same examples on every run, so CI passes or fails on the code
# alone; HYPOTHESIS_PROFILE=explore draws new ones (more of them) to look for new failures.
settings.register_profile(
    "saraban", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=300
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "saraban"))


class Clock:
    """A clock the test sets by hand (the office's wall-clock time)."""

    def __init__(self, now: dt.datetime = dt.datetime(2026, 3, 6, 16, 57)) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


# -- PostgreSQL ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A superuser URL on a PostgreSQL server, or skip."""
    configured = os.environ.get(PG_ENV)
    if configured:
        yield configured
        return
    bin_dir = pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries are not installed (or set SARABAN_TEST_PG_URL)")
    cluster: PgCluster | None = None
    try:
        cluster = PgCluster(bin_dir)
        url = cluster.start()
    except (subprocess.SubprocessError, OSError, KeyError, LookupError) as error:
        if cluster is not None:
            cluster.stop()
        detail = getattr(error, "stderr", b"") or b""
        pytest.skip(
            f"could not start a throwaway PostgreSQL cluster from {bin_dir}: {error} "
            f"{detail.decode(errors='replace').strip()}"
        )
    try:
        yield url
    finally:
        cluster.stop()


def _pg_admin_conninfo(admin_url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_database_url(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


@contextlib.contextmanager
def _pg_database(admin_url: str, template: str | None = None) -> Iterator[str]:
    """A new database (a copy of ``template`` if given), dropped afterwards."""
    import psycopg

    name = f"saraban_test_{uuid.uuid4().hex[:12]}"
    conninfo = _pg_admin_conninfo(admin_url)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield name
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A new, empty database for one test; dropped afterwards."""
    with _pg_database(pg_admin_url) as name:
        yield _pg_database_url(pg_admin_url, name)


def _migrate(url: str) -> None:
    from desktop_app.db.engine import make_engine
    from desktop_app.db.migrate import ensure_schema

    database = Database(make_engine(url))
    try:
        ensure_schema(database, None)
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """A database at the current schema that each test's database is copied from (cheaper
    than running the migrations again for every test; the migrations have their own tests)."""
    with _pg_database(pg_admin_url) as name:
        _migrate(_pg_database_url(pg_admin_url, name))
        yield name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("template") / "saraban.sqlite3"
    _migrate(sqlite_url(path))  # closing the last connection folds the WAL into the file
    assert not Path(f"{path}-wal").exists()
    return path


def row_counts(database: Database) -> dict[str, int]:
    """Rows in every table (FTS shadow tables included): "nothing written" made checkable."""
    from sqlalchemy import func, inspect, select, table

    with database.read() as session:
        names = inspect(session.connection()).get_table_names()
        return {
            name: int(session.scalar(select(func.count()).select_from(table(name))) or 0)
            for name in names
        }


# -- contexts ------------------------------------------------------------------------------
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def empty_db_url(request, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """An empty database (no schema yet), on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "data" / "saraban.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A database at the current schema, with no data yet: each test using this runs on
    SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "data" / "saraban.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield sqlite_url(path)
        return
    admin_url = request.getfixturevalue("pg_admin_url")
    with _pg_database(admin_url, template=request.getfixturevalue("pg_template")) as name:
        yield _pg_database_url(admin_url, name)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def open_context(tmp_path, clock) -> Iterator[Callable[..., AppContext]]:  # type: ignore[no-untyped-def]
    opened: list[AppContext] = []

    def opener(url: str | None = None, **kwargs) -> AppContext:  # type: ignore[no-untyped-def]
        paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("username", "clerk1")
        context = AppContext.open(
            url or sqlite_url(tmp_path / "data" / "saraban.sqlite3"), paths=paths, **kwargs
        )
        opened.append(context)
        return context

    yield opener
    for context in opened:
        context.close()


@pytest.fixture
def arabic_screen(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """This workstation shows Arabic digits, so its exports use them (exports follow the
    screen's digits, issue 9): for tests that read figures in Arabic digits. Covers the
    contexts of ``open_context`` and the CLI run with ``SARABAN_DATA_DIR`` = tmp/data."""
    from desktop_app.config import WorkstationPrefs

    monkeypatch.setenv("SARABAN_DATA_DIR", str(tmp_path / "data"))
    for folder in ("config", "data"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        WorkstationPrefs(tmp_path / folder / "workstation.json").set("digits", "arabic")


@pytest.fixture
def context(open_context, db_url) -> AppContext:  # type: ignore[no-untyped-def]
    """An opened (not yet set-up) office database, on each backend."""
    return open_context(db_url)
