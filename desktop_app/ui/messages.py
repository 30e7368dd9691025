"""Telling the user what went wrong, in their language, without losing their work.

``SarabanError`` (bad input, locked or full database, ...) carries its own Thai and English
messages and gets a plain warning. Anything else is a bug: it is logged with its traceback and
shown in a dialog whose details can be copied into a report.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import EnvironmentProblem, SarabanError
from desktop_app.ui.i18n import _t

log = logging.getLogger(__name__)


def current_language() -> str:
    app = QCoreApplication.instance()
    language = app.property("saraban_language") if app is not None else None
    return str(language or "th")


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
