"""`saraban import incoming|outgoing FILE.xlsx [--json]` and `saraban numbering set|list` as
a contract: exit 0 success, 2 bad input with nothing written, 3 refused permission; --json
prints one summary object (rows imported, first and last numbers, the next number)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import receive, run_db, sqlite_counts
from tests.register_sheets import (
    INCOMING_TITLES,
    OUTGOING_TITLES,
    incoming_file,
    incoming_row,
    outgoing_row,
    write_sheet,
)

SUMMARY_KEYS = {"register", "rows", "imported", "first", "last", "next", "series", "problems"}


@pytest.fixture
def office(capsys, db) -> Path:  # type: ignore[no-untyped-def]
    """A set-up office; the user running the tests is its first user, so its admin."""
    code, _value, err = run_db(capsys, db, "init", "--province", "58", "--prefix", "มส 0023.3")
    assert code == 0, err
    return db


def test_import_incoming_prints_the_summary_and_numbering_continues(capsys, office, tmp_path):
    path = incoming_file(tmp_path / "in.xlsx", 2342, 3)
    code, value, err = run_db(capsys, office, "import", "incoming", str(path), "--json")
    assert (code, err) == (0, "")
    assert isinstance(value, dict) and set(value) >= SUMMARY_KEYS
    assert (value["register"], value["imported"], value["rows"]) == ("incoming", 3, 3)
    assert (value["first"], value["last"], value["next"]) == (2342, 2344, 2345)
    assert value["problems"] == [] and value["dry_run"] is False
    (series,) = value["series"]
    assert series == {
        "series": "incoming",
        "key": "incoming",
        "prefix": None,
        "circular": False,
        "year": 2569,
        "rows": 3,
        "first": 2342,
        "last": 2344,
        "next": 2345,
        "missing": 0,
    }
    code, record, _err = receive(capsys, office, "--received-at", "6/3/2569 16:57")
    assert code == 0 and (record["receive_no"], record["receive_year"]) == (2345, 2569)
    # Without --json: one line per series, in Thai.
    path = incoming_file(tmp_path / "more.xlsx", 1, 2)
    code, text, _err = run_db(capsys, office, "import", "incoming", str(path))
    assert code == 0 and "นำเข้าแล้ว 2 รายการ" in str(text)


def test_bad_rows_exit_2_name_every_row_and_write_nothing(capsys, office, tmp_path):
    path = write_sheet(
        tmp_path / "bad.xlsx",
        INCOMING_TITLES,
        [
            incoming_row(1),
            incoming_row("หนึ่ง"),  # row 4
            incoming_row(3, "31/4/2569"),  # row 5
            incoming_row(4, sender=None),  # row 6
        ],
    )
    before = sqlite_counts(office)
    code, out, err = run_db(capsys, office, "import", "incoming", str(path))
    assert (code, out) == (2, "")
    for row in (4, 5, 6):
        assert f"แถว {row} (" in err
    assert "แถว 3 (" not in err
    assert sqlite_counts(office) == before
    # --json: the summary with each problem, on stdout; still exit 2, still nothing written.
    code, out, err = run_db(
        capsys, office, "--lang", "en", "import", "incoming", str(path), "--json"
    )
    assert code == 2 and "Row 5 (วันที่รับ)" in err
    import json

    value = json.loads(str(out))
    assert value["imported"] == 0 and value["valid"] == 1
    assert [problem["row"] for problem in value["problems"]] == [4, 5, 6]
    assert set(value["problems"][0]) == {"row", "column", "message", "message_en"}
    assert sqlite_counts(office) == before


def test_a_dry_run_checks_and_writes_nothing(capsys, office, tmp_path):
    path = incoming_file(tmp_path / "in.xlsx", 10, 2)
    before = sqlite_counts(office)
    code, value, _err = run_db(
        capsys, office, "import", "incoming", str(path), "--dry-run", "--json"
    )
    assert code == 0 and value["dry_run"] is True
    assert (value["imported"], value["valid"], value["next"]) == (0, 2, 12)
    assert sqlite_counts(office) == before


def test_only_an_admin_imports_exit_3(capsys, office, tmp_path):
    path = incoming_file(tmp_path / "in.xlsx", 1, 2)
    code, out, err = run_db(capsys, office, "--user", "clerk2", "import", "incoming", str(path))
    assert (code, out) == (3, "")
    assert "ผู้ดูแลระบบ" in err
    code, _out, err = run_db(
        capsys, office, "--lang", "en", "--user", "clerk2", "import", "outgoing", str(path)
    )
    assert code == 3 and "administrator" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["import", "incoming", "{missing}"], "ไม่พบแฟ้ม"),
        (["import", "incoming", "{csv}"], "ไม่ใช่แฟ้ม Excel"),
        (["import", "letters", "{good}"], "invalid choice"),
        (["import", "incoming"], "required"),
        (["import", "outgoing", "{good}"], "ทะเบียนหนังสือรับ"),  # the other register's file
    ],
)
def test_bad_arguments_exit_2(capsys, office, tmp_path, args, fragment):
    files = {
        "{missing}": str(tmp_path / "none.xlsx"),
        "{csv}": str(tmp_path / "in.csv"),
        "{good}": str(incoming_file(tmp_path / "good.xlsx", 1, 1)),
    }
    (tmp_path / "in.csv").write_text("a,b\n", encoding="utf-8")
    before = sqlite_counts(office)
    code, out, err = run_db(capsys, office, *[files.get(arg, arg) for arg in args])
    assert (code, out) == (2, "")
    assert fragment in err
    assert sqlite_counts(office) == before


def test_import_before_any_database_exists_creates_none(capsys, db, tmp_path):
    path = incoming_file(tmp_path / "in.xlsx", 1, 1)
    code, _out, err = run_db(capsys, db, "import", "incoming", str(path))
    assert code == 2 and "saraban init" in err
    assert not db.exists()


def test_import_outgoing_by_series(capsys, office, tmp_path):
    path = write_sheet(
        tmp_path / "out.xlsx",
        OUTGOING_TITLES,
        [
            outgoing_row(411, "มส 0023.3/ว 411"),
            outgoing_row(None, "มส ๐๐๒๓.๓/ว ๔๑๒"),
            outgoing_row(57, "มส 0023.3/57"),
        ],
    )
    code, value, err = run_db(capsys, office, "import", "outgoing", str(path), "--json")
    assert (code, err) == (0, "")
    assert value["imported"] == 3
    assert (value["first"], value["last"], value["next"]) == (None, None, None)  # two series
    spans = {(s["circular"], s["first"], s["last"], s["next"]) for s in value["series"]}
    assert spans == {(True, 411, 412, 413), (False, 57, 57, 58)}
    code, states, _err = run_db(capsys, office, "numbering", "list", "--json")
    assert code == 0
    circular = next(s for s in states if s["circular"])
    assert (circular["prefix"], circular["next_number"], circular["in_use"]) == (
        "มส 0023.3",
        413,
        True,
    )


# -- numbering ------------------------------------------------------------------------------------
def test_numbering_set_and_list(capsys, office):
    code, value, err = run_db(
        capsys,
        office,
        "numbering",
        "set",
        "--series",
        "incoming",
        "--year",
        "2569",
        "--next",
        "๒,๓๔๕",
        "--reason",
        "ต่อจากทะเบียนรับเล่มกระดาษ",
        "--json",
    )
    assert (code, err) == (0, "")
    assert (value["series"], value["year"], value["next_number"], value["in_use"]) == (
        "incoming",
        2569,
        2345,
        False,
    )
    assert value["reason"] == "ต่อจากทะเบียนรับเล่มกระดาษ" and value["set_by"]
    code, value, _err = run_db(
        capsys,
        office,
        "numbering",
        "set",
        "--series",
        "outgoing",
        "--prefix",
        "มส 0023.3",
        "--circular",
        "--next",
        "412",
        "--reason",
        "ว",
        "--json",
    )
    assert code == 0 and (value["key"], value["next_number"]) == ("outgoing:มส 0023.3:ว", 412)
    code, states, _err = run_db(capsys, office, "numbering", "list", "--year", "2569", "--json")
    assert code == 0 and isinstance(states, list)
    assert {(s["series"], s["circular"], s["next_number"]) for s in states} == {
        ("incoming", False, 2345),
        ("outgoing", False, 1),
        ("outgoing", True, 412),
    }
    code, record, _err = receive(capsys, office, "--received-at", "6/3/2569 16:57")
    assert record["receive_no"] == 2345


def test_numbering_set_refusals(capsys, office):
    base = ["numbering", "set", "--series", "incoming", "--next", "2345", "--reason", "ต่อ"]
    before = sqlite_counts(office)
    code, out, err = run_db(capsys, office, "--user", "clerk2", *base)
    assert (code, out) == (3, "") and "ผู้ดูแลระบบ" in err
    after = sqlite_counts(office)
    after.pop("user_account"), before.pop("user_account")
    assert after == before
    for args, fragment in (
        (["numbering", "set", "--series", "incoming", "--next", "0", "--reason", "x"], "1 ถึง"),
        (["numbering", "set", "--series", "incoming", "--next", "abc", "--reason", "x"], "ตัวเลข"),
        (["numbering", "set", "--series", "outgoing", "--next", "5", "--reason", "x"], "รหัสหนังสือ"),
        (["numbering", "set", "--series", "incoming", "--next", "5", "--reason", " "], "เหตุผล"),
        (["numbering", "set", "--series", "incoming", "--next", "5"], "required"),
        (
            [
                "numbering",
                "set",
                "--series",
                "incoming",
                "--next",
                "5",
                "--reason",
                "x",
                "--year",
                "2026",
            ],
            "พุทธศักราช",
        ),
    ):
        code, out, err = run_db(capsys, office, *args)
        assert (code, out) == (2, ""), args
        assert fragment in err, (args, err)
    # Once the register is in use: refused, exit 2, with why.
    code, _record, _err = receive(capsys, office)
    assert code == 0
    before = sqlite_counts(office)
    code, out, err = run_db(capsys, office, *base)
    assert (code, out) == (2, "") and "ใช้เลขไปแล้ว" in err
    assert sqlite_counts(office) == before
