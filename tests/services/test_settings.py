"""Office settings, work groups and the workstation's user, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import InvalidInput, NotFound
from desktop_app.domain.office import OfficeInfo, WorkGroupInfo, check_email
from desktop_app.services.settings import DEFAULTS


def office(**overrides) -> OfficeInfo:  # type: ignore[no-untyped-def]
    values = dict(
        name="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
        province_code="58",
        address="ศาลากลางจังหวัด",
        phone="053-611111",
        email="msn@dla.go.th",
        letter_prefix="มส 0023",
        setup_completed_at=None,
    )
    values.update(overrides)
    return OfficeInfo(**values)


def test_settings_start_at_their_defaults_and_keep_what_an_admin_sets(context):
    assert context.settings.get("retention.years") == DEFAULTS["retention.years"] == 10
    assert context.settings.get("letter.digits") == "thai"
    context.settings.set("retention.years", 20, context.actor)
    context.settings.set("stamp.size_cm", [6.0, 3.0], context.actor)
    assert context.settings.get("retention.years") == 20
    assert context.settings.get("stamp.size_cm") == [6.0, 3.0]
    context.settings.set("retention.years", 15, context.actor)
    assert context.settings.get("retention.years") == 15
    with context.db.read() as session:
        changes = [
            e.details
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "setting.set").order_by(AuditEvent.id)
            )
        ]
    assert changes[0] == {"key": "retention.years", "old": 10, "new": 20}
    assert changes[-1] == {"key": "retention.years", "old": 20, "new": 15}
    with pytest.raises(KeyError):
        context.settings.get("no.such.setting")
    with pytest.raises(KeyError):
        context.settings.set("no.such.setting", 1, context.actor)


def test_the_office_is_one_row_updated_in_place_with_an_audit_trail(context):
    assert context.settings.office() is None and not context.settings.is_set_up()
    saved = context.settings.update_office(office(name="  สถ.จ.แม่ฮ่องสอน "), context.actor)
    assert saved.name == "สถ.จ.แม่ฮ่องสอน"
    context.settings.update_office(office(phone="053-612345"), context.actor)
    current = context.settings.office()
    assert current is not None and current.phone == "053-612345"
    with context.db.read() as session:
        events = list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action == "office.save").order_by(AuditEvent.id)
            )
        )
    assert len({e.entity_id for e in events}) == 1
    assert events[-1].details["phone"] == ["053-611111", "053-612345"]
    for bad, field in ((office(name=" "), "name"), (office(email="msn.dla.go.th"), "email")):
        with pytest.raises(InvalidInput) as caught:
            context.settings.update_office(bad, context.actor)
        assert caught.value.field == field


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("msn@dla.go.th", True),
        ("  saraban@example.org ", True),
        ("", True),
        ("no-at-sign", False),
        ("@dla.go.th", False),
        ("name@", False),
    ],
)
def test_email_addresses(email, ok):
    if ok:
        assert check_email(email) == email.strip()
    else:
        with pytest.raises(InvalidInput):
            check_email(email)


def test_work_groups_keep_their_order_and_unique_names(context):
    first = context.settings.save_work_group(
        WorkGroupInfo(None, "ฝ่ายบริหารงานทั่วไป", "มส 0023.1"), context.actor
    )
    second = context.settings.save_work_group(
        WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "มส 0023.2"), context.actor
    )
    assert [g.name for g in context.settings.work_groups()] == [first.name, second.name]
    with pytest.raises(InvalidInput):  # renaming one onto another's name
        context.settings.save_work_group(WorkGroupInfo(second.id, first.name, "x"), context.actor)
    retired = context.settings.save_work_group(
        WorkGroupInfo(second.id, second.name, second.letter_prefix, active=False), context.actor
    )
    assert not retired.active
    assert [g.id for g in context.settings.work_groups()] == [first.id]
    assert [g.id for g in context.settings.work_groups(include_inactive=True)] == [
        first.id,
        second.id,
    ]
    with pytest.raises(NotFound):
        context.settings.save_work_group(WorkGroupInfo(999, "ไม่มี", ""), context.actor)


def test_the_first_user_is_the_admin_and_users_are_made_once(context):
    assert context.actor.role == "admin"  # the first to open the database
    clerk = context.users.ensure_user("clerk2", "นางสาวสมศรี")
    again = context.users.ensure_user("clerk2")
    assert clerk == again and clerk.role == "clerk" and clerk.display_name == "นางสาวสมศรี"
    assert context.users.display_names() == {context.actor.id: "clerk1", clerk.id: "นางสาวสมศรี"}


def test_only_an_admin_changes_the_offices_settings(context):
    from desktop_app.domain.errors import InvalidInput, PermissionDenied
    from desktop_app.domain.office import OfficeInfo, SetupRequest, WorkGroupInfo
    from desktop_app.domain.users import Actor, Role

    context.setup.initialise(SetupRequest(province="58", prefix="มส 0023"), context.actor)
    clerk = Actor(context.actor.id, "clerk2", "clerk2", Role.CLERK)
    office = context.settings.office()
    assert office is not None
    attempts = [
        lambda: context.settings.update_office(
            OfficeInfo("อื่น", "58", "", "", "", "x", None), clerk
        ),
        lambda: context.settings.save_work_group(WorkGroupInfo(None, "กลุ่มใหม่", "มส 1"), clerk),
        lambda: context.settings.set("letter.digits", "arabic", clerk),
        lambda: context.setup.initialise(SetupRequest(province="58", prefix="มส 9"), clerk),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert not isinstance(caught.value, InvalidInput)
    assert context.settings.office() == office
    assert context.settings.get("letter.digits") == "thai"
    assert [g.name for g in context.settings.work_groups()] == ["ฝ่ายบริหารงานทั่วไป"]


def test_office_days_change_together_or_not_at_all(context):
    import datetime as dt

    settings = context.settings
    settings.save_office_days({dt.date(2026, 5, 13): "วันหยุดพิเศษ"}, [], context.actor)
    with pytest.raises(InvalidInput):
        settings.save_office_days(
            {dt.date(2026, 5, 14): "  "}, [dt.date(2026, 4, 13)], context.actor
        )
    assert settings.get("calendar.office_working_days") == []
    assert settings.working_calendar().is_working_day(dt.date(2026, 5, 13)) is False
    assert settings.working_calendar().is_working_day(dt.date(2026, 5, 14)) is True
