"""Settings, "เลขทะเบียนและการนำเข้า": the admin sets where a series starts and imports the
year's register from Excel; a check (dry run) lists every problem on the page with its row,
the import writes all rows, and nothing opens a message box (the fixture fails on one)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.incoming import IncomingFilter, IncomingInput
from desktop_app.domain.numbering import SeriesRef
from desktop_app.ui.operations import Operations
from desktop_app.ui.pages.settings_page import SettingsPage
from tests.register_sheets import INCOMING_TITLES, incoming_file, incoming_row, write_sheet
from tests.ui.conftest import type_text


def open_tab(qtbot, ops):  # type: ignore[no-untyped-def]
    page = SettingsPage(ops)
    qtbot.addWidget(page)
    page.resize(1170, 640)
    page.show()
    tab = page.numbering_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.states) == 3, timeout=20_000)
    return page, tab


def test_the_tab_lists_the_series_and_sets_a_next_number_with_a_reason(qtbot, ops, ui_context):
    page, tab = open_tab(qtbot, ops)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "เลขทะเบียนและการนำเข้า"
    assert tab.table.item(0, 0).text() == "ทะเบียนหนังสือรับ"
    assert tab.table.item(0, 2).text() == "๑"  # the next number, in the screen's digits
    assert not tab.set_button.isEnabled()  # no reason yet
    tab.table.selectRow(0)
    tab.next_spin.setValue(2345)
    type_text(tab.reason, "ต่อจากทะเบียนรับเล่มกระดาษ")
    assert tab.set_button.isEnabled()
    with qtbot.waitSignal(tab.next_set, timeout=20_000):
        tab.set_button.click()
    qtbot.waitUntil(lambda: tab.table.item(0, 2).text() == "๒,๓๔๕", timeout=20_000)
    assert "ต่อจากทะเบียนรับเล่มกระดาษ" in tab.table.item(0, 4).text()
    assert "ตั้งแล้ว" in tab.series_message.text()
    state = ui_context.numbering.state(SeriesRef("incoming"), 2569)
    assert state.next_number == 2345


def test_a_series_in_use_cannot_be_set_and_says_why(qtbot, ops, ui_context):
    ui_context.incoming.receive(
        IncomingInput(sender="จังหวัดแม่ฮ่องสอน", doc_no="", doc_date=dt.date(2026, 3, 6), subject="ก"),
        ui_context.actor,
    )
    _page, tab = open_tab(qtbot, ops)
    tab.table.selectRow(0)
    type_text(tab.reason, "ต่อ")
    assert not tab.set_button.isEnabled()
    assert "ออกเลขไปแล้ว" in tab.series_message.text()
    assert "ใช้แล้ว ๑ เลข" in tab.table.item(0, 3).text()


def test_a_check_lists_every_problem_inline_and_the_import_then_writes_all_rows(
    qtbot, ops, ui_context, tmp_path
):
    bad = write_sheet(
        tmp_path / "bad.xlsx",
        INCOMING_TITLES,
        [incoming_row(1), incoming_row(2, "31 เม.ย. 2569"), incoming_row(3, subject=None)],
    )
    _page, tab = open_tab(qtbot, ops)
    assert not tab.check_button.isEnabled() and not tab.import_button.isEnabled()
    tab.set_file(bad)
    assert tab.check_button.isEnabled() and not tab.import_button.isEnabled()
    with qtbot.waitSignal(tab.previewed, timeout=20_000):
        tab.check_button.click()
    assert tab.problems.isVisible() and tab.problems.rowCount() == 2
    assert [tab.problems.item(row, 0).text() for row in range(2)] == ["๔", "๕"]
    assert tab.problems.item(0, 1).text() == "วันที่รับ"
    assert tab.problems.item(1, 1).text() == "เรื่อง"
    assert "มีปัญหา ๒ แถว" in tab.import_message.text()
    assert not tab.import_button.isEnabled()  # nothing can be imported while a problem remains

    good = incoming_file(tmp_path / "good.xlsx", 2342, 3)
    tab.set_file(good)
    assert not tab.problems.isVisible() and tab.import_message.text() == ""
    with qtbot.waitSignal(tab.previewed, timeout=20_000):
        tab.check_button.click()
    assert "ถูกต้องทุกแถว" in tab.import_message.text()
    assert "เลขถัดไป ๒,๓๔๕" in tab.import_message.text()
    assert ui_context.incoming.count(IncomingFilter()) == 0  # the check wrote nothing
    assert tab.import_button.isEnabled()
    # Choosing the other register asks for a new check.
    tab.register_combo.setCurrentIndex(1)
    assert not tab.import_button.isEnabled()
    tab.register_combo.setCurrentIndex(0)
    with qtbot.waitSignal(tab.previewed, timeout=20_000):
        tab.check_button.click()
    with qtbot.waitSignal(tab.imported, timeout=20_000):
        tab.import_button.click()
    assert "นำเข้าแล้ว ๓ รายการ" in tab.import_message.text()
    assert ui_context.incoming.count(IncomingFilter()) == 3
    assert not tab.import_button.isEnabled()  # imported: not a second time
    qtbot.waitUntil(lambda: tab.table.item(0, 2).text() == "๒,๓๔๕", timeout=20_000)


def test_the_file_chooser_is_qts_own_in_thai(qtbot, ops, tmp_path):
    _page, tab = open_tab(qtbot, ops)
    tab.choose_file()
    dialog = tab._dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.windowTitle() == "เลือกแฟ้มทะเบียน (Excel)"
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) != "Cancel"
    path = incoming_file(tmp_path / "chosen.xlsx", 1, 1)
    dialog.fileSelected.emit(str(path))
    dialog.close()
    assert tab.file == path and tab.check_button.isEnabled()


def test_a_clerk_sees_the_tab_but_cannot_use_it(qtbot, ui_context, runner, tmp_path):
    from desktop_app.app_context import AppContext
    from desktop_app.config import AppPaths

    clerk = AppContext.open(
        ui_context.db_url,
        paths=AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config"),
        language="th",
        username="clerk2",
        clock=ui_context.clock,
    )
    try:
        ops = Operations(clerk, runner)
        _page, tab = open_tab(qtbot, ops)
        assert tab.findChild(type(tab.series_message), "adminOnlyNote") is not None
        tab.set_file(incoming_file(tmp_path / "in.xlsx", 1, 1))
        assert not tab.check_button.isEnabled() and not tab.choose_button.isEnabled()
        assert not tab.reason.isEnabled() and not tab.set_button.isEnabled()
    finally:
        runner.wait_all()
        clerk.close()
