"""First-run setup asks for what letters print: the office's phone and e-mail, each work
group's (ส่วนราชการเจ้าของเรื่อง), and the name stamped letters are issued in."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.ui.dialogs.setup_wizard import SetupWizard
from desktop_app.ui.operations import Operations
from tests.ui.conftest import type_text


def run_wizard(qtbot, context, runner, fill):  # type: ignore[no-untyped-def]
    wizard = SetupWizard(Operations(context, runner))
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.ready, timeout=10_000):
        wizard.show()
    wizard.province_page.select_code("58")
    wizard.next()
    fill(wizard)
    with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
        wizard.accept()
    return done.args[0]


def test_the_wizard_takes_contact_lines_and_the_issuing_name(qtbot, tmp_path, runner):
    paths = AppPaths(data_dir=tmp_path / "d", config_dir=tmp_path / "c")
    context = AppContext.open(
        sqlite_url(tmp_path / "d" / "db.sqlite3"), paths=paths, username="admin"
    )
    try:

        def first(wizard):  # type: ignore[no-untyped-def]
            office = wizard.office_page
            assert office.issued_as.text() == "จังหวัดแม่ฮ่องสอน"  # the province, filled in
            assert office.phone.isVisible() and office.email.isVisible()
            type_text(office.phone, "0-5361-1111")
            type_text(office.email, "msn@dla.go.th")
            office.issued_as.selectAll()
            type_text(office.issued_as, "จังหวัดแม่ฮ่องสอน (สถ.จ.)")
            wizard.next()
            table = wizard.groups_page.table
            assert table.columnCount() == 4
            table.setItem(0, 2, QTableWidgetItem("0-5361-2841 ต่อ 33"))
            table.setItem(0, 3, QTableWidgetItem("saraban_msn@dla.go.th"))

        result = run_wizard(qtbot, context, runner, first)
        assert result.issued_as == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
        settings = context.settings
        office = settings.office()
        assert office is not None and (office.phone, office.email) == (
            "0-5361-1111",
            "msn@dla.go.th",
        )
        (group,) = settings.work_groups()
        sending = settings.sending_office(group)
        assert (sending.issued_as, sending.phone, sending.email) == (
            "จังหวัดแม่ฮ่องสอน (สถ.จ.)",
            "0-5361-2841 ต่อ 33",
            "saraban_msn@dla.go.th",
        )

        # Run again: the stored name and the group's contact lines are shown and kept.
        def again(wizard):  # type: ignore[no-untyped-def]
            assert wizard.office_page.issued_as.text() == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
            wizard.next()
            assert wizard.groups_page.table.item(0, 2).text() == "0-5361-2841 ต่อ 33"

        assert run_wizard(qtbot, context, runner, again).issued_as == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"
    finally:
        context.close()
