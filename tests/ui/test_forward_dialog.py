"""The forwarding flow in the GUI: recipients, the pre-filled letter, a live preview,
issuing the number, and a batch of one letter per recipient."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.ui.dialogs import forward_dialog
from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
from tests.ui.conftest import register_samples, result_of


@pytest.fixture(autouse=True)
def _closing_drops_the_draft(monkeypatch):  # type: ignore[no-untyped-def]
    """A test ending with a draft open: closing it (pytest-qt closes every widget) answers
    "close and drop it" (tests of the question patch ``ask`` themselves)."""
    monkeypatch.setattr(forward_dialog, "ask", lambda *_args: True)


def _open(qtbot, ui_context, ops) -> ForwardDialog:  # type: ignore[no-untyped-def]
    register_samples(ui_context, 1)
    dialog = ForwardDialog(ops, result_of(qtbot, ops.outgoing.forward_setup(1)), digits="thai")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_forward_with_presets_preview_and_issue(qtbot, ui_context, ops, monkeypatch):
    dialog = _open(qtbot, ui_context, ops)
    assert dialog.subject.text() == ui_context.incoming.get(1).subject
    assert "มท ๐๘๑๐.0/ว 1000" in dialog.body.toPlainText()  # cites the incoming number
    with qtbot.waitSignal(dialog.preview_shown, timeout=30_000):
        qtbot.mouseClick(dialog.picker.preset_buttons["all-districts"], Qt.MouseButton.LeftButton)
    assert dialog.to_line.text() == "อำเภอ ทุกอำเภอ"
    assert dialog.series.currentData() is True  # several recipients: circular
    assert dialog.preview.page_count >= 1
    assert ui_context.outgoing.register_rows() == []  # a preview uses no number

    monkeypatch.setattr(forward_dialog, "ask", lambda *_args: True)
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    (letter,) = issued.args[0]
    assert letter.printed_no == "มส ๐๐๒๓.๓/ว ๑"
    assert len(letter.recipients) == 7
    assert "ออกเลขที่ มส ๐๐๒๓.๓/ว ๑ แล้ว" in dialog.status.text()
    assert dialog.print_button.isEnabled() and not dialog.issue_button.isEnabled()
    text = PdfReader(letter.pdf).pages[0].extract_text()
    assert "ถึง อำเภอ ทุกอำเภอ" in text
    assert "ส่งต่อ ที่ มส 0023.3/ว 1" in ui_context.incoming.get(1).action_taken


def test_one_letter_per_recipient_runs_as_a_batch(qtbot, ui_context, ops):
    dialog = _open(qtbot, ui_context, ops)
    dialog.picker.add_preset("all-districts")
    dialog.kind.setCurrentIndex(dialog.kind.findData("external"))
    dialog.each.setChecked(True)
    with qtbot.waitSignal(dialog.issued, timeout=60_000) as issued:
        dialog.issue(dialog.draft(), each=True)
    letters = issued.args[0]
    assert len(letters) == 7
    assert [letter.number for letter in letters] == list(range(1, 8))
    first = PdfReader(letters[0].pdf).pages[0].extract_text()
    assert f"เรียน {letters[0].recipients[0].name}" in first


def test_nothing_is_issued_without_recipients(qtbot, ui_context, ops):
    dialog = _open(qtbot, ui_context, ops)
    dialog.confirm_issue()
    assert "เลือกผู้รับ" in dialog.status.text()
    assert ui_context.outgoing.register_rows() == []


def test_the_outgoing_register_lists_issued_letters(qtbot, ui_context, ops):
    from desktop_app.ui.pages.outgoing_page import OutgoingPage

    register_samples(ui_context, 1)
    outgoing = ui_context.outgoing
    issued = outgoing.issue(
        outgoing.draft_forward(1, outgoing.resolve(["all-districts"])), ui_context.actor
    )
    page = OutgoingPage(ops, digits="arabic")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 0).text() == issued.doc_no
    assert page.table.item(0, 2).text() == "อำเภอ ทุกอำเภอ"
    outgoing.cancel(issued.id, "ออกเลขผิด", ui_context.actor)
    page.reload()
    qtbot.waitUntil(lambda: page.table.item(0, 6).text() == "ยกเลิก", timeout=10_000)
    assert outgoing.pdf_path(issued.id).read_bytes()[:4] == b"%PDF"


def test_an_issued_letter_whose_pdf_was_not_saved_says_so_and_is_saved_later(
    qtbot, ui_context, ops, monkeypatch, tmp_path
):
    from desktop_app.domain.errors import EnvironmentProblem
    from desktop_app.ui.pages.outgoing_page import OutgoingPage

    dialog = _open(qtbot, ui_context, ops)
    dialog.picker.add_preset("all-districts")

    from desktop_app.files import Staged

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้", "The disk is full")

    with monkeypatch.context() as patch:  # the attachment store's disk is full
        patch.setattr(Staged, "place", disk_full)
        with qtbot.waitSignal(dialog.issued, timeout=30_000) as issued:
            dialog.issue(dialog.draft())
    (letter,) = issued.args[0]
    assert letter.number == 1 and not letter.pdf_saved
    status = dialog.status.text()
    assert "ออกเลขที่ มส ๐๐๒๓.๓/ว ๑ แล้ว" in status and "ดิสก์เต็ม" in status
    assert "ไม่ออกเลขใหม่" in status
    assert not dialog.issue_button.isEnabled() and not dialog.print_button.isEnabled()

    page = OutgoingPage(ops, digits="arabic")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 6).text() == "ยังไม่ได้บันทึก PDF"
    with qtbot.waitSignal(page.status_message, timeout=30_000):
        page.save_to(letter.id, tmp_path / "saved.pdf")
    assert "มส ๐๐๒๓.๓/ว ๑" in PdfReader(tmp_path / "saved.pdf").pages[0].extract_text()
    qtbot.waitUntil(lambda: page.table.item(0, 6).text() == "", timeout=10_000)
    assert [row.number for row in ui_context.outgoing.register_rows()] == [1]


def test_a_preview_arriving_after_the_number_was_issued_does_not_hide_it(
    qtbot, ui_context, ops, monkeypatch
):
    """The officer issues while the draft's preview is still being typeset: the late preview
    must not replace the issued letter's status with "not issued yet"."""
    dialog = _open(qtbot, ui_context, ops)
    dialog.picker.add_preset("all-districts")
    dialog.initials.setText("ศกพ.")
    dialog.refresh_preview()  # on its way
    with qtbot.waitSignal(dialog.issued, timeout=30_000):
        dialog.issue(dialog.draft())
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=30_000)
    assert "ออกเลขที่ มส ๐๐๒๓.๓/ว ๑ แล้ว" in dialog.status.text()
    assert "ยังไม่ได้ออกเลข" not in dialog.status.text()


def test_a_batch_stopped_part_way_keeps_the_letters_it_issued(qtbot, ui_context, ops, monkeypatch):
    from desktop_app.domain.errors import EnvironmentProblem
    from desktop_app.services.outgoing import OutgoingService

    dialog = _open(qtbot, ui_context, ops)
    dialog.picker.add_preset("all-districts")
    real_issue = OutgoingService.issue
    calls = []

    def third_fails(self, draft, actor, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise EnvironmentProblem("ฐานข้อมูลกำลังถูกใช้งาน", "The database is busy")
        return real_issue(self, draft, actor, **kwargs)

    shown = []
    monkeypatch.setattr(OutgoingService, "issue", third_fails)
    monkeypatch.setattr(forward_dialog, "show_error", lambda _parent, error: shown.append(error))
    with qtbot.waitSignal(dialog.issued, timeout=60_000) as issued:
        dialog.issue(dialog.draft(), each=True)
    letters = issued.args[0]
    assert [letter.number for letter in letters] == [1, 2]  # they stay issued, and say so
    assert "ออกเลขที่ มส ๐๐๒๓.๓/ว ๑, มส ๐๐๒๓.๓/ว ๒ แล้ว" in dialog.status.text()
    assert len(shown) == 1 and "ถูกใช้งาน" in shown[0].message_th
    assert not dialog.issue_button.isEnabled()


def _inside(widget, window) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``widget`` lies wholly within ``window``'s area (nothing cut off)."""
    from PySide6.QtCore import QPoint, QRect

    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_the_dialog_fits_a_1366x768_laptop_and_keeps_its_size_on_a_large_screen(
    qtbot, ui_context, ops, monkeypatch
):
    from PySide6.QtCore import QSize

    from desktop_app.ui import screen_fit

    register_samples(ui_context, 1)
    setup = result_of(qtbot, ops.outgoing.forward_setup(1))
    # A 1366x768 screen less a 40-pixel task bar; the window frame takes 40 more in height.
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget=None: QSize(1366, 728))
    dialog = ForwardDialog(ops, setup, digits="thai")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.layout().activate()
    assert dialog.width() <= 1366 - 16 and dialog.height() <= 728 - 40
    assert dialog.width() >= 1300  # still as wide as the laptop allows
    for widget in (dialog.issue_button, dialog.due, dialog.close_button, dialog.each):
        assert widget.isVisible() and _inside(widget, dialog), widget.objectName()

    monkeypatch.setattr(screen_fit, "available_size", lambda _widget=None: QSize(1920, 1040))
    large = ForwardDialog(ops, setup, digits="thai")
    qtbot.addWidget(large)
    assert (large.width(), large.height()) == (1500, 900)


def test_switching_kinds_switches_the_wording_unless_the_officer_edited_it(qtbot, ui_context, ops):
    dialog = _open(qtbot, ui_context, ops)
    stamped_body, stamped_office = dialog.body.toPlainText(), dialog.office.text()
    assert dialog.enclosures.toPlainText() == ""  # a stamped letter names the copy in its body
    dialog.kind.setCurrentIndex(dialog.kind.findData("external"))
    assert dialog.enclosures.toPlainText().strip()  # the external letter lists it as enclosed
    assert dialog.office.text() != stamped_office  # the office's own name, not the province
    assert dialog.draft().letter.kind == "external"
    assert dialog.draft().letter.office_address == dialog.setup.other_kind.letter.office_address
    dialog.kind.setCurrentIndex(dialog.kind.findData("stamped"))
    assert dialog.body.toPlainText() == stamped_body and dialog.office.text() == stamped_office
    # Once edited, the text stays whatever the kind.
    dialog.body.setPlainText("ข้อความที่เจ้าหน้าที่แก้เอง")
    dialog.kind.setCurrentIndex(dialog.kind.findData("external"))
    assert dialog.body.toPlainText() == "ข้อความที่เจ้าหน้าที่แก้เอง"
