"""Telling the user what went wrong, in their language, without losing their work.

``SarabanError`` (bad input, locked or full database, ...) carries its own Thai and English
messages and gets a plain warning. Anything else is a bug: it is logged with its traceback and
shown in a dialog whose details can be copied into a report.

Every message box and button box the app builds comes from here, with its buttons labelled in
the UI's language (``label_buttons``; Qt has no Thai of its own, see qt_texts.py):
``message_box`` and ``button_box`` build one, ``ask`` (yes/no), ``ask_unsaved`` (save /
discard / cancel), ``ask_text``, ``warn`` and ``inform`` ask or tell and wait for the answer.
Tests replace the asking helpers in the module that uses them (``monkeypatch.setattr(
forward_dialog, "ask", ...)``): a modal box cannot be answered offscreen.
"""

from __future__ import annotations

import logging
import traceback
from typing import Literal

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.domain.errors import EnvironmentProblem, SarabanError
from desktop_app.ui.i18n import _t
from desktop_app.ui.qt_texts import standard_button_text, ui_language

log = logging.getLogger(__name__)
UnsavedChoice = Literal["save", "discard", "cancel"]


def current_language() -> str:
    """The UI's language: "th" or "en"."""
    return ui_language()


def label_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Give every standard button of ``box`` (OK, Cancel, Save, ...) its label in the UI's
    language; buttons added with a text of their own keep it."""
    for button in box.buttons():
        value = box.standardButton(button).value
        if value:
            button.setText(standard_button_text(QDialogButtonBox.StandardButton(value)))


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    *,
    informative: str = "",
) -> QMessageBox:
    """A message box with its standard buttons in the UI's language (not shown yet)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(buttons)
    label_buttons(box)
    return box


def button_box(
    buttons: QDialogButtonBox.StandardButton, parent: QWidget | None = None
) -> QDialogButtonBox:
    """A dialog's row of standard buttons, labelled in the UI's language."""
    box = QDialogButtonBox(buttons, parent)
    label_buttons(box)
    return box


def error_text(error: BaseException) -> str:
    if isinstance(error, SarabanError):
        return error.message(current_language())
    return str(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, SarabanError):
        box = QMessageBox(parent)
        box.setIcon(
            QMessageBox.Icon.Critical
            if isinstance(error, EnvironmentProblem)
            else QMessageBox.Icon.Warning
        )
        box.setWindowTitle(
            _t("Messages", "บันทึกไม่สำเร็จ")
            if isinstance(error, EnvironmentProblem)
            else _t("Messages", "ข้อมูลไม่ถูกต้อง")
        )
        box.setText(error_text(error))
        box.addButton(_t("Messages", "ตกลง"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return
    show_bug(parent, error)


def show_bug(parent: QWidget | None, error: BaseException) -> None:
    details = "".join(traceback.format_exception(error))
    log.error("Unexpected error:\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_t("Messages", "เกิดข้อผิดพลาดในโปรแกรม"))
    box.setText(
        _t("Messages", "เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบพร้อมรายละเอียดด้านล่าง")
    )
    box.setInformativeText(f"{type(error).__name__}: {error}")
    box.setDetailedText(details)
    box.addButton(_t("Messages", "ปิด"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question with the buttons labelled in the UI's language."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(_t("Messages", "ตกลง"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """Say that something could not be done and why (one OK button)."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, informative=informative)
    box.exec()


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> UnsavedChoice:
    """Save, discard or cancel (go back) edits not saved yet; Esc and closing the box cancel.

    Returns "save", "discard" or "cancel"."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else None
    if clicked == QMessageBox.StandardButton.Save:
        return "save"
    if clicked == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def input_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """A one-line question with OK and Cancel in the UI's language (not shown yet)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    dialog.setOkButtonText(standard_button_text(QDialogButtonBox.StandardButton.Ok))
    dialog.setCancelButtonText(standard_button_text(QDialogButtonBox.StandardButton.Cancel))
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Like ``QInputDialog.getText`` with the buttons in the UI's language: (text, ok)."""
    dialog = input_dialog(parent, title, label, text)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), accepted
