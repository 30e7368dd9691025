"""The `saraban` register commands as a contract other tools rely on: JSON shapes and types,
exit 0/1/2, and bad input refused with a message on stderr and nothing written."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import CLI_TIME_REASON, main
from desktop_app.db import engine as engine_module
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.thai_dates import be_year
from tests.cli.conftest import (
    LIST_KEYS,
    RECEIVE_KEYS,
    TESTS_TODAY,
    office_clock,
    receive,
    run,
    run_db,
    sqlite_counts,
)


def _is_iso_datetime(value: object) -> bool:
    return isinstance(value, str) and dt.datetime.fromisoformat(value).isoformat() == value


# -- the JSON each command prints ----------------------------------------------------------
def test_init_prints_the_province_and_its_counts(capsys, db):
    code, value, err = run_db(
        capsys, db, "init", "--province", "Lamphun", "--prefix", "ลพ 0023.3", "--json"
    )
    assert (code, err) == (0, "")
    assert isinstance(value, dict)
    assert {"province", "districts", "local_authorities"} <= set(value)
    assert value["province"] == "ลำพูน"
    assert (value["districts"], value["local_authorities"]) == (8, 58)
    assert all(isinstance(value[key], int) for key in ("districts", "local_authorities"))
    text_code, text, _err = run_db(capsys, db, "init", "--province", "51")
    assert text_code == 0 and "องค์กรปกครองส่วนท้องถิ่น 58 แห่ง" in str(text)


def test_receive_prints_one_record_with_a_be_year_and_iso_dates(capsys, db):
    code, first, err = receive(capsys, db)
    assert (code, err) == (0, "")
    assert isinstance(first, dict) and set(first) >= RECEIVE_KEYS
    assert isinstance(first["id"], int) and first["receive_no"] == 1
    assert _is_iso_datetime(first["received_at"])
    received = dt.datetime.fromisoformat(first["received_at"])
    assert first["receive_year"] == be_year(received.date())  # Buddhist era, e.g. 2569
    assert first["doc_date"] == "2026-03-05"  # ISO, whatever was typed ("๕ มี.ค. ๖๙")
    assert first["doc_no"] == "มท ๐๘๑๐.๒/ว ๑๐๘๙"  # as typed
    assert first["subject"] == "การเผยแพร่องค์ความรู้"
    code, second, _err = receive(capsys, db, "--received-at", "6/3/2569 16:57")
    assert code == 0
    assert second["receive_no"] == (2 if first["receive_year"] == 2569 else 1)
    assert (second["received_at"], second["receive_year"]) == ("2026-03-06T16:57:00", 2569)


def test_thai_urgency_and_secrecy_words_are_stored_as_their_classes(capsys, db):
    for urgency, secrecy in (
        ("ด่วนที่สุด", "ลับ"),
        ("very_urgent", "ลับที่สุด"),
        ("ด่วน", "secret"),
        ("ปกติ", "ปกติ"),
    ):
        code, _value, err = receive(capsys, db, "--urgency", urgency, "--secrecy", secrecy)
        assert code == 0, err
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--json")
    assert code == 0 and isinstance(rows, list)
    assert [(row["urgency"], row["secrecy"]) for row in reversed(rows)] == [
        ("most_urgent", "confidential"),
        ("very_urgent", "top_secret"),
        ("urgent", "secret"),
        ("normal", "normal"),
    ]


def test_a_typed_receive_time_is_recorded_with_a_reason(capsys, db):
    code, record, _err = receive(capsys, db, "--received-at", "2026-03-05T08:30")
    assert code == 0
    code, _own, _err = receive(
        capsys, db, "--received-at", "2026-03-05T09:00", "--reason", "รับจากไปรษณีย์ก่อนเปิดระบบ"
    )
    assert code == 0
    with sqlite3.connect(db) as conn:
        reasons = [
            json.loads(details)["reason"]
            for (details,) in conn.execute(
                "SELECT details FROM audit_event WHERE action = 'incoming.receive' ORDER BY id"
            )
        ]
    conn.close()
    assert reasons == [CLI_TIME_REASON, "รับจากไปรษณีย์ก่อนเปิดระบบ"]
    assert record["received_at"] == "2026-03-05T08:30:00"


def test_list_prints_an_array_newest_first_filtered_by_year_and_search(capsys, db):
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--json")
    assert (code, rows) == (0, [])
    later = dt.datetime(2027, 1, 3, 12, 0)  # the receive times are in the past
    receive(capsys, db, "--received-at", "2026-12-30T10:00", now=later)
    receive(capsys, db, "--received-at", "2027-01-02T10:00", now=later)
    with office_clock(later):
        run_db(
            capsys,
            db,
            "receive",
            "--sender",
            "อำเภอปาย",
            "--doc-no",
            "มส 0518/512",
            "--doc-date",
            "6/3/2569",
            "--subject",
            "รายงานสถานการณ์ไฟป่า",
            "--received-at",
            "2027-01-03T10:00",
            "--json",
        )
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--json")
    assert code == 0 and isinstance(rows, list)
    assert all(set(row) >= LIST_KEYS for row in rows)
    assert [(row["receive_year"], row["receive_no"]) for row in rows] == [
        (2570, 2),
        (2570, 1),
        (2569, 1),
    ]
    assert all(row["cancelled"] is False for row in rows)
    assert rows[0]["sender"] == "อำเภอปาย"
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--year", "2569", "--json")
    assert [(row["receive_year"], row["receive_no"]) for row in rows] == [(2569, 1)]
    code, rows, _err = run_db(
        capsys, db, "incoming", "list", "--search", "มท0810.2/ว1089", "--json"
    )
    assert [row["receive_year"] for row in rows] == [2570, 2569]
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--search", "ไฟป่า", "--json")
    assert [row["sender"] for row in rows] == ["อำเภอปาย"]
    code, rows, _err = run_db(capsys, db, "incoming", "list", "--limit", "1", "--json")
    assert len(rows) == 1
    code, text, _err = run_db(capsys, db, "incoming", "list", "--year", "2570")
    assert code == 0 and "2/2570" in str(text) and "1/2569" not in str(text)


@pytest.mark.usefixtures("arabic_screen")
def test_cancel_show_and_export(capsys, db, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    _code, first, _err = receive(
        capsys, db, "--attach", str(scan), "--received-at", "2026-03-06T16:57"
    )
    receive(capsys, db, "--received-at", "2026-03-06T17:00")
    code, cancelled, _err = run_db(
        capsys, db, "incoming", "cancel", str(first["id"]), "--reason", "ลงรับซ้ำ", "--json"
    )
    assert code == 0 and set(cancelled) >= RECEIVE_KEYS
    assert (cancelled["id"], cancelled["cancelled"], cancelled["cancel_reason"]) == (
        first["id"],
        True,
        "ลงรับซ้ำ",
    )
    code, shown, _err = run_db(capsys, db, "incoming", "show", str(first["id"]), "--json")
    assert code == 0 and shown["cancelled"] is True
    assert [a["filename"] for a in shown["attachments"]] == ["scan.pdf"]
    assert len(shown["attachments"][0]["sha256"]) == 64
    target = tmp_path / "register.xlsx"
    code, value, _err = run_db(
        capsys, db, "incoming", "export", "--year", "2569", "--out", str(target), "--json"
    )
    assert (code, value) == (0, {"out": str(target), "rows": 2})
    sheet = openpyxl.load_workbook(target).active
    assert [sheet["A3"].value, sheet["A4"].value] == [1, 2]  # the year in number order
    assert sheet["B3"].value == "6 มี.ค. 2569"
    assert sheet["M3"].value.startswith("ยกเลิก: ลงรับซ้ำ")


def test_a_possible_duplicate_is_a_warning_on_stderr_not_in_the_json(capsys, db):
    receive(capsys, db)
    code, value, err = run_db(
        capsys,
        db,
        "receive",
        "--sender",
        "กรม",
        "--doc-no",
        "มท0810.2/ว1089",
        "--doc-date",
        "5/3/69",
        "--subject",
        "ซ้ำ",
        "--json",
    )
    assert code == 0 and value["receive_no"] == 2  # stdout still one JSON value
    assert "ซ้ำ" in err and "คำเตือน" in err


def test_the_database_location_comes_from_the_environment(capsys, env, monkeypatch):
    code, _value, _err = run(
        capsys,
        "receive",
        "--sender",
        "ก",
        "--doc-no",
        "1",
        "--doc-date",
        "5/3/69",
        "--subject",
        "ทดสอบ",
        "--json",
    )
    assert code == 0
    assert (env / "data" / "saraban.sqlite3").exists()  # SARABAN_DATA_DIR
    other = env / "elsewhere.sqlite3"
    monkeypatch.setenv("SARABAN_DB_URL", sqlite_url(other))
    code, rows, _err = run(capsys, "incoming", "list", "--json")
    assert (code, rows) == (0, [])
    assert other.exists()
    code, rows, _err = run(
        capsys, "--db", sqlite_url(env / "data" / "saraban.sqlite3"), "incoming", "list", "--json"
    )  # --db wins over the environment
    assert len(rows) == 1


# -- bad input: exit 2, a message, nothing written -----------------------------------------
RECEIVE = ("receive", "--sender", "กรม", "--doc-no", "1", "--subject", "ทดสอบ")
NO_DATABASE = "ยังไม่มีฐานข้อมูล"  # what refers to records cannot be found in no database


def _fragments(fragment: str | tuple[str, str]) -> tuple[str, str]:
    """The message expected (on a database not created yet, on an existing one)."""
    return fragment if isinstance(fragment, tuple) else (fragment, fragment)


BAD_INPUT = [
    pytest.param((*RECEIVE, "--doc-date", "30/2/2569"), "28 วัน", id="impossible-date"),
    pytest.param((*RECEIVE, "--doc-date", "31 เม.ย. 69"), "30 วัน", id="31-april"),
    pytest.param((*RECEIVE, "--doc-date", "5/13/2569"), "เดือนที่ 13", id="month-13"),
    pytest.param((*RECEIVE, "--doc-date", "เมื่อไหร่ก็ได้"), "อ่านวันที่", id="unreadable-date"),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--urgency", "เร็วมาก"), "ไม่รู้จักค่า", id="unknown-urgency"
    ),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--secrecy", "classified"),
        "ไม่รู้จักค่า",
        id="unknown-secrecy",
    ),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--attach", "/no/such/file.pdf"),
        "ไม่พบแฟ้มแนบ",
        id="missing-attachment",
    ),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--received-at", "31/4/2569 10:00"),
        "30 วัน",
        id="impossible-received-at",
    ),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--received-at", "5/3/2569 25:00"),
        "ชั่วโมง",
        id="impossible-time",
    ),
    pytest.param(
        (*RECEIVE, "--doc-date", "5/3/2569", "--work-group", "ไม่มีกลุ่มนี้"),
        (NO_DATABASE, "ไม่พบกลุ่มงาน “ไม่มีกลุ่มนี้”"),
        id="unknown-work-group",
    ),
    pytest.param(
        ("receive", "--sender", " ", "--doc-no", "1", "--doc-date", "5/3/69", "--subject", "x"),
        "ผู้ส่ง",
        id="blank-sender",
    ),
    pytest.param(("receive", "--sender", "x"), "required", id="missing-arguments"),
    pytest.param(("incoming", "list", "--year", "2026"), "พุทธศักราช", id="ce-year"),
    pytest.param(("incoming", "list", "--year", "สองพัน"), "invalid int", id="year-not-a-number"),
    pytest.param(
        ("incoming", "export", "--year", "69", "--out", "x.xlsx"), "พุทธศักราช", id="export-bad-year"
    ),
    pytest.param(
        ("incoming", "export", "--out", "/no/such/dir/x.xlsx"), "โฟลเดอร์", id="export-no-folder"
    ),
    pytest.param(("incoming", "export", "--out", "register.csv"), ".xlsx", id="export-csv"),
    pytest.param(("incoming", "cancel", "1", "--reason", "  "), "เหตุผล", id="blank-reason"),
    pytest.param(
        ("incoming", "cancel", "999", "--reason", "ลงซ้ำ"),
        (NO_DATABASE, "ไม่พบหนังสือรับรหัส 999"),
        id="cancel-unknown",
    ),
    pytest.param(
        ("incoming", "show", "999"), (NO_DATABASE, "ไม่พบหนังสือรับรหัส 999"), id="show-unknown"
    ),
    pytest.param(("init", "--province", "Atlantis"), "ไม่พบจังหวัด", id="wrong-province"),
    pytest.param(("init", "--province", "58", "--email", "no-at-sign"), "อีเมล", id="bad-email"),
    pytest.param(
        ("init", "--province", "58", "--office-name", "  "), "ชื่อสำนักงาน", id="blank-office-name"
    ),
    pytest.param(("--db", "mysql://u@h/x", "incoming", "list"), "SQLite", id="unsupported-db"),
    pytest.param(("frobnicate",), "invalid choice", id="unknown-command"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_INPUT)
def test_bad_input_exits_2_and_creates_no_database(capsys, env, args, fragment):
    """On a machine where the database does not exist yet, not even the file appears."""
    code = main([*list(args), "--json"] if args[0] != "frobnicate" else list(args))
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert _fragments(fragment)[0] in err and err.startswith(("saraban: ", "usage: "))
    assert not (env / "data").exists()  # no database, no attachment store, no backups


@pytest.fixture(scope="module")
def office_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A set-up office database with one document, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("office")
    path = folder / "office.sqlite3"
    with pytest.MonkeyPatch.context() as patch, office_clock(TESTS_TODAY):
        patch.setenv("SARABAN_DATA_DIR", str(folder / "data"))
        patch.delenv("SARABAN_DB_URL", raising=False)
        assert main(["--db", sqlite_url(path), "init", "--province", "58", "--json"]) == 0
        assert (
            main(
                [
                    "--db",
                    sqlite_url(path),
                    "receive",
                    "--sender",
                    "กรม",
                    "--doc-no",
                    "1",
                    "--doc-date",
                    "5/3/69",
                    "--subject",
                    "ทดสอบ",
                    "--json",
                ]
            )
            == 0
        )
    return path


@pytest.mark.parametrize(("args", "fragment"), BAD_INPUT)
def test_bad_input_on_an_existing_database_changes_nothing(capsys, db, office_file, args, fragment):
    shutil.copyfile(office_file, db)
    before = sqlite_counts(db)
    assert before["organisation"] > 50 and before["incoming_document"] == 1
    code = main(list(args)) if args[0] == "--db" else main(["--db", sqlite_url(db), *args])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and _fragments(fragment)[1] in err
    assert sqlite_counts(db) == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("incoming", "cancel", "{id}", "--reason", "อีกครั้ง"), "ยกเลิกไปแล้ว"),
        (("init", "--province", "ลำพูน"), "เปลี่ยนจังหวัดไม่ได้"),
    ],
)
def test_actions_that_contradict_the_records_exit_2_and_change_nothing(capsys, db, args, fragment):
    run_db(capsys, db, "init", "--province", "58")
    _code, record, _err = receive(capsys, db)
    run_db(capsys, db, "incoming", "cancel", str(record["id"]), "--reason", "ลงซ้ำ")
    before = sqlite_counts(db)
    code, out, err = run_db(capsys, db, *[a.format(id=record["id"]) for a in args])
    assert (code, out) == (2, "") and fragment in err
    assert sqlite_counts(db) == before


def test_messages_follow_the_language(capsys, db, monkeypatch):
    args = [
        "--db",
        sqlite_url(db),
        "receive",
        "--sender",
        "a",
        "--doc-no",
        "1",
        "--doc-date",
        "31/4/2569",
        "--subject",
        "b",
    ]
    assert main(["--lang", "en", *args]) == 2
    assert "April 2569 has 30 days" in capsys.readouterr().err
    monkeypatch.setenv("SARABAN_LANG", "en")
    assert main(args) == 2
    assert "April 2569 has 30 days" in capsys.readouterr().err
    assert main(["--lang", "th", *args]) == 2
    assert "เดือนเมษายน 2569 มี 30 วัน" in capsys.readouterr().err


# -- other failures: exit 1 ----------------------------------------------------------------
def test_an_unreachable_database_exits_1(capsys):
    code = main(["--db", "postgresql://nobody@127.0.0.1:1/none", "incoming", "list", "--json"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert "เชื่อมต่อ" in err


def test_a_locked_database_exits_1_and_asks_to_retry(capsys, db, monkeypatch):
    receive(capsys, db)
    before = sqlite_counts(db)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(db, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")  # another clerk's save in progress
    try:
        code, out, err = receive(capsys, db)
    finally:
        blocker.rollback()
        blocker.close()
    assert (code, out) == (1, "")
    assert "ลองบันทึกอีกครั้ง" in err
    assert sqlite_counts(db) == before


def test_a_database_from_a_newer_program_exits_1(capsys, db):
    receive(capsys, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.close()
    code, out, err = run_db(capsys, db, "incoming", "list", "--json")
    assert (code, out) == (1, "")
    assert "ใหม่กว่า" in err


def test_a_bug_exits_1_saying_so(capsys, db, monkeypatch):
    from desktop_app.services.incoming import IncomingRegister

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(IncomingRegister, "list_rows", broken)
    code, out, err = run_db(capsys, db, "incoming", "list", "--json")
    assert (code, out) == (1, "")
    assert "internal error" in err and "ZeroDivisionError" in err


# -- the same commands on PostgreSQL -------------------------------------------------------
@pytest.mark.postgres
def test_the_commands_on_postgresql(capsys, env, pg_url, tmp_path):
    code, value, _err = run(capsys, "--db", pg_url, "init", "--province", "ภูเก็ต", "--json")
    assert (code, value["districts"], value["local_authorities"]) == (0, 3, 19)
    code, first, _err = run(
        capsys,
        "--db",
        pg_url,
        "receive",
        "--sender",
        "อำเภอถลาง",
        "--doc-no",
        "ภก 0518/1",
        "--doc-date",
        "๕ มี.ค. ๖๙",
        "--subject",
        "รายงานผลการดำเนินงาน",
        "--urgency",
        "ด่วนมาก",
        "--json",
    )
    assert code == 0 and first["receive_no"] == 1 and set(first) >= RECEIVE_KEYS
    code, rows, _err = run(
        capsys, "--db", pg_url, "incoming", "list", "--search", "ภก0518/๑", "--json"
    )
    assert code == 0 and [row["id"] for row in rows] == [first["id"]]
    assert rows[0]["urgency"] == "very_urgent"
    code, cancelled, _err = run(
        capsys,
        "--db",
        pg_url,
        "incoming",
        "cancel",
        str(first["id"]),
        "--reason",
        "ทดสอบ",
        "--json",
    )
    assert code == 0 and cancelled["cancelled"] is True
    code, value, _err = run(
        capsys, "--db", pg_url, "incoming", "export", "--out", str(tmp_path / "pg.xlsx"), "--json"
    )
    assert (code, value["rows"]) == (0, 1)
    code, _out, err = run(
        capsys, "--db", pg_url, "incoming", "cancel", str(first["id"]), "--reason", "อีกครั้ง"
    )
    assert code == 2 and "ยกเลิกไปแล้ว" in err
    assert not (env / "data" / "saraban.sqlite3").exists()  # the PostgreSQL run used no file
