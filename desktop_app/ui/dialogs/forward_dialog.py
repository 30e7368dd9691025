"""The officer's forwarding flow: recipients -> the letter, pre-filled from the incoming
record -> a live preview of the PDF -> issue the number -> print.

The dialog opens on values read beforehand (``ForwardSetup``: the draft, the directory, the
work groups, the saved lists); typesetting, issuing and printing are operations on the
worker threads (ui/operations). A newer preview request makes an older one's result be
dropped. One letter per recipient is a batch with progress and cancel. A letter whose number
was issued but whose PDF could not be saved says so and is saved again from the outgoing
register, never with a new number.

Nothing is lost or done silently:

* closing (Esc, Close, the title bar) with recipients chosen or the letter edited and nothing
  issued asks first (``has_unsaved_work``); after issuing it closes freely, and while the
  number is being issued it does not close;
* once issued, the letter's fields and the recipient picker are read-only and say why (the
  number and the stored letter are final; a wrong letter is cancelled in the outgoing
  register and forwarded again); Print and Open stay available, and the dialog says where
  the PDF was saved, with a button that opens its folder;
* a document already forwarded says so above the letter (the earlier letters' numbers and
  dates, ``ops.outgoing.forwards_of``), and issuing again asks with them named;
* letters without a usable Garuda image (``ops.settings.emblem``) say so above the preview,
  with a button to choose the image (an admin's), and issuing asks first;
* a PDF that cannot be opened says so, naming it and its folder (file_dialogs.open_file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter
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
from desktop_app.domain.outgoing import (
    BatchStopped,
    ForwardDraft,
    ForwardSetup,
    IssuedLetter,
    OutgoingRow,
)
from desktop_app.domain.routing import Recipient, to_line
from desktop_app.domain.thai_dates import format_date_short, parse_date
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask, error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import EmblemStatus
from desktop_app.ui.widgets.pdf_preview import PageImage, PdfPreview
from desktop_app.ui.widgets.recipient_picker import RecipientPicker
from desktop_app.ui.window_state import remember_splitter, remember_window

PREVIEW_DELAY_MS = 400
WARNING_STYLE = (
    "QLabel { background: #fff3e0; color: #8a3c00; border: 1px solid #ffb74d;"
    " border-radius: 3px; padding: 4px 6px; }"
)
LOCKED_STYLE = (
    "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #81c784;"
    " border-radius: 3px; padding: 4px 6px; }"
)
IMAGE_FILTERS = ("ภาพ (*.png *.jpg *.jpeg *.svg)",)
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
        # As it was last time on this workstation; never more than the screen (the buttons
        # show on a 1366x768 laptop).
        remember_window(self, ops.paths.config_dir, "ForwardDialog", INITIAL_SIZE)
        self._generation = 0
        self._issued: list[IssuedLetter] = []
        self._issuing = False
        self._series_touched = False
        # Read when the dialog opens: the letters that already forwarded this document, and
        # whether letters print the Garuda (None until known).
        self.earlier: list[OutgoingRow] | None = None if self.incoming_id is not None else []
        self.emblem: EmblemStatus | None = None
        self._confirm_when_checked = False
        self.base: ForwardDraft = setup.draft
        self._build()
        self._load(self.base)
        self._wire()
        self._opened_state = self._editor_state()
        self.schedule_preview()
        self._read_checks()

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
        self.emblem_notice = QLabel(self)
        self.emblem_notice.setObjectName("emblemNotice")
        self.emblem_notice.setWordWrap(True)
        self.emblem_notice.setStyleSheet(WARNING_STYLE)
        self.emblem_button = QPushButton(_t("ForwardDialog", "เลือกภาพครุฑ…"), self)
        self.emblem_button.setObjectName("chooseEmblem")
        if not self.ops.actor.is_admin:
            self.emblem_button.setEnabled(False)
            self.emblem_button.setToolTip(_t("ForwardDialog", "เฉพาะผู้ดูแลระบบ (หน้าตั้งค่า)"))
        self.emblem_box = QWidget(self)
        emblem_row = QHBoxLayout(self.emblem_box)
        emblem_row.setContentsMargins(0, 0, 0, 0)
        emblem_row.addWidget(self.emblem_notice, 1)
        emblem_row.addWidget(self.emblem_button)
        self.emblem_box.hide()

        self.earlier_notice = QLabel(self)
        self.earlier_notice.setObjectName("earlierForwards")
        self.earlier_notice.setWordWrap(True)
        self.earlier_notice.setStyleSheet(WARNING_STYLE)
        self.earlier_notice.hide()
        self.locked_notice = QLabel(self)
        self.locked_notice.setObjectName("issuedLocked")
        self.locked_notice.setWordWrap(True)
        self.locked_notice.setStyleSheet(LOCKED_STYLE)
        self.locked_notice.hide()
        self.saved_at = QLabel(self)
        self.saved_at.setObjectName("pdfLocation")
        self.saved_at.setWordWrap(True)
        self.saved_at.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(_t("ForwardDialog", "เปิดโฟลเดอร์ที่เก็บแฟ้ม"), self)
        self.folder_button.setObjectName("openFolder")
        self.location_box = QWidget(self)
        location_row = QHBoxLayout(self.location_box)
        location_row.setContentsMargins(0, 0, 0, 0)
        location_row.addWidget(self.saved_at, 1)
        location_row.addWidget(self.folder_button)
        self.location_box.hide()
        # The notices sit above the preview: the editor's column sets the dialog's height,
        # so they cost no height on a 1366x768 laptop.
        preview_pane = QWidget(self)
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        for notice in (self.earlier_notice, self.locked_notice, self.emblem_box, self.location_box):
            preview_layout.addWidget(notice)
        preview_layout.addWidget(self.preview, 1)
        self.status = QLabel(self)
        self.status.setObjectName("forwardStatus")
        self.issue_button = QPushButton(_t("ForwardDialog", "ออกเลขที่หนังสือและบันทึก"), self)
        self.issue_button.setObjectName("issue")
        self.print_button = QPushButton(_t("ForwardDialog", "พิมพ์…"), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
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
        splitter.addWidget(preview_pane)
        splitter.setSizes([330, 470, 700])
        remember_splitter(splitter, self.ops.paths.config_dir, "ForwardDialog.panes")
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
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.kind, self.group):
            combo.currentIndexChanged.connect(self.schedule_preview)
        self.series.activated.connect(self._series_chosen)
        self.issue_button.clicked.connect(self.confirm_issue)
        self.print_button.clicked.connect(self.print_letters)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)
        self.folder_button.clicked.connect(self.open_folder)
        self.emblem_button.clicked.connect(self.choose_emblem)

    def _wording_of(self, draft: ForwardDraft) -> tuple[str, str, str]:
        letter = draft.letter
        return ("\n\n".join(letter.body), "\n".join(letter.enclosures), letter.office)

    def _kind_changed(self) -> None:
        """A stamped letter names the copy in its body and is issued as the province; an
        external letter lists it as enclosed and is the office's own: switching kinds
        switches to that kind's wording, unless the officer has edited it (then it stays)."""
        kind = self.kind.currentData()
        drafts = [self.setup.draft, self.setup.other_kind]
        target = next((d for d in drafts if d is not None and d.letter.kind == kind), None)
        if target is None or target is self.base:
            return
        typed = (self.body.toPlainText(), self.enclosures.toPlainText(), self.office.text())
        if typed == self._wording_of(self.base):
            self.body.setPlainText("\n\n".join(target.letter.body))
            self.enclosures.setPlainText("\n".join(target.letter.enclosures))
            self.office.setText(target.letter.office)
        self.base = replace(target, work_group_id=self.base.work_group_id)

    # -- the draft ------------------------------------------------------------------------
    def recipients(self) -> list[Recipient]:
        return self.picker.selected()

    def _editor_state(self) -> tuple[object, ...]:
        """What the officer can change in the letter (the series only once chosen by hand:
        it otherwise follows the recipients)."""
        return (
            self.kind.currentData(),
            self.series.currentData() if self._series_touched else None,
            self.group.currentData(),
            self.subject.text(),
            self.enclosures.toPlainText(),
            self.body.toPlainText(),
            self.office.text(),
            self.owner_unit.text(),
            self.signer_name.text(),
            self.signer_position.text(),
            self.initials.text(),
            self.method.currentText(),
            self.due.text(),
            self.append_pdf.isChecked(),
            self.each.isChecked(),
        )

    def has_unsaved_work(self) -> bool:
        """True while nothing is issued and recipients are chosen or the letter was edited
        (closing would lose them)."""
        if self._issued:
            return False
        return bool(self.recipients()) or self._editor_state() != self._opened_state

    def reject(self) -> None:
        """Esc, Close and the title bar's close: ask before unsaved work is dropped; never
        while the number is being issued."""
        if self._issuing:
            self.status.setText(_t("ForwardDialog", "กำลังออกเลขที่หนังสือ รอจนเสร็จก่อนจึงปิดได้"))
            return
        if self.has_unsaved_work() and not ask(
            self,
            _t("ForwardDialog", "ปิดโดยไม่ออกเลข?"),
            _t(
                "ForwardDialog",
                "ยังไม่ได้ออกเลขที่หนังสือ ผู้รับที่เลือกและข้อความที่แก้ไว้จะหายไปเมื่อปิด",
            ),
            _t("ForwardDialog", "ปิดและทิ้งร่างนี้"),
            _t("ForwardDialog", "กลับไปแก้ต่อ"),
        ):
            return
        super().reject()

    # -- what was checked when the dialog opened ----------------------------------------------
    def _read_checks(self) -> None:
        if self.incoming_id is not None:
            self.ops.outgoing.forwards_of(self.incoming_id).success(self._show_earlier).failure(
                lambda _error: self._show_earlier([])
            ).run(self)
        self.read_emblem()

    def read_emblem(self) -> None:
        self.ops.settings.emblem().success(self._show_emblem).failure(
            lambda error: self._show_emblem(
                EmblemStatus(None, error_text(error), error_text(error))
            )
        ).run(self)

    def _earlier_line(self, row: OutgoingRow) -> str:
        return (
            _t("ForwardDialog", "ที่ {number} ลงวันที่ {date} ถึง {to}")
            .replace("{number}", apply_digits(row.doc_no, self.digits))
            .replace("{date}", format_date_short(row.letter_date, self.digits, self.ops.language))
            .replace("{to}", row.to_text or "-")
        )

    def _show_earlier(self, rows: list[OutgoingRow]) -> None:
        self.earlier = list(rows)
        if rows and not self._issued:
            self.earlier_notice.setText(
                _t("ForwardDialog", "หนังสือฉบับนี้ส่งต่อไปแล้ว: {letters}").replace(
                    "{letters}", "; ".join(self._earlier_line(row) for row in rows)
                )
            )
            self.earlier_notice.show()
        else:
            self.earlier_notice.hide()
        self._checks_arrived()

    def _show_emblem(self, status: EmblemStatus) -> None:
        self.emblem = status
        if status.usable:
            self.emblem_box.hide()
        else:
            text = status.problem(self.ops.language)
            if not self.ops.actor.is_admin:
                text += " " + _t("ForwardDialog", "แจ้งผู้ดูแลระบบให้ตั้งภาพครุฑในหน้าตั้งค่า")
            self.emblem_notice.setText(text)
            self.emblem_box.show()
        self._checks_arrived()

    def _checks_arrived(self) -> None:
        if self._confirm_when_checked and self.earlier is not None and self.emblem is not None:
            self._confirm_when_checked = False
            self.confirm_issue()

    def choose_emblem(self) -> None:
        """Choose the Garuda image (PNG, JPEG or SVG; an admin's setting), then preview."""
        path = file_dialogs.choose_open_file(
            self, _t("ForwardDialog", "ภาพตราครุฑ"), filters=IMAGE_FILTERS
        )
        if path:
            self.set_emblem(path)

    def set_emblem(self, path: str) -> None:
        self.emblem_notice.setText(_t("ForwardDialog", "กำลังตรวจภาพ…"))
        self.ops.settings.set_emblem(path).success(self._emblem_set).failure(
            lambda error: self.emblem_notice.setText(error_text(error))
        ).run(self)

    def _emblem_set(self, status: EmblemStatus) -> None:
        self._show_emblem(status)
        self.schedule_preview()

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
        if self.earlier is None or self.emblem is None:
            # Still reading whether it was forwarded and whether the Garuda prints: ask
            # once both are known.
            self._confirm_when_checked = True
            self.status.setText(_t("ForwardDialog", "กำลังตรวจสอบก่อนออกเลข…"))
            return
        count = len(draft.recipients) if self.each.isChecked() else 1
        question = (
            _t("ForwardDialog", "ออกเลขที่หนังสือ {count} ฉบับ ถึง {recipients} หน่วยงาน?")
            .replace("{count}", apply_digits(str(count), self.digits))
            .replace("{recipients}", apply_digits(str(len(draft.recipients)), self.digits))
        )
        title = _t("ForwardDialog", "ออกเลขที่หนังสือ")
        warnings = []
        if self.earlier:
            title = _t("ForwardDialog", "หนังสือนี้ส่งต่อไปแล้ว")
            warnings.append(
                _t("ForwardDialog", "หนังสือฉบับนี้ส่งต่อไปแล้ว: {letters} จะส่งต่ออีกครั้งหรือไม่?").replace(
                    "{letters}", "; ".join(self._earlier_line(row) for row in self.earlier)
                )
            )
        if not self.emblem.usable:
            if not self.earlier:
                title = _t("ForwardDialog", "หนังสือจะไม่มีตราครุฑ")
            warnings.append(self.emblem.problem(self.ops.language))
        if warnings:
            question = "\n\n".join([*warnings, question])
        if ask(
            self,
            title,
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
        self._lock_after_issue()
        self._show_location(saved)
        if saved:
            self.ops.outgoing.letter_pages(saved[:1]).success(self.preview.show_pages).run(self)
        self.issued.emit(letters)

    def _lock_after_issue(self) -> None:
        """The number is issued and the letter stored as sent: nothing here can change it
        any more, so nothing looks editable."""
        for line in (
            self.subject,
            self.office,
            self.owner_unit,
            self.signer_name,
            self.signer_position,
            self.initials,
            self.due,
        ):
            line.setReadOnly(True)
        for text in (self.body, self.enclosures):
            text.setReadOnly(True)
        for widget in (
            self.kind,
            self.series,
            self.group,
            self.method,
            self.append_pdf,
            self.each,
            self.picker,
            self.issue_button,
        ):
            widget.setEnabled(False)
        self.earlier_notice.hide()
        self.locked_notice.setText(
            _t(
                "ForwardDialog",
                "ออกเลขแล้ว หนังสือถูกบันทึกตามที่ส่ง จึงแก้ข้อความหรือผู้รับไม่ได้อีก หากต้องแก้ ให้ยกเลิกเลขที่นี้ในทะเบียนหนังสือส่ง แล้วส่งต่อใหม่",
            )
        )
        self.locked_notice.show()

    def _show_location(self, saved: list[Path]) -> None:
        """Where the PDF(s) were saved, with a button to their folder."""
        if not saved:
            self.location_box.hide()
            return
        folder = saved[0].parent
        if len(saved) == 1:
            text = _t("ForwardDialog", "บันทึกแฟ้ม PDF ไว้ที่ {path}").replace("{path}", str(saved[0]))
        else:
            text = (
                _t("ForwardDialog", "บันทึกแฟ้ม PDF {count} แฟ้มไว้ในโฟลเดอร์ {folder}")
                .replace("{count}", apply_digits(str(len(saved)), self.digits))
                .replace("{folder}", str(folder))
            )
        self.saved_at.setText(text)
        self.saved_folder = folder
        self.location_box.show()

    def open_folder(self) -> None:
        folder = getattr(self, "saved_folder", None)
        if folder is not None:
            file_dialogs.open_folder(self, folder)

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
            file_dialogs.open_file(self, saved[0])

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
