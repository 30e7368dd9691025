"""Choosing recipients: the province's districts with their local authorities as a tree
with checkboxes, other agencies beside them, presets and saved lists."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.routing import Addressee, ordered, preset_members
from desktop_app.domain.thai_text import Digits, apply_digits, search_fold
from desktop_app.services.outgoing import OutgoingService
from desktop_app.services.users import Actor
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter

ADDRESSEE_ROLE = Qt.ItemDataRole.UserRole + 30


class RecipientPicker(QWidget):
    changed = Signal(list)  # list[Addressee], in customary order

    def __init__(self, outgoing: OutgoingService, actor: Actor, *, digits: Digits = "thai",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outgoing = outgoing
        self.actor = actor
        self.digits: Digits = digits
        self.setObjectName("RecipientPicker")
        self.directory = outgoing.addressees()
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

        presets = QGridLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for index, (key, label) in enumerate((
            ("all-districts", _t("RecipientPicker", "ทุกอำเภอ")),
            ("all-local-authorities", _t("RecipientPicker", "อปท. ทุกแห่ง")),
            ("all-municipalities", _t("RecipientPicker", "เทศบาลทุกแห่ง")),
            ("all-sao", _t("RecipientPicker", "อบต. ทุกแห่ง")),
        )):
            button = QPushButton(label, self)
            button.setObjectName(f"preset-{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.add_preset(k))
            self.preset_buttons[key] = button
            presets.addWidget(button, index // 2, index % 2)
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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self._build_tree()
        self._refill_lists()
        self.model.itemChanged.connect(self._item_changed)
        self._emit()

    # -- construction ---------------------------------------------------------------------
    def _item(self, addressee: Addressee) -> QStandardItem:
        label = addressee.name
        if addressee.code:
            label += f"  ({apply_digits(addressee.code, self.digits)})"
        item = QStandardItem(label)
        item.setEditable(False)
        item.setCheckable(True)
        item.setData(addressee, ADDRESSEE_ROLE)
        item.setData(search_fold(f"{addressee.name} {addressee.code or ''}"), FOLD_ROLE)
        self._items[addressee.id] = item
        return item

    def _build_tree(self) -> None:
        root = self.model.invisibleRootItem()
        districts = [a for a in self.directory if a.kind == "district"]
        province_las = [a for a in self.directory if a.kind == "local_authority"]
        for district in districts:
            district_item = self._item(district)
            root.appendRow(district_item)
            for authority in ordered(a for a in province_las
                                     if a.district_code == district.code):
                district_item.appendRow(self._item(authority))
        # Local authorities without a district (อบจ. listed under the capital's district
        # still appear there); then the other agencies.
        placed = {a.id for a in province_las if a.district_code in {d.code for d in districts}}
        others = [a for a in province_las if a.id not in placed] + [
            a for a in self.directory if a.kind in ("agency", "department", "province")]
        if others:
            group = QStandardItem(_t("RecipientPicker", "หน่วยงานอื่น"))
            group.setEditable(False)
            group.setData(search_fold("หน่วยงานอื่น"), FOLD_ROLE)
            root.appendRow(group)
            for addressee in others:
                group.appendRow(self._item(addressee))

    def _refill_lists(self) -> None:
        self.lists.clear()
        self.lists.addItem(_t("RecipientPicker", "— รายชื่อที่บันทึกไว้ —"), None)
        for name in self.outgoing.lists():
            self.lists.addItem(name, name)

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> list[Addressee]:
        return ordered(item.data(ADDRESSEE_ROLE) for item in self._items.values()
                       if item.checkState() == Qt.CheckState.Checked)

    def set_checked(self, addressees: list[Addressee], checked: bool = True) -> None:
        self._updating = True
        try:
            for addressee in addressees:
                item = self._items.get(addressee.id)
                if item is not None:
                    item.setCheckState(Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self._emit()

    def add_preset(self, key: str) -> None:
        self.set_checked(preset_members(key, self.directory))

    def clear(self) -> None:
        self.set_checked(list(self.directory), checked=False)

    def _apply_list(self, index: int) -> None:
        name = self.lists.itemData(index)
        if not name:
            return
        try:
            self.set_checked(self.outgoing.resolve([f"list:{name}"]))
        except Exception as error:
            show_error(self, error)

    def _save_list(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        name, ok = QInputDialog.getText(self, _t("RecipientPicker", "บันทึกรายชื่อผู้รับ"),
                                        _t("RecipientPicker", "ชื่อรายชื่อ"))
        if ok and name.strip():
            try:
                self.outgoing.save_list(name, [a.id for a in chosen], self.actor)
            except Exception as error:
                show_error(self, error)
            self._refill_lists()

    def _item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        addressee = item.data(ADDRESSEE_ROLE)
        # Ticking a district ticks nothing else: "every local authority in district X" is a
        # separate choice, made by ticking the authorities (or searching the district).
        if addressee is not None:
            self._emit()

    def _emit(self) -> None:
        chosen = self.selected()
        self.count.setText(_t("RecipientPicker", "เลือกแล้ว {count} หน่วยงาน").replace(
            "{count}", apply_digits(str(len(chosen)), self.digits)))
        self.changed.emit(chosen)

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text:
            self.tree.expandAll()
