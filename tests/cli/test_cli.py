"""The `saraban` command as a contract other tools drive: forms, JSON shapes, exit codes,
and nothing written on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.db.engine import sqlite_url

RECEIVE_KEYS = {"id", "receive_no", "receive_year", "received_at", "doc_no", "doc_date",
                "subject"}


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
    code = main(list(args))
    out, err = capsys.readouterr()
    value = json.loads(out) if "--json" in args and code == 0 else out
    return code, value, err


def receive(capsys, db: Path, *extra: str):  # type: ignore[no-untyped-def]
    return run(capsys, "--db", sqlite_url(db), "receive", "--sender", "กรมส่งเสริมการปกครองท้องถิ่น",
               "--doc-no", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "--doc-date", "๕ มี.ค. ๖๙", "--subject",
               "การเผยแพร่องค์ความรู้", *extra, "--json")


def test_init_loads_the_province_and_reports_counts(capsys, db):
    code, value, _err = run(capsys, "--db", sqlite_url(db), "init", "--province", "แม่ฮ่องสอน",
                            "--office-name", "สถ.จ.แม่ฮ่องสอน", "--prefix", "มส 0023.3", "--json")
    assert code == 0
    assert value["province"] == "แม่ฮ่องสอน"
    assert (value["districts"], value["local_authorities"]) == (7, 50)
    code, value, _err = run(capsys, "--db", sqlite_url(db), "init", "--province", "58", "--json")
    assert code == 0 and value["local_authorities"] == 50  # idempotent


def test_receive_prints_the_contract_and_numbers_run_on(capsys, db):
    code, first, _err = receive(capsys, db, "--urgency", "ด่วนที่สุด", "--received-at",
                                "2026-03-06T16:57")
    assert code == 0
    assert set(first) >= RECEIVE_KEYS
    assert first["receive_no"] == 1 and first["receive_year"] == 2569
    assert first["received_at"] == "2026-03-06T16:57:00"
    assert first["doc_date"] == "2026-03-05"
    assert first["doc_no"] == "มท ๐๘๑๐.๒/ว ๑๐๘๙"
    code, second, _err = receive(capsys, db, "--urgency", "most_urgent", "--secrecy", "ลับ")
    assert code == 0 and second["receive_no"] == 2


def test_receive_with_an_attachment(capsys, db, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    code, value, _err = receive(capsys, db, "--attach", str(scan))
    assert code == 0
    code, shown, _err = run(capsys, "--db", sqlite_url(db), "incoming", "show", str(value["id"]),
                            "--json")
    assert shown["attachments"][0]["filename"] == "scan.pdf"
    assert len(shown["attachments"][0]["sha256"]) == 64


@pytest.mark.parametrize(("args", "fragment"), [
    (("--doc-date", "30/2/2569"), "28 วัน"),
    (("--doc-date", "5/3/2569", "--urgency", "เร็วมาก"), "ไม่รู้จักค่า"),
    (("--doc-date", "5/3/2569", "--secrecy", "classified"), "ไม่รู้จักค่า"),
    (("--doc-date", "5/3/2569", "--attach", "/no/such/file.pdf"), "ไม่พบแฟ้มแนบ"),
    (("--doc-date", "5/3/2569", "--received-at", "31/4/2569 10:00"), "30 วัน"),
    (("--doc-date", "5/3/2569", "--received-at", "5/3/2569 25:00"), "ชั่วโมง"),
])
def test_bad_input_exits_2_and_creates_nothing(capsys, db, args, fragment):
    code = main(["--db", sqlite_url(db), "receive", "--sender", "ก", "--doc-no", "1",
                 "--subject", "ทดสอบ", *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert fragment in err
    assert not db.exists()  # not even an empty database


def test_bad_input_on_an_existing_database_changes_nothing(capsys, db):
    receive(capsys, db)
    before = db.read_bytes() if not Path(f"{db}-wal").exists() else None
    code = main(["--db", sqlite_url(db), "receive", "--sender", " ", "--doc-no", "1",
                 "--doc-date", "5/3/69", "--subject", "x"])
    assert code == 2
    assert "ผู้ส่ง" in capsys.readouterr().err
    code, rows, _err = run(capsys, "--db", sqlite_url(db), "incoming", "list", "--json")
    assert len(rows) == 1
    if before is not None:
        assert db.read_bytes() == before


def test_english_messages(capsys, db):
    code = main(["--lang", "en", "--db", sqlite_url(db), "receive", "--sender", "a",
                 "--doc-no", "1", "--doc-date", "31/4/2569", "--subject", "b"])
    assert code == 2
    assert "April 2569 has 30 days" in capsys.readouterr().err


def test_list_search_cancel_and_export(capsys, db, tmp_path):
    receive(capsys, db)
    run(capsys, "--db", sqlite_url(db), "receive", "--sender", "อำเภอปาย", "--doc-no",
        "มส 0518/512", "--doc-date", "6/3/2569", "--subject", "รายงานไฟป่า", "--json")
    code, rows, _err = run(capsys, "--db", sqlite_url(db), "incoming", "list", "--search",
                           "มท0810.2/ว1089", "--json")
    assert code == 0 and len(rows) == 1
    assert RECEIVE_KEYS | {"sender", "cancelled"} <= set(rows[0])
    assert rows[0]["sender"] == "กรมส่งเสริมการปกครองท้องถิ่น" and rows[0]["cancelled"] is False
    code, _out, _err = run(capsys, "--db", sqlite_url(db), "incoming", "cancel",
                           str(rows[0]["id"]), "--reason", "ลงซ้ำ")
    assert code == 0
    code, rows, _err = run(capsys, "--db", sqlite_url(db), "incoming", "list", "--year", "2569",
                           "--json")
    assert [(r["receive_no"], r["cancelled"]) for r in rows][-1] == (1, True)
    code, _out, err = run(capsys, "--db", sqlite_url(db), "incoming", "cancel",
                          str(rows[-1]["id"]), "--reason", "อีกครั้ง")
    assert code == 2 and "ยกเลิกไปแล้ว" in err
    code, _out, err = run(capsys, "--db", sqlite_url(db), "incoming", "cancel", "999",
                          "--reason", "x")
    assert code == 2
    target = tmp_path / "register.xlsx"
    code, value, _err = run(capsys, "--db", sqlite_url(db), "incoming", "export", "--year",
                            "2569", "--out", str(target), "--json")
    assert code == 0 and value["rows"] == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A3"].value == 1 and sheet["M3"].value.startswith("ยกเลิก")


@pytest.mark.parametrize("args", [
    ("incoming", "list", "--year", "2026"),
    ("incoming", "export", "--out", "/no/such/dir/x.xlsx"),
    ("incoming", "export", "--out", "register.csv"),
    ("init", "--province", "Atlantis"),
    ("receive", "--sender", "x"),
])
def test_more_bad_input_exits_2(capsys, db, args):
    assert main(["--db", sqlite_url(db), *args]) == 2
    assert capsys.readouterr().err
    assert not db.exists()


def test_an_unreachable_database_exits_1(capsys):
    code = main(["--db", "postgresql://nobody@127.0.0.1:1/none", "incoming", "list"])
    assert code == 1
    assert "เชื่อมต่อ" in capsys.readouterr().err


def test_the_installed_command_end_to_end(tmp_path):
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    saraban = Path(sys.executable).with_name("saraban")
    command = [str(saraban)] if saraban.exists() else [sys.executable, "-m", "desktop_app.cli"]
    init = subprocess.run([*command, "init", "--province", "ภูเก็ต", "--json"], check=False, env=env,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["local_authorities"] == 19
    bad = subprocess.run([*command, "receive", "--sender", "x", "--doc-no", "1", "--doc-date",
                          "29/2/2569", "--subject", "y", "--json"], check=False, env=env,
                         capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and bad.stdout == "" and "28 วัน" in bad.stderr


def test_the_entry_point_knows_every_cli_command():
    import argparse

    from desktop_app.__main__ import CLI_COMMANDS
    from desktop_app.cli import build_parser

    parser = build_parser()
    commands = next(action for action in parser._actions
                    if isinstance(action, argparse._SubParsersAction))
    assert set(commands.choices) == CLI_COMMANDS


def test_python_m_desktop_app_runs_a_cli_command(tmp_path):
    env = {**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "incoming", "list", "--json"],
                          check=False, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


LETTER = {"kind": "stamped", "doc_no": "มส 0023.3/ว 354", "date": "2026-03-12",
          "to": ["อำเภอ ทุกอำเภอ", "เทศบาลเมืองแม่ฮ่องสอน"], "subject": "ทดสอบ",
          "body": ["ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า"], "office": "จังหวัดแม่ฮ่องสอน",
          "digits": "thai"}


def test_letter_render_one_and_many(capsys, tmp_path):
    source = tmp_path / "letter.json"
    source.write_text(json.dumps(LETTER, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "letter.pdf"
    code, value, _err = run(capsys, "letter", "render", str(source), "--out", str(target),
                            "--json")
    assert code == 0 and value == {"pdf": str(target), "pages": 1}
    assert target.read_bytes().startswith(b"%PDF")
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([LETTER, {**LETTER, "kind": "external"}, LETTER],
                                ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    code, value, _err = run(capsys, "letter", "render", str(batch), "--out-dir", str(folder),
                            "--json")
    assert code == 0
    assert [item["pdf"] for item in value] == [str(folder / f"{n}.pdf") for n in (1, 2, 3)]
    assert all((folder / f"{n}.pdf").stat().st_size > 1000 for n in (1, 2, 3))


@pytest.mark.parametrize(("content", "args", "fragment"), [
    ("{not json", ("--out", "x.pdf"), "JSON"),
    ('{"kind": "memo"}', ("--out", "x.pdf"), "kind"),
    ('[{"kind": "stamped"}]', ("--out", "x.pdf"), "--out-dir"),
    ('[{"kind": "stamped"}, {"kind": 5}]', ("--out-dir", "."), "ลำดับที่ 2"),
    ('{"kind": "stamped"}', ("--out", "no/such/dir/x.pdf"), "โฟลเดอร์"),
    ('{"kind": "stamped"}', ("--out", "x.pdf", "--font", "missing.ttf"), "แบบอักษร"),
])
def test_letter_render_refuses_bad_input_and_writes_nothing(capsys, tmp_path, monkeypatch,
                                                           content, args, fragment):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.json").write_text(content, encoding="utf-8")
    assert main(["letter", "render", "in.json", *args]) == 2
    assert fragment in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))
