"""Four clerks' processes registering at the same moment get 1..200: no gap, no repeat.

The processes also race to create the schema of a database that does not exist yet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.db.engine import sqlite_url

PROCESSES = 4
EACH = 50
ROOT = Path(__file__).resolve().parents[2]


def _race(url: str, tmp_path: Path, mode: str = "receive", each: int = EACH
          ) -> list[list[int]]:
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.services.concurrent_worker", url, str(each), str(go),
             str(tmp_path / f"data{n}"), f"clerk{n}", mode],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(PROCESSES)
    ]
    go.touch()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        results.append(json.loads(out))
    return results


def _check(results: list[list[int]], each: int = EACH) -> None:
    numbers = [number for result in results for _year, number in result]
    assert sorted(numbers) == list(range(1, PROCESSES * each + 1))
    assert len({year for result in results for year, _n in result}) == 1
    for result in results:  # each clerk's own numbers only ever go up
        mine = [number for _year, number in result]
        assert mine == sorted(mine)


@pytest.mark.slow
def test_four_processes_on_one_new_sqlite_file(tmp_path):
    database = tmp_path / "shared" / "saraban.sqlite3"
    _check(_race(sqlite_url(database), tmp_path))


@pytest.mark.slow
@pytest.mark.postgres
def test_four_processes_on_one_postgresql_database(tmp_path, pg_url):
    _check(_race(pg_url, tmp_path))


@pytest.mark.slow
def test_four_processes_issuing_letters_get_gapless_outgoing_numbers(tmp_path):
    """Officers issuing circulars at the same moment: ว 1..40, no gap, no repeat."""
    import datetime as dt

    from desktop_app.app_context import AppContext
    from desktop_app.config import AppPaths
    from desktop_app.services.register import IncomingInput
    from desktop_app.services.setup import SetupRequest

    url = sqlite_url(tmp_path / "shared" / "saraban.sqlite3")
    context = AppContext.open(url, paths=AppPaths(tmp_path / "setup", tmp_path / "setup"))
    context.setup.initialise(SetupRequest(province="58", prefix="มส 0023.3"), context.actor)
    context.register.receive(IncomingInput(sender="กรม", doc_no="มท 1/ว 1",
                                           doc_date=dt.date(2026, 3, 5), subject="ทดสอบ"),
                             context.actor)
    context.close()
    _check(_race(url, tmp_path, mode="forward", each=10), each=10)
