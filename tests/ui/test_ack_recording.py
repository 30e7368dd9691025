"""Recording acknowledgements in the GUI: scanned or typed codes on the outgoing register, a
letter's tracking dialog (ticks, the form, all through e-saraban, a signed delivery sheet,
returned, undo, reminders, copies and sheets), and reply e-mails matched and recorded.

Every check reads the result back through the service (``ui_context.acknowledgements``), not
only from the widgets."""

from __future__ import annotations

import datetime as dt
import mailbox
import os
import random
import shutil
from dataclasses import replace
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from desktop_app.domain.ack_codes import format_code, new_code
from desktop_app.domain.acks import AckChannel, Acknowledgement
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import EnvironmentProblem
from desktop_app.domain.incoming import IncomingInput
from desktop_app.ui.dialogs.letter_tracking_dialog import (
    COL_CODE,
    COL_DUE,
    COL_RECIPIENT,
    COL_REMINDERS,
    COL_SENT,
    COL_STATE,
    FIXED_COLUMNS,
    LetterTrackingDialog,
    balanced_widths,
)
from desktop_app.ui.dialogs.mail_import_dialog import COL_NOTE, COL_TICK, MailImportDialog
from desktop_app.ui.widgets.ack_scan_field import AckScanField
from tests.ui.conftest import type_text

SCREEN = (1366, 768)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

# What a USB scanner types for each code character while the keyboard is set to Thai
# Kedmanee: digits unshifted, letters with Shift (TIS 820-2538; the ฤ, ฉ, ฎ... row).
KEDMANEE = {
    "3": "-",
    "4": "ภ",
    "6": "ุ",
    "7": "ึ",
    "9": "ต",
    "A": "ฤ",
    "C": "ฉ",
    "E": "ฎ",
    "F": "โ",
    "H": "็",
    "K": "ษ",
    "M": "?",
    "N": "์",
    "P": "ญ",
    "R": "ฑ",
    "T": "ธ",
    "W": '"',
    "X": ")",
    "Y": "ํ",
}


def _issue(context, targets: list[str]):  # type: ignore[no-untyped-def]
    incoming = context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การเผยแพร่องค์ความรู้จากการประชุมสัมมนา",
            urgency=Urgency.URGENT,
        ),
        context.actor,
    )
    outgoing = context.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(targets))
    return outgoing.issue(replace(draft, sending_method="ระบบสารบรรณอิเล็กทรอนิกส์"), context.actor)


@pytest.fixture
def letter(ui_context, clock):  # type: ignore[no-untyped-def]
    """A circular to the seven districts and the town municipality (เทศบาลเมืองแม่ฮ่องสอน),
    issued on 6 March 2569 at 08:30, read back at 16:57 (the test clock): acknowledgements
    dated that morning come after it was issued."""
    now = clock.now
    clock.now = now.replace(hour=8, minute=30)
    try:
        return _issue(ui_context, ["all-districts", "4580102"])
    finally:
        clock.now = now


def _rows(context, letter_id: int):  # type: ignore[no-untyped-def]
    return context.acknowledgements.tracking(letter_id).rows


def _scan(qtbot, field: AckScanField, text: str, *, thai_layout: bool = False) -> None:  # type: ignore[no-untyped-def]
    if thai_layout:
        type_text(field.edit, text)
    else:
        qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == ""  # cleared at once, ready for the next slip
    qtbot.waitUntil(lambda: not field.busy(), timeout=20_000)


def _tone(label) -> str:  # type: ignore[no-untyped-def]
    return str(label.property("tone"))


# -- the scan field ---------------------------------------------------------------------------
def test_scanned_and_typed_codes_are_recorded_with_a_clear_answer(qtbot, ui_context, ops, letter):
    rows = _rows(ui_context, letter.id)
    field = AckScanField(ops, digits="arabic")
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()

    # As printed, scanned: recorded, green, naming the recipient and the letter.
    _scan(qtbot, field, rows[0].ack_code)
    assert _tone(field.result) == "ok"
    assert field.result.text() == (
        f"บันทึกการตอบรับแล้ว: {rows[0].name} — หนังสือที่ {letter.doc_no} "
        "การเผยแพร่องค์ความรู้จากการประชุมสัมมนา"
    )
    assert QApplication.focusWidget() is field.edit

    # Typed from the paper in lower case with its hyphens.
    typed = format_code(rows[1].ack_code).lower()
    assert "-" in typed
    _scan(qtbot, field, typed)
    assert _tone(field.result) == "ok" and rows[1].name in field.result.text()

    # A scanner typing while the keyboard is set to Thai.
    garbage = "".join(KEDMANEE[ch] for ch in rows[2].ack_code)
    assert not any(ch.isascii() and ch.isalnum() for ch in garbage)
    _scan(qtbot, field, garbage, thai_layout=True)
    assert _tone(field.result) == "ok" and rows[2].name in field.result.text()

    # Not a code at all; a well-formed code that no letter carries.
    _scan(qtbot, field, "ABC-DEF")
    assert _tone(field.result) == "error"
    assert "ไม่ใช่รหัสตอบรับ" in field.result.text()
    stray = new_code(random.Random(7))
    assert stray not in {row.ack_code for row in rows}
    _scan(qtbot, field, stray)
    assert _tone(field.result) == "error"
    assert f"ไม่พบหนังสือที่มีรหัสตอบรับ {format_code(stray)}" in field.result.text()

    # The same slip again: amber, says when it was recorded, changes nothing.
    _scan(qtbot, field, rows[0].ack_code)
    assert _tone(field.result) == "warn"
    assert field.result.text().startswith("รหัสนี้บันทึกไว้แล้วเมื่อ 6 มี.ค. 2569 16:57")

    after = _rows(ui_context, letter.id)
    assert [row.acknowledged_at is not None for row in after] == [True] * 3 + [False] * 5
    assert {after[i].channel for i in range(3)} == {AckChannel.CODE.value}
    assert after[0].acknowledged_at == dt.datetime(2026, 3, 6, 16, 57)

    # The last five scans, newest first, each with its outcome.
    history = field.history_texts()
    assert len(history) == 5
    assert "บันทึกไว้แล้ว" in history[0] and format_code(rows[0].ack_code) in history[0]
    assert format_code(stray) in history[1] and "ไม่พบหนังสือ" in history[1]
    assert "ABC-DEF" in history[2]
    assert format_code(rows[2].ack_code) in history[3] and "บันทึกแล้ว" in history[3]


def test_a_fast_batch_of_scans_is_recorded_in_order(qtbot, ui_context, ops, letter):
    """A scanner does not wait for the previous slip's answer: every Enter is kept, recorded
    one after another, and the answer beside the field is the last slip's."""
    rows = _rows(ui_context, letter.id)
    field = AckScanField(ops, digits="thai")
    qtbot.addWidget(field)
    for row in rows[:4]:
        qtbot.keyClicks(field.edit, row.ack_code)
        qtbot.keyClick(field.edit, Qt.Key.Key_Enter)
    qtbot.keyClicks(field.edit, rows[1].ack_code)  # a slip scanned twice in the batch
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.busy(), timeout=20_000)
    after = _rows(ui_context, letter.id)
    assert sum(row.acknowledged_at is not None for row in after) == 4
    assert _tone(field.result) == "warn" and rows[1].name in field.result.text()
    assert "บันทึกไว้แล้ว" in field.history_texts()[0]
    assert all("บันทึกแล้ว" in line for line in field.history_texts()[1:])


# -- the tracking dialog ----------------------------------------------------------------------
def _dialog(qtbot, ops, letter_id: int) -> LetterTrackingDialog:  # type: ignore[no-untyped-def]
    dialog = LetterTrackingDialog(ops, letter_id, digits="thai")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tracking is not None, timeout=10_000)
    return dialog


def _act(qtbot, dialog: LetterTrackingDialog, button) -> str:  # type: ignore[no-untyped-def]
    """Click ``button`` and wait for the action's end and the reread that follows it."""
    with qtbot.waitSignal(dialog.action_done, timeout=30_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.ops.runner.busy, timeout=30_000)
    return str(done.args[0])


def _tick(dialog: LetterTrackingDialog, *numbers: int) -> None:
    for number in numbers:
        dialog.table.item(number, COL_RECIPIENT).setCheckState(Qt.CheckState.Checked)


def _state(dialog: LetterTrackingDialog, number: int) -> str:
    return dialog.table.item(number, COL_STATE).text()


def test_the_dialog_shows_every_recipient_and_fits_the_screen(qtbot, ui_context, ops, letter):
    dialog = _dialog(qtbot, ops, letter.id)
    rows = _rows(ui_context, letter.id)
    assert dialog.table.rowCount() == len(rows) == 8
    assert "หนังสือที่ มส ๐๐๒๓.๓/ว ๑ ลงวันที่ ๖ มี.ค. ๒๕๖๙" in dialog.heading.text()
    assert dialog.table.item(0, COL_RECIPIENT).text() == rows[0].name
    assert dialog.table.item(0, COL_CODE).text() == format_code(rows[0].ack_code)
    assert _state(dialog, 0) == "รอตอบรับ"
    assert dialog.table.item(0, COL_SENT).text() == "๖ มี.ค. ๒๕๖๙ · ระบบสารบรรณอิเล็กทรอนิกส์"
    assert "ตอบรับแล้ว ๐ จาก ๘ ราย" in dialog.summary.text()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 60
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 60
    # Nothing ticked: nothing to record for "the ticked ones".
    assert not dialog.ack_button.isEnabled() and not dialog.return_button.isEnabled()
    assert dialog.all_button.isEnabled() and dialog.remind_button.isEnabled()


def test_balanced_widths_keep_fixed_columns_and_cut_the_widest_texts_alike():
    # Room for everything: the texts (1 and 3) share the extra in proportion.
    assert balanced_widths([100, 80, 50, 120], {0, 2}, 450) == [100, 120, 50, 180]
    # Too little room: the fixed columns stay whole, the narrow text stays whole, the two
    # widest texts are cut to one common width.
    assert balanced_widths([100, 80, 400, 300, 50], {0}, 530) == [100, 80, 150, 150, 50]
    # Columns to cut last stay whole while the others can give way...
    assert balanced_widths([100, 200, 300, 150], {0}, 560, cut_last=[2]) == [100, 80, 300, 80]
    # ...and are cut once the others are down to the minimum.
    widths = balanced_widths([100, 200, 300, 150], {0}, 400, cut_last=[2], minimum=60)
    assert widths == [100, 60, 180, 60]
    # Far too little: no text below the minimum (a horizontal scroll bar then appears),
    # one for all or one per column (the dialog's: its heading).
    assert balanced_widths([300, 200, 200], {0}, 320, minimum=60) == [300, 60, 60]
    assert balanced_widths([300, 200, 200], {0}, 320, minimum=[0, 60, 110]) == [300, 60, 110]
    # A column held at its minimum leaves the others less: together they still fit.
    floors = [0, 60, 60, 116, 66, 66]
    widths = balanced_widths([100, 113, 206, 117, 142, 116], {0}, 633, minimum=floors)
    assert widths == [100, 104, 104, 116, 104, 104] and sum(widths) <= 633


def test_the_columns_share_the_width_without_cutting_the_dates_or_the_code(
    qtbot, ui_context, ops, clock
):
    """A letter sent by e-mail whose rows are filled in (acknowledged by someone with their
    receive number, returned with a reason, reminded): the longest "sent" text shows whole
    at the dialog's 1366x768 size, and the code column is no wider than a code."""
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
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts", "4580102"]))
    sent = outgoing.issue(
        replace(draft, sending_method="ไปรษณีย์อิเล็กทรอนิกส์ (อีเมล)"), ui_context.actor
    )
    service = ui_context.acknowledgements
    rows = _rows(ui_context, sent.id)
    clock.now = dt.datetime(2026, 3, 9, 11, 0)
    service.acknowledge(
        [rows[0].id],
        Acknowledgement(
            at=dt.datetime(2026, 3, 9, 10, 30),
            channel=AckChannel.PHONE,
            by="นางสาวสมใจ รักงาน",
            their_receive_no="512",
            their_receive_date=dt.date(2026, 3, 9),
        ),
        ui_context.actor,
    )
    service.mark_returned(rows[6].id, "อีเมลตีกลับ ที่อยู่ไม่ถูกต้อง", ui_context.actor)
    clock.now = dt.datetime(2026, 3, 16, 9, 0)
    service.remind(sent.id, ui_context.actor)
    dialog = _dialog(qtbot, ops, sent.id)
    qtbot.waitUntil(lambda: dialog.table.item(1, COL_REMINDERS).text() != "", timeout=10_000)
    table = dialog.table
    assert "ไปรษณีย์อิเล็กทรอนิกส์" in table.item(0, COL_SENT).text()
    widths = [table.columnWidth(column) for column in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width()  # no horizontal scrolling
    assert not table.horizontalScrollBar().isVisible()
    assert widths[COL_SENT] >= table.sizeHintForColumn(COL_SENT)  # shown whole
    assert widths[COL_RECIPIENT] >= table.sizeHintForColumn(COL_RECIPIENT)
    for column in FIXED_COLUMNS:
        wanted = max(
            table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column)
        )
        assert widths[column] == wanted, column
    assert widths[COL_CODE] < widths[COL_SENT]
    header = table.horizontalHeader()
    for column in range(table.columnCount()):  # every heading readable
        assert widths[column] >= header.sectionSizeHint(column), column
    # A narrower dialog: the columns share less room; dates and codes stay whole, the cut
    # texts keep their whole value in the tooltip.
    dialog.resize(1000, 660)
    qtbot.waitUntil(lambda: table.columnWidth(COL_SENT) < widths[COL_SENT], timeout=5_000)
    assert table.columnWidth(COL_CODE) == widths[COL_CODE]
    assert table.columnWidth(COL_DUE) == widths[COL_DUE]
    cell = table.item(0, COL_SENT)
    assert cell.text() in cell.toolTip()


def test_ticked_recipients_are_acknowledged_through_the_form(qtbot, ui_context, ops, letter):
    dialog = _dialog(qtbot, ops, letter.id)
    rows = _rows(ui_context, letter.id)
    _tick(dialog, 1, 3)
    assert dialog.ticked_label.text() == "เลือก ๒ ราย"
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.isVisible() and dialog.panel.currentWidget() is dialog.ack_form
    assert dialog.ack_when.edit.text() == "๖/๓/๒๕๖๙ ๑๖:๕๗"  # now, Buddhist era

    # A time in the future is refused inline, and nothing is written.
    dialog.ack_when.edit.setText("6/3/69 23:30")
    text = _act(qtbot, dialog, dialog.ack_save)
    assert "เวลาตอบรับอยู่ในอนาคต" in text and _tone(dialog.status) == "error"
    assert all(row.acknowledged_at is None for row in _rows(ui_context, letter.id))
    assert dialog.panel.isVisible()  # what was typed stays for a correction

    dialog.ack_when.edit.clear()
    type_text(dialog.ack_when.edit, "๖ มี.ค. ๖๙ ๑๐.๓๐ น.")
    assert dialog.ack_when.value() == dt.datetime(2026, 3, 6, 10, 30)
    assert dialog.ack_when.preview.text() == "วันศุกร์ที่ ๖ มีนาคม ๒๕๖๙ เวลา ๑๐.๓๐ น."
    type_text(dialog.ack_by, "นางสาวสมใจ รักงาน")
    dialog.ack_channel.setCurrentIndex(dialog.ack_channel.findData(AckChannel.PHONE.value))
    qtbot.keyClicks(dialog.ack_their_no, "512")
    dialog.ack_their_date.edit.setText("6/3/69")
    type_text(dialog.ack_note, "โทรแจ้ง")
    text = _act(qtbot, dialog, dialog.ack_save)
    assert text == "บันทึกการตอบรับแล้ว ๒ ราย" and _tone(dialog.status) == "ok"

    after = _rows(ui_context, letter.id)
    for number in (1, 3):
        row = after[number]
        assert row.acknowledged_at == dt.datetime(2026, 3, 6, 10, 30)
        assert row.acknowledged_by == "นางสาวสมใจ รักงาน"
        assert row.channel == AckChannel.PHONE.value
        assert (row.their_receive_no, row.their_receive_date) == ("512", dt.date(2026, 3, 6))
        assert row.note == "โทรแจ้ง"
    assert [row.acknowledged_at is None for row in after] == [
        True, False, True, False, True, True, True, True
    ]  # fmt: skip
    assert after[1].id == rows[1].id
    qtbot.waitUntil(lambda: _state(dialog, 1) == "ตอบรับแล้ว", timeout=10_000)
    assert _state(dialog, 3) == "ตอบรับแล้ว" and _state(dialog, 0) == "รอตอบรับ"
    assert not dialog.panel.isVisible() and dialog.ticked() == []


def test_enter_in_the_form_records_once_and_escape_closes_the_form(qtbot, ui_context, ops, letter):
    dialog = _dialog(qtbot, ops, letter.id)
    _tick(dialog, 1)
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    dialog.ack_save.setFocus()  # the clerk clicked it before (it had the focus)
    assert _act(qtbot, dialog, dialog.ack_save) == "บันทึกการตอบรับแล้ว ๑ ราย"
    _tick(dialog, 2)
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.panel.isVisible() and dialog.isVisible()
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    type_text(dialog.ack_by, "นายสมชาย")
    with qtbot.waitSignal(dialog.action_done, timeout=20_000) as done:
        qtbot.keyClick(dialog.ack_by, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=20_000)
    assert done.args[0] == "บันทึกการตอบรับแล้ว ๑ ราย"
    assert dialog.status.text() == "บันทึกการตอบรับแล้ว ๑ ราย"  # not a second, skipped save
    row = _rows(ui_context, letter.id)[2]
    assert row.acknowledged_by == "นายสมชาย" and row.channel == AckChannel.PHONE.value


def test_returned_with_a_reason_and_undone_after_confirming(qtbot, ui_context, ops, letter):
    dialog = _dialog(qtbot, ops, letter.id)
    rows = _rows(ui_context, letter.id)
    ui_context.acknowledgements.acknowledge(
        [rows[0].id], _ack(dt.datetime(2026, 3, 6, 9)), ui_context.actor
    )
    dialog.reload()  # recorded elsewhere (another workstation): read again
    qtbot.waitUntil(lambda: _state(dialog, 0) == "ตอบรับแล้ว", timeout=10_000)

    _tick(dialog, 4)
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.currentWidget() is dialog.return_form
    qtbot.mouseClick(dialog.return_save, Qt.MouseButton.LeftButton)  # no reason yet
    assert "ระบุเหตุที่ตีกลับ" in dialog.status.text() and _tone(dialog.status) == "error"
    assert _rows(ui_context, letter.id)[4].returned_at is None
    type_text(dialog.return_reason, "ไม่มีผู้รับ สถานที่ปิด")
    text = _act(qtbot, dialog, dialog.return_save)
    assert text == "บันทึกตีกลับแล้ว ๑ ราย"
    returned = _rows(ui_context, letter.id)[4]
    assert returned.returned_reason == "ไม่มีผู้รับ สถานที่ปิด"
    qtbot.waitUntil(lambda: _state(dialog, 4) == "ตีกลับ", timeout=10_000)

    # Undo both the acknowledgement and the return, after the inline confirmation.
    _tick(dialog, 0, 4)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.currentWidget() is dialog.confirm_bar
    assert rows[0].name in dialog.confirm_text.text() and rows[4].name in dialog.confirm_text.text()
    assert _rows(ui_context, letter.id)[0].acknowledged_at is not None  # not before confirming
    text = _act(qtbot, dialog, dialog.confirm_yes)
    assert text == "ยกเลิกการบันทึกแล้ว ๒ ราย"
    after = _rows(ui_context, letter.id)
    assert after[0].acknowledged_at is None and after[0].channel == ""
    assert after[4].returned_at is None and after[4].returned_reason == ""
    qtbot.waitUntil(lambda: _state(dialog, 0) == "รอตอบรับ", timeout=10_000)
    assert _state(dialog, 4) == "รอตอบรับ"

    # Saying no changes nothing.
    _tick(dialog, 1)
    ui_context.acknowledgements.acknowledge([rows[1].id], _ack(), ui_context.actor)
    dialog.reload()
    qtbot.waitUntil(lambda: _state(dialog, 1) == "ตอบรับแล้ว", timeout=10_000)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_no, Qt.MouseButton.LeftButton)
    assert not dialog.panel.isVisible()
    assert _rows(ui_context, letter.id)[1].acknowledged_at is not None


def _ack(at: dt.datetime = dt.datetime(2026, 3, 6, 16, 0)):  # type: ignore[no-untyped-def]
    from desktop_app.domain.acks import Acknowledgement

    return Acknowledgement(at=at, channel=AckChannel.PHONE)


def test_everyone_acknowledged_through_e_saraban_on_a_date(qtbot, ui_context, ops, letter, clock):
    rows = _rows(ui_context, letter.id)
    ui_context.acknowledgements.acknowledge([rows[2].id], _ack(), ui_context.actor)
    clock.now = dt.datetime(2026, 3, 9, 8, 30)
    dialog = _dialog(qtbot, ops, letter.id)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.currentWidget() is dialog.all_form
    assert "ทั้ง ๗ ราย" in dialog.all_count.text()
    assert dialog.all_save.text().endswith("วันที่ ๙ มี.ค. ๒๕๖๙")
    dialog.all_when.edit.setText("7/3/2569 9:15")
    assert dialog.all_save.text() == "ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์ วันที่ ๗ มี.ค. ๒๕๖๙"
    text = _act(qtbot, dialog, dialog.all_save)
    assert text == "บันทึกการตอบรับแล้ว ๗ ราย"
    after = _rows(ui_context, letter.id)
    assert all(row.acknowledged_at is not None for row in after)
    assert after[2].channel == AckChannel.PHONE.value  # acknowledged before: kept as it was
    others = [row for number, row in enumerate(after) if number != 2]
    assert {row.channel for row in others} == {AckChannel.ESARABAN.value}
    assert {row.acknowledged_at for row in others} == {dt.datetime(2026, 3, 7, 9, 15)}
    qtbot.waitUntil(lambda: not dialog.all_button.isEnabled(), timeout=10_000)
    assert "ตอบรับแล้ว ๘ จาก ๘ ราย" in dialog.summary.text()


def test_a_signed_delivery_sheet_is_recorded_in_one_step(qtbot, ui_context, ops, letter):
    rows = _rows(ui_context, letter.id)
    ui_context.acknowledgements.acknowledge([rows[0].id], _ack(), ui_context.actor)
    dialog = _dialog(qtbot, ops, letter.id)
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.currentWidget() is dialog.sheet_form
    assert [row.id for row in dialog.ticked()] == [row.id for row in rows[1:]]  # all pending
    dialog.table.item(5, COL_RECIPIENT).setCheckState(Qt.CheckState.Unchecked)  # did not sign
    assert "เลือกไว้ ๖ ราย" in dialog.sheet_count.text()
    dialog.sheet_when.edit.setText("6/3/2569 14:00")
    text = _act(qtbot, dialog, dialog.sheet_save)
    assert text == "บันทึกการตอบรับแล้ว ๖ ราย"
    after = _rows(ui_context, letter.id)
    assert after[5].acknowledged_at is None
    signed = [row for number, row in enumerate(after) if number not in (0, 5)]
    assert {row.channel for row in signed} == {AckChannel.DELIVERY_SHEET.value}
    assert {row.acknowledged_at for row in signed} == {dt.datetime(2026, 3, 6, 14, 0)}


def test_a_reminder_is_issued_to_the_pending_recipients(qtbot, ui_context, ops, letter, clock):
    rows = _rows(ui_context, letter.id)
    ui_context.acknowledgements.acknowledge([rows[0].id, rows[1].id], _ack(), ui_context.actor)
    clock.now = dt.datetime(2026, 3, 16, 9, 0)  # past the due date
    dialog = _dialog(qtbot, ops, letter.id)
    assert _state(dialog, 2) == "เกินกำหนด"
    qtbot.mouseClick(dialog.remind_button, Qt.MouseButton.LeftButton)
    assert dialog.panel.currentWidget() is dialog.confirm_bar
    assert "ถึง ๖ ราย" in dialog.confirm_text.text()
    text = _act(qtbot, dialog, dialog.confirm_yes)
    assert text == "ออกหนังสือเตือนที่ มส ๐๐๒๓.๓/ว ๒ ถึง ๖ ราย แล้ว"
    after = _rows(ui_context, letter.id)
    assert [row.reminded_count for row in after] == [0, 0, 1, 1, 1, 1, 1, 1]
    assert after[2].last_reminder_no == "มส 0023.3/ว 2"
    qtbot.waitUntil(
        lambda: dialog.table.item(2, COL_REMINDERS).text() == "๑ · มส ๐๐๒๓.๓/ว ๒",
        timeout=10_000,
    )
    assert "ส่งหนังสือเตือนแล้ว: มส ๐๐๒๓.๓/ว ๒" in dialog.subject.text()
    assert dialog.open_file_button.isVisible()


def test_a_reminder_whose_pdf_was_not_saved_keeps_its_number_and_says_so(
    qtbot, ui_context, ops, letter, monkeypatch
):
    from desktop_app.files import Staged

    dialog = _dialog(qtbot, ops, letter.id)
    _tick(dialog, 3)  # only this one

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้", "The disk is full")

    monkeypatch.setattr(Staged, "place", disk_full)
    qtbot.mouseClick(dialog.remind_button, Qt.MouseButton.LeftButton)
    assert "ถึง ๑ ราย" in dialog.confirm_text.text()
    text = _act(qtbot, dialog, dialog.confirm_yes)
    # One recipient: a letter of the normal series, not a circular.
    assert text.startswith("ออกหนังสือเตือนที่ มส ๐๐๒๓.๓/๑ ถึง ๑ ราย แล้ว")
    assert "บันทึกแฟ้ม PDF ไม่ได้ (พื้นที่ดิสก์เต็ม" in text and "ยังใช้อยู่" in text
    assert _tone(dialog.status) == "warn"
    issued = [row.doc_no for row in ui_context.outgoing.register_rows()]
    assert "มส 0023.3/1" in issued
    assert [row.reminded_count for row in _rows(ui_context, letter.id)][3] == 1


def test_copies_and_the_delivery_sheet_are_saved_where_the_clerk_chose(
    qtbot, ui_context, ops, letter, monkeypatch, tmp_path
):
    """The dialog's side: the file dialog's choice goes to the service, the answer says where
    the file is, and a failure is shown in the dialog (the PDFs' contents are the reports'
    tests' business)."""
    from desktop_app.services.outgoing import OutgoingService
    from desktop_app.ui.dialogs import letter_tracking_dialog as module

    asked: list[tuple[str, int, Path]] = []

    def fake(kind: str):  # type: ignore[no-untyped-def]
        def write(self, letter_id: int, target: Path) -> Path:  # type: ignore[no-untyped-def]
            asked.append((kind, letter_id, target))
            target.write_bytes(b"%PDF-1.4 test")
            return target

        return write

    monkeypatch.setattr(OutgoingService, "recipient_copies", fake("copies"), raising=False)
    monkeypatch.setattr(OutgoingService, "delivery_sheet", fake("sheet"), raising=False)
    dialog = _dialog(qtbot, ops, letter.id)
    chosen = tmp_path / "สำเนา"
    monkeypatch.setattr(module.file_dialogs, "choose_save_file", lambda *_a, **_k: str(chosen))
    text = _act(qtbot, dialog, dialog.copies_button)
    assert asked[-1] == ("copies", letter.id, tmp_path / "สำเนา.pdf")
    assert text == f"บันทึกสำเนาถึงผู้รับ (พร้อมรหัสตอบรับ) ไว้ที่ {tmp_path / 'สำเนา.pdf'} แล้ว"
    text = _act(qtbot, dialog, dialog.sheet_print_button)
    assert asked[-1] == ("sheet", letter.id, tmp_path / "สำเนา.pdf")
    assert text.startswith("บันทึกใบส่งหนังสือไว้ที่")

    def full(self, letter_id: int, target: Path) -> Path:  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้", "The disk is full")

    monkeypatch.setattr(OutgoingService, "delivery_sheet", full, raising=False)
    text = _act(qtbot, dialog, dialog.sheet_print_button)
    assert text == "พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้" and _tone(dialog.status) == "error"


def test_copies_and_the_delivery_sheet_are_real_pdfs(qtbot, ui_context, ops, letter, tmp_path):
    from desktop_app.services.outgoing import OutgoingService

    if not hasattr(OutgoingService, "recipient_copies"):
        pytest.skip("OutgoingService.recipient_copies is not there yet")
    dialog = _dialog(qtbot, ops, letter.id)
    with qtbot.waitSignal(dialog.action_done, timeout=60_000):
        dialog.save_copies_to(tmp_path / "copies.pdf")
    assert (tmp_path / "copies.pdf").read_bytes()[:4] == b"%PDF"
    with qtbot.waitSignal(dialog.action_done, timeout=60_000):
        dialog.save_sheet_to(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes()[:4] == b"%PDF"
    assert _tone(dialog.status) == "ok"


def test_a_cancelled_letter_cannot_be_recorded(qtbot, ui_context, ops, letter):
    ui_context.outgoing.cancel(letter.id, "ออกเลขผิด", ui_context.actor)
    dialog = _dialog(qtbot, ops, letter.id)
    _tick(dialog, 0)
    assert "ถูกยกเลิกเลขที่แล้ว" in dialog.subject.text()
    for button in (dialog.ack_button, dialog.all_button, dialog.sheet_button, dialog.remind_button):
        assert not button.isEnabled()


# -- the outgoing page ------------------------------------------------------------------------
def test_the_outgoing_page_scans_codes_and_opens_tracking(qtbot, ui_context, ops, letter):
    from desktop_app.ui.pages.outgoing_page import OutgoingPage

    page = OutgoingPage(ops, digits="arabic")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.scan.label.text() == "สแกน/พิมพ์รหัสตอบรับ"
    page.table.selectRow(0)
    qtbot.mouseClick(page.track_button, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(LetterTrackingDialog)
    assert len(dialogs) == 1 and dialogs[0].letter_id == letter.id
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.tracking is not None, timeout=10_000)

    # A code scanned on the page shows in the open dialog at once.
    rows = _rows(ui_context, letter.id)
    _scan(qtbot, page.scan, rows[6].ack_code)
    qtbot.waitUntil(lambda: dialog.table.item(6, COL_STATE).text() == "ตอบรับแล้ว", timeout=10_000)
    assert rows[6].name in page.scan.result.text()
    # The register's row counts it: acknowledged / recipients.
    qtbot.waitUntil(lambda: page.table.item(0, 5).text() == f"1/{len(rows)}", timeout=10_000)
    assert page.minimumSizeHint().width() <= SCREEN[0] - 200  # the answer wraps, never widens
    dialog.close()

    # Double-click opens the tracking too; the mail import opens from its button.
    rect = page.table.visualRect(page.table.model().index(0, 1))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(page.findChildren(LetterTrackingDialog)) >= 1, timeout=5_000)
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert len(page.findChildren(MailImportDialog)) == 1


# -- e-mail -----------------------------------------------------------------------------------
def _mail(
    path: Path, sender: str, subject: str, body: str, when: dt.datetime, attachment: str = ""
) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "saraban_msn@dla.go.th"
    message["Subject"] = subject
    message["Date"] = format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=7))))
    message.set_content(body)
    if attachment:
        message.add_attachment(
            b"%PDF-1.4", maintype="application", subtype="pdf", filename=attachment
        )
    path.write_bytes(bytes(message))
    return path


def test_reply_e_mails_are_matched_and_recorded(qtbot, ui_context, ops, letter, tmp_path):
    rows = _rows(ui_context, letter.id)
    pai = next(row for row in rows if row.name == "อำเภอปาย")
    town = next(row for row in rows if row.code == "4580102")
    done = next(row for row in rows if row.name == "อำเภอขุนยวม")
    ui_context.acknowledgements.acknowledge([done.id], _ack(), ui_context.actor)
    when = dt.datetime(2026, 3, 6, 15, 40)
    by_code = _mail(
        tmp_path / "pai.eml",
        "อำเภอปาย <saraban@pai.example>",
        "ตอบรับหนังสือ ที่ มส 0023.3/ว 1",
        f"เรียน ท้องถิ่นจังหวัด\n\nได้รับหนังสือแล้ว รหัสตอบรับ {format_code(pai.ack_code).lower()}\n",
        when,
    )
    by_sender = _mail(
        tmp_path / "town.eml",
        "เทศบาลเมืองแม่ฮ่องสอน <saraban_04580102@dla.go.th>",
        "รับทราบ",
        "ได้รับหนังสือเรียบร้อยแล้ว ขอบคุณค่ะ",
        when,
    )
    already = _mail(
        tmp_path / "khun-yuam.eml",
        "ขุนยวม <khunyuam@example.org>",
        "Re: หนังสือเวียน",
        "ได้รับแล้ว",
        when,
        attachment=f"ตอบรับ_{done.ack_code}.pdf",
    )
    stranger = _mail(
        tmp_path / "unknown.eml",
        "Somebody <someone@unknown.example>",
        "สอบถามเรื่องการประชุม",
        "ขอสอบถามรายละเอียดเพิ่มเติม",
        when,
    )
    raw = by_code.read_bytes()
    assert b"=?utf-8?" in raw.lower()  # the Thai subject travels RFC 2047 encoded

    dialog = MailImportDialog(ops, digits="thai")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.load([by_code, by_sender, already, stranger])
    by_file = {
        Path(match.source).name: (number, match) for number, match in enumerate(dialog.matches)
    }
    number, match = by_file["pai.eml"]
    assert (match.how, match.row.id, match.subject) == (
        "code",
        pai.id,
        "ตอบรับหนังสือ ที่ มส 0023.3/ว 1",
    )
    assert dialog.table.item(number, 5).text() == "มส ๐๐๒๓.๓/ว ๑ — อำเภอปาย"
    assert dialog.table.item(number, 6).text() == "รหัส"
    number, match = by_file["town.eml"]
    assert (match.how, match.row.id) == ("sender", town.id)
    assert dialog.table.item(number, 6).text() == "ที่อยู่ผู้ส่ง"
    number, match = by_file["khun-yuam.eml"]
    assert match.already and dialog.table.item(number, COL_NOTE).text() == "ตอบรับไว้แล้ว"
    tick = dialog.table.item(number, COL_TICK)
    assert tick.checkState() == Qt.CheckState.Unchecked
    number, match = by_file["unknown.eml"]
    assert match.row is None and match.problem
    tick = dialog.table.item(number, COL_TICK)
    assert tick.checkState() == Qt.CheckState.Unchecked
    assert not tick.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.table.item(number, COL_NOTE).text() == match.problem
    assert {Path(m.source).name for m in dialog.ticked()} == {"pai.eml", "town.eml"}
    assert "อ่านอีเมล ๔ ฉบับ จับคู่ได้ ๓ ฉบับ" in dialog.status.text()

    with qtbot.waitSignal(dialog.recorded, timeout=20_000) as recorded:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert set(recorded.args[0].recorded) == {pai.id, town.id}
    assert dialog.status.text() == "บันทึกการตอบรับแล้ว ๒ ราย ข้าม ๐ ราย"
    after = {row.id: row for row in _rows(ui_context, letter.id)}
    for row_id in (pai.id, town.id):
        assert after[row_id].channel == AckChannel.EMAIL.value
        assert after[row_id].acknowledged_at == when
    assert after[done.id].channel == AckChannel.PHONE.value
    assert dialog.ticked() == [] and not dialog.record_button.isEnabled()
    assert dialog.table.item(by_file["pai.eml"][0], COL_NOTE).text() == "บันทึกแล้ว"


def test_an_mbox_is_read_and_a_file_that_is_not_mail_is_refused(
    qtbot, ui_context, ops, letter, tmp_path
):
    rows = _rows(ui_context, letter.id)
    box_path = tmp_path / "replies.mbox"
    box = mailbox.mbox(box_path)
    for row in rows[3:5]:
        eml = _mail(
            tmp_path / f"{row.id}.eml",
            "ตอบรับ <reply@example.org>",
            f"ตอบรับ {format_code(row.ack_code)}",
            "ได้รับแล้ว",
            dt.datetime(2026, 3, 6, 16, 0),
        )
        box.add(mailbox.mboxMessage(eml.read_bytes()))
    box.flush()
    box.close()
    dialog = MailImportDialog(ops, digits="arabic")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.load([box_path])
    assert [m.row.id for m in dialog.ticked()] == [rows[3].id, rows[4].id]

    # A file that is not mail is listed with why, and never hides the replies beside it.
    junk = tmp_path / "notes.eml"
    junk.write_bytes(b"\x00\x01\x02 not a message")
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.load([junk, box_path])
    assert [m.row.id for m in dialog.ticked()] == [rows[3].id, rows[4].id]
    assert dialog.matches[0].row is None and "notes.eml" in dialog.matches[0].problem


# -- screenshots --------------------------------------------------------------------------------
def _on_screen(qtbot, ops, dialog, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The main window at 1366x768 on the outgoing register with ``dialog`` over it, as the
    clerk sees it; also copied to docs/screenshots when SARABAN_SCREENSHOTS is set."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ops, digits="thai")
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.outgoing_page.table.rowCount() > 0, timeout=10_000)
    window.outgoing_page.table.selectRow(0)
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=20_000)
    screen = window.grab()
    assert (screen.width(), screen.height()) == SCREEN
    shot = dialog.grab()
    assert shot.width() <= SCREEN[0] and shot.height() <= SCREEN[1]
    painter = QPainter(screen)
    corner = QPoint((SCREEN[0] - shot.width()) // 2, max(0, (SCREEN[1] - shot.height()) // 2))
    painter.fillRect(QRect(corner + QPoint(4, 4), shot.size()), Qt.GlobalColor.darkGray)
    painter.drawPixmap(corner, shot)
    painter.end()
    assert screen.save(str(out))
    if os.environ.get("SARABAN_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, SCREENSHOTS / out.name)


def test_screenshots(qtbot, ui_context, ops, letter, clock, tmp_path):
    from desktop_app.domain.acks import Acknowledgement

    service = ui_context.acknowledgements
    rows = _rows(ui_context, letter.id)
    clock.now = dt.datetime(2026, 3, 9, 11, 0)  # replies come after the letter was issued
    service.acknowledge(
        [rows[0].id, rows[3].id],
        Acknowledgement(
            at=dt.datetime(2026, 3, 9, 10, 30),
            channel=AckChannel.PHONE,
            by="นางสาวสมใจ รักงาน",
            their_receive_no="512",
            their_receive_date=dt.date(2026, 3, 9),
        ),
        ui_context.actor,
    )
    service.acknowledge_code(rows[1].ack_code, ui_context.actor)
    service.mark_returned(rows[6].id, "อีเมลตีกลับ ที่อยู่ไม่ถูกต้อง", ui_context.actor)
    clock.now = dt.datetime(2026, 3, 16, 9, 0)
    service.remind(letter.id, ui_context.actor)
    service.acknowledge(
        [rows[2].id], Acknowledgement(at=clock.now, channel=AckChannel.ESARABAN), ui_context.actor
    )
    dialog = _dialog(qtbot, ops, letter.id)
    _tick(dialog, 4, 5)
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    dialog.ack_by.setText("นายประสิทธิ์ ตั้งใจ")
    dialog.ack_their_no.setText("1290")
    dialog.say("บันทึกการตอบรับแล้ว ๑ ราย", "ok")
    _on_screen(qtbot, ops, dialog, tmp_path / "letter-tracking.png")

    mails = [
        _mail(
            tmp_path / "maelanoi-reply.eml",
            "อำเภอแม่ลาน้อย <saraban@maelanoi.example>",
            "ตอบรับหนังสือ ที่ มส 0023.3/ว 1",
            f"ได้รับหนังสือแล้ว รหัสตอบรับ {format_code(rows[4].ack_code)}",
            dt.datetime(2026, 3, 13, 10, 5),
        ),
        _mail(
            tmp_path / "town-reply.eml",
            "เทศบาลเมืองแม่ฮ่องสอน <saraban_04580102@dla.go.th>",
            "รับทราบหนังสือที่ มส 0023.3/ว 1",
            "ได้รับเรียบร้อย",
            dt.datetime(2026, 3, 12, 14, 20),
        ),
        _mail(
            tmp_path / "again.eml",
            "อำเภอขุนยวม <khunyuam@example.org>",
            f"ตอบรับ {format_code(rows[0].ack_code)}",
            "ได้รับแล้ว",
            dt.datetime(2026, 3, 7, 9, 0),
        ),
        _mail(
            tmp_path / "question.eml",
            "Somchai <somchai@unknown.example>",
            "สอบถามเรื่องการประชุมสัมมนา",
            "ขอสอบถามรายละเอียด",
            dt.datetime(2026, 3, 14, 11, 0),
        ),
    ]
    importer = MailImportDialog(ops, digits="thai")
    qtbot.addWidget(importer)
    importer.show()
    with qtbot.waitSignal(importer.loaded, timeout=20_000):
        importer.load(mails)
    _on_screen(qtbot, ops, importer, tmp_path / "mail-import.png")
