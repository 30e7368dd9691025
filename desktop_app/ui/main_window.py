"""The main window: a navigation list on the left, one page per area of the office's work.

Areas arrive with their issues (acknowledgements, dashboard); each is a page added to
``self.pages`` with its entry in the navigation list. Pages get the operations (``ops``), never
the services; the status bar shows when work is running in the background. The supervisor's
dashboard (``dashboard_page``, imported when first shown) opens a letter's tracking dialog
(``open_letter_tracking``).

The menus list every command with its shortcut; the document commands (edit, forward,
export, print) act on the page shown and are enabled where that page has them
(``document_actions``). Help opens the user guide (dialogs/help_dialog.py). The window opens
at its last size on this workstation (window_state.py), never larger than the screen.

Nothing is lost on leaving: leaving the settings page or quitting with settings not saved
asks to save, discard or go back (``ask_unsaved``); quitting first closes the open forms and
forwarding dialogs, each of which asks about its own unsaved work, and stays open if one
is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
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
from desktop_app.ui.messages import ask_unsaved, inform, show_error
from desktop_app.ui.operations import SETTINGS, Operations
from desktop_app.ui.pages.directory_page import DirectoryPage
from desktop_app.ui.pages.incoming_page import IncomingPage
from desktop_app.ui.pages.outgoing_page import OutgoingPage
from desktop_app.ui.pages.settings_page import SettingsPage
from desktop_app.ui.window_state import remember_window

if TYPE_CHECKING:
    from desktop_app.ui.dialogs.help_dialog import HelpDialog
    from desktop_app.ui.pages.dashboard_page import DashboardPage

NAV_WIDTH = 190  # pixels, at least
NAV_PADDING = 2 * 12 + 12  # an entry's padding (the style sheet's) and the frame, pixels
# On a screen with room for it: as wide as the widest page needs (the dashboard's filters);
# a 1366x768 laptop gets its free area less the frame (1350x688 above a 40-pixel task bar).
INITIAL_SIZE = QSize(1360, 800)
PAGE_REGISTER, PAGE_OUTGOING, PAGE_DASHBOARD, PAGE_DIRECTORY, PAGE_SETTINGS = range(5)
# Shortcuts of the document commands (shown in the menus and the user guide).
SHORTCUT_EDIT = "Ctrl+E"
SHORTCUT_FORWARD = "Ctrl+Shift+F"
SHORTCUT_EXPORT = "Ctrl+Shift+E"


class MainWindow(QMainWindow):
    title_updated = Signal(str)

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("MainWindow")
        # Last time's size on this workstation, or INITIAL_SIZE; less on a 1366x768 laptop
        # (the status bar shows). No fixed minimum: the pages' own minimums keep them whole.
        remember_window(self, ops.paths.config_dir, "MainWindow", INITIAL_SIZE)
        self._help: HelpDialog | None = None
        self._quit_confirmed = False  # the settings were saved or discarded for quitting

        self.digits: Digits = digits
        self.incoming_page = IncomingPage(ops, digits=digits, parent=self)
        self._directory_page: DirectoryPage | None = None
        self._outgoing_page: OutgoingPage | None = None
        self._dashboard_page: DashboardPage | None = None
        self._settings_page: SettingsPage | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
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
        # As wide as the longest entry (the English ones are longer than NAV_WIDTH allows).
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.ensurePolished()
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(row).text()) for row in range(5))
        self.nav.setFixedWidth(max(NAV_WIDTH, widest + NAV_PADDING))
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self.nav.setCurrentRow(PAGE_REGISTER)
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
        if row < 0 or not self._may_leave_settings(row):
            return
        page = self._page_factories[row]()
        placeholder = self.pages.widget(row)
        if placeholder is not None and placeholder is not page:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.insertWidget(row, page)
        self.pages.setCurrentIndex(row)
        self._update_actions()

    # -- menus ------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menu(self) -> None:
        """File, Document, View and Help menus; every command has its shortcut listed."""
        bar = self.menuBar()
        file_menu = bar.addMenu(_t("MainWindow", "แฟ้ม"))
        self.new_action = self._action(
            _t("MainWindow", "ลงรับหนังสือ…"), self.new_incoming, QKeySequence.StandardKey.New
        )
        self.export_action = self._action(
            _t("MainWindow", "ส่งออกเป็น Excel…"), self.export_current, SHORTCUT_EXPORT
        )
        self.print_action = self._action(
            _t("MainWindow", "พิมพ์หนังสือที่เลือก…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.quit_action = self._action(_t("MainWindow", "ออกจากโปรแกรม"), self.close, "Ctrl+Q")
        for action in (self.new_action, self.export_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        document_menu = bar.addMenu(_t("MainWindow", "หนังสือ"))
        self.find_action = self._action(
            _t("MainWindow", "ค้นหาในทะเบียน"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.edit_action = self._action(
            _t("MainWindow", "แก้ไขรายการที่เลือก…"), self.edit_current, SHORTCUT_EDIT
        )
        self.forward_action = self._action(
            _t("MainWindow", "ส่งต่อหนังสือที่เลือก…"), self.forward_current, SHORTCUT_FORWARD
        )
        for action in (self.find_action, self.edit_action, self.forward_action):
            document_menu.addAction(action)

        view_menu = bar.addMenu(_t("MainWindow", "หน้าจอ"))
        self.page_actions: list[QAction] = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = self._action(
                item.text() if item is not None else "",
                partial(self.nav.setCurrentRow, row),
                f"Ctrl+{row + 1}",
            )
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(_t("MainWindow", "ช่วยเหลือ"))
        self.guide_action = self._action(
            _t("MainWindow", "คู่มือการใช้งาน"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(_t("MainWindow", "เกี่ยวกับโปรแกรม"), self.show_about)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        self.document_actions = (
            self.edit_action,
            self.forward_action,
            self.export_action,
            self.print_action,
        )

    def _update_actions(self) -> None:
        """Enable the document commands the page shown has."""
        row = self.nav.currentRow()
        self.edit_action.setEnabled(row == PAGE_REGISTER)
        self.forward_action.setEnabled(row == PAGE_REGISTER)
        self.export_action.setEnabled(row in (PAGE_REGISTER, PAGE_DASHBOARD))
        self.print_action.setEnabled(row == PAGE_OUTGOING)

    def _selected_document(self) -> int | None:
        """The register's selected document, or None (and a word in the status bar)."""
        doc_id = self.incoming_page.selected_id()
        if doc_id is None:
            self.show_status(_t("MainWindow", "เลือกหนังสือในทะเบียนก่อน"))
        return doc_id

    def edit_current(self) -> None:
        """Open the register's selected document in its form (Ctrl+E)."""
        if self.nav.currentRow() == PAGE_REGISTER:
            doc_id = self._selected_document()
            if doc_id is not None:
                self.incoming_page.open_edit_form(doc_id)

    def forward_current(self) -> None:
        """Forward the register's selected document (Ctrl+Shift+F)."""
        if self.nav.currentRow() == PAGE_REGISTER:
            doc_id = self._selected_document()
            if doc_id is not None:
                self.incoming_page.open_forward(doc_id)

    def export_current(self) -> None:
        """Export the page shown to Excel: the register, or the dashboard (Ctrl+Shift+E)."""
        row = self.nav.currentRow()
        if row == PAGE_REGISTER:
            self.incoming_page.export_dialog()
        elif row == PAGE_DASHBOARD:
            self.dashboard_page.export_dialog()

    def print_current(self) -> None:
        """Print the outgoing register's selected letter (Ctrl+P)."""
        if self.nav.currentRow() == PAGE_OUTGOING:
            self.outgoing_page.print_selected()

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

    def show_guide(self) -> HelpDialog:
        """The user guide in the UI's language (F1); one window, raised when already open."""
        from desktop_app.ui.dialogs.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.ops.paths.config_dir, self.ops.language, self)
            # Closed (Esc, the close button, the title bar): deleted; a new one next time.
            self._help.finished.connect(self._help_closed)
            self._help.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def _help_closed(self, _result: int = 0) -> None:
        self._help = None

    def show_about(self) -> None:
        inform(
            self,
            _t("MainWindow", "เกี่ยวกับโปรแกรม"),
            f"Saraban Desk {__version__}\n"
            + _t("MainWindow", "ทะเบียนหนังสือรับ-ส่งและหนังสือนำส่งสำหรับสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด")
            + f"\n{self.ops.database_label}\n{self.ops.paths.data_dir}",
        )

    # -- leaving with unsaved work ------------------------------------------------------------
    def _unsaved_question(self, leaving: bool) -> str:
        page = self.settings_page
        intro = (
            _t("MainWindow", "การตั้งค่าต่อไปนี้ยังไม่ได้บันทึก: {parts}")
            if leaving
            else _t("MainWindow", "ก่อนออกจากโปรแกรม การตั้งค่าต่อไปนี้ยังไม่ได้บันทึก: {parts}")
        )
        return (
            intro.replace("{parts}", ", ".join(page.unsaved_parts()))
            + "\n\n"
            + _t("MainWindow", "บันทึกก่อนหรือไม่? (ไม่บันทึก = ทิ้งสิ่งที่แก้ไว้)")
        )

    def _may_leave_settings(self, row: int) -> bool:
        """Leaving the settings page with edits not saved: save (the page saves them in
        the background and comes back if one is refused), discard, or stay."""
        page = self._settings_page
        if (
            page is None
            or row == PAGE_SETTINGS
            or self.pages.currentIndex() != PAGE_SETTINGS
            or not page.has_unsaved_changes()
        ):
            return True
        choice = ask_unsaved(
            self, _t("MainWindow", "การตั้งค่ายังไม่ได้บันทึก"), self._unsaved_question(True)
        )
        if choice == "cancel":
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGE_SETTINGS)
            self.nav.blockSignals(False)
            return False
        if choice == "save":
            page.save_all(self._settings_saved_elsewhere)
        else:
            page.discard_changes()
        return True

    def _settings_saved_elsewhere(self, ok: bool) -> None:
        if ok:
            self.show_status(_t("MainWindow", "บันทึกการตั้งค่าแล้ว"))
        else:  # back to the page, which says why
            self.nav.setCurrentRow(PAGE_SETTINGS)

    def _close_open_dialogs(self) -> bool:
        """Close every open form and dialog holding unsaved work (each asks); False when
        one was kept open."""
        for dialog in self.findChildren(QDialog):
            unsaved = getattr(dialog, "has_unsaved_work", None) or getattr(dialog, "is_dirty", None)
            if not dialog.isVisible() or not callable(unsaved) or not unsaved():
                continue
            dialog.raise_()
            dialog.activateWindow()
            dialog.close()
            if dialog.isVisible():
                return False
        return True

    def _may_quit(self) -> bool:
        if not self._close_open_dialogs():
            return False
        page = self._settings_page
        if self._quit_confirmed or page is None or not page.has_unsaved_changes():
            return True
        self.nav.setCurrentRow(PAGE_SETTINGS)
        choice = ask_unsaved(self, _t("MainWindow", "ออกจากโปรแกรม"), self._unsaved_question(False))
        if choice == "discard":
            return True
        if choice == "save":
            page.save_all(self._settings_saved_for_quit)
        return False

    def _settings_saved_for_quit(self, ok: bool) -> None:
        if ok:
            self._quit_confirmed = True
            self.close()
        else:  # the page says what was refused; the window stays
            self.nav.setCurrentRow(PAGE_SETTINGS)

    def closeEvent(self, event: QCloseEvent) -> None:  # the size is saved when it hides
        """Quitting: unsaved work asks first (``_may_quit``); then running writes finish
        (they are short, and cutting one off would lose work)."""
        if not self._may_quit():
            event.ignore()
            return
        self.ops.runner.wait_all()
        event.accept()
