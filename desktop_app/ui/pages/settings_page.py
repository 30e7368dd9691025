"""Settings: the office's details, its work groups, this workstation's preferences, and (a
second tab) acknowledgement due dates and the office's holidays.

The page shows a snapshot read through ``ops.settings`` and saves through it; nothing here
waits for the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.office import OfficeInfo, WorkGroupInfo
from desktop_app.domain.thai_text import Digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import SettingsSnapshot
from desktop_app.ui.pages.settings_due_dates import AckCalendarSettings

GROUP_ID_ROLE = 0x0100 + 20


class SettingsPage(QWidget):
    office_changed = Signal()
    status_message = Signal(str)
    loaded = Signal()  # the snapshot is shown

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.snapshot: SettingsSnapshot | None = None
        self.setObjectName("SettingsPage")

        office_box = QGroupBox(_t("SettingsPage", "สำนักงาน"), self)
        self.office_name = QLineEdit(office_box)
        self.office_name.setObjectName("settingsOfficeName")
        self.address = QLineEdit(office_box)
        self.phone = QLineEdit(office_box)
        self.email = QLineEdit(office_box)
        self.prefix = QLineEdit(office_box)
        self.province = QLabel(office_box)
        self.save_office_button = QPushButton(_t("SettingsPage", "บันทึกข้อมูลสำนักงาน"), office_box)
        form = QFormLayout(office_box)
        form.addRow(_t("SettingsPage", "จังหวัด"), self.province)
        form.addRow(_t("SettingsPage", "ชื่อสำนักงาน"), self.office_name)
        form.addRow(_t("SettingsPage", "ที่อยู่"), self.address)
        form.addRow(_t("SettingsPage", "โทรศัพท์"), self.phone)
        form.addRow(_t("SettingsPage", "อีเมล"), self.email)
        form.addRow(_t("SettingsPage", "รหัสหนังสือของสำนักงาน"), self.prefix)
        form.addRow("", self.save_office_button)

        groups_box = QGroupBox(_t("SettingsPage", "กลุ่มงาน"), self)
        self.groups = QTableWidget(0, 4, groups_box)
        self.groups.setObjectName("settingsWorkGroups")
        self.groups.setHorizontalHeaderLabels(
            [
                _t("SettingsPage", "ชื่อกลุ่มงาน"),
                _t("SettingsPage", "รหัสหนังสือ"),
                _t("SettingsPage", "โทรศัพท์"),
                _t("SettingsPage", "อีเมล"),
            ]
        )
        self.groups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_group = QPushButton(_t("SettingsPage", "เพิ่มกลุ่มงาน"), groups_box)
        self.save_groups_button = QPushButton(_t("SettingsPage", "บันทึกกลุ่มงาน"), groups_box)
        add_group.clicked.connect(lambda: self._add_group_row(WorkGroupInfo(None, "", "")))
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(add_group)
        group_buttons.addStretch(1)
        group_buttons.addWidget(self.save_groups_button)
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.addWidget(self.groups)
        groups_layout.addLayout(group_buttons)

        station_box = QGroupBox(_t("SettingsPage", "เครื่องนี้"), self)
        self.language = QComboBox(station_box)
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.digits = QComboBox(station_box)
        self.digits.addItem(_t("SettingsPage", "เลขไทย (๑๒๓)"), "thai")
        self.digits.addItem(_t("SettingsPage", "เลขอารบิก (123)"), "arabic")
        self.database = QLabel(ops.database_label, station_box)
        self.database.setWordWrap(True)
        self.database_url = QLineEdit(station_box)
        self.database_url.setPlaceholderText("postgresql://user@server/saraban")
        self.attachments_dir = QLabel(station_box)
        self.attachments_dir.setWordWrap(True)
        choose_dir = QPushButton(_t("SettingsPage", "เปลี่ยนโฟลเดอร์…"), station_box)
        choose_dir.clicked.connect(self._choose_attachments_dir)
        self.save_station_button = QPushButton(_t("SettingsPage", "บันทึกค่าของเครื่องนี้"), station_box)
        station_form = QFormLayout(station_box)
        station_form.addRow(_t("SettingsPage", "ภาษา (มีผลเมื่อเปิดโปรแกรมใหม่)"), self.language)
        station_form.addRow(_t("SettingsPage", "ตัวเลขบนหน้าจอ (มีผลเมื่อเปิดโปรแกรมใหม่)"), self.digits)
        station_form.addRow(_t("SettingsPage", "ฐานข้อมูลที่ใช้อยู่"), self.database)
        station_form.addRow(
            _t("SettingsPage", "ฐานข้อมูลกลาง (PostgreSQL) เว้นว่าง = ใช้แฟ้มในเครื่อง"), self.database_url
        )
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.attachments_dir, 1)
        dir_row.addWidget(choose_dir)
        station_form.addRow(_t("SettingsPage", "โฟลเดอร์เก็บแฟ้มแนบ (ทั้งสำนักงาน)"), dir_row)
        station_form.addRow("", self.save_station_button)

        letters_box = QGroupBox(_t("SettingsPage", "หนังสือที่พิมพ์"), self)
        self.letter_digits = QComboBox(letters_box)
        self.letter_digits.addItem(_t("SettingsPage", "เลขไทย (๑๒๓)"), "thai")
        self.letter_digits.addItem(_t("SettingsPage", "เลขอารบิก (123)"), "arabic")
        self.letter_font = QLabel(letters_box)
        self.letter_font.setWordWrap(True)
        self.garuda = QLabel(letters_box)
        self.garuda.setWordWrap(True)
        choose_font = QPushButton(_t("SettingsPage", "เลือกแฟ้มแบบอักษร…"), letters_box)
        choose_garuda = QPushButton(_t("SettingsPage", "เลือกภาพครุฑ…"), letters_box)
        choose_font.clicked.connect(self._choose_font)
        choose_garuda.clicked.connect(self._choose_garuda)
        self.letter_digits.activated.connect(
            lambda _i: self._set_setting("letter.digits", self.letter_digits.currentData())
        )
        letters_form = QFormLayout(letters_box)
        letters_form.addRow(_t("SettingsPage", "ตัวเลขในหนังสือ"), self.letter_digits)
        font_row = QHBoxLayout()
        font_row.addWidget(self.letter_font, 1)
        font_row.addWidget(choose_font)
        letters_form.addRow(_t("SettingsPage", "แบบอักษร (เช่น TH SarabunIT๙)"), font_row)
        garuda_row = QHBoxLayout()
        garuda_row.addWidget(self.garuda, 1)
        garuda_row.addWidget(choose_garuda)
        letters_form.addRow(_t("SettingsPage", "ภาพครุฑ"), garuda_row)

        office_tab = QWidget(self)
        office_layout = QVBoxLayout(office_tab)
        top = QHBoxLayout()
        top.addWidget(office_box, 1)
        top.addWidget(station_box, 1)
        office_layout.addLayout(top)
        office_layout.addWidget(letters_box)
        office_layout.addWidget(groups_box, 1)
        self.calendar_tab = AckCalendarSettings(ops, digits=digits, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(office_tab, _t("SettingsPage", "สำนักงานและเครื่องนี้"))
        self.tabs.addTab(self.calendar_tab, self._calendar_tab_title(False))
        self.calendar_tab.dirty_changed.connect(
            lambda dirty: self.tabs.setTabText(1, self._calendar_tab_title(dirty))
        )
        self.calendar_tab.status_message.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        # The office's settings are the admin's (the services refuse anyone else); this
        # workstation's own preferences are everyone's.
        admin_only = _t("SettingsPage", "เฉพาะผู้ดูแลระบบ")
        for widget in (
            self.save_office_button,
            self.save_groups_button,
            add_group,
            choose_dir,
            choose_font,
            choose_garuda,
            self.letter_digits,
        ):
            widget.setEnabled(ops.actor.is_admin)
            if not ops.actor.is_admin:
                widget.setToolTip(admin_only)
        self.save_office_button.clicked.connect(self.save_office)
        self.save_groups_button.clicked.connect(self.save_groups)
        self.save_station_button.clicked.connect(self.save_station)
        self.reload()

    @staticmethod
    def _calendar_tab_title(dirty: bool) -> str:
        title = _t("SettingsPage", "กำหนดตอบรับและวันหยุด")
        return f"{title} *" if dirty else title

    def has_unsaved_changes(self) -> bool:
        """True while the due days or the office's calendar hold edits not yet saved."""
        return self.calendar_tab.is_dirty()

    def reload(self) -> None:
        self.ops.settings.snapshot().success(self._show).run(self)

    def _show(self, snapshot: SettingsSnapshot) -> None:
        self.snapshot = snapshot
        office = snapshot.office
        if office is not None:
            self.office_name.setText(office.name)
            self.address.setText(office.address)
            self.phone.setText(office.phone)
            self.email.setText(office.email)
            self.prefix.setText(office.letter_prefix)
        self.province.setText(snapshot.province_label)
        self.groups.setRowCount(0)
        for group in snapshot.work_groups:
            self._add_group_row(group)
        prefs = snapshot.workstation
        self.language.setCurrentIndex(max(self.language.findData(prefs.get("language")), 0))
        self.digits.setCurrentIndex(max(self.digits.findData(prefs.get("digits", "thai")), 0))
        self.database_url.setText(prefs.get("database_url") or "")
        self.attachments_dir.setText(snapshot.attachments_dir)
        self.letter_digits.setCurrentIndex(
            max(self.letter_digits.findData(snapshot.letter_digits), 0)
        )
        bundled = _t("SettingsPage", "ที่มากับโปรแกรม (Laksaman)")
        self.letter_font.setText(snapshot.letter_font or bundled)
        self.garuda.setText(snapshot.garuda or _t("SettingsPage", "ไม่มี (เว้นที่ว่างไว้)"))
        self.calendar_tab.show_snapshot(snapshot)
        self.loaded.emit()

    def _add_group_row(self, group: WorkGroupInfo) -> None:
        row = self.groups.rowCount()
        self.groups.insertRow(row)
        for column, value in enumerate((group.name, group.letter_prefix, group.phone, group.email)):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(GROUP_ID_ROLE, group.id)
            self.groups.setItem(row, column, item)

    def _office_info(self) -> OfficeInfo:
        office = self.snapshot.office if self.snapshot else None
        return OfficeInfo(
            name=self.office_name.text(),
            province_code=office.province_code if office else None,
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            letter_prefix=self.prefix.text(),
            setup_completed_at=office.setup_completed_at if office else None,
        )

    def save_office(self) -> None:
        self.ops.settings.update_office(self._office_info()).success(
            lambda _r: self._saved(_t("SettingsPage", "บันทึกข้อมูลสำนักงานแล้ว"))
        ).run(self)

    def _group_rows(self) -> list[WorkGroupInfo]:
        groups = []
        for row in range(self.groups.rowCount()):
            cells = [self.groups.item(row, column) for column in range(4)]
            values = [cell.text() if cell else "" for cell in cells]
            if not values[0].strip():
                continue
            group_id = cells[0].data(GROUP_ID_ROLE) if cells[0] else None
            name, prefix, phone, email = values
            groups.append(WorkGroupInfo(group_id, name, prefix, phone, email))
        return groups

    def save_groups(self) -> None:
        self.ops.settings.save_work_groups(self._group_rows()).success(
            lambda _r: self._saved(_t("SettingsPage", "บันทึกกลุ่มงานแล้ว"), reload=True)
        ).run(self)

    def _choose_attachments_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _t("SettingsPage", "โฟลเดอร์เก็บแฟ้มแนบ"), self.attachments_dir.text()
        )
        if folder:
            self.ops.settings.set("attachments.dir", folder).success(
                lambda _r: self.attachments_dir.setText(folder)
            ).run(self)

    def _set_setting(self, key: str, value: object) -> None:
        self.ops.settings.set(key, value).success(
            lambda _r: self._saved(_t("SettingsPage", "บันทึกแล้ว มีผลกับหนังสือที่พิมพ์ครั้งต่อไป"), reload=True)
        ).run(self)

    def _choose_font(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _t("SettingsPage", "แฟ้มแบบอักษร"), "", "TrueType (*.ttf)"
        )
        if path:
            self._set_setting("letter.font_path", path)
            bold = path.replace(".ttf", " Bold.ttf")
            if Path(bold).is_file():
                self._set_setting("letter.bold_font_path", bold)

    def _choose_garuda(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _t("SettingsPage", "ภาพครุฑ"), "", "Images (*.png *.jpg *.jpeg)"
        )
        if path:
            self._set_setting("letter.garuda_path", path)

    def save_station(self) -> None:
        url = self.database_url.text().strip() or None
        if url:
            try:
                self.ops.settings.check_database_url(url)
            except InvalidInput as error:
                show_error(self, error)
                return
        self.ops.settings.save_workstation(
            {
                "language": self.language.currentData(),
                "digits": self.digits.currentData(),
                "database_url": url,
            }
        ).success(lambda _r: self._saved(_t("SettingsPage", "บันทึกแล้ว มีผลเมื่อเปิดโปรแกรมใหม่"))).run(
            self
        )

    def _saved(self, message: str, *, reload: bool = False) -> None:
        if reload:
            self.reload()
        self.office_changed.emit()
        self.status_message.emit(message)
