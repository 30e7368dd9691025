"""The incoming register service, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, IncomingDocument
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.incoming import (
    IncomingEdit,
    IncomingFilter,
    IncomingInput,
    IncomingSort,
    describe_receipt,
)
from desktop_app.domain.office import SetupRequest, WorkGroupInfo
from desktop_app.domain.thai_text import search_fold, thai_sort_key
from desktop_app.services import audit as audit_module
from tests.conftest import row_counts


def doc(**overrides) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "doc_date": dt.date(2026, 3, 5),
        "subject": "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    }
    values.update(overrides)
    return IncomingInput(**values)


def audit_events(context, action: str) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with context.db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        )


def store_files(context) -> list[Path]:  # type: ignore[no-untyped-def]
    root = Path(context.incoming.store.root)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# -- receiving and numbering ---------------------------------------------------------------
def test_receive_allocates_the_next_number_of_the_year_and_stamps_the_clock(context, clock):
    first = context.incoming.receive(doc(), context.actor)
    clock.now = dt.datetime(2026, 3, 6, 17, 5, 42, 123456)
    second = context.incoming.receive(doc(doc_no="มท 0810.2/ว 1100"), context.actor)
    assert (first.receive_year, first.receive_no) == (2569, 1)
    assert (second.receive_year, second.receive_no) == (2569, 2)
    assert first.received_at == dt.datetime(2026, 3, 6, 16, 57)
    assert second.received_at == dt.datetime(2026, 3, 6, 17, 5, 42)  # to the second
    assert first.received_at_reason == ""
    assert first.created_by == "clerk1"
    assert first.receive_label == "1/2569"
    assert describe_receipt(first) == "เลขรับ 1/2569 รับ 6 มี.ค. 2569 16:57"
    assert context.incoming.get(first.id) == first


def test_what_was_typed_is_stored_normalised(context):
    record = context.incoming.receive(
        doc(sender="  อําเภอปาย ", subject="เเจ้งกำหนดการ  ประชุม", remarks="ไม ่ด่วน"), context.actor
    )
    assert (record.sender, record.subject, record.remarks) == (
        "อำเภอปาย",
        "แจ้งกำหนดการ ประชุม",
        "ไม่ด่วน",
    )


def test_a_sender_from_the_directory_is_linked_however_it_was_typed(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    pai = next(
        org for org in context.directory.organisations(kinds=["district"]) if org.name == "อำเภอปาย"
    )
    linked = context.incoming.receive(doc(sender="อําเภอ ปาย"), context.actor)
    free_text = context.incoming.receive(doc(sender="บริษัท ไปรษณีย์ไทย จำกัด"), context.actor)
    assert linked.sender_org_id == pai.id
    assert free_text.sender_org_id is None


def test_year_rollover_restarts_the_numbers_and_the_receive_date_decides(context, clock):
    clock.now = dt.datetime(2026, 12, 31, 23, 59)
    last_of_2569 = context.incoming.receive(doc(), context.actor)
    clock.now = dt.datetime(2027, 1, 1, 0, 0)
    first_of_2570 = context.incoming.receive(doc(), context.actor)
    second_of_2570 = context.incoming.receive(doc(), context.actor)
    # A letter received on 31 Dec but registered on 2 Jan belongs to the old year.
    clock.now = dt.datetime(2027, 1, 2, 8, 30)
    late = context.incoming.receive(
        doc(received_at=dt.datetime(2026, 12, 31, 16, 0), received_at_reason="รับวันสิ้นปี"),
        context.actor,
    )
    assert (last_of_2569.receive_year, last_of_2569.receive_no) == (2569, 1)
    assert (first_of_2570.receive_year, first_of_2570.receive_no) == (2570, 1)
    assert (second_of_2570.receive_year, second_of_2570.receive_no) == (2570, 2)
    assert (late.receive_year, late.receive_no) == (2569, 2)
    assert context.incoming.years() == [2570, 2569]


def test_refused_input_does_not_use_up_a_number(context, tmp_path):
    context.incoming.receive(doc(), context.actor)
    with pytest.raises(InvalidInput):
        context.incoming.receive(doc(work_group_id=999), context.actor)
    with pytest.raises(InvalidInput):
        context.incoming.receive(doc(attachments=[tmp_path / "missing.pdf"]), context.actor)
    assert context.incoming.receive(doc(), context.actor).receive_no == 2


def test_a_transaction_rolled_back_after_numbering_gives_the_number_back(context, monkeypatch):
    context.incoming.receive(doc(), context.actor)
    before = row_counts(context.db)

    def failing_audit(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk pulled out after the number was taken")

    monkeypatch.setattr(audit_module, "record", failing_audit)
    with pytest.raises(RuntimeError):
        context.incoming.receive(doc(subject="ไม่ได้บันทึก"), context.actor)
    monkeypatch.undo()
    assert row_counts(context.db) == before  # counter, document, FTS index: all as they were
    assert context.incoming.receive(doc(), context.actor).receive_no == 2


def test_a_typed_receive_time_needs_a_reason_and_is_audited(context, clock):
    with pytest.raises(InvalidInput) as caught:
        context.incoming.receive(doc(received_at=dt.datetime(2026, 3, 5, 9, 0)), context.actor)
    assert caught.value.field == "received_at_reason"
    record = context.incoming.receive(
        doc(received_at=dt.datetime(2026, 3, 5, 9, 0), received_at_reason="รับทางไปรษณีย์เมื่อวาน"),
        context.actor,
    )
    assert record.received_at == dt.datetime(2026, 3, 5, 9, 0)
    assert record.received_at_reason == "รับทางไปรษณีย์เมื่อวาน"
    (event,) = audit_events(context, "incoming.receive")
    assert event.user_id == context.actor.id  # who
    assert event.entity_id == record.id
    assert event.details["reason"] == "รับทางไปรษณีย์เมื่อวาน"  # why
    assert event.details["received_at"] == "2026-03-05T09:00:00"
    assert event.details["clock"] == "2026-03-06T16:57:00"  # what the clock said


def test_a_time_within_the_tolerance_needs_no_reason(context, clock):
    record = context.incoming.receive(
        doc(received_at=dt.datetime(2026, 3, 6, 16, 50), received_at_reason="ไม่ต้องบันทึก"),
        context.actor,
    )
    assert record.received_at == dt.datetime(2026, 3, 6, 16, 50)
    assert record.received_at_reason == ""
    (event,) = audit_events(context, "incoming.receive")
    assert "reason" not in event.details
    with pytest.raises(InvalidInput):  # eleven minutes off: a reason is needed
        context.incoming.receive(doc(received_at=dt.datetime(2026, 3, 6, 17, 8)), context.actor)


def test_required_fields_are_refused_naming_the_field(context):
    before = row_counts(context.db)
    for field, value in (
        ("sender", "  "),
        ("subject", ""),
        ("sender", "ก" * 301),
        ("doc_no", "1" * 101),
    ):
        with pytest.raises(InvalidInput) as caught:
            context.incoming.receive(doc(**{field: value}), context.actor)
        assert caught.value.field == field
    with pytest.raises(InvalidInput) as caught:
        context.incoming.receive(doc(doc_date=None), context.actor)
    assert caught.value.field == "doc_date"
    assert row_counts(context.db) == before


def test_the_same_circular_typed_differently_is_reported_as_a_possible_duplicate(context, clock):
    first = context.incoming.receive(doc(doc_no="มท ๐๘๑๐.๒/ว ๑๐๘๙"), context.actor)
    second = context.incoming.receive(doc(doc_no="มท0810.2/ว1089"), context.actor)
    other = context.incoming.receive(doc(doc_no="มท0810.2/ว1090"), context.actor)
    assert second.possible_duplicates == (first.id,)
    assert other.possible_duplicates == ()
    found = context.incoming.find_duplicates("มท 0810.2/ว 1089")
    assert {row.id for row in found} == {first.id, second.id}
    assert [
        r.id for r in context.incoming.find_duplicates("มท0810.2/ว1089", exclude_id=second.id)
    ] == [first.id]
    assert context.incoming.find_duplicates("ว 1") == []  # too short to mean anything
    context.incoming.cancel(first.id, "ลงซ้ำ", context.actor)  # a cancelled one is not reported
    assert [row.id for row in context.incoming.find_duplicates("มท0810.2/ว1089")] == [second.id]
    clock.now = dt.datetime(2028, 1, 10, 9, 0)  # two years on, the number is reused by then
    assert context.incoming.find_duplicates("มท0810.2/ว1089") == []
    reused = doc(doc_date=dt.date(2028, 1, 5))
    assert context.incoming.receive(reused, context.actor).possible_duplicates == ()


# -- attachments ----------------------------------------------------------------------------
def test_attachments_are_copied_hashed_and_deduplicated(context, tmp_path):
    original = tmp_path / "scan.pdf"
    content = b"%PDF-1.4\n" + bytes(range(256)) * 100
    original.write_bytes(content)
    copy = tmp_path / "same-content.pdf"
    copy.write_bytes(content)
    record = context.incoming.receive(doc(attachments=[original, copy]), context.actor)
    original.unlink()
    copy.unlink()
    sha = hashlib.sha256(content).hexdigest()
    assert [(a.filename, a.sha256, a.size, a.media_type) for a in record.attachments] == [
        ("scan.pdf", sha, len(content), "application/pdf"),
        ("same-content.pdf", sha, len(content), "application/pdf"),
    ]
    stored, name = context.incoming.attachment_path(record.attachments[0].id)
    assert stored.read_bytes() == content and name == "scan.pdf"
    assert store_files(context) == [stored]  # identical content stored once
    assert context.incoming.store.verify(sha)
    assert context.incoming.get(record.id).attachments == record.attachments
    exported = context.incoming.store.export_copy(sha, "scan.pdf", tmp_path / "open")
    assert exported.read_bytes() == content and exported.name == "scan.pdf"
    with pytest.raises(NotFound):
        context.incoming.attachment_path(9999)


def test_a_missing_attachment_is_refused_before_anything_is_written(context, tmp_path):
    present = tmp_path / "present.pdf"
    present.write_bytes(b"%PDF-1.4 present")
    context.incoming.receive(doc(), context.actor)
    before = row_counts(context.db)
    with pytest.raises(InvalidInput) as caught:
        context.incoming.receive(doc(attachments=[present, tmp_path / "ไม่มี.pdf"]), context.actor)
    assert caught.value.field == "attachments"
    assert "ไม่มี.pdf" in caught.value.message_th
    assert row_counts(context.db) == before
    assert store_files(context) == []  # not even the file that did exist was copied
    with pytest.raises(InvalidInput):
        context.incoming.receive(doc(attachments=[tmp_path]), context.actor)  # a folder
    assert row_counts(context.db) == before


def test_attachments_added_and_removed_later_are_audited(context, tmp_path):
    first = tmp_path / "หนังสือ.pdf"
    first.write_bytes(b"%PDF-1.4 one")
    second = tmp_path / "annex.xlsx"
    second.write_bytes(b"PK annex")
    record = context.incoming.receive(doc(attachments=[first]), context.actor)
    with pytest.raises(InvalidInput):
        context.incoming.update(
            record.id, IncomingEdit(add_attachments=[tmp_path / "gone.pdf"]), context.actor
        )
    updated = context.incoming.update(
        record.id,
        IncomingEdit(add_attachments=[second], remove_attachment_ids=[record.attachments[0].id]),
        context.actor,
    )
    assert [a.filename for a in updated.attachments] == ["annex.xlsx"]
    (event,) = audit_events(context, "incoming.update")
    assert event.details["attachments_added"] == ["annex.xlsx"]
    assert event.details["attachments_removed"] == ["หนังสือ.pdf"]


# -- editing and cancelling -----------------------------------------------------------------
def test_update_records_the_changes_and_guards_the_year(context):
    record = context.incoming.receive(doc(), context.actor)
    updated = context.incoming.update(
        record.id, IncomingEdit(subject="เรื่องใหม่", urgency=Urgency.URGENT), context.actor
    )
    assert (updated.subject, updated.urgency, updated.receive_no) == (
        "เรื่องใหม่",
        Urgency.URGENT,
        record.receive_no,
    )
    (event,) = audit_events(context, "incoming.update")
    assert event.user_id == context.actor.id
    assert event.details == {
        "subject": [record.subject, "เรื่องใหม่"],
        "urgency": ["normal", "urgent"],
    }
    with pytest.raises(InvalidInput) as caught:
        context.incoming.update(
            record.id,
            IncomingEdit(received_at=dt.datetime(2027, 1, 2, 9, 0), received_at_reason="ผิดปี"),
            context.actor,
        )
    assert caught.value.field == "received_at"
    with pytest.raises(InvalidInput) as caught:
        context.incoming.update(
            record.id, IncomingEdit(received_at=dt.datetime(2026, 3, 6, 9, 0)), context.actor
        )
    assert caught.value.field == "received_at_reason"
    moved = context.incoming.update(
        record.id,
        IncomingEdit(received_at=dt.datetime(2026, 3, 6, 9, 0), received_at_reason="แก้เวลาที่พิมพ์ผิด"),
        context.actor,
    )
    assert moved.received_at == dt.datetime(2026, 3, 6, 9, 0)
    assert moved.received_at_reason == "แก้เวลาที่พิมพ์ผิด"
    assert (moved.receive_year, moved.receive_no) == (record.receive_year, record.receive_no)
    last = audit_events(context, "incoming.update")[-1]
    assert last.details["received_at"] == ["2026-03-06T16:57:00", "2026-03-06T09:00:00"]


def test_an_update_that_changes_nothing_leaves_no_trace(context):
    record = context.incoming.receive(doc(), context.actor)
    same = context.incoming.update(
        record.id, IncomingEdit(subject=record.subject, sender=" " + record.sender), context.actor
    )
    assert same == record
    assert audit_events(context, "incoming.update") == []


def test_update_refuses_bad_values(context):
    record = context.incoming.receive(doc(), context.actor)
    before = row_counts(context.db)
    for edit, field in (
        (IncomingEdit(subject=" "), "subject"),
        (IncomingEdit(sender=""), "sender"),
        (IncomingEdit(work_group_id=999), "work_group_id"),
    ):
        with pytest.raises(InvalidInput) as caught:
            context.incoming.update(record.id, edit, context.actor)
        assert caught.value.field == field
    with pytest.raises(NotFound):
        context.incoming.update(999, IncomingEdit(subject="x"), context.actor)
    assert row_counts(context.db) == before


def test_work_groups_are_set_and_cleared(context):
    group = context.settings.save_work_group(
        WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "มส 0023.2"), context.actor
    )
    record = context.incoming.receive(doc(), context.actor)
    assigned = context.incoming.update(
        record.id, IncomingEdit(work_group_id=group.id), context.actor
    )
    assert (assigned.work_group_id, assigned.work_group_name) == (group.id, "กลุ่มงานกฎหมาย")
    cleared = context.incoming.update(record.id, IncomingEdit(clear_work_group=True), context.actor)
    assert (cleared.work_group_id, cleared.work_group_name) == (None, "")


def test_cancel_keeps_the_number_and_never_reuses_it(context):
    first = context.incoming.receive(doc(), context.actor)
    with pytest.raises(InvalidInput) as caught:
        context.incoming.cancel(first.id, "   ", context.actor)
    assert caught.value.field == "reason"
    cancelled = context.incoming.cancel(first.id, "ลงรับซ้ำ", context.actor)
    assert cancelled.cancelled and cancelled.cancel_reason == "ลงรับซ้ำ"
    assert cancelled.cancelled_at is not None
    assert (cancelled.receive_year, cancelled.receive_no) == (2569, 1)
    assert context.incoming.receive(doc(), context.actor).receive_no == 2
    with pytest.raises(Conflict) as twice:
        context.incoming.cancel(first.id, "อีกครั้ง", context.actor)
    assert "ยกเลิกไปแล้ว" in twice.value.message_th
    with pytest.raises(Conflict):
        context.incoming.update(first.id, IncomingEdit(subject="แก้"), context.actor)
    with pytest.raises(NotFound):
        context.incoming.cancel(999, "ไม่มี", context.actor)
    rows = context.incoming.list_rows(IncomingFilter())
    assert [(r.receive_no, r.cancelled, r.cancel_reason) for r in rows] == [
        (2, False, ""),
        (1, True, "ลงรับซ้ำ"),
    ]
    (event,) = audit_events(context, "incoming.cancel")
    assert (event.user_id, event.details) == (context.actor.id, {"reason": "ลงรับซ้ำ"})


# -- search ---------------------------------------------------------------------------------
def ids(context, **kw) -> list[int]:  # type: ignore[no-untyped-def]
    return list(context.incoming.ids(IncomingFilter(**kw)))


def test_search_treats_thai_and_arabic_digits_and_spacing_alike(context):
    target = context.incoming.receive(doc(), context.actor)
    context.incoming.receive(doc(doc_no="มท 0810.3/ว 2000", subject="เรื่องอื่น"), context.actor)
    for query in (
        "มท0810.2/ว1089",
        "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "มท๐๘๑๐.๒/ว๑๐๘๙",
        "0810.2/ว1089",
        "ว 1089",
        "๑๐๘๙",
    ):
        assert ids(context, search=query) == [target.id], query


def test_search_finds_thai_substrings_short_terms_and_all_terms(context):
    a = context.incoming.receive(
        doc(subject="โครงการโรงเรียนผู้สูงอายุ", remarks="ส่งต่ออำเภอ"), context.actor
    )
    b = context.incoming.receive(
        doc(subject="การจ้างงานผู้สูงอายุ", doc_no="ลต 0301/45", sender="สำนักงานจังหวัดลำพูน"),
        context.actor,
    )
    context.incoming.receive(doc(subject="งบประมาณรายจ่าย", doc_no="ลต 0301/46"), context.actor)
    assert set(ids(context, search="สูงอายุ")) == {a.id, b.id}  # inside a word: trigrams
    assert ids(context, search="สูงอายุ โรงเรียน") == [a.id]  # every term must match
    assert ids(context, search="โรงเรียน ลำพูน") == []
    assert ids(context, search="สูงอายุ ลำพูน") == [b.id]  # terms in different fields
    assert ids(context, search="ส่งต่อ") == [a.id]  # remarks
    assert ids(context, search="45") == [b.id]  # two characters: identifiers
    assert ids(context, search="ไม่มีคำนี้") == []
    assert context.incoming.count(IncomingFilter(search="สูงอายุ")) == 2


def test_search_forgives_typing_variants_case_and_like_wildcards(context):
    odd = context.incoming.receive(
        doc(subject="แจ้งกำหนดการ PROJECT ลดค่าใช้จ่าย 100%", doc_no="ab_12"), context.actor
    )
    plain = context.incoming.receive(
        doc(subject="ประชุม axb1000 ครั้งที่หนึ่ง", doc_no="axb"), context.actor
    )
    assert ids(context, search="เเจ้งกําหนด") == [odd.id]  # "เเ" and NIKHAHIT + SARA AA
    assert ids(context, search="project") == [odd.id]
    assert ids(context, search="100%") == [odd.id]  # % is a character, not a wildcard
    assert ids(context, search="a_b") == []  # _ too
    assert ids(context, search="b_1") == [odd.id]
    assert ids(context, search="axb") == [plain.id]
    assert ids(context, search='"ครั้ง') == []  # a quote does not break the query


def test_search_sees_edits(context):
    record = context.incoming.receive(doc(subject="เรื่องเดิม"), context.actor)
    context.incoming.update(record.id, IncomingEdit(subject="แจ้งกำหนดการฝึกอบรม"), context.actor)
    assert ids(context, search="ฝึกอบรม") == [record.id]
    assert ids(context, search="เรื่องเดิม") == []


def test_a_year_search_finds_documents_registered_out_of_id_order(context, clock):
    clock.now = dt.datetime(2027, 1, 3, 9, 0)
    new_year = context.incoming.receive(doc(subject="โครงการอบรมผู้สูงอายุ"), context.actor)
    # Registered after the new year's first document, but received (and numbered) in 2569.
    late = context.incoming.receive(
        doc(
            subject="โครงการอบรมผู้สูงอายุ ฉบับย้อนหลัง",
            received_at=dt.datetime(2026, 12, 30, 15, 0),
            received_at_reason="รับก่อนหยุดปีใหม่",
        ),
        context.actor,
    )
    assert late.receive_year == 2569 and late.id > new_year.id
    assert ids(context, year=2569, search="ผู้สูงอายุ") == [late.id]
    assert ids(context, year=2570, search="ผู้สูงอายุ") == [new_year.id]


def test_the_first_keystrokes_look_at_document_and_receive_numbers(context):
    numbered = [
        context.incoming.receive(doc(doc_no=f"มส 0017/{n}", subject="เรื่องทั่วไป"), context.actor)
        for n in range(1, 13)
    ]
    in_subject = context.incoming.receive(doc(doc_no="ลต 1", subject="ครั้งที่ 45 ของปี"), context.actor)
    # "45" alone: identifiers only, so the subject's "45" does not flood the list.
    assert ids(context, search="45") == []
    # "12": receive no. 12 and the document number ending /12.
    assert set(ids(context, search="12")) == {numbered[11].id}
    assert set(ids(context, search="๑๓")) == {in_subject.id}
    # With a longer term beside it, a short term is matched anywhere.
    assert ids(context, search="ครั้งที่ 45") == [in_subject.id]


# -- filters and order ----------------------------------------------------------------------
def test_filters(context, clock):
    group = context.settings.save_work_group(
        WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "มส 0023.2"), context.actor
    )
    urgent = context.incoming.receive(doc(urgency=Urgency.URGENT), context.actor)
    secret = context.incoming.receive(
        doc(secrecy=Secrecy.SECRET, work_group_id=group.id), context.actor
    )
    clock.now = dt.datetime(2026, 4, 1, 9, 0)
    april = context.incoming.receive(doc(subject="รายงานผลการดำเนินงาน"), context.actor)
    context.incoming.cancel(april.id, "ลงซ้ำ", context.actor)
    clock.now = dt.datetime(2027, 1, 5, 9, 0)
    next_year = context.incoming.receive(doc(subject="รายงานผลการดำเนินงาน"), context.actor)

    def found(**kw) -> set[int]:  # type: ignore[no-untyped-def]
        result = ids(context, **kw)
        assert context.incoming.count(IncomingFilter(**kw)) == len(result)
        return set(result)

    assert found() == {urgent.id, secret.id, april.id, next_year.id}
    assert found(year=2569) == {urgent.id, secret.id, april.id}
    assert found(year=2570) == {next_year.id}
    assert found(year=2568) == set()
    assert found(year=2569, month=4) == {april.id}
    assert found(year=2569, month=3) == {urgent.id, secret.id}
    assert found(month=1) == {next_year.id}
    assert found(urgency=Urgency.URGENT) == {urgent.id}
    assert found(urgency=Urgency.MOST_URGENT) == set()
    assert found(secrecy=Secrecy.SECRET) == {secret.id}
    assert found(work_group_id=group.id) == {secret.id}
    assert found(cancelled=True) == {april.id}
    assert found(cancelled=False, year=2569) == {urgent.id, secret.id}
    assert found(search="รายงานผล") == {april.id, next_year.id}
    assert found(search="รายงานผล", year=2570) == {next_year.id}
    assert found(search="รายงานผล", cancelled=False) == {next_year.id}


def test_default_order_is_newest_first_and_thai_order_for_names(context):
    for sender in ("ไปรษณีย์ไทย", "เกษตรจังหวัด", "ขนส่งจังหวัด", "กรมการปกครอง"):
        context.incoming.receive(doc(sender=sender), context.actor)
    rows = context.incoming.list_rows(IncomingFilter())
    assert [row.receive_no for row in rows] == [4, 3, 2, 1]
    by_sender = context.incoming.list_rows(
        IncomingFilter(sort=IncomingSort.SENDER, descending=False)
    )
    assert [row.sender for row in by_sender] == [
        "กรมการปกครอง",
        "เกษตรจังหวัด",
        "ขนส่งจังหวัด",
        "ไปรษณีย์ไทย",
    ]
    assert context.incoming.list_rows(IncomingFilter(), limit=2) == rows[:2]


SAMPLES = [
    # received (minute of 6 March), doc no, doc date, sender, to, subject, urgency, secrecy
    (
        0,
        "ลต 0023/5",
        dt.date(2026, 3, 2),
        "ไปรษณีย์ไทย",
        "นายอำเภอ",
        "แผนพัฒนาท้องถิ่น",
        Urgency.MOST_URGENT,
        Secrecy.NORMAL,
    ),
    (
        40,
        "มท 0810.2/ว 99",
        dt.date(2026, 2, 27),
        "เกษตรจังหวัดแม่ฮ่องสอน",
        "ท้องถิ่นจังหวัด",
        "ขอเชิญประชุม",
        Urgency.NORMAL,
        Secrecy.SECRET,
    ),
    (
        10,
        "มส 0017/12",
        dt.date(2026, 3, 5),
        "ขนส่งจังหวัด",
        "ผู้ว่าราชการจังหวัด",
        "เกษตรกรรมยั่งยืน",
        Urgency.URGENT,
        Secrecy.TOP_SECRET,
    ),
    (
        25,
        "กค 0402/3",
        dt.date(2026, 3, 4),
        "กรมบัญชีกลาง",
        "ท้องถิ่นจังหวัด",
        "การเบิกจ่ายเงิน",
        Urgency.VERY_URGENT,
        Secrecy.CONFIDENTIAL,
    ),
]


def test_every_sort_order(context, clock):
    group_a = context.settings.save_work_group(WorkGroupInfo(None, "ก", "x"), context.actor)
    group_b = context.settings.save_work_group(WorkGroupInfo(None, "ข", "y"), context.actor)
    groups = [group_b.id, None, group_a.id, group_b.id]
    for (minute, doc_no, doc_date, sender, to, subject, urgency, secrecy), group in zip(
        SAMPLES, groups, strict=True
    ):
        clock.now = dt.datetime(2026, 3, 6, 8, minute)
        context.incoming.receive(
            doc(
                doc_no=doc_no,
                doc_date=doc_date,
                sender=sender,
                to_text=to,
                subject=subject,
                urgency=urgency,
                secrecy=secrecy,
                work_group_id=group,
            ),
            context.actor,
        )
    group_ids = {"ก": group_a.id, "ข": group_b.id}
    keys = {
        IncomingSort.NUMBER: lambda r: (),
        IncomingSort.RECEIVED_AT: lambda r: (r.received_at,),
        IncomingSort.DOC_NO: lambda r: (search_fold(r.doc_no),),
        IncomingSort.DOC_DATE: lambda r: (r.doc_date,),
        IncomingSort.SENDER: lambda r: (thai_sort_key(r.sender),),
        IncomingSort.TO: lambda r: (r.to_text,),
        IncomingSort.SUBJECT: lambda r: (thai_sort_key(r.subject),),
        IncomingSort.URGENCY: lambda r: (r.urgency.rank,),
        IncomingSort.SECRECY: lambda r: (r.secrecy.rank,),
        # No work group sorts before any group (after them when descending), on both backends.
        IncomingSort.WORK_GROUP: lambda r: (group_ids.get(r.work_group_name, 0),),
    }
    assert set(keys) == set(IncomingSort)
    for sort in IncomingSort:
        for descending in (False, True):
            rows = context.incoming.list_rows(IncomingFilter(sort=sort, descending=descending))
            expected = sorted(
                rows,
                key=lambda r, s=sort: (*keys[s](r), r.receive_year, r.receive_no),
                reverse=descending,
            )
            assert [r.receive_no for r in rows] == [r.receive_no for r in expected], (
                sort,
                descending,
            )
    by_subject = context.incoming.list_rows(
        IncomingFilter(sort=IncomingSort.SUBJECT, descending=False)
    )
    assert [r.subject for r in by_subject] == [  # Thai dictionary order, spelled out
        "การเบิกจ่ายเงิน",
        "เกษตรกรรมยั่งยืน",
        "ขอเชิญประชุม",
        "แผนพัฒนาท้องถิ่น",
    ]
    by_urgency = context.incoming.list_rows(IncomingFilter(sort=IncomingSort.URGENCY))
    assert [r.urgency for r in by_urgency] == [  # the most urgent first, not alphabetical
        Urgency.MOST_URGENT,
        Urgency.VERY_URGENT,
        Urgency.URGENT,
        Urgency.NORMAL,
    ]


def test_rows_come_back_in_the_order_asked_and_in_batches(context):
    records = [context.incoming.receive(doc(subject=f"เรื่องที่ {n}"), context.actor) for n in range(5)]
    wanted = [records[3].id, 9999, records[0].id, records[4].id]
    assert [row.id for row in context.incoming.rows(wanted)] == [
        records[3].id,
        records[0].id,
        records[4].id,
    ]
    assert context.incoming.rows([]) == []
    streamed = list(context.incoming.iter_rows(IncomingFilter(descending=False), batch=2))
    assert [row.receive_no for row in streamed] == [1, 2, 3, 4, 5]
    assert streamed[0].to_json()["receive_year"] == 2569


def test_a_missing_document_is_not_found(context):
    with pytest.raises(NotFound):
        context.incoming.get(12345)


def test_the_register_row_and_the_record_agree(context, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    record = context.incoming.receive(
        doc(attachments=[scan], urgency=Urgency.VERY_URGENT), context.actor
    )
    (row,) = context.incoming.list_rows(IncomingFilter())
    assert row.attachment_count == 1
    record_json, row_json = record.to_json(), row.to_json()
    assert row_json["attachments"] == 1 and len(record_json["attachments"]) == 1
    for key in (
        "id",
        "receive_no",
        "receive_year",
        "received_at",
        "doc_no",
        "doc_date",
        "subject",
        "sender",
        "urgency",
        "secrecy",
        "cancelled",
    ):
        assert record_json[key] == row_json[key], key
    with context.db.read() as session:
        stored = session.get(IncomingDocument, record.id)
        assert stored is not None and stored.urgency == "very_urgent"
