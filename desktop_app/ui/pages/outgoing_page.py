"""The outgoing register (ทะเบียนหนังสือส่ง): the year's issued letters, newest first.

A letter whose PDF could not be saved when its number was issued is marked; opening or
saving it typesets it again from the stored letter, with the same number.

At the top, the acknowledgement-code field (typed or scanned codes are recorded as they
come); a letter's tracking (ติดตามการตอบรับ, also on double-click) and the import of reply
e-mails open from here. The selected letter prints from here too (พิมพ์…, Ctrl+P in the
main window). The table's column widths are remembered on this workstation.

A PDF saved (บันทึก PDF เป็น…, a reprint: same number) says where it went, with a button that
opens its folder; a PDF that cannot be opened says so, naming it and its folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from desktop_app.domain.outgoing import OutgoingRow
from desktop_app.domain.thai_dates import be_year, format_date_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.dialogs.letter_tracking_dialog import LetterTrackingDialog
from desktop_app.ui.dialogs.mail_import_dialog import MailImportDialog
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask_text
from desktop_app.ui.operations import ACKS, OUTGOING, Operations
from desktop_app.ui.widgets.ack_scan_field import AckScanField
from desktop_app.ui.widgets.pdf_preview import PageImage
from desktop_app.ui.window_state import remember_header

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

ID_ROLE = Qt.ItemDataRole.UserRole + 40
DOC_NO_ROLE = Qt.ItemDataRole.UserRole + 41


class OutgoingPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.setObjectName("OutgoingPage")
        self.year = QComboBox(self)
        this_year = be_year(ops.clock().date())
        for year in range(this_year, this_year - 6, -1):
            self.year.addItem(
                _t("OutgoingPage", "พ.ศ. {year}").replace(
                    "{year}", apply_digits(str(year), digits)
                ),
                year,
            )
        self.open_button = QPushButton(_t("OutgoingPage", "เปิดแฟ้ม PDF"), self)
        self.save_button = QPushButton(_t("OutgoingPage", "บันทึก PDF เป็น…"), self)
        self.save_button.setObjectName("savePdf")
        self.print_button = QPushButton(_t("OutgoingPage", "พิมพ์…"), self)
        self.print_button.setObjectName("printLetter")
        self.cancel_button = QPushButton(_t("OutgoingPage", "ยกเลิกเลขที่…"), self)
        self.scan = AckScanField(ops, digits=digits, parent=self)
        self.track_button = QPushButton(_t("OutgoingPage", "ติดตามการตอบรับ"), self)
        self.track_button.setObjectName("trackAcks")
        self.mail_button = QPushButton(_t("OutgoingPage", "นำเข้าการตอบรับจากอีเมล…"), self)
        self.mail_button.setObjectName("importMail")
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.track_button)
        top.addWidget(self.mail_button)
        top.addWidget(self.open_button)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(self.cancel_button)
        headers = [
            _t("OutgoingPage", "เลขที่"),
            _t("OutgoingPage", "ลงวันที่"),
            _t("OutgoingPage", "ถึง"),
            _t("OutgoingPage", "เรื่อง"),
            _t("OutgoingPage", "วิธีส่ง"),
            _t("OutgoingPage", "ตอบรับ/ผู้รับ"),
            _t("OutgoingPage", "หมายเหตุ"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("outgoingTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # ถึง and หมายเหตุ hold names and "เตือนหนังสือที่ ..." that a default width cuts short;
        # the subject takes what is left (1366x768: about 400 px).
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(6, 210)
        remember_header(self.table.horizontalHeader(), ops.paths.config_dir, "OutgoingPage/table")
        self.count = QLabel(self)
        self.saved_at = QLabel(self)
        self.saved_at.setObjectName("savedPdfLocation")
        self.saved_at.setWordWrap(True)
        self.saved_at.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(_t("OutgoingPage", "เปิดโฟลเดอร์ที่เก็บแฟ้ม"), self)
        self.folder_button.setObjectName("openSavedFolder")
        self.folder_button.clicked.connect(self.open_saved_folder)
        self.location_box = QWidget(self)
        location_row = QHBoxLayout(self.location_box)
        location_row.setContentsMargins(0, 0, 0, 0)
        location_row.addWidget(self.saved_at, 1)
        location_row.addWidget(self.folder_button)
        self.location_box.hide()
        self.saved_file: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.location_box)
        layout.addWidget(self.count)
        self.year.currentIndexChanged.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.track_button.clicked.connect(self.track_selected)
        self.mail_button.clicked.connect(self.open_mail_import)
        self.table.doubleClicked.connect(lambda _index: self.track_selected())
        ops.changed.connect(lambda area: self.reload() if area in (OUTGOING, ACKS) else None)
        self.reload()

    def reload(self) -> None:
        self.ops.outgoing.register_rows(self.year.currentData()).success(self._show).run(self)

    def _show(self, rows: list[OutgoingRow]) -> None:
        d = self.digits
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            remarks = []
            if row.cancelled:
                remarks.append(_t("OutgoingPage", "ยกเลิก"))
            if row.imported:
                remarks.append(_t("OutgoingPage", "นำเข้าจากทะเบียนเดิม"))
            elif not row.pdf_saved:
                remarks.append(_t("OutgoingPage", "ยังไม่ได้บันทึก PDF"))
            if row.reminder_of:
                remarks.append(
                    _t("OutgoingPage", "เตือนหนังสือที่ {number}").replace(
                        "{number}", apply_digits(row.reminder_of, d)
                    )
                )
            values = [
                apply_digits(row.doc_no, d),
                format_date_short(row.letter_date, d),
                row.to_text,
                row.subject,
                row.sending_method,
                apply_digits(f"{row.acknowledged}/{row.recipients}", d),
                " ".join(remarks),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                item.setData(DOC_NO_ROLE, row.doc_no)
                if row.cancelled:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
        self.count.setText(
            _t("OutgoingPage", "{count} ฉบับ").replace("{count}", apply_digits(str(len(rows)), d))
        )

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def open_selected(self) -> None:
        letter_id = self.selected_id()
        if letter_id is not None:
            self.ops.outgoing.open_copy(letter_id).success(self._open_file).run(self)

    def _open_file(self, path: Path) -> None:
        """Open the letter's PDF (or say why not, and where it is)."""
        file_dialogs.open_file(self, path)

    def save_selected(self) -> None:
        """Save (or reprint) the selected letter's PDF: the stored letter, same number."""
        items = self.table.selectedItems()
        if not items:
            return
        letter_id, doc_no = int(items[0].data(ID_ROLE)), str(items[0].data(DOC_NO_ROLE))
        suggested = Path.home() / (doc_no.replace("/", "-").replace(" ", "") + ".pdf")
        path = file_dialogs.choose_save_file(
            self,
            _t("OutgoingPage", "บันทึกหนังสือเป็น PDF"),
            suggested,
            ["PDF (*.pdf)"],
            default_suffix="pdf",
        )
        if path:
            self.save_to(letter_id, Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, letter_id: int, target: Path) -> None:
        self.ops.outgoing.save_pdf(letter_id, target).success(self._saved).run(self)

    def _saved(self, saved: Path) -> None:
        """Say where the PDF went (and keep saying it, with a button to its folder)."""
        self.saved_file = saved
        self.saved_at.setText(
            _t("OutgoingPage", "บันทึกแฟ้ม PDF ไว้ที่ {path}").replace("{path}", str(saved))
        )
        self.location_box.show()
        self.status_message.emit(
            _t("OutgoingPage", "บันทึกแฟ้ม {file} แล้ว").replace("{file}", str(saved))
        )

    def open_saved_folder(self) -> None:
        if self.saved_file is not None:
            file_dialogs.open_folder(self, self.saved_file.parent)

    def print_selected(self) -> None:
        """Print the selected letter: the printer dialog, then its stored PDF's pages
        (typeset again from the stored letter, same number, when it was never saved)."""
        letter_id = self.selected_id()
        if letter_id is None:
            self.status_message.emit(_t("OutgoingPage", "เลือกหนังสือในทะเบียนก่อน"))
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.status_message.emit(_t("OutgoingPage", "กำลังเตรียมพิมพ์…"))
        self.ops.outgoing.open_copy(letter_id).success(
            lambda path: self._print_file(printer, path)
        ).run(self)

    def _print_file(self, printer: QPrinter, path: Path) -> None:
        """Rasterise the letter's pages at the printer's resolution (a worker), then paint."""
        self.ops.outgoing.letter_pages([path], scale=printer.resolution() / 72).success(
            lambda pages: self._paint(printer, pages)
        ).run(self)

    def _paint(self, printer: QPrinter, pages: list[PageImage]) -> None:
        """Send rasterised pages to the printer (painting happens on the GUI thread)."""
        painter = QPainter(printer)
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage(
                page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888
            )
            painter.drawImage(painter.viewport(), image)
        painter.end()
        self.status_message.emit(_t("OutgoingPage", "ส่งไปพิมพ์แล้ว"))

    def track_selected(self) -> LetterTrackingDialog | None:
        """Open the selected letter's tracking (every recipient's acknowledgement)."""
        letter_id = self.selected_id()
        if letter_id is None:
            self.status_message.emit(_t("OutgoingPage", "เลือกหนังสือในทะเบียนก่อน"))
            return None
        return self.open_tracking(letter_id)

    def open_tracking(self, letter_id: int) -> LetterTrackingDialog:
        dialog = LetterTrackingDialog(self.ops, letter_id, self, digits=self.digits)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_mail_import(self) -> MailImportDialog:
        dialog = MailImportDialog(self.ops, self, digits=self.digits)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def cancel_selected(self) -> None:
        letter_id = self.selected_id()
        if letter_id is None:
            return
        reason, ok = ask_text(
            self, _t("OutgoingPage", "ยกเลิกเลขที่หนังสือ"), _t("OutgoingPage", "เหตุผล")
        )
        if not ok:
            return
        self.ops.outgoing.cancel(letter_id, reason).run(self)
