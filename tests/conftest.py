"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when a server can
be had (SARABAN_TEST_PG_URL, or a throwaway cluster started from the installed binaries)."""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url

PG_ENV = "SARABAN_TEST_PG_URL"


class Clock:
    """A clock the test sets by hand (the office's wall-clock time)."""

    def __init__(self, now: dt.datetime = dt.datetime(2026, 3, 6, 16, 57)) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


# -- PostgreSQL ---------------------------------------------------------------------------
def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Cluster:
    """A PostgreSQL cluster in a temporary directory, for one test session."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="saraban-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:  # initdb refuses to run as root: run it as Debian's postgres user
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "log"), "-w", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A superuser URL on a PostgreSQL server, or skip."""
    configured = os.environ.get(PG_ENV)
    if configured:
        yield configured
        return
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries are not installed (or set SARABAN_TEST_PG_URL)")
    cluster = _Cluster(bin_dir)
    try:
        url = cluster.start()
    except (subprocess.SubprocessError, OSError, KeyError, LookupError) as error:
        cluster.stop()
        pytest.skip(f"could not start a throwaway PostgreSQL cluster: {error}")
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A new, empty database for one test; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"saraban_test_{uuid.uuid4().hex[:12]}"
    admin = make_url(pg_admin_url)
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield admin.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- contexts ------------------------------------------------------------------------------
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """Each test using this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "data" / "saraban.sqlite3")
    return str(request.getfixturevalue("pg_url"))


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
        context = AppContext.open(url or sqlite_url(tmp_path / "data" / "saraban.sqlite3"),
                                  paths=paths, **kwargs)
        opened.append(context)
        return context

    yield opener
    for context in opened:
        context.close()


@pytest.fixture
def context(open_context, db_url) -> AppContext:  # type: ignore[no-untyped-def]
    """An opened (not yet set-up) office database, on each backend."""
    return open_context(db_url)
