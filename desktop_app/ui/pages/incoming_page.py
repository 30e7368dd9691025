"""The incoming register page: filters, search-as-you-type, the table and the detail pane.

Everything it shows or changes goes through ``ops.incoming`` (ui/operations): the page never
waits for the database.

The table shows what matters first (number, date received, subject, sender, urgency,
secrecy); the other columns are one click away in the header's menu, and the columns' widths,
order and hidden state are remembered on this workstation (``window_state``). The subject
takes the room left. Where the search matched is highlighted in the subject, the sender and
the document number; a bar under the filters says when nothing was found (with a button that
clears the filters), when the rows shown match only with tone marks ignored, and where words
of one or two characters were looked for. Enter or a double click opens a row.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.incoming import IncomingFilter, IncomingRecord
from desktop_app.domain.outgoing import ForwardSetup, OutgoingRow
from desktop_app.domain.search_terms import MIN_INDEXED, SearchReport, ShortScope, match_spans
from desktop_app.domain.thai_dates import be_year, format_date_short, month_name
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.dialogs.incoming_form import IncomingForm
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import show_error
from desktop_app.ui.models.incoming_model import (
    COL_ACTION,
    COL_DOC_DATE,
    COL_DOC_NO,
    COL_NUMBER,
    COL_RECEIVED,
    COL_REMARKS,
    COL_SECRECY,
    COL_SENDER,
    COL_SUBJECT,
    COL_TO,
    COL_URGENCY,
    COL_WORK_GROUP,
    ID_ROLE,
    IncomingModel,
)
from desktop_app.ui.operations import INCOMING, Operations
from desktop_app.ui.operations.incoming import FilterChoices
from desktop_app.ui.widgets.incoming_detail import IncomingDetail
from desktop_app.ui.widgets.match_delegate import MatchDelegate
from desktop_app.ui.window_state import remember_header, remember_splitter

SEARCH_DELAY_MS = 200
# The table's columns on screen, what matters first (the model and the export keep the
# official column order); those after the first six start hidden.
SCREEN_ORDER = (
    COL_NUMBER,
    COL_RECEIVED,
    COL_SUBJECT,
    COL_SENDER,
    COL_URGENCY,
    COL_SECRECY,
    COL_DOC_NO,
    COL_DOC_DATE,
    COL_TO,
    COL_ACTION,
    COL_REMARKS,
    COL_WORK_GROUP,
)
SHOWN_AT_FIRST = frozenset(SCREEN_ORDER[:6])
COLUMN_WIDTHS = {  # pixels, at first (the subject stretches)
    COL_NUMBER: 64,
    COL_RECEIVED: 130,
    COL_DOC_NO: 150,
    COL_DOC_DATE: 100,
    COL_SENDER: 180,
    COL_TO: 150,
    COL_URGENCY: 90,
    COL_SECRECY: 90,
}
HIGHLIGHTED = (COL_SUBJECT, COL_SENDER, COL_DOC_NO)  # columns that show where a search matched
CANCEL_DIALOG_WIDTH = 460  # pixels; a long subject wraps within twice this


class CancelDialog(QDialog):
    """Asks why a receive number is being cancelled (the reason is required)."""

    def __init__(self, label: str, parent: QWidget | None = None, forwarded: str = "") -> None:
        """``forwarded``: the letters this document was forwarded as (their numbers and
        dates), said before the clerk confirms: cancelling the receive number leaves them
        issued."""
        super().__init__(parent)
        self.setWindowTitle(_t("RegisterPage", "ยกเลิกเลขรับ"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(_t("RegisterPage", "เช่น ลงรับซ้ำกับเลขรับที่ …"))
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            _t("RegisterPage", "ยกเลิกเลขรับ"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(_t("RegisterPage", "ไม่ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        # A long subject wraps: the dialog stays within a laptop's screen.
        for text in (
            label,
            _t("RegisterPage", "เลขรับจะยังอยู่ในทะเบียนพร้อมเครื่องหมายยกเลิก และจะไม่ถูกใช้ซ้ำ"),
        ):
            line = QLabel(text, self)
            line.setWordWrap(True)
            layout.addWidget(line)
        self.forwarded_notice: QLabel | None = None
        if forwarded:
            notice = QLabel(
                _t(
                    "RegisterPage",
                    "หนังสือนี้ส่งต่อไปแล้ว: {letters} หนังสือส่งเหล่านั้นจะยังคงออกเลขไว้ "
                    "หากไม่ควรมีผล ให้ยกเลิกที่ทะเบียนหนังสือส่ง",
                ).replace("{letters}", forwarded),
                self,
            )
            notice.setObjectName("forwardedNotice")
            notice.setWordWrap(True)
            notice.setStyleSheet("color: #9a3412; font-weight: bold;")
            layout.addWidget(notice)
            self.forwarded_notice = notice
        self.setMinimumWidth(CANCEL_DIALOG_WIDTH)
        self.setMaximumWidth(CANCEL_DIALOG_WIDTH * 2)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


class IncomingPage(QWidget):
    document_saved = Signal(object)
    export_finished = Signal(object, int)  # target path, rows written
    status_message = Signal(str)
    filters_filled = Signal()  # the years and work groups arrived
    form_opened = Signal(object)  # the IncomingForm or ForwardDialog just shown

    def __init__(
        self, ops: Operations, *, digits: Digits = "thai", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.language = ops.language
        self._selection_generation = 0
        self.setObjectName("RegisterPage")
        self.model = IncomingModel(ops.incoming, digits=digits, language=ops.language, parent=self)
        self._build()
        self._wire()
        ops.changed.connect(self._records_changed)

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton(_t("RegisterPage", "ลงรับหนังสือ (Ctrl+N)"), self)
        self.new_button.setObjectName("newIncoming")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("registerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            _t("RegisterPage", "ค้นหา เลขรับ ที่ เรื่อง จาก หมายเหตุ (Ctrl+F)")
        )
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearFilter")
        self.month_combo = QComboBox(self)
        self.month_combo.addItem(_t("RegisterPage", "ทุกเดือน"), None)
        for month in range(1, 13):
            self.month_combo.addItem(month_name(month, lang=self.language), month)
        self.urgency_combo = QComboBox(self)
        self.urgency_combo.addItem(_t("RegisterPage", "ทุกชั้นความเร็ว"), None)
        for urgency in Urgency:
            self.urgency_combo.addItem(urgency.label(self.language), urgency)
        self.secrecy_combo = QComboBox(self)
        self.secrecy_combo.addItem(_t("RegisterPage", "ทุกชั้นความลับ"), None)
        for secrecy in Secrecy:
            self.secrecy_combo.addItem(secrecy.label(self.language), secrecy)
        self.group_combo = QComboBox(self)
        # Filled when the work groups arrive: grow to the longest name then, as if known now.
        for combo in (self.year_combo, self.group_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(_t("RegisterPage", "ทุกสถานะ"), None)
        self.status_combo.addItem(_t("RegisterPage", "ใช้งาน"), False)
        self.status_combo.addItem(_t("RegisterPage", "ยกเลิกแล้ว"), True)
        self.export_button = QPushButton(_t("RegisterPage", "ส่งออก Excel…"), self)
        self.export_button.setObjectName("exportExcel")
        self.refill_filters()

        self.filter_combos = (
            self.year_combo,
            self.month_combo,
            self.urgency_combo,
            self.secrecy_combo,
            self.group_combo,
            self.status_combo,
        )
        filters = QHBoxLayout()
        filters.addWidget(self.new_button)
        filters.addWidget(self.search_edit, 3)
        for combo in self.filter_combos:
            filters.addWidget(combo)
        filters.addWidget(self.export_button)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setObjectName("registerHeader")
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reset_columns()
        self.match_delegate = MatchDelegate(self._match_spans, self.table)
        for column in HIGHLIGHTED:
            self.table.setItemDelegateForColumn(column, self.match_delegate)

        self.detail = IncomingDetail(
            self.ops.incoming, digits=self.digits, language=self.language, parent=self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 320])
        self.detail.setMaximumWidth(480)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")

        # What the search did, when there is something to say (hidden otherwise).
        self.notice = QFrame(self)
        self.notice.setObjectName("searchNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("searchNoticeText")
        self.notice_label.setWordWrap(True)
        self.clear_filters_button = QPushButton(_t("RegisterPage", "ล้างตัวกรอง"), self.notice)
        self.clear_filters_button.setObjectName("clearFilters")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.clear_filters_button)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        folder = self.ops.paths.config_dir
        remember_header(header, folder, "RegisterPage/table")
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        remember_splitter(self.splitter, folder, "RegisterPage/splitter")

    # -- columns ---------------------------------------------------------------------------
    def reset_columns(self) -> None:
        """The columns as at first: what matters first, the subject stretching, the rest
        hidden (shown again from the header's menu)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for position, column in enumerate(SCREEN_ORDER):
            header.moveSection(header.visualIndex(column), position)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionHidden(column, column not in SHOWN_AT_FIRST)
            if column != COL_SUBJECT:
                header.resizeSection(
                    column,
                    max(COLUMN_WIDTHS.get(column, 120), metrics.horizontalAdvance(title) + 28),
                )
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column (the subject always shows)."""
        if column == COL_SUBJECT and not shown:
            return
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < header.minimumSectionSize() * 2:
            header.resizeSection(column, COLUMN_WIDTHS.get(column, 120))

    def column_menu(self) -> QMenu:
        """The header's menu: a tick for each column in screen order, and the first layout."""
        menu = QMenu(self)
        menu.setObjectName("registerColumnsMenu")
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_SUBJECT)
            action.setData(column)
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
        menu.addSeparator()
        reset = menu.addAction(_t("RegisterPage", "คอลัมน์ตามค่าเริ่มต้น"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def _header_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(header.mapToGlobal(position))

    def refill_filters(self) -> None:
        """Years present in the register and the current work groups (asked for; the boxes
        fill when they arrive). Until then the year box offers this year."""
        if self.year_combo.count() == 0:
            self._fill_filters(FilterChoices((be_year(self.ops.clock().date()),), ()))
        self.ops.incoming.filter_choices().success(self._fill_filters).run(self)

    def _fill_filters(self, choices: FilterChoices) -> None:
        selected_year = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(_t("RegisterPage", "ทุกปี"), None)
        years = list(choices.years)
        for year in years:
            self.year_combo.addItem(
                _t("RegisterPage", "พ.ศ. {year}").replace(
                    "{year}", apply_digits(str(year), self.digits)
                ),
                year,
            )
        wanted = selected_year if selected_year is not None else (years[0] if years else None)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)

        selected_group = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(_t("RegisterPage", "ทุกกลุ่มงาน"), None)
        for group in choices.work_groups:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(selected_group), 0))
        self.group_combo.blockSignals(False)
        self.filters_filled.emit()

    def _wire(self) -> None:
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in self.filter_combos:
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.open_new_form)
        self.export_button.clicked.connect(self.export_dialog)
        self.export_finished.connect(self.announce_export)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter on a row, or a double click (which Qt also reports as activated).
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.model.reloaded.connect(self._reloaded)
        self.model.load_failed.connect(lambda error: show_error(self, error))
        self.model.loading_changed.connect(self._loading_changed)
        self.detail.edit_requested.connect(self.open_edit_form)
        self.detail.cancel_requested.connect(self.cancel_document)
        self.detail.forward_requested.connect(self.open_forward)

    # -- filtering -------------------------------------------------------------------------
    def current_filter(self) -> IncomingFilter:
        urgency, secrecy = self.urgency_combo.currentData(), self.secrecy_combo.currentData()
        return replace(
            self.model.filter,
            year=self.year_combo.currentData(),
            month=self.month_combo.currentData(),
            # Qt hands StrEnum item data back as plain str.
            urgency=Urgency(urgency) if urgency else None,
            secrecy=Secrecy(secrecy) if secrecy else None,
            work_group_id=self.group_combo.currentData(),
            cancelled=self.status_combo.currentData(),
            search=self.search_edit.text(),
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    def filters_active(self) -> bool:
        """Whether anything narrows the register beyond the year it opens on (the newest)."""
        year = self.year_combo.currentData()
        newest = self.year_combo.itemData(1) if self.year_combo.count() > 1 else None
        return (
            bool(self.search_edit.text().strip())
            or (year is not None and year != newest)
            or any(
                combo.currentIndex() > 0
                for combo in self.filter_combos
                if combo is not self.year_combo
            )
        )

    def clear_filters(self) -> None:
        """Empty the search and set every filter back to how the register opens (this
        year's documents, all of them)."""
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo in self.filter_combos:
            combo.blockSignals(True)
            first = 1 if combo is self.year_combo and combo.count() > 1 else 0
            combo.setCurrentIndex(first)
            combo.blockSignals(False)
        self.apply_filters()

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(_t("RegisterPage", "กำลังค้นหา…"))

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(
            _t("RegisterPage", "{count} รายการ").replace(
                "{count}", apply_digits(f"{count:,}", self.digits)
            )
        )
        self._show_notice(count, self.model.report)
        self._selection_changed()

    def _number(self, value: int) -> str:
        return apply_digits(f"{value:,}", self.digits)

    def _show_notice(self, count: int, report: SearchReport) -> None:
        """Say what the search did: nothing found (with the button that clears the filters),
        near matches only, where short words were looked for."""
        lines: list[str] = []
        if count == 0 and self.filters_active():
            typed = self.model.filter.search.strip()
            lines.append(
                _t("RegisterPage", "ไม่พบหนังสือที่ตรงกับ “{text}”").replace("{text}", typed)
                if typed
                else _t("RegisterPage", "ไม่พบหนังสือตามตัวกรองที่เลือก")
            )
        if report.near and not report.exact:
            lines.append(_t("RegisterPage", "ไม่พบคำที่ตรงทุกตัว แสดงผลที่ใกล้เคียง (ไม่นับวรรณยุกต์)"))
        elif report.near:
            lines.append(
                _t(
                    "RegisterPage",
                    "พบที่ตรงทุกตัว {exact} รายการ ต่อด้วยผลที่ใกล้เคียง {near} รายการ (ไม่นับวรรณยุกต์)",
                )
                .replace("{exact}", self._number(report.exact))
                .replace("{near}", self._number(report.near))
            )
        if report.short_scope is not None:
            terms = " ".join(f"“{term}”" for term in report.short_terms)
            limit = apply_digits(str(MIN_INDEXED), self.digits)
            if report.short_scope is ShortScope.NUMBERS:
                text = _t(
                    "RegisterPage",
                    "ตัวเลขที่สั้นกว่า {n} หลัก ({terms}) ค้นเฉพาะในเลขรับและเลขที่หนังสือ",
                )
            else:
                text = _t(
                    "RegisterPage",
                    "คำที่สั้นกว่า {n} ตัวอักษร ({terms}) ค้นเฉพาะในเรื่องและเลขที่หนังสือ",
                )
            text = text.replace("{n}", limit).replace("{terms}", terms)
            if report.short_year is not None:
                text += _t("RegisterPage", " ของปี พ.ศ. {year} (เลือกปีเพื่อค้นปีอื่น)").replace(
                    "{year}", apply_digits(str(report.short_year), self.digits)
                )
            lines.append(text)
        self.notice_label.setText("\n".join(lines))
        self.clear_filters_button.setVisible(count == 0 and self.filters_active())
        self.notice.setVisible(bool(lines))

    def _match_spans(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[int, int]]:
        """Where the search matched a highlighted cell's text (near rows: tone-blind)."""
        terms = self.model.report.terms
        if not terms:
            return []
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or self.model.row_state(index.row()) != "ready":
            return []
        return match_spans(str(text), terms, bare=self.model.is_near(index.row()))

    # -- selection and actions ---------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return int(indexes[0].data(ID_ROLE)) if indexes else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        self._selection_generation += 1
        generation = self._selection_generation
        doc_id = self.selected_id()
        if doc_id is None:
            self.detail.show_record(None)
            return
        self.detail.show_loading()
        (
            self.ops.incoming.get(doc_id)
            .success(lambda record: self._show_detail(generation, record))
            .failure(lambda error: self._detail_failed(generation, error))
            .run(self)
        )

    def _show_detail(self, generation: int, record: IncomingRecord) -> None:
        if generation == self._selection_generation:
            self.detail.show_record(record)

    def _detail_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._selection_generation:
            self.detail.show_unavailable(error)

    def _activated(self, index: QModelIndex) -> None:
        """Enter on a row or a double click: open the document."""
        doc_id = index.data(ID_ROLE)
        if doc_id is not None:
            self.open_edit_form(int(doc_id))

    def select_id(self, doc_id: int) -> None:
        row = self.model.row_for_id(doc_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_new_form(self) -> IncomingForm:
        form = IncomingForm(self.ops, digits=self.digits, parent=self)
        form.saved.connect(self._document_saved)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def open_edit_form(self, doc_id: int) -> None:
        """Read the document, then open the form on it (``form_opened`` once shown)."""
        self.ops.incoming.get(doc_id).success(self._edit).run(self)

    def _edit(self, record: IncomingRecord) -> None:
        if record.cancelled:
            self.status_message.emit(
                _t("RegisterPage", "เลขรับ {number} ถูกยกเลิกแล้ว แก้ไขไม่ได้").replace(
                    "{number}", apply_digits(record.receive_label, self.digits)
                )
            )
            return
        form = IncomingForm(self.ops, record=record, digits=self.digits, parent=self)
        form.saved.connect(self._document_saved)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.show()
        self.form_opened.emit(form)

    def open_forward(self, doc_id: int) -> None:
        """Forward -> recipients -> letter -> preview -> issue (ForwardDialog)."""
        self.ops.outgoing.forward_setup(doc_id).success(
            lambda setup: self._forward(doc_id, setup)
        ).run(self)

    def _forward(self, doc_id: int, setup: ForwardSetup) -> None:
        from desktop_app.ui.dialogs.forward_dialog import ForwardDialog

        dialog = ForwardDialog(self.ops, setup, digits=self.digits, parent=self)
        dialog.issued.connect(lambda _letters: self._forwarded(doc_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.form_opened.emit(dialog)

    def _forwarded(self, doc_id: int) -> None:
        self.model.refresh_row(doc_id)
        if self.selected_id() == doc_id:
            self._selection_changed()

    def _records_changed(self, area: str) -> None:
        """Another page changed something the filters list (work groups, the office)."""
        if area != INCOMING:
            self.refill_filters()

    def _document_saved(self, record: IncomingRecord) -> None:
        self.document_saved.emit(record)
        if self.year_combo.findData(record.receive_year) < 0:
            self.refill_filters()
        self.model.reloaded.connect(self._select_after_reload(record.id))
        self.model.reload()

    def _select_after_reload(self, doc_id: int):
        def select(_count: int) -> None:
            self.model.reloaded.disconnect(select)
            self.select_id(doc_id)

        return select

    def cancel_document(self, doc_id: int) -> None:
        """Ask why, then cancel the receive number (it stays in the register, marked)."""
        self.ops.incoming.get(doc_id).success(self._ask_cancel).run(self)

    def _ask_cancel(self, record: IncomingRecord) -> None:
        # Name the letters it was forwarded as first (they stay issued); a failed look-up
        # only loses the notice.
        self.ops.outgoing.forwards_of(record.id).success(
            lambda rows: self._confirm_cancel(record, rows)
        ).failure(lambda _error: self._confirm_cancel(record, [])).run(self)

    def _confirm_cancel(self, record: IncomingRecord, rows: list[OutgoingRow]) -> None:
        label = (
            _t("RegisterPage", "ยกเลิกเลขรับ {number} เรื่อง {subject}")
            .replace("{number}", apply_digits(record.receive_label, self.digits))
            .replace("{subject}", record.subject)
        )
        forwarded = "; ".join(
            _t("RegisterPage", "ที่ {number} ลงวันที่ {date}")
            .replace("{number}", apply_digits(row.doc_no, self.digits))
            .replace("{date}", format_date_short(row.letter_date, self.digits, self.ops.language))
            for row in rows
            if not row.cancelled
        )
        dialog = CancelDialog(label, self, forwarded)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason.text()
        self.ops.incoming.cancel(record.id, reason).success(self._document_saved).run(self)

    # -- export ------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        flt = replace(self.current_filter(), descending=False)
        year = flt.year
        suggested = f"ทะเบียนหนังสือรับ-{year}.xlsx" if year else "ทะเบียนหนังสือรับ.xlsx"
        path = (
            file_dialogs.choose_save_file(
                self,
                _t("RegisterPage", "ส่งออกทะเบียนเป็น Excel"),
                Path.home() / suggested,
                [_t("RegisterPage", "สมุดงาน Excel (*.xlsx)")],
                default_suffix="xlsx",
            )
            or ""
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path), flt)

    def export_to(self, target: Path, flt: IncomingFilter | None = None) -> None:
        """Export the current filter's rows off the GUI thread, with progress and cancel."""
        flt = flt or replace(self.current_filter(), descending=False)
        self._export_task = (
            self.ops.incoming.export(flt, target)
            .with_progress(_t("RegisterPage", "กำลังส่งออกทะเบียน…"), _t("RegisterPage", "ยกเลิก"))
            .success(lambda count: self.export_finished.emit(target, count))
            .run(self)
        )

    def announce_export(self, target: Path, count: int) -> None:
        self.status_message.emit(
            _t("RegisterPage", "บันทึก {count} รายการลงแฟ้ม {file} แล้ว")
            .replace("{count}", apply_digits(f"{count:,}", self.digits))
            .replace("{file}", str(target))
        )
