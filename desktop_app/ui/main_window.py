"""The main window: a navigation list on the left, one page per area of the office's work.

Areas arrive with their issues (acknowledgements, dashboard); each is a page added to
``self.pages`` with its entry in the navigation list. Pages get the operations (``ops``), never
the services; the status bar shows when work is running in the background. The supervisor's
dashboard (``dashboard_page``, imported when first shown) opens a letter's tracking dialog
(``open_letter_tracking``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.office import OfficeInfo
from desktop_app.domain.thai_text import Digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import inform, show_error
from desktop_app.ui.operations import SETTINGS, Operations
from desktop_app.ui.pages.directory_page import DirectoryPage
from desktop_app.ui.pages.incoming_page import IncomingPage
from desktop_app.ui.pages.outgoing_page import OutgoingPage
from desktop_app.ui.pages.settings_page import SettingsPage
from desktop_app.ui.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from desktop_app.ui.pages.dashboard_page import DashboardPage

NAV_WIDTH = 190
INITIAL_SIZE = QSize(1280, 780)  # on a screen with room for it


class MainWindow(QMainWindow):
    title_updated = Signal(str)

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(960, 600))
        resize_to_fit(self, INITIAL_SIZE)  # less on a 1366x768 laptop: the status bar shows

        self.digits: Digits = digits
        self.incoming_page = IncomingPage(ops, digits=digits, parent=self)
        self._directory_page: DirectoryPage | None = None
        self._outgoing_page: OutgoingPage | None = None
        self._dashboard_page: DashboardPage | None = None
        self._settings_page: SettingsPage | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; border: none; background: #f3f5f9; }"
            "QListWidget#navigation::item { padding: 10px 12px; }"
            "QListWidget#navigation::item:selected { background: #1565c0; color: white; }"
        )
        self.pages = QStackedWidget(self)
        # Pages other than the register are built the first time they are shown, so the
        # window opens without their queries.
        self._page_factories: list[Callable[[], QWidget]] = [
            lambda: self.incoming_page,
            lambda: self.outgoing_page,
            lambda: self.dashboard_page,
            lambda: self.directory_page,
            lambda: self.settings_page,
        ]
        for title in (
            _t("MainWindow", "ทะเบียนหนังสือรับ"),
            _t("MainWindow", "ทะเบียนหนังสือส่ง"),
            _t("MainWindow", "ภาพรวมการตอบรับ"),
            _t("MainWindow", "ทำเนียบหน่วยงาน"),
            _t("MainWindow", "ตั้งค่า"),
        ):
            QListWidgetItem(title, self.nav)
            self.pages.addWidget(QWidget(self.pages))
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self._build_status()
        self._update_title()
        self.ops.runner.unhandled_error.connect(lambda error: show_error(self, error))
        self.ops.busy_changed.connect(self._show_busy)
        self.ops.changed.connect(lambda area: self._update_title() if area == SETTINGS else None)
        self.incoming_page.status_message.connect(self.show_status)

    @property
    def outgoing_page(self) -> OutgoingPage:
        if self._outgoing_page is None:
            self._outgoing_page = OutgoingPage(self.ops, digits=self.digits, parent=self)
            self._outgoing_page.status_message.connect(self.show_status)
        return self._outgoing_page

    @property
    def dashboard_page(self) -> DashboardPage:
        if self._dashboard_page is None:
            from desktop_app.ui.pages.dashboard_page import DashboardPage

            self._dashboard_page = DashboardPage(self.ops, digits=self.digits, parent=self)
            self._dashboard_page.status_message.connect(self.show_status)
            self._dashboard_page.open_letter.connect(self.open_letter_tracking)
        return self._dashboard_page

    def open_letter_tracking(self, letter_id: int) -> None:
        """The tracking dialog of an issued letter (who acknowledged, recording, reminders)."""
        from desktop_app.ui.dialogs.letter_tracking_dialog import LetterTrackingDialog

        dialog = LetterTrackingDialog(self.ops, letter_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    @property
    def directory_page(self) -> DirectoryPage:
        if self._directory_page is None:
            self._directory_page = DirectoryPage(self.ops, digits=self.digits, parent=self)
        return self._directory_page

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            self._settings_page = SettingsPage(self.ops, digits=self.digits, parent=self)
            self._settings_page.status_message.connect(self.show_status)
            self._settings_page.office_changed.connect(self._office_changed)
        return self._settings_page

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self._page_factories[row]()
        placeholder = self.pages.widget(row)
        if placeholder is not None and placeholder is not page:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.insertWidget(row, page)
        self.pages.setCurrentIndex(row)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(_t("MainWindow", "แฟ้ม"))
        new_action = QAction(_t("MainWindow", "ลงรับหนังสือ…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_incoming)
        export_action = QAction(_t("MainWindow", "ส่งออกทะเบียนเป็น Excel…"), self)
        export_action.triggered.connect(self.incoming_page.export_dialog)
        quit_action = QAction(_t("MainWindow", "ออกจากโปรแกรม"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for action in (new_action, export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        find_action = QAction(_t("MainWindow", "ค้นหาในทะเบียน"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)
        help_menu = self.menuBar().addMenu(_t("MainWindow", "ช่วยเหลือ"))
        about = QAction(_t("MainWindow", "เกี่ยวกับโปรแกรม"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        self.busy_label = QLabel(_t("MainWindow", "กำลังทำงาน…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)  # indeterminate: something is running
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.db_label = QLabel(self.ops.database_label, self)
        self.user_label = QLabel(self.ops.actor.display_name, self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def _update_title(self) -> None:
        self.ops.settings.office().success(self._set_title).run(self)

    def _set_title(self, office: OfficeInfo | None) -> None:
        name = office.name if office else ""
        self.setWindowTitle(f"Saraban Desk — {name}" if name else "Saraban Desk")
        self.title_updated.emit(self.windowTitle())

    def _office_changed(self) -> None:
        self._update_title()
        self.incoming_page.refill_filters()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def new_incoming(self) -> None:
        self.nav.setCurrentRow(0)
        self.incoming_page.open_new_form()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.incoming_page.search_edit.setFocus()
        self.incoming_page.search_edit.selectAll()

    def show_about(self) -> None:
        inform(
            self,
            _t("MainWindow", "เกี่ยวกับโปรแกรม"),
            f"Saraban Desk {__version__}\n"
            + _t("MainWindow", "ทะเบียนหนังสือรับ-ส่งและหนังสือนำส่งสำหรับสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด")
            + f"\n{self.ops.database_label}\n{self.ops.paths.data_dir}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let running writes finish; they are short, and cutting one off would lose work.
        self.ops.runner.wait_all()
        event.accept()
