"""`saraban receive` applies the register's rules before opening the database (issue 9, items
1, 2, 3 and 5): a two-digit year that can be read two ways, a receive time in the future, a
letter dated after its receipt or long before it (unless --confirm-dates), a document number
typed with its label, text with control characters or far too long."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import office_clock, run_db, sqlite_counts

NOW = dt.datetime(2026, 11, 29, 10, 0)  # 29 พ.ย. 2569


def receive_at(capsys, db: Path, now: dt.datetime, **given: str) -> tuple[int, object, str]:  # type: ignore[no-untyped-def]
    values = {
        "--sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "--doc-no": "มท 0810.2/ว 1089",
        "--doc-date": "20/11/2569",
        "--subject": "การประชุมสัมมนา",
    }
    flags = [key for key, value in given.items() if value == ""]
    values.update({key: value for key, value in given.items() if value != ""})
    args = [part for pair in values.items() for part in pair]
    with office_clock(now):
        return run_db(capsys, db, "receive", *args, *flags, "--json")


def _stored(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT doc_no, doc_no_fold, subject FROM incoming_document ORDER BY id"
        ).fetchall()
    conn.close()
    return rows


# -- item 1: a two-digit year read two ways -------------------------------------------------
def test_an_ambiguous_two_digit_year_exits_2_naming_both_readings(capsys, env, db):
    code, out, err = receive_at(capsys, db, NOW, **{"--doc-date": "5/3/26"})
    assert (code, out) == (2, "")
    assert "--doc-date" in err and "2569" in err and "2526" in err and "ค.ศ. 2026" in err
    assert not db.exists() and not (env / "data").exists()  # nothing created

    code, record, err = receive_at(capsys, db, NOW, **{"--doc-date": "5/3/2569"})
    assert code == 0, err
    assert record["doc_date"] == "2026-03-05"
    code, record, err = receive_at(capsys, db, NOW, **{"--doc-date": "5 มี.ค. ค.ศ. 26"})
    assert code == 0 and record["doc_date"] == "2026-03-05", err
    code, record, err = receive_at(capsys, db, NOW, **{"--doc-date": "ลว. 20 พ.ย. 69"})
    assert code == 0 and record["doc_date"] == "2026-11-20", err  # BE 2569: no doubt


def test_an_ambiguous_year_in_the_receive_time_exits_2(capsys, db):
    code, _out, err = receive_at(capsys, db, NOW, **{"--received-at": "25/11/26 09:00"})
    assert code == 2 and "--received-at" in err and "2526" in err
    assert not db.exists()


# -- item 2: plausible dates ------------------------------------------------------------------
def test_a_receive_time_in_the_future_is_refused_even_with_a_reason(capsys, db):
    code, _out, err = receive_at(
        capsys, db, NOW, **{"--received-at": "29/11/2596 10:00", "--reason": "ลงรับย้อนหลัง"}
    )
    assert code == 2 and "2596" in err and "ยังมาไม่ถึง" in err
    assert not db.exists()  # no receive number 1 of 2596
    # A few minutes ahead (another computer's clock) is no fault.
    code, record, err = receive_at(capsys, db, NOW, **{"--received-at": "29/11/2569 10:05"})
    assert code == 0 and record["receive_year"] == 2569, err


@pytest.mark.parametrize(
    ("doc_date", "said"),
    [
        ("30/11/2569", "หลังวันที่รับ"),  # dated after its receipt (the next day)
        ("28/11/2568", "เกิน 1 ปี"),  # more than a year before
        ("29/11/2596", "หลังวันที่รับ"),  # the 2596-for-2569 slip in the letter's date
    ],
)
def test_an_implausible_letter_date_needs_confirm_dates(capsys, db, doc_date, said):
    code, _out, err = receive_at(capsys, db, NOW, **{"--doc-date": doc_date})
    assert code == 2 and said in err and "--confirm-dates" in err
    assert not db.exists()
    confirmed = {"--doc-date": doc_date, "--confirm-dates": ""}
    code, record, err = receive_at(capsys, db, NOW, **confirmed)
    assert code == 0, err
    assert record["receive_no"] == 1


def test_a_letter_of_a_year_ago_to_the_day_passes(capsys, db):
    code, _record, err = receive_at(capsys, db, NOW, **{"--doc-date": "29/11/2568"})
    assert code == 0, err


# -- item 3: the document number's label -------------------------------------------------------
def test_a_document_number_typed_with_its_label_is_stored_without_it(capsys, db):
    code, first, err = receive_at(capsys, db, NOW, **{"--doc-no": "ที่ มท 0810.2/ว 1089"})
    assert code == 0, err
    assert first["doc_no"] == "มท 0810.2/ว 1089"
    code, second, err = receive_at(capsys, db, NOW, **{"--doc-no": "มท ๐๘๑๐.๒/ว ๑๐๘๙"})
    assert code == 0 and second["receive_no"] == 2
    assert "คำเตือน" in err and "1/2569" in err  # the same number, seen as such
    assert [row[:2] for row in _stored(db)] == [
        ("มท 0810.2/ว 1089", "มท0810.2/ว1089"),
        ("มท ๐๘๑๐.๒/ว ๑๐๘๙", "มท0810.2/ว1089"),
    ]


# -- item 5: text cleaned, lengths limited --------------------------------------------------
def test_a_100_kb_subject_exits_2_naming_the_field_and_creates_nothing(capsys, env, db):
    code, out, err = receive_at(capsys, db, NOW, **{"--subject": "ก" * 100_000})
    assert (code, out) == (2, "")
    assert "เรื่อง" in err and "1,000" in err
    assert not db.exists()


def test_control_characters_are_removed_from_what_is_stored(capsys, db):
    code, record, err = receive_at(
        capsys, db, NOW, **{"--subject": "ขอเชิญ\x1bประชุม\x07", "--sender": "อำเภอ\x0bปาย"}
    )
    assert code == 0, err
    assert record["subject"] == "ขอเชิญ ประชุม" and record["sender"] == "อำเภอ ปาย"
    assert sqlite_counts(db)["incoming_document"] == 1
