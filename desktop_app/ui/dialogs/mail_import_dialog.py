"""Acknowledgements that came back by e-mail (นำเข้าการตอบรับจากอีเมล).

The clerk saves the recipients' replies from the mail program (.eml files, or a whole .mbox
folder) and picks them here. ``ops.acks.match_mail`` reads them and matches each to a
recipient of an issued letter: by the acknowledgement code in the subject, body or an
attachment's name, or by the sender's address (the directory's e-mail of a recipient). The
table shows every message with what it matched and how; matches not yet acknowledged come
ticked, messages that match nothing show why and cannot be ticked. บันทึก records the ticked
ones (``ops.acks.record_mail``) and says how many were recorded and skipped.

Nothing is recorded before the clerk confirms. ``load(paths)`` is what the file button calls
after its file dialog (tests call it directly).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.acks import BulkResult, MailMatch
from desktop_app.domain.errors import SarabanError
from desktop_app.domain.thai_dates import format_datetime_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.widgets.ack_scan_field import TONES, show_tone
from desktop_app.ui.window_state import remember_window

INDEX_ROLE = Qt.ItemDataRole.UserRole + 70
INITIAL_SIZE = QSize(1300, 620)  # on a screen with room for it

(
    COL_TICK,
    COL_FILE,
    COL_SENDER,
    COL_SUBJECT,
    COL_DATE,
    COL_LETTER,
    COL_HOW,
    COL_NOTE,
) = range(8)


class MailImportDialog(QDialog):
    """``loaded`` carries the matches shown; ``recorded`` the ``BulkResult`` of บันทึก;
    ``failed`` the message of an operation that failed (also shown in the status line)."""

    loaded = Signal(list)  # list[MailMatch]
    recorded = Signal(object)  # BulkResult
    failed = Signal(str)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, digits: Digits = "thai"
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.matches: list[MailMatch] = []
        self.setObjectName("MailImportDialog")
        self.setWindowTitle(_t("MailImportDialog", "นำเข้าการตอบรับจากอีเมล"))
        # Last time's size on this workstation, or INITIAL_SIZE; never beyond the screen.
        remember_window(self, ops.paths.config_dir, "MailImportDialog", INITIAL_SIZE)

        intro = QLabel(
            _t(
                "MailImportDialog",
                "บันทึกอีเมลตอบรับจากโปรแกรมอีเมลเป็นแฟ้ม .eml (หรือทั้งกล่องเป็น .mbox) แล้วเลือกแฟ้มที่นี่ "
                "โปรแกรมจับคู่กับผู้รับจากรหัสตอบรับในอีเมล หรือจากที่อยู่อีเมลของหน่วยงานในทำเนียบ "
                "ตรวจรายการแล้วกดบันทึก",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(_t("MailImportDialog", "เลือกแฟ้มอีเมล…"), self)
        self.choose_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        headers = [
            _t("MailImportDialog", "บันทึก"),
            _t("MailImportDialog", "แฟ้ม"),
            _t("MailImportDialog", "ผู้ส่ง"),
            _t("MailImportDialog", "เรื่อง"),
            _t("MailImportDialog", "วันที่"),
            _t("MailImportDialog", "หนังสือที่ / ผู้รับ"),
            _t("MailImportDialog", "จับคู่จาก"),
            _t("MailImportDialog", "หมายเหตุ"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("mailTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # a long problem wraps in the note column
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the note: why a message matched nothing

        self.status = QLabel(self)
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.ticked_label = QLabel(self)
        self.record_button = QPushButton(_t("MailImportDialog", "บันทึกการตอบรับที่เลือก"), self)
        self.record_button.setObjectName("recordMail")
        self.record_button.setAutoDefault(False)
        self.record_button.setEnabled(False)
        self.close_button = QPushButton(_t("MailImportDialog", "ปิด"), self)
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.ticked_label)
        bottom.addStretch(1)
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_files)
        self.record_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.close)
        self.table.itemChanged.connect(lambda _item: self._update_ticked())

    # -- reading --------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.choose_open_files(
            self,
            _t("MailImportDialog", "เลือกอีเมลตอบรับ"),
            str(Path.home()),
            [_t("MailImportDialog", "อีเมล (*.eml *.mbox)")],
        )
        if paths:
            self.load([Path(path) for path in paths])

    def load(self, paths: Sequence[Path]) -> None:
        """Read and match these .eml / .mbox files (nothing is recorded yet)."""
        show_tone(self.status, _t("MailImportDialog", "กำลังอ่านอีเมล…"), "info")
        self.record_button.setEnabled(False)
        self.ops.acks.match_mail(list(paths)).success(self._show).failure(self._failed).run(self)

    def _show(self, matches: list[MailMatch]) -> None:
        self.matches = list(matches)
        d = self.digits
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.matches))
        for number, match in enumerate(self.matches):
            letter = ""
            if match.row is not None:
                letter = f"{apply_digits(match.doc_no, d)} — {match.row.name}"
            how = {
                "code": _t("MailImportDialog", "รหัส"),
                "sender": _t("MailImportDialog", "ที่อยู่ผู้ส่ง"),
            }.get(match.how, "")
            if match.row is None:
                note, tone = match.problem or _t("MailImportDialog", "ไม่พบผู้รับที่ตรงกัน"), "error"
            elif match.already:
                note, tone = _t("MailImportDialog", "ตอบรับไว้แล้ว"), "warn"
            else:
                note, tone = "", "info"
            values = {
                COL_TICK: "",
                COL_FILE: Path(match.source).name,
                COL_SENDER: match.sender,
                COL_SUBJECT: match.subject,
                COL_DATE: format_datetime_short(match.date, d) if match.date else "",
                COL_LETTER: letter,
                COL_HOW: how,
                COL_NOTE: note,
            }
            for column, value in values.items():
                item = QTableWidgetItem(value)
                item.setData(INDEX_ROLE, number)
                item.setToolTip(
                    "\n".join(filter(None, [match.source, match.sender, match.subject, note]))
                )
                if column == COL_TICK:
                    usable = match.row is not None and not match.already
                    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                    if usable:
                        flags |= Qt.ItemFlag.ItemIsEnabled
                    item.setFlags(flags)
                    item.setCheckState(Qt.CheckState.Checked if usable else Qt.CheckState.Unchecked)
                elif column == COL_NOTE and note:
                    item.setForeground(QBrush(QColor(TONES[tone][0])))
                self.table.setItem(number, column, item)
        self.table.blockSignals(False)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            limit = 280 if column in (COL_SUBJECT, COL_LETTER) else 220
            header.resizeSection(column, min(header.sectionSize(column), limit))
        rows = self.table.verticalHeader()
        for number in range(self.table.rowCount()):  # taller only where a note wraps
            rows.resizeSection(
                number, max(rows.defaultSectionSize(), self.table.sizeHintForRow(number))
            )
        found = sum(1 for match in self.matches if match.row is not None)
        text = _t("MailImportDialog", "อ่านอีเมล {count} ฉบับ จับคู่ได้ {found} ฉบับ").replace(
            "{count}", apply_digits(str(len(self.matches)), d)
        )
        show_tone(
            self.status,
            text.replace("{found}", apply_digits(str(found), d)),
            "ok" if found == len(self.matches) else "warn",
        )
        self._update_ticked()
        self.loaded.emit(self.matches)

    def ticked(self) -> list[MailMatch]:
        """The matches ticked for recording, in the table's order."""
        chosen = []
        for number in range(self.table.rowCount()):
            item = self.table.item(number, COL_TICK)
            if (
                item is not None
                and item.flags() & Qt.ItemFlag.ItemIsEnabled
                and item.checkState() == Qt.CheckState.Checked
            ):
                chosen.append(self.matches[int(item.data(INDEX_ROLE))])
        return chosen

    def set_ticked(self, number: int, ticked: bool) -> None:
        item = self.table.item(number, COL_TICK)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _update_ticked(self) -> None:
        count = len(self.ticked())
        self.ticked_label.setText(
            _t("MailImportDialog", "เลือกไว้ {count} รายการ").replace(
                "{count}", apply_digits(str(count), self.digits)
            )
        )
        self.record_button.setEnabled(count > 0)

    # -- recording ------------------------------------------------------------------------
    def record(self) -> None:
        """Record the ticked matches as acknowledged by e-mail."""
        chosen = self.ticked()
        if not chosen:
            show_tone(self.status, _t("MailImportDialog", "ยังไม่ได้เลือกรายการที่จะบันทึก"), "warn")
            return
        self.record_button.setEnabled(False)
        self.ops.acks.record_mail(chosen).success(self._recorded).failure(self._failed).run(self)

    def _recorded(self, result: BulkResult) -> None:
        d = self.digits
        recorded, skipped = set(result.recorded), set(result.skipped)
        self.table.blockSignals(True)
        for number, match in enumerate(self.matches):
            if match.row is None or match.row.id not in recorded | skipped:
                continue
            tick = self.table.item(number, COL_TICK)
            if tick is not None:
                tick.setCheckState(Qt.CheckState.Unchecked)
                tick.setFlags(tick.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            note = self.table.item(number, COL_NOTE)
            if note is not None:
                done = match.row.id in recorded
                note.setText(
                    _t("MailImportDialog", "บันทึกแล้ว")
                    if done
                    else _t("MailImportDialog", "ตอบรับไว้แล้ว")
                )
                note.setForeground(QBrush(QColor(TONES["ok" if done else "warn"][0])))
        refused = {source: (th, en) for source, th, en in result.refused}
        for number, match in enumerate(self.matches):
            if match.source not in refused:
                continue
            tick = self.table.item(number, COL_TICK)
            if tick is not None:
                tick.setCheckState(Qt.CheckState.Unchecked)
            note = self.table.item(number, COL_NOTE)
            if note is not None:  # why this one reply was not recorded (the others were)
                th, en = refused[match.source]
                note.setText(en if self.ops.language == "en" else th)
                note.setForeground(QBrush(QColor(TONES["error"][0])))
        self.table.blockSignals(False)
        text = _t("MailImportDialog", "บันทึกการตอบรับแล้ว {recorded} ราย ข้าม {skipped} ราย").replace(
            "{recorded}", apply_digits(str(len(recorded)), d)
        )
        text = text.replace("{skipped}", apply_digits(str(len(skipped)), d))
        if skipped:
            text += " " + _t("MailImportDialog", "(ตอบรับไว้ก่อนแล้ว)")
        if refused:
            text += " " + _t("MailImportDialog", "บันทึกไม่ได้ {count} ฉบับ (ดูหมายเหตุ)").replace(
                "{count}", apply_digits(str(len(refused)), d)
            )
        show_tone(self.status, text, "warn" if refused else "ok")
        self._update_ticked()
        self.recorded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._update_ticked()
        if not isinstance(error, SarabanError):
            show_tone(self.status, _t("MailImportDialog", "เกิดข้อผิดพลาดในโปรแกรม"), "error")
            show_error(self, error)
            return
        text = error_text(error)
        show_tone(self.status, text, "error")
        self.failed.emit(text)
