"""Settings, "เลขทะเบียนและการนำเข้า": starting in the middle of a year (issue 9, item 10).

An office adopting the program is at receive number 2,345 in its paper book and at ว 412 in
an outgoing series. Here the admin

* sees where every series of a year stands (the incoming register, each outgoing prefix
  normal and circular): last and next number, how many were issued, who set it and why;
* sets a series' next number with a reason, before its first use (the service refuses it
  once a number was issued; said on the page);
* imports this year's register so far from the office's Excel file: chooses the register and
  the file (a chooser in the UI's language), checks it (a dry run: rows that can be imported,
  every problem listed with its row number and column, inline), then imports it, all rows or
  none; the series' next numbers follow.

Everything runs through ``NumberingOps`` (never on the GUI thread); nothing here opens a
message box: results and refusals are written on the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.numbering import MAX_NEXT_NUMBER, SeriesRef, SeriesState
from desktop_app.domain.register_import import ImportKind, ImportRefused, ImportSummary
from desktop_app.domain.thai_dates import format_date_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.file_dialogs import file_dialog
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations import INCOMING, OUTGOING, SETTINGS, Operations
from desktop_app.ui.operations.numbering import NumberingOps
from desktop_app.ui.pages.settings_due_dates import DigitsSpinBox

_NOTE_STYLE = "color: #616161;"
_GOOD_STYLE = "color: #1b5e20;"
_ERROR_STYLE = "color: #b00020;"
YEARS_BACK = 2  # the year picker offers next year, this year and the years before it


class NumberingSettings(QWidget):
    """The series' next numbers and importing a register from Excel; admin-only."""

    status_message = Signal(str)
    loaded = Signal()  # the series of the chosen year are shown
    previewed = Signal()  # a dry run's result (or refusal) is shown
    imported = Signal()  # an import's result (or refusal) is shown
    next_set = Signal()  # setting a next number ended (set or refused)

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.numbering = NumberingOps(ops)
        self.digits: Digits = digits
        self.language = ops.language
        self.setObjectName("NumberingSettings")
        self._is_admin = ops.actor.is_admin
        self.states: list[SeriesState] = []
        self.file: Path | None = None
        self.summary: ImportSummary | None = None  # the last check or import shown
        self._checked: tuple[ImportKind, Path] | None = None  # what the check was of
        self._busy = False
        self._showing = False  # filling the table (its selection signals are not the admin's)
        self._dialog: QWidget | None = None
        self._spin_series: SeriesRef | None = None  # the series the next-number box was filled for

        layout = QVBoxLayout(self)
        if not self._is_admin:
            note = QLabel(
                _t("NumberingSettings", "เฉพาะผู้ดูแลระบบเท่านั้นที่ตั้งเลขทะเบียนและนำเข้าทะเบียนได้"), self
            )
            note.setObjectName("adminOnlyNote")
            note.setStyleSheet(_NOTE_STYLE)
            layout.addWidget(note)
        layout.addWidget(self._build_series_box(), 2)
        layout.addWidget(self._build_import_box(), 3)

        admin_only = _t("SettingsPage", "เฉพาะผู้ดูแลระบบ")
        for widget in (
            self.next_spin,
            self.reason,
            self.choose_button,
            self.register_combo,
        ):
            widget.setEnabled(self._is_admin)
            if not self._is_admin:
                widget.setToolTip(admin_only)
        self._update_buttons()
        # Work groups (their prefixes) and numbers issued elsewhere change what is listed.
        ops.changed.connect(
            lambda area: self.reload() if area in (SETTINGS, INCOMING, OUTGOING) else None
        )
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build_series_box(self) -> QGroupBox:
        box = QGroupBox(_t("NumberingSettings", "เลขถัดไปของแต่ละทะเบียน"), self)
        explain = QLabel(
            _t(
                "NumberingSettings",
                "เริ่มใช้โปรแกรมกลางปี: ตั้งเลขถัดไปให้ต่อจากทะเบียนเดิม (เช่น เลขรับ 2345) "
                "ได้เฉพาะก่อนออกเลขแรกของปีนั้น หรือนำเข้าทะเบียนเดิมจาก Excel ด้านล่าง "
                "แล้วเลขจะต่อจากเลขสูงสุดเอง",
            ),
            box,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(_NOTE_STYLE)
        self.year_combo = QComboBox(box)
        self.year_combo.setObjectName("numberingYear")
        this_year = self.numbering.this_year()
        for year in range(this_year + 1, this_year - YEARS_BACK - 1, -1):
            self.year_combo.addItem(apply_digits(str(year), self.digits), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(this_year))
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(_t("NumberingSettings", "ปี พ.ศ."), box))
        year_row.addWidget(self.year_combo)
        year_row.addStretch(1)

        self.table = QTableWidget(0, 5, box)
        self.table.setObjectName("numberingSeries")
        self.table.setHorizontalHeaderLabels(
            [
                _t("NumberingSettings", "ทะเบียน"),
                _t("NumberingSettings", "เลขล่าสุด"),
                _t("NumberingSettings", "เลขถัดไป"),
                _t("NumberingSettings", "สถานะ"),
                _t("NumberingSettings", "ตั้งโดย / เหตุผล"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._series_chosen)

        self.next_spin = DigitsSpinBox(self.digits, box)
        self.next_spin.setObjectName("nextNumber")
        self.next_spin.setRange(1, MAX_NEXT_NUMBER)
        self.next_spin.setMinimumWidth(110)
        self.reason = QLineEdit(box)
        self.reason.setObjectName("nextNumberReason")
        self.reason.setPlaceholderText(_t("NumberingSettings", "เหตุผล เช่น ต่อจากทะเบียนรับเล่มกระดาษ"))
        self.reason.textChanged.connect(lambda _text: self._update_buttons())
        self.set_button = QPushButton(_t("NumberingSettings", "ตั้งเลขถัดไป"), box)
        self.set_button.setObjectName("setNextNumber")
        self.set_button.clicked.connect(self.set_next)
        form = QHBoxLayout()
        form.addWidget(QLabel(_t("NumberingSettings", "เลขถัดไป"), box))
        form.addWidget(self.next_spin)
        form.addWidget(self.reason, 1)
        form.addWidget(self.set_button)
        self.series_message = QLabel(box)
        self.series_message.setObjectName("numberingMessage")
        self.series_message.setWordWrap(True)

        column = QVBoxLayout(box)
        column.addWidget(explain)
        column.addLayout(year_row)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        column.addWidget(self.series_message)
        return box

    def _build_import_box(self) -> QGroupBox:
        box = QGroupBox(_t("NumberingSettings", "นำเข้าทะเบียนจาก Excel"), self)
        explain = QLabel(
            _t(
                "NumberingSettings",
                "แฟ้ม .xlsx ที่มีหัวตารางแบบทะเบียนราชการ (เลขทะเบียนรับ วันที่รับ เวลา ที่ ลงวันที่ จาก ถึง "
                "เรื่อง ... หรือ เลขทะเบียนส่ง ที่ ลงวันที่ จาก ถึง เรื่อง ...) เลขไทยหรืออารบิก วันที่ปี พ.ศ. "
                "ตรวจก่อนทุกแถว ถ้ามีแถวใดผิดจะไม่นำเข้าเลยสักแถว",
            ),
            box,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(_NOTE_STYLE)
        self.register_combo = QComboBox(box)
        self.register_combo.setObjectName("importRegister")
        self.register_combo.addItem(_t("NumberingSettings", "ทะเบียนหนังสือรับ"), "incoming")
        self.register_combo.addItem(_t("NumberingSettings", "ทะเบียนหนังสือส่ง"), "outgoing")
        self.register_combo.currentIndexChanged.connect(lambda _i: self._forget_check())
        self.file_label = QLabel(_t("NumberingSettings", "ยังไม่ได้เลือกแฟ้ม"), box)
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(_t("NumberingSettings", "เลือกแฟ้ม…"), box)
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(_t("NumberingSettings", "ทะเบียน"), box))
        file_row.addWidget(self.register_combo)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.check_button = QPushButton(_t("NumberingSettings", "ตรวจแฟ้ม (ยังไม่นำเข้า)"), box)
        self.check_button.setObjectName("checkImport")
        self.check_button.clicked.connect(self.check_file)
        self.import_button = QPushButton(_t("NumberingSettings", "นำเข้า"), box)
        self.import_button.setObjectName("runImport")
        self.import_button.clicked.connect(self.import_file)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)

        self.import_message = QLabel(box)
        self.import_message.setObjectName("importMessage")
        self.import_message.setWordWrap(True)
        self.problems = QTableWidget(0, 3, box)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [
                _t("NumberingSettings", "แถว"),
                _t("NumberingSettings", "คอลัมน์"),
                _t("NumberingSettings", "ปัญหา"),
            ]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)

        column = QVBoxLayout(box)
        column.addWidget(explain)
        column.addLayout(file_row)
        column.addLayout(buttons)
        column.addWidget(self.import_message)
        column.addWidget(self.problems, 1)
        column.addStretch(0)
        return box

    # -- helpers ----------------------------------------------------------------------------
    def _n(self, value: int) -> str:
        return apply_digits(f"{value:,}", self.digits)

    @staticmethod
    def _say(label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def year(self) -> int:
        value = self.year_combo.currentData()
        return int(value) if value is not None else self.numbering.this_year()

    def kind(self) -> ImportKind:
        return "outgoing" if self.register_combo.currentData() == "outgoing" else "incoming"

    def selected_state(self) -> SeriesState | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.states):
            return None
        return self.states[rows[0].row()]

    def _update_buttons(self) -> None:
        state = self.selected_state()
        self.set_button.setEnabled(
            self._is_admin
            and not self._busy
            and state is not None
            and not state.in_use
            and bool(self.reason.text().strip())
        )
        ready = self._is_admin and not self._busy and self.file is not None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(
            ready
            and self.summary is not None
            and self.summary.dry_run
            and self.summary.ok
            and self._checked == (self.kind(), self.file)
        )

    # -- the series -------------------------------------------------------------------------
    def reload(self) -> None:
        self.numbering.series(self.year()).success(self._show_series).failure(
            lambda error: self._say(self.series_message, error_text(error), _ERROR_STYLE)
        ).run(self)

    def _show_series(self, states: list[SeriesState]) -> None:
        self._showing = True
        try:
            self._fill_series(states)
        finally:
            self._showing = False
        self.loaded.emit()

    def _fill_series(self, states: list[SeriesState]) -> None:
        chosen = self.selected_state()
        self.states = list(states)
        self.table.setRowCount(len(states))
        for row, state in enumerate(states):
            if state.in_use:
                status = _t("NumberingSettings", "ใช้แล้ว {count} เลข").replace(
                    "{count}", self._n(state.issued)
                )
            else:
                status = _t("NumberingSettings", "ยังไม่ได้ใช้")
            who = ""
            if state.set_by:
                who = state.set_by
                if state.set_at is not None:
                    who += " " + format_date_short(state.set_at.date(), self.digits, self.language)
                if state.reason:
                    who += ": " + state.reason
            values = [
                apply_digits(state.series.label(self.language), self.digits),
                self._n(state.last_number) if state.last_number else "-",
                self._n(state.next_number),
                status,
                who,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        keep = next(
            (row for row, state in enumerate(states) if chosen and state.series == chosen.series),
            0 if states else -1,
        )
        if keep >= 0:
            self.table.selectRow(keep)
        self._series_chosen()

    def _series_chosen(self) -> None:
        state = self.selected_state()
        if state is not None and not self._busy:
            if state.series != self._spin_series:
                self.next_spin.setValue(state.next_number)
                self._spin_series = state.series
                if not self._showing:  # the admin chose another series: a new question
                    self._say(self.series_message, "", _NOTE_STYLE)
            if state.in_use:
                self._say(
                    self.series_message,
                    _t(
                        "NumberingSettings",
                        "{series} ปี {year} ออกเลขไปแล้ว (ถึงเลข {highest}) จึงตั้งเลขถัดไปไม่ได้ "
                        "เลขจะต่อจากเลขล่าสุดเอง",
                    )
                    .replace("{series}", state.series.label(self.language))
                    .replace("{year}", apply_digits(str(state.year), self.digits))
                    .replace("{highest}", self._n(state.highest)),
                    _NOTE_STYLE,
                )
        self._update_buttons()

    def set_next(self) -> None:
        state = self.selected_state()
        if state is None or not self._is_admin:
            return
        self._busy = True
        self._update_buttons()
        self.numbering.set_next(
            state.series, state.year, self.next_spin.value(), self.reason.text()
        ).success(self._next_was_set).failure(self._next_refused).run(self)

    def _next_was_set(self, state: SeriesState) -> None:
        self._busy = False
        self._spin_series = None
        self.reason.clear()
        message = (
            _t("NumberingSettings", "ตั้งแล้ว: {series} ปี {year} เลขถัดไป {next}")
            .replace("{series}", state.series.label(self.language))
            .replace("{year}", apply_digits(str(state.year), self.digits))
            .replace("{next}", self._n(state.next_number))
        )
        self.reload()
        self._say(self.series_message, message, _GOOD_STYLE)
        self.status_message.emit(message)
        self.next_set.emit()

    def _next_refused(self, error: BaseException) -> None:
        self._busy = False
        self._say(self.series_message, error_text(error), _ERROR_STYLE)
        self.reload()
        self._update_buttons()
        self.next_set.emit()

    # -- importing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Qt's own chooser in the UI's language, not modal to the application's loop (the
        chosen file arrives through ``set_file``)."""
        dialog = file_dialog(
            self,
            _t("NumberingSettings", "เลือกแฟ้มทะเบียน (Excel)"),
            "open",
            filters=[_t("NumberingSettings", "แฟ้ม Excel (*.xlsx *.xlsm)")],
        )
        dialog.fileSelected.connect(lambda path: self.set_file(Path(path)))
        self._dialog = dialog
        dialog.open()

    def set_file(self, path: Path) -> None:
        """Use ``path`` as the file to check and import."""
        self.file = path
        self.file_label.setText(str(path))
        self._forget_check()

    def _forget_check(self) -> None:
        self.summary = None
        self._checked = None
        self.problems.setRowCount(0)
        self.problems.setVisible(False)
        self._say(self.import_message, "", _NOTE_STYLE)
        self._update_buttons()

    def _start(self) -> None:
        self._busy = True
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def check_file(self) -> None:
        """The dry run: every row checked, nothing written."""
        if self.file is None:
            return
        kind, path = self.kind(), self.file
        self._forget_check()
        self._start()
        self.numbering.preview(kind, path).progress(self._progressed).success(
            lambda summary: self._checked_file(kind, path, summary)
        ).failure(self._check_failed).run(self)

    def _checked_file(self, kind: ImportKind, path: Path, summary: ImportSummary) -> None:
        self._stop()
        self.summary = summary
        self._checked = (kind, path)
        self._show_summary(summary)
        self._update_buttons()
        self.previewed.emit()

    def _check_failed(self, error: BaseException) -> None:
        self._stop()
        self._say(self.import_message, error_text(error), _ERROR_STYLE)
        self.previewed.emit()

    def _spans_text(self, summary: ImportSummary) -> str:
        parts = []
        for span in summary.spans:
            text = (
                _t("NumberingSettings", "{series} ปี {year}: เลข {first}–{last} เลขถัดไป {next}")
                .replace("{series}", span.series.label(self.language))
                .replace("{year}", apply_digits(str(span.year), self.digits))
                .replace("{first}", self._n(span.first))
                .replace("{last}", self._n(span.last))
                .replace("{next}", self._n(span.next_number))
            )
            if span.missing:
                text += " " + _t("NumberingSettings", "(เลขขาดหาย {count} เลข)").replace(
                    "{count}", self._n(span.missing)
                )
            parts.append(text)
        return "\n".join(parts)

    def _show_summary(self, summary: ImportSummary) -> None:
        if summary.problems:
            head = (
                _t(
                    "NumberingSettings",
                    "ตรวจแล้ว {rows} แถว นำเข้าได้ {valid} แถว มีปัญหา {bad} แถว (ตามรายการด้านล่าง) "
                    "แก้ในแฟ้มแล้วตรวจใหม่ จะนำเข้าได้เมื่อไม่มีปัญหาเหลือ",
                )
                .replace("{rows}", self._n(summary.rows))
                .replace("{valid}", self._n(summary.valid))
                .replace("{bad}", self._n(summary.problem_rows))
            )
            style = _ERROR_STYLE
        elif summary.valid == 0:
            head = _t("NumberingSettings", "ไม่มีรายการให้นำเข้าใต้แถวหัวตาราง")
            style = _ERROR_STYLE
        else:
            head = _t(
                "NumberingSettings", "ตรวจแล้ว {rows} แถว ถูกต้องทุกแถว กด “นำเข้า” เพื่อบันทึก"
            ).replace("{rows}", self._n(summary.rows))
            style = _GOOD_STYLE
        spans = self._spans_text(summary)
        self._say(self.import_message, head + ("\n" + spans if spans else ""), style)
        self.problems.setRowCount(len(summary.problems))
        for row, problem in enumerate(summary.problems):
            values = [self._n(problem.row), problem.column, problem.message(self.language)]
            for column, value in enumerate(values):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(summary.problems))

    def import_file(self) -> None:
        """Import the checked file: all rows or none."""
        if self.file is None or not self.import_button.isEnabled():
            return
        kind, path = self.kind(), self.file
        self._start()
        self.numbering.import_file(kind, path).progress(self._progressed).success(
            self._imported
        ).failure(self._import_failed).run(self)

    def _imported(self, summary: ImportSummary) -> None:
        self._stop()
        self.summary = summary
        self._checked = None  # imported: importing it again would only repeat its numbers
        message = _t("NumberingSettings", "นำเข้าแล้ว {count} รายการ").replace(
            "{count}", self._n(summary.imported)
        )
        spans = self._spans_text(summary)
        self._say(self.import_message, message + ("\n" + spans if spans else ""), _GOOD_STYLE)
        self.problems.setRowCount(0)
        self.problems.setVisible(False)
        self._update_buttons()
        self.status_message.emit(message)
        self.reload()
        self.imported.emit()

    def _import_failed(self, error: BaseException) -> None:
        self._stop()
        self._checked = None
        if isinstance(error, ImportRefused) and error.summary is not None:
            self.summary = error.summary
            self._show_summary(error.summary)
        else:
            self._say(self.import_message, error_text(error), _ERROR_STYLE)
        self._update_buttons()
        self.imported.emit()
