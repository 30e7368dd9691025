"""Issuing from the command line: several workstations at once, a PDF that cannot be written
after the number is issued (exit 0, and how to save it), reprinting, a refused permission
(exit 3), and commands that only read never waiting for a writer."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.db import engine as engine_module
from desktop_app.db.engine import sqlite_url
from tests.cli.conftest import receive, run_db, sqlite_counts

ROOT = Path(__file__).resolve().parents[2]
PARALLEL = 8


@pytest.fixture
def office(capsys, db):  # type: ignore[no-untyped-def]
    code, _value, err = run_db(
        capsys, db, "init", "--province", "แม่ฮ่องสอน", "--prefix", "มส 0023.3", "--json"
    )
    assert code == 0, err
    code, _first, err = receive(capsys, db)
    assert code == 0, err
    return db


def test_a_pdf_that_cannot_be_written_is_reported_and_reprinted(
    capsys, office, tmp_path, monkeypatch
):
    from desktop_app.domain.errors import EnvironmentProblem

    def disk_full(_target: Path, _data: bytes) -> None:
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้", "The disk is full")

    with monkeypatch.context() as patch:
        patch.setattr("desktop_app.services.outgoing.write_atomically", disk_full)
        code, issued, err = run_db(
            capsys,
            office,
            "forward",
            "1",
            "--to",
            "all-districts",
            "--out",
            str(tmp_path / "letter.pdf"),
            "--json",
        )
    # Once a number is issued it is never reported as a failure.
    assert code == 0
    assert (issued["number"], issued["pdf"], issued["pdf_saved"]) == (1, None, False)
    assert issued["pdf_problem"] == "The disk is full"
    assert "letter reprint" in err and f"{issued['letter_id']}" in err and "ดิสก์เต็ม" in err
    counts = sqlite_counts(office)

    code, saved, err = run_db(
        capsys,
        office,
        "letter",
        "reprint",
        str(issued["letter_id"]),
        "--out",
        str(tmp_path / "letter.pdf"),
        "--json",
    )
    assert code == 0, err
    assert saved == {
        "letter_id": issued["letter_id"],
        "outgoing_no": "มส ๐๐๒๓.๓/ว ๑",
        "pdf": str(tmp_path / "letter.pdf"),
    }
    assert "มส ๐๐๒๓.๓/ว ๑" in PdfReader(tmp_path / "letter.pdf").pages[0].extract_text()
    counts_after = sqlite_counts(office)
    assert counts_after["outgoing_letter"] == counts["outgoing_letter"]
    assert counts_after["number_counter"] == counts["number_counter"]
    code, again, _err = run_db(
        capsys, office, "forward", "1", "--to", "5803", "--series", "circular", "--json"
    )
    assert (code, again["number"]) == (0, 2)  # the next number: none was used by the reprint


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["letter", "reprint", "99", "--out", "x.pdf"], "99"),
        (["letter", "reprint", "1", "--out", "letter.txt"], ".pdf"),
        (["letter", "reprint", "1", "--out", "/no/such/folder/x.pdf"], "/no/such/folder"),
    ],
)
def test_reprint_refuses_bad_input(capsys, office, args, fragment):
    before = sqlite_counts(office)
    code, out, err = run_db(capsys, office, *args)
    assert (code, out) == (2, "")
    assert fragment in err
    assert sqlite_counts(office) == before


def test_a_refused_permission_exits_3(capsys, office):
    """Setting the office up again (its name, its letter codes) is the admin's; the first
    user became the admin, another one is refused, and nothing is written."""
    before = sqlite_counts(office)
    code, out, err = run_db(
        capsys,
        office,
        "--user",
        "clerk2",
        "init",
        "--province",
        "58",
        "--prefix",
        "มส 0000",
        "--office-name",
        "สำนักงานอื่น",
    )
    assert (code, out) == (3, "")
    assert "ผู้ดูแลระบบ" in err
    after = sqlite_counts(office)
    assert after.pop("user_account") == before.pop("user_account") + 1  # clerk2 was recorded
    assert after == before
    code, _value, err = run_db(
        capsys, office, "--lang", "en", "--user", "clerk2", "init", "--province", "58"
    )
    assert code == 3 and "administrator" in err


def test_reading_commands_do_not_wait_for_a_writer(capsys, office, monkeypatch):
    """Another workstation is in the middle of a save: listing and showing still answer (a
    busy timeout of a fifth of a second would fail them if they needed the write lock)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(office, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        code, rows, err = run_db(capsys, office, "incoming", "list", "--json")
        assert code == 0, err
        assert [row["receive_no"] for row in rows] == [1]
        code, record, err = run_db(capsys, office, "incoming", "show", "1", "--json")
        assert (code, record["receive_no"]) == (0, 1), err
        code, _out, err = receive(capsys, office)  # a save does wait, and says so
        assert code == 1 and "ลองบันทึกอีกครั้ง" in err
    finally:
        blocker.rollback()
        blocker.close()


def test_listing_imports_only_what_it_uses(office, env):
    """`incoming list` needs neither the ORM, the letters' typesetting nor openpyxl."""
    probe = (
        "import json, sys\n"
        "from desktop_app.cli import main\n"
        "code = main(['--db', sys.argv[1], 'incoming', 'list', '--json'])\n"
        "heavy = ['sqlalchemy', 'reportlab', 'openpyxl', 'pypdf', 'PySide6', 'alembic']\n"
        "print(json.dumps({'code': code, 'loaded': [m for m in heavy if m in sys.modules]}),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, sqlite_url(office)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SARABAN_DATA_DIR": str(env / "data")},
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
    assert json.loads(result.stdout)[0]["receive_no"] == 1


@pytest.mark.slow
def test_eight_workstations_forward_at_the_same_moment(capsys, office, tmp_path):
    """Eight `saraban forward` processes started together on one SQLite file all succeed and
    get ว 1..8: the dictionary and the typesetting happen outside the number lock."""
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "data")}
    env.pop("SARABAN_DB_URL", None)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop_app.cli",
                "--db",
                sqlite_url(office),
                "--user",
                f"officer{n}",
                "forward",
                "1",
                "--to",
                "all-districts",
                "--json",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PARALLEL)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        results.append(json.loads(out))
    assert sorted(result["number"] for result in results) == list(range(1, PARALLEL + 1))
    assert all(result["pdf_saved"] for result in results)
    for result in results:  # each PDF carries the number that was issued to it
        text = PdfReader(result["pdf"]).pages[0].extract_text()
        assert result["outgoing_no"] in text
    with sqlite3.connect(office) as conn:
        (note,) = conn.execute("SELECT action_taken FROM incoming_document WHERE id = 1").fetchone()
    conn.close()
    assert note.count("ส่งต่อ") == PARALLEL


def test_cancelling_a_forwarded_document_warns_that_its_letters_stay_issued(capsys, office):
    code, issued, err = run_db(capsys, office, "forward", "1", "--to", "all-districts", "--json")
    assert code == 0, err
    code, value, err = run_db(
        capsys, office, "incoming", "cancel", "1", "--reason", "ลงรับผิดเรื่อง", "--json"
    )
    assert code == 0 and value["cancelled"] is True
    assert "ส่งต่อไปแล้ว" in err and f"มส 0023.3/ว {issued['number']}" in err
    code, _value, err = run_db(
        capsys, office, "--lang", "en", "incoming", "cancel", "1", "--reason", "again"
    )
    assert code != 0  # already cancelled: refused, nothing said about letters
    assert "forwarded" not in err
