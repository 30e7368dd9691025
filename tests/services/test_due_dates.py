"""Acknowledgement due dates on forwarded letters: counted in the office's working days
(weekends, Thai public holidays, the office's own days off and worked holidays), from the
office's settings, unless the officer typed a deadline.

Every expected date here is counted by hand on the 2026/2027 calendar (noted beside it), not
recomputed with the code under test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import count

import pytest

from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import InvalidInput, PermissionDenied
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.users import Actor, Role

# Friday 10 April 2026 (๑๐ เม.ย. ๒๕๖๙), the last working day before Songkran: 11-12 April
# are Saturday and Sunday, 13-15 April (Monday-Wednesday) are วันสงกรานต์.
FRIDAY_BEFORE_SONGKRAN = dt.date(2026, 4, 10)

_numbers = count(1100)


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def forward(office, clock, day: dt.date, urgency: Urgency, *, typed: dt.date | None = None):  # type: ignore[no-untyped-def]
    """Receive a circular on ``day`` and forward it to every district the same day; the
    recipients' due dates, one per row."""
    clock.now = dt.datetime.combine(day, dt.time(9, 30))
    incoming = office.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no=f"มท 0810.2/ว {next(_numbers)}",
            doc_date=day - dt.timedelta(days=1),
            subject="ขอให้รายงานผลการดำเนินงาน",
            urgency=urgency,
        ),
        office.actor,
    )
    draft = office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["all-districts"]))
    if typed is not None:
        draft = replace(draft, due_date=typed)
    issued = office.outgoing.issue(draft, office.actor)
    rows = office.acknowledgements.tracking(issued.id).rows
    assert len(rows) == 7  # the province's seven districts
    return {row.due_date for row in rows}


def test_a_very_urgent_letter_before_songkran_is_due_after_the_weekend_and_the_holidays(
    office, clock
):
    # ด่วนมาก: 3 working days. Sat 11, Sun 12, Songkran Mon 13 - Wed 15 do not count:
    # Thu 16 (1), Fri 17 (2), [Sat 18, Sun 19], Mon 20 (3).
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 20)
    }
    # ด่วนที่สุด: 1 working day -> Thu 16; ปกติ: 7 -> Thu 16 ... Mon 20 (3) ... Fri 24 (7).
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.MOST_URGENT) == {
        dt.date(2026, 4, 16)
    }
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.NORMAL) == {dt.date(2026, 4, 24)}


def test_a_typed_deadline_wins_even_on_a_holiday(office, clock):
    typed = dt.date(2026, 4, 14)  # วันสงกรานต์: what the circular says is what counts
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT, typed=typed) == {
        typed
    }


def test_changed_working_days_apply_to_the_next_letter_only(office, clock):
    before = forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT)
    saved = office.settings.save_due_working_days({"very_urgent": 1, "normal": 10}, office.actor)
    assert saved == {"most_urgent": 1, "very_urgent": 1, "urgent": 5, "normal": 10}
    # ด่วนมาก now 1 working day: Thu 16. ปกติ 10: Thu 16 (1), Fri 17 (2), Mon 20 - Fri 24
    # (3-7), Mon 27 - Wed 29 (8-10).
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 16)
    }
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.NORMAL) == {dt.date(2026, 4, 29)}
    # Zero working days: due the day it is issued (a working day).
    office.settings.save_due_working_days({"most_urgent": 0}, office.actor)
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.MOST_URGENT) == {
        FRIDAY_BEFORE_SONGKRAN
    }
    # The letter already issued keeps the date it was sent with.
    assert before == {dt.date(2026, 4, 20)}
    with pytest.raises(InvalidInput):
        office.settings.save_due_working_days({"urgent": 61}, office.actor)
    assert office.settings.due_working_days()["urgent"] == 5


def test_an_office_day_off_moves_the_due_date(office, clock):
    bridge = dt.date(2026, 4, 16)  # a cabinet-resolution day off after Songkran
    office.settings.save_office_days({bridge: "วันหยุดพิเศษตามมติคณะรัฐมนตรี"}, [], office.actor)
    # Thu 16 is now a day off too: Fri 17 (1), Mon 20 (2), Tue 21 (3).
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 21)
    }
    calendar = office.settings.working_calendar()
    assert calendar.added == {bridge: "วันหยุดพิเศษตามมติคณะรัฐมนตรี"}


def test_a_holiday_the_office_works_on_counts_as_a_working_day(office, clock):
    office.settings.save_office_days({}, [dt.date(2026, 4, 15)], office.actor)
    # The last Songkran day is worked: Wed 15 (1), Thu 16 (2), Fri 17 (3).
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 17)
    }
    # Undone: back to the government calendar.
    office.settings.save_office_days({}, [], office.actor)
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 20)
    }


def test_a_due_date_across_the_new_year(office, clock):
    # Tuesday 29 December 2026, ด่วน (5 working days): Wed 30 (1); Thu 31 วันสิ้นปี and
    # Fri 1 January วันขึ้นปีใหม่ are holidays; Sat 2, Sun 3; Mon 4 (2), Tue 5 (3),
    # Wed 6 (4), Thu 7 January 2027 (5).
    assert forward(office, clock, dt.date(2026, 12, 29), Urgency.URGENT) == {dt.date(2027, 1, 7)}
    # ด่วนมาก (3): Wed 30 (1), Mon 4 (2), Tue 5 (3).
    assert forward(office, clock, dt.date(2026, 12, 29), Urgency.VERY_URGENT) == {
        dt.date(2027, 1, 5)
    }


def test_only_an_admin_changes_due_days_holidays_and_e_mails(office, clock):
    clerk = office.users.ensure_user("clerk2")
    assert clerk.role == Role.CLERK
    other = Actor(office.actor.id, "clerk3", "clerk3", Role.CLERK)
    la = next(o for o in office.directory.organisations() if o.code == "6580304")
    refused = [
        lambda actor: office.settings.save_due_working_days({"very_urgent": 1}, actor),
        lambda actor: office.settings.save_office_days(
            {dt.date(2026, 4, 16): "วันหยุดพิเศษ"}, [dt.date(2026, 4, 15)], actor
        ),
        lambda actor: office.directory.set_email(la.id, "someone@example.org", actor),
    ]
    for actor in (clerk, other):
        for attempt in refused:
            with pytest.raises(PermissionDenied) as caught:
                attempt(actor)
            assert not isinstance(caught.value, InvalidInput)
    assert office.settings.due_working_days()["very_urgent"] == 3
    calendar = office.settings.working_calendar()
    assert not calendar.added and not calendar.removed
    assert forward(office, clock, FRIDAY_BEFORE_SONGKRAN, Urgency.VERY_URGENT) == {
        dt.date(2026, 4, 20)
    }
    unchanged = next(o for o in office.directory.organisations() if o.id == la.id)
    assert unchanged.email == "" and unchanged.official_email == "saraban_06580304@dla.go.th"


def test_an_admin_sets_and_clears_an_e_mail(office):
    la = next(o for o in office.directory.organisations() if o.code == "6580304")
    assert la.email == "" and la.official_email == "saraban_06580304@dla.go.th"
    changed = office.directory.set_email(la.id, " Saraban@ThungYao.go.th ", office.actor)
    assert changed.email == "saraban@thungyao.go.th" == changed.official_email
    assert office.directory.official_emails()["saraban@thungyao.go.th"] == [la.id]
    back = office.directory.set_email(la.id, "", office.actor)
    assert back.email == "" and back.official_email == "saraban_06580304@dla.go.th"
    with pytest.raises(InvalidInput):
        office.directory.set_email(la.id, "not-an-address", office.actor)
