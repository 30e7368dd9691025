"""Every dialog button and file chooser speaks the UI's language (issue 9, item 7): Qt ships
no Thai of its own, so the message boxes, button boxes and file choosers the app makes carry
our labels, and Qt's own words (a plain button box, the chooser's insides) are translated
while the UI is Thai."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desktop_app.ui import messages
from desktop_app.ui.file_dialogs import file_dialog
from desktop_app.ui.messages import ask_unsaved, button_box, input_dialog, message_box

SB = QDialogButtonBox.StandardButton
MB = QMessageBox.StandardButton
FL = QFileDialog.DialogLabel


@pytest.fixture(params=["th", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    qapp.setProperty("saraban_language", request.param)
    yield request.param
    qapp.setProperty("saraban_language", "th")


def _texts(box) -> set[str]:  # type: ignore[no-untyped-def]
    return {button.text() for button in box.buttons()}


EXPECTED = {
    "th": {
        "box": {"ใช่", "ไม่", "ยกเลิก"},
        "buttons": {"บันทึก", "ไม่บันทึก", "ยกเลิก", "ตกลง"},
        "plain": {"ตกลง", "ยกเลิก"},
        "chooser": ("ค้นใน:", "ชื่อแฟ้ม:", "ชนิดแฟ้ม:", "บันทึก", "ยกเลิก"),
        "open": "เปิด",
        "folder": "เลือกโฟลเดอร์นี้",
        "input": ("ตกลง", "ยกเลิก"),
        "look_in": "ค้นใน (&L):",
    },
    "en": {
        "box": {"Yes", "No", "Cancel"},
        "buttons": {"Save", "Discard", "Cancel", "OK"},
        "plain": {"OK", "Cancel"},
        "chooser": ("Look in:", "File name:", "Files of type:", "Save", "Cancel"),
        "open": "Open",
        "folder": "Choose",
        "input": ("OK", "Cancel"),
        "look_in": "&Look in:",
    },
}


def test_message_and_button_boxes_made_by_the_helpers(qtbot, language):
    expected = EXPECTED[language]
    box = message_box(None, QMessageBox.Icon.Question, "t", "x", MB.Yes | MB.No | MB.Cancel)
    assert _texts(box) == expected["box"]
    row = button_box(SB.Save | SB.Discard | SB.Cancel | SB.Ok)
    qtbot.addWidget(row)
    assert _texts(row) == expected["buttons"]
    dialog = input_dialog(None, "t", "เหตุผล")
    qtbot.addWidget(dialog)
    assert (dialog.okButtonText(), dialog.cancelButtonText()) == expected["input"]


def test_qt_s_own_words_follow_the_language(qtbot, language):
    """A button box built straight from Qt, and the file chooser's insides."""
    expected = EXPECTED[language]
    plain = QDialogButtonBox(SB.Ok | SB.Cancel)
    qtbot.addWidget(plain)
    assert _texts(plain) == expected["plain"]
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == expected["look_in"]


def test_file_choosers_made_by_the_helper(qtbot, language, tmp_path):
    expected = EXPECTED[language]
    save = file_dialog(None, "t", "save", directory=tmp_path / "a.pdf", filters=["PDF (*.pdf)"])
    qtbot.addWidget(save)
    assert save.testOption(QFileDialog.Option.DontUseNativeDialog)  # ours, in our language
    labels = (FL.LookIn, FL.FileName, FL.FileType, FL.Accept, FL.Reject)
    assert tuple(save.labelText(label) for label in labels) == expected["chooser"]
    assert save.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert save.directory().absolutePath() == str(tmp_path)
    opener = file_dialog(None, "t", "open_many", directory=tmp_path)
    qtbot.addWidget(opener)
    assert opener.labelText(FL.Accept) == expected["open"]
    assert opener.fileMode() == QFileDialog.FileMode.ExistingFiles
    folder = file_dialog(None, "t", "folder", directory=tmp_path)
    qtbot.addWidget(folder)
    assert folder.labelText(FL.Accept) == expected["folder"]
    assert folder.fileMode() == QFileDialog.FileMode.Directory
    joined = file_dialog(None, "t", "open", filters="PDF (*.pdf);;ทุกแฟ้ม (*)")
    qtbot.addWidget(joined)
    assert joined.nameFilters() == ["PDF (*.pdf)", "ทุกแฟ้ม (*)"]  # Qt's ";;" form works too


def test_save_discard_or_cancel_reads_the_answer(qtbot, monkeypatch):
    shown: list[set[str]] = []

    def answer(which: MB):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            shown.append(_texts(box))
            box.button(which).click()
            return 0

        return exec_

    for which, expected in ((MB.Save, "save"), (MB.Discard, "discard"), (MB.Cancel, "cancel")):
        monkeypatch.setattr(QMessageBox, "exec", answer(which))
        assert ask_unsaved(None, "ออกจากโปรแกรม", "ยังไม่ได้บันทึก") == expected
    assert shown[0] == {"บันทึก", "ไม่บันทึก", "ยกเลิก"}


def test_the_translator_is_installed_once_by_the_start_up(qapp):
    from desktop_app.ui.app import install_translator

    before = qapp.property("saraban_qt_translations")
    install_translator(qapp, "th")
    assert qapp.property("saraban_qt_translations") == before
    assert "thai-table" in str(before)
    assert isinstance(QApplication.instance(), QApplication)
    assert messages.current_language() == "th"
