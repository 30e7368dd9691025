"""The register's checks on what is typed (issue 9, items 2, 3 and 5), on SQLite and PostgreSQL:
plausible dates, document numbers without their label compared by one form, text cleaned and
limited before the write transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import IncomingDocument, NumberCounter
from desktop_app.domain.doc_numbers import doc_no_fold
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import IncomingEdit, IncomingInput, UnconfirmedDates
from tests.conftest import row_counts

NOW = dt.datetime(2026, 11, 29, 10, 0)  # 29 พ.ย. 2569


def doc(**overrides) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "มท 0810.2/ว 1089",
        "doc_date": dt.date(2026, 11, 20),
        "subject": "การประชุมสัมมนาทางวิชาการ",
    }
    values.update(overrides)
    return IncomingInput(**values)


@pytest.fixture
def register(context, clock):  # type: ignore[no-untyped-def]
    clock.now = NOW
    return context.incoming


def _counters(context) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    with context.db.read() as session:
        return [(c.year, c.last_number) for c in session.scalars(select(NumberCounter))]


# -- item 2: plausible dates ------------------------------------------------------------------
def test_a_receive_time_in_the_future_is_refused_and_opens_no_year(context, register):
    before = row_counts(context.db)
    for reason in ("", "ลงรับล่วงหน้า"):
        with pytest.raises(InvalidInput) as caught:
            register.receive(
                doc(received_at=dt.datetime(2596 - 543, 11, 29, 10, 0), received_at_reason=reason),
                context.actor,
            )
        assert caught.value.field == "received_at"
        assert "2596" in caught.value.message_th and "ยังมาไม่ถึง" in caught.value.message_th
    assert row_counts(context.db) == before
    assert _counters(context) == []  # no receive number 1 of 2596
    # Within the clock skew (another workstation's clock a few minutes ahead): accepted.
    ahead = register.receive(doc(received_at=NOW + dt.timedelta(minutes=9)), context.actor)
    assert ahead.receive_label == "1/2569"
    with pytest.raises(InvalidInput):
        register.receive(doc(received_at=NOW + dt.timedelta(minutes=11)), context.actor)


@pytest.mark.parametrize(
    ("doc_date", "kind", "said_th"),
    [
        (dt.date(2026, 11, 30), "after_receipt", "หลังวันที่รับ"),
        (dt.date(2053, 11, 29), "after_receipt", "หลังวันที่รับ"),  # 2596 for 2569
        (dt.date(2025, 11, 28), "long_before", "เกิน 1 ปี"),
        (dt.date(1983, 3, 5), "long_before", "เกิน 1 ปี"),  # "26" read as BE 2526
    ],
)
def test_an_implausible_letter_date_is_flagged_until_confirmed(
    context, register, doc_date, kind, said_th
):
    before = row_counts(context.db)
    with pytest.raises(UnconfirmedDates) as caught:
        register.receive(doc(doc_date=doc_date), context.actor)
    assert caught.value.field == "confirm_dates"
    assert [w.kind for w in caught.value.warnings] == [kind]
    assert said_th in caught.value.message_th
    assert row_counts(context.db) == before
    record = register.receive(doc(doc_date=doc_date, confirm_dates=True), context.actor)
    assert record.doc_date == doc_date


def test_plausible_letter_dates_need_no_confirmation(context, register):
    for doc_date in (dt.date(2026, 11, 29), dt.date(2025, 11, 29), dt.date(2026, 3, 5)):
        assert register.receive(doc(doc_date=doc_date), context.actor).doc_date == doc_date
    # A letter received yesterday and registered today is judged by its receive date.
    late = register.receive(
        doc(
            doc_date=dt.date(2026, 11, 28),
            received_at=dt.datetime(2026, 11, 28, 16, 0),
            received_at_reason="รับหลังเวลาราชการ",
        ),
        context.actor,
    )
    assert late.doc_date == dt.date(2026, 11, 28)


def test_an_edit_is_held_to_the_same_date_rules(context, register, clock):
    record = register.receive(doc(), context.actor)
    with pytest.raises(UnconfirmedDates):
        register.update(record.id, IncomingEdit(doc_date=dt.date(2026, 12, 5)), context.actor)
    with pytest.raises(InvalidInput) as caught:
        register.update(
            record.id,
            IncomingEdit(received_at=dt.datetime(2026, 11, 29, 12, 0), received_at_reason="แก้"),
            context.actor,
        )
    assert caught.value.field == "received_at"
    assert register.get(record.id).doc_date == dt.date(2026, 11, 20)
    changed = register.update(
        record.id, IncomingEdit(doc_date=dt.date(2026, 12, 5), confirm_dates=True), context.actor
    )
    assert changed.doc_date == dt.date(2026, 12, 5)
    # Edits that leave the dates alone are not asked about them again.
    clock.now = NOW + dt.timedelta(days=1)
    kept = register.update(
        record.id, IncomingEdit(subject="แก้เรื่อง", doc_date=dt.date(2026, 12, 5)), context.actor
    )
    assert kept.subject == "แก้เรื่อง"


# -- item 3: the number's label ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ที่ มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("ที่มท ๐๘๑๐.๒/ว ๑๐๘๙", "มท ๐๘๑๐.๒/ว ๑๐๘๙"),
        ("ที่: มท.0810.2/ว.1089", "มท.0810.2/ว.1089"),
        ("เลขที่ มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("No. มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
    ],
)
def test_a_labelled_number_is_stored_without_its_label_and_equals_the_plain_one(
    context, register, typed, stored
):
    plain = register.receive(doc(doc_no="มท0810.2/ว1089"), context.actor)
    labelled = register.receive(doc(doc_no=typed), context.actor)
    assert labelled.doc_no == stored
    assert labelled.possible_duplicates == (plain.id,)
    assert [row.id for row in register.find_duplicates(typed, exclude_id=labelled.id)] == [plain.id]
    assert [row.id for row in register.find_duplicates("มท 0810.2/ว 1089")] == [
        labelled.id,
        plain.id,
    ]
    with context.db.read() as session:
        folds = set(session.scalars(select(IncomingDocument.doc_no_fold)))
    assert folds == {doc_no_fold("มท 0810.2/ว 1089")} == {"มท0810.2/ว1089"}


def test_an_edit_drops_the_label_too(context, register):
    record = register.receive(doc(doc_no="มท 1/ว 2"), context.actor)
    edited = register.update(record.id, IncomingEdit(doc_no="ที่ มส 0017.2/ว 123"), context.actor)
    assert edited.doc_no == "มส 0017.2/ว 123"


# -- item 5: text cleaned and limited ---------------------------------------------------------
def test_a_100_kb_subject_is_refused_before_any_write(context, register, monkeypatch):
    before = row_counts(context.db)
    record = register.receive(doc(), context.actor)
    after_one = row_counts(context.db)
    assert after_one != before

    def no_write():  # type: ignore[no-untyped-def]
        raise AssertionError("the write transaction was opened for refused input")

    monkeypatch.setattr(context.db, "write", no_write)
    huge = "ก" * 100_000
    with pytest.raises(InvalidInput) as caught:
        register.receive(doc(subject=huge), context.actor)
    assert caught.value.field == "subject" and "เรื่อง" in caught.value.message_th
    assert "1,000" in caught.value.message_th and "subject" in caught.value.message_en.lower()
    with pytest.raises(InvalidInput) as caught:
        register.update(record.id, IncomingEdit(subject=huge), context.actor)
    assert caught.value.field == "subject"
    for field, limit in (("sender", 300), ("to_text", 300), ("doc_no", 100), ("remarks", 2000)):
        with pytest.raises(InvalidInput) as caught:
            register.receive(doc(**{field: "ข" * (limit + 1)}), context.actor)
        assert caught.value.field == field and f"{limit:,}" in caught.value.message_th
    monkeypatch.undo()
    assert row_counts(context.db) == after_one


def test_control_characters_are_removed_on_both_databases(context, register):
    record = register.receive(
        doc(
            sender="อำเภอ\x00ปาย",
            doc_no="มท\x1b 0810.2/ว 1089",
            subject="ขอเชิญ\x00ประชุม\u202e\x07",
            to_text="ผู้ว่าราชการจังหวัด\x85ทุกจังหวัด",
            remarks="บรรทัดแรก\r\nบรรทัดสอง\x0c",
            action_taken="แจ้งเวียน\x1f",
        ),
        context.actor,
    )
    assert record.sender == "อำเภอ ปาย"
    assert record.doc_no == "มท 0810.2/ว 1089"
    assert record.subject == "ขอเชิญ ประชุม"
    assert record.to_text == "ผู้ว่าราชการจังหวัด ทุกจังหวัด"
    assert record.remarks == "บรรทัดแรก\nบรรทัดสอง"
    assert record.action_taken == "แจ้งเวียน"
    assert register.get(record.id) == record
    edited = register.update(record.id, IncomingEdit(subject="แก้\x00ไข\x1b"), context.actor)
    assert edited.subject == "แก้ ไข"
    with pytest.raises(InvalidInput) as caught:
        register.receive(doc(subject="\x00\x07 \x1b"), context.actor)
    assert caught.value.field == "subject"  # nothing but control characters: empty
