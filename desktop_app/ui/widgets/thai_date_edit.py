"""A date field that reads what clerks type or copy from a letter ("5/3/69", "๕ มี.ค. ๖๙",
"ลว. 23 พ.ย. 2555", "15-ก.ค.-2565", ...) and shows, as they type, the date it understood in
full Thai, or why it cannot be a date.

A year typed in two digits is read the plausible way (``thai_dates.read_date``) and the
preview names the year taken in both eras ("ปี พ.ศ. ๒๕๖๙ (ค.ศ. 2026)"). When both readings
are plausible (or neither is) the field asks, in place: two choices appear under it, and the
field has no date until one is chosen or the year is typed in four digits.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidDate
from desktop_app.domain.thai_dates import (
    DateReading,
    describe_year,
    format_date_long,
    format_date_short,
    read_date,
)
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t

OK_STYLE = "color: #1b5e20;"
ASK_STYLE = "color: #e65100; font-weight: bold;"
ERROR_STYLE = "color: #b00020;"


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
    """``date()`` is the date understood (None while empty, wrong, or waiting for the clerk
    to say which year a two-digit year means); ``date_changed`` says when it changes."""

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
        self._reading: DateReading | None = None
        self._choices: list[dt.date] = []  # what each of year_buttons stands for
        self._error = ""
        self.edit = DateLineEdit(self)
        self.edit.setPlaceholderText(_t("ThaiDateEdit", "เช่น 5/3/69 หรือ 5 มี.ค. 2569"))
        self.edit.setClearButtonEnabled(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("datePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)

        # The question a two-digit year may raise: which of its two readings is meant.
        self.year_choice = QWidget(self)
        self.year_choice.setObjectName("yearChoice")
        self.year_buttons = [QRadioButton(self.year_choice), QRadioButton(self.year_choice)]
        self.year_buttons[0].setObjectName("yearTaken")
        self.year_buttons[1].setObjectName("yearOther")
        self._year_group = QButtonGroup(self)
        choice_row = QHBoxLayout(self.year_choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        for button in self.year_buttons:
            self._year_group.addButton(button)
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.year_choice.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        layout.addWidget(self.year_choice)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._reparse)
        self.edit.step.connect(self._step)
        for button in self.year_buttons:
            button.toggled.connect(self._chosen)
        self._reparse("")

    # -- API ------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        return self._date

    def text(self) -> str:
        return self.edit.text()

    def error(self) -> str:
        """Why there is no date: the text's fault, or the question of the year."""
        return self._error

    def reading(self) -> DateReading | None:
        """What the text was read as (None while empty or wrong)."""
        return self._reading

    def needs_choice(self) -> bool:
        """Whether the clerk has to say which year a two-digit year means."""
        return self.year_choice.isVisibleTo(self) and self._date is None

    def choose(self, value: dt.date) -> None:
        """Answer the question of the year with one of the two readings (as a click does)."""
        if value in self._choices:
            self.year_buttons[self._choices.index(value)].setChecked(True)

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date_short(value, self._digits) if value else "")

    def clear(self) -> None:
        self.edit.clear()

    # -- behaviour --------------------------------------------------------------------------
    def _show(self, text: str, style: str) -> None:
        self.preview.setText(text)
        self.preview.setStyleSheet(style)

    def _understood(self, value: dt.date, year_inferred: bool) -> str:
        said = format_date_long(value, self._digits, self._language)
        if year_inferred:
            said += " — " + describe_year(value, self._digits, self._language)
        return said

    def _reparse(self, text: str) -> None:
        previous = self._date
        self._error = ""
        self._reading = None
        self._date = None
        self._reset_choice()
        if text.strip():
            try:
                reading = read_date(text, today=self._today)
            except InvalidDate as error:
                self._error = error.message(self._language)
                self._show(self._error, ERROR_STYLE)
            else:
                self._reading = reading
                if reading.ambiguous and reading.other is not None:
                    self._ask(reading)
                else:
                    self._date = reading.value
                    self._show(self._understood(reading.value, reading.year_inferred), OK_STYLE)
        else:
            self._show("", "")
        if self._date != previous:
            self.date_changed.emit(self._date)

    def _ask(self, reading: DateReading) -> None:
        """Show the two readings of the year; no date until one is chosen."""
        year = apply_digits(reading.year_typed, self._digits)
        self._error = _t(
            "ThaiDateEdit", "ปี {year} อ่านได้สองแบบ เลือกปีที่หมายถึงด้านล่าง หรือพิมพ์ปีสี่หลัก"
        ).replace("{year}", year)
        self._show(self._error, ASK_STYLE)
        self._choices = list(reading.readings)
        for button, value in zip(self.year_buttons, self._choices, strict=True):
            button.setText(
                f"{describe_year(value, self._digits, self._language)}: "
                f"{format_date_short(value, self._digits, self._language)}"
            )
        self.year_choice.setVisible(True)

    def _reset_choice(self) -> None:
        self._year_group.setExclusive(False)
        for button in self.year_buttons:
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._choices = []
        self._year_group.setExclusive(True)
        self.year_choice.setVisible(False)

    def _chosen(self, checked: bool) -> None:
        if not checked:
            return
        index = next((i for i, b in enumerate(self.year_buttons) if b.isChecked()), None)
        if index is None or index >= len(self._choices) or self._choices[index] == self._date:
            return
        value = self._choices[index]
        self._date = value
        self._error = ""
        self._show(self._understood(value, True), OK_STYLE)
        self.date_changed.emit(self._date)

    def _step(self, days: int) -> None:
        if self._date is not None:
            self.set_date(self._date + dt.timedelta(days=days))
