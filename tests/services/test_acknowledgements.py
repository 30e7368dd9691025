"""Acknowledgements: every transition (recorded, skipped, undone, returned), codes, reminders,
the dashboard's figures against hand-computed ones, the matrix and e-mail matching."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, OutgoingLetter
from desktop_app.domain.ack_codes import format_code, new_code
from desktop_app.domain.acks import (
    CELL_STATES,
    AckChannel,
    Acknowledgement,
    AckState,
    DashboardFilter,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.thai_text import thai_sort_key

DISTRICTS = ["5801", "5802", "5803", "5804", "5805", "5806", "5807"]


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def forward(context, targets, *, due=None, urgency=Urgency.NORMAL, subject="เรื่องทดสอบ"):  # type: ignore[no-untyped-def]
    incoming = context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no=f"มท 0810.2/ว {new_code()[:4]}",
            doc_date=context.clock().date() - dt.timedelta(days=1),
            subject=subject,
            urgency=urgency,
        ),
        context.actor,
    )
    draft = context.outgoing.draft_forward(incoming.id, context.outgoing.resolve(targets))
    return context.outgoing.issue(replace(draft, due_date=due), context.actor)


def at(day: int, hour: int = 10, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0)


def test_every_transition_of_a_tracking_row(office, clock):
    letter = forward(office, DISTRICTS, urgency=Urgency.MOST_URGENT)
    acks = office.acknowledgements
    rows = acks.tracking(letter.id).rows
    assert sorted(r.code for r in rows) == DISTRICTS
    # ด่วนที่สุด: one working day after Friday 6 March 2026 is Monday 9 March.
    assert {r.due_date for r in rows} == {dt.date(2026, 3, 9)}
    assert len({r.ack_code for r in rows}) == 7 and all(rows[0].ack_code for _ in rows)
    assert all(r.state(clock().date()) is AckState.PENDING for r in rows)

    first, second, third = rows[0].id, rows[1].id, rows[2].id
    done = acks.acknowledge(
        [first],
        Acknowledgement(
            at=at(6, 17),
            channel=AckChannel.PHONE,
            by="นางสมศรี ใจดี",
            their_receive_no="1234",
            their_receive_date=dt.date(2026, 3, 6),
        ),
        office.actor,
    )
    assert done.recorded == (first,) and done.skipped == ()
    row = acks.row(first)
    assert row.state(clock().date()) is AckState.ACKNOWLEDGED
    assert (row.acknowledged_by, row.channel, row.their_receive_no) == (
        "นางสมศรี ใจดี",
        "phone",
        "1234",
    )
    assert row.recorded_by == office.actor.display_name

    # Ticking many: the one already acknowledged is skipped, not changed.
    done = acks.acknowledge([first, second], Acknowledgement(at=at(6, 17, 3)), office.actor)
    assert done.recorded == (second,) and done.skipped == (first,)
    assert acks.row(first).channel == "phone"

    # Times that cannot be: in the future, or before the letter was issued.
    with pytest.raises(InvalidInput):
        acks.acknowledge([third], Acknowledgement(at=at(7)), office.actor)
    with pytest.raises(InvalidInput):
        acks.acknowledge([third], Acknowledgement(at=at(5)), office.actor)
    assert acks.row(third).acknowledged_at is None

    # Undo: back to pending, and the audit trail says who undid what.
    undone = acks.undo(first, office.actor)
    assert undone.acknowledged_at is None and undone.their_receive_no == ""
    with office.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "ack.undo", AuditEvent.entity_id == first)
        ).one()
        assert event.user_id == office.actor.id
        assert event.details["undone"]["by"] == "นางสมศรี ใจดี"
    with pytest.raises(Conflict):
        acks.undo(third, office.actor)

    # Returned (ตีกลับ): needs a reason; still pending; undo brings it back.
    with pytest.raises(InvalidInput):
        acks.mark_returned(third, "  ", office.actor)
    returned = acks.mark_returned(third, "ที่อยู่ผู้รับไม่ถูกต้อง", office.actor)
    assert returned.state(clock().date()) is AckState.RETURNED
    assert returned.state(clock().date()).is_pending
    with pytest.raises(Conflict):
        acks.mark_returned(second, "ไม่ใช่", office.actor)
    assert acks.undo(third, office.actor).state(clock().date()) is AckState.PENDING

    # Overdue once the due date has passed; acknowledged late after it.
    clock.now = at(12)
    assert acks.row(third).state(clock().date()) is AckState.OVERDUE
    acks.acknowledge([third], Acknowledgement(at=at(11)), office.actor)
    assert acks.row(third).state(clock().date()) is AckState.ACKNOWLEDGED_LATE
    assert acks.row(third).days_late(clock().date()) == 2


def test_recording_by_code_typed_or_scanned(office, clock):
    letter = forward(office, DISTRICTS[:2])
    acks = office.acknowledgements
    row = acks.tracking(letter.id).rows[1]
    assert row.ack_code is not None
    typed = format_code(row.ack_code).lower() + "\r\n"
    done = acks.acknowledge_code(typed, office.actor)
    assert not done.already and done.row.id == row.id and done.doc_no == letter.doc_no
    assert done.row.channel == AckChannel.CODE.value
    assert done.row.acknowledged_at == clock()
    again = acks.acknowledge_code(row.ack_code, office.actor)
    assert again.already and again.row.acknowledged_at == clock()
    with pytest.raises(InvalidInput):
        acks.acknowledge_code("HELLO", office.actor)
    unknown = new_code()
    while unknown in {r.ack_code for r in acks.tracking(letter.id).rows}:
        unknown = new_code()
    with pytest.raises(NotFound):
        acks.acknowledge_code(unknown, office.actor)
    # The other recipient is untouched.
    assert acks.tracking(letter.id).rows[0].acknowledged_at is None


def test_a_reminder_goes_to_exactly_the_pending_recipients(office, clock):
    letter = forward(office, DISTRICTS[:4], due=dt.date(2026, 3, 10))
    acks = office.acknowledgements

    def rows_of(letter_id):  # type: ignore[no-untyped-def]
        return {r.code: r for r in acks.tracking(letter_id).rows}

    rows = rows_of(letter.id)
    clock.now = at(16)
    acks.acknowledge([rows["5801"].id], Acknowledgement(at=at(9)), office.actor)
    acks.mark_returned(rows["5802"].id, "ไม่มีผู้รับ", office.actor)

    reminder = acks.remind(letter.id, office.actor)
    assert sorted(r.code for r in reminder.recipients) == ["5802", "5803", "5804"]
    assert reminder.number == letter.number + 1 and reminder.pdf_saved
    stored = office.outgoing.stored_letter(reminder.id)
    assert stored.kind == "stamped"
    # A stamped reminder cites the original in its body (no อ้างถึง line) and sends nothing.
    assert letter.doc_no in stored.body[0] and "6 มีนาคม 2569" in stored.body[0]
    assert (stored.references, stored.enclosures) == ((), ())
    assert stored.office == "จังหวัดแม่ฮ่องสอน"
    with office.db.read() as session:
        assert session.get(OutgoingLetter, reminder.id).reminder_of_id == letter.id

    original = acks.tracking(letter.id)
    assert original.reminders == ((reminder.id, reminder.doc_no),)
    counts = {code: r.reminded_count for code, r in rows_of(letter.id).items()}
    assert counts == {"5801": 0, "5802": 1, "5803": 1, "5804": 1}
    assert {r.last_reminder_no for r in rows_of(letter.id).values() if r.reminded_count} == {
        reminder.doc_no
    }
    tracked = acks.tracking(reminder.id)
    assert tracked.reminder_of == (letter.id, letter.doc_no)
    assert sorted(r.code for r in tracked.rows) == ["5802", "5803", "5804"]

    # Acknowledging the reminder acknowledges the original for that recipient, and back.
    clock.now = at(16, 12)
    acks.acknowledge(
        [rows_of(reminder.id)["5802"].id], Acknowledgement(at=at(16, 11)), office.actor
    )
    assert rows_of(letter.id)["5802"].acknowledged_at == at(16, 11)
    acks.acknowledge([rows_of(letter.id)["5803"].id], Acknowledgement(at=at(16, 11)), office.actor)
    assert rows_of(reminder.id)["5803"].acknowledged_at == at(16, 11)
    # Undo takes back what the one record carried over.
    acks.undo(rows_of(reminder.id)["5802"].id, office.actor)
    assert rows_of(letter.id)["5802"].acknowledged_at is None

    # The same recipients again the same day is refused unless meant.
    with pytest.raises(Conflict):
        acks.remind(letter.id, office.actor)
    # A second reminder counts; a reminder of a reminder chases the original.
    clock.now = at(17)
    second = acks.remind(reminder.id, office.actor)
    assert sorted(r.code for r in second.recipients) == ["5802", "5804"]
    counts = {code: r.reminded_count for code, r in rows_of(letter.id).items()}
    assert counts == {"5801": 0, "5802": 2, "5803": 1, "5804": 2}

    # The dashboard counts the letter once, not its reminders.
    figures = acks.dashboard()
    assert figures.letters == 1
    assert (figures.pending, figures.acknowledged) == (2, 2)

    acks.acknowledge_all(letter.id, Acknowledgement(at=at(17)), office.actor)
    with pytest.raises(Conflict):
        acks.remind(letter.id, office.actor)


def test_dashboard_figures_match_a_hand_count(office, clock):
    acks = office.acknowledgements
    pai = office.outgoing.resolve(["district:5801"])[:2]
    clock.now = at(2, 9)
    first = forward(office, DISTRICTS, due=dt.date(2026, 3, 9))
    clock.now = at(16, 9)
    second = forward(
        office, ["5801", "5802", "5803", pai[0].code, pai[1].code], due=dt.date(2026, 3, 25)
    )
    clock.now = at(20, 15)  # Friday; this week began on Monday 16 March
    one = {r.code: r.id for r in acks.tracking(first.id).rows}
    two = {r.code: r.id for r in acks.tracking(second.id).rows}
    acks.acknowledge([one["5801"]], Acknowledgement(at=at(3)), office.actor)  # 1 day
    acks.acknowledge([one["5802"]], Acknowledgement(at=at(5)), office.actor)  # 3 days
    acks.acknowledge([one["5803"]], Acknowledgement(at=at(12)), office.actor)  # 10, late
    acks.mark_returned(one["5804"], "ปิดทำการ", office.actor)
    acks.acknowledge([two["5801"]], Acknowledgement(at=at(17)), office.actor)  # 1 day
    acks.acknowledge([two[pai[0].code]], Acknowledgement(at=at(18)), office.actor)  # 2 days

    figures = acks.dashboard()
    assert figures.letters == 2
    assert figures.acknowledged == 5
    assert figures.pending == 7  # 4 of the first letter (one returned) + 3 of the second
    assert figures.overdue == 4  # the first letter's, due 9 March
    assert figures.returned == 1
    assert figures.acknowledged_this_week == 2
    assert figures.median_days_to_ack == 2  # 1, 1, 2, 3, 10

    by_code = {r.code: r for r in figures.by_recipient}
    assert (by_code["5801"].total, by_code["5801"].pending) == (2, 0)
    assert (by_code["5803"].pending, by_code["5803"].overdue) == (1, 0)
    assert (by_code["5804"].pending, by_code["5804"].overdue, by_code["5804"].returned) == (1, 1, 1)
    assert by_code[pai[1].code].kind == "local_authority"
    assert by_code[pai[1].code].district_code == "5801"
    # Districts in Thai order, each followed by its local authorities.
    groups = [r.district_code for r in figures.by_recipient]
    assert groups == sorted(set(groups), key=groups.index) or len(set(groups)) == len(
        [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]
    )
    starts = [r for i, r in enumerate(figures.by_recipient) if i == 0 or groups[i - 1] != groups[i]]
    assert all(r.kind == "district" for r in starts)
    names = [r.name for r in starts]
    assert names == sorted(names, key=thai_sort_key)
    muang = next(d for d in figures.by_district if d.code == "5801")
    assert (muang.total, muang.pending, muang.acknowledged) == (4, 1, 3)

    # Filters: recipient kind, period, urgency.
    only_la = acks.dashboard(DashboardFilter(recipient_kind="local_authority"))
    assert (only_la.pending, only_la.acknowledged, only_la.letters) == (1, 1, 1)
    la_matrix = acks.matrix(DashboardFilter(recipient_kind="local_authority"))
    assert [letter.id for letter in la_matrix.letters] == [second.id]  # no empty columns
    march_16 = acks.dashboard(DashboardFilter(start=dt.date(2026, 3, 10)))
    assert (march_16.letters, march_16.pending, march_16.overdue) == (1, 3, 0)
    assert acks.dashboard(DashboardFilter(urgency=Urgency.URGENT)).letters == 0

    overdue = acks.overdue()
    assert sorted(item.recipient_code for item in overdue) == ["5804", "5805", "5806", "5807"]
    assert {item.days_overdue for item in overdue} == {11}

    matrix = acks.matrix()
    assert [letter.id for letter in matrix.letters] == [second.id, first.id]
    keys = [row.code for row in matrix.recipients]
    muang_at = keys.index("5801")
    under = matrix.recipients[muang_at + 1 : muang_at + 3]
    assert {row.code for row in under} == {pai[0].code, pai[1].code}
    assert [row.name for row in under] == sorted((row.name for row in under), key=thai_sort_key)
    assert matrix.recipients[muang_at + 1].level == 1
    row_of = {row.code: index for index, row in enumerate(matrix.recipients)}
    state, late, _row_id = matrix.cells[(row_of["5803"], 1)]
    assert (CELL_STATES[state], late) == (AckState.ACKNOWLEDGED_LATE, 3)
    assert CELL_STATES[matrix.cells[(row_of["5805"], 1)][0]] is AckState.OVERDUE
    assert (row_of["5805"], 0) not in matrix.cells  # the second letter did not go there

    # Cancelled letters leave the figures.
    office.outgoing.cancel(second.id, "ออกเลขผิด", office.actor)
    assert acks.dashboard().letters == 1


def test_the_change_marker_moves_with_every_record(office):
    letter = forward(office, DISTRICTS[:1])
    acks = office.acknowledgements
    before = acks.change_marker()
    assert acks.change_marker() == before  # reading changes nothing
    acks.acknowledge(
        [acks.tracking(letter.id).rows[0].id], Acknowledgement(at=at(6, 17)), office.actor
    )
    assert acks.change_marker() > before
    assert acks.dashboard().marker == acks.change_marker()


def _mail(tmp_path, name, *, sender, subject, body, date=None, attachment=None):  # type: ignore[no-untyped-def]
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "saraban@mhs.go.th"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = format_datetime(date)
    message.set_content(body)
    if attachment:
        message.add_attachment(
            b"%PDF-1.4", maintype="application", subtype="pdf", filename=attachment
        )
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def test_replies_by_e_mail_are_matched_by_code_or_by_sender(office, clock, tmp_path):
    acks = office.acknowledgements
    pai = office.outgoing.resolve(["district:5803"])[:2]
    letter = forward(office, ["5801", "5802", pai[0].code, pai[1].code])
    rows = {r.code: r for r in acks.tracking(letter.id).rows}
    thai_time = dt.timezone(dt.timedelta(hours=7))
    by_code = _mail(
        tmp_path,
        "reply1.eml",
        sender="อำเภอเมือง <amphoe@example.go.th>",
        subject="ตอบรับหนังสือ",
        body=f"ได้รับหนังสือแล้ว รหัสตอบรับ {format_code(rows['5801'].ack_code)} ขอบคุณครับ",
        date=dt.datetime(2026, 3, 6, 17, 30, tzinfo=thai_time),
    )
    in_name = _mail(
        tmp_path,
        "reply2.eml",
        sender="someone@example.com",
        subject="Re: หนังสือ",
        body="ดูไฟล์แนบ",
        attachment=f"ตอบรับ_{rows['5802'].ack_code}.pdf",
    )
    by_sender = _mail(
        tmp_path,
        "reply3.eml",
        sender=f"saraban_0{pai[0].code}@dla.go.th",
        subject="รับทราบ",
        body="รับทราบครับ",
        date=dt.datetime(2026, 3, 6, 18, 0, tzinfo=thai_time),
    )
    unknown = _mail(tmp_path, "reply4.eml", sender="who@example.org", subject="สวัสดี", body="ไม่มีรหัส")
    matches = acks.match_mail([by_code, in_name, by_sender, unknown])
    assert [(m.how, m.row.code if m.row else None) for m in matches] == [
        ("code", "5801"),
        ("code", "5802"),
        ("sender", pai[0].code),
        ("", None),
    ]
    assert matches[3].problem
    clock.now = at(9)
    result = acks.record_mail(matches, office.actor)
    assert len(result.recorded) == 3
    after = {r.code: r for r in acks.tracking(letter.id).rows}
    assert after["5801"].acknowledged_at == dt.datetime(2026, 3, 6, 17, 30)
    assert after["5801"].channel == "email"
    assert after[pai[0].code].acknowledged_at == dt.datetime(2026, 3, 6, 18, 0)
    assert after[pai[1].code].acknowledged_at is None
    # Importing the same replies again records nothing twice.
    again = acks.record_mail(acks.match_mail([by_code]), office.actor)
    assert again.recorded == () and again.skipped == (rows["5801"].id,)
    # The directory's e-mail can be corrected; the default no longer matches then.
    org = pai[0].id
    office.directory.set_email(org, "saraban@pai-local.go.th", office.actor)
    moved = acks.match_mail([by_sender])
    assert moved[0].row is None


def test_a_garbage_mail_file_is_refused(office, tmp_path):
    path = tmp_path / "x.eml"
    path.write_bytes(b"\x00\x01\x02 not mail")
    (result,) = office.acknowledgements.match_mail([path])  # said, never raised: the
    assert result.row is None and "x.eml" in result.problem  # other files still count


def test_an_acknowledgement_before_the_letter_was_issued_is_refused(office, clock):
    clock.now = dt.datetime(2026, 3, 6, 14, 0)
    letter = forward(office, DISTRICTS[:1])
    row = office.acknowledgements.tracking(letter.id).rows[0]
    with pytest.raises(InvalidInput):
        office.acknowledgements.acknowledge(
            [row.id], Acknowledgement(at=dt.datetime(2026, 3, 6, 9, 0)), office.actor
        )
    office.acknowledgements.acknowledge(
        [row.id], Acknowledgement(at=dt.datetime(2026, 3, 6, 14, 1)), office.actor
    )


def test_a_sender_match_names_the_letter_number_exactly(office, clock, tmp_path):
    acks = office.acknowledgements
    letters = [forward(office, ["5801"]) for _ in range(12)]
    for letter in letters[1:11]:  # left pending: the 1st and the 12th
        row = acks.tracking(letter.id).rows[0]
        acks.acknowledge([row.id], Acknowledgement(at=clock()), office.actor)
    office.directory.set_email(
        acks.tracking(letters[0].id).rows[0].organisation_id, "amphoe@example.go.th", office.actor
    )
    twelfth = letters[11].doc_no
    assert twelfth.endswith("/12")
    reply = _mail(
        tmp_path,
        "r.eml",
        sender="amphoe@example.go.th",
        subject="รับทราบ",
        body=f"ได้รับหนังสือที่ {twelfth} แล้ว",
    )
    (match,) = acks.match_mail([reply])
    assert match.row is not None and match.row.letter_id == letters[11].id
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"")
    results = acks.match_mail([junk, reply])
    assert results[0].row is None and results[0].problem
    assert results[1].row is not None


def test_figures_are_read_again_only_after_a_change_or_on_a_new_day(office, clock):
    acks = office.acknowledgements
    letter = forward(office, DISTRICTS[:2])
    first = acks.dashboard()
    assert acks.dashboard() is first  # nothing recorded since: not read again
    assert acks.matrix() is acks.matrix()
    row = acks.tracking(letter.id).rows[0]
    acks.acknowledge([row.id], Acknowledgement(at=clock()), office.actor)
    after = acks.dashboard()
    assert after is not first and (after.pending, after.acknowledged) == (1, 1)
    clock.now = clock.now + dt.timedelta(days=30)  # overdue now, with nothing recorded
    assert acks.dashboard().overdue == 1


def test_a_selection_passes_over_letters_reminded_today(office, clock):
    acks = office.acknowledgements
    first = forward(office, DISTRICTS[:2], due=dt.date(2026, 3, 9))
    second = forward(office, DISTRICTS[2:4], due=dt.date(2026, 3, 9))
    clock.now = at(12)
    acks.remind(first.id, office.actor)
    overdue = [item.row_id for item in acks.overdue()]
    issued = acks.remind_rows(overdue, office.actor)
    assert [letter.number for letter in issued] == [second.number + 2]  # only the second's
    assert acks.tracking(second.id).reminders == ((issued[0].id, issued[0].doc_no),)
    with pytest.raises(Conflict):  # everything selected was reminded today
        acks.remind_rows(overdue, office.actor)
