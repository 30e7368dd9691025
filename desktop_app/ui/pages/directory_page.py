"""The directory of organisations: province -> districts -> local authorities, and agencies.

Read-only here; adding, renaming, merging and retiring organisations come with routing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app_context import AppContext
from desktop_app.domain.thai_text import Digits, apply_digits, search_fold
from desktop_app.services.directory import KIND_LABELS, OrganisationInfo
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter

ORG_ROLE = Qt.ItemDataRole.UserRole + 11




class DirectoryPage(QWidget):
    def __init__(self, context: AppContext, *, digits: Digits = "thai",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.digits: Digits = digits
        self.setObjectName("DirectoryPage")
        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_t("DirectoryPage", "ค้นหาหน่วยงาน"))
        self.model = QStandardItemModel(self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("directoryTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.summary = QLabel(self)
        # Admin actions: the directory changes (an อบต. becomes a เทศบาลตำบล) without
        # rewriting what letters already said.
        self.add_button = QPushButton(_t("DirectoryPage", "เพิ่มหน่วยงาน…"), self)
        self.rename_button = QPushButton(_t("DirectoryPage", "เปลี่ยนชื่อ…"), self)
        self.merge_button = QPushButton(_t("DirectoryPage", "รวมเข้ากับ…"), self)
        self.retire_button = QPushButton(_t("DirectoryPage", "เลิกใช้"), self)
        admin = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button,
                       self.retire_button):
            button.setEnabled(context.actor.role == "admin")
            admin.addWidget(button)
        admin.addStretch(1)
        self.add_button.clicked.connect(self.add_organisation)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(admin)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self._filter)
        self.reload()

    def _row(self, org: OrganisationInfo) -> list[QStandardItem]:
        language = self.context.language
        kind = org.la_type or KIND_LABELS[org.kind][0 if language == "th" else 1]
        items = [QStandardItem(org.name), QStandardItem(kind),
                 QStandardItem(apply_digits(org.code or "", self.digits))]
        for item in items:
            item.setEditable(False)
        items[0].setData(search_fold(f"{org.name} {org.short_name} {org.code or ''}"), FOLD_ROLE)
        items[0].setData(org.id, ORG_ROLE)
        if not org.active:
            for item in items:
                item.setForeground(Qt.GlobalColor.gray)
        return items

    def reload(self) -> None:
        organisations = self.context.directory.organisations(include_inactive=True)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([_t("DirectoryPage", "ชื่อหน่วยงาน"), _t("DirectoryPage", "ประเภท"), _t("DirectoryPage", "รหัส")])
        rows: dict[int, list[QStandardItem]] = {org.id: self._row(org) for org in organisations}
        root = self.model.invisibleRootItem()
        # Organisations arrive in Thai dictionary order; appending keeps that order per level.
        for kind in ("department", "province", "agency", "office"):
            for org in organisations:
                if org.kind == kind and (org.parent_id is None or org.parent_id not in rows):
                    root.appendRow(rows[org.id])
        for kind in ("district", "local_authority"):
            for org in organisations:
                if org.kind != kind:
                    continue
                parent = rows.get(org.parent_id) if org.parent_id else None
                (parent[0] if parent else root).appendRow(rows[org.id])
        self.tree.expandToDepth(0)
        districts = sum(1 for org in organisations if org.kind == "district")
        authorities = sum(1 for org in organisations if org.kind == "local_authority")
        self.summary.setText(
            _t("DirectoryPage", "อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง หน่วยงานทั้งหมด {all} แห่ง")
            .replace("{districts}", apply_digits(str(districts), self.digits))
            .replace("{las}", apply_digits(str(authorities), self.digits))
            .replace("{all}", apply_digits(str(len(organisations)), self.digits))
        )

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text:
            self.tree.expandAll()

    # -- admin ------------------------------------------------------------------------------
    def selected_org(self) -> OrganisationInfo | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        org_id = self.proxy.mapToSource(index.siblingAtColumn(0)).data(ORG_ROLE)
        return self.context.directory.get(int(org_id)) if org_id is not None else None

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as error:
            show_error(self, error)
            return
        self.reload()

    def add_organisation(self) -> None:
        parent = self.selected_org()
        name, ok = QInputDialog.getText(self, _t("DirectoryPage", "เพิ่มหน่วยงาน"),
                                        _t("DirectoryPage", "ชื่อหน่วยงาน"))
        if not ok:
            return
        kind = "local_authority" if parent and parent.kind == "district" else "agency"
        directory, actor = self.context.directory, self.context.actor
        self._run(lambda: directory.add_organisation(
            kind, name, actor, parent_id=parent.id if kind == "local_authority" and parent
            else None))

    def rename_selected(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        name, ok = QInputDialog.getText(self, _t("DirectoryPage", "เปลี่ยนชื่อหน่วยงาน"),
                                        _t("DirectoryPage", "ชื่อใหม่"), text=org.name)
        if ok:
            directory, actor = self.context.directory, self.context.actor
            self._run(lambda: directory.rename(org.id, name, actor))

    def merge_selected(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        others = [o for o in self.context.directory.organisations() if o.id != org.id]
        names = [o.name for o in others]
        name, ok = QInputDialog.getItem(self, _t("DirectoryPage", "รวมเข้ากับ"),
                                        _t("DirectoryPage", "หน่วยงานที่คงไว้"), names, 0, False)
        if ok and name in names:
            target = others[names.index(name)]
            directory, actor = self.context.directory, self.context.actor
            self._run(lambda: directory.merge(org.id, target.id, actor))

    def retire_selected(self) -> None:
        org = self.selected_org()
        if org is not None:
            directory, actor = self.context.directory, self.context.actor
            self._run(lambda: directory.retire(org.id, actor))

