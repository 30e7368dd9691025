"""The letters' wording and issuing name are office settings: kept in the database (SQLite and
PostgreSQL), defaulted from the province, used by the forwarding drafts and the reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.letters import DEFAULT_WORDING, LetterWording
from desktop_app.domain.office import SetupRequest, WorkGroupInfo
from desktop_app.domain.thai_dates import format_date_full
from desktop_app.domain.users import Actor, Role

OWN_FORWARD = (
    "ด้วย{sender}มีหนังสือ ที่ {doc_no} ลงวันที่ {doc_date} เรื่อง {subject}",
    "{issued_as}จึงขอส่งสำเนาหนังสือดังกล่าวมาเพื่อทราบ รายละเอียดปรากฏตาม{enclosure}",
)
OWN_REMINDER = ("{issued_as}ขอให้แจ้งการรับหนังสือ ที่ {doc_no} ภายในวันที่ {reply_by}",)


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
            urgency=Urgency.URGENT,
        ),
        context.actor,
    )


def test_the_defaults_come_from_the_province_and_the_program(office):
    settings = office.settings
    assert settings.default_issued_as() == settings.issued_as() == "จังหวัดแม่ฮ่องสอน"
    assert settings.letter_wording() == DEFAULT_WORDING
    assert settings.get("letter.issued_as") is None


def test_the_wording_and_issuing_name_are_kept_and_audited(office):
    settings = office.settings
    wording = LetterWording(forward=OWN_FORWARD, reminder=OWN_REMINDER)
    name, saved = settings.save_letter_wording(" สำนักงานจังหวัด  แม่ฮ่องสอน ", wording, office.actor)
    assert (name, saved) == ("สำนักงานจังหวัด แม่ฮ่องสอน", wording)
    assert settings.issued_as() == "สำนักงานจังหวัด แม่ฮ่องสอน"
    assert settings.letter_wording() == wording
    assert settings.get("letter.wording.forward") == list(OWN_FORWARD)
    with office.db.read() as session:
        keys = [
            event.details["key"]
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "setting.set").order_by(AuditEvent.id)
            )
        ]
    assert keys[-3:] == ["letter.issued_as", "letter.wording.forward", "letter.wording.reminder"]

    # Saving again only what changed: the reminder back to the default (a reset).
    settings.save_letter_wording(
        name, replace(wording, reminder=DEFAULT_WORDING.reminder), office.actor
    )
    assert settings.get("letter.wording.reminder") is None  # stored as "the default"
    assert settings.letter_wording() == LetterWording(forward=OWN_FORWARD)
    # A blank name is the default again.
    assert settings.save_letter_wording("  ", DEFAULT_WORDING, office.actor) == (
        "จังหวัดแม่ฮ่องสอน",
        DEFAULT_WORDING,
    )
    assert settings.get("letter.issued_as") is None
    assert settings.get("letter.wording.forward") is None


def test_only_an_admin_changes_the_wording(office):
    clerk = Actor(office.actor.id, "clerk2", "clerk2", Role.CLERK)
    with pytest.raises(PermissionDenied):
        office.settings.save_letter_wording("อื่น", LetterWording(forward=OWN_FORWARD), clerk)
    assert office.settings.letter_wording() == DEFAULT_WORDING
    assert office.settings.issued_as() == "จังหวัดแม่ฮ่องสอน"


def test_a_stored_template_that_no_longer_checks_gives_way_to_the_default(office):
    office.settings.set("letter.wording.forward", ["ด้วย{no_such_value}"], office.actor)
    office.settings.set("letter.wording.reminder", list(OWN_REMINDER), office.actor)
    wording = office.settings.letter_wording()
    assert wording.forward == DEFAULT_WORDING.forward and wording.reminder == OWN_REMINDER


def test_the_forwarding_draft_uses_the_office_s_wording_and_contact_lines(office):
    settings = office.settings
    group = settings.work_groups()[0]
    settings.save_work_group(
        replace(group, name="กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", phone="0-5361-2841 ต่อ 33"),
        office.actor,
    )
    incoming = receive(office)
    default = office.outgoing.draft_forward(incoming.id, []).letter
    assert default.body[0].startswith("ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ที่ มท 0810.2/ว 1089")
    assert default.office == "จังหวัดแม่ฮ่องสอน" and default.enclosures == ()
    assert default.owner_unit == "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น"
    assert default.phone == "0-5361-2841 ต่อ 33"  # the work group's own
    settings.save_letter_wording(
        "จังหวัดแม่ฮ่องสอน (สถ.จ.)", LetterWording(forward=OWN_FORWARD), office.actor
    )
    letter = office.outgoing.draft_forward(incoming.id, []).letter
    assert letter.body == (
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นมีหนังสือ ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569 "
        "เรื่อง การเผยแพร่องค์ความรู้",
        "จังหวัดแม่ฮ่องสอน (สถ.จ.)จึงขอส่งสำเนาหนังสือดังกล่าวมาเพื่อทราบ "
        "รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้",
    )
    assert letter.office == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    external = office.outgoing.draft_forward(incoming.id, [], kind="external").letter
    assert external.office == "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
    assert external.body[1].endswith("รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย")


def test_a_reminder_uses_the_office_s_wording_and_issuing_name(office, clock):
    incoming = receive(office)
    outgoing = office.outgoing
    issued = outgoing.issue(
        outgoing.draft_forward(incoming.id, outgoing.resolve(["5801", "5802"])), office.actor
    )
    office.settings.save_letter_wording(
        "จังหวัดแม่ฮ่องสอน", LetterWording(reminder=OWN_REMINDER), office.actor
    )
    reminder = office.acknowledgements.remind(issued.id, office.actor)
    stored = outgoing.stored_letter(reminder.id)
    reply_by = office.settings.due_date("urgent", clock().date())
    assert reply_by > clock().date()
    assert stored.body == (
        f"จังหวัดแม่ฮ่องสอนขอให้แจ้งการรับหนังสือ ที่ {issued.doc_no} ภายในวันที่ "
        f"{format_date_full(reply_by, 'arabic')}",
    )
    assert stored.office == "จังหวัดแม่ฮ่องสอน"
    assert stored.owner_unit == "ฝ่ายบริหารงานทั่วไป"  # the original's work group


def test_setup_takes_the_issuing_name_and_a_work_group_s_contact_lines(context):
    setup = context.setup
    result = setup.initialise(
        SetupRequest(
            province="58",
            phone="0-5361-1111",
            email="msn@dla.go.th",
            work_groups=[
                WorkGroupInfo(None, "กลุ่มงานส่งเสริม", "มส 0023.3", "0-5361-2841", "pm@dla.go.th")
            ],
            issued_as="จังหวัดแม่ฮ่องสอน (สถ.จ.)",
        ),
        context.actor,
    )
    assert result.issued_as == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    assert result.to_json()["issued_as"] == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    (group,) = context.settings.work_groups()
    assert (group.phone, group.email) == ("0-5361-2841", "pm@dla.go.th")
    # Run again without them: what was set stays.
    again = setup.initialise(
        SetupRequest(province="58", work_groups=[WorkGroupInfo(None, "กลุ่มงานส่งเสริม", "")]),
        context.actor,
    )
    assert again.issued_as == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    (group,) = context.settings.work_groups()
    assert (group.letter_prefix, group.phone, group.email) == (
        "มส 0023.3",
        "0-5361-2841",
        "pm@dla.go.th",
    )
    office = context.settings.office()
    assert office is not None and (office.phone, office.email) == ("0-5361-1111", "msn@dla.go.th")
    sending = context.settings.sending_office(None)
    assert (sending.phone, sending.email, sending.owner_unit) == (
        "0-5361-1111",
        "msn@dla.go.th",
        "",
    )
