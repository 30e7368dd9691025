"""Every window of the program on the office's usual laptop: a 1366x768 screen with a
40-pixel task bar (free area 1366x728), offscreen.

Each window, as the program opens it, must fit with its frame (``screen_fit.FRAME_MARGINS``)
in the free area, and so must its minimum size (what it needs for its content: a window that
needs more would grow beyond the screen or hide parts); it must also be at least that minimum
(otherwise its content is squeezed and cut off). The forwarding dialog's Issue, Print and
Close buttons lie inside it. Windows that open large on a large screen shrink on a smaller
one (1280x720).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.ui import screen_fit
from desktop_app.ui.app import install_translator
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.screen_fit import FRAME_MARGINS
from tests.ui.conftest import register_samples, result_of

LAPTOP = QRect(0, 0, 1366, 768 - 40)
SMALL = QRect(0, 0, 1280, 720 - 40)
LONG_SUBJECT = (
    "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการเพื่อแลกเปลี่ยนองค์ความรู้ระหว่างไทยและญี่ปุ่น "
    "(DLA-CLAIR-MIC Joint Hybrid Seminar) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ "
    "และการสำรวจความต้องการฝึกอบรมของบุคลากรองค์กรปกครองส่วนท้องถิ่นในพื้นที่จังหวัด"
)


@pytest.fixture(params=["th", "en"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The UI in Thai, then in English (longer labels)."""
    translator = install_translator(qapp, request.param) if request.param == "en" else None
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    qapp.setProperty("saraban_language", "th")


def _screen(monkeypatch, area: QRect) -> QSize:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget=None: area.size())
    return area.size()


@pytest.fixture
def laptop(monkeypatch) -> QSize:  # type: ignore[no-untyped-def]
    return _screen(monkeypatch, LAPTOP)


def _settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=30_000)
    QApplication.processEvents()


def _needs(window: QWidget) -> QSize:
    """What the window needs for its content (its layout's minimum, or its own minimum)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def _greedy_children(window: QWidget, available: QSize) -> str:
    """The widgets whose own minimum is largest, to name in a failure."""
    sizes = []
    for child in window.findChildren(QWidget):
        if child.isVisibleTo(window):
            need = child.minimumSizeHint().expandedTo(child.minimumSize())
            sizes.append((need.width(), need.height(), type(child).__name__, child.objectName()))
    wide = sorted(sizes, reverse=True)[:4]
    tall = sorted(sizes, key=lambda size: size[1], reverse=True)[:4]
    return f"screen {available.toTuple()}; widest {wide}; tallest {tall}"


def assert_fits(window: QWidget, available: QSize, name: str) -> None:
    needs = _needs(window)
    size = window.size()
    detail = f"{name}: size {size.toTuple()}, needs {needs.toTuple()}"
    assert screen_fit.fits(size, available), f"{detail} ({_greedy_children(window, available)})"
    assert screen_fit.fits(needs, available), f"{detail} ({_greedy_children(window, available)})"
    assert size.width() >= needs.width() and size.height() >= needs.height(), (
        f"{detail}: squeezed, part of it is cut off ({_greedy_children(window, available)})"
    )


def _inside(widget: QWidget, window: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def _issue_letter(context) -> int:  # type: ignore[no-untyped-def]
    incoming = context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject=LONG_SUBJECT,
            urgency=Urgency.URGENT,
        ),
        context.actor,
    )
    outgoing = context.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts", "4580102"]))
    letter = outgoing.issue(replace(draft, sending_method="ไปรษณีย์"), context.actor)
    return int(letter.id)


# -- the main window ------------------------------------------------------------------------
def test_the_main_window_fits_on_every_page(qtbot, ui_context, ops, laptop, language):
    register_samples(ui_context, 3)
    _issue_letter(ui_context)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    window.incoming_page.apply_filters()
    qtbot.waitUntil(lambda: window.incoming_page.model.rowCount() == 4, timeout=10_000)
    window.incoming_page.table.selectRow(0)  # the detail pane shows the long subject
    qtbot.waitUntil(lambda: window.incoming_page.detail.record is not None, timeout=10_000)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle(qtbot, ops)
        assert_fits(window, laptop, f"main window, page {row} ({language})")
    # Placed inside the free area, frame included (not cascaded under the task bar).
    framed = QRect(window.pos(), window.size() + FRAME_MARGINS)
    assert LAPTOP.contains(framed), framed
    assert window.statusBar().isVisible() and _inside(window.statusBar(), window)
    # Every navigation entry reads whole (the English ones are longer).
    metrics = window.nav.fontMetrics()
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert window.nav.visualItemRect(item).width() >= metrics.horizontalAdvance(item.text())


# -- dialogs --------------------------------------------------------------------------------
def test_the_forwarding_dialog_fits_and_shows_its_buttons(qtbot, ui_context, ops, laptop, language):
    from desktop_app.ui.dialogs.forward_dialog import ForwardDialog

    register_samples(ui_context, 1)
    dialog = ForwardDialog(ops, result_of(qtbot, ops.outgoing.forward_setup(1)), digits="thai")
    qtbot.addWidget(dialog)
    dialog.picker.add_preset("all-districts")
    dialog.subject.setText(LONG_SUBJECT)
    dialog.show()
    _settle(qtbot, ops)
    assert_fits(dialog, laptop, f"forward dialog ({language})")
    for button in (dialog.issue_button, dialog.print_button, dialog.close_button):
        assert button.isVisible() and _inside(button, dialog), button.text()


def test_the_incoming_form_fits_new_and_editing(qtbot, ui_context, ops, laptop, language):
    from desktop_app.ui.dialogs.incoming_form import IncomingForm

    letter_id = _issue_letter(ui_context)
    del letter_id
    record = ui_context.incoming.get(1)
    for form in (IncomingForm(ops), IncomingForm(ops, record=record)):
        qtbot.addWidget(form)
        form.show()
        _settle(qtbot, ops)
        assert_fits(form, laptop, f"incoming form ({language})")
        form._mark_clean()
        form.close()


def test_the_setup_wizard_fits_on_every_page(qtbot, tmp_path, runner, laptop, language):
    from desktop_app.app_context import AppContext
    from desktop_app.config import AppPaths
    from desktop_app.db.engine import sqlite_url
    from desktop_app.ui.dialogs.setup_wizard import SetupWizard
    from desktop_app.ui.operations import Operations

    paths = AppPaths(data_dir=tmp_path / "d", config_dir=tmp_path / "c")
    context = AppContext.open(
        sqlite_url(tmp_path / "d" / "db.sqlite3"), paths=paths, username="admin"
    )
    try:
        wizard = SetupWizard(Operations(context, runner))
        qtbot.addWidget(wizard)
        with qtbot.waitSignal(wizard.ready, timeout=10_000):
            wizard.show()
        wizard.province_page.select_code("58")
        qtbot.waitUntil(lambda: bool(wizard.province_page.summary.text()), timeout=10_000)
        for page in range(3):
            assert_fits(wizard, laptop, f"setup wizard, page {page} ({language})")
            wizard.next()
        runner.wait_all()
    finally:
        context.close()


def test_the_acknowledgement_dialogs_and_the_guide_fit(qtbot, ui_context, ops, laptop, language):
    from desktop_app.ui.dialogs.help_dialog import HelpDialog
    from desktop_app.ui.dialogs.letter_tracking_dialog import LetterTrackingDialog
    from desktop_app.ui.dialogs.mail_import_dialog import MailImportDialog

    letter_id = _issue_letter(ui_context)
    tracking = LetterTrackingDialog(ops, letter_id, digits="thai")
    qtbot.addWidget(tracking)
    tracking.show()
    qtbot.waitUntil(lambda: tracking.tracking is not None, timeout=10_000)
    assert_fits(tracking, laptop, f"letter tracking ({language})")
    mail = MailImportDialog(ops, digits="thai")
    qtbot.addWidget(mail)
    mail.show()
    assert_fits(mail, laptop, f"mail import ({language})")
    guide = HelpDialog(ops.paths.config_dir, language)
    qtbot.addWidget(guide)
    guide.show()
    assert_fits(guide, laptop, f"user guide ({language})")


def test_the_cancel_dialog_fits_with_a_long_subject(qtbot, laptop):
    from desktop_app.ui.pages.incoming_page import CancelDialog

    dialog = CancelDialog(f"ยกเลิกเลขรับ ๑/๒๕๖๙ เรื่อง {LONG_SUBJECT} {LONG_SUBJECT}")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog, laptop, "cancel dialog")


# -- a smaller screen -----------------------------------------------------------------------
def test_windows_that_open_large_shrink_on_a_smaller_screen(qtbot, ui_context, ops, monkeypatch):
    from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
    from desktop_app.ui.dialogs.help_dialog import HelpDialog
    from desktop_app.ui.dialogs.letter_tracking_dialog import LetterTrackingDialog
    from desktop_app.ui.dialogs.mail_import_dialog import MailImportDialog

    small = _screen(monkeypatch, SMALL)
    letter_id = _issue_letter(ui_context)
    window = MainWindow(ops)
    tracking = LetterTrackingDialog(ops, letter_id, digits="thai")
    mail = MailImportDialog(ops, digits="thai")
    guide = HelpDialog(ops.paths.config_dir, "th")
    forward = ForwardDialog(ops, result_of(qtbot, ops.outgoing.forward_setup(1)), digits="thai")
    for name, shown in (
        ("main window", window),
        ("letter tracking", tracking),
        ("mail import", mail),
        ("user guide", guide),
        ("forward dialog", forward),
    ):
        qtbot.addWidget(shown)
        shown.show()
        _settle(qtbot, ops)
        assert_fits(shown, small, f"{name} on 1280x720")
