"""The officer's forwarding flow: recipients -> the letter, pre-filled from the incoming
record -> a live preview of the PDF -> issue the number -> print.

The dialog opens on values read beforehand (``ForwardSetup``: the draft, the directory, the
work groups, the saved lists); typesetting, issuing and printing are operations on the
worker threads (ui/operations). A newer preview request makes an older one's result be
dropped. One letter per recipient is a batch with progress and cancel. A letter whose number
was issued but whose PDF could not be saved says so and is saved again from the outgoing
register, never with a new number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.letters import Signer
from desktop_app.domain.outgoing import BatchStopped, ForwardDraft, ForwardSetup, IssuedLetter
from desktop_app.domain.routing import Recipient, to_line
from desktop_app.domain.thai_dates import parse_date
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask, error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.screen_fit import resize_to_fit
from desktop_app.ui.widgets.pdf_preview import PageImage, PdfPreview
from desktop_app.ui.widgets.recipient_picker import RecipientPicker

PREVIEW_DELAY_MS = 400
INITIAL_SIZE = QSize(1500, 900)  # on a screen with room for it
METHODS = ("ระบบสารบรรณอิเล็กทรอนิกส์", "ไปรษณีย์อิเล็กทรอนิกส์ (อีเมล)", "ไปรษณีย์", "ส่งด้วยตนเอง")


def _paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by an empty line; single line breaks join with a space."""
    blocks = [
        " ".join(line.strip() for line in block.splitlines() if line.strip())
        for block in text.replace("\r", "").split("\n\n")
    ]
    return tuple(block for block in blocks if block)


class ForwardDialog(QDialog):
    issued = Signal(list)  # list[IssuedLetter]
    preview_shown = Signal(int)  # page count

    def __init__(
        self,
        ops: Operations,
        setup: ForwardSetup,
        *,
        digits: Digits = "thai",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setup = setup
        self.incoming_id = setup.draft.incoming_id
        self.digits: Digits = digits
        self.setObjectName("ForwardDialog")
        self.setWindowTitle(_t("ForwardDialog", "ส่งต่อหนังสือ"))
        resize_to_fit(self, INITIAL_SIZE)  # less on a 1366x768 laptop: the buttons show
        self._generation = 0
        self._issued: list[IssuedLetter] = []
        self._issuing = False
        self._series_touched = False
        self.base: ForwardDraft = setup.draft
        self._build()
        self._load(self.base)
        self._wire()
        self.schedule_preview()

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = RecipientPicker(
            self.setup.directory,
            self.setup.saved_lists,
            self.ops.outgoing,
            digits=self.digits,
            parent=self,
        )
        self.kind = QComboBox(self)
        self.kind.addItem(_t("ForwardDialog", "หนังสือประทับตรา"), "stamped")
        self.kind.addItem(_t("ForwardDialog", "หนังสือภายนอก"), "external")
        self.series = QComboBox(self)
        self.series.setObjectName("series")
        self.series.addItem(_t("ForwardDialog", "หนังสือเวียน (ว)"), True)
        self.series.addItem(_t("ForwardDialog", "เลขปกติ"), False)
        self.group = QComboBox(self)
        for group in self.setup.work_groups:
            self.group.addItem(f"{group.name} ({group.letter_prefix})", group.id)
        self.to_line = QLabel(self)
        self.to_line.setObjectName("toLine")
        self.to_line.setWordWrap(True)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("letterSubject")
        self.enclosures = QPlainTextEdit(self)
        self.enclosures.setFixedHeight(60)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("letterBody")
        self.office = QLineEdit(self)
        self.owner_unit = QLineEdit(self)
        self.signer_name = QLineEdit(self)
        self.signer_position = QLineEdit(self)
        self.initials = QLineEdit(self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(METHODS)
        self.due = QLineEdit(self)
        self.due.setObjectName("dueDate")
        self.due.setPlaceholderText(_t("ForwardDialog", "เว้นว่าง: นับวันทำการตามชั้นความเร็ว (ตั้งค่าได้)"))
        self.append_pdf = QCheckBox(_t("ForwardDialog", "แนบหนังสือต้นเรื่อง (PDF) ต่อท้าย"), self)
        self.append_pdf.setChecked(True)
        self.each = QCheckBox(_t("ForwardDialog", "แยกเป็นฉบับละผู้รับ"), self)
        form = QFormLayout()
        form.addRow(_t("ForwardDialog", "ชนิดหนังสือ"), self.kind)
        form.addRow(_t("ForwardDialog", "ชุดเลขที่"), self.series)
        form.addRow(_t("ForwardDialog", "กลุ่มงาน"), self.group)
        form.addRow(_t("ForwardDialog", "ถึง/เรียน"), self.to_line)
        form.addRow(_t("ForwardDialog", "เรื่อง"), self.subject)
        form.addRow(_t("ForwardDialog", "สิ่งที่ส่งมาด้วย"), self.enclosures)
        form.addRow(_t("ForwardDialog", "ข้อความ (เว้นบรรทัดระหว่างย่อหน้า)"), self.body)
        form.addRow(_t("ForwardDialog", "ส่วนราชการที่ส่ง"), self.office)
        form.addRow(_t("ForwardDialog", "ส่วนราชการเจ้าของเรื่อง"), self.owner_unit)
        form.addRow(_t("ForwardDialog", "ผู้ลงนาม (หนังสือภายนอก)"), self.signer_name)
        form.addRow(_t("ForwardDialog", "ตำแหน่ง"), self.signer_position)
        form.addRow(_t("ForwardDialog", "ชื่อย่อผู้รับผิดชอบ (ประทับตรา)"), self.initials)
        form.addRow(_t("ForwardDialog", "วิธีส่ง"), self.method)
        form.addRow(_t("ForwardDialog", "ครบกำหนดตอบรับ"), self.due)
        form.addRow("", self.append_pdf)
        form.addRow("", self.each)
        editor = QWidget(self)
        editor.setLayout(form)

        self.preview = PdfPreview(self)
        self.status = QLabel(self)
        self.status.setObjectName("forwardStatus")
        self.issue_button = QPushButton(_t("ForwardDialog", "ออกเลขที่หนังสือและบันทึก"), self)
        self.issue_button.setObjectName("issue")
        self.print_button = QPushButton(_t("ForwardDialog", "พิมพ์…"), self)
        self.open_button = QPushButton(_t("ForwardDialog", "เปิดแฟ้ม PDF"), self)
        self.close_button = QPushButton(_t("ForwardDialog", "ปิด"), self)
        for button in (self.print_button, self.open_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.issue_button, self.print_button, self.open_button, self.close_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([330, 470, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _load(self, draft: ForwardDraft) -> None:
        letter = draft.letter
        self.subject.setText(letter.subject)
        self.enclosures.setPlainText("\n".join(letter.enclosures))
        self.body.setPlainText("\n\n".join(letter.body))
        self.office.setText(letter.office)
        self.owner_unit.setText(letter.owner_unit)
        index = self.group.findData(draft.work_group_id)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def _wire(self) -> None:
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.picker.changed.connect(self._recipients_changed)
        for edit in (
            self.subject,
            self.office,
            self.owner_unit,
            self.signer_name,
            self.signer_position,
            self.initials,
        ):
            edit.textChanged.connect(self.schedule_preview)
        for text_edit in (self.body, self.enclosures):
            text_edit.textChanged.connect(self.schedule_preview)
        for combo in (self.kind, self.group):
            combo.currentIndexChanged.connect(self.schedule_preview)
        self.series.activated.connect(self._series_chosen)
        self.issue_button.clicked.connect(self.confirm_issue)
        self.print_button.clicked.connect(self.print_letters)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)

    # -- the draft ------------------------------------------------------------------------
    def recipients(self) -> list[Recipient]:
        return self.picker.selected()

    def _recipients_changed(self, chosen: list[Recipient]) -> None:
        names = to_line(chosen, self.picker.directory)
        self.to_line.setText(" ".join(names) or _t("ForwardDialog", "(ยังไม่ได้เลือกผู้รับ)"))
        if not self._series_touched:
            self.series.setCurrentIndex(0 if len(chosen) > 1 else 1)
        self.schedule_preview()

    def _series_chosen(self) -> None:
        self._series_touched = True
        self.schedule_preview()

    def draft(self) -> ForwardDraft:
        chosen = self.recipients()
        group_id = self.group.currentData()
        prefix = self.base.prefix
        for group in self.setup.work_groups:
            if group.id == group_id and group.letter_prefix:
                prefix = group.letter_prefix
        signer = None
        if self.signer_name.text().strip():
            signer = Signer(self.signer_name.text().strip(), self.signer_position.text().strip())
        letter = replace(
            self.base.letter,
            kind=self.kind.currentData(),
            to=tuple(to_line(chosen, self.picker.directory)),
            subject=self.subject.text(),
            enclosures=tuple(
                line for line in self.enclosures.toPlainText().splitlines() if line.strip()
            ),
            body=_paragraphs(self.body.toPlainText()),
            office=self.office.text(),
            owner_unit=self.owner_unit.text(),
            signer=signer,
            initials=self.initials.text(),
        )
        return replace(
            self.base,
            recipients=tuple(chosen),
            letter=letter,
            circular=bool(self.series.currentData()),
            prefix=prefix,
            work_group_id=group_id,
            append_incoming_pdf=self.append_pdf.isChecked(),
            sending_method=self.method.currentText(),
            due_date=self._typed_due(),
        )

    def _typed_due(self) -> dt.date | None:
        """The deadline typed (any form a clerk writes a date in), None when blank or not a
        date (``confirm_issue`` refuses the latter with a message)."""
        text = self.due.text().strip()
        if not text:
            return None
        try:
            return parse_date(text, today=self.ops.clock().date())
        except InvalidInput:
            return None

    # -- preview ----------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        if not (self._issued or self._issuing):
            self.preview_timer.start()

    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        self._generation += 1
        generation = self._generation
        draft = self.draft()
        self.status.setText(_t("ForwardDialog", "กำลังจัดหน้า…"))
        (
            self.ops.outgoing.preview(draft)
            .success(lambda pages: self._show_preview(generation, pages))
            .failure(lambda error: self._preview_failed(generation, error))
            .run(self)
        )

    def _show_preview(self, generation: int, pages: list[PageImage]) -> None:
        if generation != self._generation or self._issued or self._issuing:
            # A draft's preview arriving after the number was issued would show "..." for
            # the number and say nothing was issued.
            return
        self.preview.show_pages(pages)
        self.status.setText(
            _t("ForwardDialog", "ตัวอย่าง {pages} หน้า (ยังไม่ได้ออกเลข)").replace(
                "{pages}", apply_digits(str(len(pages)), self.digits)
            )
        )
        self.preview_shown.emit(len(pages))

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and not (self._issued or self._issuing):
            self.status.setText(error_text(error))

    # -- issuing ----------------------------------------------------------------------------
    def confirm_issue(self) -> None:
        draft = self.draft()
        if not draft.recipients:
            self.status.setText(_t("ForwardDialog", "กรุณาเลือกผู้รับอย่างน้อยหนึ่งหน่วยงาน"))
            return
        if self.due.text().strip() and draft.due_date is None:
            try:
                parse_date(self.due.text(), today=self.ops.clock().date())
            except InvalidInput as error:
                self.status.setText(error_text(error))
            self.due.setFocus()
            return
        count = len(draft.recipients) if self.each.isChecked() else 1
        question = (
            _t("ForwardDialog", "ออกเลขที่หนังสือ {count} ฉบับ ถึง {recipients} หน่วยงาน?")
            .replace("{count}", apply_digits(str(count), self.digits))
            .replace("{recipients}", apply_digits(str(len(draft.recipients)), self.digits))
        )
        if ask(
            self,
            _t("ForwardDialog", "ออกเลขที่หนังสือ"),
            question,
            _t("ForwardDialog", "ออกเลข"),
            _t("ForwardDialog", "ยังไม่ออก"),
        ):
            self.issue(draft, each=self.each.isChecked())

    def issue(self, draft: ForwardDraft, *, each: bool = False) -> None:
        self.issue_button.setEnabled(False)
        self._issuing = True
        self._generation += 1  # a preview still on its way is for the draft, not the letter
        self._issue_task = (
            self.ops.outgoing.issue(draft, each=each)
            .with_progress(
                _t("ForwardDialog", "กำลังออกเลขและจัดพิมพ์หนังสือ…"), _t("ForwardDialog", "หยุด")
            )
            .success(self._issued_done)
            .failure(self._issue_failed)
            .cancelled(lambda: self._issue_failed(None))
            .run(self)
        )

    def _issued_done(self, letters: list[IssuedLetter]) -> None:
        self._issuing = False
        self._issued = letters
        numbers = ", ".join(letter.printed_no for letter in letters[:5])
        more = "" if len(letters) <= 5 else f" … (+{len(letters) - 5})"
        status = _t("ForwardDialog", "ออกเลขที่ {numbers} แล้ว").replace("{numbers}", numbers + more)
        unsaved = [letter for letter in letters if not letter.pdf_saved]
        if unsaved:
            problem = (
                unsaved[0].pdf_problem_en
                if self.ops.language == "en"
                else unsaved[0].pdf_problem_th
            )
            status += " " + _t(
                "ForwardDialog",
                "แต่ยังบันทึกแฟ้ม PDF ไม่ได้ ({problem}) บันทึกหรือพิมพ์ซ้ำได้จากทะเบียนหนังสือส่ง โดยไม่ออกเลขใหม่",
            ).replace("{problem}", problem)
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(status)
        saved = [letter.pdf for letter in letters if letter.pdf is not None]
        for button in (self.print_button, self.open_button):
            button.setEnabled(bool(saved))
        if saved:
            self.ops.outgoing.letter_pages(saved[:1]).success(self.preview.show_pages).run(self)
        self.issued.emit(letters)

    def _issue_failed(self, error: BaseException | None) -> None:
        self._issuing = False
        if isinstance(error, BatchStopped):  # some were issued: they stay issued
            self._issued_done(error.issued)
            if error.cause is not None:
                show_error(self, error)
            return
        self.issue_button.setEnabled(True)
        self.schedule_preview()
        if error is not None:
            show_error(self, error)

    def open_pdf(self) -> None:
        saved = [letter.pdf for letter in self._issued if letter.pdf is not None]
        if saved:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved[0])))

    def print_letters(self) -> None:
        """Print every issued letter (pages rasterised at the printer's resolution)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        files = [letter.pdf for letter in self._issued if letter.pdf is not None]
        self.status.setText(_t("ForwardDialog", "กำลังเตรียมพิมพ์…"))
        (
            self.ops.outgoing.letter_pages(files, scale=printer.resolution() / 72)
            .success(lambda pages: self._paint(printer, pages))
            .run(self)
        )

    def _paint(self, printer, pages: list[PageImage]) -> None:
        """Send rasterised pages to the printer (painting must happen on the GUI thread)."""
        from PySide6.QtGui import QImage

        painter = QPainter(printer)
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage(
                page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888
            )
            painter.drawImage(painter.viewport(), image)
        painter.end()
        self.status.setText(_t("ForwardDialog", "ส่งไปพิมพ์แล้ว"))
