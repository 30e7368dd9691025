"""A date field that reads what clerks type ("5/3/69", "๕ มี.ค. ๖๙", ...) and shows, as they
type, the date it understood in full Thai, or why it cannot be a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import format_date_long, format_date_short, parse_date
from desktop_app.domain.thai_text import Digits
from desktop_app.ui.i18n import _t


class DateLineEdit(QLineEdit):
    """Up/Down change the day by one, like a spin box, once a date is understood."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up and not event.modifiers():
            self.step.emit(1)
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.step.emit(-1)
            return
        super().keyPressEvent(event)


class ThaiDateEdit(QWidget):
    date_changed = Signal(object)  # dt.date or None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        digits: Digits = "thai",
        language: str = "th",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._digits = digits
        self._language = language
        self._today = today
        self._date: dt.date | None = None
        self._error = ""
        self.edit = DateLineEdit(self)
        self.edit.setPlaceholderText(_t("ThaiDateEdit", "เช่น 5/3/69 หรือ 5 มี.ค. 2569"))
        self.edit.setClearButtonEnabled(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("datePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._reparse)
        self.edit.step.connect(self._step)
        self._reparse("")

    # -- API ------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        return self._date

    def text(self) -> str:
        return self.edit.text()

    def error(self) -> str:
        return self._error

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date_short(value, self._digits) if value else "")

    def clear(self) -> None:
        self.edit.clear()

    # -- behaviour --------------------------------------------------------------------------
    def _reparse(self, text: str) -> None:
        previous = self._date
        self._error = ""
        if not text.strip():
            self._date = None
            self.preview.setText("")
            self.preview.setStyleSheet("")
        else:
            try:
                self._date = parse_date(text, today=self._today)
            except InvalidDate as error:
                self._date = None
                self._error = error.message(self._language)
                self.preview.setText(self._error)
                self.preview.setStyleSheet("color: #b00020;")
            else:
                self.preview.setText(format_date_long(self._date, self._digits, self._language))
                self.preview.setStyleSheet("color: #1b5e20;")
        if self._date != previous:
            self.date_changed.emit(self._date)

    def _step(self, days: int) -> None:
        if self._date is not None:
            self.set_date(self._date + dt.timedelta(days=days))
