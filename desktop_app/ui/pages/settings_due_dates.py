"""Settings, second tab: how many working days recipients have to acknowledge, by urgency,
and the office's holidays (the government calendar plus the office's own days off, minus
public holidays the office works on).

Edits stay on the page until the admin saves them (one button per group, like the page's
other boxes); a group with unsaved edits says so, marks the tab, and a reload of the page
(after another box was saved) keeps them. Reading the Thai holiday calendar and counting
working days run in operations (``ops.settings``), never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.classes import Urgency
from desktop_app.domain.thai_dates import be_year, format_date_long
from desktop_app.domain.thai_text import Digits, apply_digits, to_arabic_digits
from desktop_app.domain.workdays import DEFAULT_DUE_WORKING_DAYS, Holiday
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import SettingsSnapshot
from desktop_app.ui.widgets.thai_date_edit import ThaiDateEdit

MAX_DUE_DAYS = 60  # SettingsService.MAX_DUE_WORKING_DAYS
URGENCIES = (Urgency.MOST_URGENT, Urgency.VERY_URGENT, Urgency.URGENT, Urgency.NORMAL)
DAY_ROLE = Qt.ItemDataRole.UserRole + 30  # column 0: the holiday's dt.date
KIND_ROLE = Qt.ItemDataRole.UserRole + 31  # column 0: "library", "office" or "worked"
PREVIEW_DELAY_MS = 150  # the preview follows typing without a query per key

_UNSAVED_STYLE = "color: #e65100;"
_SAVED_STYLE = "color: #1b5e20;"
_ERROR_STYLE = "color: #b00020;"
_WORKED_COLOUR = Qt.GlobalColor.gray


class DigitsSpinBox(QSpinBox):
    """A spin box that shows its number in the UI's digits and reads Thai or Arabic ones."""

    def __init__(self, digits: Digits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits: Digits = digits

    def textFromValue(self, value: int) -> str:
        return apply_digits(str(value), self._digits)

    def valueFromText(self, text: str) -> int:
        arabic = to_arabic_digits(text).strip()
        return int(arabic) if arabic.isdigit() else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Judge the Arabic form, but keep the text as typed (Qt would show the returned one).
        result: object = super().validate(to_arabic_digits(text), pos)
        state = result[0] if isinstance(result, tuple) else result
        return (QValidator.State(state), text, pos)


class AckCalendarSettings(QWidget):
    """Due working days per urgency and the office's holidays; admin-only editing."""

    dirty_changed = Signal(bool)  # unsaved edits appeared (True) or are all saved (False)
    status_message = Signal(str)
    holidays_shown = Signal(int)  # the Christian-era year now listed
    preview_shown = Signal()  # the due-date preview follows the current edits
    due_days_saved = Signal(dict)  # {urgency value: working days} as stored
    office_days_saved = Signal()

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.language = ops.language
        self.setObjectName("AckCalendarSettings")
        self._is_admin = ops.actor.is_admin
        self._loaded = False
        # What is stored (the last snapshot or save) and what the page shows (maybe edited).
        self._stored_due: dict[str, int] = dict(DEFAULT_DUE_WORKING_DAYS)
        self._stored_days_off: dict[dt.date, str] = {}
        self._stored_worked: frozenset[dt.date] = frozenset()
        self._days_off: dict[dt.date, str] = {}
        self._worked: set[dt.date] = set()
        self._library: dict[int, list[Holiday]] = {}  # per Christian-era year, as read
        self._asked_years: set[int] = set()
        self._preview_serial = 0
        self.preview_today: dt.date | None = None  # "today" of the preview shown
        self._was_dirty = False

        self._build_due_box()
        self._build_holiday_box()
        layout = QVBoxLayout(self)
        if not self._is_admin:
            note = QLabel(_t("AckSettings", "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขกำหนดตอบรับและวันหยุดได้"), self)
            note.setObjectName("adminOnlyNote")
            note.setStyleSheet("color: #616161;")
            layout.addWidget(note)
        layout.addWidget(self.due_box)
        layout.addWidget(self.holiday_box, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._ask_preview)

        admin_only = _t("SettingsPage", "เฉพาะผู้ดูแลระบบ")
        for widget in (
            *self.due_spins.values(),
            self.default_due_button,
            self.save_due_button,
            self.day_off_date,
            self.day_off_name,
            self.add_day_off_button,
            self.work_on_button,
            self.undo_day_button,
            self.save_days_button,
        ):
            widget.setEnabled(self._is_admin)
            if not self._is_admin:
                widget.setToolTip(admin_only)
        self._update_state()

    # -- building ---------------------------------------------------------------------------
    def _build_due_box(self) -> None:
        self.due_box = QGroupBox(_t("AckSettings", "กำหนดตอบรับ (วันทำการ)"), self)
        explain = QLabel(
            _t(
                "AckSettings",
                "นับจากวันที่ออกหนังสือ ไม่นับวันเสาร์ วันอาทิตย์ และวันหยุดด้านล่าง "
                "ถ้าหนังสือระบุวันที่ต้องตอบไว้ ใช้วันที่นั้นแทน",
            ),
            self.due_box,
        )
        explain.setWordWrap(True)
        grid = QGridLayout()
        self.due_spins: dict[str, QSpinBox] = {}
        self.due_previews: dict[str, QLabel] = {}
        for row, urgency in enumerate(URGENCIES):
            spin = DigitsSpinBox(self.digits, self.due_box)
            spin.setObjectName(f"dueDays_{urgency.value}")
            spin.setRange(0, MAX_DUE_DAYS)
            spin.setValue(DEFAULT_DUE_WORKING_DAYS[urgency.value])
            spin.setSuffix(" " + _t("AckSettings", "วันทำการ"))
            spin.setMinimumWidth(130)
            spin.valueChanged.connect(lambda _value: self._edited(calendar=False))
            preview = QLabel(self.due_box)
            preview.setObjectName(f"duePreview_{urgency.value}")
            preview.setStyleSheet("color: #455a64;")
            label = QLabel(urgency.label(self.language), self.due_box)
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(preview, row, 2)
            self.due_spins[urgency.value] = spin
            self.due_previews[urgency.value] = preview
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        self.default_due_button = QPushButton(_t("AckSettings", "ใช้ค่าเริ่มต้น"), self.due_box)
        self.default_due_button.clicked.connect(self._use_default_due_days)
        self.due_state = QLabel(self.due_box)
        self.due_state.setObjectName("dueDaysState")
        self.save_due_button = QPushButton(_t("AckSettings", "บันทึกกำหนดตอบรับ"), self.due_box)
        self.save_due_button.setObjectName("saveDueDays")
        self.save_due_button.clicked.connect(self.save_due_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_due_button)
        buttons.addStretch(1)
        buttons.addWidget(self.due_state)
        buttons.addWidget(self.save_due_button)
        box = QVBoxLayout(self.due_box)
        box.addWidget(explain)
        box.addLayout(grid)
        box.addLayout(buttons)

    def _build_holiday_box(self) -> None:
        self.holiday_box = QGroupBox(_t("AckSettings", "วันหยุดราชการ"), self)
        self.year_combo = QComboBox(self.holiday_box)
        self.year_combo.setObjectName("holidayYear")
        self.year_combo.currentIndexChanged.connect(lambda _i: self._show_holidays())
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(_t("AckSettings", "ปี พ.ศ."), self.holiday_box))
        year_row.addWidget(self.year_combo)
        self.holidays_note = QLabel(self.holiday_box)
        self.holidays_note.setStyleSheet("color: #616161;")
        year_row.addWidget(self.holidays_note, 1)

        self.holidays = QTableWidget(0, 3, self.holiday_box)
        self.holidays.setObjectName("holidayTable")
        self.holidays.setHorizontalHeaderLabels(
            [
                _t("AckSettings", "วันที่"),
                _t("AckSettings", "วันหยุด"),
                _t("AckSettings", "ที่มา"),
            ]
        )
        header = self.holidays.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.holidays.verticalHeader().setVisible(False)
        self.holidays.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidays.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidays.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holidays.itemSelectionChanged.connect(self._update_row_buttons)

        self.work_on_button = QPushButton(_t("AckSettings", "สำนักงานเปิดทำการวันนี้"), self.holiday_box)
        self.work_on_button.setToolTip(_t("AckSettings", "นับวันหยุดราชการที่เลือกเป็นวันทำการของสำนักงาน"))
        self.work_on_button.clicked.connect(self.work_on_selected)
        self.undo_day_button = QPushButton(_t("AckSettings", "เลิกทำ"), self.holiday_box)
        self.undo_day_button.setToolTip(
            _t("AckSettings", "ลบวันหยุดของสำนักงาน หรือกลับไปหยุดตามปฏิทินราชการ")
        )
        self.undo_day_button.clicked.connect(self.undo_selected)

        self.day_off_date = ThaiDateEdit(
            self.holiday_box,
            digits=self.digits,
            language=self.language,
            today=self.ops.clock().date(),
        )
        self.day_off_date.setObjectName("dayOffDate")
        self.day_off_date.setMinimumWidth(220)
        self.day_off_name = QLineEdit(self.holiday_box)
        self.day_off_name.setObjectName("dayOffName")
        self.day_off_name.setPlaceholderText(
            _t("AckSettings", "ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี")
        )
        self.day_off_name.returnPressed.connect(self.add_day_off)
        self.add_day_off_button = QPushButton(
            _t("AckSettings", "เพิ่มวันหยุดของสำนักงาน"), self.holiday_box
        )
        self.add_day_off_button.setObjectName("addDayOff")
        self.add_day_off_button.clicked.connect(self.add_day_off)
        self.add_error = QLabel(self.holiday_box)
        self.add_error.setObjectName("dayOffError")
        self.add_error.setStyleSheet(_ERROR_STYLE)
        self.add_error.setVisible(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day_off_date, 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.day_off_name, 1, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.add_day_off_button, 0, Qt.AlignmentFlag.AlignTop)

        self.days_state = QLabel(self.holiday_box)
        self.days_state.setObjectName("officeDaysState")
        self.save_days_button = QPushButton(_t("AckSettings", "บันทึกวันหยุด"), self.holiday_box)
        self.save_days_button.setObjectName("saveOfficeDays")
        self.save_days_button.clicked.connect(self.save_office_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.work_on_button)
        buttons.addWidget(self.undo_day_button)
        buttons.addStretch(1)
        buttons.addWidget(self.days_state)
        buttons.addWidget(self.save_days_button)

        box = QVBoxLayout(self.holiday_box)
        box.addLayout(year_row)
        box.addWidget(self.holidays, 1)
        box.addLayout(add_row)
        box.addWidget(self.add_error)
        box.addLayout(buttons)

    # -- state ------------------------------------------------------------------------------
    def due_days(self) -> dict[str, int]:
        """The working days shown, by urgency value (maybe not saved yet)."""
        return {urgency: spin.value() for urgency, spin in self.due_spins.items()}

    def office_days_off(self) -> dict[dt.date, str]:
        """The office's own days off as shown ({date: name}, maybe not saved yet)."""
        return dict(self._days_off)

    def office_working_days(self) -> frozenset[dt.date]:
        """Public holidays the office works on, as shown (maybe not saved yet)."""
        return frozenset(self._worked)

    def due_dirty(self) -> bool:
        return self.due_days() != self._stored_due

    def days_dirty(self) -> bool:
        return self._days_off != self._stored_days_off or self._worked != self._stored_worked

    def is_dirty(self) -> bool:
        return self.due_dirty() or self.days_dirty()

    def show_snapshot(self, snapshot: SettingsSnapshot) -> None:
        """Show what is stored; a group holding unsaved edits keeps them (its state then
        compares them with what is stored now)."""
        due_dirty, days_dirty = self.due_dirty(), self.days_dirty()
        self._stored_due = {**DEFAULT_DUE_WORKING_DAYS, **snapshot.due_working_days}
        self._stored_days_off = dict(snapshot.office_days_off)
        self._stored_worked = frozenset(snapshot.office_working_days)
        if not self._loaded or not due_dirty:
            for urgency, spin in self.due_spins.items():
                spin.blockSignals(True)
                spin.setValue(self._stored_due.get(urgency, 0))
                spin.blockSignals(False)
        if not self._loaded or not days_dirty:
            self._days_off = dict(self._stored_days_off)
            self._worked = set(self._stored_worked)
        self._loaded = True
        self._fill_years()
        self._edited()

    def _edited(self, *, calendar: bool = True) -> None:
        """Something shown changed: its group's state, the list (``calendar``), the preview."""
        self._update_state()
        if calendar:
            self._show_holidays()
        self._preview_timer.start()

    def _update_state(self) -> None:
        for label, dirty, saved in (
            (self.due_state, self.due_dirty(), self.save_due_button),
            (self.days_state, self.days_dirty(), self.save_days_button),
        ):
            if dirty:
                label.setText(_t("AckSettings", "ยังไม่ได้บันทึก"))
                label.setStyleSheet(_UNSAVED_STYLE)
            elif label.styleSheet() == _UNSAVED_STYLE:
                label.setText("")
            saved.setEnabled(self._is_admin and dirty)
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _say(self, label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style)

    def _save_failed(self, label: QLabel, error: BaseException) -> None:
        """The edits stay on the page; the group says why they were not saved."""
        self._update_state()
        self._say(label, error_text(error), _ERROR_STYLE)

    # -- due days ---------------------------------------------------------------------------
    def _use_default_due_days(self) -> None:
        for urgency, spin in self.due_spins.items():
            spin.setValue(DEFAULT_DUE_WORKING_DAYS[urgency])

    def save_due_days(self) -> None:
        days = self.due_days()
        self.save_due_button.setEnabled(False)
        self.ops.settings.save_due_days(days).success(self._due_days_saved).failure(
            lambda error: self._save_failed(self.due_state, error)
        ).run(self)

    def _due_days_saved(self, stored: dict[str, int]) -> None:
        self._stored_due = dict(stored)
        self._say(self.due_state, _t("AckSettings", "บันทึกแล้ว"), _SAVED_STYLE)
        self._update_state()
        self.status_message.emit(_t("AckSettings", "บันทึกกำหนดตอบรับแล้ว มีผลกับหนังสือที่ออกต่อจากนี้"))
        self.due_days_saved.emit(dict(stored))

    def _ask_preview(self) -> None:
        self._preview_serial += 1
        serial = self._preview_serial
        self.ops.settings.preview_due_dates(self.due_days(), self._days_off, self._worked).success(
            lambda result: self._show_preview(serial, *result)
        ).run(self)

    def _show_preview(self, serial: int, today: dt.date, due: dict[str, dt.date]) -> None:
        if serial != self._preview_serial:
            return  # an older answer: a newer question is on its way
        for urgency, label in self.due_previews.items():
            if urgency not in due:
                continue
            text = (
                _t("AckSettings", "หนังสือ{urgency}ที่ออกวันนี้ ครบกำหนดตอบรับ {date}")
                .replace("{urgency}", Urgency(urgency).label(self.language))
                .replace("{date}", format_date_long(due[urgency], self.digits, self.language))
            )
            label.setText(text)
        self.preview_today = today
        self.preview_shown.emit()

    # -- the office's calendar ----------------------------------------------------------------
    def _fill_years(self) -> None:
        """Last year to three years ahead, and every year the office changed a day in."""
        this_year = self.ops.clock().date().year
        years = set(range(this_year - 1, this_year + 4))
        years |= {day.year for day in self._days_off} | {day.year for day in self._worked}
        years |= {day.year for day in self._stored_days_off}
        current = self.year_combo.currentData()
        wanted = current if isinstance(current, int) else this_year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(years):
            self.year_combo.addItem(
                apply_digits(str(be_year(dt.date(year, 1, 1))), self.digits), year
            )
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)

    def select_year(self, year: int) -> None:
        """List the holidays of ``year`` (Christian era), adding it to the choices."""
        if self.year_combo.findData(year) < 0:
            labels = {self.year_combo.itemData(i) for i in range(self.year_combo.count())}
            position = sum(1 for other in labels if isinstance(other, int) and other < year)
            self.year_combo.insertItem(
                position, apply_digits(str(be_year(dt.date(year, 1, 1))), self.digits), year
            )
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self._show_holidays()

    def shown_year(self) -> int | None:
        year = self.year_combo.currentData()
        return year if isinstance(year, int) else None

    def _show_holidays(self) -> None:
        year = self.shown_year()
        if year is None:
            return
        library = self._library.get(year)
        if library is None:
            self.holidays.setRowCount(0)
            self.holidays_note.setText(_t("AckSettings", "กำลังอ่านปฏิทินวันหยุด…"))
            if year not in self._asked_years:
                self._asked_years.add(year)
                self.ops.settings.public_holidays(year).success(
                    lambda found: self._library_read(year, found)
                ).failure(lambda error: self._library_failed(year, error)).run(self)
            return
        selected = self.selected_day()
        rows: dict[dt.date, tuple[str, str]] = {}
        for holiday in library:
            name = holiday.name_th if self.language == "th" else holiday.name_en
            rows[holiday.day] = (name, "worked" if holiday.day in self._worked else "library")
        for day in self._worked:
            if day.year == year and day not in rows:  # no longer in the package's calendar
                rows[day] = (_t("AckSettings", "(ไม่มีในปฏิทินราชการแล้ว)"), "worked")
        for day, name in self._days_off.items():
            if day.year == year:
                rows[day] = (name, "office")
        self.holidays.setRowCount(0)
        for day in sorted(rows):
            self._add_holiday_row(day, *rows[day])
        off = sum(1 for _name, kind in rows.values() if kind != "worked")
        self.holidays_note.setText(
            _t("AckSettings", "วันหยุด {count} วัน (รวมที่ตรงกับวันเสาร์-อาทิตย์)").replace(
                "{count}", apply_digits(str(off), self.digits)
            )
        )
        if selected is not None:
            self._select_day(selected)
        self._update_row_buttons()
        self.holidays_shown.emit(year)

    def _library_read(self, year: int, found: list[Holiday]) -> None:
        self._library[year] = list(found)
        if self.shown_year() == year:
            self._show_holidays()

    def _library_failed(self, year: int, error: BaseException) -> None:
        self._asked_years.discard(year)  # choosing the year again asks again
        self.holidays_note.setText(error_text(error))
        self.holidays_note.setStyleSheet(_ERROR_STYLE)

    def _add_holiday_row(self, day: dt.date, name: str, kind: str) -> None:
        row = self.holidays.rowCount()
        self.holidays.insertRow(row)
        source = {
            "library": _t("AckSettings", "ปฏิทินราชการ"),
            "office": _t("AckSettings", "สำนักงานกำหนด"),
            "worked": _t("AckSettings", "ปฏิทินราชการ — สำนักงานเปิดทำการ"),
        }[kind]
        items = [
            QTableWidgetItem(format_date_long(day, self.digits, self.language)),
            QTableWidgetItem(name),
            QTableWidgetItem(source),
        ]
        items[0].setData(DAY_ROLE, day)
        items[0].setData(KIND_ROLE, kind)
        items[1].setToolTip(name)
        for column, item in enumerate(items):
            if kind == "worked":
                item.setForeground(_WORKED_COLOUR)
                if column < 2:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
            elif kind == "office" and column == 2:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.holidays.setItem(row, column, item)

    def selected_day(self) -> dt.date | None:
        rows = self.holidays.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.holidays.item(rows[0].row(), 0)
        day = item.data(DAY_ROLE) if item else None
        return day if isinstance(day, dt.date) else None

    def _selected_kind(self) -> str | None:
        rows = self.holidays.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.holidays.item(rows[0].row(), 0)
        return str(item.data(KIND_ROLE)) if item else None

    def _select_day(self, day: dt.date) -> bool:
        for row in range(self.holidays.rowCount()):
            item = self.holidays.item(row, 0)
            if item is not None and item.data(DAY_ROLE) == day:
                self.holidays.selectRow(row)
                return True
        return False

    def select_day(self, day: dt.date) -> bool:
        """Select ``day``'s row if the listed year shows it (True if found)."""
        return self._select_day(day)

    def _update_row_buttons(self) -> None:
        day, kind = self.selected_day(), self._selected_kind()
        self.work_on_button.setEnabled(
            self._is_admin and kind == "library" and day is not None and day.weekday() < 5
        )
        self.undo_day_button.setEnabled(self._is_admin and kind in ("office", "worked"))

    def work_on_selected(self) -> None:
        """The selected public holiday becomes a working day of the office (unsaved)."""
        day = self.selected_day()
        if day is None or self._selected_kind() != "library" or not self._is_admin:
            return
        self._worked.add(day)
        self._edited()

    def undo_selected(self) -> None:
        """Drop the selected office day off, or make a worked holiday a day off again."""
        day, kind = self.selected_day(), self._selected_kind()
        if day is None or not self._is_admin:
            return
        if kind == "office":
            self._days_off.pop(day, None)
        elif kind == "worked":
            self._worked.discard(day)
        else:
            return
        self._edited()

    def add_day_off(self) -> None:
        """Add the typed date and name as an office day off (unsaved); says inline what is
        missing instead."""
        if not self._is_admin:
            return
        day = self.day_off_date.date()
        name = " ".join(self.day_off_name.text().split())
        problem = ""
        if day is None:
            problem = self.day_off_date.error() or _t("AckSettings", "กรุณากรอกวันที่")
        elif not name:
            problem = _t("AckSettings", "กรุณากรอกชื่อวันหยุด")
        elif day.weekday() >= 5:
            problem = _t("AckSettings", "วันเสาร์และวันอาทิตย์เป็นวันหยุดอยู่แล้ว")
        self.add_error.setText(problem)
        self.add_error.setVisible(bool(problem))
        if problem or day is None:
            (self.day_off_date if day is None else self.day_off_name).setFocus()
            return
        self._days_off[day] = name
        self._worked.discard(day)
        self.day_off_date.clear()
        self.day_off_name.clear()
        self.select_year(day.year)
        self._edited()
        self._select_day(day)

    def save_office_days(self) -> None:
        days_off, worked = dict(self._days_off), frozenset(self._worked)
        self.save_days_button.setEnabled(False)
        self.ops.settings.save_office_days(days_off, worked).success(
            lambda _r: self._office_days_saved(days_off, worked)
        ).failure(lambda error: self._save_failed(self.days_state, error)).run(self)

    def _office_days_saved(self, days_off: dict[dt.date, str], worked: frozenset[dt.date]) -> None:
        self._stored_days_off = days_off
        self._stored_worked = worked
        self._say(self.days_state, _t("AckSettings", "บันทึกแล้ว"), _SAVED_STYLE)
        self._update_state()
        self.status_message.emit(_t("AckSettings", "บันทึกวันหยุดแล้ว มีผลกับหนังสือที่ออกต่อจากนี้"))
        self.office_days_saved.emit()


__all__ = ["AckCalendarSettings", "DigitsSpinBox"]
