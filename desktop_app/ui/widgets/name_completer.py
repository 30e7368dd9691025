"""Completion of an organisation's name (the sender box) with the shared search rule.

A plain ``QCompleter`` only finds names containing the typed text as it is: "อบต.ผาบ่อง",
"อ.ปาย" or "ผาบอง" find nothing although the directory holds "องค์การบริหารส่วนตำบล
ผาบ่อง". ``NameCompleter`` offers the names that match the way every search box matches
(``domain.search_terms``: digits, spacing, abbreviations both ways), those beginning with what
was typed first, and when fewer than ``FEW_EXACT`` match exactly, the names that match with
tone marks ignored after them (``near`` says so). Use it as any completer::

    line_edit.setCompleter(NameCompleter(names, parent))
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from desktop_app.domain.search_terms import fold_stored, parse_search, rank_matches
from desktop_app.ui.widgets.fold_filter import shared_abbreviations

MAX_SHOWN = 50  # names in the popup


class NameCompleter(QCompleter):
    """Completes from ``names`` (as stored: normalised), best matches first."""

    def __init__(self, names: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = list(names)
        self._folded: list[str] | None = None  # folded on the first keystroke, not at start
        self.near = False  # the list holds names that match only with tone marks ignored
        self._shown = QStringListModel(self)
        self.setModel(self._shown)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def matches(self, text: str) -> list[str]:
        """The names offered for ``text``: exact matches (those beginning with the text
        first), then near ones when there are few; at most ``MAX_SHOWN``."""
        terms = parse_search(text, shared_abbreviations())
        if not terms:
            self.near = False
            return []
        if self._folded is None:
            self._folded = [fold_stored(name) for name in self.names]
        folded = self._folded
        positions, exact = rank_matches(folded, terms)
        self.near = len(positions) > exact
        starts = terms[0].spellings

        def begins(position: int) -> bool:
            return folded[position].startswith(starts)

        best = sorted(positions[:exact], key=lambda p: not begins(p)) + positions[exact:]
        return [self.names[p] for p in best[:MAX_SHOWN]]

    def splitPath(self, path: str) -> list[str]:
        """Called with the typed text each time it changes: offer its matches."""
        found = self.matches(path)
        if found != self._shown.stringList():
            self._shown.setStringList(found)
        return [path]
