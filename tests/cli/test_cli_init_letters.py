"""`saraban init` takes what letters print: the office's and a work group's phone and e-mail
(ส่วนราชการเจ้าของเรื่อง) and the name stamped letters are issued in."""

from __future__ import annotations

from desktop_app.app_context import AppContext
from desktop_app.db.engine import sqlite_url
from tests.cli.conftest import run_db


def test_init_sets_the_contact_lines_and_the_issuing_name(capsys, db, tmp_path):
    code, value, err = run_db(
        capsys,
        db,
        "init",
        "--province",
        "แม่ฮ่องสอน",
        "--prefix",
        "มส 0023.3",
        "--phone",
        "0-5361-1111",
        "--email",
        "msn@dla.go.th",
        "--work-group",
        "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
        "--work-group-phone",
        "0-5361-2841 ต่อ 33",
        "--work-group-email",
        "saraban_msn@dla.go.th",
        "--json",
    )
    assert (code, err) == (0, "")
    assert isinstance(value, dict)
    assert value["issued_as"] == "จังหวัดแม่ฮ่องสอน"  # the default: the province
    assert value["work_groups"] == ["กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น"]
    code, value, _err = run_db(
        capsys, db, "init", "--province", "58", "--issued-as", "จังหวัดแม่ฮ่องสอน (สถ.จ.)", "--json"
    )
    assert code == 0 and isinstance(value, dict)
    assert value["issued_as"] == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    context = AppContext.open(sqlite_url(db), username="admin")
    try:
        (group,) = context.settings.work_groups()
        sending = context.settings.sending_office(group)
        assert (sending.owner_unit, sending.phone, sending.email) == (
            "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
            "0-5361-2841 ต่อ 33",
            "saraban_msn@dla.go.th",
        )
        assert group.letter_prefix == "มส 0023.3"  # the second init kept it
        assert sending.issued_as == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
        office = context.settings.office()
        assert office is not None and (office.phone, office.email) == (
            "0-5361-1111",
            "msn@dla.go.th",
        )
    finally:
        context.close()


def test_init_refuses_a_bad_work_group_e_mail_or_a_blank_issuing_name(capsys, db):
    for extra, said in (
        (("--work-group-email", "no-at-sign"), "อีเมล"),
        (("--issued-as", "  "), "ออกหนังสือประทับตรา"),
        (("--work-group", " "), "ชื่อกลุ่มงาน"),
    ):
        code, _out, err = run_db(capsys, db, "init", "--province", "58", *extra)
        assert code == 2 and said in err
    assert not db.exists()  # refused before anything was created
