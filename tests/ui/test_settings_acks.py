"""Settings: acknowledgement due days and the office's holidays; the directory's e-mail
column. Edited by an admin, read-only for everyone else."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.ui.operations import Operations
from desktop_app.ui.pages.directory_page import (
    COL_EMAIL,
    COL_NAME,
    EMAIL_EDITOR_WIDTH,
    EMAIL_MIN_WIDTH,
    ORG_ROLE,
    DirectoryPage,
)
from desktop_app.ui.pages.settings_due_dates import DAY_ROLE, KIND_ROLE
from desktop_app.ui.pages.settings_page import SettingsPage
from tests.ui.conftest import type_text

SONGKRAN_3 = dt.date(2026, 4, 15)
BRIDGE = dt.date(2026, 4, 16)
LA_CODE = "6580304"  # a local authority with no e-mail stored: it has the default


@pytest.fixture
def clerk_ops(tmp_path, clock, ui_context, runner):  # type: ignore[no-untyped-def]
    """Operations for a second user of the same office: not an admin."""
    context = AppContext.open(
        sqlite_url(tmp_path / "data" / "saraban.sqlite3"),
        paths=AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config"),
        language="th",
        username="clerk2",
        clock=clock,
    )
    assert not context.actor.is_admin
    yield Operations(context, runner)
    runner.wait_all()
    context.close()


def open_settings(qtbot, ops):  # type: ignore[no-untyped-def]
    page = SettingsPage(ops)
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    tab = page.calendar_tab
    qtbot.waitUntil(
        lambda: page.snapshot is not None and tab.holidays.rowCount() > 0, timeout=20_000
    )
    page.tabs.setCurrentWidget(tab)
    return page, tab


def holiday_rows(tab) -> dict[dt.date, tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """{day: (kind, date text, name, source)} as listed."""
    rows = {}
    for row in range(tab.holidays.rowCount()):
        first = tab.holidays.item(row, 0)
        rows[first.data(DAY_ROLE)] = (
            first.data(KIND_ROLE),
            first.text(),
            tab.holidays.item(row, 1).text(),
            tab.holidays.item(row, 2).text(),
        )
    return rows


def test_the_year_s_holidays_are_listed_with_thai_dates(qtbot, ops):
    _page, tab = open_settings(qtbot, ops)
    assert tab.year_combo.currentText() == "๒๕๖๙"
    rows = holiday_rows(tab)
    assert rows[SONGKRAN_3] == ("library", "วันพุธที่ ๑๕ เมษายน ๒๕๖๙", "วันสงกรานต์", "ปฏิทินราชการ")
    assert dt.date(2026, 5, 1) not in rows  # วันแรงงาน: government offices open
    assert {day.year for day in rows} == {2026}
    # The preview counts from "today" (Friday 6 March 2026) with the stored days.
    qtbot.waitUntil(lambda: tab.preview_today is not None, timeout=10_000)
    assert tab.due_previews["very_urgent"].text() == (
        "หนังสือด่วนมากที่ออกวันนี้ ครบกำหนดตอบรับ วันพุธที่ ๑๑ มีนาคม ๒๕๖๙"
    )
    with qtbot.waitSignal(tab.holidays_shown, timeout=10_000) as shown:
        tab.year_combo.setCurrentIndex(tab.year_combo.findData(2027))
    assert shown.args == [2027]
    assert dt.date(2027, 1, 1) in holiday_rows(tab)


def test_an_admin_changes_due_days_and_holidays_and_they_are_kept(qtbot, ops, ui_context):
    page, tab = open_settings(qtbot, ops)
    assert not tab.save_due_button.isEnabled()  # nothing to save yet
    spin = tab.due_spins["very_urgent"]
    assert spin.isEnabled() and spin.value() == 3 and spin.text() == "๓ วันทำการ"
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        spin.setValue(2)
    # Friday 6 March + 2 working days: Monday 9, Tuesday 10.
    assert tab.due_previews["very_urgent"].text().endswith("วันอังคารที่ ๑๐ มีนาคม ๒๕๖๙")
    assert tab.due_state.text() == "ยังไม่ได้บันทึก"
    assert page.tabs.tabText(1).endswith("*") and page.has_unsaved_changes()

    # An office day off, typed as a clerk would.
    type_text(tab.day_off_date.edit, "16/4/69")
    type_text(tab.day_off_name, "วันหยุดพิเศษตามมติคณะรัฐมนตรี")
    tab.add_day_off_button.click()
    assert not tab.add_error.isVisible()
    assert holiday_rows(tab)[BRIDGE] == (
        "office",
        "วันพฤหัสบดีที่ ๑๖ เมษายน ๒๕๖๙",
        "วันหยุดพิเศษตามมติคณะรัฐมนตรี",
        "สำนักงานกำหนด",
    )
    # The last Songkran day becomes a working day of the office.
    assert tab.select_day(SONGKRAN_3)
    assert tab.work_on_button.isEnabled()
    tab.work_on_button.click()
    assert holiday_rows(tab)[SONGKRAN_3][0] == "worked"
    assert tab.days_state.text() == "ยังไม่ได้บันทึก"

    with qtbot.waitSignal(tab.due_days_saved, timeout=10_000):
        tab.save_due_button.click()
    with qtbot.waitSignal(tab.office_days_saved, timeout=10_000):
        tab.save_days_button.click()
    assert ui_context.settings.due_working_days() == {
        "most_urgent": 1,
        "very_urgent": 2,
        "urgent": 5,
        "normal": 7,
    }
    calendar = ui_context.settings.working_calendar()
    assert calendar.added == {BRIDGE: "วันหยุดพิเศษตามมติคณะรัฐมนตรี"}
    assert calendar.removed == {SONGKRAN_3}
    # Friday 10 April, ด่วนมาก (2): Songkran 13-14, Wed 15 worked (1), Thu 16 off, Fri 17 (2).
    assert ui_context.settings.due_date("very_urgent", dt.date(2026, 4, 10)) == dt.date(2026, 4, 17)
    assert not page.has_unsaved_changes() and not page.tabs.tabText(1).endswith("*")
    assert tab.due_state.text() == tab.days_state.text() == "บันทึกแล้ว"

    # A page opened afterwards shows what was stored.
    _again, fresh = open_settings(qtbot, ops)
    assert fresh.due_spins["very_urgent"].value() == 2
    assert holiday_rows(fresh)[BRIDGE][0] == "office"
    assert holiday_rows(fresh)[SONGKRAN_3][0] == "worked"
    # Undo both, save, and the government calendar applies again.
    for day in (BRIDGE, SONGKRAN_3):
        assert fresh.select_day(day)
        fresh.undo_day_button.click()
    assert holiday_rows(fresh)[SONGKRAN_3][0] == "library" and BRIDGE not in holiday_rows(fresh)
    with qtbot.waitSignal(fresh.office_days_saved, timeout=10_000):
        fresh.save_days_button.click()
    calendar = ui_context.settings.working_calendar()
    assert not calendar.added and not calendar.removed


def test_unsaved_edits_survive_a_reload_and_bad_days_are_refused_inline(qtbot, ops, ui_context):
    page, tab = open_settings(qtbot, ops)
    tab.due_spins["normal"].setValue(9)
    type_text(tab.day_off_date.edit, "18/4/69")  # a Saturday
    type_text(tab.day_off_name, "วันหยุด")
    tab.add_day_off_button.click()
    assert tab.add_error.isVisible() and "เสาร์" in tab.add_error.text()
    assert tab.day_off_name.text() == "วันหยุด"  # what was typed stays
    tab.day_off_date.clear()
    tab.add_day_off_button.click()
    assert tab.add_error.text() == "กรุณากรอกวันที่"
    type_text(tab.day_off_date.edit, "17/4/69")
    tab.add_day_off_button.click()
    assert not tab.add_error.isVisible() and holiday_rows(tab)[dt.date(2026, 4, 17)][0] == "office"
    # Saving another box reads the settings again: the unsaved edits stay, still unsaved.
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert tab.due_spins["normal"].value() == 9
    assert holiday_rows(tab)[dt.date(2026, 4, 17)][0] == "office"
    assert tab.due_dirty() and tab.days_dirty() and page.tabs.tabText(1).endswith("*")
    assert ui_context.settings.due_working_days()["normal"] == 7
    # Back to the defaults by hand: nothing left to save.
    tab.default_due_button.click()
    assert not tab.due_dirty() and tab.due_state.text() == ""


def test_a_non_admin_sees_the_settings_read_only(qtbot, clerk_ops):
    page, tab = open_settings(qtbot, clerk_ops)
    assert tab.findChild(type(tab.add_error), "adminOnlyNote") is not None
    for widget in (
        *tab.due_spins.values(),
        tab.save_due_button,
        tab.default_due_button,
        tab.day_off_date,
        tab.day_off_name,
        tab.add_day_off_button,
        tab.work_on_button,
        tab.undo_day_button,
        tab.save_days_button,
    ):
        assert not widget.isEnabled()
        assert widget.toolTip() == "เฉพาะผู้ดูแลระบบ"
    # Reading is everyone's: the year can be changed and the preview is shown.
    assert tab.year_combo.isEnabled()
    assert tab.select_day(SONGKRAN_3)
    assert not tab.work_on_button.isEnabled()
    qtbot.waitUntil(lambda: tab.preview_today is not None, timeout=10_000)
    assert "ครบกำหนดตอบรับ" in tab.due_previews["normal"].text()
    assert not page.has_unsaved_changes()


# -- the directory's e-mail column ------------------------------------------------------------
def find_row(page, code: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    def walk(parent: QModelIndex) -> QModelIndex | None:
        for row in range(page.proxy.rowCount(parent)):
            index = page.proxy.index(row, COL_NAME, parent)
            if index.data(ORG_ROLE).code == code:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    found = walk(QModelIndex())
    assert found is not None
    return found


def open_directory(qtbot, ops):  # type: ignore[no-untyped-def]
    page = DirectoryPage(ops)
    qtbot.addWidget(page)
    page.resize(1170, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_an_admin_edits_an_e_mail_and_clears_it_back_to_the_default(qtbot, ops, ui_context):
    page = open_directory(qtbot, ops)
    assert page.proxy.headerData(COL_EMAIL, Qt.Orientation.Horizontal) == "อีเมล"
    # The name column keeps most of the width; the e-mail column is wide enough for the
    # addresses although the rows in view (the districts) have none.
    metrics = page.tree.fontMetrics()
    longest = metrics.horizontalAdvance("saraban_06580304@dla.go.th")
    email_width = page.tree.columnWidth(COL_EMAIL)
    assert email_width >= max(EMAIL_MIN_WIDTH, longest)
    assert page.tree.columnWidth(COL_NAME) > email_width
    assert page.tree.columnWidth(COL_NAME) >= metrics.horizontalAdvance("ก" * 30)
    cell = find_row(page, LA_CODE).siblingAtColumn(COL_EMAIL)
    assert cell.data() == "saraban_06580304@dla.go.th"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "ค่าเริ่มต้นตามรูปแบบ saraban_0 + รหัส อปท."
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable

    def edit_to(text: str) -> None:
        page.tree.setCurrentIndex(find_row(page, LA_CODE))
        page.email_button.click()
        editor = page.tree.findChild(QLineEdit, "directoryEmailEditor")
        assert editor is not None and editor.isVisible()
        # The whole address shows while typing, inside the tree's visible area.
        assert editor.width() >= editor.fontMetrics().horizontalAdvance(
            editor.text() or editor.placeholderText()
        )
        assert editor.width() >= EMAIL_EDITOR_WIDTH
        assert page.tree.viewport().rect().contains(editor.geometry())
        editor.selectAll()
        editor.del_()
        type_text(editor, text)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            qtbot.keyClick(editor, Qt.Key.Key_Return)

    edit_to("saraban@thungyao.go.th")
    org = next(o for o in ui_context.directory.organisations() if o.code == LA_CODE)
    assert org.email == "saraban@thungyao.go.th"
    cell = find_row(page, LA_CODE).siblingAtColumn(COL_EMAIL)
    assert cell.data() == "saraban@thungyao.go.th"
    assert (
        not cell.data(Qt.ItemDataRole.FontRole) or not cell.data(Qt.ItemDataRole.FontRole).italic()
    )
    assert page.tree.isExpanded(find_row(page, LA_CODE).parent())  # the page kept its place
    assert "saraban@thungyao.go.th" in page.message.text()

    # A malformed address is refused inline and the cell reopens with what was typed.
    edit_to("thungyao.go.th")
    assert "ไม่ถูกต้อง" in page.message.text()
    editor = page.tree.findChild(QLineEdit, "directoryEmailEditor")
    assert editor is not None and editor.isVisible() and editor.text() == "thungyao.go.th"
    editor.setText("")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    org = next(o for o in ui_context.directory.organisations() if o.code == LA_CODE)
    assert org.email == ""
    cell = find_row(page, LA_CODE).siblingAtColumn(COL_EMAIL)
    assert cell.data() == "saraban_06580304@dla.go.th"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()


def test_a_non_admin_sees_e_mails_read_only(qtbot, clerk_ops):
    page = open_directory(qtbot, clerk_ops)
    assert not page.email_button.isEnabled()
    cell = find_row(page, LA_CODE).siblingAtColumn(COL_EMAIL)
    assert cell.data() == "saraban_06580304@dla.go.th"
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    page.tree.setCurrentIndex(cell)
    page.edit_selected_email()
    assert page.tree.findChild(QLineEdit, "directoryEmailEditor") is None
    # The address is searchable like the name and the code.
    page.search.setText("saraban_06580304")
    assert find_row(page, LA_CODE).data() == "องค์การบริหารส่วนตำบลทุ่งยาว"
    assert page.proxy.rowCount() == 1  # only the province's branch is left
