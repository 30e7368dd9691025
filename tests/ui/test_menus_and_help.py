"""The keyboard and help: the document commands (edit, forward, export, print) are in the
menus with their shortcuts and act on the page shown; Help opens the user guide (Thai, or
English in the English UI) with its screenshots."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QImageReader, QKeySequence, QTextDocument

from desktop_app.domain.incoming import IncomingInput
from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
from desktop_app.ui.dialogs.help_dialog import MAX_IMAGE_WIDTH, HelpDialog, guide_path
from desktop_app.ui.dialogs.incoming_form import IncomingForm
from desktop_app.ui.main_window import (
    PAGE_DASHBOARD,
    PAGE_DIRECTORY,
    PAGE_OUTGOING,
    PAGE_REGISTER,
    MainWindow,
)
from tests.ui.conftest import register_samples

# What the issue asks for, with the shortcuts the guide lists.
EXPECTED = {
    "แก้ไขรายการที่เลือก…": "Ctrl+E",
    "ส่งต่อหนังสือที่เลือก…": "Ctrl+Shift+F",
    "ส่งออกเป็น Excel…": "Ctrl+Shift+E",
    "พิมพ์หนังสือที่เลือก…": "Ctrl+P",
    "ลงรับหนังสือ…": "Ctrl+N",
    "ค้นหาในทะเบียน": "Ctrl+F",
    "คู่มือการใช้งาน": "F1",
}


def _menu_actions(window: MainWindow) -> dict[str, QAction]:
    """Every action listed in the menu bar's menus, by its text."""
    found: dict[str, QAction] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if not action.isSeparator():
                found[action.text()] = action
    return found


@pytest.fixture
def window(qtbot, ui_context, ops):  # type: ignore[no-untyped-def]
    register_samples(ui_context, 3)
    main = MainWindow(ops)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.incoming_page.model.reloaded, timeout=10_000):
        main.incoming_page.apply_filters()
    return main


def _select_first(window: MainWindow) -> int:
    window.incoming_page.table.selectRow(0)
    doc_id = window.incoming_page.selected_id()
    assert doc_id is not None
    return doc_id


def test_the_menus_list_the_commands_with_their_shortcuts(window):
    actions = _menu_actions(window)
    listed = {
        text: actions[text].shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for text in EXPECTED
        if text in actions
    }
    assert listed == EXPECTED
    shortcuts = [
        action.shortcut().toString()
        for action in actions.values()
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"


def test_the_guide_lists_the_same_shortcuts_as_the_menus(window):
    for language in ("th", "en"):
        text = guide_path(language).read_text(encoding="utf-8")
        for shortcut in EXPECTED.values():
            assert re.search(rf"\b{re.escape(shortcut)}\b", text), (language, shortcut)


def test_edit_and_forward_keys_open_the_selected_document(qtbot, window):
    doc_id = _select_first(window)
    with qtbot.waitSignal(window.incoming_page.form_opened, timeout=10_000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = opened.args[0]
    assert isinstance(form, IncomingForm) and form.record is not None
    assert form.record.id == doc_id
    form.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(window.incoming_page.form_opened, timeout=10_000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_F, shift_ctrl)
    dialog = opened.args[0]
    assert isinstance(dialog, ForwardDialog) and dialog.incoming_id == doc_id
    dialog.reject()


def test_without_a_selection_the_status_bar_says_what_to_do(qtbot, window):
    window.incoming_page.table.clearSelection()
    window.edit_action.trigger()
    assert window.statusBar().currentMessage() == "เลือกหนังสือในทะเบียนก่อน"


def test_the_commands_follow_the_page_shown(qtbot, window, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(window.incoming_page, "export_dialog", lambda: calls.append("register"))
    window.export_action.trigger()
    assert calls == ["register"]
    enabled = {
        row: (
            window.edit_action.isEnabled(),
            window.forward_action.isEnabled(),
            window.export_action.isEnabled(),
            window.print_action.isEnabled(),
        )
        for row in (PAGE_REGISTER, PAGE_OUTGOING, PAGE_DASHBOARD, PAGE_DIRECTORY)
        if window.nav.setCurrentRow(row) is None
    }
    assert enabled == {
        PAGE_REGISTER: (True, True, True, False),
        PAGE_OUTGOING: (False, False, False, True),
        PAGE_DASHBOARD: (False, False, True, False),
        PAGE_DIRECTORY: (False, False, False, False),
    }
    monkeypatch.setattr(window.dashboard_page, "export_dialog", lambda: calls.append("dashboard"))
    window.nav.setCurrentRow(PAGE_DASHBOARD)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert calls == ["register", "dashboard"]
    monkeypatch.setattr(window.outgoing_page, "print_selected", lambda: calls.append("print"))
    window.nav.setCurrentRow(PAGE_OUTGOING)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["register", "dashboard", "print"]


def test_printing_from_the_outgoing_register_prints_the_stored_letter(
    qtbot, ui_context, ops, tmp_path, monkeypatch
):
    """Ctrl+P on the outgoing register: the printer dialog, then the letter's pages."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop_app.ui.pages.outgoing_page import OutgoingPage

    incoming = ui_context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การเผยแพร่องค์ความรู้จากการประชุมสัมมนา",
        ),
        ui_context.actor,
    )
    outgoing = ui_context.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts"]))
    outgoing.issue(replace(draft, sending_method="ไปรษณีย์"), ui_context.actor)
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page = OutgoingPage(ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    said: list[str] = []
    page.status_message.connect(said.append)
    page.print_selected()
    qtbot.waitUntil(lambda: "ส่งไปพิมพ์แล้ว" in said, timeout=60_000)
    assert len(PdfReader(printed).pages) >= 1


def _guide(qtbot, ops, language: str) -> HelpDialog:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(ops.paths.config_dir, language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_f1_opens_the_thai_user_guide_with_its_screenshots(qtbot, window, ops):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert window.show_guide() is dialog  # one guide window, raised again
    dialog.reject()  # closed: the next F1 opens a new one
    assert window._help is None
    dialog = window.show_guide()
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    for heading in ("คู่มือการใช้งาน", "ลงรับหนังสือ", "ส่งต่อหนังสือ", "การตอบรับ", "ตั้งค่า"):
        assert heading in text
    names = dialog.image_names()
    assert len(names) >= 8
    document = dialog.browser.document()
    for name in names:
        assert dialog.image_file(name).is_file(), name
        loaded = dialog.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name)
        )
        image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded)
        assert not image.isNull(), name
        assert document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
    # Screenshots are scaled to the viewer, not shown at full width.
    for _position, _length, image_format in dialog._images():
        natural = QImageReader(str(dialog.image_file(image_format.name()))).size()
        if natural.width() > MAX_IMAGE_WIDTH:
            assert image_format.width() == MAX_IMAGE_WIDTH
            assert image_format.height() < natural.height()
        else:  # a small one (a dialog, a menu) keeps its own size
            assert not image_format.hasProperty(image_format.Property.ImageWidth)


def test_the_english_ui_shows_the_english_guide(qtbot, ops):
    dialog = _guide(qtbot, ops, "en")
    assert dialog.path.name == "user-guide.en.md"
    assert "Receiving a letter" in dialog.browser.toPlainText()
    assert all(dialog.image_file(name).is_file() for name in dialog.image_names())


def test_every_guide_image_is_one_the_screenshot_script_takes():
    """The guide's images are retaken with the others (packaging/screenshots.py)."""
    root = Path(__file__).resolve().parents[2]
    source = (root / "packaging" / "screenshots.py").read_text(encoding="utf-8")
    taken = set(re.findall(r'"([a-z-]+\.png)"', source))
    for language in ("th", "en"):
        text = guide_path(language).read_text(encoding="utf-8")
        for name in re.findall(r"\]\((images/[^)]+)\)", text):
            assert Path(name).name in taken, name
            assert (guide_path(language).parent / name).is_file(), name
