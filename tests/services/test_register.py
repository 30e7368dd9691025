"""The incoming register service, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, IncomingDocument
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.services.register import (
    IncomingEdit,
    IncomingInput,
    RegisterFilter,
    RegisterSort,
)
from desktop_app.services.settings import WorkGroupInfo


def doc(**overrides) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "doc_date": dt.date(2026, 3, 5),
        "subject": "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    }
    values.update(overrides)
    return IncomingInput(**values)


def test_receive_allocates_the_next_number_of_the_year_and_stamps_the_clock(context, clock):
    first = context.register.receive(doc(), context.actor)
    clock.now = dt.datetime(2026, 3, 6, 17, 5)
    second = context.register.receive(doc(doc_no="มท 0810.2/ว 1100"), context.actor)
    assert (first.receive_year, first.receive_no) == (2569, 1)
    assert (second.receive_year, second.receive_no) == (2569, 2)
    assert first.received_at == dt.datetime(2026, 3, 6, 16, 57)
    assert second.received_at == dt.datetime(2026, 3, 6, 17, 5)
    assert first.created_by == "clerk1"


def test_year_rollover_restarts_the_numbers_and_the_receive_date_decides(context, clock):
    clock.now = dt.datetime(2026, 12, 31, 23, 59)
    last_of_2569 = context.register.receive(doc(), context.actor)
    clock.now = dt.datetime(2027, 1, 1, 0, 0)
    first_of_2570 = context.register.receive(doc(), context.actor)
    # A letter received on 31 Dec but registered on 2 Jan belongs to the old year.
    clock.now = dt.datetime(2027, 1, 2, 8, 30)
    late = context.register.receive(
        doc(received_at=dt.datetime(2026, 12, 31, 16, 0), received_at_reason="รับวันสิ้นปี"),
        context.actor)
    assert (last_of_2569.receive_year, last_of_2569.receive_no) == (2569, 1)
    assert (first_of_2570.receive_year, first_of_2570.receive_no) == (2570, 1)
    assert (late.receive_year, late.receive_no) == (2569, 2)


def test_a_failed_save_does_not_use_up_a_number(context, tmp_path):
    context.register.receive(doc(), context.actor)
    with pytest.raises(InvalidInput):
        context.register.receive(doc(work_group_id=999), context.actor)
    with pytest.raises(InvalidInput):
        context.register.receive(doc(attachments=[tmp_path / "missing.pdf"]), context.actor)
    assert context.register.receive(doc(), context.actor).receive_no == 2


def test_a_typed_receive_time_needs_a_reason_and_is_audited(context, clock):
    with pytest.raises(InvalidInput) as caught:
        context.register.receive(doc(received_at=dt.datetime(2026, 3, 5, 9, 0)), context.actor)
    assert caught.value.field == "received_at_reason"
    record = context.register.receive(
        doc(received_at=dt.datetime(2026, 3, 5, 9, 0), received_at_reason="รับทางไปรษณีย์เมื่อวาน"),
        context.actor)
    assert record.received_at_reason == "รับทางไปรษณีย์เมื่อวาน"
    with context.db.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "incoming.receive")).one()
    assert event.user_id == context.actor.id
    assert event.details["reason"] == "รับทางไปรษณีย์เมื่อวาน"
    assert event.details["received_at"] == "2026-03-05T09:00:00"
    assert event.details["clock"] == "2026-03-06T16:57:00"


def test_required_fields_are_refused_naming_the_field(context):
    for field, value in (("sender", "  "), ("subject", "")):
        with pytest.raises(InvalidInput) as caught:
            context.register.receive(doc(**{field: value}), context.actor)
        assert caught.value.field == field
    assert context.register.count(RegisterFilter()) == 0


def test_search_treats_thai_and_arabic_digits_and_spacing_alike(context):
    target = context.register.receive(doc(), context.actor)
    context.register.receive(doc(doc_no="มท 0810.3/ว 2000", subject="เรื่องอื่น"), context.actor)
    for query in ("มท0810.2/ว1089", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "0810.2/ว1089", "ว 1089"):
        assert list(context.register.ids(RegisterFilter(search=query))) == [target.id], query


def test_search_finds_thai_substrings_short_terms_and_all_terms(context):
    a = context.register.receive(doc(subject="โครงการโรงเรียนผู้สูงอายุ", remarks="ส่งต่ออำเภอ"),
                                 context.actor)
    b = context.register.receive(doc(subject="การจ้างงานผู้สูงอายุ", doc_no="ลต 0301/45"),
                                 context.actor)
    context.register.receive(doc(subject="งบประมาณรายจ่าย", doc_no="ลต 0301/46"), context.actor)
    assert set(context.register.ids(RegisterFilter(search="สูงอายุ"))) == {a.id, b.id}
    assert list(context.register.ids(RegisterFilter(search="สูงอายุ โรงเรียน"))) == [a.id]
    assert list(context.register.ids(RegisterFilter(search="ส่งต่อ"))) == [a.id]  # remarks
    assert list(context.register.ids(RegisterFilter(search="45"))) == [b.id]  # two characters
    assert list(context.register.ids(RegisterFilter(search="ไม่มีคำนี้"))) == []


def test_search_sees_edits(context):
    record = context.register.receive(doc(subject="เรื่องเดิม"), context.actor)
    context.register.update(record.id, IncomingEdit(subject="แจ้งกำหนดการฝึกอบรม"),
                            context.actor)
    assert list(context.register.ids(RegisterFilter(search="ฝึกอบรม"))) == [record.id]
    assert list(context.register.ids(RegisterFilter(search="เรื่องเดิม"))) == []


def test_filters(context, clock):
    group = context.settings.save_work_group(WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "มส 0023.2"),
                                             context.actor)
    urgent = context.register.receive(doc(urgency=Urgency.URGENT), context.actor)
    secret = context.register.receive(doc(secrecy=Secrecy.SECRET, work_group_id=group.id),
                                      context.actor)
    clock.now = dt.datetime(2026, 4, 1, 9, 0)
    april = context.register.receive(doc(), context.actor)
    context.register.cancel(april.id, "ลงซ้ำ", context.actor)
    clock.now = dt.datetime(2027, 1, 5, 9, 0)
    next_year = context.register.receive(doc(), context.actor)

    def ids(**kw):  # type: ignore[no-untyped-def]
        return set(context.register.ids(RegisterFilter(**kw)))

    assert ids(year=2569) == {urgent.id, secret.id, april.id}
    assert ids(year=2570) == {next_year.id}
    assert ids(year=2569, month=4) == {april.id}
    assert ids(urgency=Urgency.URGENT) == {urgent.id}
    assert ids(secrecy=Secrecy.SECRET) == {secret.id}
    assert ids(work_group_id=group.id) == {secret.id}
    assert ids(cancelled=True) == {april.id}
    assert ids(cancelled=False, year=2569) == {urgent.id, secret.id}
    assert context.register.count(RegisterFilter(year=2569)) == 3
    assert context.register.years() == [2570, 2569]


def test_default_order_is_newest_first_and_thai_order_for_names(context):
    for sender in ("ไปรษณีย์ไทย", "เกษตรจังหวัด", "ขนส่งจังหวัด", "กรมการปกครอง"):
        context.register.receive(doc(sender=sender), context.actor)
    rows = context.register.list_rows(RegisterFilter())
    assert [row.receive_no for row in rows] == [4, 3, 2, 1]
    by_sender = context.register.list_rows(RegisterFilter(sort=RegisterSort.SENDER,
                                                          descending=False))
    assert [row.sender for row in by_sender] == [
        "กรมการปกครอง", "เกษตรจังหวัด", "ขนส่งจังหวัด", "ไปรษณีย์ไทย"]


def test_cancel_keeps_the_number_and_never_reuses_it(context):
    first = context.register.receive(doc(), context.actor)
    cancelled = context.register.cancel(first.id, "ลงรับซ้ำ", context.actor)
    assert cancelled.cancelled and cancelled.cancel_reason == "ลงรับซ้ำ"
    assert context.register.receive(doc(), context.actor).receive_no == 2
    with pytest.raises(Conflict):
        context.register.cancel(first.id, "อีกครั้ง", context.actor)
    with pytest.raises(InvalidInput):
        context.register.cancel(2, "   ", context.actor)
    with pytest.raises(Conflict):
        context.register.update(first.id, IncomingEdit(subject="แก้"), context.actor)
    with pytest.raises(NotFound):
        context.register.cancel(999, "ไม่มี", context.actor)
    assert [r.receive_no for r in context.register.list_rows(RegisterFilter())] == [2, 1]


def test_update_records_the_changes_and_guards_the_year(context):
    record = context.register.receive(doc(), context.actor)
    context.register.update(record.id, IncomingEdit(subject="เรื่องใหม่", urgency=Urgency.URGENT),
                            context.actor)
    with context.db.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "incoming.update")).one()
    assert event.details["subject"] == [record.subject, "เรื่องใหม่"]
    assert event.details["urgency"] == ["normal", "urgent"]
    with pytest.raises(InvalidInput) as caught:
        context.register.update(record.id, IncomingEdit(
            received_at=dt.datetime(2027, 1, 2, 9, 0), received_at_reason="ผิดปี"), context.actor)
    assert caught.value.field == "received_at"
    with pytest.raises(InvalidInput):
        context.register.update(record.id, IncomingEdit(
            received_at=dt.datetime(2026, 3, 6, 9, 0)), context.actor)
    moved = context.register.update(record.id, IncomingEdit(
        received_at=dt.datetime(2026, 3, 6, 9, 0), received_at_reason="แก้เวลาที่พิมพ์ผิด"),
        context.actor)
    assert moved.received_at == dt.datetime(2026, 3, 6, 9, 0)
    assert moved.receive_no == record.receive_no


def test_the_same_circular_typed_differently_is_reported_as_a_possible_duplicate(context):
    first = context.register.receive(doc(doc_no="มท ๐๘๑๐.๒/ว ๑๐๘๙"), context.actor)
    second = context.register.receive(doc(doc_no="มท0810.2/ว1089"), context.actor)
    assert second.possible_duplicates == (first.id,)
    found = context.register.find_duplicates("มท 0810.2/ว 1089")
    assert {row.id for row in found} == {first.id, second.id}
    assert context.register.find_duplicates("ว 1") == []


def test_attachments_are_copied_hashed_and_deduplicated(context, tmp_path):
    import hashlib

    original = tmp_path / "scan.pdf"
    content = b"%PDF-1.4\n" + bytes(range(256)) * 100
    original.write_bytes(content)
    copy = tmp_path / "same-content.pdf"
    copy.write_bytes(content)
    record = context.register.receive(doc(attachments=[original, copy]), context.actor)
    original.unlink()
    copy.unlink()
    sha = hashlib.sha256(content).hexdigest()
    assert [(a.filename, a.sha256, a.size) for a in record.attachments] == [
        ("scan.pdf", sha, len(content)), ("same-content.pdf", sha, len(content))]
    stored, name = context.register.attachment_path(record.attachments[0].id)
    assert stored.read_bytes() == content and name == "scan.pdf"
    files = [p for p in Path(context.register.store.root).rglob("*") if p.is_file()]
    assert len(files) == 1  # identical content stored once
    assert context.register.store.verify(sha)


def test_a_missing_attachment_is_refused_before_anything_is_written(context, tmp_path):
    with pytest.raises(InvalidInput) as caught:
        context.register.receive(doc(attachments=[tmp_path / "ไม่มี.pdf"]), context.actor)
    assert caught.value.field == "attachments"
    with context.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IncomingDocument)) == 0


def test_a_year_search_finds_documents_registered_out_of_id_order(context, clock):
    clock.now = dt.datetime(2027, 1, 3, 9, 0)
    new_year = context.register.receive(doc(subject="โครงการอบรมผู้สูงอายุ"), context.actor)
    # Registered after the new year's first document, but received (and numbered) in 2569.
    late = context.register.receive(doc(
        subject="โครงการอบรมผู้สูงอายุ ฉบับย้อนหลัง", received_at=dt.datetime(2026, 12, 30, 15, 0),
        received_at_reason="รับก่อนหยุดปีใหม่"), context.actor)
    assert late.receive_year == 2569 and late.id > new_year.id
    assert list(context.register.ids(RegisterFilter(year=2569, search="ผู้สูงอายุ"))) == [late.id]
    assert list(context.register.ids(RegisterFilter(year=2570, search="ผู้สูงอายุ"))) == [
        new_year.id]


def test_the_first_keystrokes_look_at_document_and_receive_numbers(context):
    numbered = [context.register.receive(doc(doc_no=f"มส 0017/{n}", subject="เรื่องทั่วไป"),
                                         context.actor) for n in range(1, 13)]
    in_subject = context.register.receive(doc(doc_no="ลต 1", subject="ครั้งที่ 45 ของปี"),
                                          context.actor)
    # "45" alone: identifiers only, so the subject's "45" does not flood the list.
    assert list(context.register.ids(RegisterFilter(search="45"))) == []
    # "12": receive no. 12 and the document number ending /12.
    assert set(context.register.ids(RegisterFilter(search="12"))) == {numbered[11].id}
    assert set(context.register.ids(RegisterFilter(search="๑๓"))) == {in_subject.id}
    # With a longer term beside it, a short term is matched anywhere.
    assert list(context.register.ids(RegisterFilter(search="ครั้งที่ 45"))) == [in_subject.id]
