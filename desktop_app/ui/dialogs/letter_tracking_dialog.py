"""One issued letter and what became of it at every recipient (การติดตามการตอบรับ).

The table shows each recipient's tracking row: when and how it was sent, its due date, its
state (coloured), the acknowledgement (when, by whom, through what, the recipient's own
receive number and date), a return and its reason, the reminders sent, and the code printed
on its copy. The clerk ticks recipients and records for all the ticked ones at once:

* บันทึกการตอบรับ: a small form (date and time, typed the Thai way, by whom, channel, their
  receive number and date, note);
* ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์: every pending recipient, one date;
* บันทึกใบส่งที่ลงนามแล้ว: the messenger's signed delivery sheet: the pending recipients come
  ticked, the clerk unticks who did not sign, one date and time;
* บันทึกตีกลับ (with a reason) and ยกเลิกการบันทึก (after an inline confirmation);
* ส่งหนังสือเตือน: a numbered reminder to the pending recipients (the ticked ones, if any);
* the recipients' copies with their codes, and the delivery sheet, saved as PDF.

Every action is an operation; its error is shown in the dialog's status line (nothing the
clerk typed is lost), and the letter is read again after every write (``Operations.changed``).
No modal message box: confirmations are an inline bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.ack_codes import format_code
from desktop_app.domain.acks import (
    AckChannel,
    Acknowledgement,
    AckState,
    BulkResult,
    LetterTracking,
    SentVia,
    TrackingRow,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import InvalidDate, SarabanError
from desktop_app.domain.outgoing import IssuedLetter
from desktop_app.domain.thai_dates import (
    format_date_long,
    format_date_numeric,
    format_date_short,
    format_datetime_short,
    format_time,
    format_time_prose,
    parse_datetime,
)
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_error
from desktop_app.ui.operations import ACKS, OUTGOING, Operations
from desktop_app.ui.widgets.ack_scan_field import show_tone
from desktop_app.ui.widgets.thai_date_edit import ThaiDateEdit
from desktop_app.ui.window_state import remember_window

ROW_ROLE = Qt.ItemDataRole.UserRole + 60
# On a screen with room for it; with a title bar and a task bar, it fits 1366x768.
INITIAL_SIZE = QSize(1340, 660)

(
    COL_RECIPIENT,
    COL_STATE,
    COL_DUE,
    COL_SENT,
    COL_ACK_AT,
    COL_ACK_BY,
    COL_CHANNEL,
    COL_THEIR,
    COL_RETURNED,
    COL_REMINDERS,
    COL_CODE,
) = range(11)

# Columns always as wide as their contents (dates, the state, the code: short and of a fixed
# shape); the others share what room is left (see ``balanced_widths``), their cells' tooltips
# holding the whole text when it is cut. Who the row is and how it was sent are cut last.
FIXED_COLUMNS = frozenset({COL_STATE, COL_DUE, COL_ACK_AT, COL_CODE})
CUT_LAST = (COL_RECIPIENT, COL_SENT)
MIN_COLUMN_WIDTH = 60  # pixels


def _cut_to_fit(widths: list[int], columns: list[int], room: int, minimum: Sequence[int]) -> None:
    """Water-filling: cut the widest of ``columns`` to one common width so that together
    they take at most ``room`` pixels (the narrow ones stay whole; none below its
    ``minimum`` or its own width, so they may still take more)."""
    left = room
    remaining = sorted(columns, key=lambda column: widths[column])
    while remaining:
        cap = left // len(remaining)
        if widths[remaining[0]] <= cap:  # narrow enough: whole
            left -= widths[remaining.pop(0)]
            continue
        floored = [c for c in remaining if min(widths[c], minimum[c]) > cap]
        if not floored:
            break
        for column in floored:  # cannot be cut that far: at their minimum
            widths[column] = min(widths[column], minimum[column])
            left -= widths[column]
            remaining.remove(column)
    for column in remaining:
        widths[column] = left // len(remaining)


def balanced_widths(
    wanted: Sequence[int],
    fixed: Iterable[int],
    available: int,
    *,
    cut_last: Iterable[int] = (),
    minimum: int | Sequence[int] = MIN_COLUMN_WIDTH,
) -> list[int]:
    """Column widths (pixels) filling ``available`` pixels. The ``fixed`` columns (indexes)
    get what they ``wanted``. When the others want less than is left, they share the extra
    in proportion to what they want. When they want more, the widest of them are cut to one
    common width (the narrow ones stay whole; none below ``minimum``, one for all or one per
    column, or what it wants), the ``cut_last`` columns only when the others are down to
    their minimum."""
    fixed = set(fixed)
    widths = list(wanted)
    flexible = [column for column in range(len(widths)) if column not in fixed]
    if not flexible:
        return widths
    room = available - sum(widths[column] for column in fixed)
    asked = sum(widths[column] for column in flexible)
    if asked <= room:
        extra = room - asked
        shares = [extra * widths[column] // max(1, asked) for column in flexible]
        for column, share in zip(flexible, shares, strict=True):
            widths[column] += share
        widths[flexible[0]] += extra - sum(shares)  # the rounding
        return widths
    floors = [minimum] * len(widths) if isinstance(minimum, int) else list(minimum)
    last = [column for column in flexible if column in set(cut_last)]
    first = [column for column in flexible if column not in last]
    _cut_to_fit(widths, first, room - sum(widths[column] for column in last), floors)
    _cut_to_fit(widths, last, room - sum(widths[column] for column in first), floors)
    return widths


# State colours: (text, background).
STATE_COLOURS = {
    AckState.PENDING: ("#37474f", "#eceff1"),
    AckState.OVERDUE: ("#b00020", "#fdecea"),
    AckState.RETURNED: ("#a14400", "#fff0e0"),
    AckState.ACKNOWLEDGED: ("#1b5e20", "#e8f5e9"),
    AckState.ACKNOWLEDGED_LATE: ("#6d5d00", "#fff8d0"),
}


def _label(enum_type: Any, value: str, language: str) -> str:
    """A stored enum value's label (the value itself when it is not one of them)."""
    try:
        return str(enum_type(value).label(language))
    except ValueError:
        return value


class WhenEdit(QWidget):
    """A date and time typed the way clerks write them ("6/3/69 16:57", "๖ มี.ค. ๒๕๖๙
    ๑๖.๕๗ น.", "วันนี้ 9:30"), with the moment it understood spelt out in Buddhist-era Thai
    below, or why it cannot be read. ``value()`` is None while it cannot."""

    def __init__(
        self,
        today: Callable[[], dt.datetime],
        *,
        digits: Digits = "thai",
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = today
        self._digits = digits
        self._language = language
        self._value: dt.datetime | None = None
        self._error = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_t("LetterTrackingDialog", "เช่น 6/3/69 16:57"))
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._reparse)
        self.set_now()

    def value(self) -> dt.datetime | None:
        return self._value

    def error(self) -> str:
        return self._error

    def set_now(self) -> None:
        self.set_value(self._now().replace(second=0, microsecond=0))

    def set_value(self, value: dt.datetime) -> None:
        d = self._digits
        self.edit.setText(f"{format_date_numeric(value.date(), d)} {format_time(value, d)}")

    def _reparse(self, text: str) -> None:
        self._error = ""
        try:
            self._value = parse_datetime(text, today=self._now().date())
        except InvalidDate as error:
            self._value = None
            self._error = error.message(self._language)
            self.preview.setText(self._error)
            self.preview.setStyleSheet("color: #b00020;")
        else:
            when = _t("LetterTrackingDialog", "{date} เวลา {time}")
            self.preview.setText(
                when.replace(
                    "{date}", format_date_long(self._value.date(), self._digits, self._language)
                ).replace("{time}", format_time_prose(self._value, self._digits))
            )
            self.preview.setStyleSheet("color: #1b5e20;")


class LetterTrackingDialog(QDialog):
    """``loaded`` carries the ``LetterTracking`` each time the letter was (re)read;
    ``action_done`` the status text after each action ended, well or not (tests wait on it)."""

    loaded = Signal(object)  # LetterTracking
    action_done = Signal(str)

    def __init__(
        self,
        ops: Operations,
        letter_id: int,
        parent: QWidget | None = None,
        *,
        digits: Digits = "thai",
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.letter_id = letter_id
        self.digits: Digits = digits
        self.language = ops.language
        self.tracking: LetterTracking | None = None
        self._checked: set[int] = set()
        self._generation = 0
        self._confirm_action: Callable[[], None] | None = None
        self._last_file: Path | None = None
        self.setObjectName("LetterTrackingDialog")
        self.setWindowTitle(_t("LetterTrackingDialog", "ติดตามการตอบรับ"))
        # Last time's size on this workstation, or INITIAL_SIZE; never beyond the screen.
        remember_window(self, ops.paths.config_dir, "LetterTrackingDialog", INITIAL_SIZE)
        self._build()
        self._wire()
        for button in self.findChildren(QPushButton):
            # Enter in a field saves that field's form (returnPressed), never a button as well.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes an open form or question first, the dialog only after."""
        if event.key() == Qt.Key.Key_Escape and self.panel.isVisible():
            self.close_panel()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("trackingHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLabel(self)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setObjectName("trackingSummary")

        self.tick_all = QPushButton(_t("LetterTrackingDialog", "เลือกทั้งหมด"), self)
        self.tick_pending = QPushButton(_t("LetterTrackingDialog", "เลือกที่ยังไม่ตอบรับ"), self)
        self.tick_none = QPushButton(_t("LetterTrackingDialog", "ไม่เลือก"), self)
        self.ticked_label = QLabel(self)
        ticks = QHBoxLayout()
        ticks.addWidget(self.summary, 1)
        ticks.addWidget(self.ticked_label)
        for button in (self.tick_all, self.tick_pending, self.tick_none):
            ticks.addWidget(button)

        headers = {
            COL_RECIPIENT: _t("LetterTrackingDialog", "ผู้รับ"),
            COL_STATE: _t("LetterTrackingDialog", "สถานะ"),
            COL_DUE: _t("LetterTrackingDialog", "กำหนด"),
            COL_SENT: _t("LetterTrackingDialog", "ส่งเมื่อ/วิธีส่ง"),
            COL_ACK_AT: _t("LetterTrackingDialog", "ตอบรับเมื่อ"),
            COL_ACK_BY: _t("LetterTrackingDialog", "ผู้รับทราบ"),
            COL_CHANNEL: _t("LetterTrackingDialog", "ช่องทาง"),
            COL_THEIR: _t("LetterTrackingDialog", "เลขรับ/วันที่ของผู้รับ"),
            COL_RETURNED: _t("LetterTrackingDialog", "เหตุที่ตีกลับ"),
            COL_REMINDERS: _t("LetterTrackingDialog", "เตือน (ครั้ง)"),
            COL_CODE: _t("LetterTrackingDialog", "รหัสตอบรับ"),
        }
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("trackingTable")
        self.table.setHorizontalHeaderLabels([headers[c] for c in sorted(headers)])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)  # the code column is as wide as a code
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.table.viewport().installEventFilter(self)  # the columns share a new width

        self.panel = QStackedWidget(self)
        self.panel.setObjectName("trackingPanel")
        self.panel.addWidget(QWidget(self.panel))  # nothing open
        self._build_ack_form()
        self._build_all_form()
        self._build_sheet_form()
        self._build_return_form()
        self._build_confirm_bar()
        self.panel.setVisible(False)

        self.status = QLabel(self)
        self.status.setObjectName("trackingStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ack_button = QPushButton(_t("LetterTrackingDialog", "บันทึกการตอบรับ…"), self)
        self.all_button = QPushButton(
            _t("LetterTrackingDialog", "ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์…"), self
        )
        self.sheet_button = QPushButton(_t("LetterTrackingDialog", "บันทึกใบส่งที่ลงนามแล้ว…"), self)
        self.return_button = QPushButton(_t("LetterTrackingDialog", "บันทึกตีกลับ…"), self)
        self.undo_button = QPushButton(_t("LetterTrackingDialog", "ยกเลิกการบันทึก…"), self)
        self.remind_button = QPushButton(_t("LetterTrackingDialog", "ส่งหนังสือเตือน…"), self)
        self.copies_button = QPushButton(_t("LetterTrackingDialog", "พิมพ์สำเนาถึงผู้รับ…"), self)
        self.sheet_print_button = QPushButton(_t("LetterTrackingDialog", "ใบส่งหนังสือ…"), self)
        self.open_file_button = QPushButton(_t("LetterTrackingDialog", "เปิดแฟ้ม"), self)
        self.open_file_button.setVisible(False)
        self.close_button = QPushButton(_t("LetterTrackingDialog", "ปิด"), self)
        self.close_button.setAutoDefault(False)
        recording = QHBoxLayout()
        for button in (
            self.ack_button,
            self.all_button,
            self.sheet_button,
            self.return_button,
            self.undo_button,
        ):
            button.setAutoDefault(False)
            recording.addWidget(button)
        recording.addStretch(1)
        papers = QHBoxLayout()
        for button in (
            self.remind_button,
            self.copies_button,
            self.sheet_print_button,
            self.open_file_button,
        ):
            button.setAutoDefault(False)
            papers.addWidget(button)
        papers.addStretch(1)
        papers.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subject)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.status)
        layout.addLayout(recording)
        layout.addLayout(papers)

    def _frame(self) -> tuple[QFrame, QGridLayout]:
        frame = QFrame(self.panel)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: #f5f8fc; }")
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        self.panel.addWidget(frame)
        return frame, grid

    def _when(self, parent: QWidget) -> WhenEdit:
        return WhenEdit(self.ops.clock, digits=self.digits, language=self.language, parent=parent)

    def _build_ack_form(self) -> None:
        frame, grid = self._frame()
        self.ack_form = frame
        self.ack_title = QLabel(frame)
        self.ack_title.setStyleSheet("font-weight: bold;")
        self.ack_when = self._when(frame)
        self.ack_by = QLineEdit(frame)
        self.ack_by.setPlaceholderText(_t("LetterTrackingDialog", "ชื่อผู้รับทราบของหน่วยงานผู้รับ"))
        self.ack_channel = QComboBox(frame)
        for channel in AckChannel:
            self.ack_channel.addItem(channel.label(self.language), channel.value)
        self.ack_channel.setCurrentIndex(self.ack_channel.findData(AckChannel.PHONE.value))
        self.ack_their_no = QLineEdit(frame)
        self.ack_their_date = ThaiDateEdit(
            frame, digits=self.digits, language=self.language, today=self.ops.clock().date()
        )
        self.ack_note = QLineEdit(frame)
        self.ack_save = QPushButton(_t("LetterTrackingDialog", "บันทึก"), frame)
        self.ack_save.setObjectName("saveAck")
        cancel = QPushButton(_t("LetterTrackingDialog", "ยกเลิก"), frame)
        cancel.clicked.connect(self.close_panel)
        grid.addWidget(self.ack_title, 0, 0, 1, 6)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "วันเวลาที่ตอบรับ"), frame), 1, 0)
        grid.addWidget(self.ack_when, 1, 1)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "ผู้รับทราบ"), frame), 1, 2)
        grid.addWidget(self.ack_by, 1, 3)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "ช่องทาง"), frame), 1, 4)
        grid.addWidget(self.ack_channel, 1, 5)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "เลขรับของผู้รับ"), frame), 2, 0)
        grid.addWidget(self.ack_their_no, 2, 1)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "วันที่รับของผู้รับ"), frame), 2, 2)
        grid.addWidget(self.ack_their_date, 2, 3)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "หมายเหตุ"), frame), 2, 4)
        grid.addWidget(self.ack_note, 2, 5)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ack_save)
        buttons.addWidget(cancel)
        grid.addLayout(buttons, 3, 0, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        for widget in (self.ack_by, self.ack_their_no, self.ack_note):
            widget.returnPressed.connect(self.save_acknowledgement)
        self.ack_when.edit.returnPressed.connect(self.save_acknowledgement)
        self.ack_save.clicked.connect(self.save_acknowledgement)

    def _build_all_form(self) -> None:
        frame, grid = self._frame()
        self.all_form = frame
        self.all_when = self._when(frame)
        self.all_save = QPushButton(frame)
        self.all_save.setObjectName("saveAll")
        cancel = QPushButton(_t("LetterTrackingDialog", "ยกเลิก"), frame)
        cancel.clicked.connect(self.close_panel)
        self.all_count = QLabel(frame)
        grid.addWidget(self.all_count, 0, 0, 1, 4)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "วันเวลาที่ตอบรับ"), frame), 1, 0)
        grid.addWidget(self.all_when, 1, 1)
        grid.addWidget(self.all_save, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cancel, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.all_when.edit.textChanged.connect(self._update_all_button)
        self.all_when.edit.returnPressed.connect(self.save_all_esaraban)
        self.all_save.clicked.connect(self.save_all_esaraban)

    def _build_sheet_form(self) -> None:
        frame, grid = self._frame()
        self.sheet_form = frame
        self.sheet_count = QLabel(frame)
        self.sheet_count.setWordWrap(True)
        self.sheet_when = self._when(frame)
        self.sheet_save = QPushButton(_t("LetterTrackingDialog", "บันทึกว่าผู้รับที่เลือกลงนามรับแล้ว"), frame)
        self.sheet_save.setObjectName("saveSheet")
        cancel = QPushButton(_t("LetterTrackingDialog", "ยกเลิก"), frame)
        cancel.clicked.connect(self.close_panel)
        grid.addWidget(self.sheet_count, 0, 0, 1, 4)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "วันเวลาที่ลงนามรับ"), frame), 1, 0)
        grid.addWidget(self.sheet_when, 1, 1)
        grid.addWidget(self.sheet_save, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cancel, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.sheet_when.edit.returnPressed.connect(self.save_signed_sheet)
        self.sheet_save.clicked.connect(self.save_signed_sheet)

    def _build_return_form(self) -> None:
        frame, grid = self._frame()
        self.return_form = frame
        self.return_count = QLabel(frame)
        self.return_reason = QLineEdit(frame)
        self.return_reason.setObjectName("returnReason")
        self.return_reason.setPlaceholderText(
            _t("LetterTrackingDialog", "เช่น ไม่มีผู้รับ ที่อยู่ไม่ถูกต้อง อีเมลตีกลับ")
        )
        self.return_save = QPushButton(_t("LetterTrackingDialog", "บันทึกตีกลับ"), frame)
        self.return_save.setObjectName("saveReturned")
        cancel = QPushButton(_t("LetterTrackingDialog", "ยกเลิก"), frame)
        cancel.clicked.connect(self.close_panel)
        grid.addWidget(self.return_count, 0, 0, 1, 4)
        grid.addWidget(QLabel(_t("LetterTrackingDialog", "เหตุที่ตีกลับ (ต้องระบุ)"), frame), 1, 0)
        grid.addWidget(self.return_reason, 1, 1)
        grid.addWidget(self.return_save, 1, 2)
        grid.addWidget(cancel, 1, 3)
        grid.setColumnStretch(1, 1)
        self.return_reason.returnPressed.connect(self.save_returned)
        self.return_save.clicked.connect(self.save_returned)

    def _build_confirm_bar(self) -> None:
        frame, grid = self._frame()
        frame.setStyleSheet("QFrame { background: #fff3cd; }")
        self.confirm_bar = frame
        self.confirm_text = QLabel(frame)
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = QPushButton(frame)
        self.confirm_yes.setObjectName("confirmYes")
        self.confirm_no = QPushButton(_t("LetterTrackingDialog", "ไม่ใช่"), frame)
        grid.addWidget(self.confirm_text, 0, 0)
        grid.addWidget(self.confirm_yes, 0, 1)
        grid.addWidget(self.confirm_no, 0, 2)
        grid.setColumnStretch(0, 1)
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self.close_panel)

    def _wire(self) -> None:
        self.ops.changed.connect(self._changed)
        self.table.itemChanged.connect(self._item_changed)
        self.tick_all.clicked.connect(lambda: self.set_ticked(self._row_ids()))
        self.tick_pending.clicked.connect(lambda: self.set_ticked(self._pending_ids()))
        self.tick_none.clicked.connect(lambda: self.set_ticked([]))
        self.ack_button.clicked.connect(self.open_ack_form)
        self.all_button.clicked.connect(self.open_all_form)
        self.sheet_button.clicked.connect(self.open_sheet_form)
        self.return_button.clicked.connect(self.open_return_form)
        self.undo_button.clicked.connect(self.confirm_undo)
        self.remind_button.clicked.connect(self.confirm_remind)
        self.copies_button.clicked.connect(self.choose_copies_file)
        self.sheet_print_button.clicked.connect(self.choose_sheet_file)
        self.open_file_button.clicked.connect(self.open_last_file)
        self.close_button.clicked.connect(self.close)

    # -- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ops.acks.tracking(self.letter_id).success(
            lambda tracking: self._show(tracking, generation)
        ).failure(self.show_failure).run(self)

    def _changed(self, area: str) -> None:
        if area in (ACKS, OUTGOING):
            self.reload()

    def _show(self, tracking: LetterTracking, generation: int) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.tracking = tracking
        d = self.digits
        today = self.ops.clock().date()
        heading = _t("LetterTrackingDialog", "หนังสือที่ {doc_no} ลงวันที่ {date}")
        heading = heading.replace("{doc_no}", apply_digits(tracking.doc_no, d)).replace(
            "{date}", format_date_short(tracking.letter_date, d, self.language)
        )
        if tracking.urgency is not Urgency.NORMAL:
            heading += f"  ({tracking.urgency.label(self.language)})"
        self.heading.setText(heading)
        self.setWindowTitle(
            _t("LetterTrackingDialog", "ติดตามการตอบรับ หนังสือที่ {doc_no}").replace(
                "{doc_no}", apply_digits(tracking.doc_no, d)
            )
        )
        subject = _t("LetterTrackingDialog", "เรื่อง {subject}").replace(
            "{subject}", tracking.subject
        )
        links = []
        if tracking.reminder_of is not None:
            links.append(
                _t("LetterTrackingDialog", "เป็นหนังสือเตือนของหนังสือที่ {doc_no}").replace(
                    "{doc_no}", apply_digits(tracking.reminder_of[1], d)
                )
            )
        if tracking.reminders:
            links.append(
                _t("LetterTrackingDialog", "ส่งหนังสือเตือนแล้ว: {numbers}").replace(
                    "{numbers}", ", ".join(apply_digits(no, d) for _id, no in tracking.reminders)
                )
            )
        if tracking.cancelled:
            links.append(_t("LetterTrackingDialog", "หนังสือฉบับนี้ถูกยกเลิกเลขที่แล้ว บันทึกการตอบรับไม่ได้"))
        self.subject.setText("\n".join([subject, *links]))

        states = [row.state(today) for row in tracking.rows]
        count = {state: states.count(state) for state in AckState}
        acknowledged = count[AckState.ACKNOWLEDGED] + count[AckState.ACKNOWLEDGED_LATE]
        summary = _t(
            "LetterTrackingDialog",
            "ตอบรับแล้ว {acknowledged} จาก {total} ราย · รอตอบรับ {pending} · "
            "เกินกำหนด {overdue} · ตีกลับ {returned}",
        )
        # Counted as the dashboard counts (domain/acks.py): pending = not acknowledged,
        # overdue and returned ones included; overdue = pending past its due date.
        pending = [row for row in tracking.rows if row.acknowledged_at is None]
        overdue = [row for row in pending if row.due_date is not None and row.due_date < today]
        for key, value in (
            ("{acknowledged}", acknowledged),
            ("{total}", len(states)),
            ("{pending}", len(pending)),
            ("{overdue}", len(overdue)),
            ("{returned}", count[AckState.RETURNED]),
        ):
            summary = summary.replace(key, apply_digits(str(value), d))
        self.summary.setText(summary)

        present = {row.id for row in tracking.rows}
        self._checked &= present
        self.table.blockSignals(True)
        self.table.setRowCount(len(tracking.rows))
        for number, (row, state) in enumerate(zip(tracking.rows, states, strict=True)):
            self._fill_row(number, row, state)
        self.table.blockSignals(False)
        self._fit_columns()
        self._update_enabled()
        self.loaded.emit(tracking)

    def _fill_row(self, number: int, row: TrackingRow, state: AckState) -> None:
        d, lang = self.digits, self.language
        sent = ""
        if row.sent_at is not None:
            sent = format_date_short(row.sent_at.date(), d, lang)  # the time is in the tooltip
        if row.sent_via:
            via = _label(SentVia, row.sent_via, lang)
            sent = f"{sent} · {via}" if sent else via
        their = row.their_receive_no
        if row.their_receive_date is not None:
            date = format_date_short(row.their_receive_date, d, lang)
            their = f"{their} · {date}" if their else date
        reminders = ""
        if row.reminded_count:
            reminders = str(row.reminded_count)
            if row.last_reminder_no:
                reminders += f" · {row.last_reminder_no}"
            reminders = apply_digits(reminders, d)
        values = {
            COL_RECIPIENT: row.name,
            COL_SENT: sent,
            COL_DUE: format_date_short(row.due_date, d, lang) if row.due_date else "",
            COL_STATE: state.label(lang),
            COL_ACK_AT: format_datetime_short(row.acknowledged_at, d)
            if row.acknowledged_at
            else "",
            COL_ACK_BY: row.acknowledged_by,
            COL_CHANNEL: _label(AckChannel, row.channel, lang) if row.channel else "",
            COL_THEIR: apply_digits(their, d),
            COL_RETURNED: row.returned_reason,
            COL_REMINDERS: reminders,
            COL_CODE: format_code(row.ack_code) if row.ack_code else "",
        }
        tip = self._tooltip(row)
        for column, value in values.items():
            item = QTableWidgetItem(value)
            item.setData(ROW_ROLE, row.id)
            item.setToolTip(f"{value}\n\n{tip}" if value and column != COL_RECIPIENT else tip)
            if column == COL_RECIPIENT:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if row.id in self._checked else Qt.CheckState.Unchecked
                )
            elif column == COL_STATE:
                colour, background = STATE_COLOURS[state]
                item.setForeground(QBrush(QColor(colour)))
                item.setBackground(QBrush(QColor(background)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif column == COL_CODE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(number, column, item)

    def _tooltip(self, row: TrackingRow) -> str:
        lines = [row.name]
        if row.sent_at is not None:
            lines.append(
                _t("LetterTrackingDialog", "ส่งเมื่อ {date}").replace(
                    "{date}", format_datetime_short(row.sent_at, self.digits)
                )
            )
        if row.code:
            lines.append(
                _t("LetterTrackingDialog", "รหัสหน่วยงาน {code}").replace("{code}", row.code)
            )
        if row.note:
            lines.append(_t("LetterTrackingDialog", "หมายเหตุ: {note}").replace("{note}", row.note))
        if row.recorded_by:
            lines.append(
                _t("LetterTrackingDialog", "บันทึกโดย {user}").replace("{user}", row.recorded_by)
            )
        if row.returned_at is not None:
            lines.append(
                _t("LetterTrackingDialog", "ตีกลับเมื่อ {date}").replace(
                    "{date}", format_datetime_short(row.returned_at, self.digits)
                )
            )
        return "\n".join(lines)

    def _fit_columns(self) -> None:
        """Every column as wide as its contents when the table has room; otherwise the
        dates, states and codes stay whole, the recipient and how it was sent are cut last,
        the widest other texts are cut alike but never below their heading (a cell's
        tooltip has it all). Done again when the table is resized."""
        table = self.table
        header = table.horizontalHeader()
        headings = [
            max(MIN_COLUMN_WIDTH, header.sectionSizeHint(column))
            for column in range(table.columnCount())
        ]
        wanted = [
            max(table.sizeHintForColumn(column), headings[column])
            for column in range(table.columnCount())
        ]
        widths = balanced_widths(
            wanted,
            FIXED_COLUMNS,
            table.viewport().width(),
            cut_last=CUT_LAST,
            minimum=headings,
        )
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QResizeEvent)
            and watched is self.table.viewport()
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    # -- ticks ------------------------------------------------------------------------------
    def _rows(self) -> tuple[TrackingRow, ...]:
        return self.tracking.rows if self.tracking else ()

    def _row_ids(self) -> list[int]:
        return [row.id for row in self._rows()]

    def _pending_ids(self) -> list[int]:
        return [row.id for row in self._rows() if row.acknowledged_at is None]

    def ticked(self) -> list[TrackingRow]:
        """The ticked recipients' rows, in the letter's order."""
        return [row for row in self._rows() if row.id in self._checked]

    def set_ticked(self, row_ids: Sequence[int]) -> None:
        self._checked = set(row_ids) & set(self._row_ids())
        self.table.blockSignals(True)
        for number in range(self.table.rowCount()):
            item = self.table.item(number, COL_RECIPIENT)
            if item is not None:
                checked = int(item.data(ROW_ROLE)) in self._checked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update_enabled()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != COL_RECIPIENT:
            return
        row_id = int(item.data(ROW_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(row_id)
        else:
            self._checked.discard(row_id)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ticked = self.ticked()
        d = self.digits
        self.ticked_label.setText(
            _t("LetterTrackingDialog", "เลือก {count} ราย").replace(
                "{count}", apply_digits(str(len(ticked)), d)
            )
            if ticked
            else ""
        )
        usable = self.tracking is not None and not self.tracking.cancelled
        pending = bool(self._pending_ids())
        ticked_pending = any(row.acknowledged_at is None for row in ticked)
        ticked_done = any(
            row.acknowledged_at is not None or row.returned_at is not None for row in ticked
        )
        self.ack_button.setEnabled(usable and ticked_pending)
        self.all_button.setEnabled(usable and pending)
        self.sheet_button.setEnabled(usable and pending)
        self.return_button.setEnabled(usable and ticked_pending)
        self.undo_button.setEnabled(usable and ticked_done)
        self.remind_button.setEnabled(usable and pending)
        self.copies_button.setEnabled(self.tracking is not None)
        self.sheet_print_button.setEnabled(self.tracking is not None)
        if self.panel.currentWidget() is self.sheet_form:
            self._update_sheet_count()

    # -- the panel ----------------------------------------------------------------------------
    def close_panel(self) -> None:
        self._confirm_action = None
        self.panel.setCurrentIndex(0)
        self.panel.setVisible(False)

    def _open_panel(self, frame: QWidget, focus: QWidget) -> None:
        self.panel.setCurrentWidget(frame)
        self.panel.setVisible(True)
        focus.setFocus()

    def _names(self, rows: Sequence[TrackingRow], limit: int = 4) -> str:
        names = [row.name for row in rows[:limit]]
        if len(rows) > limit:
            names.append(
                _t("LetterTrackingDialog", "และอีก {count} ราย").replace(
                    "{count}", apply_digits(str(len(rows) - limit), self.digits)
                )
            )
        return ", ".join(names)

    def open_ack_form(self) -> None:
        rows = [row for row in self.ticked() if row.acknowledged_at is None]
        if not rows:
            self.say(_t("LetterTrackingDialog", "เลือกผู้รับที่ยังไม่ตอบรับก่อน"), "warn")
            return
        self.ack_title.setText(
            _t("LetterTrackingDialog", "บันทึกการตอบรับของ {count} ราย: {names}")
            .replace("{count}", apply_digits(str(len(rows)), self.digits))
            .replace("{names}", self._names(rows))
        )
        self.ack_when.set_now()
        self._open_panel(self.ack_form, self.ack_when)

    def open_all_form(self) -> None:
        count = len(self._pending_ids())
        self.all_count.setText(
            _t(
                "LetterTrackingDialog",
                "ผู้รับที่ยังไม่ตอบรับทั้ง {count} ราย ตอบรับผ่านระบบสารบรรณอิเล็กทรอนิกส์ของผู้รับ",
            ).replace("{count}", apply_digits(str(count), self.digits))
        )
        self.all_when.set_now()
        self._update_all_button()
        self._open_panel(self.all_form, self.all_when)

    def _update_all_button(self) -> None:
        when = self.all_when.value()
        date = format_date_short(when.date(), self.digits, self.language) if when else "…"
        self.all_save.setText(
            _t("LetterTrackingDialog", "ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์ วันที่ {date}").replace(
                "{date}", date
            )
        )

    def open_sheet_form(self) -> None:
        if not any(row.acknowledged_at is None for row in self.ticked()):
            self.set_ticked(self._pending_ids())  # by default everyone still pending signed
        self.sheet_when.set_now()
        self._update_sheet_count()
        self._open_panel(self.sheet_form, self.sheet_when)

    def _update_sheet_count(self) -> None:
        rows = [row for row in self.ticked() if row.acknowledged_at is None]
        self.sheet_count.setText(
            _t(
                "LetterTrackingDialog",
                "ติ๊กผู้รับที่ลงนามรับในใบส่งหนังสือ (เลือกไว้ {count} ราย ยกเลิกการเลือกผู้ที่ไม่ได้ลงนาม)",
            ).replace("{count}", apply_digits(str(len(rows)), self.digits))
        )

    def open_return_form(self) -> None:
        rows = [row for row in self.ticked() if row.acknowledged_at is None]
        if not rows:
            self.say(_t("LetterTrackingDialog", "เลือกผู้รับที่ยังไม่ตอบรับก่อน"), "warn")
            return
        self.return_count.setText(
            _t("LetterTrackingDialog", "หนังสือถึง {names} ถูกส่งคืน (ตีกลับ)").replace(
                "{names}", self._names(rows)
            )
        )
        self._open_panel(self.return_form, self.return_reason)

    def _ask(self, text: str, yes: str, action: Callable[[], None]) -> None:
        self.confirm_text.setText(text)
        self.confirm_yes.setText(yes)
        self._confirm_action = action
        self._open_panel(self.confirm_bar, self.confirm_no)

    def _confirmed(self) -> None:
        action = self._confirm_action
        self.close_panel()
        if action is not None:
            action()

    # -- recording ------------------------------------------------------------------------
    def save_acknowledgement(self) -> None:
        """Record the form's acknowledgement for every ticked recipient still pending."""
        rows = [row.id for row in self.ticked() if row.acknowledged_at is None]
        when = self.ack_when.value()
        if when is None:
            self.say(self.ack_when.error(), "error")
            return
        if not self.ack_their_date.is_empty() and self.ack_their_date.date() is None:
            self.say(self.ack_their_date.error(), "error")
            return
        ack = Acknowledgement(
            at=when,
            channel=AckChannel(self.ack_channel.currentData()),
            by=self.ack_by.text(),
            their_receive_no=self.ack_their_no.text(),
            their_receive_date=self.ack_their_date.date(),
            note=self.ack_note.text(),
        )
        self._record(self.ops.acks.acknowledge(rows, ack), self._clear_ack_form)

    def _clear_ack_form(self) -> None:
        for edit in (self.ack_by, self.ack_their_no, self.ack_note):
            edit.clear()
        self.ack_their_date.clear()

    def save_all_esaraban(self) -> None:
        """Every pending recipient acknowledged through their e-saraban on the chosen date."""
        when = self.all_when.value()
        if when is None:
            self.say(self.all_when.error(), "error")
            return
        self._record(
            self.ops.acks.acknowledge_all(
                self.letter_id, Acknowledgement(at=when, channel=AckChannel.ESARABAN)
            )
        )

    def save_signed_sheet(self) -> None:
        """The ticked pending recipients signed the delivery sheet at the chosen time."""
        rows = [row.id for row in self.ticked() if row.acknowledged_at is None]
        when = self.sheet_when.value()
        if when is None:
            self.say(self.sheet_when.error(), "error")
            return
        self._record(
            self.ops.acks.acknowledge(
                rows, Acknowledgement(at=when, channel=AckChannel.DELIVERY_SHEET)
            )
        )

    def _record(self, op: Any, after: Callable[[], None] | None = None) -> None:
        def recorded(result: BulkResult) -> None:
            text = _t("LetterTrackingDialog", "บันทึกการตอบรับแล้ว {count} ราย").replace(
                "{count}", apply_digits(str(len(result.recorded)), self.digits)
            )
            if result.skipped:
                text += " " + _t("LetterTrackingDialog", "(ข้าม {count} รายที่ตอบรับไว้ก่อนแล้ว)").replace(
                    "{count}", apply_digits(str(len(result.skipped)), self.digits)
                )
            if after is not None:
                after()
            self._finished(text)

        op.success(recorded).failure(self.show_failure).run(self)

    def save_returned(self) -> None:
        """Every ticked recipient still pending: returned, with the reason typed."""
        rows = [row.id for row in self.ticked() if row.acknowledged_at is None]
        reason = self.return_reason.text()
        if not reason.strip():
            self.say(_t("LetterTrackingDialog", "กรุณาระบุเหตุที่ตีกลับ"), "error")
            self.return_reason.setFocus()
            return

        def finished(count: int) -> None:
            self.return_reason.clear()
            self._finished(
                _t("LetterTrackingDialog", "บันทึกตีกลับแล้ว {count} ราย").replace(
                    "{count}", apply_digits(str(count), self.digits)
                )
            )

        self._each(rows, lambda row_id: self.ops.acks.mark_returned(row_id, reason), finished)

    def confirm_undo(self) -> None:
        rows = [
            row
            for row in self.ticked()
            if row.acknowledged_at is not None or row.returned_at is not None
        ]
        if not rows:
            self.say(_t("LetterTrackingDialog", "เลือกผู้รับที่มีการบันทึกตอบรับหรือตีกลับก่อน"), "warn")
            return
        self._ask(
            _t(
                "LetterTrackingDialog",
                "ยกเลิกการบันทึกตอบรับหรือตีกลับของ {names}? ประวัติการแก้ไขยังเก็บไว้ว่าใครยกเลิกเมื่อใด",
            ).replace("{names}", self._names(rows)),
            _t("LetterTrackingDialog", "ยกเลิกการบันทึก"),
            lambda: self.undo([row.id for row in rows]),
        )

    def undo(self, row_ids: Sequence[int]) -> None:
        def finished(count: int) -> None:
            self._finished(
                _t("LetterTrackingDialog", "ยกเลิกการบันทึกแล้ว {count} ราย").replace(
                    "{count}", apply_digits(str(count), self.digits)
                )
            )

        self._each(list(row_ids), self.ops.acks.undo, finished)

    def _each(
        self, row_ids: list[int], make: Callable[[int], Any], finished: Callable[[int], None]
    ) -> None:
        """One write per row, one after another; the first error stops the rest (the rows
        done before it stay done, and the status says how many)."""
        if not row_ids:
            self.say(_t("LetterTrackingDialog", "เลือกผู้รับก่อน"), "warn")
            return
        done: list[int] = []

        def step() -> None:
            if len(done) == len(row_ids):
                finished(len(done))
                return
            row_id = row_ids[len(done)]

            def one_done(_row: object) -> None:
                done.append(row_id)
                step()

            make(row_id).success(one_done).failure(
                lambda error: self.show_failure(error, done=len(done))
            ).run(self)

        step()

    def confirm_remind(self) -> None:
        ticked = [row for row in self.ticked() if row.acknowledged_at is None]
        rows = ticked or [row for row in self._rows() if row.acknowledged_at is None]
        self._ask(
            _t(
                "LetterTrackingDialog",
                "ออกหนังสือเตือน (หนังสือประทับตรา ใช้เลขที่หนังสือส่งถัดไป) ถึง {count} ราย "
                "ที่ยังไม่ตอบรับ: {names}?",
            )
            .replace("{count}", apply_digits(str(len(rows)), self.digits))
            .replace("{names}", self._names(rows)),
            _t("LetterTrackingDialog", "ออกเลขและส่งหนังสือเตือน"),
            lambda: self.remind([row.id for row in ticked]),
        )

    def remind(self, row_ids: Sequence[int] = ()) -> None:
        """A numbered reminder to ``row_ids`` (still pending), or to every pending recipient."""
        if row_ids:
            self.ops.acks.remind_rows(list(row_ids)).success(self._reminded).failure(
                self.show_failure
            ).run(self)
        else:
            self.ops.acks.remind(self.letter_id).success(
                lambda letter: self._reminded([letter])
            ).failure(self.show_failure).run(self)

    def _reminded(self, letters: list[IssuedLetter]) -> None:
        d = self.digits
        parts = []
        for letter in letters:
            text = _t("LetterTrackingDialog", "ออกหนังสือเตือนที่ {doc_no} ถึง {count} ราย แล้ว")
            text = text.replace("{doc_no}", apply_digits(letter.doc_no, d)).replace(
                "{count}", apply_digits(str(len(letter.recipients)), d)
            )
            if not letter.pdf_saved:
                problem = letter.pdf_problem_en if self.language == "en" else letter.pdf_problem_th
                text += " " + _t(
                    "LetterTrackingDialog",
                    "แต่บันทึกแฟ้ม PDF ไม่ได้ ({problem}) เลขที่นี้ออกแล้วและยังใช้อยู่ พิมพ์ใหม่ได้จากทะเบียนหนังสือส่ง",
                ).replace("{problem}", problem)
            parts.append(text)
        saved = [letter.pdf for letter in letters if letter.pdf is not None]
        self._set_last_file(saved[-1] if saved else None)
        self._finished(" ".join(parts), "ok" if len(saved) == len(letters) else "warn")

    # -- printing ---------------------------------------------------------------------------
    def _suggested(self, what: str) -> Path:
        doc_no = self.tracking.doc_no if self.tracking else str(self.letter_id)
        return Path.home() / f"{doc_no.replace('/', '-').replace(' ', '')}-{what}.pdf"

    def _choose(self, title: str, what: str) -> Path | None:
        path = (
            file_dialogs.choose_save_file(
                self, title, self._suggested(what), ["PDF (*.pdf)"], default_suffix="pdf"
            )
            or ""
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def choose_copies_file(self) -> None:
        target = self._choose(_t("LetterTrackingDialog", "บันทึกสำเนาถึงผู้รับเป็น PDF"), "copies")
        if target is not None:
            self.save_copies_to(target)

    def choose_sheet_file(self) -> None:
        target = self._choose(_t("LetterTrackingDialog", "บันทึกใบส่งหนังสือเป็น PDF"), "sheet")
        if target is not None:
            self.save_sheet_to(target)

    def save_copies_to(self, target: Path) -> None:
        """The recipients' copies, each with its acknowledgement code, into ``target``."""
        self.say(_t("LetterTrackingDialog", "กำลังจัดทำสำเนาถึงผู้รับ…"), "info")
        self.ops.acks.recipient_copies(self.letter_id, target).success(
            lambda path: self._saved(
                path, _t("LetterTrackingDialog", "บันทึกสำเนาถึงผู้รับ (พร้อมรหัสตอบรับ) ไว้ที่ {file} แล้ว")
            )
        ).failure(self.show_failure).run(self)

    def save_sheet_to(self, target: Path) -> None:
        """The delivery sheet of the letter's recipients into ``target``."""
        self.say(_t("LetterTrackingDialog", "กำลังจัดทำใบส่งหนังสือ…"), "info")
        self.ops.acks.delivery_sheet(self.letter_id, target).success(
            lambda path: self._saved(
                path, _t("LetterTrackingDialog", "บันทึกใบส่งหนังสือไว้ที่ {file} แล้ว")
            )
        ).failure(self.show_failure).run(self)

    def _saved(self, path: Path, text: str) -> None:
        self._set_last_file(Path(path))
        self._finished(text.replace("{file}", str(path)))

    def _set_last_file(self, path: Path | None) -> None:
        self._last_file = path
        self.open_file_button.setVisible(path is not None)

    def open_last_file(self) -> None:
        if self._last_file is not None:
            file_dialogs.open_file(self, self._last_file)

    # -- messages -----------------------------------------------------------------------------
    def say(self, text: str, tone: str = "info") -> None:
        show_tone(self.status, text, tone)

    def _finished(self, text: str, tone: str = "ok") -> None:
        self.set_ticked([])
        self.close_panel()
        self.say(text, tone)
        self.action_done.emit(text)

    def show_failure(self, error: BaseException, *, done: int = 0) -> None:
        """An operation's failure, inline; a bug also gets the error dialog (it is logged)."""
        if not isinstance(error, SarabanError):
            self.say(_t("LetterTrackingDialog", "เกิดข้อผิดพลาดในโปรแกรม"), "error")
            self.action_done.emit(self.status.text())
            show_error(self, error)
            return
        text = error_text(error)
        if done:
            text += " " + _t("LetterTrackingDialog", "(บันทึกรายก่อนหน้าไปแล้ว {count} ราย)").replace(
                "{count}", apply_digits(str(done), self.digits)
            )
        self.say(text, "error")
        self.action_done.emit(text)
