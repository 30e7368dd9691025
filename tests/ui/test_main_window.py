"""The main window, the first-run wizard and the English translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.ui.app import install_translator
from desktop_app.ui.dialogs.setup_wizard import SetupWizard
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.incoming_model import COL_NUMBER
from desktop_app.ui.operations import Operations
from tests.ui.conftest import register_samples


def test_main_window_holds_the_register_directory_and_settings(qtbot, ui_context, ops):
    register_samples(ui_context, 5)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.incoming_page.model.reloaded, timeout=10_000):
        window.incoming_page.apply_filters()
    assert window.incoming_page.model.rowCount() == 5
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "ทะเบียนหนังสือรับ",
        "ทะเบียนหนังสือส่ง",
        "ภาพรวมการตอบรับ",
        "ทำเนียบหน่วยงาน",
        "ตั้งค่า",
    ]
    qtbot.waitUntil(lambda: window.windowTitle() != "Saraban Desk", timeout=10_000)
    assert window.windowTitle() == "Saraban Desk — สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
    # The directory shows the province's seven districts under the province.
    with qtbot.waitSignal(window.directory_page.loaded, timeout=10_000):
        window.nav.setCurrentRow(3)
    assert window.pages.currentWidget() is window.directory_page
    assert "อำเภอ ๗ แห่ง องค์กรปกครองส่วนท้องถิ่น ๕๐ แห่ง" in window.directory_page.summary.text()
    # Ctrl+F jumps to the register's search box.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.incoming_page


def test_directory_search_folds_thai_and_finds_local_authorities(qtbot, ui_context, ops):
    window = MainWindow(ops)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.directory_page.loaded, timeout=10_000):
        page = window.directory_page
    page.search.setText("ปางหมู")
    names = []
    proxy = page.proxy

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            names.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    assert "องค์การบริหารส่วนตำบลปางหมู" in names
    assert "องค์การบริหารส่วนตำบลผาบ่อง" not in names


def test_first_run_wizard_sets_up_the_office(qtbot, tmp_path, runner):
    paths = AppPaths(data_dir=tmp_path / "d", config_dir=tmp_path / "c")
    context = AppContext.open(
        sqlite_url(tmp_path / "d" / "db.sqlite3"), paths=paths, username="admin"
    )
    try:
        assert not context.settings.is_set_up()
        wizard = SetupWizard(Operations(context, runner))
        qtbot.addWidget(wizard)
        with qtbot.waitSignal(wizard.ready, timeout=10_000):
            wizard.show()
        page = wizard.province_page
        page.select_code("51")  # ลำพูน
        qtbot.waitUntil(lambda: bool(page.summary.text()), timeout=10_000)
        assert "ลำพูน" in page.summary.text()
        assert page.isComplete()
        wizard.next()
        assert wizard.office_page.name.text() == "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดลำพูน"
        assert wizard.office_page.prefix.text() == "ลพ 0023"
        wizard.office_page.phone.setText("0-5351-1234")
        wizard.next()
        assert wizard.groups_page.table.rowCount() == 1
        wizard.groups_page.add_row("กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "ลพ 0023.3")
        with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
            wizard.accept()
        result = done.args[0]
        assert (result.districts, result.local_authorities) == (8, 58)
        assert context.settings.is_set_up()
        office = context.settings.office()
        assert office is not None and office.phone == "0-5351-1234"
        groups = {group.name: group.letter_prefix for group in context.settings.work_groups()}
        assert groups["กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น"] == "ลพ 0023.3"
    finally:
        context.close()


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "en")
    yield translator
    qapp.removeTranslator(translator)
    qapp.setProperty("saraban_language", "th")


def test_the_english_translation_is_complete_and_loads(qtbot, english, ui_context, ops):
    assert english is not None
    assert QCoreApplication.translate("RegisterModel", "เลขรับ") == "Receive no."
    window = MainWindow(ops)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Incoming register"
    header = window.incoming_page.model.headerData(COL_NUMBER, Qt.Orientation.Horizontal)
    assert header == "Receive no."


def test_the_window_fits_a_1366x768_laptop_and_keeps_its_size_on_a_large_screen(
    qtbot, ops, monkeypatch
):
    from PySide6.QtCore import QPoint, QRect

    from desktop_app.ui import screen_fit
    from desktop_app.ui.main_window import INITIAL_SIZE

    # A 1366x768 screen less a 40-pixel task bar; the window frame takes 40 more in height.
    monkeypatch.setattr(
        screen_fit, "available_geometry", lambda _widget=None: QRect(0, 0, 1366, 728)
    )
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    assert window.width() <= 1366 - 16 and window.height() <= 728 - 40
    assert window.height() >= 600  # no smaller than it must
    status = window.statusBar()
    assert status.isVisible()
    placed = QRect(status.mapTo(window, QPoint(0, 0)), status.size())
    assert window.rect().contains(placed)

    monkeypatch.setattr(
        screen_fit, "available_geometry", lambda _widget=None: QRect(0, 0, 2560, 1400)
    )
    large = MainWindow(ops)
    qtbot.addWidget(large)
    assert large.size() == INITIAL_SIZE
