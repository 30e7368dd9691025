"""Recording acknowledgements by their printed code: one line the clerk types a code into, or
a USB scanner types it (scanners type like a keyboard and end with Enter).

Each Enter sends the code to ``ops.acks.acknowledge_code``; the line clears at once and keeps
the focus, so the next slip can be scanned while the first is still being recorded. Scans are
recorded one after another in the order they were read (two scans of the same slip never race
each other). Beside the line, the newest result: green when recorded, amber when the code had
been recorded before, red when it is not a code or no letter carries it. Below it, the last
``HISTORY`` scans, newest first, so a batch of slips can be checked against the pile.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.ack_codes import format_code, normalise_code
from desktop_app.domain.acks import CodeAcknowledged
from desktop_app.domain.errors import SarabanError
from desktop_app.domain.thai_dates import format_datetime_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_error
from desktop_app.ui.operations import Operations

HISTORY = 5  # scans kept in the list under the field

# Tones of an inline message: (text colour, background).
TONES = {
    "ok": ("#1b5e20", "#e8f5e9"),
    "warn": ("#7a4f00", "#fff3cd"),
    "error": ("#b00020", "#fdecea"),
    "info": ("#37474f", "transparent"),
}


def show_tone(label: QLabel, text: str, tone: str = "info") -> None:
    """Put ``text`` in ``label`` coloured by ``tone`` ("ok", "warn", "error", "info"); the
    tone is kept in the label's ``tone`` property (tests and style sheets read it)."""
    colour, background = TONES[tone]
    label.setText(text)
    label.setProperty("tone", tone)
    label.setStyleSheet(
        f"QLabel {{ color: {colour}; background: {background}; border-radius: 3px; "
        "padding: 2px 6px; }"
        if text
        else ""
    )


@dataclass
class _Scan:
    number: int
    text: str  # what was typed or scanned
    item: QListWidgetItem


class AckScanField(QWidget):
    """``recorded`` carries the ``CodeAcknowledged`` of each scan that found its letter
    (``already`` included); ``refused`` the message of a scan that did not."""

    recorded = Signal(object)  # CodeAcknowledged
    refused = Signal(str)

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.setObjectName("AckScanField")
        self._queue: deque[_Scan] = deque()
        self._running: _Scan | None = None
        self._count = 0

        self.label = QLabel(_t("AckScanField", "สแกน/พิมพ์รหัสตอบรับ"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("ackCode")
        self.edit.setPlaceholderText(_t("AckScanField", "เช่น ACE-739-KMN แล้วกด Enter"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(64)
        self.edit.setMinimumWidth(190)
        self.edit.setMaximumWidth(260)
        self.label.setBuddy(self.edit)
        self.result = QLabel(self)
        self.result.setObjectName("ackScanResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)  # a long subject never widens the window past the screen
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QListWidget(self)
        self.history.setObjectName("ackScanHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setVisible(False)
        self.clear_button = QPushButton(_t("AckScanField", "ล้างรายการ"), self)
        self.clear_button.setVisible(False)

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label)
        line.addWidget(self.edit)
        line.addWidget(self.result, 1)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.history, 1)
        below.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(line)
        layout.addLayout(below)
        self.setFocusProxy(self.edit)

        self.edit.returnPressed.connect(self.submit)
        self.clear_button.clicked.connect(self.clear_history)

    # -- API ------------------------------------------------------------------------------
    def submit(self) -> None:
        """Record the code in the line (Enter does this); the line clears and keeps focus."""
        text = self.edit.text().strip()
        self.edit.clear()
        if not text:
            return
        self._count += 1
        item = QListWidgetItem(self._history_text(text, _t("AckScanField", "กำลังบันทึก…")))
        self.history.insertItem(0, item)
        while self.history.count() > HISTORY:
            self.history.takeItem(self.history.count() - 1)
        self._fit_history()
        self._queue.append(_Scan(self._count, text, item))
        self._next()

    def busy(self) -> bool:
        """Whether scans are still being recorded."""
        return self._running is not None or bool(self._queue)

    def history_texts(self) -> list[str]:
        """The history list's lines, newest first."""
        return [self.history.item(i).text() for i in range(self.history.count())]

    def clear_history(self) -> None:
        self.history.clear()
        self._fit_history()
        show_tone(self.result, "")

    # -- recording one scan at a time ---------------------------------------------------------
    def _next(self) -> None:
        if self._running is not None or not self._queue:
            return
        scan = self._queue.popleft()
        self._running = scan
        self.ops.acks.acknowledge_code(scan.text).success(
            lambda result: self._done(scan, result)
        ).failure(lambda error: self._failed(scan, error)).run(self)

    def _done(self, scan: _Scan, result: CodeAcknowledged) -> None:
        d = self.digits
        row = result.row
        letter = _t("AckScanField", "หนังสือที่ {doc_no} {subject}")
        letter = letter.replace("{doc_no}", apply_digits(result.doc_no, d)).replace(
            "{subject}", result.subject
        )
        if result.already:
            when = format_datetime_short(row.acknowledged_at, d) if row.acknowledged_at else ""
            text = _t("AckScanField", "รหัสนี้บันทึกไว้แล้วเมื่อ {date}").replace("{date}", when)
            text += f" ({row.name} — {letter})"
            tone = "warn"
            short = _t("AckScanField", "บันทึกไว้แล้ว")
        else:
            text = _t("AckScanField", "บันทึกการตอบรับแล้ว: {recipient} — {letter}")
            text = text.replace("{recipient}", row.name).replace("{letter}", letter)
            tone = "ok"
            short = _t("AckScanField", "บันทึกแล้ว")
        self._show(scan, text, f"{short}: {row.name} — {letter}", tone)
        self.recorded.emit(result)
        self._finish()

    def _failed(self, scan: _Scan, error: BaseException) -> None:
        if not isinstance(error, SarabanError):
            self._show(scan, _t("AckScanField", "บันทึกไม่สำเร็จ"), "", "error")
            self._finish()
            show_error(self, error)  # a bug: logged and shown with its details
            return
        message = error_text(error)
        self._show(scan, message, message, "error")
        self.refused.emit(message)
        self._finish()

    def _finish(self) -> None:
        self._running = None
        self._next()

    def _show(self, scan: _Scan, text: str, line: str, tone: str) -> None:
        if scan.number == self._count:  # a later scan's result will replace it anyway
            show_tone(self.result, text, tone)
        if self.history.row(scan.item) >= 0:
            scan.item.setText(self._history_text(scan.text, line or text))
            scan.item.setForeground(QBrush(QColor(TONES[tone][0])))
            scan.item.setToolTip(text)

    def _history_text(self, text: str, outcome: str) -> str:
        canonical = normalise_code(text)
        shown = format_code(canonical) if canonical else text
        now = format_time(self.ops.clock(), self.digits)
        return f"{now}  {shown}  {outcome}"

    def _fit_history(self) -> None:
        count = self.history.count()
        self.history.setVisible(count > 0)
        self.clear_button.setVisible(count > 0)
        if count:
            rows = self.history.sizeHintForRow(0) * count
            self.history.setFixedHeight(rows + 2 * self.history.frameWidth() + 2)
