"""First-run setup: choose the province, describe the office, name the work groups, give
the Garuda emblem letters print.

Runs the same ``SetupService.initialise`` as ``saraban init`` as a write operation (the
directory load happens on a worker thread while the wizard says so), then stores the Garuda
image chosen (``ops.settings.set_emblem``). The provinces and anything already set arrive the
same way when the wizard opens (``ready``). The image is checked as soon as it is chosen
(``ops.settings.check_emblem``: PNG or JPEG, or an SVG drawn into a PNG; refused with the
reason otherwise) and shown; without one the page says letters will print without the
Garuda until it is set in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.directory import Province, ProvinceSummary
from desktop_app.domain.office import (
    DEFAULT_WORK_GROUP,
    SetupRequest,
    SetupResult,
    WorkGroupInfo,
    default_issued_as,
    default_office_name,
    default_prefix,
)
from desktop_app.domain.thai_text import apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import (
    EmblemChoice,
    EmblemStatus,
    SettingsOps,
    SetupOps,
    SetupStart,
)
from desktop_app.ui.operations.wording import WordingOps, WordingSnapshot


class ProvincePage(QWizardPage):
    def __init__(self, ops: SetupOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setTitle(_t("SetupWizard", "จังหวัดของสำนักงาน"))
        self.setSubTitle(
            _t(
                "SetupWizard",
                "โปรแกรมจะนำรายชื่ออำเภอและองค์กรปกครองส่วนท้องถิ่นของจังหวัดนี้เข้าสู่ทำเนียบหน่วยงาน",
            )
        )
        self.combo = QComboBox(self)
        self.combo.setObjectName("province")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem(_t("SetupWizard", "— เลือกจังหวัด —"), None)
        completer = self.combo.completer()
        if completer is not None:  # an editable combo box always has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.summary = QLabel(self)
        self.summary.setObjectName("provinceSummary")
        self.summary.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(_t("SetupWizard", "จังหวัด"), self.combo)
        layout.addRow("", self.summary)
        self.combo.currentIndexChanged.connect(self._changed)

    def fill(self, provinces: tuple[Province, ...]) -> None:
        for province in provinces:
            self.combo.addItem(f"{province.name_th} ({province.name_en})", province)

    def province(self) -> Province | None:
        data = self.combo.currentData()
        return data if isinstance(data, Province) else None

    def select_code(self, code: str) -> None:
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            if isinstance(data, Province) and data.code == code:
                self.combo.setCurrentIndex(index)
                return

    def _changed(self) -> None:
        province = self.province()
        self.summary.clear()
        if province is not None:
            self.ops.province_summary(province).success(self._show_summary).run(self)
        self.completeChanged.emit()

    def _show_summary(self, summary: ProvinceSummary) -> None:
        if summary.province != self.province():
            return  # another province was chosen meanwhile
        self.summary.setText(
            _t("SetupWizard", "จังหวัด{name}: อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง")
            .replace("{name}", summary.province.name_th)
            .replace("{districts}", apply_digits(str(summary.districts), "thai"))
            .replace("{las}", apply_digits(str(summary.local_authorities), "thai"))
        )

    def isComplete(self) -> bool:
        return self.province() is not None


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("SetupWizard", "ข้อมูลสำนักงาน"))
        self.setSubTitle(_t("SetupWizard", "ใช้พิมพ์ในหนังสือและตรารับ แก้ไขได้ภายหลังในหน้าตั้งค่า"))
        self.name = QLineEdit(self)
        self.name.setObjectName("officeName")
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("officePhone")
        self.phone.setPlaceholderText(_t("SetupWizard", "เช่น 0-5361-2841 ต่อ 33"))
        self.email = QLineEdit(self)
        self.email.setObjectName("officeEmail")
        self.email.setPlaceholderText("saraban@dla.go.th")
        self.prefix = QLineEdit(self)
        self.prefix.setObjectName("officePrefix")
        self.issued_as = QLineEdit(self)
        self.issued_as.setObjectName("issuedAs")
        # A name filled in by the wizard follows the province; one typed (or stored) stays.
        for edit in (self.name, self.prefix, self.issued_as):
            edit.textChanged.connect(lambda _text, edit=edit: edit.setProperty("auto", False))
        contact_note = QLabel(
            _t(
                "SetupWizard",
                "โทรศัพท์และอีเมลพิมพ์ไว้ท้ายหนังสือ ใต้ส่วนราชการเจ้าของเรื่อง "
                "(กลุ่มงานที่มีโทรศัพท์และอีเมลของตนเองใช้ของกลุ่มงาน)",
            ),
            self,
        )
        contact_note.setWordWrap(True)
        contact_note.setStyleSheet("color: #616161;")
        layout = QFormLayout(self)
        layout.addRow(_t("SetupWizard", "ชื่อสำนักงาน"), self.name)
        layout.addRow(_t("SetupWizard", "ที่อยู่"), self.address)
        layout.addRow(_t("SetupWizard", "โทรศัพท์"), self.phone)
        layout.addRow(_t("SetupWizard", "อีเมล"), self.email)
        layout.addRow("", contact_note)
        layout.addRow(_t("SetupWizard", "รหัสหนังสือของสำนักงาน"), self.prefix)
        layout.addRow(_t("SetupWizard", "ออกหนังสือประทับตราในนาม"), self.issued_as)
        self.name.textChanged.connect(self.completeChanged)

    def fill_defaults(self, province: Province) -> None:
        if not self.name.text().strip() or self.name.property("auto"):
            self.name.setText(default_office_name(province))
            self.name.setProperty("auto", True)
        if not self.prefix.text().strip() or self.prefix.property("auto"):
            self.prefix.setText(default_prefix(province))
            self.prefix.setProperty("auto", True)
        if not self.issued_as.text().strip() or self.issued_as.property("auto"):
            self.issued_as.setText(default_issued_as(province))
            self.issued_as.setProperty("auto", True)

    def chosen_issued_as(self) -> str | None:
        """The issuing name typed, or None when it is the one filled in (what is stored
        then stays, at first the province's default)."""
        if self.issued_as.property("auto") or not self.issued_as.text().strip():
            return None
        return self.issued_as.text()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class WorkGroupsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("SetupWizard", "กลุ่มงาน"))
        self.setSubTitle(
            _t(
                "SetupWizard",
                "กลุ่มงานที่รับผิดชอบหนังสือ (ส่วนราชการเจ้าของเรื่อง) รหัสหนังสือ เช่น มส 0023.3 "
                "โทรศัพท์และอีเมลของกลุ่มงาน (เว้นว่าง = ใช้ของสำนักงาน)",
            )
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("workGroups")
        self.table.setHorizontalHeaderLabels(
            [
                _t("SetupWizard", "ชื่อกลุ่มงาน"),
                _t("SetupWizard", "รหัสหนังสือ"),
                _t("SetupWizard", "โทรศัพท์"),
                _t("SetupWizard", "อีเมล"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(_t("SetupWizard", "เพิ่มกลุ่มงาน"), self)
        remove = QPushButton(_t("SetupWizard", "ลบแถวที่เลือก"), self)
        add.clicked.connect(lambda: self.add_row("", ""))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, name: str, prefix: str, phone: str = "", email: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((name, prefix, phone, email)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _remove(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def fill_defaults(self, prefix: str) -> None:
        if self.table.rowCount() == 0:
            self.add_row(DEFAULT_WORK_GROUP, prefix)

    def groups(self) -> list[WorkGroupInfo]:
        """The rows with a name: (name, letter code, phone, e-mail)."""
        groups = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(4)]
            name, prefix, phone, email = (cell.text().strip() if cell else "" for cell in cells)
            if name:
                groups.append(WorkGroupInfo(None, name, prefix, phone, email))
        return groups


class EmblemPage(QWizardPage):
    """The Garuda image letters print at their head (optional: skipped, letters print
    without it and say so until it is set)."""

    checked = Signal()  # the chosen image was checked (``choice`` or ``error`` says how)
    THUMBNAIL_HEIGHT = 120

    def __init__(self, ops: SettingsOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.choice: EmblemChoice | None = None
        self.current: EmblemStatus | None = None  # set before (running the wizard again)
        self.error = ""
        self._checking = False
        self.setTitle(_t("SetupWizard", "ภาพตราครุฑ"))
        self.setSubTitle(
            _t(
                "SetupWizard",
                "หนังสือภายนอกและหนังสือประทับตราพิมพ์ตราครุฑสูง 3 ซม. ที่หัวหนังสือ "
                "เลือกแฟ้มภาพตราครุฑ (PNG, JPEG หรือ SVG)",
            )
        )
        self.path = QLabel(self)
        self.path.setObjectName("emblemPath")
        self.path.setWordWrap(True)
        self.choose = QPushButton(_t("SetupWizard", "เลือกภาพ…"), self)
        self.choose.setObjectName("chooseEmblem")
        self.choose.clicked.connect(self._choose)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("emblemThumbnail")
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setMinimumHeight(self.THUMBNAIL_HEIGHT + 8)
        self.state = QLabel(self)
        self.state.setObjectName("emblemState")
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self._show_state()

    def show_current(self, status: EmblemStatus) -> None:
        """What is set already (the wizard run again)."""
        self.current = status
        self._show_state()

    def _choose(self) -> None:
        path = file_dialogs.choose_open_file(
            self, _t("SetupWizard", "ภาพตราครุฑ"), filters=("ภาพ (*.png *.jpg *.jpeg *.svg)",)
        )
        if path:
            self.check(path)

    def check(self, path: str) -> None:
        """Check the image at ``path``; ``checked`` once known (``choice`` or ``error``)."""
        self._checking = True
        self.choice = None
        self.error = ""
        self.path.setText(path)
        self.state.setText(_t("SetupWizard", "กำลังตรวจภาพ…"))
        self.state.setStyleSheet("")
        self.completeChanged.emit()
        self.ops.check_emblem(path).success(self._checked).failure(self._refused).run(self)

    def _checked(self, choice: EmblemChoice) -> None:
        self._checking = False
        self.choice = choice
        pixmap = QPixmap()
        if pixmap.loadFromData(choice.data):
            self.thumbnail.setPixmap(
                pixmap.scaledToHeight(
                    self.THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation
                )
            )
        self._show_state()
        self.completeChanged.emit()
        self.checked.emit()

    def _refused(self, error: BaseException) -> None:
        self._checking = False
        self.choice = None
        self.error = error_text(error)
        self.thumbnail.clear()
        self._show_state()
        self.completeChanged.emit()
        self.checked.emit()

    def _show_state(self) -> None:
        if self.error:
            text, style = self.error, "color: #b00020;"
        elif self.choice is not None:
            text = _t("SetupWizard", "ใช้ภาพนี้ได้ ({width} x {height} จุด)")
            if self.choice.converted_from_svg:
                text = _t("SetupWizard", "ใช้ภาพนี้ได้ ({width} x {height} จุด แปลงจาก SVG)")
            text = text.replace("{width}", str(self.choice.width)).replace(
                "{height}", str(self.choice.height)
            )
            style = "color: #1b5e20;"
        elif self.current is not None and self.current.usable:
            self.path.setText(self.current.path or "")
            text = _t("SetupWizard", "ตั้งภาพตราครุฑไว้แล้ว เลือกใหม่ได้ถ้าต้องการเปลี่ยน")
            style = "color: #1b5e20;"
        else:
            text = _t(
                "SetupWizard",
                "ยังไม่ได้เลือกภาพ: หนังสือจะพิมพ์โดยไม่มีตราครุฑ จนกว่าจะตั้งในหน้าตั้งค่า",
            )
            style = "color: #8a3c00;"
        self.state.setText(text)
        self.state.setStyleSheet(style)

    def isComplete(self) -> bool:
        return not self._checking


class SetupWizard(QWizard):
    """Emits ``completed`` with the ``SetupResult`` once the office is set up."""

    completed = Signal(object)
    ready = Signal()  # the provinces (and what is already set) are shown

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._running = False
        self._done = False
        self.setObjectName("SetupWizard")
        self.setWindowTitle(_t("SetupWizard", "ตั้งค่าเริ่มต้น Saraban Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("SetupWizard", "ถัดไป >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("SetupWizard", "< ย้อนกลับ"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("SetupWizard", "เริ่มใช้งาน"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("SetupWizard", "ยกเลิก"))
        self.province_page = ProvincePage(ops.setup, self)
        self.office_page = OfficePage(self)
        self.groups_page = WorkGroupsPage(self)
        self.emblem_page = EmblemPage(ops.settings, self)
        self.addPage(self.province_page)
        self.addPage(self.office_page)
        self.addPage(self.groups_page)
        self.addPage(self.emblem_page)
        self.status = QLabel(self)
        self.setMinimumSize(680, 460)
        self.currentIdChanged.connect(self._page_changed)
        ops.setup.start().success(self._start).run(self)

    def _start(self, start: SetupStart) -> None:
        self.province_page.fill(start.provinces)
        office = start.office
        if office is not None:
            if office.province_code:
                self.province_page.select_code(office.province_code)
            self.office_page.name.setText(office.name)
            self.office_page.address.setText(office.address)
            self.office_page.phone.setText(office.phone)
            self.office_page.email.setText(office.email)
            self.office_page.prefix.setText(office.letter_prefix)
            for group in start.work_groups:
                self.groups_page.add_row(group.name, group.letter_prefix, group.phone, group.email)
            self.ops.settings.emblem().success(self.emblem_page.show_current).failure(
                lambda _error: None
            ).run(self)
            # Set up before: show the issuing name in force (the wording settings have it).
            WordingOps(self.ops).load().success(self._show_wording).failure(
                lambda _error: self.ready.emit()
            ).run(self)
            return
        self.ready.emit()

    def _show_wording(self, snapshot: WordingSnapshot) -> None:
        if snapshot.issued_as != snapshot.default_issued_as:
            self.office_page.issued_as.setText(snapshot.issued_as)
            self.office_page.issued_as.setProperty("auto", False)
        self.ready.emit()

    def _page_changed(self, page_id: int) -> None:
        province = self.province_page.province()
        if province is None:
            return
        if self.page(page_id) is self.office_page:
            self.office_page.fill_defaults(province)
        if self.page(page_id) is self.groups_page:
            self.groups_page.fill_defaults(self.office_page.prefix.text())

    def request(self) -> SetupRequest:
        province = self.province_page.province()
        assert province is not None
        return SetupRequest(
            province=province.code,
            office_name=self.office_page.name.text(),
            address=self.office_page.address.text(),
            phone=self.office_page.phone.text(),
            email=self.office_page.email.text(),
            prefix=self.office_page.prefix.text(),
            work_groups=self.groups_page.groups(),
            issued_as=self.office_page.chosen_issued_as(),
        )

    def accept(self) -> None:
        """Finish: run the setup off the GUI thread; close only when it succeeded."""
        if self._done:
            super().accept()
            return
        if self._running:
            return
        request = self.request()
        self._running = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.FinishButton).setText(_t("SetupWizard", "กำลังตั้งค่า…"))
        self.ops.setup.initialise(request).success(self._finished).failure(self._failed).run(self)

    def _finished(self, result: SetupResult) -> None:
        choice = self.emblem_page.choice
        if choice is None:
            self._complete(result)
            return
        # The office is set up; the Garuda is stored next (a failure is said, and it can be
        # set in Settings: the setup itself stands).
        self.ops.settings.set_emblem(choice).success(
            lambda _status: self._complete(result)
        ).failure(lambda error: self._emblem_failed(result, error)).run(self)

    def _emblem_failed(self, result: SetupResult, error: BaseException) -> None:
        show_error(self, error)
        self._complete(result)

    def _complete(self, result: SetupResult) -> None:
        self._running = False
        self._done = True
        self.completed.emit(result)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.FinishButton).setText(_t("SetupWizard", "เริ่มใช้งาน"))
        show_error(self, error)

    def reject(self) -> None:
        if not self._running:
            super().reject()
