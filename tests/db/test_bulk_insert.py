"""Bulk inserts (db/bulk.py) store exactly what an ORM insert stores, feed the search index
through its triggers, and run across statement boundaries (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db import bulk, incoming_reads
from desktop_app.db.engine import Database, make_engine
from desktop_app.db.migrate import ensure_schema
from desktop_app.db.models import IncomingDocument, OutgoingLetter, User
from desktop_app.domain.incoming import IncomingFilter


@pytest.fixture
def database(db_url):  # type: ignore[no-untyped-def]
    db = Database(make_engine(db_url))
    ensure_schema(db, None)
    with db.write() as session:
        session.add(User(id=1, username="admin", display_name="admin", role="admin"))
    yield db
    db.dispose()


def document(number: int) -> dict[str, object]:
    return {
        "receive_year": 2569,
        "receive_no": number,
        "received_at": dt.datetime(2026, 3, 6, 16, 57, number % 60),
        "received_at_reason": "",
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": f"มท 0810.2/ว {number}",
        "doc_no_fold": f"มท0810.2/ว{number}",
        "doc_date": dt.date(2026, 3, 5),
        "to_text": "",
        "subject": f"ขอเชิญประชุมเรื่องที่ {number}" + (" ไฟป่า" if number == 777 else ""),
        "urgency": "normal",
        "secrecy": "normal",
        "action_taken": "",
        "remarks": "",
        "cancelled": number == 3,
        "cancel_reason": "ลงซ้ำ" if number == 3 else "",
        "search_text": f"{number}/2569|ขอเชิญประชุมเรื่องที่ {number}"
        + (" ไฟป่า" if number == 777 else ""),
        "sender_sort": "",
        "subject_sort": "",
        "created_at": dt.datetime(2026, 3, 6, 10, 0, 0, 123456),
        "created_by": 1,
    }


def test_rows_are_stored_as_the_orm_stores_them_and_found_by_search(database, monkeypatch):
    monkeypatch.setattr(bulk, "ROWS_PER_STATEMENT", 100)  # several statements and a remainder
    rows = [document(number) for number in range(1, 1204)]
    with database.write() as session:
        bulk.insert_rows(session, IncomingDocument.__table__, rows[1:])  # type: ignore[arg-type]
        session.add(IncomingDocument(**rows[0]))  # the ORM's way, for comparison
    with database.read() as session:
        stored = session.scalars(
            select(IncomingDocument).order_by(IncomingDocument.receive_no)
        ).all()
    assert len(stored) == 1203
    for row, values in zip(stored, rows, strict=True):
        assert {name: getattr(row, name) for name in values} == values
    with database.reading() as reader:  # the plain DB-API reads parse the bulk rows alike
        first, second = (
            reader.row(
                "SELECT received_at, doc_date, created_at, cancelled FROM incoming_document "
                "WHERE receive_no = ?",
                [n],
            )
            for n in (1, 2)
        )
        assert type(first[0]) is type(second[0]) and len(str(first[0])) == len(str(second[0]))
        ids = incoming_reads.incoming_ids(reader, IncomingFilter(search="ไฟป่า"))
    assert len(ids) == 1


def test_json_and_booleans_go_through_the_column_types(database):
    row = {
        "series_key": "outgoing:มส 0023.3:ว",
        "prefix": "มส 0023.3",
        "circular": True,
        "year": 2569,
        "number": 412,
        "doc_no": "มส 0023.3/ว 412",
        "kind": "stamped",
        "letter_date": dt.date(2026, 3, 2),
        "issued_at": dt.datetime(2026, 3, 2),
        "subject": "ส่งสำเนา",
        "to_text": "",
        "sending_method": "",
        "urgency": "normal",
        "secrecy": "normal",
        "pdf_sha256": "",
        "remarks": "",
        "cancelled": False,
        "cancel_reason": "",
        "content": {"imported": {"file": "ทะเบียน.xlsx", "row": 5}},
        "encloses_incoming_pdf": False,
        "created_by": 1,
        "created_at": dt.datetime(2026, 3, 6),
    }
    with database.write() as session:
        bulk.insert_rows(session, OutgoingLetter.__table__, [row])  # type: ignore[arg-type]
        bulk.insert_rows(session, OutgoingLetter.__table__, [])  # nothing: no statement
    with database.read() as session:
        letter = session.scalars(select(OutgoingLetter)).one()
    assert letter.content == {"imported": {"file": "ทะเบียน.xlsx", "row": 5}}
    assert (letter.circular, letter.encloses_incoming_pdf, letter.cancelled) == (True, False, False)
