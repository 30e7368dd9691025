"""The directory of organisations: province -> districts -> local authorities, and agencies.

Everyone can browse it; an admin adds, renames, merges and retires organisations (letters
already sent keep the names they were sent to). Reads and changes are operations
(``ops.directory``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from desktop_app.domain.directory import OrganisationInfo, OrgKind
from desktop_app.domain.thai_text import Digits, apply_digits, search_fold
from desktop_app.ui.i18n import _t
from desktop_app.ui.operations import DIRECTORY, Operations, WriteOp
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter

ORG_ROLE = Qt.ItemDataRole.UserRole + 11


class DirectoryPage(QWidget):
    loaded = Signal(int)  # how many organisations are shown

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.organisations: list[OrganisationInfo] = []
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
        for button in (self.add_button, self.rename_button, self.merge_button, self.retire_button):
            button.setEnabled(ops.actor.is_admin)
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
        ops.changed.connect(lambda area: self.reload() if area == DIRECTORY else None)
        self.reload()

    def _row(self, org: OrganisationInfo) -> list[QStandardItem]:
        kind = org.la_type or OrgKind(org.kind).label(self.ops.language)
        items = [
            QStandardItem(org.name),
            QStandardItem(kind),
            QStandardItem(apply_digits(org.code or "", self.digits)),
        ]
        for item in items:
            item.setEditable(False)
        items[0].setData(search_fold(f"{org.name} {org.short_name} {org.code or ''}"), FOLD_ROLE)
        items[0].setData(org, ORG_ROLE)
        if not org.active:
            for item in items:
                item.setForeground(Qt.GlobalColor.gray)
        return items

    def reload(self) -> None:
        self.ops.directory.organisations(include_inactive=True).success(self._show).run(self)

    def _show(self, organisations: list[OrganisationInfo]) -> None:
        self.organisations = organisations
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                _t("DirectoryPage", "ชื่อหน่วยงาน"),
                _t("DirectoryPage", "ประเภท"),
                _t("DirectoryPage", "รหัส"),
            ]
        )
        rows: dict[int, list[QStandardItem]] = {org.id: self._row(org) for org in organisations}
        root = self.model.invisibleRootItem()
        # Organisations arrive in Thai dictionary order; appending keeps that order per level.
        for kind in (OrgKind.DEPARTMENT, OrgKind.PROVINCE, OrgKind.AGENCY, OrgKind.OFFICE):
            for org in organisations:
                if org.kind == kind and (org.parent_id is None or org.parent_id not in rows):
                    root.appendRow(rows[org.id])
        for kind in (OrgKind.DISTRICT, OrgKind.LOCAL_AUTHORITY):
            for org in organisations:
                if org.kind != kind:
                    continue
                parent = rows.get(org.parent_id) if org.parent_id else None
                (parent[0] if parent else root).appendRow(rows[org.id])
        self.tree.expandToDepth(0)
        districts = sum(1 for org in organisations if org.kind == OrgKind.DISTRICT)
        authorities = sum(1 for org in organisations if org.kind == OrgKind.LOCAL_AUTHORITY)
        self.summary.setText(
            _t(
                "DirectoryPage",
                "อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง หน่วยงานทั้งหมด {all} แห่ง",
            )
            .replace("{districts}", apply_digits(str(districts), self.digits))
            .replace("{las}", apply_digits(str(authorities), self.digits))
            .replace("{all}", apply_digits(str(len(organisations)), self.digits))
        )
        self.loaded.emit(len(organisations))

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text:
            self.tree.expandAll()

    # -- admin ------------------------------------------------------------------------------
    def selected_org(self) -> OrganisationInfo | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        org = self.proxy.mapToSource(index.siblingAtColumn(0)).data(ORG_ROLE)
        return org if isinstance(org, OrganisationInfo) else None

    def _run(self, op: WriteOp[OrganisationInfo]) -> None:
        op.run(self)  # the page reloads when the directory changed (ops.changed)

    def add_organisation(self) -> None:
        parent = self.selected_org()
        name, ok = QInputDialog.getText(
            self, _t("DirectoryPage", "เพิ่มหน่วยงาน"), _t("DirectoryPage", "ชื่อหน่วยงาน")
        )
        if not ok:
            return
        under_district = parent is not None and parent.kind == OrgKind.DISTRICT
        kind = OrgKind.LOCAL_AUTHORITY if under_district else OrgKind.AGENCY
        self._run(
            self.ops.directory.add(kind, name, parent.id if under_district and parent else None)
        )

    def rename_selected(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        name, ok = QInputDialog.getText(
            self, _t("DirectoryPage", "เปลี่ยนชื่อหน่วยงาน"), _t("DirectoryPage", "ชื่อใหม่"), text=org.name
        )
        if ok:
            self._run(self.ops.directory.rename(org.id, name))

    def merge_selected(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        others = [o for o in self.organisations if o.id != org.id and o.active]
        names = [o.name for o in others]
        name, ok = QInputDialog.getItem(
            self,
            _t("DirectoryPage", "รวมเข้ากับ"),
            _t("DirectoryPage", "หน่วยงานที่คงไว้"),
            names,
            0,
            False,
        )
        if ok and name in names:
            self._run(self.ops.directory.merge(org.id, others[names.index(name)].id))

    def retire_selected(self) -> None:
        org = self.selected_org()
        if org is not None:
            self._run(self.ops.directory.retire(org.id))
