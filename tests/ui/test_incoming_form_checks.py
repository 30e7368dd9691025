"""The clerk's form and issue 9 (items 1, 2, 3 and 5): the preview names the year a two-digit
year was taken as, a year read two ways is asked about in place, an implausible letter date
needs the confirmation ticked next to its warning, a receive time in the future is refused,
a number typed with its label is saved without it, far too long text is refused, all inline
(a message box would fail these tests)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.incoming import IncomingFilter
from desktop_app.ui.dialogs.incoming_form import IncomingForm
from tests.ui.conftest import register_samples, type_text

# The UI tests' clock: 6 มี.ค. 2569 16:57.


def _open(qtbot, ops, **kwargs) -> IncomingForm:  # type: ignore[no-untyped-def]
    form = IncomingForm(ops, digits="thai", **kwargs)
    qtbot.addWidget(form, before_close_func=lambda widget: widget._mark_clean())
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _fill(form: IncomingForm, doc_date: str) -> None:
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_no_edit.setText("มท 0810.2/ว 1089")
    form.subject_edit.setText("การประชุมสัมมนา")
    form.doc_date_edit.edit.setText(doc_date)


def _refused(qtbot, form: IncomingForm, ui_context) -> str:  # type: ignore[no-untyped-def]
    """Save, expecting an inline refusal: nothing saved, the form still editable."""
    form.save()
    qtbot.wait(50)
    assert not form._saving and form.saved_record is None
    assert form.error_label.isVisible()
    assert ui_context.incoming.count(IncomingFilter()) == 0
    assert form.save_button.isEnabled()
    return form.error_label.text()


def _saved(qtbot, form: IncomingForm):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    return saved.args[0]


def test_the_preview_names_the_year_taken_for_a_two_digit_year(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    for typed in ("5/3/69", "ลว. ๕ มี.ค. ๖๙", "5 มี.ค.69"):
        form.doc_date_edit.edit.setText(typed)
        assert form.doc_date_edit.date() == dt.date(2026, 3, 5)
        assert "ปี พ.ศ. ๒๕๖๙ (ค.ศ. 2026)" in form.doc_date_edit.preview.text()
        assert not form.doc_date_edit.year_choice.isVisibleTo(form)
    form.doc_date_edit.edit.setText("15-ก.ค.-2565")  # the forms copied from letters
    assert form.doc_date_edit.date() == dt.date(2022, 7, 15)
    form.doc_date_edit.edit.setText("ลว. 23 พ.ย. 2555")
    assert form.doc_date_edit.date() == dt.date(2012, 11, 23)


def test_a_year_read_two_ways_is_asked_about_in_place(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "5/3/26")  # CE 2026 (this year) or BE 2526 (1983)?
    edit = form.doc_date_edit
    assert edit.date() is None
    assert edit.year_choice.isVisibleTo(form)
    texts = [button.text() for button in edit.year_buttons]
    assert "ค.ศ. 2026" in texts[0] and "๒๕๖๙" in texts[0]
    assert "ค.ศ. 1983" in texts[1] and "๒๕๒๖" in texts[1]
    assert "อ่านได้สองแบบ" in edit.preview.text()

    said = _refused(qtbot, form, ui_context)
    assert "อ่านได้สองแบบ" in said
    assert QApplication.focusWidget() is edit.year_buttons[0]

    qtbot.mouseClick(edit.year_buttons[0], Qt.MouseButton.LeftButton)
    assert edit.date() == dt.date(2026, 3, 5)
    assert "ปี พ.ศ. ๒๕๖๙ (ค.ศ. 2026)" in edit.preview.text()
    record = _saved(qtbot, form)
    assert record.doc_date == dt.date(2026, 3, 5)


def test_retyping_the_year_in_four_digits_answers_the_question(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "5/3/26")
    assert form.doc_date_edit.year_choice.isVisibleTo(form)
    form.doc_date_edit.edit.setText("5/3/2526")
    assert not form.doc_date_edit.year_choice.isVisibleTo(form)
    assert form.doc_date_edit.date() == dt.date(1983, 3, 5)
    assert form.date_warning_box.isVisibleTo(form)  # and a 1983 letter is asked about too


def test_a_letter_dated_after_its_receipt_needs_the_confirmation(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "10/3/2569")
    assert form.date_warning_box.isVisibleTo(form)
    assert "หลังวันที่รับ" in form.date_warning_label.text()
    assert "๑๐ มี.ค. ๒๕๖๙" in form.date_warning_label.text()
    assert form.confirm_dates_check.isVisibleTo(form)
    assert not form.confirm_dates_check.isChecked()

    said = _refused(qtbot, form, ui_context)
    assert "หลังวันที่รับ" in said
    assert QApplication.focusWidget() is form.confirm_dates_check

    form.confirm_dates_check.setChecked(True)
    record = _saved(qtbot, form)
    assert record.doc_date == dt.date(2026, 3, 10)


def test_a_changed_date_needs_a_new_confirmation(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "10/3/2569")
    form.confirm_dates_check.setChecked(True)
    form.doc_date_edit.edit.setText("5/3/2567")  # another doubt: two years before
    assert "เกิน ๑ ปี" in form.date_warning_label.text()
    assert not form.confirm_dates_check.isChecked()
    form.doc_date_edit.edit.setText("5/3/2569")  # plausible: nothing to confirm
    assert not form.date_warning_box.isVisibleTo(form)
    assert _saved(qtbot, form).doc_date == dt.date(2026, 3, 5)


def test_the_service_refusing_unconfirmed_dates_shows_the_confirmation(
    qtbot, ui_context, ops, monkeypatch
):
    form = _open(qtbot, ops)
    _fill(form, "10/3/2569")
    monkeypatch.setattr(form, "_current_warnings", lambda: [])  # the form saw nothing wrong
    form._update_date_warnings()
    assert not form.date_warning_box.isVisibleTo(form)
    with qtbot.waitSignal(form.save_failed, timeout=10_000):
        form.save()
    assert form.date_warning_box.isVisibleTo(form)
    assert "หลังวันที่รับ" in form.error_label.text()
    assert QApplication.focusWidget() is form.confirm_dates_check
    assert ui_context.incoming.count(IncomingFilter()) == 0


def test_a_receive_time_in_the_future_is_refused_inline(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "5/3/2569")
    form.own_time_check.setChecked(True)
    form.received_date_edit.edit.setText("29/11/2596")
    form.reason_edit.setText("ลงรับย้อนหลัง")
    said = _refused(qtbot, form, ui_context)
    assert "ยังมาไม่ถึง" in said
    assert QApplication.focusWidget() is form.received_date_edit.edit


def test_a_number_typed_with_its_label_is_saved_without_it_and_found_as_a_duplicate(
    qtbot, ui_context, ops
):
    register_samples(ui_context, 1)  # doc no "มท ๐๘๑๐.0/ว 1000"
    form = _open(qtbot, ops)
    form.doc_no_edit.setText("ที่ มท0810.0/ว1000")
    with qtbot.waitSignal(form.duplicates_checked, timeout=10_000):
        form._check_duplicates()
    assert form.duplicate_label.isVisibleTo(form)
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.subject_edit.setText("ฉบับที่มาทางอีเมล")
    form.doc_date_edit.edit.setText("2/3/2569")
    record = _saved(qtbot, form)
    assert record.doc_no == "มท0810.0/ว1000"
    assert record.possible_duplicates == (1,)


def test_far_too_long_text_is_refused_naming_the_field(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    _fill(form, "5/3/2569")
    form.subject_edit.setText("ก" * 100_000)
    said = _refused(qtbot, form, ui_context)
    assert "เรื่อง" in said and "1,000" in said
    assert QApplication.focusWidget() is form.subject_edit
    form.subject_edit.setText("ขอเชิญ\x1bประชุม")
    assert _saved(qtbot, form).subject == "ขอเชิญ ประชุม"


def test_typing_a_labelled_date_from_the_keyboard(qtbot, ui_context, ops):
    form = _open(qtbot, ops)
    form.doc_date_edit.edit.setFocus()
    type_text(form.doc_date_edit.edit, "ลงวันที่ ๕ มีนาคม ๒๕๖๙")
    assert form.doc_date_edit.date() == dt.date(2026, 3, 5)


def test_editing_asks_only_about_dates_it_changes(qtbot, ui_context, ops):
    register_samples(ui_context, 1)
    record = ui_context.incoming.get(1)
    form = _open(qtbot, ops, record=record)
    assert not form.date_warning_box.isVisibleTo(form)
    form.doc_date_edit.edit.setText("20/3/2569")  # after its receipt on 6 มี.ค.
    assert form.date_warning_box.isVisibleTo(form)
    form.save()
    qtbot.wait(50)
    assert form.isVisible() and form.error_label.isVisible()
    assert ui_context.incoming.get(1).doc_date == record.doc_date
    form.confirm_dates_check.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    assert saved.args[0].doc_date == dt.date(2026, 3, 20)
