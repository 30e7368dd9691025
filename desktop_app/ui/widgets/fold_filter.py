"""A tree filter for organisation names that ignores Thai/Arabic digits, spacing and Thai
typing variants (it compares ``search_fold`` forms stored under ``FOLD_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.domain.thai_text import search_fold

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10


class FoldFilter(QSortFilterProxyModel):
    """A match keeps its ancestors (recursive filtering) and its own descendants, not every
    sibling under a matching ancestor."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setRecursiveFilteringEnabled(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = search_fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        while index.isValid():
            if self.needle in str(index.data(FOLD_ROLE) or ""):
                return True
            index = index.parent()
        return False
