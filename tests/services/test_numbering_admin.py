"""Setting a series' next number before its first use (SQLite and PostgreSQL): recorded with
who and why, refused once a number of it was issued, refused for anyone but an admin."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent
from desktop_app.db.numbering import allocate_number, raise_last_number, set_last_number
from desktop_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.letters import outgoing_series
from desktop_app.domain.numbering import SeriesRef
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.users import Actor, Role
from desktop_app.services.numbering_admin import SET_ACTION
from tests.conftest import row_counts

INCOMING = SeriesRef("incoming")
CIRCULARS = SeriesRef("outgoing", "มส 0023.3", True)


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def receive(context):  # type: ignore[no-untyped-def]
    return context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การเผยแพร่องค์ความรู้",
        ),
        context.actor,
    )


def test_the_series_of_the_year_are_listed_with_where_they_stand(office):
    states = office.numbering.series()
    assert [state.series for state in states] == [
        INCOMING,
        SeriesRef("outgoing", "มส 0023.3", False),
        CIRCULARS,
    ]
    assert all(
        (state.year, state.next_number, state.in_use) == (2569, 1, False) for state in states
    )
    receive(office)
    (incoming,) = [state for state in office.numbering.series(2569) if state.series == INCOMING]
    assert (incoming.last_number, incoming.issued, incoming.highest, incoming.in_use) == (
        1,
        1,
        1,
        True,
    )


def test_a_next_number_set_before_first_use_is_issued_and_recorded(office):
    state = office.numbering.set_next(
        INCOMING, 2569, 2345, " ต่อจากทะเบียนรับเล่มกระดาษ ", office.actor
    )
    assert (state.next_number, state.last_number, state.in_use) == (2345, 2344, False)
    assert (state.set_by, state.reason) == ("clerk1", "ต่อจากทะเบียนรับเล่มกระดาษ")
    # Before the first number it can be set again (a typing slip corrected).
    state = office.numbering.set_next(INCOMING, None, 2346, "แก้เลขที่ตั้งผิด", office.actor)
    assert state.next_number == 2346 and state.reason == "แก้เลขที่ตั้งผิด"
    assert receive(office).receive_label == "2346/2569"
    with office.db.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == SET_ACTION).order_by(AuditEvent.id)
        ).all()
    assert [event.details["next"] for event in events] == [2345, 2346]
    assert [event.details["previous_next"] for event in events] == [1, 2345]
    assert all(event.user_id == office.actor.id for event in events)
    assert events[0].details["reason"] == "ต่อจากทะเบียนรับเล่มกระดาษ"
    assert events[0].details["series"] == "incoming" and events[0].details["year"] == 2569


def test_an_outgoing_series_typed_another_way_is_the_offices_series(office):
    typed = SeriesRef.of("outgoing", "มส๐๐๒๓.๓", circular=True)
    state = office.numbering.set_next(typed, 2569, 412, "ต่อจากทะเบียนส่ง ว", office.actor)
    assert state.series == CIRCULARS and state.next_number == 412
    with office.db.write() as session:  # what issuing a circular takes next
        assert allocate_number(session, outgoing_series("มส 0023.3", True), 2569) == 412
        assert allocate_number(session, outgoing_series("มส 0023.3", False), 2569) == 1


def test_setting_is_refused_once_the_series_is_in_use(office):
    receive(office)
    before = row_counts(office.db)
    with pytest.raises(Conflict) as refused:
        office.numbering.set_next(INCOMING, 2569, 2345, "ต่อจากทะเบียนเดิม", office.actor)
    assert "ใช้เลขไปแล้ว 1 เลข" in refused.value.message_th
    assert "in use" in refused.value.message_en
    assert row_counts(office.db) == before
    assert receive(office).receive_no == 2
    # Another year, or another series, is still free.
    assert office.numbering.set_next(INCOMING, 2570, 10, "ปีหน้า", office.actor).next_number == 10
    assert office.numbering.set_next(CIRCULARS, 2569, 412, "ว", office.actor).next_number == 412


def test_only_an_admin_sets_and_a_reason_is_required(office):
    clerk = Actor(office.actor.id, "clerk2", "clerk2", Role.CLERK)
    before = row_counts(office.db)
    with pytest.raises(PermissionDenied):
        office.numbering.set_next(INCOMING, 2569, 2345, "ต่อจากทะเบียนเดิม", clerk)
    for number, reason, field in (
        (2345, "  ", "reason"),
        (0, "x", "next"),
        (1_000_000, "x", "next"),
    ):
        with pytest.raises(InvalidInput) as refused:
            office.numbering.set_next(INCOMING, 2569, number, reason, office.actor)
        assert refused.value.field == field
    with pytest.raises(InvalidInput):
        office.numbering.set_next(INCOMING, 1999, 5, "ปี ค.ศ.", office.actor)
    with pytest.raises(InvalidInput):
        SeriesRef.of("outgoing", "  ")
    assert row_counts(office.db) == before


def test_counter_helpers_set_and_raise_only_upwards(office):
    with office.db.write() as session:
        assert set_last_number(session, "s", 2569, 10) == 0
        assert raise_last_number(session, "s", 2569, 5) == 10  # never lowered
        assert raise_last_number(session, "s", 2569, 12) == 12
        assert raise_last_number(session, "t", 2569, 3) == 3  # a new counter
        assert allocate_number(session, "s", 2569) == 13
