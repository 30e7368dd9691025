"""Helpers for driving `saraban` in-process: an isolated data directory per test, the exit
code, stdout parsed as JSON when asked for, and row counts of a SQLite file."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

import pytest

from desktop_app.cli import main
from desktop_app.db.engine import sqlite_url

# The office's clock while ``receive`` runs: the sample circular's receipt stamp, the day after
# its date ("๕ มี.ค. ๖๙"), so a receipt never depends on the day the tests run (a letter
# received over a year after its date is refused without --confirm-dates).
RECEIVE_NOW = dt.datetime(2026, 3, 6, 16, 57)
RECEIVE_KEYS = {"id", "receive_no", "receive_year", "received_at", "doc_no", "doc_date", "subject"}
LIST_KEYS = RECEIVE_KEYS | {"sender", "cancelled"}


@pytest.fixture
def env(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SARABAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SARABAN_DB_URL", raising=False)
    monkeypatch.delenv("SARABAN_LANG", raising=False)
    return tmp_path


@pytest.fixture
def db(env) -> Path:  # type: ignore[no-untyped-def]
    return env / "office.sqlite3"


def run(capsys, *args: str) -> tuple[int, object, str]:  # type: ignore[no-untyped-def]
    """Exit code, stdout (one JSON value when --json and success), stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    if "--json" in args and code == 0:
        assert out.endswith("\n") and out.count("\n") == 1, out  # exactly one JSON value
        return code, json.loads(out), err
    return code, out, err


def run_db(capsys, db: Path, *args: str) -> tuple[int, object, str]:  # type: ignore[no-untyped-def]
    return run(capsys, "--db", sqlite_url(db), *args)


@contextlib.contextmanager
def office_clock(now: dt.datetime | Callable[[], dt.datetime]) -> Iterator[None]:
    """The CLI's clock (the office's wall-clock time, ``domain.clock.local_now`` and the
    services' clock) set to ``now`` (a time, or a clock) inside the block."""
    from desktop_app.app_context import AppContext
    from desktop_app.domain import clock

    read = now if callable(now) else (lambda: now)
    opener = AppContext.open.__func__  # type: ignore[attr-defined]

    def open_at(cls, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("clock", read)
        return opener(cls, *args, **kwargs)

    with (
        mock.patch.object(clock, "local_now", read),
        mock.patch.object(AppContext, "open", classmethod(open_at)),
    ):
        yield


# Every in-process command runs on this day unless a test sets its own time: the tests'
# letters are dated in พ.ศ. 2569 (March), and with the real clock they would turn into
# "dated over a year before receipt" (refused without --confirm-dates) in March 2027, and
# typed deadlines into "before today". The clock still ticks (from this moment).
TESTS_TODAY = dt.datetime(2026, 11, 30, 9, 30)


@pytest.fixture(autouse=True)
def _tests_today() -> Iterator[None]:
    started = time.monotonic()

    def ticking() -> dt.datetime:
        elapsed = dt.timedelta(seconds=time.monotonic() - started)
        return (TESTS_TODAY + elapsed).replace(microsecond=0)

    with office_clock(ticking):
        yield


def receive(  # type: ignore[no-untyped-def]
    capsys, db: Path, *extra: str, now: dt.datetime = RECEIVE_NOW
) -> tuple[int, object, str]:
    """``saraban receive`` of the sample circular, the office's clock at ``now``."""
    with office_clock(now):
        return run_db(
            capsys,
            db,
            "receive",
            "--sender",
            "กรมส่งเสริมการปกครองท้องถิ่น",
            "--doc-no",
            "มท ๐๘๑๐.๒/ว ๑๐๘๙",
            "--doc-date",
            "๕ มี.ค. ๖๙",
            "--subject",
            "การเผยแพร่องค์ความรู้",
            *extra,
            "--json",
        )


def sqlite_counts(path: Path) -> dict[str, int]:
    """Rows in every table of a SQLite file, read without the program's own code."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
        }
