"""A table cell that paints where a search matched its text (a highlighted background).

The delegate is given a function that says, for a cell, which character ranges of its display
text to highlight (``domain.search_terms.match_spans``); cells without any paint as usual.
The text is elided on the right like any cell's, and the highlight follows what is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

HIGHLIGHT_COLOUR = QColor("#ffd54f")  # the match's background (amber 300)
HIGHLIGHT_TEXT = QColor("#000000")  # its text: readable on amber, selected row or not
ELLIPSIS = "\u2026"

Spans = Callable[[QModelIndex | QPersistentModelIndex], list[tuple[int, int]]]


class MatchDelegate(QStyledItemDelegate):
    """Paints a cell's text with the ranges ``spans(index)`` gives highlighted."""

    def __init__(self, spans: Spans, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spans = spans

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spans = self._spans(index)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        if rect.width() <= 0:
            return
        shown = QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        visible = len(shown) if shown == text else len(shown.rstrip(ELLIPSIS))
        formats = []
        for start, stop in spans:
            last = min(stop, visible)
            if start >= last:
                continue
            span = QTextLayout.FormatRange()
            span.start, span.length = start, last - start
            char_format = QTextCharFormat()
            char_format.setBackground(HIGHLIGHT_COLOUR)
            char_format.setForeground(HIGHLIGHT_TEXT)
            span.format = char_format
            formats.append(span)
        layout = QTextLayout(shown, opt.font)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1) * 4)
        layout.endLayout()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
