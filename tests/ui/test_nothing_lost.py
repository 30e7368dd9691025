"""Nothing lost, nothing silent (issue 9, item 7): closing or quitting with unsaved work asks;
an issued letter can no longer look editable; a file that cannot be opened says so and where
it is; a document already forwarded says by which letters; the saved PDF's place is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.ui import file_dialogs, main_window
from desktop_app.ui.dialogs import forward_dialog
from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
from desktop_app.ui.main_window import PAGE_REGISTER, PAGE_SETTINGS, MainWindow
from tests.ui.conftest import register_samples, result_of, type_text


class Answers:
    """Stands in for a question helper: records what was asked, gives the set answer."""

    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, title, text, *_buttons):  # type: ignore[no-untyped-def]
        self.asked.append((title, text))
        return self.answer


@pytest.fixture
def opened(qtbot, ui_context, ops):  # type: ignore[no-untyped-def]
    register_samples(ui_context, 1)
    setup = result_of(qtbot, ops.outgoing.forward_setup(1))

    def make() -> ForwardDialog:
        dialog = ForwardDialog(ops, setup, digits="thai")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.earlier is not None and dialog.emblem is not None)
        return dialog

    return make


@pytest.fixture
def opened_files(monkeypatch):  # type: ignore[no-untyped-def]
    """The system opens nothing: what it was asked to open, and whether it managed."""
    calls: list[Path] = []
    result = {"ok": True}

    def open_url(url: QUrl) -> bool:
        calls.append(Path(url.toLocalFile()))
        return result["ok"]

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return calls, result


@pytest.fixture
def problems(monkeypatch):  # type: ignore[no-untyped-def]
    said: list[tuple[str, str, Path | None]] = []
    monkeypatch.setattr(
        file_dialogs,
        "file_problem",
        lambda _parent, title, text, folder: said.append((title, text, folder)),
    )
    return said


# -- the forwarding dialog -----------------------------------------------------------------------
def test_esc_with_recipients_chosen_asks_and_going_back_keeps_them(qtbot, opened, monkeypatch):
    dialog = opened()
    answers = Answers(False)
    monkeypatch.setattr(forward_dialog, "ask", answers)
    dialog.picker.add_preset("all-districts")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(answers.asked) == 1 and "ผู้รับที่เลือก" in answers.asked[0][1]
    assert dialog.isVisible() and len(dialog.recipients()) == 7  # kept, as it was
    dialog.close_button.click()  # the Close button asks the same
    dialog.close()  # and the title bar's close
    assert len(answers.asked) == 3 and dialog.isVisible()
    answers.answer = True  # "close and drop it"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_edited_letter_asks_an_untouched_one_closes_at_once(qtbot, opened, monkeypatch):
    answers = Answers(False)
    monkeypatch.setattr(forward_dialog, "ask", answers)
    untouched = opened()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and answers.asked == []

    edited = opened()
    edited.subject.setFocus()
    type_text(edited.subject, " (ด่วน)")
    qtbot.keyClick(edited, Qt.Key.Key_Escape)
    assert edited.isVisible() and len(answers.asked) == 1
    edited.subject.setText(edited.setup.draft.letter.subject)  # typed back as it was
    qtbot.keyClick(edited, Qt.Key.Key_Escape)
    assert not edited.isVisible() and len(answers.asked) == 1


def _issue(qtbot, dialog):  # type: ignore[no-untyped-def]
    dialog.picker.add_preset("all-districts")
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as issued:
        dialog.issue(dialog.draft())
    qtbot.waitUntil(lambda: not dialog.ops.runner.busy, timeout=30_000)
    return issued.args[0]


def test_once_issued_the_letter_is_read_only_says_why_and_closes_freely(qtbot, opened, monkeypatch):
    dialog = opened()
    (letter,) = _issue(qtbot, dialog)
    for line in (dialog.subject, dialog.office, dialog.owner_unit, dialog.initials, dialog.due):
        assert line.isReadOnly(), line.objectName()
    assert dialog.body.isReadOnly() and dialog.enclosures.isReadOnly()
    for widget in (dialog.picker, dialog.kind, dialog.series, dialog.group, dialog.each):
        assert not widget.isEnabled()
    assert dialog.locked_notice.isVisible()
    assert "แก้ข้อความหรือผู้รับไม่ได้" in dialog.locked_notice.text()
    assert "ยกเลิกเลขที่" in dialog.locked_notice.text()  # and what to do instead
    assert dialog.print_button.isEnabled() and dialog.open_button.isEnabled()
    # Typing is refused, so the stored letter and what the dialog shows stay the same.
    type_text(dialog.subject, "แก้หลังออกเลข")
    assert "แก้หลังออกเลข" not in dialog.subject.text()

    def no_question(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("an issued letter closes without a question")

    monkeypatch.setattr(forward_dialog, "ask", no_question)
    assert letter.pdf is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_saved_pdf_is_named_with_a_button_to_its_folder(qtbot, opened, opened_files, problems):
    calls, result = opened_files
    dialog = opened()
    (letter,) = _issue(qtbot, dialog)
    assert dialog.location_box.isVisible()
    assert str(letter.pdf) in dialog.saved_at.text() and "บันทึกแฟ้ม PDF ไว้ที่" in dialog.saved_at.text()
    dialog.folder_button.click()
    assert calls == [letter.pdf.parent]
    dialog.open_button.click()
    assert calls[-1] == letter.pdf and problems == []

    result["ok"] = False  # no PDF viewer on this computer
    dialog.open_button.click()
    ((title, text, folder),) = problems
    assert letter.pdf.name in text and folder == letter.pdf.parent
    assert "เปิดแฟ้มไม่ได้" in title


def test_a_missing_pdf_says_which_and_where(qtbot, opened, opened_files, problems):
    calls, _result = opened_files
    dialog = opened()
    (letter,) = _issue(qtbot, dialog)
    letter.pdf.unlink()
    dialog.open_button.click()
    assert calls == []  # nothing handed to the system
    ((_title, text, folder),) = problems
    assert f"ไม่พบแฟ้ม “{letter.pdf.name}”" in text and folder == letter.pdf.parent


def test_a_document_already_forwarded_names_the_letters_and_asks_before_another(
    qtbot, ui_context, opened, monkeypatch
):
    first = opened()
    assert not first.earlier_notice.isVisible()  # never forwarded: nothing said
    (earlier,) = _issue(qtbot, first)
    first.close()

    dialog = opened()
    assert [row.id for row in dialog.earlier] == [earlier.id]
    notice = dialog.earlier_notice.text()
    assert dialog.earlier_notice.isVisible()
    assert "ส่งต่อไปแล้ว" in notice and "มส ๐๐๒๓.๓/ว ๑" in notice and "๖ มี.ค. ๒๕๖๙" in notice

    answers = Answers(False)
    monkeypatch.setattr(forward_dialog, "ask", answers)
    dialog.picker.add_preset("all-districts")
    dialog.confirm_issue()
    ((title, question),) = answers.asked
    assert "ส่งต่อไปแล้ว" in title
    assert "มส ๐๐๒๓.๓/ว ๑" in question and "๖ มี.ค. ๒๕๖๙" in question
    assert len(ui_context.outgoing.register_rows()) == 1  # "not yet": nothing issued
    answers.answer = True
    with qtbot.waitSignal(dialog.issued, timeout=30_000):
        dialog.confirm_issue()
    assert len(ui_context.outgoing.register_rows()) == 2


# -- the settings page and quitting ----------------------------------------------------------------
def _settings(qtbot, window):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(PAGE_SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.snapshot is not None and page.wording_tab.stored is not None)
    qtbot.waitUntil(lambda: not window.ops.runner.busy, timeout=20_000)
    return page


@pytest.fixture
def window(qtbot, ops):  # type: ignore[no-untyped-def]
    shown = MainWindow(ops)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_settings_page_knows_every_unsaved_edit(qtbot, window):
    page = _settings(qtbot, window)
    assert not page.has_unsaved_changes() and not page.tabs.tabText(0).endswith("*")
    page.phone.setText("0-5361-1111")
    assert page.has_unsaved_changes() and page.tabs.tabText(0).endswith("*")
    assert page.unsaved_parts() == ["ข้อมูลสำนักงาน"]
    page.phone.setText(page.snapshot.office.phone)  # typed back: nothing to save
    assert not page.has_unsaved_changes() and not page.tabs.tabText(0).endswith("*")

    page.groups.item(0, 2).setText("0-5361-2841")
    page.digits.setCurrentIndex(page.digits.findData("arabic"))
    page.wording_tab.issued_as.setText("จังหวัดแม่ฮ่องสอน (สถ.จ.)")
    page.calendar_tab.due_spins["normal"].setValue(9)
    assert page.unsaved_parts() == [
        "กลุ่มงาน",
        "ค่าของเครื่องนี้",
        "กำหนดตอบรับและวันหยุด",
        "ถ้อยคำในหนังสือ",
    ]
    page.discard_changes()
    assert not page.has_unsaved_changes()
    assert page.digits.currentData() == "thai" and page.groups.item(0, 2).text() == ""
    assert page.wording_tab.issued_as.text() == "จังหวัดแม่ฮ่องสอน"


def test_a_save_elsewhere_keeps_the_unsaved_office_edits(qtbot, window):
    page = _settings(qtbot, window)
    page.phone.setText("0-5361-1111")
    page.groups.item(0, 2).setText("0-5361-2841")
    page.save_groups()  # saving one box reads the page again
    qtbot.waitUntil(lambda: not page.groups_dirty(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.ops.runner.busy, timeout=20_000)
    assert page.phone.text() == "0-5361-1111" and page.office_dirty()
    page.discard_changes()


def test_quitting_with_unsaved_settings_asks_and_cancel_keeps_the_window(
    qtbot, window, monkeypatch
):
    page = _settings(qtbot, window)
    window.nav.setCurrentRow(PAGE_SETTINGS)
    page.phone.setText("0-5361-1111")
    answers = Answers("cancel")
    monkeypatch.setattr(main_window, "ask_unsaved", answers)
    assert not window.close()
    assert window.isVisible() and window.nav.currentRow() == PAGE_SETTINGS
    ((_title, text),) = answers.asked
    assert "ข้อมูลสำนักงาน" in text
    assert page.phone.text() == "0-5361-1111"  # nothing lost

    answers.answer = "discard"
    assert window.close() and not window.isVisible()


def test_quitting_and_saving_stores_the_edits_then_closes(qtbot, ui_context, window, monkeypatch):
    page = _settings(qtbot, window)
    page.phone.setText("0-5361-1111")
    page.wording_tab.issued_as.setText("จังหวัดแม่ฮ่องสอน (สถ.จ.)")
    monkeypatch.setattr(main_window, "ask_unsaved", Answers("save"))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert ui_context.settings.office().phone == "0-5361-1111"
    assert ui_context.settings.issued_as() == "จังหวัดแม่ฮ่องสอน (สถ.จ.)"


def test_a_refused_save_brings_the_settings_page_back(qtbot, window, monkeypatch):
    page = _settings(qtbot, window)
    page.email.setText("not an address")  # the service refuses it
    monkeypatch.setattr(main_window, "ask_unsaved", Answers("save"))
    shown: list[BaseException] = []
    monkeypatch.setattr("desktop_app.ui.messages.show_error", lambda _p, e: shown.append(e))
    window.nav.setCurrentRow(PAGE_REGISTER)  # leaving asks too ("save")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: window.nav.currentRow() == PAGE_SETTINGS, timeout=20_000)
    assert page.email.text() == "not an address" and page.office_dirty()
    page.discard_changes()


def test_leaving_the_settings_page_with_unsaved_edits_asks(qtbot, window, monkeypatch):
    page = _settings(qtbot, window)
    page.calendar_tab.due_spins["normal"].setValue(9)
    answers = Answers("cancel")
    monkeypatch.setattr(main_window, "ask_unsaved", answers)
    window.nav.setCurrentRow(PAGE_REGISTER)
    assert window.nav.currentRow() == PAGE_SETTINGS and window.pages.currentIndex() == PAGE_SETTINGS
    assert len(answers.asked) == 1 and "กำหนดตอบรับและวันหยุด" in answers.asked[0][1]

    answers.answer = "discard"
    window.nav.setCurrentRow(PAGE_REGISTER)
    assert window.pages.currentIndex() == PAGE_REGISTER
    assert not page.has_unsaved_changes()
    assert page.calendar_tab.due_spins["normal"].value() != 9
    window.nav.setCurrentRow(PAGE_REGISTER)  # nothing unsaved: no question
    assert len(answers.asked) == 2


def test_quitting_closes_an_open_draft_which_asks_first(
    qtbot, ui_context, ops, window, monkeypatch
):
    register_samples(ui_context, 1)
    dialog = ForwardDialog(
        ops, result_of(qtbot, ops.outgoing.forward_setup(1)), digits="thai", parent=window
    )
    dialog.show()
    dialog.picker.add_preset("all-districts")
    answers = Answers(False)  # "go back to it"
    monkeypatch.setattr(forward_dialog, "ask", answers)
    assert not window.close() and window.isVisible() and dialog.isVisible()
    answers.answer = True
    assert window.close() and not dialog.isVisible()


# -- opening files ---------------------------------------------------------------------------------
def test_an_attachment_the_system_cannot_open_is_named_with_its_folder(
    qtbot, ui_context, ops, opened_files, problems, tmp_path
):
    import datetime as dt

    from desktop_app.domain.incoming import IncomingInput
    from desktop_app.ui.widgets.incoming_detail import IncomingDetail

    scan = tmp_path / "หนังสือ มท 0810.2.pdf"
    scan.write_bytes(b"%PDF-1.4\n")
    record = ui_context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การประชุม",
            attachments=[scan],
        ),
        ui_context.actor,
    )
    detail = IncomingDetail(ops.incoming)
    qtbot.addWidget(detail)
    detail.show_record(result_of(qtbot, ops.incoming.get(record.id)))
    item = detail.attachments.item(0)
    calls, result = opened_files
    result["ok"] = False  # no viewer for it on this computer
    detail.attachments.itemActivated.emit(item)
    qtbot.waitUntil(lambda: bool(problems), timeout=20_000)
    ((title, text, folder),) = problems
    assert calls and calls[0].name == scan.name  # a copy under its own name was offered
    assert scan.name in text and folder == calls[0].parent and "เปิดแฟ้มไม่ได้" in title

    # The office's store lost the file: the copy cannot be made, and that is said too.
    store_file = ui_context.attachment_store().path_for(record.attachments[0].sha256)
    store_file.unlink()
    detail.attachments.itemActivated.emit(item)
    qtbot.waitUntil(lambda: len(problems) == 2, timeout=20_000)
    assert scan.name in problems[1][1] and "ไม่พบแฟ้ม" in problems[1][1]


def test_the_outgoing_register_says_where_a_saved_pdf_went(
    qtbot, ui_context, ops, opened_files, tmp_path
):
    from desktop_app.ui.pages.outgoing_page import OutgoingPage

    register_samples(ui_context, 1)
    outgoing = ui_context.outgoing
    issued = outgoing.issue(
        outgoing.draft_forward(1, outgoing.resolve(["all-districts"])), ui_context.actor
    )
    page = OutgoingPage(ops, digits="arabic")
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "พิมพ์ซ้ำ" / "มส-ว1.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(page.status_message, timeout=30_000):
        page.save_to(issued.id, target)
    assert page.location_box.isVisible() and str(target) in page.saved_at.text()
    page.folder_button.click()
    calls, _result = opened_files
    assert calls == [target.parent]
