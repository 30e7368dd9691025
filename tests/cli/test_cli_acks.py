"""The acknowledgement commands as other tools drive them: `ack` (by recipient, by code, from
e-mail), `dashboard`, `remind` and `export`, with their exit codes and JSON shapes."""

from __future__ import annotations

import sqlite3
from email.message import EmailMessage

import pytest
from openpyxl import load_workbook

from desktop_app.domain.ack_codes import format_code
from tests.cli.conftest import receive, run_db, sqlite_counts


@pytest.fixture
def office(capsys, db):  # type: ignore[no-untyped-def]
    code, _value, err = run_db(
        capsys, db, "init", "--province", "แม่ฮ่องสอน", "--prefix", "มส 0023.3", "--json"
    )
    assert code == 0, err
    code, _first, err = receive(capsys, db)
    assert code == 0, err
    code, issued, err = run_db(
        capsys, db, "forward", "1", "--to", "all-districts", "--method", "ไปรษณีย์", "--json"
    )
    assert code == 0, err
    return db, issued


def _codes(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT code, ack_code FROM letter_recipient"))


def test_ack_by_recipient_and_by_code_and_the_dashboard_agrees(capsys, office):
    db, issued = office
    letter = str(issued["letter_id"])
    code, value, err = run_db(
        capsys,
        db,
        "ack",
        letter,
        "--recipient",
        "5801",
        "--by",
        "นายสมชาย",
        "--channel",
        "phone",
        "--json",
    )
    assert code == 0, err
    assert value["recipient"] == "5801" and value["channel"] == "phone"
    assert value["already_acknowledged"] is False and value["outgoing_no"] == issued["outgoing_no"]

    printed = format_code(_codes(db)["5802"]).lower()
    code, value, err = run_db(capsys, db, "ack", "--code", printed, "--json")
    assert code == 0, err
    assert (value["recipient"], value["channel"]) == ("5802", "code")
    code, value, _err = run_db(capsys, db, "ack", "--code", printed, "--json")
    assert code == 0 and value["already_acknowledged"] is True

    code, board, err = run_db(capsys, db, "dashboard", "--json")
    assert code == 0, err
    assert (board["pending"], board["overdue"], board["acknowledged"]) == (5, 0, 2)
    rows = {r["code"]: r for r in board["by_recipient"]}
    assert set(rows) == {"5801", "5802", "5803", "5804", "5805", "5806", "5807"}
    assert rows["5801"]["pending"] == 0 and rows["5803"]["pending"] == 1
    assert {"code", "name", "pending", "overdue"} <= set(rows["5803"])
    assert sum(r["pending"] for r in board["by_recipient"]) == board["pending"]


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["ack", "1"], 2),  # no --recipient
        (["ack", "1", "--recipient", "9999"], 2),  # not a recipient of it
        (["ack", "99", "--recipient", "5801"], 2),  # no such letter
        (["ack", "--code", "NOT-A-CODE"], 2),
        (["ack", "1", "--recipient", "5801", "--at", "31 ก.พ. 2569"], 2),
        (["ack", "1", "--recipient", "5801", "--at", "1 ม.ค. 2580"], 2),  # in the future
        (["ack", "1", "--recipient", "5801", "--channel", "pigeon"], 2),
        (["ack", "import-mail"], 2),
        (["remind", "99"], 2),
        (["dashboard", "--from", "30 ก.พ. 2569"], 2),
        (["export", "outgoing", "--out", "x.txt"], 2),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(capsys, office, args, exit_code):
    db, _issued = office
    before = sqlite_counts(db)
    with sqlite3.connect(db) as conn:
        acked_before = conn.execute(
            "SELECT count(*) FROM letter_recipient WHERE acknowledged_at IS NOT NULL"
        ).fetchone()[0]
    code, _out, err = run_db(capsys, db, *args)
    assert code == exit_code, err
    assert err.startswith("saraban: ") or "usage" in err
    assert sqlite_counts(db) == before
    with sqlite3.connect(db) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM letter_recipient WHERE acknowledged_at IS NOT NULL"
            ).fetchone()[0]
            == acked_before
        )


def test_remind_issues_a_numbered_reminder_to_the_pending_recipients(capsys, office, tmp_path):
    db, issued = office
    letter = str(issued["letter_id"])
    for recipient in ("5801", "5802", "5803"):
        assert run_db(capsys, db, "ack", letter, "--recipient", recipient)[0] == 0
    out = tmp_path / "reminder.pdf"
    code, value, err = run_db(capsys, db, "remind", letter, "--out", str(out), "--json")
    assert code == 0, err
    assert set(value) >= {"letter_id", "outgoing_no", "recipients"}
    assert sorted(value["recipients"]) == ["5804", "5805", "5806", "5807"]
    assert value["letter_id"] != issued["letter_id"]
    assert value["number"] == issued["number"] + 1
    assert value["reminds"] == issued["letter_id"]
    assert out.stat().st_size > 1000
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT reminder_of_id FROM outgoing_letter WHERE id = ?", [value["letter_id"]]
        ).fetchone() == (issued["letter_id"],)
    # The same recipients again the same day: refused (exit 2, no number), unless meant.
    code, _out, err = run_db(capsys, db, "remind", letter)
    assert code == 2 and "วันนี้แล้ว" in err and "--again" in err
    code, again, err = run_db(capsys, db, "remind", letter, "--again", "--json")
    assert code == 0, err
    assert again["number"] == value["number"] + 1
    # The reminder is numbered in the outgoing register and the dashboard does not count it.
    code, board, _err = run_db(capsys, db, "dashboard", "--json")
    assert (board["pending"], board["acknowledged"]) == (4, 3)


def test_import_mail_records_codes_found_in_replies(capsys, office, tmp_path):
    db, issued = office
    codes = _codes(db)
    message = EmailMessage()
    message["From"] = "amphoe@example.go.th"
    message["Subject"] = "=?UTF-8?B?4LiV4Lit4Lia4Lij4Lix4Lia4Lir4LiZ4Lix4LiH4Liq4Li34Lit?="
    message.set_content(f"ได้รับแล้ว รหัส {format_code(codes['5804'])}")
    reply = tmp_path / "reply.eml"
    reply.write_bytes(bytes(message))
    code, value, err = run_db(capsys, db, "ack", "import-mail", str(reply), "--json")
    assert code == 0, err
    assert value["recorded"] == 1
    assert value["messages"][0]["recipient"] == "5804"
    assert value["messages"][0]["subject"] == "ตอบรับหนังสือ"
    garbage = tmp_path / "junk.eml"
    garbage.write_bytes(b"")
    code, _value, _err = run_db(capsys, db, "ack", "import-mail", str(garbage))
    assert code == 2
    assert issued["letter_id"] == 1


def test_export_writes_each_register(capsys, office, tmp_path):
    db, issued = office
    for register in ("incoming", "outgoing", "acks"):
        target = tmp_path / f"{register}.xlsx"
        code, value, err = run_db(
            capsys,
            db,
            "export",
            register,
            "--year",
            str(issued["year"]),
            "--out",
            str(target),
            "--json",
        )
        assert code == 0, err
        assert value["register"] == register
        book = load_workbook(target)
        text = " ".join(
            str(cell)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
        if register != "incoming":
            assert "0023.3" in text or "๐๐๒๓.๓" in text


def test_a_deadline_typed_when_forwarding_wins(capsys, office):
    db, _issued = office
    code, issued, err = run_db(
        capsys, db, "forward", "1", "--to", "5801", "--due", "๓๐ ธ.ค. ๒๕๖๙", "--json"
    )
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT due_date FROM letter_recipient WHERE letter_id = ?", [issued["letter_id"]]
        ).fetchall() == [("2026-12-30",)]
    assert "วันหยุด" not in err
    # ๖ ธ.ค. ๒๕๖๙ is a Sunday: issued as typed, with a warning.
    code, _issued, err = run_db(capsys, db, "forward", "1", "--to", "5802", "--due", "6 ธ.ค. 69")
    assert code == 0 and "วันหยุดราชการ" in err
    before = sqlite_counts(db)
    code, _out, err = run_db(capsys, db, "forward", "1", "--to", "5801", "--due", "1 ม.ค. 2569")
    assert code == 2 and "ก่อนวันนี้" in err
    assert sqlite_counts(db) == before
    # A slip of the year (or a century) is refused too, not tracked for years.
    for slip in ("30/12/2570", "30/12/2669", "๓๐ ธ.ค. ๒๖๖๙"):
        code, _out, err = run_db(capsys, db, "forward", "1", "--to", "5801", "--due", slip)
        assert code == 2 and "เกิน ๑ ปี" in err, (slip, err)
    assert sqlite_counts(db) == before
    code, _out, err = run_db(capsys, db, "forward", "1", "--to", "5801", "--due", "30/11/2570")
    assert code == 0, err  # a year ahead, to the day, is still a deadline


def test_dry_run_only_goes_with_import_mail(capsys, office):
    db, _issued = office
    code_text = format_code(_codes(db)["5801"])
    code, _out, err = run_db(capsys, db, "ack", "--code", code_text, "--dry-run")
    assert code == 2 and "import-mail" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM letter_recipient WHERE acknowledged_at IS NOT NULL"
        ).fetchone() == (0,)


def test_one_unrecordable_reply_never_stops_the_others(capsys, office, tmp_path):
    db, issued = office
    codes = _codes(db)
    paths = []
    for name, recipient, date in (
        ("a.eml", "5801", None),
        ("old.eml", "5802", "Mon, 05 Jan 2026 10:00:00 +0700"),  # before the letter
        ("c.eml", "5803", None),
    ):
        message = EmailMessage()
        message["From"] = "reply@example.go.th"
        message["Subject"] = "ตอบรับ"
        if date:
            message["Date"] = date
        message.set_content(f"รหัส {format_code(codes[recipient])}")
        path = tmp_path / name
        path.write_bytes(bytes(message))
        paths.append(str(path))
    before = sqlite_counts(db)
    code, preview, err = run_db(capsys, db, "ack", "import-mail", *paths, "--dry-run", "--json")
    assert code == 0, err
    assert sqlite_counts(db) == before  # a preview writes nothing
    assert (preview["recorded"], preview["refused"]) == (0, 1)
    shown = {m["source"]: m for m in preview["messages"]}
    assert shown["old.eml"]["would_record"] is False and shown["old.eml"]["problem"]
    assert shown["a.eml"]["would_record"] is True
    code, value, err = run_db(capsys, db, "ack", "import-mail", *paths, "--json")
    assert code == 0, err
    assert (value["recorded"], value["refused"]) == (2, 1)
    by_source = {m["source"]: m for m in value["messages"]}
    assert (
        by_source["old.eml"]["recorded"] is False and "old.eml" in by_source["old.eml"]["problem"]
    )
    assert by_source["a.eml"]["recorded"] and by_source["c.eml"]["recorded"]
    assert issued["letter_id"] == 1


def test_forward_reports_the_codes_and_prints_copies_and_the_delivery_sheet(
    capsys, office, tmp_path
):
    db, issued = office
    code, again, err = run_db(capsys, db, "forward", "1", "--to", "5801", "5802", "--json")
    assert code == 0, err
    stored = _codes(db)
    assert set(again["ack_codes"]) == {"5801", "5802"}
    assert all(text.replace("-", "") in stored.values() for text in again["ack_codes"].values())
    copies = tmp_path / "copies.pdf"
    code, _value, err = run_db(
        capsys, db, "letter", "copies", str(again["letter_id"]), "--out", str(copies), "--json"
    )
    assert code == 0, err
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(copies).pages)
    for printed in again["ack_codes"].values():
        assert printed in text
    sheet = tmp_path / "sheet.pdf"
    code, _value, err = run_db(
        capsys, db, "letter", "delivery-sheet", str(issued["letter_id"]), "--out", str(sheet)
    )
    assert code == 0, err
    assert sheet.stat().st_size > 1000
    code, _value, _err = run_db(
        capsys, db, "letter", "copies", "99", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 2


def _dashboard(capsys, db):  # type: ignore[no-untyped-def]
    code, value, err = run_db(capsys, db, "dashboard", "--json")
    assert code == 0, err
    return value


def test_returned_and_undo_from_the_command_line(capsys, office):
    """ตีกลับ with its reason, and undo, recorded through the same service the GUI uses; a
    recipient typed in Thai digits or by its name is found."""
    db, issued = office
    letter = str(issued["letter_id"])
    before = _dashboard(capsys, db)
    code, value, err = run_db(
        capsys, db, "ack", letter, "--recipient", "๕๘๐๓", "--returned", "ไม่มีผู้รับ", "--json"
    )
    assert code == 0, err
    assert value["recipient"] == "5803" and value["returned_reason"] == "ไม่มีผู้รับ"
    assert value["returned_at"] and value["acknowledged_at"] is None
    after = _dashboard(capsys, db)
    assert after["returned"] == before["returned"] + 1
    # Acknowledged (found by its name, written with the abbreviation), then undone: back to
    # pending; a second undo has nothing to undo.
    code, value, err = run_db(capsys, db, "ack", letter, "--recipient", "อ.แม่สะเรียง", "--json")
    assert code == 0 and value["recipient"] == "5804", err
    code, value, err = run_db(
        capsys, db, "ack", letter, "--recipient", "อำเภอแม่สะเรียง", "--undo", "--json"
    )
    assert code == 0 and value["acknowledged_at"] is None, err
    assert _dashboard(capsys, db)["pending"] == after["pending"]
    counts = sqlite_counts(db)
    code, _value, err = run_db(capsys, db, "ack", letter, "--recipient", "5804", "--undo")
    assert code != 0 and "ยกเลิก" in err and sqlite_counts(db) == counts
    # A reason is required; --returned and --undo do not go together.
    code, _out, err = run_db(capsys, db, "ack", letter, "--recipient", "5805", "--returned", " ")
    assert code == 2 and sqlite_counts(db) == counts
    code, _out, err = run_db(
        capsys, db, "ack", letter, "--recipient", "5805", "--returned", "x", "--undo"
    )
    assert code == 2 and "--undo" in err


def test_a_recipient_not_on_the_letter_says_whom_it_was_sent_to(capsys, office):
    db, issued = office
    code, _out, err = run_db(capsys, db, "ack", str(issued["letter_id"]), "--recipient", "9999")
    assert code != 0 and "ไม่ได้ส่งถึง" in err and "5801" in err


def test_recipient_codes_may_be_typed_in_thai_digits(capsys, office):
    db, _issued = office
    code, value, err = run_db(capsys, db, "forward", "1", "--to", "๕๘๐๑", "๔๕๘๐๑๐๒", "--json")
    assert code == 0, err
    assert value["recipients"] == ["5801", "4580102"]


@pytest.mark.parametrize("register", ["incoming", "outgoing", "acks"])
def test_export_digits_can_be_chosen_on_the_command_line(capsys, office, tmp_path, register):
    db, _issued = office
    texts = {}
    for digits in ("arabic", "thai"):
        target = tmp_path / f"{register}-{digits}.xlsx"
        code, _value, err = run_db(
            capsys, db, "export", register, "--out", str(target), "--digits", digits
        )
        assert code == 0, err
        texts[digits] = " ".join(
            str(cell)
            for sheet in load_workbook(target).worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
    assert "2569" in texts["arabic"] and not any("๐" <= c <= "๙" for c in texts["arabic"])
    assert "๒๕๖๙" in texts["thai"]
    code, _out, err = run_db(
        capsys, db, "export", register, "--out", str(tmp_path / "x.xlsx"), "--digits", "roman"
    )
    assert code == 2 and not (tmp_path / "x.xlsx").exists()
