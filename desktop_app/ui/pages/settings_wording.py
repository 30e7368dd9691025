"""Settings, third tab: the wording of the letters the office drafts (ถ้อยคำในหนังสือ).

The admin edits the name stamped letters are issued in ("จังหวัดแม่ฮ่องสอน") and the body
templates of the forwarding letter and the reminder (domain/letters.py: paragraphs with
"{placeholders}"). The placeholders are listed beside the editor (double-click inserts one);
a preview shows the body a sample document would get, as it changes; a template that does
not check (an unknown placeholder, an unbalanced brace) is refused on the page, in words,
and cannot be saved. "คืนค่าเริ่มต้น" puts the program's wording back in the template shown;
edits stay on the page until saved (through ``WordingOps``, never on the GUI thread).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.letters import (
    DEFAULT_WORDING_TEMPLATES,
    TEMPLATE_FIELDS,
    TEMPLATE_NAMES,
    ForwardSource,
    Letter,
    LetterKind,
    LetterWording,
    RemindedLetter,
    SendingOffice,
    TemplateName,
    check_template,
    forwarding_letter,
    paragraphs_of,
    reminder_letter,
)
from desktop_app.domain.thai_dates import format_date_full
from desktop_app.domain.thai_text import Digits, apply_digits, normalise
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.wording import WordingOps, WordingSnapshot

PLACEHOLDER_ROLE = 0x0100 + 40  # a list item's placeholder name

# The preview's sample documents: the sample circular and the office's forwarding of it.
SAMPLE_SOURCE = ForwardSource(
    "กรมส่งเสริมการปกครองท้องถิ่น",
    "มท 0810.2/ว 1089",
    dt.date(2026, 3, 5),
    "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการเพื่อแลกเปลี่ยนองค์ความรู้ระหว่างไทยและญี่ปุ่น",
)
SAMPLE_REMINDED = RemindedLetter("มส 0023.3/ว 354", dt.date(2026, 3, 12), SAMPLE_SOURCE.subject)
SAMPLE_REPLY_BY = dt.date(2026, 3, 20)

_UNSAVED_STYLE = "color: #e65100;"
_SAVED_STYLE = "color: #1b5e20;"
_ERROR_STYLE = "color: #b00020;"


def _template_title(name: TemplateName) -> str:
    if name == "forward":
        return _t("WordingSettings", "หนังสือส่งต่อ")
    return _t("WordingSettings", "หนังสือเตือนการตอบรับ")


class LetterWordingSettings(QWidget):
    """The issuing name and the two body templates; admin-only editing."""

    dirty_changed = Signal(bool)  # unsaved edits appeared (True) or are all saved (False)
    status_message = Signal(str)
    loaded = Signal()  # what is stored is shown
    preview_shown = Signal()  # the preview follows the current edits
    saved = Signal()

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.wording_ops = WordingOps(ops)
        self.digits: Digits = digits
        self.language = ops.language
        self.setObjectName("LetterWordingSettings")
        self._is_admin = ops.actor.is_admin
        self.stored: WordingSnapshot | None = None
        self._was_dirty = False
        self._saving = False

        layout = QVBoxLayout(self)
        if not self._is_admin:
            note = QLabel(_t("WordingSettings", "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขถ้อยคำในหนังสือได้"), self)
            note.setObjectName("adminOnlyNote")
            note.setStyleSheet("color: #616161;")
            layout.addWidget(note)
        layout.addWidget(self._build_name_box())
        middle = QHBoxLayout()
        middle.addWidget(self._build_template_box(), 3)
        middle.addLayout(self._build_side(), 2)
        layout.addLayout(middle, 1)
        layout.addLayout(self._build_buttons())

        admin_only = _t("SettingsPage", "เฉพาะผู้ดูแลระบบ")
        for widget in (self.issued_as, *self.editors.values(), self.reset_button):
            widget.setEnabled(self._is_admin)
            if not self._is_admin:
                widget.setToolTip(admin_only)
        self.save_button.setEnabled(False)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build_name_box(self) -> QGroupBox:
        box = QGroupBox(_t("WordingSettings", "ชื่อที่ใช้ออกหนังสือประทับตรา"), self)
        self.issued_as = QLineEdit(box)
        self.issued_as.setObjectName("issuedAs")
        self.issued_as.setClearButtonEnabled(True)
        self.issued_as.textChanged.connect(lambda _text: self._edited())
        self.issued_as_note = QLabel(box)
        self.issued_as_note.setObjectName("issuedAsNote")
        self.issued_as_note.setStyleSheet("color: #616161;")
        self.issued_as_note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(_t("WordingSettings", "ออกหนังสือในนาม"), self.issued_as)
        form.addRow("", self.issued_as_note)
        return box

    def _build_template_box(self) -> QGroupBox:
        box = QGroupBox(_t("WordingSettings", "ข้อความในหนังสือ"), self)
        explain = QLabel(
            _t(
                "WordingSettings",
                "ย่อหน้าละหนึ่งบรรทัด ข้อความในวงเล็บปีกกา เช่น {subject} จะถูกแทนด้วยข้อมูลของหนังสือแต่ละฉบับ",
            ),
            box,
        )
        explain.setWordWrap(True)
        self.templates = QTabWidget(box)
        self.templates.setObjectName("wordingTemplates")
        self.editors: dict[TemplateName, QPlainTextEdit] = {}
        for name in TEMPLATE_NAMES:
            editor = QPlainTextEdit(box)
            editor.setObjectName(f"{name}Template")
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._edited)
            self.editors[name] = editor
            self.templates.addTab(editor, _template_title(name))
        self.templates.currentChanged.connect(lambda _index: self._template_shown())
        self.error = QLabel(box)
        self.error.setObjectName("wordingError")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        inner = QVBoxLayout(box)
        inner.addWidget(explain)
        inner.addWidget(self.templates, 1)
        inner.addWidget(self.error)
        return box

    def _build_side(self) -> QVBoxLayout:
        fields_box = QGroupBox(_t("WordingSettings", "ช่องแทนค่า (ดับเบิลคลิกเพื่อแทรก)"), self)
        self.placeholders = QListWidget(fields_box)
        self.placeholders.setObjectName("wordingPlaceholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        # Room below the line: Thai fonts' tall lines otherwise clip the "_" of {doc_no}.
        self.placeholders.setStyleSheet("QListWidget::item { padding: 1px 0px 3px 0px; }")
        lines = QFontMetrics(self.placeholders.font()).lineSpacing()
        self.placeholders.setMinimumHeight(lines * 6)
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.addWidget(self.placeholders)

        preview_box = QGroupBox(_t("WordingSettings", "ตัวอย่างข้อความ"), self)
        self.preview_kind = QComboBox(preview_box)
        self.preview_kind.setObjectName("previewKind")
        self.preview_kind.addItem(_t("WordingSettings", "หนังสือประทับตรา"), "stamped")
        self.preview_kind.addItem(_t("WordingSettings", "หนังสือภายนอก"), "external")
        self.preview_kind.currentIndexChanged.connect(lambda _index: self._update_preview())
        self.preview_note = QLabel(preview_box)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setStyleSheet("color: #616161;")
        self.preview_note.setWordWrap(True)
        self.preview = QPlainTextEdit(preview_box)
        self.preview.setObjectName("wordingPreview")
        self.preview.setReadOnly(True)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_kind)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview, 1)

        side = QVBoxLayout()
        side.addWidget(fields_box, 2)
        side.addWidget(preview_box, 3)
        return side

    def _build_buttons(self) -> QHBoxLayout:
        self.reset_button = QPushButton(_t("WordingSettings", "คืนค่าเริ่มต้น"), self)
        self.reset_button.setObjectName("resetWording")
        self.reset_button.setToolTip(
            _t("WordingSettings", "ใช้ถ้อยคำที่มากับโปรแกรมสำหรับหนังสือที่แสดงอยู่ (ยังไม่บันทึกจนกว่าจะกดบันทึก)")
        )
        self.reset_button.clicked.connect(self.reset_shown_template)
        self.state = QLabel(self)
        self.state.setObjectName("wordingState")
        self.save_button = QPushButton(_t("WordingSettings", "บันทึกถ้อยคำ"), self)
        self.save_button.setObjectName("saveWording")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.state)
        buttons.addWidget(self.save_button)
        return buttons

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read what is stored; edits not saved yet stay on the page."""
        self.wording_ops.load().success(self.show_snapshot).run(self)

    def show_snapshot(self, snapshot: WordingSnapshot) -> None:
        dirty = self.is_dirty()
        self.stored = snapshot
        self.issued_as.setPlaceholderText(snapshot.default_issued_as)
        self.issued_as_note.setText(
            _t("WordingSettings", "เว้นว่าง = {default} (ชื่อจังหวัดของสำนักงาน)").replace(
                "{default}", snapshot.default_issued_as
            )
        )
        if not dirty:
            self._fill(snapshot)
        self._template_shown()
        self._edited()
        self.loaded.emit()

    def _fill(self, snapshot: WordingSnapshot) -> None:
        """Show ``snapshot``'s values in the editors (one state change, not one per field)."""
        for widget in (self.issued_as, *self.editors.values()):
            widget.blockSignals(True)
        self.issued_as.setText(snapshot.issued_as)
        for name, editor in self.editors.items():
            editor.setPlainText("\n".join(snapshot.wording.template(name)))
        for widget in (self.issued_as, *self.editors.values()):
            widget.blockSignals(False)

    # -- state ------------------------------------------------------------------------------
    def issued_as_text(self) -> str:
        """The issuing name as it will be stored: what is typed, or the default if blank."""
        typed = normalise(self.issued_as.text())
        return typed or (self.stored.default_issued_as if self.stored else "")

    def template_text(self, name: TemplateName) -> tuple[str, ...]:
        return paragraphs_of(self.editors[name].toPlainText())

    def current_template(self) -> TemplateName:
        return TEMPLATE_NAMES[max(self.templates.currentIndex(), 0)]

    def errors(self) -> dict[TemplateName, InvalidInput]:
        """The templates shown that do not check, with why."""
        found: dict[TemplateName, InvalidInput] = {}
        for name in TEMPLATE_NAMES:
            try:
                check_template(name, self.template_text(name))
            except InvalidInput as error:
                found[name] = error
        return found

    def wording(self) -> LetterWording | None:
        """The wording shown, or None while a template does not check."""
        try:
            return LetterWording(
                forward=self.template_text("forward"), reminder=self.template_text("reminder")
            )
        except InvalidInput:
            return None

    def is_dirty(self) -> bool:
        if self.stored is None:
            return False
        return self.issued_as_text() != self.stored.issued_as or any(
            self.template_text(name) != self.stored.wording.template(name)
            for name in TEMPLATE_NAMES
        )

    def _edited(self) -> None:
        errors = self.errors()
        if errors:
            self.error.setText("\n".join(error_text(error) for error in errors.values()))
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()
        for index, name in enumerate(TEMPLATE_NAMES):
            title = _template_title(name)
            self.templates.setTabText(index, f"{title} (!)" if name in errors else title)
        dirty = self.is_dirty()
        if dirty and not self._saving:
            self._say(_t("WordingSettings", "ยังไม่ได้บันทึก"), _UNSAVED_STYLE)
        elif not dirty and self.state.styleSheet() == _UNSAVED_STYLE:
            self._say("", "")
        self.save_button.setEnabled(self._is_admin and dirty and not errors and not self._saving)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_preview()

    def _say(self, text: str, style: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(style)

    def _template_shown(self) -> None:
        """The placeholders of the template shown, and its preview."""
        name = self.current_template()
        self.placeholders.clear()
        english = self.language == "en"
        for key, (thai, english_text) in TEMPLATE_FIELDS[name].items():
            item = QListWidgetItem(f"{{{key}}}  {english_text if english else thai}")
            item.setData(PLACEHOLDER_ROLE, key)
            self.placeholders.addItem(item)
        self.preview_kind.setVisible(name == "forward")
        self._update_preview()

    # -- preview ----------------------------------------------------------------------------
    def preview_letter(self) -> Letter | None:
        """The letter the template shown gives for the sample document, or None while it
        does not check."""
        name = self.current_template()
        try:
            paragraphs = check_template(name, self.template_text(name))
        except InvalidInput:
            return None
        templates = dict(DEFAULT_WORDING_TEMPLATES)
        templates[name] = paragraphs
        office = SendingOffice(
            self.stored.office_name if self.stored else "",
            owner_unit=_t("WordingSettings", "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น"),
            issued_as=self.issued_as_text(),
            wording=LetterWording(forward=templates["forward"], reminder=templates["reminder"]),
        )
        if name == "reminder":
            return reminder_letter(SAMPLE_REMINDED, office, ["อำเภอปาย"], reply_by=SAMPLE_REPLY_BY)
        kind: LetterKind = (
            "external" if self.preview_kind.currentData() == "external" else "stamped"
        )
        return forwarding_letter(SAMPLE_SOURCE, office, ["อำเภอ ทุกอำเภอ"], kind=kind)

    def _update_preview(self) -> None:
        letter = self.preview_letter()
        digits: Digits = (
            "arabic" if self.stored and self.stored.letter_digits == "arabic" else "thai"
        )
        if letter is None:
            self.preview_note.setText("")
            self.preview.setPlainText(
                _t("WordingSettings", "(แก้ข้อความให้ถูกต้องก่อน จึงจะแสดงตัวอย่างได้)")
            )
        else:
            if self.current_template() == "reminder":
                note = _t("WordingSettings", "เตือนหนังสือที่ {doc_no} ขอให้ตอบภายใน {date}")
                note = note.replace("{doc_no}", SAMPLE_REMINDED.doc_no).replace(
                    "{date}", format_date_full(SAMPLE_REPLY_BY, digits, self.language)
                )
            else:
                note = _t("WordingSettings", "ส่งต่อหนังสือ{sender} ที่ {doc_no}")
                note = note.replace("{sender}", SAMPLE_SOURCE.sender).replace(
                    "{doc_no}", SAMPLE_SOURCE.doc_no
                )
            self.preview_note.setText(apply_digits(note, digits))
            body = list(letter.printed_body())
            if letter.enclosures:
                body.insert(0, "สิ่งที่ส่งมาด้วย  " + "  ".join(letter.enclosures))
            self.preview.setPlainText(apply_digits("\n\n".join(body), digits))
        self.preview_shown.emit()

    # -- editing ----------------------------------------------------------------------------
    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        if not self._is_admin:
            return
        editor = self.editors[self.current_template()]
        editor.insertPlainText("{" + str(item.data(PLACEHOLDER_ROLE)) + "}")
        editor.setFocus()

    def reset_shown_template(self) -> None:
        """Put the program's wording back in the template shown (saved only with Save)."""
        name = self.current_template()
        self.editors[name].setPlainText("\n".join(DEFAULT_WORDING_TEMPLATES[name]))

    def save(self) -> None:
        wording = self.wording()
        if wording is None or not self._is_admin:
            return  # the page already says why
        self._saving = True
        self.save_button.setEnabled(False)
        self.wording_ops.save(self.issued_as.text(), wording).success(self._saved).failure(
            self._save_failed
        ).run(self)

    def _saved(self, snapshot: WordingSnapshot) -> None:
        self._saving = False
        self.stored = snapshot
        self._fill(snapshot)  # as stored: trimmed, blank lines dropped, the name in force
        self._edited()
        self._say(_t("WordingSettings", "บันทึกแล้ว"), _SAVED_STYLE)
        self.status_message.emit(_t("WordingSettings", "บันทึกถ้อยคำในหนังสือแล้ว มีผลกับหนังสือที่ร่างต่อจากนี้"))
        self.saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        """The edits stay on the page; the page says why they were not saved."""
        self._saving = False
        self._edited()
        self._say(error_text(error), _ERROR_STYLE)
