"""The detail pane beside the register: one document in full, with its attachments.

An attachment opens (double-click, Enter) as a copy under its original name in the system's
viewer; when the copy cannot be made (the office's store lost the file) or the system cannot
open it, the pane says so, naming the file and where it is (file_dialogs.open_file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.incoming import IncomingRecord
from desktop_app.domain.thai_dates import format_date_full, format_date_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations.incoming import IncomingOps

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the attachment's original file name


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class IncomingDetail(QWidget):
    edit_requested = Signal(int)
    cancel_requested = Signal(int)
    forward_requested = Signal(int)

    def __init__(
        self,
        ops: IncomingOps,
        *,
        digits: Digits = "thai",
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.language = language
        self.record: IncomingRecord | None = None
        self.setObjectName("IncomingDetail")
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSize(16)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label in (
            ("received", _t("IncomingDetail", "รับเมื่อ")),
            ("doc_no", _t("IncomingDetail", "ที่")),
            ("doc_date", _t("IncomingDetail", "ลงวันที่")),
            ("sender", _t("IncomingDetail", "จาก")),
            ("to", _t("IncomingDetail", "ถึง")),
            ("subject", _t("IncomingDetail", "เรื่อง")),
            ("classes", _t("IncomingDetail", "ชั้นความเร็ว/ลับ")),
            ("group", _t("IncomingDetail", "กลุ่มงาน")),
            ("action", _t("IncomingDetail", "การปฏิบัติ")),
            ("remarks", _t("IncomingDetail", "หมายเหตุ")),
            ("time_reason", _t("IncomingDetail", "เวลารับระบุเอง")),
            ("created", _t("IncomingDetail", "ลงรับโดย")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.values[key] = value
            form.addRow(label, value)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("detailAttachments")
        self.attachments.itemActivated.connect(self._open_attachment)
        self.edit_button = QPushButton(_t("IncomingDetail", "แก้ไข"), self)
        self.cancel_button = QPushButton(_t("IncomingDetail", "ยกเลิกเลขรับ…"), self)
        self.forward_button = QPushButton(_t("IncomingDetail", "ส่งต่อ…"), self)
        self.forward_button.setObjectName("forward")
        self.forward_button.clicked.connect(lambda: self._request(self.forward_requested))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.cancel_button.clicked.connect(lambda: self._request(self.cancel_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(QLabel(_t("IncomingDetail", "แฟ้มแนบ (ดับเบิลคลิกเพื่อเปิด)"), self))
        layout.addWidget(self.attachments, 1)
        layout.addLayout(buttons)
        self.show_record(None)

    def _request(self, signal: SignalInstance) -> None:
        if self.record is not None:
            signal.emit(self.record.id)

    def show_loading(self) -> None:
        """A row was chosen; its record is on its way (the old one stays, greyed)."""
        for button in (self.edit_button, self.cancel_button, self.forward_button):
            button.setEnabled(False)
        self.setEnabled(False)

    def show_unavailable(self, error: BaseException) -> None:
        """The chosen record could not be read (the database is busy or unreachable)."""
        self.show_record(None)
        self.title.setText(_t("IncomingDetail", "อ่านรายละเอียดไม่ได้"))
        self.status.setText(error_text(error))
        self.status.setVisible(True)

    def show_record(self, record: IncomingRecord | None) -> None:
        self.setEnabled(True)
        self.record = record
        self.attachments.clear()
        enabled = record is not None and not record.cancelled
        self.edit_button.setEnabled(enabled)
        self.cancel_button.setEnabled(enabled)
        self.forward_button.setEnabled(enabled)
        if record is None:
            self.title.setText(_t("IncomingDetail", "เลือกหนังสือในทะเบียนเพื่อดูรายละเอียด"))
            self.status.setVisible(False)
            for value in self.values.values():
                value.clear()
            return
        digits = self.digits
        self.title.setText(
            _t("IncomingDetail", "เลขรับ {number}").replace(
                "{number}", apply_digits(record.receive_label, digits)
            )
        )
        self.status.setVisible(record.cancelled)
        if record.cancelled:
            self.status.setText(
                _t("IncomingDetail", "ยกเลิกแล้ว: {reason}").replace("{reason}", record.cancel_reason)
            )
        classes = f"{record.urgency.label(self.language)} / {record.secrecy.label(self.language)}"
        self.values["received"].setText(
            f"{format_date_short(record.received_at.date(), digits, self.language)} "
            f"{format_time(record.received_at, digits)} น."
        )
        self.values["doc_no"].setText(apply_digits(record.doc_no, digits) or "-")
        self.values["doc_date"].setText(format_date_full(record.doc_date, digits, self.language))
        self.values["sender"].setText(record.sender)
        self.values["to"].setText(record.to_text or "-")
        self.values["subject"].setText(record.subject)
        self.values["classes"].setText(classes)
        self.values["group"].setText(record.work_group_name or "-")
        self.values["action"].setText(record.action_taken or "-")
        self.values["remarks"].setText(record.remarks or "-")
        self.values["time_reason"].setText(record.received_at_reason or "-")
        self.values["created"].setText(record.created_by)
        for attachment in record.attachments:
            item = QListWidgetItem(
                f"{attachment.filename}  ({human_size(attachment.size)})", self.attachments
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setData(NAME_ROLE, attachment.filename)
            item.setToolTip(f"SHA-256 {attachment.sha256}")

    def _open_attachment(self, item: QListWidgetItem) -> None:
        """Open a copy under the original name in the system's viewer (the store keeps the
        original untouched)."""
        attachment_id = int(item.data(Qt.ItemDataRole.UserRole))
        name = str(item.data(NAME_ROLE) or "")
        self.ops.attachment_copy(attachment_id).success(self._open_file).failure(
            lambda error: self._copy_failed(name, error)
        ).run(self)

    def _open_file(self, copy: Path) -> None:
        """Open the copy (or say why not, and where it is)."""
        file_dialogs.open_file(self, copy)

    def _copy_failed(self, name: str, error: BaseException) -> None:
        file_dialogs.file_problem(
            self,
            _t("IncomingDetail", "เปิดแฟ้มแนบไม่ได้"),
            _t("IncomingDetail", "เปิดแฟ้มแนบ “{name}” ไม่ได้: {reason}")
            .replace("{name}", name)
            .replace("{reason}", error_text(error)),
            None,
        )
