"""The incoming register as a lazy Qt table model.

The model holds only the ordered ids of the rows that pass the filter (an int array: 200,000
rows cost 1.6 MB) and fetches the rows themselves a page at a time when the view asks for
them, keeping a bounded cache. Everything runs as operations on the worker threads: a reload
brings the ids and the first page together (the first paint needs nothing more), and a page
the view asks for later is fetched while its rows say "กำลังโหลด…"; a page that cannot be
read shows its rows as unavailable and is asked for again a moment later. ``data()`` never
waits for, nor raises from, the database. The view keeps showing the previous rows until the
new ids arrive.

Each reload also brings what the search did (``SearchReport``): the search's terms (the page's
delegate paints where they match) and how many of the ids match exactly (they come first; the
rest match only with tone marks ignored). Urgent and secret documents stand out: their rows
are bold, their class cells and receive number red.
"""

from __future__ import annotations

import datetime as dt
import time
from array import array
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.incoming import IncomingFilter, IncomingRow, IncomingSort
from desktop_app.domain.search_terms import SearchReport
from desktop_app.domain.thai_dates import format_date_short, format_time
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations.incoming import IncomingOps, RegisterPage

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
COL_SECRECY = 11
COLUMN_COUNT = 12

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the document's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value (int, datetime, date, str)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole IncomingRow (None until fetched)
STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # "ready", "loading" or "unavailable"

_SORT_BY_COLUMN = {
    COL_NUMBER: IncomingSort.NUMBER,
    COL_RECEIVED: IncomingSort.RECEIVED_AT,
    COL_DOC_NO: IncomingSort.DOC_NO,
    COL_DOC_DATE: IncomingSort.DOC_DATE,
    COL_SENDER: IncomingSort.SENDER,
    COL_TO: IncomingSort.TO,
    COL_SUBJECT: IncomingSort.SUBJECT,
    COL_URGENCY: IncomingSort.URGENCY,
    COL_WORK_GROUP: IncomingSort.WORK_GROUP,
    COL_SECRECY: IncomingSort.SECRECY,
}

_ROOT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 64
RETRY_SECONDS = 5.0  # a page that could not be read is asked for again after this

_CANCELLED_COLOUR = QColor("#8a8a8a")
_URGENT_COLOUR = QColor("#c62828")
_PENDING_COLOUR = QColor("#9e9e9e")
_UNAVAILABLE_COLOUR = QColor("#b00020")


def stands_out(row: IncomingRow) -> bool:
    """An urgent or secret document (its row is bold, its receive number red)."""
    return not row.cancelled and (row.urgency.rank > 0 or row.secrecy.rank > 0)


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
        _t("RegisterModel", "ชั้นความลับ"),
    ]


class IncomingModel(QAbstractTableModel):
    """Rows of the incoming register for the current ``IncomingFilter``."""

    loading_changed = Signal(bool)
    reloaded = Signal(int)  # row count after a reload
    load_failed = Signal(object)
    page_fetched = Signal(int)  # a page's number, once its rows are in

    def __init__(
        self, ops: IncomingOps, *, digits: Digits = "thai", language: str = "th", parent=None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.language = language
        self._filter = IncomingFilter()
        self._report = SearchReport()
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, list[IncomingRow]] = OrderedDict()
        self._pending: set[int] = set()  # pages being fetched
        self._failed: dict[int, tuple[float, str]] = {}  # page -> (when, why)
        self._generation = 0
        self._loading = False
        self._headers = _headers()
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ---------------------------------------------------------------------------
    @property
    def filter(self) -> IncomingFilter:
        return self._filter

    @property
    def report(self) -> SearchReport:
        """What the last reload's search did (its terms, exact and near matches)."""
        return self._report

    def is_near(self, row: int) -> bool:
        """Whether ``row`` matches the search only with tone marks ignored (near rows come
        after the exact ones)."""
        return self._report.near > 0 and row >= self._report.exact

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: IncomingFilter) -> None:
        """Ask for the rows matching ``flt``; the model switches when they arrive."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._set_loading(True)
        (
            self.ops.load(self._filter, PAGE_SIZE)
            .success(lambda page: self._apply(generation, page))
            .failure(lambda error: self._reload_failed(generation, error))
            .run(self)
        )

    def _apply(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return  # a newer request is on its way; drop this stale answer
        self.beginResetModel()
        self._ids = page.ids
        self._report = page.report
        self._pages.clear()
        self._pending.clear()
        self._failed.clear()
        if page.ids:
            self._pages[0] = page.first_rows
        self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit(len(page.ids))

    def _reload_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _fetch(self, page_number: int) -> None:
        """Ask for a page's rows (once at a time per page)."""
        if page_number in self._pending:
            return
        self._pending.add(page_number)
        generation = self._generation
        start = page_number * PAGE_SIZE
        ids = list(self._ids[start : start + PAGE_SIZE])
        (
            self.ops.rows(ids)
            .success(lambda rows: self._page_arrived(generation, page_number, rows))
            .failure(lambda error: self._page_failed(generation, page_number, error))
            .run(self)
        )

    def _page_arrived(self, generation: int, page_number: int, rows: list[IncomingRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page_number)
        self._failed.pop(page_number, None)
        self._pages[page_number] = rows
        self._pages.move_to_end(page_number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self._page_changed(page_number)
        self.page_fetched.emit(page_number)

    def _page_failed(self, generation: int, page_number: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page_number)
        self._failed[page_number] = (time.monotonic(), error_text(error))
        self._page_changed(page_number)

    def _page_changed(self, page_number: int) -> None:
        first = page_number * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))

    def refresh_row(self, doc_id: int) -> None:
        """Fetch again the page holding ``doc_id``; its old values show until the new ones
        arrive."""
        row = self.row_for_id(doc_id)
        if row >= 0:
            self._fetch(row // PAGE_SIZE)

    # -- access ----------------------------------------------------------------------------
    def row_for_id(self, doc_id: int) -> int:
        try:
            return self._ids.index(doc_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return int(self._ids[row])

    def row_state(self, row: int) -> str:
        """ "ready", "loading" or "unavailable" (asks for the page if it is missing)."""
        return self._lookup(row)[1]

    def row_at(self, row: int) -> IncomingRow | None:
        """The row if its page is here; otherwise None, and the page is asked for."""
        return self._lookup(row)[0]

    def _lookup(self, row: int) -> tuple[IncomingRow | None, str]:
        if not 0 <= row < len(self._ids):
            return None, "unavailable"
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            failed = self._failed.get(page_number)
            if failed is not None and time.monotonic() - failed[0] < RETRY_SECONDS:
                return None, "unavailable"
            self._fetch(page_number)
            return None, "unavailable" if failed is not None else "loading"
        self._pages.move_to_end(page_number)
        offset = row % PAGE_SIZE
        return (page[offset], "ready") if offset < len(page) else (None, "unavailable")

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
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

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row, state = self._lookup(index.row())
        if row is None:
            return self._placeholder(index, role, state)
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
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.cancelled:
                return QBrush(_CANCELLED_COLOUR)
            if (
                (column == COL_URGENCY and row.urgency.rank > 0)
                or (column == COL_SECRECY and row.secrecy.rank > 0)
                or (column == COL_NUMBER and stands_out(row))
            ):
                return QBrush(_URGENT_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.cancelled:
                return self._struck
            if column == COL_NUMBER or stands_out(row):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_NUMBER,
            COL_RECEIVED,
            COL_DOC_DATE,
            COL_URGENCY,
            COL_SECRECY,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _placeholder(
        self, index: QModelIndex | QPersistentModelIndex, role: int, state: str
    ) -> Any:
        """What a row shows before its page arrives, or when it could not be read."""
        column = index.column()
        if role == ID_ROLE:
            return int(self._ids[index.row()])
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return "…"
            if column == COL_SUBJECT:
                return (
                    _t("RegisterModel", "กำลังโหลด…")
                    if state == "loading"
                    else _t("RegisterModel", "อ่านข้อมูลไม่ได้ จะลองใหม่อีกครั้ง")
                )
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and state == "unavailable":
            failed = self._failed.get(index.row() // PAGE_SIZE)
            return failed[1] if failed else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_UNAVAILABLE_COLOUR if state == "unavailable" else _PENDING_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        return None

    def _display(self, row: IncomingRow, column: int) -> str:
        digits = self.digits
        if column == COL_NUMBER:
            return apply_digits(str(row.receive_no), digits)
        if column == COL_RECEIVED:
            return (
                f"{format_date_short(row.received_at.date(), digits, self.language)} "
                f"{format_time(row.received_at, digits)}"
            )
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
        if column == COL_SECRECY:
            return "" if row.secrecy.rank == 0 else row.secrecy.label(self.language)
        return ""

    def _tooltip(self, row: IncomingRow) -> str:
        text = row.subject
        if row.cancelled:
            text += "\n" + _t("RegisterModel", "ยกเลิก") + ": "
            text += row.cancel_reason
        return text

    @staticmethod
    def _sort_value(row: IncomingRow, column: int) -> int | str | dt.date | dt.datetime:
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
            COL_SECRECY: row.secrecy.rank,
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
        self.set_filter(replace(self._filter, sort=sort, descending=descending))
