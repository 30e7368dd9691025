"""Thai government working days and acknowledgement due dates.

Concrete dates below were checked by hand against the 2025-2027 government holiday calendars
(สำนักเลขาธิการคณะรัฐมนตรี) and the ``holidays`` package's data; weekdays are noted so a reader
can recount them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import InvalidDate, InvalidInput
from desktop_app.domain.workdays import (
    DEFAULT_DUE_WORKING_DAYS,
    Holiday,
    WorkingCalendar,
    due_date,
    dump_office_days,
    parse_office_days,
)

D = dt.date
CAL = WorkingCalendar()


def _working_days_by_counting(calendar: WorkingCalendar, start: dt.date, end: dt.date) -> int:
    """The reference: walk the days one by one."""
    days = (start + dt.timedelta(days=n) for n in range(1, (end - start).days + 1))
    return sum(calendar.is_working_day(day) for day in days)


# -- weekends and plain weeks ----------------------------------------------------------------
def test_weekends_are_not_working_days_and_plain_weekdays_are():
    # 2026-03-09 .. 03-15: Mon..Sun, no holidays
    week = [D(2026, 3, 9) + dt.timedelta(days=n) for n in range(7)]
    assert [CAL.is_working_day(day) for day in week] == [True] * 5 + [False] * 2


def test_adding_working_days_skips_the_weekend():
    assert CAL.add_working_days(D(2026, 3, 12), 1) == D(2026, 3, 13)  # Thu -> Fri
    assert CAL.add_working_days(D(2026, 3, 13), 1) == D(2026, 3, 16)  # Fri -> Mon
    assert CAL.add_working_days(D(2026, 3, 14), 1) == D(2026, 3, 16)  # Sat -> Mon
    assert CAL.add_working_days(D(2026, 3, 9), 7) == D(2026, 3, 18)  # Mon + 7 -> next Wed


def test_zero_days_is_the_start_when_it_is_a_working_day_else_the_next_one():
    assert CAL.add_working_days(D(2026, 3, 11), 0) == D(2026, 3, 11)  # Wed
    assert CAL.add_working_days(D(2026, 3, 14), 0) == D(2026, 3, 16)  # Sat -> Mon
    assert CAL.add_working_days(D(2026, 4, 13), 0) == D(2026, 4, 16)  # Songkran Mon -> Thu


@pytest.mark.parametrize("days", [-1, -7])
def test_negative_days_are_refused(days):
    with pytest.raises(ValueError, match="days"):
        CAL.add_working_days(D(2026, 3, 11), days)


def test_working_days_between_counts_after_start_through_end():
    assert CAL.working_days_between(D(2026, 3, 9), D(2026, 3, 9)) == 0
    assert CAL.working_days_between(D(2026, 3, 9), D(2026, 3, 10)) == 1
    assert CAL.working_days_between(D(2026, 3, 13), D(2026, 3, 16)) == 1  # Fri -> Mon
    assert CAL.working_days_between(D(2026, 3, 9), D(2026, 3, 20)) == 9
    assert CAL.working_days_between(D(2026, 3, 14), D(2026, 3, 15)) == 0  # Sat -> Sun
    assert CAL.working_days_between(D(2026, 3, 20), D(2026, 3, 9)) == 0  # backwards


# -- Songkran ------------------------------------------------------------------------------
def test_songkran_2026_monday_to_wednesday_is_off_without_a_substitute():
    for day in (D(2026, 4, 13), D(2026, 4, 14), D(2026, 4, 15)):
        assert not CAL.is_working_day(day), day
    assert CAL.is_working_day(D(2026, 4, 16))  # Thu
    # Chakri Day, Mon 6 April, is off too
    assert not CAL.is_working_day(D(2026, 4, 6))
    assert CAL.add_working_days(D(2026, 4, 10), 1) == D(2026, 4, 16)  # Fri -> Thu
    assert CAL.add_working_days(D(2026, 4, 10), 3) == D(2026, 4, 20)  # Fri -> next Mon
    assert CAL.working_days_between(D(2026, 4, 10), D(2026, 4, 17)) == 2


def test_songkran_2027_tuesday_to_thursday_is_off():
    for day in (D(2027, 4, 13), D(2027, 4, 14), D(2027, 4, 15)):
        assert not CAL.is_working_day(day), day
    assert CAL.is_working_day(D(2027, 4, 12))  # Mon
    assert CAL.is_working_day(D(2027, 4, 16))  # Fri: no substitute, all three on weekdays
    assert CAL.add_working_days(D(2027, 4, 12), 1) == D(2027, 4, 16)
    assert CAL.add_working_days(D(2027, 4, 12), 2) == D(2027, 4, 19)


def test_songkran_holidays_come_from_the_package_with_thai_and_english_names():
    songkran = CAL.holidays_in(D(2027, 4, 10), D(2027, 4, 20))
    assert [holiday.day for holiday in songkran] == [D(2027, 4, 13), D(2027, 4, 14), D(2027, 4, 15)]
    assert {(h.name_th, h.name_en, h.source) for h in songkran} == {
        ("วันสงกรานต์", "Songkran Festival", "library")
    }


def test_songkran_on_a_weekend_gives_one_substitute_day():
    # 2025: Sun 13 - Tue 15, substitute Wed 16
    assert not CAL.is_working_day(D(2025, 4, 16))
    assert CAL.add_working_days(D(2025, 4, 11), 1) == D(2025, 4, 17)  # Fri -> Thu
    # 2028: Thu 13 - Sat 15, substitute Mon 17
    assert not CAL.is_working_day(D(2028, 4, 17))
    assert CAL.add_working_days(D(2028, 4, 12), 1) == D(2028, 4, 18)  # Wed -> Tue
    (substitute,) = CAL.holidays_in(D(2028, 4, 16), D(2028, 4, 17))
    assert substitute == Holiday(
        D(2028, 4, 17), "ชดเชยวันสงกรานต์", "Songkran Festival (in lieu)", "library"
    )


# -- substitution days -----------------------------------------------------------------------
def test_a_holiday_on_saturday_makes_the_following_monday_a_day_off():
    # 5 December 2026 (Father's Day / National Day) is a Saturday
    assert D(2026, 12, 5).weekday() == 5
    assert not CAL.is_working_day(D(2026, 12, 7))
    assert CAL.add_working_days(D(2026, 12, 4), 1) == D(2026, 12, 8)  # Fri -> Tue
    (saturday, monday) = CAL.holidays_in(D(2026, 12, 5), D(2026, 12, 7))
    assert "วันพ่อแห่งชาติ" in saturday.name_th.split("; ")
    assert monday.day == D(2026, 12, 7)
    assert monday.name_th.startswith("ชดเชย")
    assert "National Father's Day (in lieu)" in monday.name_en


def test_a_holiday_on_sunday_makes_the_following_monday_a_day_off():
    # Visakha Bucha, Sun 31 May 2026 -> Mon 1 June; HM Queen's birthday Wed 3 June
    assert not CAL.is_working_day(D(2026, 6, 1))
    assert CAL.add_working_days(D(2026, 5, 29), 2) == D(2026, 6, 4)  # Fri -> Tue 2, Thu 4


# -- New Year --------------------------------------------------------------------------------
def test_new_year_2026_with_the_cabinets_bridge_day():
    # Wed 31 Dec 2025, Thu 1 Jan, Fri 2 Jan 2026 (วันหยุดพิเศษ by cabinet resolution)
    for day in (D(2025, 12, 31), D(2026, 1, 1), D(2026, 1, 2)):
        assert not CAL.is_working_day(day), day
    assert CAL.add_working_days(D(2025, 12, 29), 1) == D(2025, 12, 30)
    assert CAL.add_working_days(D(2025, 12, 29), 2) == D(2026, 1, 5)
    assert CAL.add_working_days(D(2025, 12, 30), 3) == D(2026, 1, 7)
    assert CAL.working_days_between(D(2025, 12, 29), D(2026, 1, 9)) == 6
    assert [h.day for h in CAL.holidays_in(D(2025, 12, 29), D(2026, 1, 4))] == [
        D(2025, 12, 31),
        D(2026, 1, 1),
        D(2026, 1, 2),
    ]


def test_new_year_2027_eve_and_day_on_thursday_and_friday():
    assert not CAL.is_working_day(D(2026, 12, 31))
    assert not CAL.is_working_day(D(2027, 1, 1))
    assert CAL.add_working_days(D(2026, 12, 29), 2) == D(2027, 1, 4)  # Tue -> Wed, Mon
    assert CAL.add_working_days(D(2026, 12, 30), 3) == D(2027, 1, 6)
    assert CAL.working_days_between(D(2026, 12, 30), D(2027, 1, 6)) == 3


def test_new_years_day_on_saturday_is_made_up_on_monday():
    # Fri 31 Dec 2027, Sat 1 Jan 2028 -> substitute Mon 3 Jan
    assert not CAL.is_working_day(D(2028, 1, 3))
    assert CAL.add_working_days(D(2027, 12, 30), 1) == D(2028, 1, 4)


# -- which categories count --------------------------------------------------------------------
def test_royal_ploughing_day_is_a_government_day_off():
    assert not CAL.is_working_day(D(2026, 5, 13))  # Wed, category "government"
    assert CAL.add_working_days(D(2026, 5, 12), 1) == D(2026, 5, 14)


def test_labour_day_and_its_substitute_are_working_days_for_government():
    assert CAL.is_working_day(D(2026, 5, 1))  # Fri
    assert CAL.is_working_day(D(2027, 5, 3))  # Mon, the package's in-lieu day for Sat 1 May
    names = {h.name_th for h in CAL.holidays_in(D(2026, 4, 30), D(2027, 5, 3))}
    assert not any("แรงงาน" in name for name in names)


def test_childrens_day_and_days_of_observance_are_not_listed():
    january = CAL.holidays_in(D(2026, 1, 3), D(2026, 1, 31))
    # Sat 10 Jan (Children's Day), Fri 16 Jan (Teachers' Day), Sun 18 Jan (Armed Forces Day)
    assert january == []
    assert CAL.is_working_day(D(2026, 1, 16))


def test_holidays_in_is_sorted_and_inclusive_and_empty_when_backwards():
    may = CAL.holidays_in(D(2026, 5, 4), D(2026, 5, 13))
    assert [h.day for h in may] == [D(2026, 5, 4), D(2026, 5, 13)]
    assert CAL.holidays_in(D(2026, 5, 13), D(2026, 5, 4)) == []


# -- office days ---------------------------------------------------------------------------------
def test_an_office_day_off_moves_due_dates_and_is_listed():
    labour = D(2026, 5, 1)
    office = WorkingCalendar(added={labour: "วันแรงงาน (คำสั่งจังหวัด)"})
    assert CAL.add_working_days(D(2026, 4, 30), 1) == labour
    # Fri 1 off, weekend, Mon 4 Coronation Day -> Tue 5
    assert office.add_working_days(D(2026, 4, 30), 1) == D(2026, 5, 5)
    assert office.working_days_between(D(2026, 4, 30), D(2026, 5, 5)) == 1
    assert office.holidays_in(labour, labour) == [
        Holiday(labour, "วันแรงงาน (คำสั่งจังหวัด)", "วันแรงงาน (คำสั่งจังหวัด)", "office")
    ]


def test_a_removed_holiday_becomes_a_working_day():
    ploughing = D(2026, 5, 13)
    office = WorkingCalendar(removed=[ploughing])
    assert office.is_working_day(ploughing)
    assert office.add_working_days(D(2026, 5, 12), 1) == ploughing
    assert office.working_days_between(D(2026, 5, 11), D(2026, 5, 15)) == 4
    assert CAL.working_days_between(D(2026, 5, 11), D(2026, 5, 15)) == 3
    assert ploughing not in [h.day for h in office.holidays_in(D(2026, 5, 1), D(2026, 5, 31))]


def test_removing_a_weekend_day_does_not_make_it_a_working_day():
    assert not WorkingCalendar(removed=[D(2026, 12, 5)]).is_working_day(D(2026, 12, 5))


def test_an_office_day_on_a_package_holiday_replaces_its_name_and_wins_over_removal():
    day = D(2026, 4, 14)
    office = WorkingCalendar(added={day: "สงกรานต์ (สำนักงาน)"}, removed=[day])
    assert not office.is_working_day(day)
    assert office.holidays_in(day, day) == [
        Holiday(day, "สงกรานต์ (สำนักงาน)", "สงกรานต์ (สำนักงาน)", "office")
    ]


def test_the_calendar_does_not_follow_later_changes_to_what_it_was_given():
    added = {D(2026, 3, 11): "วันหยุดพิเศษ"}
    removed = [D(2026, 5, 13)]
    office = WorkingCalendar(added=added, removed=removed)
    added.clear()
    removed.clear()
    assert not office.is_working_day(D(2026, 3, 11))
    assert office.is_working_day(D(2026, 5, 13))


# -- due dates ---------------------------------------------------------------------------------
def test_urgency_keys_are_the_urgency_values():
    assert set(DEFAULT_DUE_WORKING_DAYS) == {member.value for member in Urgency}


@pytest.mark.parametrize(
    ("urgency", "expected"),
    [
        # issued Fri 10 Apr 2026; Songkran Mon 13 - Wed 15
        (Urgency.MOST_URGENT, D(2026, 4, 16)),
        ("most_urgent", D(2026, 4, 16)),
        ("very_urgent", D(2026, 4, 20)),
        ("urgent", D(2026, 4, 22)),
        ("normal", D(2026, 4, 24)),
        ("no such urgency", D(2026, 4, 24)),
        ("ด่วนมาก", D(2026, 4, 20)),
    ],
)
def test_due_date_counts_working_days_by_urgency(urgency, expected):
    assert due_date(CAL, D(2026, 4, 10), urgency) == expected


def test_a_typed_deadline_wins_even_on_a_holiday():
    typed = D(2026, 4, 13)
    assert due_date(CAL, D(2026, 4, 10), "normal", typed=typed) == typed


def test_the_office_may_change_the_days_for_an_urgency():
    issued = D(2026, 3, 9)  # Mon
    assert due_date(CAL, issued, "urgent", days_by_urgency={"urgent": 2}) == D(2026, 3, 11)
    # urgencies the office left out keep the defaults
    assert due_date(CAL, issued, "normal", days_by_urgency={"urgent": 2}) == D(2026, 3, 18)
    assert due_date(CAL, issued, "bogus", days_by_urgency={"normal": 1}) == D(2026, 3, 10)
    with pytest.raises(ValueError):
        due_date(CAL, issued, "urgent", days_by_urgency={"urgent": -1})


# -- settings value ------------------------------------------------------------------------------
def test_office_days_round_trip_through_the_settings_value():
    days = {D(2026, 5, 13): "วันพืชมงคล", D(2026, 1, 2): "วันหยุดพิเศษ (มติ ครม.)"}
    value = dump_office_days(days)
    assert value == [
        {"date": "2026-01-02", "name": "วันหยุดพิเศษ (มติ ครม.)"},
        {"date": "2026-05-13", "name": "วันพืชมงคล"},
    ]
    assert parse_office_days(value) == days
    assert parse_office_days(None) == {}
    assert parse_office_days([]) == {}


def test_parsing_trims_names_and_ignores_extra_keys():
    value = [{"date": "2026-05-13", "name": "  วันหยุด   พิเศษ ", "note": "x"}]
    assert parse_office_days(value) == {D(2026, 5, 13): "วันหยุด พิเศษ"}


@pytest.mark.parametrize(
    ("value", "error", "english"),
    [
        ({"date": "2026-05-13", "name": "x"}, InvalidInput, "must be a list"),
        ("2026-05-13", InvalidInput, "must be a list"),
        (["2026-05-13"], InvalidInput, "no. 1: expected an object"),
        ([{"name": "x"}], InvalidDate, "no. 1: “None” is not a valid date"),
        ([{"date": "13/05/2569", "name": "x"}], InvalidDate, "not a valid date"),
        ([{"date": "20260513", "name": "x"}], InvalidDate, "not a valid date"),
        ([{"date": "2026-02-30", "name": "x"}], InvalidDate, "not a valid date"),
        ([{"date": 20260513, "name": "x"}], InvalidDate, "not a valid date"),
        ([{"date": "2026-05-13"}], InvalidInput, "the name is missing"),
        ([{"date": "2026-05-13", "name": "  "}], InvalidInput, "the name is missing"),
        ([{"date": "2026-05-13", "name": 5}], InvalidInput, "the name is missing"),
        (
            [{"date": "2026-05-13", "name": "a"}, {"date": "2026-05-13", "name": "b"}],
            InvalidInput,
            "listed twice (entry no. 2)",
        ),
    ],
)
def test_bad_settings_values_are_refused_in_thai_and_english(value, error, english):
    with pytest.raises(error) as caught:
        parse_office_days(value)
    assert english in caught.value.message_en
    assert "วันหยุดของสำนักงาน" in caught.value.message_th
    assert caught.value.field == "office_days"


# -- start-up cost -------------------------------------------------------------------------------
def test_importing_the_module_does_not_import_the_holidays_package():
    code = (
        "import sys, desktop_app.domain.workdays as w\n"
        "assert 'holidays' not in sys.modules, 'imported early'\n"
        "import datetime as dt\n"
        "w.WorkingCalendar().is_working_day(dt.date(2026, 4, 13))\n"
        "assert 'holidays' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- properties ----------------------------------------------------------------------------------
_DAYS = st.dates(min_value=D(2024, 1, 1), max_value=D(2028, 12, 31))
_CALENDARS = st.builds(
    WorkingCalendar,
    added=st.dictionaries(_DAYS, st.just("วันหยุดของสำนักงาน"), max_size=5),
    removed=st.lists(_DAYS, max_size=5),
)


@given(calendar=_CALENDARS, start=_DAYS, n=st.integers(min_value=0, max_value=40))
def test_counting_back_the_days_added_gives_n(calendar, start, n):
    end = calendar.add_working_days(start, n)
    assert calendar.is_working_day(end)
    if n > 0:
        assert end > start
        assert calendar.working_days_between(start, end) == n
        # the day before the due date is one working day short
        assert calendar.working_days_between(start, end - dt.timedelta(days=1)) == n - 1
    else:
        assert end >= start
        assert calendar.working_days_between(start, end) == (0 if end == start else 1)


@given(calendar=_CALENDARS, start=_DAYS, length=st.integers(min_value=-5, max_value=120))
def test_working_days_between_matches_counting_day_by_day(calendar, start, length):
    end = start + dt.timedelta(days=length)
    assert calendar.working_days_between(start, end) == _working_days_by_counting(
        calendar, start, end
    )


@given(calendar=_CALENDARS, start=_DAYS, end=_DAYS)
def test_holidays_in_lists_exactly_the_weekday_days_off(calendar, start, end):
    listed = calendar.holidays_in(start, end)
    weekdays_off = {h.day for h in listed if h.day.weekday() < 5}
    span = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    expected = {day for day in span if day.weekday() < 5 and not calendar.is_working_day(day)}
    assert weekdays_off == expected
    assert [h.day for h in listed] == sorted({h.day for h in listed})
