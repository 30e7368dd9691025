"""The view of the acknowledgement matrix: narrow fixed-size cells, letters' numbers written
upwards in the column headers, recipients' names down the side.

Every row and column has the same fixed size, so the view never asks the model for size
hints while scrolling. Over an ``AckMatrixModel`` the view paints the visible cells itself in
one pass over the model's precomputed colours and marks (``AckMatrixModel.painted``): a
frame of a thousand cells then costs a few milliseconds, where the item delegate's seven
``data()`` calls and styled painting per cell cost over ten times that. Selection, the
current cell, tooltips, mouse and keyboard handling stay ``QTableView``'s. Over any other
model it paints as a plain ``QTableView``.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from desktop_app.ui.models.ack_matrix_model import (
    CELL_WIDTH,
    LETTER_ID_ROLE,
    ROW_HEIGHT,
    AckMatrixModel,
)

PREPARE_CHUNK = 8  # header sections drawn ahead per turn of the event loop
TEXT_CACHE = 4000  # header sections' pictures kept (a matrix has at most a few hundred letters)
HEADER_HEIGHT = 118  # px: room for "ว ๓๕๔  ๕ มี.ค. ๖๙" written upwards
NAMES_MIN, NAMES_MAX = 160, 300  # px: the recipients' column
SELECTED = QColor(21, 101, 192, 110)  # a selected cell keeps its colour under this
CURRENT = QColor("#0d47a1")


class UpwardHeader(QHeaderView):
    """A horizontal header writing each section's text bottom to top (columns stay narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(CELL_WIDTH)
        self.setMinimumSectionSize(CELL_WIDTH)
        self.setFixedHeight(HEADER_HEIGHT)
        self.setHighlightSections(True)
        self.setSectionsClickable(True)
        self._sections: dict[tuple[object, ...], QPixmap] = {}
        self._to_prepare: list[int] = []
        self._preparing = False

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        highlighted = self.highlightSections() and self._is_highlighted(logical_index)
        picture = self._picture(
            logical_index, rect.width(), rect.height(), painter.font(), highlighted
        )
        painter.drawPixmap(rect.topLeft(), picture)

    def _picture(
        self, logical_index: int, width: int, height: int, font: QFont, highlighted: bool
    ) -> QPixmap:
        """Section ``logical_index`` as a picture, drawn once and copied after that: a page
        jump repaints every visible section, and styling and laying out each again took a
        third of such a frame (docs/benchmarks.md section 7)."""
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, height)
        option.section = logical_index
        option.text = ""
        option.state = option.state | QStyle.StateFlag.State_Enabled
        if highlighted:
            option.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken
        model = self.model()
        text = model.headerData(logical_index, Qt.Orientation.Horizontal) if model else None
        colour = (
            model.headerData(
                logical_index, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole
            )
            if model
            else None
        )
        pen = (
            colour.color()
            if isinstance(colour, QBrush)
            else self.palette().color(self.foregroundRole())
        )
        ratio = self.devicePixelRatioF()
        key = (str(text or ""), pen.rgba(), width, height, option.state.value, font.key(), ratio)
        picture = self._sections.get(key)
        if picture is None:
            picture = self._draw_section(option, str(text or ""), pen, font, ratio)
            if len(self._sections) > TEXT_CACHE:
                self._sections.clear()
            self._sections[key] = picture
        return picture

    # -- drawing every section ahead, a few at a time, while the GUI is idle ----------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.model()
        if previous is not None:
            for signal in (previous.modelReset, previous.layoutChanged):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._prepare_later)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._prepare_later)
            model.layoutChanged.connect(self._prepare_later)
        self._prepare_later()

    def _prepare_later(self, *_args: object) -> None:
        """Draw every section's picture soon, ``PREPARE_CHUNK`` per turn of the event loop
        (about a millisecond each), so that a jump to a part of the matrix not seen yet
        finds its header drawn (the first visit's drawing made one frame in 180 jumps
        exceed 16 ms)."""
        self._to_prepare = list(range(self.count()))
        if not self._preparing and self._to_prepare:
            self._preparing = True
            QTimer.singleShot(0, self._prepare_some)

    def _prepare_some(self) -> None:
        font, height = self.font(), self.height()
        for _ in range(min(PREPARE_CHUNK, len(self._to_prepare))):
            index = self._to_prepare.pop()
            if index < self.count() and not self.isSectionHidden(index):
                self._picture(index, self.sectionSize(index), height, font, False)
        if self._to_prepare:
            QTimer.singleShot(0, self._prepare_some)
        else:
            self._preparing = False

    def _is_highlighted(self, logical_index: int) -> bool:
        selection = self.selectionModel()
        return bool(
            selection is not None
            and selection.columnIntersectsSelection(logical_index, self.rootIndex())
        )

    def _draw_section(
        self, option: QStyleOptionHeader, text: str, pen: QColor, font: QFont, ratio: float
    ) -> QPixmap:
        """One header section (its style's background and frame, the text upwards), as a
        pixmap the size of ``option.rect``."""
        size = option.rect.size()
        picture = QPixmap(size * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setFont(font)
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        if text:
            painter.setPen(pen)
            painter.translate(0, size.height())
            painter.rotate(-90)
            # In the rotated frame x runs up the column and y across it.
            elided = QFontMetrics(font).elidedText(
                text, Qt.TextElideMode.ElideRight, size.height() - 8
            )
            static = QStaticText(elided)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), font)
            height = static.size().height()
            painter.drawStaticText(QPointF(4, (size.width() - height) / 2), static)
        painter.end()
        return picture


class AckMatrixView(QTableView):
    """The matrix. ``column_menu_requested(column, global position)`` when the user asks for
    a letter's menu on its header; ``cell_menu_requested(index, global position)`` on a cell."""

    column_menu_requested = Signal(int, QPoint)
    cell_menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ackMatrix")
        self.setHorizontalHeader(UpwardHeader(self))
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setMinimumSectionSize(ROW_HEIGHT)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setFixedWidth(NAMES_MIN)
        self.setWordWrap(False)
        self.setShowGrid(False)  # cells are painted a pixel short: white lines between them
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # "๑๒๐" clipped beats "๑…"
        self._marks: dict[str, tuple[QStaticText, float, float]] = {}
        small = self.font()
        small.setPointSize(max(8, small.pointSize() - 1))
        self.setFont(small)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setCornerButtonEnabled(False)
        palette = self.palette()
        palette.setColor(palette.ColorRole.Highlight, SELECTED)  # for a plain model's cells
        self.setPalette(palette)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._cell_menu)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_names)
            self.fit_names()

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if not isinstance(model, AckMatrixModel):
            super().paintEvent(event)
            return
        area = event.rect()
        painter = QPainter(self.viewport())
        painter.fillRect(area, self.palette().base())
        rows, columns = model.rowCount(), model.columnCount()
        if rows and columns:
            self._paint_cells(painter, model, area, rows, columns)
        painter.end()

    def _visible(self, header: QHeaderView, low: int, high: int, count: int) -> range:
        first = header.logicalIndexAt(low)
        if first < 0:
            if low > 0:
                return range(0)  # the area lies past the last section
            first = 0
        last = header.logicalIndexAt(high)
        return range(first, (count - 1 if last < 0 else last) + 1)

    def _paint_cells(
        self, painter: QPainter, model: AckMatrixModel, area: QRect, rows: int, columns: int
    ) -> None:
        row_header, column_header = self.verticalHeader(), self.horizontalHeader()
        row_span = self._visible(row_header, area.top(), area.bottom(), rows)
        column_span = self._visible(column_header, area.left(), area.right(), columns)
        if not row_span or not column_span:
            return
        width = column_header.defaultSectionSize() - 1
        height = row_header.defaultSectionSize() - 1
        xs = [(column, column_header.sectionViewportPosition(column)) for column in column_span]
        cells = model.painted
        marks = self._marks
        font = painter.font()
        for row in row_span:
            y = row_header.sectionViewportPosition(row)
            for column, x in xs:
                cell = cells.get((row, column))
                if cell is None:
                    continue
                painter.fillRect(x, y, width, height, cell[0])
                text = cell[2]
                if not text:
                    continue
                mark = marks.get(text)
                if mark is None:
                    static = QStaticText(text)
                    static.prepare(painter.transform(), font)
                    size = static.size()
                    mark = (static, (width - size.width()) / 2, (height - size.height()) / 2)
                    marks[text] = mark
                painter.setPen(cell[1].color())
                painter.drawStaticText(round(x + mark[1]), round(y + mark[2]), mark[0])
        # The selection, as rectangles over the visible part of each selected range.
        selection = self.selectionModel().selection()
        for number in range(selection.size()):
            chosen = selection.at(number)
            top, bottom = max(chosen.top(), row_span[0]), min(chosen.bottom(), row_span[-1])
            left = max(chosen.left(), column_span[0])
            right = min(chosen.right(), column_span[-1])
            if top > bottom or left > right:
                continue
            x = column_header.sectionViewportPosition(left)
            y = row_header.sectionViewportPosition(top)
            painter.fillRect(
                x,
                y,
                (right - left + 1) * (width + 1) - 1,
                (bottom - top + 1) * (height + 1) - 1,
                SELECTED,
            )
        current = self.currentIndex()
        if self.hasFocus() and current.isValid():
            x = column_header.sectionViewportPosition(current.column())
            y = row_header.sectionViewportPosition(current.row())
            painter.setPen(QPen(CURRENT, 1))
            painter.drawRect(x, y, width - 1, height - 1)

    def fit_names(self) -> None:
        """Widen the recipients' column to the longest name (within bounds)."""
        model = self.model()
        if model is None:
            return
        header = self.verticalHeader()
        metrics = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        widest = 0
        for row in range(model.rowCount()):
            text = str(model.headerData(row, Qt.Orientation.Vertical) or "")
            widest = max(
                widest,
                (bold_metrics if not text.startswith(" ") else metrics).horizontalAdvance(text),
            )
        header.setFixedWidth(max(NAMES_MIN, min(NAMES_MAX, widest + 16)))

    def letter_id_at(self, column: int) -> int | None:
        model = self.model()
        if model is None or not 0 <= column < model.columnCount():
            return None
        value = model.headerData(column, Qt.Orientation.Horizontal, LETTER_ID_ROLE)
        return None if value is None else int(value)

    def _column_menu(self, position: QPoint) -> None:
        header = self.horizontalHeader()
        column = header.logicalIndexAt(position)
        if column >= 0:
            self.column_menu_requested.emit(column, header.mapToGlobal(position))

    def _cell_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid():
            self.cell_menu_requested.emit(index, self.viewport().mapToGlobal(position))
