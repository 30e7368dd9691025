"""Faults a user trial found in `saraban`: output into a pipe the reader closed early, a font
or emblem file that is not one, and `incoming list` not showing the id the other commands
take."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import build_parser, main
from desktop_app.db.engine import sqlite_url
from tests.cli.conftest import receive, run_db, sqlite_counts

# A subject near the 1,000-character limit: 40 of them list as some 120 KB of JSON, more than
# a pipe holds (64 KiB on Linux), so the command is still writing when the reader leaves.
LONG_SUBJECT = "การเผยแพร่องค์ความรู้เกี่ยวกับการป้องกันไฟป่า " * 20


def _saraban() -> list[str]:
    installed = Path(sys.executable).with_name("saraban")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "desktop_app.cli"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    env.pop("SARABAN_DB_URL", None)
    env.pop("SARABAN_DEBUG", None)
    return env


def _receive_many(capsys, db: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    for number in range(count):
        code, _value, err = receive(capsys, db, "--subject", f"{number} {LONG_SUBJECT}")
        assert code == 0, err


# -- 1. a reader that closes the pipe early -------------------------------------------------
def test_a_reader_that_stops_reading_is_no_failure(capsys, db, tmp_path):
    _receive_many(capsys, db, 40)
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--json")
    assert code == 0 and len(json.dumps(rows, ensure_ascii=False).encode()) > 100_000
    with subprocess.Popen(
        [*_saraban(), "--db", sqlite_url(db), "incoming", "list", "--json"],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert len(process.stdout.read(10)) == 10  # like `| head -c 10`
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=120) == 0, err
    assert "internal error" not in err and "BrokenPipe" not in err and "Exception" not in err


def test_a_number_issued_into_a_closed_pipe_is_reported_as_success(tmp_path):
    """The reader is gone before the command writes a byte: the document is registered, so
    the command must exit 0 (a script seeing a failure would register it again)."""
    db = tmp_path / "office.sqlite3"
    with subprocess.Popen(
        [
            *_saraban(),
            "--db",
            sqlite_url(db),
            "receive",
            "--sender",
            "อำเภอปาย",
            "--doc-no",
            "มส 0518/1",
            "--doc-date",
            "1/3/2569",
            "--subject",
            "รายงาน",
            "--confirm-dates",
            "--json",
        ],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # no reader left: the first write meets a broken pipe
        err = process.stderr.read()
        process.wait(timeout=120)
    assert process.returncode == 0, err.decode()
    assert b"internal error" not in err and b"BrokenPipe" not in err
    assert sqlite_counts(db)["incoming_document"] == 1


class _ClosedPipe:
    """A stdout whose reader has gone."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_the_command_keeps_its_own_status_when_output_fails(monkeypatch, tmp_path):
    """In-process: a closed stdout changes neither a success nor a refusal into exit 1."""
    monkeypatch.setenv("SARABAN_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.delenv("SARABAN_DB_URL", raising=False)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["incoming", "list", "--json"]) == 0
    assert main(["incoming", "list"]) == 0
    assert main(["incoming", "list", "--year", "2026"]) == 2


def test_a_broken_pipe_elsewhere_is_still_a_failure(monkeypatch, capsys):
    """Only stdout's reader leaving is forgiven: a broken pipe to a worker is a fault."""
    from desktop_app import cli

    def broken(_args, _out):  # type: ignore[no-untyped-def]
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli.COMMANDS, ("incoming", "list"), broken)
    assert main(["incoming", "list"]) == 1
    assert "internal error (BrokenPipeError" in capsys.readouterr().err


# -- 2. a font or emblem that is not one ----------------------------------------------------
LETTER = {"kind": "stamped", "to": ["อำเภอปาย"], "subject": "ทดสอบ", "body": ["ข้อความ"]}


@pytest.mark.parametrize(
    ("option", "th", "en"),
    [
        ("--font", "ไม่ใช่แฟ้มแบบอักษร TrueType", "is not a TrueType font file"),
        ("--bold-font", "ไม่ใช่แฟ้มแบบอักษร TrueType", "is not a TrueType font file"),
        ("--garuda", "ไม่ใช่แฟ้มภาพ PNG หรือ JPEG", "is not a PNG or JPEG image"),
    ],
)
def test_a_file_that_is_not_a_font_or_an_image_is_bad_input(
    capsys, tmp_path, monkeypatch, option, th, en
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.json").write_text(json.dumps(LETTER, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    extra = ["--font", str(_bundled_font())] if option == "--bold-font" else []
    for lang, message in (("th", th), ("en", en)):
        args = ["--lang", lang, "letter", "render", "in.json", "--out", "x.pdf"]
        code = main([*args, *extra, option, "passwd"])
        err = capsys.readouterr().err
        assert code == 2, err
        assert message in err and "internal error" not in err
    assert not list(tmp_path.glob("*.pdf"))


def test_a_real_font_and_emblem_still_render(capsys, tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.json").write_text(json.dumps(LETTER, ensure_ascii=False), encoding="utf-8")
    Image.new("RGB", (40, 44), "white").save(tmp_path / "garuda.png")
    args = ["letter", "render", "in.json", "--out", "x.pdf", "--font", str(_bundled_font())]
    code = main([*args, "--garuda", "garuda.png"])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def _bundled_font() -> Path:
    from desktop_app.reports.letters import fonts_dir

    return Path(fonts_dir()) / "Laksaman.ttf"


# -- 4. the id the commands take, shown by `incoming list` ------------------------------------
def test_incoming_list_text_shows_each_rows_id(capsys, db):
    # The register continues a paper book at no. 60, so ids (1, 2, 3) and receive numbers
    # (60, 61, 62) differ, as in the trial.
    code, _value, err = run_db(
        capsys,
        db,
        "numbering",
        "set",
        "--series",
        "incoming",
        "--year",
        "2569",
        "--next",
        "60",
        "--reason",
        "ต่อจากทะเบียนกระดาษ",
    )
    assert code == 0, err
    for _ in range(3):
        code, _value, err = receive(capsys, db)
        assert code == 0, err
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--json")
    assert code == 0 and len(rows) == 3
    assert all(row["id"] != row["receive_no"] for row in rows)
    code, text, _err = run_db(capsys, db, "incoming", "list")
    assert code == 0
    lines = text.splitlines()
    assert len(lines) == 3
    by_label = {f"{row['receive_no']}/{row['receive_year']}": row["id"] for row in rows}
    for line in lines:
        first, label = line.split("\t")[:2]
        assert first == f"[{by_label[label]}]"


@pytest.mark.parametrize("command", [("incoming", "show"), ("incoming", "cancel"), ("forward",)])
def test_help_says_the_argument_is_the_id_from_incoming_list(command):
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command[0]]  # type: ignore[union-attr]
    if len(command) == 2:
        sub = sub._subparsers._group_actions[0].choices[command[1]]  # type: ignore[union-attr]
    text = " ".join(sub.format_help().split())  # argparse wraps the lines
    assert "incoming list" in text and "id" in text and "receive number" in text
