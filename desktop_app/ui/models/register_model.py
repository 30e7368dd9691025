"""The incoming register as a lazy Qt table model.

The model holds only the ordered ids of the rows that pass the filter (an int array: 200,000
rows cost 1.6 MB) and fetches the rows themselves a page at a time when the view asks for
them, keeping a bounded cache. Filtering and sorting run in the database, on the task runner;
the view keeps showing the previous rows until the new ids arrive.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.thai_dates import format_date_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.jobs import JobControl
from desktop_app.services.register import (
    IncomingRegister,
    RegisterFilter,
    RegisterRow,
    RegisterSort,
)
from desktop_app.ui.i18n import _t
from desktop_app.ui.tasks import TaskRunner

COL_NUMBER = 0
COL_RECEIVED = 1
COL_DOC_NO = 2
COL_DOC_DATE = 3
COL_SENDER = 4
COL_TO = 5
COL_SUBJECT = 6
COL_ACTION = 7
COL_REMARKS = 8
COL_URGENCY = 9
COL_WORK_GROUP = 10
COLUMN_COUNT = 11

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the document's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value (int, datetime, date, str)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole RegisterRow

_SORT_BY_COLUMN = {
    COL_NUMBER: RegisterSort.NUMBER,
    COL_RECEIVED: RegisterSort.RECEIVED_AT,
    COL_DOC_NO: RegisterSort.DOC_NO,
    COL_DOC_DATE: RegisterSort.DOC_DATE,
    COL_SENDER: RegisterSort.SENDER,
    COL_TO: RegisterSort.TO,
    COL_SUBJECT: RegisterSort.SUBJECT,
    COL_URGENCY: RegisterSort.URGENCY,
    COL_WORK_GROUP: RegisterSort.WORK_GROUP,
}

_ROOT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 64

_CANCELLED_COLOUR = QColor("#8a8a8a")
_URGENT_COLOUR = QColor("#c62828")


def _headers() -> list[str]:
    return [
        _t("RegisterModel", "เลขรับ"),
        _t("RegisterModel", "วันที่รับ"),
        _t("RegisterModel", "ที่"),
        _t("RegisterModel", "ลงวันที่"),
        _t("RegisterModel", "จาก"),
        _t("RegisterModel", "ถึง"),
        _t("RegisterModel", "เรื่อง"),
        _t("RegisterModel", "การปฏิบัติ"),
        _t("RegisterModel", "หมายเหตุ"),
        _t("RegisterModel", "ชั้นความเร็ว"),
        _t("RegisterModel", "กลุ่มงาน"),
    ]


class RegisterModel(QAbstractTableModel):
    """Rows of the incoming register for the current ``RegisterFilter``."""

    loading_changed = Signal(bool)
    reloaded = Signal(int)  # row count after a reload
    load_failed = Signal(object)

    def __init__(self, register: IncomingRegister, runner: TaskRunner, *,
                 digits: Digits = "thai", language: str = "th", parent=None) -> None:
        super().__init__(parent)
        self.register = register
        self.runner = runner
        self.digits: Digits = digits
        self.language = language
        self._filter = RegisterFilter()
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._generation = 0
        self._loading = False
        self._headers = _headers()
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # -- loading ---------------------------------------------------------------------------
    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: RegisterFilter) -> None:
        """Ask for the ids matching ``flt``; the model switches when they arrive."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = self._filter
        self._set_loading(True)

        def fetch(_control: JobControl) -> array[int]:
            return self.register.ids(flt)

        self.runner.run(
            fetch,
            label="register.ids",
            on_done=lambda ids: self._apply(generation, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def load_now(self, flt: RegisterFilter | None = None) -> None:
        """Synchronous load (tests and the first paint of a small register)."""
        if flt is not None:
            self._filter = flt
        self._generation += 1
        self._apply(self._generation, self.register.ids(self._filter))

    def _apply(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return  # a newer request is on its way; drop this stale answer
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit(len(ids))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def refresh_row(self, doc_id: int) -> None:
        """Drop the cached page holding ``doc_id`` so the view shows its new values."""
        try:
            row = self._ids.index(doc_id)
        except ValueError:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # -- access ----------------------------------------------------------------------------
    def row_for_id(self, doc_id: int) -> int:
        try:
            return self._ids.index(doc_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return int(self._ids[row])

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = self.register.rows(list(self._ids[start:start + PAGE_SIZE]))
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return apply_digits(str(section + 1), self.digits)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SUBJECT or (column == COL_REMARKS and row.cancelled):
                return self._tooltip(row)
            return None
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.cancelled:
                return QBrush(_CANCELLED_COLOUR)
            if column == COL_URGENCY and row.urgency.rank > 0:
                return QBrush(_URGENT_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.cancelled:
                return self._struck
            if column == COL_NUMBER or (column == COL_URGENCY and row.urgency.rank > 0):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_NUMBER, COL_RECEIVED, COL_DOC_DATE, COL_URGENCY
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: RegisterRow, column: int) -> str:
        digits = self.digits
        if column == COL_NUMBER:
            return apply_digits(str(row.receive_no), digits)
        if column == COL_RECEIVED:
            return (f"{format_date_short(row.received_at.date(), digits, self.language)} "
                    f"{format_time(row.received_at, digits)}")
        if column == COL_DOC_NO:
            return apply_digits(row.doc_no, digits)
        if column == COL_DOC_DATE:
            return format_date_short(row.doc_date, digits, self.language)
        if column == COL_SENDER:
            return row.sender
        if column == COL_TO:
            return row.to_text
        if column == COL_SUBJECT:
            return row.subject
        if column == COL_ACTION:
            return row.action_taken
        if column == COL_REMARKS:
            if row.cancelled:
                cancelled = _t("RegisterModel", "ยกเลิก")
                return f"{cancelled}: {row.cancel_reason}"
            return row.remarks
        if column == COL_URGENCY:
            return "" if row.urgency.rank == 0 else row.urgency.label(self.language)
        if column == COL_WORK_GROUP:
            return row.work_group_name
        return ""

    def _tooltip(self, row: RegisterRow) -> str:
        text = row.subject
        if row.cancelled:
            text += "\n" + _t("RegisterModel", "ยกเลิก") + ": "
            text += row.cancel_reason
        return text

    @staticmethod
    def _sort_value(row: RegisterRow, column: int) -> int | str | dt.date | dt.datetime:
        values: dict[int, int | str | dt.date | dt.datetime] = {
            COL_NUMBER: row.receive_year * 1_000_000 + row.receive_no,
            COL_RECEIVED: row.received_at,
            COL_DOC_NO: row.doc_no,
            COL_DOC_DATE: row.doc_date,
            COL_SENDER: row.sender,
            COL_TO: row.to_text,
            COL_SUBJECT: row.subject,
            COL_ACTION: row.action_taken,
            COL_REMARKS: row.remarks,
            COL_URGENCY: row.urgency.rank,
            COL_WORK_GROUP: row.work_group_name,
        }
        return values[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database (Thai dictionary order for names and subjects)."""
        sort = _SORT_BY_COLUMN.get(column)
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if sort == self._filter.sort and descending == self._filter.descending:
            return
        from dataclasses import replace

        self.set_filter(replace(self._filter, sort=sort, descending=descending))
