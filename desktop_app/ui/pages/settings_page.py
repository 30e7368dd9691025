"""Settings: the office's details, its work groups, this workstation's preferences; (a
second tab) acknowledgement due dates and the office's holidays; (a third) the wording of the
letters the office drafts and the name its stamped letters are issued in.

The page shows a snapshot read through ``ops.settings`` and saves through it; nothing here
waits for the database.

Edits wait for their box's save button. The page knows what is not saved yet in every tab
(``has_unsaved_changes``, ``unsaved_parts``; the first tab's title is marked like the
others), keeps such edits when it reads the stored values again (after another box was
saved), and can save them all (``save_all``, telling when every save ended and whether all
succeeded) or put the stored values back (``discard_changes``): the main window asks with
these before the page is left or the program quits. The Garuda image is checked before it is
taken (PNG, JPEG, or SVG drawn into a PNG) and the page says when letters will print without
it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_error
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.settings import EmblemStatus, SettingsSnapshot
from desktop_app.ui.pages.settings_due_dates import AckCalendarSettings
from desktop_app.ui.pages.settings_numbering import NumberingSettings
from desktop_app.ui.pages.settings_wording import LetterWordingSettings

GROUP_ID_ROLE = 0x0100 + 20
IMAGE_FILTERS = ("ภาพ (*.png *.jpg *.jpeg *.svg)",)
_PROBLEM_STYLE = "color: #b00020;"


class SettingsPage(QWidget):
    office_changed = Signal()
    status_message = Signal(str)
    loaded = Signal()  # the snapshot is shown
    dirty_changed = Signal(bool)  # some tab holds edits not saved yet (True), or none (False)
    emblem_shown = Signal(object)  # EmblemStatus: whether letters print the Garuda

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
        self.wording_tab = LetterWordingSettings(ops, digits=digits, parent=self)
        self.tabs.addTab(self.wording_tab, self._wording_tab_title(False))
        self.wording_tab.dirty_changed.connect(
            lambda dirty: self.tabs.setTabText(
                self.tabs.indexOf(self.wording_tab), self._wording_tab_title(dirty)
            )
        )
        self.wording_tab.status_message.connect(self.status_message)
        self.numbering_tab = NumberingSettings(ops, digits=digits, parent=self)
        self.tabs.addTab(self.numbering_tab, _t("SettingsPage", "เลขทะเบียนและการนำเข้า"))
        self.numbering_tab.status_message.connect(self.status_message)
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
        self._track_edits()
        self.reload()

    # -- what is not saved yet --------------------------------------------------------------
    def _track_edits(self) -> None:
        """Follow the first tab's edits (its title is marked while they are unsaved) and
        every tab's marker, for ``dirty_changed``."""
        self._stored_office: tuple[str, ...] | None = None
        self._stored_groups: list[WorkGroupInfo] | None = None
        self._stored_station: tuple[object, ...] | None = None
        self._refill_groups = False
        self._filling = False  # showing stored values: not an edit
        self._was_dirty = False
        self.emblem: EmblemStatus | None = None
        self._garuda_refusal = ""  # why the image last chosen was not taken
        office_tab = self.tabs.widget(0)
        assert office_tab is not None  # built above
        self.office_tab: QWidget = office_tab
        if not self.ops.actor.is_admin:  # the services refuse them: nothing to lose either
            for edit in (self.office_name, self.address, self.phone, self.email, self.prefix):
                edit.setReadOnly(True)
            self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for edit in (
            self.office_name,
            self.address,
            self.phone,
            self.email,
            self.prefix,
            self.database_url,
        ):
            edit.textChanged.connect(self._edited)
        for combo in (self.language, self.digits):
            combo.currentIndexChanged.connect(self._edited)
        self.groups.itemChanged.connect(self._edited)
        model = self.groups.model()
        model.rowsInserted.connect(self._edited)
        model.rowsRemoved.connect(self._edited)
        for index in range(self.tabs.count()):
            signal = getattr(self.tabs.widget(index), "dirty_changed", None)
            if signal is not None:
                signal.connect(self._edited)

    @staticmethod
    def _office_tab_title(dirty: bool) -> str:
        title = _t("SettingsPage", "สำนักงานและเครื่องนี้")
        return f"{title} *" if dirty else title

    def _office_fields(self) -> tuple[str, ...]:
        return tuple(
            edit.text()
            for edit in (self.office_name, self.address, self.phone, self.email, self.prefix)
        )

    def _station_values(self) -> tuple[object, ...]:
        return (
            self.language.currentData(),
            self.digits.currentData(),
            self.database_url.text().strip(),
        )

    def office_dirty(self) -> bool:
        return self._stored_office is not None and self._office_fields() != self._stored_office

    def groups_dirty(self) -> bool:
        return self._stored_groups is not None and self._group_rows() != self._stored_groups

    def station_dirty(self) -> bool:
        return self._stored_station is not None and self._station_values() != self._stored_station

    def _other_tabs(self) -> list[QWidget]:
        """Every tab but the first (each says itself whether it holds unsaved edits)."""
        tabs = (self.tabs.widget(index) for index in range(1, self.tabs.count()))
        return [tab for tab in tabs if tab is not None]

    def unsaved_parts(self) -> list[str]:
        """The names of the boxes and tabs holding edits not saved yet, in page order."""
        parts = []
        if self.office_dirty():
            parts.append(_t("SettingsPage", "ข้อมูลสำนักงาน"))
        if self.groups_dirty():
            parts.append(_t("SettingsPage", "กลุ่มงาน"))
        if self.station_dirty():
            parts.append(_t("SettingsPage", "ค่าของเครื่องนี้"))
        for tab in self._other_tabs():
            is_dirty = getattr(tab, "is_dirty", None)
            if callable(is_dirty) and is_dirty():
                parts.append(self.tabs.tabText(self.tabs.indexOf(tab)).removesuffix(" *"))
        return parts

    def has_unsaved_changes(self) -> bool:
        """True while any tab holds edits not saved yet: the office's details, its work
        groups, this workstation's preferences, the due days, the office's calendar, the
        letters' wording, or any other tab with an ``is_dirty()``."""
        return bool(self.unsaved_parts())

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        office_dirty = self.office_dirty() or self.groups_dirty() or self.station_dirty()
        index = self.tabs.indexOf(self.office_tab)
        if index >= 0:
            self.tabs.setTabText(index, self._office_tab_title(office_dirty))
        dirty = self.has_unsaved_changes()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def save_all(self, done: Callable[[bool], None] | None = None) -> None:
        """Save every box and tab holding edits (each as its own save button would). Once
        every save ended, ``done(True)`` when nothing is left unsaved, ``done(False)`` when
        something was refused (the page then says why where it was edited)."""
        if self.office_dirty():
            self.save_office()
        if self.groups_dirty():
            self.save_groups()
        if self.station_dirty():
            self.save_station()
        for tab in self._other_tabs():
            is_dirty = getattr(tab, "is_dirty", None)
            if not (callable(is_dirty) and is_dirty()):
                continue
            if tab is self.calendar_tab:
                if tab.due_dirty():
                    tab.save_due_days()
                if tab.days_dirty():
                    tab.save_office_days()
            elif tab is self.wording_tab:
                tab.save()
            else:
                save = getattr(tab, "save_all", None) or getattr(tab, "save", None)
                if callable(save):
                    save()
        self._when_idle(done)

    def _when_idle(self, done: Callable[[bool], None] | None) -> None:
        """Call ``done`` with whether all is saved once no operation is running (the saves
        and the reads their success starts)."""
        runner = self.ops.runner
        ended = False

        def check(*_args: object) -> None:
            nonlocal ended
            if ended or runner.busy:
                return
            ended = True
            runner.busy_changed.disconnect(check)
            ok = not self.has_unsaved_changes()
            if not ok:
                self.status_message.emit(
                    _t("SettingsPage", "ยังบันทึกไม่ได้: {parts} (ดูเหตุผลในหน้าตั้งค่า)").replace(
                        "{parts}", ", ".join(self.unsaved_parts())
                    )
                )
            if done is not None:
                done(ok)

        runner.busy_changed.connect(check)
        QTimer.singleShot(0, self, check)  # nothing was started (every save refused at once)

    def discard_changes(self) -> None:
        """Put the stored values back in every box and tab (edits not saved are dropped)."""
        office = self.snapshot.office if self.snapshot else None
        if office is not None:
            self._fill_office(office)
        if self.snapshot is not None:
            self._fill_groups(self.snapshot.work_groups)
            self._fill_station(self.snapshot.workstation)
        for tab in self._other_tabs():
            discard = getattr(tab, "discard_changes", None)
            if callable(discard):
                discard()
            elif tab is self.calendar_tab:
                _discard_calendar(self.calendar_tab)
            elif tab is self.wording_tab:
                _discard_wording(self.wording_tab)
        self._edited()

    @staticmethod
    def _calendar_tab_title(dirty: bool) -> str:
        title = _t("SettingsPage", "กำหนดตอบรับและวันหยุด")
        return f"{title} *" if dirty else title

    @staticmethod
    def _wording_tab_title(dirty: bool) -> str:
        title = _t("SettingsPage", "ถ้อยคำในหนังสือ")
        return f"{title} *" if dirty else title

    def reload(self) -> None:
        self.ops.settings.snapshot().success(self._show).run(self)

    def _show(self, snapshot: SettingsSnapshot) -> None:
        """Show what is stored; a box holding unsaved edits keeps them."""
        self.snapshot = snapshot
        office = snapshot.office
        if office is not None and not self.office_dirty():
            self._fill_office(office)
        self.province.setText(snapshot.province_label)
        if self._refill_groups or not self.groups_dirty():
            self._refill_groups = False
            self._fill_groups(snapshot.work_groups)
        if not self.station_dirty():
            self._fill_station(snapshot.workstation)
        self.attachments_dir.setText(snapshot.attachments_dir)
        self.letter_digits.setCurrentIndex(
            max(self.letter_digits.findData(snapshot.letter_digits), 0)
        )
        if snapshot.installed_letter_font:
            default = _t("SettingsPage", "%1 ที่ติดตั้งในเครื่อง").replace(
                "%1", snapshot.installed_letter_font
            )
        else:
            default = _t("SettingsPage", "Laksaman ที่มากับโปรแกรม (ขนาดเท่า TH Sarabun)")
        self.letter_font.setText(snapshot.letter_font or default)
        self.garuda.setText(snapshot.garuda or _t("SettingsPage", "ไม่มี (เว้นที่ว่างไว้)"))
        self.calendar_tab.show_snapshot(snapshot)
        if self.wording_tab.stored is not None:
            self.wording_tab.reload()  # the letters' digits may have changed; edits stay
        self._edited()
        self.ops.settings.emblem().success(self._show_emblem).run(self)
        self.loaded.emit()

    def _fill_office(self, office: OfficeInfo) -> None:
        self._filling = True
        self.office_name.setText(office.name)
        self.address.setText(office.address)
        self.phone.setText(office.phone)
        self.email.setText(office.email)
        self.prefix.setText(office.letter_prefix)
        self._stored_office = self._office_fields()
        self._filling = False

    def _fill_groups(self, groups: tuple[WorkGroupInfo, ...]) -> None:
        self._filling = True
        self.groups.setRowCount(0)
        for group in groups:
            self._add_group_row(group)
        self._stored_groups = self._group_rows()
        self._filling = False

    def _fill_station(self, prefs: dict[str, object]) -> None:
        self._filling = True
        self.language.setCurrentIndex(max(self.language.findData(prefs.get("language")), 0))
        self.digits.setCurrentIndex(max(self.digits.findData(prefs.get("digits", "thai")), 0))
        self.database_url.setText(str(prefs.get("database_url") or ""))
        self._stored_station = self._station_values()
        self._filling = False

    def _show_emblem(self, status: EmblemStatus | None) -> None:
        """The Garuda set, why letters will print without it when they will, and why the
        last image chosen was refused (until one is taken)."""
        if status is not None:
            self.emblem = status
        status = self.emblem
        if status is None:
            return
        lines = [(status.path or "") if status.usable else status.problem(self.ops.language)]
        if self._garuda_refusal:
            lines.append(self._garuda_refusal)
        self.garuda.setText("\n".join(line for line in lines if line))
        problem = not status.usable or bool(self._garuda_refusal)
        self.garuda.setStyleSheet(_PROBLEM_STYLE if problem else "")
        self.emblem_shown.emit(status)

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
        fields = self._office_fields()
        self.ops.settings.update_office(self._office_info()).success(
            lambda _r: self._office_saved(fields)
        ).run(self)

    def _office_saved(self, fields: tuple[str, ...]) -> None:
        self._stored_office = fields
        self._saved(_t("SettingsPage", "บันทึกข้อมูลสำนักงานแล้ว"))
        self._edited()

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
            lambda _r: self._groups_saved()
        ).run(self)

    def _groups_saved(self) -> None:
        self._refill_groups = True  # the stored groups (with their new ids) are shown
        self._saved(_t("SettingsPage", "บันทึกกลุ่มงานแล้ว"), reload=True)

    def _choose_attachments_dir(self) -> None:
        folder = file_dialogs.choose_folder(
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
        path = file_dialogs.choose_open_file(
            self, _t("SettingsPage", "แฟ้มแบบอักษร"), filters=["TrueType (*.ttf)"]
        )
        if path:
            self._set_setting("letter.font_path", path)
            bold = path.replace(".ttf", " Bold.ttf")
            if Path(bold).is_file():
                self._set_setting("letter.bold_font_path", bold)

    def _choose_garuda(self) -> None:
        path = file_dialogs.choose_open_file(
            self, _t("SettingsPage", "ภาพครุฑ"), filters=IMAGE_FILTERS
        )
        if path:
            self.set_garuda(path)

    def set_garuda(self, path: str) -> None:
        """Check the image (PNG, JPEG; an SVG is drawn into a PNG) and make letters print
        it; the page says why when it cannot be used."""
        self.ops.settings.set_emblem(path).success(self._garuda_set).failure(
            self._garuda_refused
        ).run(self)

    def _garuda_set(self, status: EmblemStatus) -> None:
        self._garuda_refusal = ""
        self._show_emblem(status)
        self._saved(_t("SettingsPage", "บันทึกแล้ว มีผลกับหนังสือที่พิมพ์ครั้งต่อไป"), reload=True)

    def _garuda_refused(self, error: BaseException) -> None:
        self._garuda_refusal = _t("SettingsPage", "ภาพที่เลือกใช้ไม่ได้: {reason}").replace(
            "{reason}", error_text(error)
        )
        self._show_emblem(None)
        self.status_message.emit(error_text(error))

    def save_station(self) -> None:
        url = self.database_url.text().strip() or None
        if url:
            try:
                self.ops.settings.check_database_url(url)
            except InvalidInput as error:
                show_error(self, error)
                return
        values = self._station_values()
        self.ops.settings.save_workstation(
            {
                "language": self.language.currentData(),
                "digits": self.digits.currentData(),
                "database_url": url,
            }
        ).success(lambda _r: self._station_saved(values)).run(self)

    def _station_saved(self, values: tuple[object, ...]) -> None:
        self._stored_station = values
        self._saved(_t("SettingsPage", "บันทึกแล้ว มีผลเมื่อเปิดโปรแกรมใหม่"))
        self._edited()

    def _saved(self, message: str, *, reload: bool = False) -> None:
        if reload:
            self.reload()
        self.office_changed.emit()
        self.status_message.emit(message)


def _discard_calendar(tab: AckCalendarSettings) -> None:
    """Put the stored due days and office days back (the tab has no discard of its own)."""
    for urgency, spin in tab.due_spins.items():
        spin.blockSignals(True)
        spin.setValue(tab._stored_due.get(urgency, 0))
        spin.blockSignals(False)
    tab._days_off = dict(tab._stored_days_off)
    tab._worked = set(tab._stored_worked)
    tab._edited()


def _discard_wording(tab: LetterWordingSettings) -> None:
    """Put the stored issuing name and templates back (the tab has no discard of its own)."""
    if tab.stored is not None:
        tab._fill(tab.stored)
        tab._edited()
