"""The outgoing register (ทะเบียนหนังสือส่ง): the year's issued letters, newest first."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app_context import AppContext
from desktop_app.domain.thai_dates import be_year, format_date_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.services.outgoing import OutgoingRow
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 40


class OutgoingPage(QWidget):
    def __init__(self, context: AppContext, runner: TaskRunner, *, digits: Digits = "thai",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.digits: Digits = digits
        self.setObjectName("OutgoingPage")
        self.year = QComboBox(self)
        this_year = be_year(context.register.clock().date())
        for year in range(this_year, this_year - 6, -1):
            self.year.addItem(_t("OutgoingPage", "พ.ศ. {year}").replace(
                "{year}", apply_digits(str(year), digits)), year)
        self.open_button = QPushButton(_t("OutgoingPage", "เปิดแฟ้ม PDF"), self)
        self.cancel_button = QPushButton(_t("OutgoingPage", "ยกเลิกเลขที่…"), self)
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.cancel_button)
        headers = [_t("OutgoingPage", "เลขที่"), _t("OutgoingPage", "ลงวันที่"),
                   _t("OutgoingPage", "ถึง"), _t("OutgoingPage", "เรื่อง"),
                   _t("OutgoingPage", "วิธีส่ง"), _t("OutgoingPage", "ผู้รับ"),
                   _t("OutgoingPage", "หมายเหตุ")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("outgoingTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.year.currentIndexChanged.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.reload()

    def reload(self) -> None:
        outgoing, year = self.context.outgoing, self.year.currentData()
        self.runner.run(lambda _c: outgoing.register_rows(year), label="outgoing.rows",
                        on_done=self._show, on_error=lambda error: show_error(self, error))

    def _show(self, rows: list[OutgoingRow]) -> None:
        d = self.digits
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = [apply_digits(row.doc_no, d), format_date_short(row.letter_date, d),
                      row.to_text, row.subject, row.sending_method,
                      apply_digits(str(row.recipients), d),
                      _t("OutgoingPage", "ยกเลิก") if row.cancelled else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                if row.cancelled:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
        self.count.setText(_t("OutgoingPage", "{count} ฉบับ").replace(
            "{count}", apply_digits(str(len(rows)), d)))

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def open_selected(self) -> None:
        letter_id = self.selected_id()
        if letter_id is None:
            return
        try:
            stored = self.context.outgoing.pdf_path(letter_id)
            copy = Path(tempfile.gettempdir()) / "saraban-desk" / f"letter-{letter_id}.pdf"
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(stored.read_bytes())
        except Exception as error:
            show_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def cancel_selected(self) -> None:
        letter_id = self.selected_id()
        if letter_id is None:
            return
        reason, ok = QInputDialog.getText(self, _t("OutgoingPage", "ยกเลิกเลขที่หนังสือ"),
                                          _t("OutgoingPage", "เหตุผล"))
        if not ok:
            return
        outgoing, actor = self.context.outgoing, self.context.actor
        self.runner.run(lambda _c: outgoing.cancel(letter_id, reason, actor),
                        label="outgoing.cancel", on_done=lambda _r: self.reload(),
                        on_error=lambda error: show_error(self, error))
