"""A tree filter for organisation names that finds what clerks type.

Each item holds its searchable text, already ``search_fold``-ed, under ``FOLD_ROLE``. The
needle is read with the search rule every search box shares (``domain.search_terms``):
Thai/Arabic digits, spacing and Thai typing variants do not matter, abbreviations of kinds
of organisation find the full names and back ("อบต.ผาบ่อง", "อ.ปาย"; the table in
resources/data/org_abbreviations.txt), and when fewer than ``FEW_EXACT`` items match exactly
the items that match with tone marks ignored are shown too ("ผาบอง"); ``searched`` says how
many of each.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from desktop_app.domain.search_terms import (
    ABBREVIATIONS_FILE,
    FEW_EXACT,
    AbbreviationTable,
    Closeness,
    SearchTerm,
    closeness,
    parse_search,
)
from desktop_app.domain.thai_text import search_fold
from desktop_app.resources import data_file

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10


@cache
def shared_abbreviations() -> AbbreviationTable:
    """The abbreviations every search box understands (resources/data/org_abbreviations.txt)."""
    return AbbreviationTable.parse(data_file(ABBREVIATIONS_FILE).read_text(encoding="utf-8"))


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every first-column index of ``model``, depth first."""
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _indexes(model, index)


class FoldFilter(QSortFilterProxyModel):
    """A match keeps its ancestors (recursive filtering) and its own descendants, not every
    sibling under a matching ancestor."""

    searched = Signal(int, int)  # items matching exactly, items shown as near matches

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""  # the typed text, folded
        self.terms: tuple[SearchTerm, ...] = ()
        self.near = False  # near matches are shown (fewer than FEW_EXACT exact ones)
        self.exact_count = 0
        self.near_count = 0
        self.setRecursiveFilteringEnabled(True)

    def set_needle(self, text: str) -> None:
        """Filter by ``text`` as typed ("" shows everything); emits ``searched``."""
        self.beginFilterChange()
        self.needle = search_fold(text)
        self.terms = parse_search(text, shared_abbreviations())
        exact = near = 0
        source = self.sourceModel()
        if self.terms and source is not None:
            for index in _indexes(source):
                found = self._closeness(index)
                exact += found is Closeness.EXACT
                near += found is Closeness.NEAR
        self.near = exact < FEW_EXACT and near > 0
        self.exact_count, self.near_count = exact, (near if self.near else 0)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.searched.emit(self.exact_count, self.near_count)

    def _closeness(self, index: QModelIndex | QPersistentModelIndex) -> Closeness | None:
        return closeness(self.terms, str(index.data(FOLD_ROLE) or ""))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.terms:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        while index.isValid():
            found = self._closeness(index)
            if found is Closeness.EXACT or (found is Closeness.NEAR and self.near):
                return True
            index = index.parent()
        return False
