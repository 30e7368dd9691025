"""The clerk's form: register an incoming document, or edit one, from the keyboard alone.

Tab moves through the fields in reading order, Enter saves, Ctrl+N starts the next document,
Esc closes (asking first when something typed would be lost). On save the receive number is
shown large with the received date and time. Saving is a write operation (ui/operations) on
a worker thread; an error leaves every field as typed and puts the cursor on the field at
fault. The completions (directory names, work groups) arrive the same way, a moment after the
form opens: typing never waits for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import (
    DateWarning,
    IncomingEdit,
    IncomingInput,
    IncomingRecord,
    IncomingRow,
    check_received_at,
    doc_date_warnings,
)
from desktop_app.domain.thai_dates import format_date_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask, error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.incoming import FormChoices
from desktop_app.ui.widgets.name_completer import NameCompleter
from desktop_app.ui.widgets.thai_date_edit import ThaiDateEdit
from desktop_app.ui.window_state import remember_window

MAX_LIST_HEIGHT = 84
INITIAL_SIZE = QSize(820, 640)  # client area, pixels: fits a 1366x768 laptop with room


class IncomingForm(QDialog):
    """New document (``record`` None) or edit of ``record``."""

    saved = Signal(object)  # IncomingRecord
    save_failed = Signal(object)  # the error, after it was shown
    choices_loaded = Signal()  # completions and work groups arrived
    duplicates_checked = Signal(list)  # list[IncomingRow] with the same document number

    def __init__(
        self,
        ops: Operations,
        *,
        record: IncomingRecord | None = None,
        digits: Digits = "thai",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.record = record
        self.digits: Digits = digits
        self.language = ops.language
        self._duplicate_generation = 0
        self._saved_record: IncomingRecord | None = None
        self._saving = False
        self._attachments: list[Path] = []
        self._removed_attachment_ids: list[int] = []
        self.setObjectName("IncomingForm")
        self.setAcceptDrops(True)
        # As it was last time on this workstation, never more than the screen.
        remember_window(self, ops.paths.config_dir, "IncomingForm", INITIAL_SIZE)
        self._build()
        self._wire()
        if record is not None:
            self._load(record)
        self._mark_clean()
        self.sender_edit.setFocus()
        ops.incoming.form_choices().success(self._fill_choices).run(self)

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        editing = self.record is not None
        self.setWindowTitle(
            _t("IncomingForm", "แก้ไขหนังสือรับ") if editing else _t("IncomingForm", "ลงรับหนังสือ")
        )

        self.banner = QFrame(self)
        self.banner.setObjectName("receiptBanner")
        self.banner.setStyleSheet(
            "#receiptBanner { background: #e8f5e9; border: 1px solid #66bb6a; border-radius: 6px; }"
        )
        self.number_label = QLabel(self.banner)
        self.number_label.setObjectName("receiveNumber")
        big = QFont(self.font())
        big.setPointSize(30)
        big.setBold(True)
        self.number_label.setFont(big)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when_label = QLabel(self.banner)
        self.when_label.setObjectName("receivedWhen")
        when_font = QFont(self.font())
        when_font.setPointSize(14)
        self.when_label.setFont(when_font)
        self.next_hint = QLabel(_t("IncomingForm", "กด Ctrl+N เพื่อลงรับฉบับถัดไป"), self.banner)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.number_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        banner_layout.addWidget(self.when_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        banner_layout.addWidget(self.next_hint, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.banner.setVisible(False)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setVisible(False)

        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("sender")
        self.sender_edit.setPlaceholderText(
            _t("IncomingForm", "พิมพ์ชื่อหน่วยงาน เลือกจากทำเนียบหรือพิมพ์เอง")
        )

        self.doc_no_edit = QLineEdit(self)
        self.doc_no_edit.setObjectName("docNo")
        self.doc_no_edit.setPlaceholderText(_t("IncomingForm", "เช่น มท 0810.2/ว 1089"))
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateWarning")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #e65100;")
        self.duplicate_label.setVisible(False)

        self.doc_date_edit = ThaiDateEdit(
            self, digits=self.digits, language=self.language, today=self.ops.clock().date()
        )
        self.doc_date_edit.setObjectName("docDate")
        # A letter date that is implausible next to its receipt (after it, or over a year
        # before it): said under the date, saved only once the clerk ticks the confirmation.
        self.date_warning_box = QWidget(self)
        self.date_warning_box.setObjectName("dateWarningBox")
        self.date_warning_label = QLabel(self.date_warning_box)
        self.date_warning_label.setObjectName("dateWarning")
        self.date_warning_label.setWordWrap(True)
        self.date_warning_label.setStyleSheet("color: #e65100; font-weight: bold;")
        self.confirm_dates_check = QCheckBox(
            _t("IncomingForm", "วันที่ถูกต้องแล้ว (ยืนยัน)"), self.date_warning_box
        )
        self.confirm_dates_check.setObjectName("confirmDates")
        warning_row = QHBoxLayout(self.date_warning_box)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.date_warning_label, 1)
        warning_row.addWidget(self.confirm_dates_check, 0, Qt.AlignmentFlag.AlignTop)
        self.date_warning_box.setVisible(False)
        self._date_warnings: list[DateWarning] = []

        self.to_edit = QLineEdit(self)
        self.to_edit.setObjectName("to")

        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("subject")

        self.urgency_combo = QComboBox(self)
        self.urgency_combo.setObjectName("urgency")
        for urgency in Urgency:
            self.urgency_combo.addItem(urgency.label(self.language), urgency)
        self.secrecy_combo = QComboBox(self)
        self.secrecy_combo.setObjectName("secrecy")
        for secrecy in Secrecy:
            self.secrecy_combo.addItem(secrecy.label(self.language), secrecy)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("workGroup")
        self.group_combo.addItem(_t("IncomingForm", "— ยังไม่มอบหมาย —"), None)
        if self.record is not None and self.record.work_group_id is not None:
            # Shown by name until the list of groups arrives.
            self.group_combo.addItem(self.record.work_group_name, self.record.work_group_id)

        self.remarks_edit = QLineEdit(self)
        self.remarks_edit.setObjectName("remarks")

        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("attachments")
        self.attachment_list.setMaximumHeight(MAX_LIST_HEIGHT)
        self.attachment_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_file_button = QPushButton(_t("IncomingForm", "เพิ่มแฟ้ม… (Ctrl+O)"), self)
        self.add_file_button.setAutoDefault(False)
        self.remove_file_button = QPushButton(_t("IncomingForm", "เอาออก"), self)
        self.remove_file_button.setAutoDefault(False)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(self.add_file_button)
        files_buttons.addWidget(self.remove_file_button)
        files_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.attachment_list, 1)
        files_row.addLayout(files_buttons)

        self.own_time_check = QCheckBox(_t("IncomingForm", "ระบุวันเวลารับเอง"), self)
        self.own_time_check.setObjectName("ownTime")
        self.now_label = QLabel(self)
        self.received_date_edit = ThaiDateEdit(
            self, digits=self.digits, language=self.language, today=self.ops.clock().date()
        )
        self.received_date_edit.setObjectName("receivedDate")
        self.received_time_edit = QTimeEdit(self)
        self.received_time_edit.setObjectName("receivedTime")
        self.received_time_edit.setDisplayFormat("HH:mm")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("timeReason")
        self.reason_edit.setPlaceholderText(
            _t("IncomingForm", "เหตุผลที่ระบุเวลาเอง เช่น รับเมื่อวานหลังเวลาราชการ")
        )
        time_row = QHBoxLayout()
        time_row.addWidget(self.own_time_check)
        time_row.addWidget(self.now_label, 1)
        own_time_row = QHBoxLayout()
        own_time_row.addWidget(self.received_date_edit, 2)
        own_time_row.addWidget(self.received_time_edit, 0, Qt.AlignmentFlag.AlignTop)
        own_time_row.addWidget(self.reason_edit, 3, Qt.AlignmentFlag.AlignTop)
        self.own_time_box = QWidget(self)
        self.own_time_box.setLayout(own_time_row)
        own_time_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_t("IncomingForm", "จาก *"), self.sender_edit)
        form.addRow(_t("IncomingForm", "ที่"), self.doc_no_edit)
        form.addRow("", self.duplicate_label)
        form.addRow(_t("IncomingForm", "ลงวันที่ *"), self.doc_date_edit)
        form.addRow("", self.date_warning_box)
        form.addRow(_t("IncomingForm", "เรียน/ถึง"), self.to_edit)
        form.addRow(_t("IncomingForm", "เรื่อง *"), self.subject_edit)
        classes = QHBoxLayout()
        classes.addWidget(QLabel(_t("IncomingForm", "ชั้นความเร็ว"), self))
        classes.addWidget(self.urgency_combo, 1)
        classes.addSpacing(12)
        classes.addWidget(QLabel(_t("IncomingForm", "ชั้นความลับ"), self))
        classes.addWidget(self.secrecy_combo, 1)
        form.addRow(_t("IncomingForm", "ชั้นหนังสือ"), classes)
        form.addRow(_t("IncomingForm", "กลุ่มงาน"), self.group_combo)
        form.addRow(_t("IncomingForm", "หมายเหตุ"), self.remarks_edit)
        form.addRow(_t("IncomingForm", "แฟ้มแนบ"), files_row)
        form.addRow(_t("IncomingForm", "วันเวลารับ"), time_row)
        form.addRow("", self.own_time_box)

        self.save_button = QPushButton(_t("IncomingForm", "บันทึก (Enter)"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.next_button = QPushButton(_t("IncomingForm", "ฉบับใหม่ (Ctrl+N)"), self)
        self.next_button.setAutoDefault(False)
        self.close_button = QPushButton(_t("IncomingForm", "ปิด (Esc)"), self)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if self.record is None:
            buttons.addWidget(self.next_button)
        else:
            self.next_button.setVisible(False)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.setTabOrder(self.sender_edit, self.doc_no_edit)
        self.setTabOrder(self.doc_no_edit, self.doc_date_edit.edit)
        # The year's two readings and the confirmation come next when they are shown.
        self.setTabOrder(self.doc_date_edit.edit, self.doc_date_edit.year_buttons[0])
        self.setTabOrder(self.doc_date_edit.year_buttons[0], self.doc_date_edit.year_buttons[1])
        self.setTabOrder(self.doc_date_edit.year_buttons[1], self.confirm_dates_check)
        self.setTabOrder(self.confirm_dates_check, self.to_edit)
        self.setTabOrder(self.to_edit, self.subject_edit)
        self.setTabOrder(self.subject_edit, self.urgency_combo)
        self.setTabOrder(self.urgency_combo, self.secrecy_combo)
        self.setTabOrder(self.secrecy_combo, self.group_combo)
        self.setTabOrder(self.group_combo, self.remarks_edit)
        self.setTabOrder(self.remarks_edit, self.add_file_button)
        self.setTabOrder(self.add_file_button, self.remove_file_button)
        self.setTabOrder(self.remove_file_button, self.own_time_check)
        self.setTabOrder(self.own_time_check, self.received_date_edit.edit)
        self.setTabOrder(self.received_date_edit.edit, self.received_date_edit.year_buttons[0])
        self.setTabOrder(
            self.received_date_edit.year_buttons[0], self.received_date_edit.year_buttons[1]
        )
        self.setTabOrder(self.received_date_edit.year_buttons[1], self.received_time_edit)
        self.setTabOrder(self.received_time_edit, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.save_button)
        self._set_own_time(False)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(15_000)
        self.clock_timer.timeout.connect(self._update_now_label)
        self.clock_timer.start()
        self._update_now_label()

    def _wire(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.new_document)
        self.close_button.clicked.connect(self.reject)
        self.add_file_button.clicked.connect(self.choose_files)
        self.remove_file_button.clicked.connect(self._remove_selected_file)
        self.own_time_check.toggled.connect(self._set_own_time)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_document)
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.choose_files)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(300)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        self.doc_no_edit.textChanged.connect(lambda _text: self._duplicate_timer.start())
        self.doc_date_edit.date_changed.connect(lambda _date: self._update_date_warnings())
        self.received_date_edit.date_changed.connect(lambda _date: self._update_date_warnings())
        self.received_time_edit.timeChanged.connect(lambda _time: self._update_date_warnings())
        self.own_time_check.toggled.connect(lambda _on: self._update_date_warnings())
        self.clock_timer.timeout.connect(self._update_date_warnings)

    def _fill_choices(self, choices: FormChoices) -> None:
        """Completions for the sender and the recipient (To), and the work groups, once they arrive;
        what the clerk typed or chose meanwhile stays."""
        was_clean = self._snapshot() == self._clean
        # The search boxes' rule: abbreviations ("อบต.ผาบ่อง"), tone marks as a fallback.
        self.sender_edit.setCompleter(NameCompleter(list(choices.sender_names), self))
        to_completer = QCompleter(list(choices.to_suggestions), self)
        to_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.to_edit.setCompleter(to_completer)
        selected = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        while self.group_combo.count() > 1:
            self.group_combo.removeItem(1)
        for group in choices.work_groups:
            self.group_combo.addItem(group.name, group.id)
        if selected is not None and self.group_combo.findData(selected) < 0:
            self.group_combo.addItem(
                self.record.work_group_name if self.record else str(selected), selected
            )  # a group retired since: keep the choice
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(selected), 0))
        self.group_combo.blockSignals(False)
        if was_clean:
            self._mark_clean()
        self.choices_loaded.emit()

    # -- state ---------------------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.sender_edit.text(),
            self.doc_no_edit.text(),
            self.doc_date_edit.text(),
            self.to_edit.text(),
            self.subject_edit.text(),
            self.urgency_combo.currentIndex(),
            self.secrecy_combo.currentIndex(),
            self.group_combo.currentIndex(),
            self.remarks_edit.text(),
            tuple(self._attachments),
            tuple(self._removed_attachment_ids),
            self.own_time_check.isChecked(),
            self.received_date_edit.text(),
            self.received_time_edit.time().toString(),
            self.reason_edit.text(),
            self.confirm_dates_check.isChecked(),
        )

    def _mark_clean(self) -> None:
        self._clean = self._snapshot()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._clean and self._saved_record is None

    @property
    def saved_record(self) -> IncomingRecord | None:
        return self._saved_record

    def _fields(self) -> list[QWidget]:
        return [
            self.sender_edit,
            self.doc_no_edit,
            self.doc_date_edit,
            self.confirm_dates_check,
            self.to_edit,
            self.subject_edit,
            self.urgency_combo,
            self.secrecy_combo,
            self.group_combo,
            self.remarks_edit,
            self.add_file_button,
            self.remove_file_button,
            self.own_time_check,
            self.own_time_box,
        ]

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in self._fields():
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        if enabled:
            self._set_own_time(self.own_time_check.isChecked())

    def _set_own_time(self, own: bool) -> None:
        self.own_time_box.setEnabled(own)
        self.own_time_box.setVisible(own)
        self.now_label.setVisible(not own)
        if own and self.received_date_edit.is_empty():
            now = self.ops.clock()
            self.received_date_edit.set_date(now.date())
            self.received_time_edit.setTime(QTime(now.hour, now.minute))

    def _update_now_label(self) -> None:
        now = self.ops.clock()
        self.now_label.setText(
            _t("IncomingForm", "เวลาที่กดบันทึก (ขณะนี้ {time} น.)").replace(
                "{time}", format_time(now, self.digits)
            )
        )

    def _load(self, record: IncomingRecord) -> None:
        self.sender_edit.setText(record.sender)
        self.doc_no_edit.setText(record.doc_no)
        self.doc_date_edit.set_date(record.doc_date)
        self.to_edit.setText(record.to_text)
        self.subject_edit.setText(record.subject)
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(record.urgency))
        self.secrecy_combo.setCurrentIndex(self.secrecy_combo.findData(record.secrecy))
        group_index = self.group_combo.findData(record.work_group_id)
        self.group_combo.setCurrentIndex(max(group_index, 0))
        self.remarks_edit.setText(record.remarks)
        for attachment in record.attachments:
            item = QListWidgetItem(attachment.filename, self.attachment_list)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
        self.own_time_check.setText(_t("IncomingForm", "แก้วันเวลารับ"))
        self.received_date_edit.set_date(record.received_at.date())
        self.received_time_edit.setTime(QTime(record.received_at.hour, record.received_at.minute))
        number = apply_digits(record.receive_label, self.digits)
        self.setWindowTitle(
            _t("IncomingForm", "แก้ไขหนังสือรับ เลขรับ {number}").replace("{number}", number)
        )

    # -- actions ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self._saved_record is not None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            _t("IncomingForm", "เลือกแฟ้มแนบ"),
            "",
            _t(
                "IncomingForm",
                "เอกสาร (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;ทุกแฟ้ม (*)",
            ),
        )
        self.add_files([Path(path) for path in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path.is_file() and path not in self._attachments:
                self._attachments.append(path)
                item = QListWidgetItem(path.name, self.attachment_list)
                item.setData(Qt.ItemDataRole.UserRole + 1, str(path))
                item.setToolTip(str(path))

    def _remove_selected_file(self) -> None:
        for item in self.attachment_list.selectedItems():
            existing_id = item.data(Qt.ItemDataRole.UserRole)
            new_path = item.data(Qt.ItemDataRole.UserRole + 1)
            if existing_id is not None:
                self._removed_attachment_ids.append(int(existing_id))
            if new_path is not None:
                self._attachments = [p for p in self._attachments if str(p) != new_path]
            self.attachment_list.takeItem(self.attachment_list.row(item))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._saved_record is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(
            [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        )
        event.acceptProposedAction()

    def _check_duplicates(self) -> None:
        """Ask whether the typed number is registered already (the answer shows below it)."""
        self._duplicate_generation += 1
        generation = self._duplicate_generation
        exclude = self.record.id if self.record else None
        (
            self.ops.incoming.find_duplicates(
                self.doc_no_edit.text(), self.sender_edit.text(), exclude
            )
            .success(lambda rows: self._show_duplicates(generation, rows))
            .failure(lambda _error: self._show_duplicates(generation, []))  # a hint, not a save
            .run(self)
        )

    def _show_duplicates(self, generation: int, rows: list[IncomingRow]) -> None:
        if generation != self._duplicate_generation:
            return
        self.duplicates_checked.emit(rows)
        if not rows:
            self.duplicate_label.setVisible(False)
            return
        described = "; ".join(
            f"{apply_digits(f'{row.receive_no}/{row.receive_year}', self.digits)} "
            f"({format_date_short(row.received_at.date(), self.digits, self.language)}, {row.sender})"
            for row in rows[:3]
        )
        self.duplicate_label.setText(
            _t("IncomingForm", "⚠ เลขที่หนังสือนี้ลงรับแล้ว: เลขรับ {list} ตรวจสอบว่าไม่ใช่ฉบับซ้ำ").replace(
                "{list}", described
            )
        )
        self.duplicate_label.setVisible(True)

    def _show_field_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        if field == "confirm_dates":
            self.date_warning_box.setVisible(True)
            if not self.date_warning_label.text():
                self.date_warning_label.setText(message)
        doc_date, received_date = self.doc_date_edit, self.received_date_edit
        widget = {
            "sender": self.sender_edit,
            "doc_no": self.doc_no_edit,
            "doc_date": doc_date.year_buttons[0] if doc_date.needs_choice() else doc_date.edit,
            "confirm_dates": self.confirm_dates_check,
            "to_text": self.to_edit,
            "subject": self.subject_edit,
            "work_group_id": self.group_combo,
            "attachments": self.add_file_button,
            "received_at": (
                received_date.year_buttons[0]
                if received_date.needs_choice()
                else received_date.edit
            ),
            "received_at_reason": self.reason_edit,
            "remarks": self.remarks_edit,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _received_at(self) -> dt.datetime | None:
        if not self.own_time_check.isChecked():
            return None
        day = self.received_date_edit.date()
        if day is None:
            message = self.received_date_edit.error() or _t("IncomingForm", "กรุณากรอกวันที่รับ")
            raise InvalidInput(message, message, field="received_at")
        time = self.received_time_edit.time()
        return dt.datetime.combine(day, dt.time(time.hour(), time.minute()))

    # -- plausible dates -----------------------------------------------------------------------
    def _receipt_moment(self) -> dt.datetime | None:
        """When the document is (or was) received, as the form stands: the typed receive time,
        else the record's (editing) or now (a new document); None while the typed date is
        not understood."""
        if self.own_time_check.isChecked():
            day = self.received_date_edit.date()
            if day is None:
                return None
            time = self.received_time_edit.time()
            return dt.datetime.combine(day, dt.time(time.hour(), time.minute()))
        if self.record is not None:
            return self.record.received_at
        return self.ops.clock()

    def _current_warnings(self) -> list[DateWarning]:
        """What ``doc_date_warnings`` (the register's rule) says of the dates as typed; an
        edit is only asked about dates it changes."""
        doc_date, received = self.doc_date_edit.date(), self._receipt_moment()
        if doc_date is None or received is None:
            return []
        if self.record is not None and (doc_date, received) == (
            self.record.doc_date,
            self.record.received_at,
        ):
            return []
        return doc_date_warnings(doc_date, received.date(), self.digits)

    def _update_date_warnings(self) -> None:
        """Show the warning and the confirmation next to it, or hide them; a new warning
        needs a new confirmation."""
        warnings = self._current_warnings()
        if warnings != self._date_warnings:
            self.confirm_dates_check.setChecked(False)
        self._date_warnings = warnings
        self.date_warning_label.setText(" ".join(w.message(self.language) for w in warnings))
        self.date_warning_box.setVisible(bool(warnings))

    def _dates_confirmed(self) -> bool:
        return self.confirm_dates_check.isChecked() and self.date_warning_box.isVisibleTo(self)

    def _check_dates(self, data: IncomingInput) -> None:
        """The register's date rules, before anything is sent (the service applies them
        again): a receive time in the future is refused; an implausible letter date needs
        the confirmation ticked. Raises ``InvalidInput`` naming the field."""
        if data.received_at is not None:
            check_received_at(data.received_at, self.ops.clock())
        self._update_date_warnings()
        if self._date_warnings and not self.confirm_dates_check.isChecked():
            said = " ".join(w.message(self.language) for w in self._date_warnings)
            ask = _t(
                "IncomingForm",
                "กรุณาตรวจสอบวันที่ ถ้าถูกต้องแล้ว ให้ทำเครื่องหมาย “วันที่ถูกต้องแล้ว (ยืนยัน)” แล้วบันทึกอีกครั้ง",
            )
            raise InvalidInput(f"{said} {ask}", f"{said} {ask}", field="confirm_dates")

    def _input(self) -> IncomingInput:
        doc_date = self.doc_date_edit.date()
        if doc_date is None:
            message = self.doc_date_edit.error() or _t(
                "IncomingForm", "กรุณากรอกวันที่ของหนังสือ (ลงวันที่)"
            )
            raise InvalidInput(message, message, field="doc_date")
        return IncomingInput(
            sender=self.sender_edit.text(),
            doc_no=self.doc_no_edit.text(),
            doc_date=doc_date,
            subject=self.subject_edit.text(),
            to_text=self.to_edit.text(),
            # Qt hands StrEnum item data back as plain str.
            urgency=Urgency(self.urgency_combo.currentData()),
            secrecy=Secrecy(self.secrecy_combo.currentData()),
            remarks=self.remarks_edit.text(),
            work_group_id=self.group_combo.currentData(),
            attachments=list(self._attachments),
            received_at=self._received_at(),
            received_at_reason=self.reason_edit.text(),
            confirm_dates=self._dates_confirmed(),
        ).cleaned()

    def save(self) -> None:
        if self._saving or self._saved_record is not None:
            return
        self.error_label.setVisible(False)
        try:
            data = self._input()
            self._check_dates(data)
        except InvalidInput as error:
            self._show_field_error(error.message(self.language), error.field)
            return
        self._saving = True
        self._set_inputs_enabled(False)
        if self.record is None:
            self.ops.incoming.receive(data).success(self._saved).failure(self._failed).run(self)
        else:
            edit = IncomingEdit(
                sender=data.sender,
                doc_no=data.doc_no,
                doc_date=data.doc_date,
                subject=data.subject,
                to_text=data.to_text,
                urgency=data.urgency,
                secrecy=data.secrecy,
                remarks=data.remarks,
                work_group_id=data.work_group_id,
                clear_work_group=data.work_group_id is None,
                received_at=data.received_at,
                received_at_reason=data.received_at_reason,
                add_attachments=data.attachments,
                remove_attachment_ids=list(self._removed_attachment_ids),
                confirm_dates=data.confirm_dates,
            )
            (
                self.ops.incoming.update(self.record.id, edit)
                .success(self._saved)
                .failure(self._failed)
                .run(self)
            )

    def _saved(self, record: IncomingRecord) -> None:
        self._saving = False
        self._saved_record = record
        self.saved.emit(record)
        if self.record is not None:
            self.accept()
            return
        number = apply_digits(str(record.receive_no), self.digits)
        self.number_label.setText(_t("IncomingForm", "เลขรับ {number}").replace("{number}", number))
        self.when_label.setText(
            _t("IncomingForm", "รับวันที่ {date} เวลา {time} น.")
            .replace(
                "{date}", format_date_short(record.received_at.date(), self.digits, self.language)
            )
            .replace("{time}", format_time(record.received_at, self.digits))
        )
        self.banner.setVisible(True)
        for widget in self._fields():
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.next_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_inputs_enabled(True)
        if isinstance(error, InvalidInput):
            self._show_field_error(error.message(self.language), error.field)
        else:
            self.error_label.setText(error_text(error))
            self.error_label.setVisible(True)
            show_error(self, error)
        self.save_failed.emit(error)

    def new_document(self) -> None:
        """Ctrl+N: an empty form for the next document (asking first if work would be lost)."""
        if self.record is not None or self._saving:
            return
        if self.is_dirty() and not ask(
            self,
            _t("IncomingForm", "เริ่มฉบับใหม่"),
            _t("IncomingForm", "ข้อมูลที่กรอกยังไม่ได้บันทึก ต้องการทิ้งหรือไม่"),
            _t("IncomingForm", "ทิ้งข้อมูล"),
            _t("IncomingForm", "กลับไปแก้ไข"),
        ):
            return
        for edit in (
            self.sender_edit,
            self.doc_no_edit,
            self.to_edit,
            self.subject_edit,
            self.remarks_edit,
            self.reason_edit,
        ):
            edit.clear()
        self.doc_date_edit.clear()
        self.received_date_edit.clear()
        self.urgency_combo.setCurrentIndex(0)
        self.secrecy_combo.setCurrentIndex(0)
        self.group_combo.setCurrentIndex(0)
        self.attachment_list.clear()
        self._attachments = []
        self.own_time_check.setChecked(False)
        self.confirm_dates_check.setChecked(False)
        self._update_date_warnings()
        self.duplicate_label.setVisible(False)
        self.error_label.setVisible(False)
        self.banner.setVisible(False)
        self._saved_record = None
        self._set_inputs_enabled(True)
        self._update_now_label()
        self._mark_clean()
        self.sender_edit.setFocus()

    def _confirm_close(self) -> bool:
        if self._saving:
            return False
        if not self.is_dirty():
            return True
        return ask(
            self,
            _t("IncomingForm", "ปิดแบบฟอร์ม"),
            _t("IncomingForm", "ข้อมูลที่กรอกยังไม่ได้บันทึก ต้องการทิ้งหรือไม่"),
            _t("IncomingForm", "ทิ้งข้อมูล"),
            _t("IncomingForm", "กลับไปแก้ไข"),
        )

    def reject(self) -> None:
        if self._confirm_close():
            super().reject()

    def done(self, result: int) -> None:
        self.clock_timer.stop()
        super().done(result)
