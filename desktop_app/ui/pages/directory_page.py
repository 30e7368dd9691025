"""The directory of organisations: province -> districts -> local authorities, and agencies.

Everyone can browse it; an admin adds, renames, merges and retires organisations (letters
already sent keep the names they were sent to) and corrects their official e-mail addresses
(acknowledgements by e-mail are matched on them; a local authority without one has the
customary saraban_0<DLA code>@dla.go.th, shown in grey). Reads and changes are operations
(``ops.directory``).

Every name can be read without dragging a column: the name column takes the room the other
columns leave, and never less than the longest name with its indentation (the tree scrolls
sideways instead). The column widths are remembered on this workstation.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.acks import default_official_email
from desktop_app.domain.directory import OrganisationInfo, OrgKind
from desktop_app.domain.thai_text import Digits, apply_digits, search_fold
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import ask_text, error_text
from desktop_app.ui.operations import DIRECTORY, Operations, WriteOp
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter
from desktop_app.ui.window_state import remember_header

ORG_ROLE = Qt.ItemDataRole.UserRole + 11
COL_NAME, COL_KIND, COL_CODE, COL_EMAIL = range(4)
DEFAULT_EMAIL_COLOUR = QColor("#757575")
_ERROR_STYLE = "color: #b00020;"
EXTRA_ROW_HEIGHT = 4  # pixels
_DONE_STYLE = "color: #1b5e20;"
# The e-mail column (pixels): as wide as the longest address, within these bounds (the name
# column stretches over the rest); its editor is at least EMAIL_EDITOR_WIDTH wide, and wider
# (over the columns to its left) for a longer address.
EMAIL_MIN_WIDTH = 240
EMAIL_MAX_WIDTH = 340
EMAIL_EDITOR_WIDTH = EMAIL_MIN_WIDTH
CELL_PADDING = 20  # a cell's margins and some air, both sides together


class EmailDelegate(QStyledItemDelegate):
    """The e-mail cell's inline editor: starts from the stored address (empty when the
    default applies, which it shows as a placeholder) and hands what was typed to the page
    (``committed``) instead of writing it into the model: the directory changes only through
    the operation."""

    committed = Signal(object, str)  # (OrganisationInfo, the address typed; "" = default)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retry: dict[int, str] = {}  # organisation id -> text typed before a refusal

    @staticmethod
    def _org(index: QModelIndex | QPersistentModelIndex) -> OrganisationInfo | None:
        org = index.sibling(index.row(), COL_NAME).data(ORG_ROLE)
        return org if isinstance(org, OrganisationInfo) else None

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Room below the baseline: the underscore of saraban_0... is drawn there, and the
        # tree's rows (uniform heights) are as tall as this hint.
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + EXTRA_ROW_HEIGHT)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("directoryEmailEditor")
        org = self._org(index)
        default = default_official_email(org.kind.value, org.code) if org is not None else ""
        if default:
            editor.setPlaceholderText(default)
            editor.setToolTip(
                _t("DirectoryPage", "เว้นว่าง = ใช้ค่าเริ่มต้น {email}").replace("{email}", default)
            )
        return editor

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell's rectangle, widened to the left (over the code and kind columns) when
        the cell is narrower than the address or ``EMAIL_EDITOR_WIDTH``."""
        super().updateEditorGeometry(editor, option, index)
        if not isinstance(editor, QLineEdit):
            return
        metrics = editor.fontMetrics()
        text = editor.text() or editor.placeholderText()
        wanted = max(EMAIL_EDITOR_WIDTH, metrics.horizontalAdvance(text) + CELL_PADDING)
        rect = editor.geometry()
        if rect.width() < wanted:
            rect.setLeft(max(0, rect.right() + 1 - wanted))
            editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        org = self._org(index)
        if isinstance(editor, QLineEdit) and org is not None:
            editor.setText(self.retry.get(org.id, org.email))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        org = self._org(index)
        if isinstance(editor, QLineEdit) and org is not None:
            self.committed.emit(org, editor.text().strip())


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
        self.model.setHorizontalHeaderLabels(
            [
                _t("DirectoryPage", "ชื่อหน่วยงาน"),
                _t("DirectoryPage", "ประเภท"),
                _t("DirectoryPage", "รหัส"),
                _t("DirectoryPage", "อีเมล"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_KIND, COL_CODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_EMAIL, EMAIL_MIN_WIDTH)
        # The e-mail column as the user last left it on this workstation; else sized from
        # the addresses once they arrive.
        self._email_width_restored = remember_header(
            header, ops.paths.config_dir, "DirectoryPage/tree"
        )
        self.name_width = 0  # pixels the longest name needs, indentation included
        self._fitting_names = False
        header.sectionResized.connect(self._section_resized)
        self.tree.viewport().installEventFilter(self)
        self.email_delegate = EmailDelegate(self.tree)
        self.email_delegate.committed.connect(self._email_typed)
        self.tree.setItemDelegateForColumn(COL_EMAIL, self.email_delegate)
        self.tree.setEditTriggers(
            (
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            if ops.actor.is_admin
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self._reopen_email: int | None = None  # an organisation whose typed e-mail was refused
        self.summary = QLabel(self)
        self.message = QLabel(self)  # what the last e-mail change did, or why it was refused
        self.message.setObjectName("directoryMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # Admin actions: the directory changes (an อบต. becomes a เทศบาลตำบล) without
        # rewriting what letters already said.
        self.add_button = QPushButton(_t("DirectoryPage", "เพิ่มหน่วยงาน…"), self)
        self.rename_button = QPushButton(_t("DirectoryPage", "เปลี่ยนชื่อ…"), self)
        self.merge_button = QPushButton(_t("DirectoryPage", "รวมเข้ากับ…"), self)
        self.retire_button = QPushButton(_t("DirectoryPage", "เลิกใช้"), self)
        self.email_button = QPushButton(_t("DirectoryPage", "แก้ไขอีเมล…"), self)
        self.email_button.setObjectName("directoryEditEmail")
        self.email_button.setToolTip(
            _t("DirectoryPage", "หรือดับเบิลคลิกช่องอีเมล เว้นว่างเพื่อกลับไปใช้ค่าเริ่มต้น")
        )
        admin = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.merge_button,
            self.retire_button,
            self.email_button,
        ):
            button.setEnabled(ops.actor.is_admin)
            admin.addWidget(button)
        admin.addStretch(1)
        self.email_button.clicked.connect(self.edit_selected_email)
        self.add_button.clicked.connect(self.add_organisation)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(admin)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self._filter)
        ops.changed.connect(lambda area: self.reload() if area == DIRECTORY else None)
        self.reload()

    def _row(self, org: OrganisationInfo) -> list[QStandardItem]:
        kind = org.la_type or OrgKind(org.kind).label(self.ops.language)
        email = org.official_email
        items = [
            QStandardItem(org.name),
            QStandardItem(kind),
            QStandardItem(apply_digits(org.code or "", self.digits)),
            QStandardItem(email),
        ]
        for item in items:
            item.setEditable(False)
        items[COL_NAME].setData(
            search_fold(f"{org.name} {org.short_name} {org.code or ''} {email}"), FOLD_ROLE
        )
        items[COL_NAME].setData(org, ORG_ROLE)
        cell = items[COL_EMAIL]
        cell.setEditable(self.ops.actor.is_admin and org.active)
        if email and not org.email:  # the customary default, not typed by anyone
            font = cell.font()
            font.setItalic(True)
            cell.setFont(font)
            cell.setForeground(DEFAULT_EMAIL_COLOUR)
            cell.setToolTip(_t("DirectoryPage", "ค่าเริ่มต้นตามรูปแบบ saraban_0 + รหัส อปท."))
        if not org.active:
            for item in items:
                item.setForeground(Qt.GlobalColor.gray)
        return items

    def reload(self) -> None:
        self.ops.directory.organisations(include_inactive=True).success(self._show).run(self)

    def _expanded_ids(self) -> set[int]:
        """Organisations whose branch is open (kept when the directory is read again)."""
        found: set[int] = set()

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, COL_NAME, parent)
                if self.tree.isExpanded(index):
                    org = index.data(ORG_ROLE)
                    if isinstance(org, OrganisationInfo):
                        found.add(org.id)
                    walk(index)

        walk(QModelIndex())
        return found

    def _proxy_index(self, org_id: int, column: int = COL_NAME) -> QModelIndex:
        for item in self._items(self.model.invisibleRootItem()):
            org = item.data(ORG_ROLE)
            if isinstance(org, OrganisationInfo) and org.id == org_id:
                source = item.index().siblingAtColumn(column)
                return self.proxy.mapFromSource(source)
        return QModelIndex()

    def _items(self, parent: QStandardItem) -> list[QStandardItem]:
        found: list[QStandardItem] = []
        for row in range(parent.rowCount()):
            child = parent.child(row, COL_NAME)
            if child is not None:
                found.append(child)
                found.extend(self._items(child))
        return found

    def _show(self, organisations: list[OrganisationInfo]) -> None:
        first = not self.organisations
        expanded = set() if first else self._expanded_ids()
        current = self.selected_org()
        scrolled = self.tree.verticalScrollBar().value()
        self.organisations = organisations
        # The rows go, the columns (and the widths they were given) stay.
        self.model.removeRows(0, self.model.rowCount())
        if first and not self._email_width_restored:
            # Sized from every address, not only the rows in view (the districts shown
            # first have none): an empty column would be a sliver.
            self.tree.header().resizeSection(COL_EMAIL, self.email_column_width(organisations))
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
        self.name_width = self.name_column_width()
        self.fit_name_column()
        if first:
            self.tree.expandToDepth(0)
        elif self.search.text():
            self.tree.expandAll()
        else:
            for org_id in expanded:
                self.tree.expand(self._proxy_index(org_id))
        if current is not None:
            index = self._proxy_index(current.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        if not first:
            self.tree.verticalScrollBar().setValue(scrolled)
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
        if self._reopen_email is not None:
            self._edit_email(self._reopen_email)
            self._reopen_email = None
        self.loaded.emit(len(organisations))

    def email_column_width(self, organisations: list[OrganisationInfo]) -> int:
        """Pixels for the e-mail column: the longest address (typed or default, shown in
        italics) plus padding, within ``EMAIL_MIN_WIDTH``..``EMAIL_MAX_WIDTH``."""
        plain = self.tree.fontMetrics()
        italic_font = self.tree.font()
        italic_font.setItalic(True)
        italic = QFontMetrics(italic_font)
        widest = max(
            (
                max(
                    plain.horizontalAdvance(org.official_email),
                    italic.horizontalAdvance(org.official_email),
                )
                for org in organisations
                if org.official_email
            ),
            default=0,
        )
        return max(EMAIL_MIN_WIDTH, min(EMAIL_MAX_WIDTH, widest + CELL_PADDING))

    def name_column_width(self) -> int:
        """Pixels the name column needs for every organisation's whole name: its text, its
        indentation in the tree (the top level is indented too) and the cell's padding."""
        metrics = self.tree.fontMetrics()
        indentation = self.tree.indentation()

        def widest(parent: QStandardItem, depth: int) -> int:
            found = 0
            for row in range(parent.rowCount()):
                item = parent.child(row, COL_NAME)
                if item is None:
                    continue
                own = (depth + 1) * indentation + metrics.horizontalAdvance(item.text())
                found = max(found, own, widest(item, depth + 1))
            return found

        return widest(self.model.invisibleRootItem(), 0) + CELL_PADDING

    def fit_name_column(self) -> None:
        """The name column takes the room the other columns leave (it stretches), but never
        less than ``name_width``: then it keeps that width and the tree scrolls sideways."""
        header = self.tree.header()
        if self._fitting_names or header.count() <= COL_NAME:
            return
        self._fitting_names = True
        try:
            others = sum(
                header.sectionSize(column)
                for column in range(header.count())
                if column != COL_NAME and not header.isSectionHidden(column)
            )
            room = self.tree.viewport().width() - others
            if room >= self.name_width:
                if header.sectionResizeMode(COL_NAME) != QHeaderView.ResizeMode.Stretch:
                    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(COL_NAME, self.name_width)
        finally:
            self._fitting_names = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != COL_NAME:
            self.fit_name_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The tree's visible width changed (the window was resized, a scroll bar came).
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_name_column()
        return super().eventFilter(watched, event)

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
        name, ok = ask_text(
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
        name, ok = ask_text(
            self, _t("DirectoryPage", "เปลี่ยนชื่อหน่วยงาน"), _t("DirectoryPage", "ชื่อใหม่"), org.name
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

    def edit_selected_email(self) -> None:
        """Open the selected organisation's e-mail cell for typing (admin)."""
        org = self.selected_org()
        if org is None or not self.ops.actor.is_admin:
            return
        self._edit_email(org.id)

    def _edit_email(self, org_id: int) -> bool:
        index = self._proxy_index(org_id, COL_EMAIL)
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.email_delegate.retry.pop(org_id, None)
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.tree.edit(index)
        return True

    def _email_typed(self, org: OrganisationInfo, email: str) -> None:
        self.email_delegate.retry.pop(org.id, None)
        if email == org.email:
            return
        self.ops.directory.set_email(org.id, email).success(self._email_saved).failure(
            lambda error: self._email_refused(org, email, error)
        ).run(self)

    def _email_saved(self, org: OrganisationInfo) -> None:
        # The page reads the directory again (ops.changed) and keeps its place.
        text = (
            _t("DirectoryPage", "บันทึกอีเมลของ {name} แล้ว: {email}")
            if org.email
            else _t("DirectoryPage", "{name} กลับไปใช้อีเมลค่าเริ่มต้น {email}")
        )
        self._say(
            text.replace("{name}", org.name).replace("{email}", org.official_email or "-"),
            _DONE_STYLE,
        )

    def _email_refused(self, org: OrganisationInfo, email: str, error: BaseException) -> None:
        """Say why, and give the cell back with what was typed (nothing typed is lost)."""
        self._say(error_text(error), _ERROR_STYLE)
        self.email_delegate.retry[org.id] = email
        # A failed write still announces its area, so the page reads the directory again;
        # the cell opens once that is shown (opening it now would be closed by the reload).
        self._reopen_email = org.id

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    def retire_selected(self) -> None:
        org = self.selected_org()
        if org is not None:
            self._run(self.ops.directory.retire(org.id))
