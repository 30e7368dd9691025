"""Choosing recipients: the province's districts with their local authorities as a tree
with checkboxes, other agencies beside them, presets and saved lists.

The presets are the ones ``saraban forward --to`` takes: every district, every local
authority, every municipality, every อบต., and every local authority in a chosen district
(``district:CODE``, the box "อปท. ในอำเภอ…"). The search box finds what clerks type (the
shared rule of ``FoldFilter``: abbreviations such as "อบต.ผาบ่อง" or "อ.ปาย", tone marks
as a fallback) and says when it shows near matches or nothing.

Takes the directory as values; a saved list is read and saved through ``ops.outgoing``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.directory import OrgKind
from desktop_app.domain.routing import Recipient, ordered, preset_members
from desktop_app.domain.thai_text import Digits, apply_digits, search_fold
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask_text
from desktop_app.ui.operations.outgoing import OutgoingOps
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter

RECIPIENT_ROLE = Qt.ItemDataRole.UserRole + 30


class RecipientPicker(QWidget):
    changed = Signal(list)  # list[Recipient], in customary order
    lists_changed = Signal(list)  # the saved lists' names, after one was saved

    def __init__(
        self,
        directory: Sequence[Recipient],
        saved_lists: Sequence[str],
        ops: OutgoingOps,
        *,
        digits: Digits = "thai",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.setObjectName("RecipientPicker")
        self.directory = list(directory)
        self._saved_lists = list(saved_lists)
        self._items: dict[int, QStandardItem] = {}
        self._updating = False

        self.model = QStandardItemModel(self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("recipientTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.proxy)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_t("RecipientPicker", "ค้นหาหน่วยงาน"))
        self.search.textChanged.connect(self._filter)
        self.search_note = QLabel(self)
        self.search_note.setObjectName("recipientSearchNote")
        self.search_note.setWordWrap(True)
        self.search_note.hide()
        self.proxy.searched.connect(self._searched)

        presets = QGridLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for index, (key, label) in enumerate(
            (
                ("all-districts", _t("RecipientPicker", "ทุกอำเภอ")),
                ("all-local-authorities", _t("RecipientPicker", "อปท. ทุกแห่ง")),
                ("all-municipalities", _t("RecipientPicker", "เทศบาลทุกแห่ง")),
                ("all-sao", _t("RecipientPicker", "อบต. ทุกแห่ง")),
            )
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"preset-{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.add_preset(k))
            self.preset_buttons[key] = button
            presets.addWidget(button, index // 2, index % 2)
        self.district_preset = QComboBox(self)
        self.district_preset.setObjectName("districtPreset")
        self.district_preset.addItem(_t("RecipientPicker", "อปท. ในอำเภอ…"), None)
        for district in ordered(a for a in self.directory if a.kind == OrgKind.DISTRICT):
            if preset_members(f"district:{district.code}", self.directory):
                self.district_preset.addItem(district.name, f"district:{district.code}")
        self.district_preset.setToolTip(
            _t("RecipientPicker", "เลือกองค์กรปกครองส่วนท้องถิ่นทุกแห่งในอำเภอที่เลือก")
        )
        self.district_preset.activated.connect(self._district_chosen)
        presets.addWidget(self.district_preset, 2, 0, 1, 2)
        clear = QPushButton(_t("RecipientPicker", "ล้างทั้งหมด"), self)
        clear.clicked.connect(self.clear)
        self.lists = QComboBox(self)
        self.lists.setObjectName("savedLists")
        self.lists.activated.connect(self._apply_list)
        save_list = QPushButton(_t("RecipientPicker", "บันทึกเป็นรายชื่อ…"), self)
        save_list.clicked.connect(self._save_list)
        lists_row = QHBoxLayout()
        lists_row.addWidget(self.lists, 1)
        lists_row.addWidget(save_list)
        self.count = QLabel(self)
        self.count.setObjectName("recipientCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(presets)
        layout.addWidget(clear)
        layout.addLayout(lists_row)
        layout.addWidget(self.search)
        layout.addWidget(self.search_note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self._build_tree()
        self._refill_lists()
        self.model.itemChanged.connect(self._item_changed)
        self._emit()

    # -- construction ---------------------------------------------------------------------
    def _item(self, recipient: Recipient) -> QStandardItem:
        label = recipient.name
        if recipient.code:
            label += f"  ({apply_digits(recipient.code, self.digits)})"
        item = QStandardItem(label)
        item.setEditable(False)
        item.setCheckable(True)
        item.setData(recipient, RECIPIENT_ROLE)
        item.setData(search_fold(f"{recipient.name} {recipient.code or ''}"), FOLD_ROLE)
        self._items[recipient.id] = item
        return item

    def _build_tree(self) -> None:
        root = self.model.invisibleRootItem()
        districts = [a for a in self.directory if a.kind == OrgKind.DISTRICT]
        province_las = [a for a in self.directory if a.kind == OrgKind.LOCAL_AUTHORITY]
        for district in districts:
            district_item = self._item(district)
            root.appendRow(district_item)
            for authority in ordered(a for a in province_las if a.district_code == district.code):
                district_item.appendRow(self._item(authority))
        # Local authorities without a district (อบจ. listed under the capital's district
        # still appear there); then the other agencies.
        placed = {a.id for a in province_las if a.district_code in {d.code for d in districts}}
        others = [a for a in province_las if a.id not in placed] + [
            a
            for a in self.directory
            if a.kind in (OrgKind.AGENCY, OrgKind.DEPARTMENT, OrgKind.PROVINCE)
        ]
        if others:
            group = QStandardItem(_t("RecipientPicker", "หน่วยงานอื่น"))
            group.setEditable(False)
            group.setData(search_fold("หน่วยงานอื่น"), FOLD_ROLE)
            root.appendRow(group)
            for recipient in others:
                group.appendRow(self._item(recipient))

    def _refill_lists(self, names: Sequence[str] | None = None) -> None:
        if names is not None:
            self._saved_lists = list(names)
        self.lists.clear()
        self.lists.addItem(_t("RecipientPicker", "— รายชื่อที่บันทึกไว้ —"), None)
        for name in self._saved_lists:
            self.lists.addItem(name, name)

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> list[Recipient]:
        return ordered(
            item.data(RECIPIENT_ROLE)
            for item in self._items.values()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, recipients: list[Recipient], checked: bool = True) -> None:
        self._updating = True
        try:
            for recipient in recipients:
                item = self._items.get(recipient.id)
                if item is not None:
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
        finally:
            self._updating = False
        self._emit()

    def add_preset(self, key: str) -> None:
        self.set_checked(preset_members(key, self.directory))

    def clear(self) -> None:
        self.set_checked(list(self.directory), checked=False)

    def choose_district(self, code: str) -> None:
        """Tick every local authority of the district ``code`` (the preset district:CODE)."""
        self.add_preset(f"district:{code}")

    def _district_chosen(self, index: int) -> None:
        key = self.district_preset.itemData(index)
        if key:
            self.add_preset(key)
        self.district_preset.setCurrentIndex(0)

    def _apply_list(self, index: int) -> None:
        name = self.lists.itemData(index)
        if not name:
            return
        self.ops.list_members(name).success(self.set_checked).run(self)

    def _save_list(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        name, ok = ask_text(
            self, _t("RecipientPicker", "บันทึกรายชื่อผู้รับ"), _t("RecipientPicker", "ชื่อรายชื่อ")
        )
        if ok and name.strip():
            (self.ops.save_list(name, [a.id for a in chosen]).success(self._lists_saved).run(self))

    def _lists_saved(self, names: list[str]) -> None:
        self._refill_lists(names)
        self.lists_changed.emit(names)

    def _item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        recipient = item.data(RECIPIENT_ROLE)
        # Ticking a district ticks nothing else: "every local authority in district X" is a
        # separate choice, made by ticking the authorities (or searching the district).
        if recipient is not None:
            self._emit()

    def _emit(self) -> None:
        chosen = self.selected()
        self.count.setText(
            _t("RecipientPicker", "เลือกแล้ว {count} หน่วยงาน").replace(
                "{count}", apply_digits(str(len(chosen)), self.digits)
            )
        )
        self.changed.emit(chosen)

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text:
            self.tree.expandAll()

    def _searched(self, exact: int, near: int) -> None:
        """Say when the tree shows near matches only, or nothing."""
        if not self.proxy.terms:
            self.search_note.hide()
            return
        if exact == 0 and near == 0:
            text = _t("RecipientPicker", "ไม่พบหน่วยงานที่ตรงกับ “{text}”").replace(
                "{text}", self.search.text().strip()
            )
        elif near:
            text = _t("RecipientPicker", "ไม่พบคำที่ตรงทุกตัว แสดงผลที่ใกล้เคียงด้วย (ไม่นับวรรณยุกต์)")
        else:
            self.search_note.hide()
            return
        self.search_note.setText(text)
        self.search_note.show()
