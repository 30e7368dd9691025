"""The `saraban` command end to end: the installed entry point in a real process, the GUI
entry point handing CLI commands over, and the letter command. The register commands'
contract (JSON shapes, exit codes, nothing written on bad input) is in test_cli_contract.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.thai_dates import format_date_full
from tests.cli.conftest import RECEIVE_KEYS, run


def _saraban() -> list[str]:
    installed = Path(sys.executable).with_name("saraban")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "desktop_app.cli"]


def test_the_installed_command_end_to_end(tmp_path):
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    env.pop("SARABAN_DB_URL", None)

    def saraban(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*_saraban(), *args], check=False, env=env, capture_output=True, text=True, timeout=120
        )

    bad = saraban(
        "receive",
        "--sender",
        "x",
        "--doc-no",
        "1",
        "--doc-date",
        "29/2/2569",
        "--subject",
        "y",
        "--json",
    )
    assert bad.returncode == 2 and bad.stdout == "" and "28 วัน" in bad.stderr
    assert not (tmp_path / "d").exists()
    # A letter of yesterday: the process runs on the computer's own clock, and a letter
    # received over a year after its date would need --confirm-dates.
    dated = dt.date.today() - dt.timedelta(days=1)
    received = saraban(
        "receive",
        "--sender",
        "อำเภอถลาง",
        "--doc-no",
        "ภก ๐๕๑๘/๑",
        "--doc-date",
        format_date_full(dated, "arabic"),
        "--subject",
        "รายงาน",
        "--urgency",
        "ด่วนที่สุด",
        "--json",
    )
    assert received.returncode == 0, received.stderr
    record = json.loads(received.stdout)  # stdout is exactly one JSON value
    assert set(record) >= RECEIVE_KEYS and record["doc_date"] == dated.isoformat()
    assert record["receive_no"] == 1 and record["urgency"] == "most_urgent"
    assert (tmp_path / "d" / "saraban.sqlite3").exists()


def test_the_entry_point_knows_every_cli_command():
    import argparse

    from desktop_app.__main__ import CLI_COMMANDS
    from desktop_app.cli import build_parser

    parser = build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(commands.choices) == CLI_COMMANDS


def test_python_m_desktop_app_runs_a_cli_command(tmp_path):
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    env.pop("SARABAN_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "incoming", "list", "--json"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_help_and_version_exit_0(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and "saraban" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["receive", "--help"])
    assert done.value.code == 0 and "--doc-date" in capsys.readouterr().out


LETTER = {
    "kind": "stamped",
    "doc_no": "มส 0023.3/ว 354",
    "date": "2026-03-12",
    "to": ["อำเภอ ทุกอำเภอ", "เทศบาลเมืองแม่ฮ่องสอน"],
    "subject": "ทดสอบ",
    "body": ["ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า"],
    "office": "จังหวัดแม่ฮ่องสอน",
    "digits": "thai",
}


def test_letter_render_one_and_many(capsys, tmp_path):
    source = tmp_path / "letter.json"
    source.write_text(json.dumps(LETTER, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "letter.pdf"
    code, value, _err = run(capsys, "letter", "render", str(source), "--out", str(target), "--json")
    assert code == 0 and value == {"pdf": str(target), "pages": 1}
    assert target.read_bytes().startswith(b"%PDF")
    batch = tmp_path / "batch.json"
    batch.write_text(
        json.dumps([LETTER, {**LETTER, "kind": "external"}, LETTER], ensure_ascii=False),
        encoding="utf-8",
    )
    folder = tmp_path / "out"
    folder.mkdir()
    code, value, _err = run(
        capsys, "letter", "render", str(batch), "--out-dir", str(folder), "--json"
    )
    assert code == 0
    assert [item["pdf"] for item in value] == [str(folder / f"{n}.pdf") for n in (1, 2, 3)]
    assert all((folder / f"{n}.pdf").stat().st_size > 1000 for n in (1, 2, 3))


@pytest.mark.parametrize(
    ("content", "args", "fragment"),
    [
        ("{not json", ("--out", "x.pdf"), "JSON"),
        ('{"kind": "memo"}', ("--out", "x.pdf"), "kind"),
        ('[{"kind": "stamped"}]', ("--out", "x.pdf"), "--out-dir"),
        ('[{"kind": "stamped"}, {"kind": 5}]', ("--out-dir", "."), "ลำดับที่ 2"),
        ('{"kind": "stamped"}', ("--out", "no/such/dir/x.pdf"), "โฟลเดอร์"),
        ('{"kind": "stamped"}', ("--out", "x.pdf", "--font", "missing.ttf"), "แบบอักษร"),
    ],
)
def test_letter_render_refuses_bad_input_and_writes_nothing(
    capsys, tmp_path, monkeypatch, content, args, fragment
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.json").write_text(content, encoding="utf-8")
    assert main(["letter", "render", "in.json", *args]) == 2
    assert fragment in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_a_mistyped_command_is_told_not_started_as_the_gui(tmp_path):
    """`python -m desktop_app recieve ...` (a typo) used to start the GUI, which aborted
    without a display; the CLI now names the commands it knows, in Thai first."""
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    env.pop("SARABAN_DB_URL", None)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "recieve", "--sender", "x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "ไม่มีตัวเลือก 'recieve'" in done.stderr and "receive" in done.stderr
    assert not (tmp_path / "d").exists()
