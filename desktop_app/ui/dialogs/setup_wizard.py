"""First-run setup: choose the province, describe the office, name the work groups.

Runs the same ``SetupService.initialise`` as ``saraban init`` as a write operation (the
directory load happens on a worker thread while the wizard says so). The provinces and
anything already set arrive the same way when the wizard opens (``ready``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
    default_office_name,
    default_prefix,
)
from desktop_app.domain.thai_text import apply_digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import SetupOps, SetupStart


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
        self.email = QLineEdit(self)
        self.prefix = QLineEdit(self)
        self.prefix.setObjectName("officePrefix")
        layout = QFormLayout(self)
        layout.addRow(_t("SetupWizard", "ชื่อสำนักงาน"), self.name)
        layout.addRow(_t("SetupWizard", "ที่อยู่"), self.address)
        layout.addRow(_t("SetupWizard", "โทรศัพท์"), self.phone)
        layout.addRow(_t("SetupWizard", "อีเมล"), self.email)
        layout.addRow(_t("SetupWizard", "รหัสหนังสือของสำนักงาน"), self.prefix)
        self.name.textChanged.connect(self.completeChanged)

    def fill_defaults(self, province: Province) -> None:
        if not self.name.text().strip() or self.name.property("auto"):
            self.name.setText(default_office_name(province))
            self.name.setProperty("auto", True)
        if not self.prefix.text().strip() or self.prefix.property("auto"):
            self.prefix.setText(default_prefix(province))
            self.prefix.setProperty("auto", True)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class WorkGroupsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("SetupWizard", "กลุ่มงาน"))
        self.setSubTitle(
            _t("SetupWizard", "กลุ่มงานที่รับผิดชอบหนังสือ และรหัสหนังสือของแต่ละกลุ่ม เช่น มส 0023.3")
        )
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("workGroups")
        self.table.setHorizontalHeaderLabels(
            [_t("SetupWizard", "ชื่อกลุ่มงาน"), _t("SetupWizard", "รหัสหนังสือ")]
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

    def add_row(self, name: str, prefix: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(prefix))

    def _remove(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def fill_defaults(self, prefix: str) -> None:
        if self.table.rowCount() == 0:
            self.add_row(DEFAULT_WORK_GROUP, prefix)

    def groups(self) -> list[WorkGroupInfo]:
        groups = []
        for row in range(self.table.rowCount()):
            name_item, prefix_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            if name:
                groups.append(WorkGroupInfo(None, name, prefix_item.text() if prefix_item else ""))
        return groups


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
        self.addPage(self.province_page)
        self.addPage(self.office_page)
        self.addPage(self.groups_page)
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
                self.groups_page.add_row(group.name, group.letter_prefix)
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
