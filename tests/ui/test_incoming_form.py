"""The clerk's form, driven from the keyboard as a clerk would drive it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.errors import EnvironmentProblem
from desktop_app.domain.incoming import IncomingFilter
from desktop_app.ui.dialogs import incoming_form
from desktop_app.ui.dialogs.incoming_form import IncomingForm
from tests.ui.conftest import register_samples, type_text


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into whatever has the keyboard focus, then Tab to the next field."""
    widget = QApplication.focusWidget()
    assert widget is not None
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _open(qtbot, ops, **kwargs) -> IncomingForm:  # type: ignore[no-untyped-def]
    form = IncomingForm(ops, digits="thai", **kwargs)
    # Closing at teardown must not ask about unsaved text.
    qtbot.addWidget(form, before_close_func=lambda widget: widget._mark_clean())
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.sender_edit.setFocus()
    return form


def test_register_a_document_with_the_keyboard_alone(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    assert QApplication.focusWidget() is form.sender_edit

    _type(qtbot, "กรมส่งเสริมการปกครองท้องถิ่น")
    assert QApplication.focusWidget() is form.doc_no_edit
    _type(qtbot, "มท ๐๘๑๐.๒/ว ๑๐๘๙")
    assert QApplication.focusWidget() is form.doc_date_edit.edit
    _type(qtbot, "๕ มี.ค. ๖๙")
    assert form.doc_date_edit.date() == dt.date(2026, 3, 5)
    assert "๕ มีนาคม ๒๕๖๙" in form.doc_date_edit.preview.text()
    _type(qtbot, "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    assert QApplication.focusWidget() is form.subject_edit
    type_text(form.subject_edit, "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ")

    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(form.subject_edit, Qt.Key.Key_Return)
    record = saved.args[0]
    assert record.receive_no == 1
    assert record.receive_year == 2569
    assert record.received_at == dt.datetime(2026, 3, 6, 16, 57)
    assert record.sender == "กรมส่งเสริมการปกครองท้องถิ่น"
    assert record.doc_no == "มท ๐๘๑๐.๒/ว ๑๐๘๙"
    assert form.banner.isVisible()
    assert form.number_label.text() == "เลขรับ ๑"
    assert "๖ มี.ค. ๒๕๖๙" in form.when_label.text()
    assert "๑๖:๕๗" in form.when_label.text()

    # Enter again must not register the same document twice.
    qtbot.keyClick(form, Qt.Key.Key_Return)
    assert ui_context.incoming.count(IncomingFilter()) == 1

    # Ctrl+N: an empty form for the next document, cursor back on the sender.
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not form.banner.isVisible()
    assert form.sender_edit.text() == ""
    assert QApplication.focusWidget() is form.sender_edit
    _type(qtbot, "สำนักงานจังหวัดแม่ฮ่องสอน")
    _type(qtbot, "มส 0017.2/123")
    _type(qtbot, "6/3/2569")
    _type(qtbot, "")
    type_text(form.subject_edit, "ขอเชิญประชุม")
    with qtbot.waitSignal(form.saved, timeout=10_000) as second:
        qtbot.keyClick(form.subject_edit, Qt.Key.Key_Enter)
    assert second.args[0].receive_no == 2
    assert form.number_label.text() == "เลขรับ ๒"


def test_an_impossible_date_is_refused_at_the_field_and_nothing_is_saved(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.subject_edit.setText("เรื่องทดสอบ")
    form.doc_date_edit.edit.setText("30/2/2569")
    assert form.doc_date_edit.date() is None
    assert "กุมภาพันธ์ 2569 มี 28 วัน" in form.doc_date_edit.preview.text()

    qtbot.keyClick(form.subject_edit, Qt.Key.Key_Return)
    assert form.error_label.isVisible()
    assert "28 วัน" in form.error_label.text()
    assert QApplication.focusWidget() is form.doc_date_edit.edit
    assert ui_context.incoming.count(IncomingFilter()) == 0
    # Nothing the clerk typed is lost.
    assert form.sender_edit.text() == "กรมส่งเสริมการปกครองท้องถิ่น"
    assert form.subject_edit.text() == "เรื่องทดสอบ"


def test_missing_subject_puts_the_cursor_on_the_subject(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_date_edit.edit.setText("5/3/69")
    qtbot.keyClick(form.sender_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.subject_edit
    assert "เรื่อง" in form.error_label.text()
    assert ui_context.incoming.count(IncomingFilter()) == 0


def test_a_locked_database_keeps_every_field_as_typed(qtbot, ui_context, ops, monkeypatch):
    shown = []
    monkeypatch.setattr(incoming_form, "show_error", lambda _parent, error: shown.append(error))

    def locked(*_args, **_kwargs):
        raise EnvironmentProblem("ฐานข้อมูลกำลังถูกใช้งาน", "The database is busy")

    monkeypatch.setattr(ui_context.incoming, "receive", locked)
    form = _open(qtbot, ops)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_no_edit.setText("มท 0810.2/ว 1089")
    form.doc_date_edit.edit.setText("5/3/69")
    form.subject_edit.setText("เรื่องสำคัญ")
    with qtbot.waitSignal(form.save_failed, timeout=10_000):
        form.save()
    assert len(shown) == 1
    assert form.save_button.isEnabled()
    assert form.sender_edit.isEnabled()
    assert (form.sender_edit.text(), form.doc_no_edit.text(), form.subject_edit.text()) == (
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "มท 0810.2/ว 1089",
        "เรื่องสำคัญ",
    )
    assert form.doc_date_edit.date() == dt.date(2026, 3, 5)
    assert "ฐานข้อมูลกำลังถูกใช้งาน" in form.error_label.text()


def test_escape_asks_before_discarding_typed_text(qtbot, ui_context, ops, monkeypatch):
    answers: list[bool] = []
    questions: list[str] = []

    def fake_ask(_parent, _title, text, _yes, _no):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(incoming_form, "ask", fake_ask)
    form = _open(qtbot, ops)
    form.subject_edit.setText("ร่างที่ยังไม่บันทึก")

    answers.append(False)
    qtbot.keyClick(form.subject_edit, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert form.subject_edit.text() == "ร่างที่ยังไม่บันทึก"

    answers.append(True)
    qtbot.keyClick(form.subject_edit, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert len(questions) == 2


def test_escape_on_an_empty_form_closes_without_asking(qtbot, ui_context, ops, monkeypatch):
    monkeypatch.setattr(incoming_form, "ask", lambda *_a: (_ for _ in ()).throw(AssertionError))
    form = _open(qtbot, ops)
    qtbot.keyClick(form.sender_edit, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_a_changed_receive_time_needs_a_reason(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_date_edit.edit.setText("4/3/69")
    form.subject_edit.setText("รับเมื่อวาน")
    form.own_time_check.setChecked(True)
    form.received_date_edit.edit.setText("5/3/2569")
    with qtbot.waitSignal(form.save_failed, timeout=10_000):
        form.save()
    assert QApplication.focusWidget() is form.reason_edit
    assert ui_context.incoming.count(IncomingFilter()) == 0

    form.reason_edit.setText("รับหลังเวลาราชการ ลงรับวันรุ่งขึ้น")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    record = saved.args[0]
    assert record.received_at.date() == dt.date(2026, 3, 5)
    assert record.received_at_reason == "รับหลังเวลาราชการ ลงรับวันรุ่งขึ้น"


def test_attachments_are_stored_with_their_hash(qtbot, ui_context, ops, tmp_path):
    scan = tmp_path / "หนังสือ มท 0810.2.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter\n")
    form = _open(qtbot, ops)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_date_edit.edit.setText("5/3/69")
    form.subject_edit.setText("มีแฟ้มแนบ")
    form.add_files([scan])
    assert form.attachment_list.count() == 1
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    scan.unlink()  # the original path is never relied on
    (attachment,) = saved.args[0].attachments
    assert attachment.filename == "หนังสือ มท 0810.2.pdf"
    stored, name = ui_context.incoming.attachment_path(attachment.id)
    assert stored.read_bytes() == b"%PDF-1.4 scanned letter\n"
    assert name == "หนังสือ มท 0810.2.pdf"


def test_the_same_number_typed_differently_is_flagged(qtbot, ui_context, ops):
    register_samples(ui_context, 1)  # doc no "มท ๐๘๑๐.0/ว 1000"
    form = _open(qtbot, ops)
    form.doc_no_edit.setText("มท0810.0/ว1000")
    with qtbot.waitSignal(form.duplicates_checked, timeout=10_000):
        form._check_duplicates()
    assert form.duplicate_label.isVisibleTo(form)
    assert "๑/๒๕๖๙" in form.duplicate_label.text()


def test_editing_keeps_the_number_and_records_the_change(qtbot, ui_context, ops):
    register_samples(ui_context, 2)
    record = ui_context.incoming.get(1)
    form = _open(qtbot, ops, record=record)
    assert "๑/๒๕๖๙" in form.windowTitle()
    form.subject_edit.setText("เรื่องที่แก้ไขแล้ว")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(form.subject_edit, Qt.Key.Key_Return)
    assert saved.args[0].subject == "เรื่องที่แก้ไขแล้ว"
    assert saved.args[0].receive_no == 1
    assert not form.isVisible()
    assert ui_context.incoming.get(1).subject == "เรื่องที่แก้ไขแล้ว"
