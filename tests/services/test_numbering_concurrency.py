"""Four clerks' processes registering at the same moment get 1..200: no gap, no repeat.

The processes also race to create the schema of a database that does not exist yet. They are
started together: each says "ready" once imported, then all are sent "go" at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database, make_engine, sqlite_url
from desktop_app.db.models import IncomingDocument
from desktop_app.db.numbering import last_number
from desktop_app.domain.incoming import INCOMING_SERIES

PROCESSES = 4
EACH = 50
ROOT = Path(__file__).resolve().parents[2]


def _race(
    url: str, tmp_path: Path, mode: str = "receive", each: int = EACH, processes: int = PROCESSES
) -> list[list[int]]:
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.services.concurrent_worker",
                url,
                str(each),
                str(tmp_path / f"data{n}"),
                f"clerk{n}",
                mode,
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    try:
        for worker in workers:  # every worker has imported everything: none has a head start
            assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=240)
            assert worker.returncode == 0, err
            results.append(json.loads(out))
        return results
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def _check_stored(url: str) -> None:
    """What the database holds agrees: 200 documents numbered 1..200, the counter at 200."""
    database = Database(make_engine(url))
    try:
        with database.read() as session:
            stored = session.execute(
                select(IncomingDocument.receive_year, IncomingDocument.receive_no)
            ).all()
            assert sorted(number for _year, number in stored) == list(
                range(1, PROCESSES * EACH + 1)
            )
            (year,) = {year for year, _number in stored}
            assert last_number(session, INCOMING_SERIES, year) == PROCESSES * EACH
    finally:
        database.dispose()


def _check(results: list[list[int]], each: int = EACH, processes: int = PROCESSES) -> None:
    numbers = [number for result in results for _year, number in result]
    assert sorted(numbers) == list(range(1, processes * each + 1))
    assert len({year for result in results for year, _n in result}) == 1
    for result in results:  # each clerk's own numbers only ever go up
        mine = [number for _year, number in result]
        assert mine == sorted(mine)


@pytest.mark.slow
def test_four_processes_on_one_new_sqlite_file(tmp_path):
    database = tmp_path / "shared" / "saraban.sqlite3"
    assert not database.exists()
    _check(_race(sqlite_url(database), tmp_path))
    _check_stored(sqlite_url(database))


@pytest.mark.slow
@pytest.mark.postgres
def test_four_processes_on_one_postgresql_database(tmp_path, pg_url):
    _check(_race(pg_url, tmp_path))  # an empty database: they also race to create the schema
    _check_stored(pg_url)


ISSUERS = 8  # officers issuing at once: more processes than this machine has cores


@pytest.mark.slow
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_eight_processes_issuing_letters_get_gapless_outgoing_numbers(tmp_path, backend, request):
    """Officers issuing circulars at the same moment: ว 1..40, no gap, no repeat, and no
    one told the database is busy (typesetting happens outside the number lock)."""
    import datetime as dt

    from desktop_app.app_context import AppContext
    from desktop_app.config import AppPaths
    from desktop_app.domain.incoming import IncomingInput
    from desktop_app.domain.office import SetupRequest

    url = (
        sqlite_url(tmp_path / "shared" / "saraban.sqlite3")
        if backend == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    context = AppContext.open(url, paths=AppPaths(tmp_path / "setup", tmp_path / "setup"))
    context.setup.initialise(SetupRequest(province="58", prefix="มส 0023.3"), context.actor)
    context.incoming.receive(
        IncomingInput(
            sender="กรม",
            doc_no="มท 1/ว 1",
            doc_date=dt.date.today() - dt.timedelta(days=3),
            subject="ทดสอบ",
        ),
        context.actor,
    )
    context.close()
    each = 5
    results = _race(url, tmp_path, mode="forward", each=each, processes=ISSUERS)
    _check(results, each=each, processes=ISSUERS)
