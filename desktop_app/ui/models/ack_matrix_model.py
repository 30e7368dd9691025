"""The acknowledgement matrix as a Qt table model: recipients (rows) x issued letters (columns).

The model shows one ``Matrix`` (domain/acks.py) read by ``ops.acks.dashboard``: rows are the
recipients grouped by district (a district at level 0, its local authorities at level 1 under
it, heading rows for groups with no tracking rows of their own), columns the letters, newest
first. A cell is coloured by its state and, when overdue, darker red the more days it is late;
it is blank where the letter was not sent to that recipient.

Everything a cell shows is worked out once when a matrix is set (one shared ``QBrush`` per
colour, one string per distinct days-late figure), so ``data()`` is a dictionary look-up: the
view scrolls smoothly over tens of thousands of cells. Tooltips are composed the first time
they are asked for and kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.acks import CELL_STATES, AckState, Matrix, MatrixLetter, MatrixRecipient
from desktop_app.domain.classes import Urgency
from desktop_app.domain.thai_dates import be_year, format_date_short, month_name
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t

# Custom roles (cells unless said otherwise).
STATE_ROLE = Qt.ItemDataRole.UserRole + 60  # int index into CELL_STATES; None when blank
DAYS_LATE_ROLE = Qt.ItemDataRole.UserRole + 61  # int calendar days late (0 in time); None blank
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 62  # int tracking row id; None when blank
LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 63  # int letter id (cells and horizontal header)
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 64  # vertical header: 0 district/heading, 1 under it
HEADING_ROLE = Qt.ItemDataRole.UserRole + 65  # vertical header: bool, a heading row

CELL_WIDTH = 28  # px: a column is one letter
ROW_HEIGHT = 22  # px

_INDEX_OF = {state: index for index, state in enumerate(CELL_STATES)}
PENDING = _INDEX_OF[AckState.PENDING]
OVERDUE = _INDEX_OF[AckState.OVERDUE]
RETURNED = _INDEX_OF[AckState.RETURNED]
ACKNOWLEDGED = _INDEX_OF[AckState.ACKNOWLEDGED]
ACKNOWLEDGED_LATE = _INDEX_OF[AckState.ACKNOWLEDGED_LATE]

# Colours by state; overdue cells take the shade of the first bound their days late fit.
STATE_COLOURS = {
    PENDING: "#dbe7f5",  # waiting, not due yet: pale blue
    RETURNED: "#a58ad6",  # came back: purple
    ACKNOWLEDGED: "#7cc47f",  # green
    ACKNOWLEDGED_LATE: "#c9d96a",  # acknowledged after the due date: olive
}
OVERDUE_SHADES = ("#f6b8b8", "#ee8b8b", "#e05a5a", "#c62828", "#8b1212")
OVERDUE_BOUNDS = (3, 7, 14, 30)  # days late up to each shade; beyond the last: the darkest
_DARK_TEXT = "#1f2933"
_LIGHT_TEXT = "#ffffff"
_MARKS = {PENDING: "", RETURNED: "↩", ACKNOWLEDGED: "✓", ACKNOWLEDGED_LATE: "✓"}


def overdue_shade(days_late: int) -> int:
    """Which of ``OVERDUE_SHADES`` an overdue cell ``days_late`` days late takes (0..4)."""
    for shade, bound in enumerate(OVERDUE_BOUNDS):
        if days_late <= bound:
            return shade
    return len(OVERDUE_BOUNDS)


def cell_colour(state: int, days_late: int) -> QColor:
    """The background of a cell in ``state`` (an index into ``CELL_STATES``)."""
    if state == OVERDUE:
        return QColor(OVERDUE_SHADES[overdue_shade(days_late)])
    return QColor(STATE_COLOURS[state])


def short_letter_no(doc_no: str) -> str:
    """The running part of a document number, for a narrow column: "มส 0023.3/ว 354" ->
    "ว 354" (the whole number when it has no "/")."""
    return doc_no.rsplit("/", 1)[-1].strip() if "/" in doc_no else doc_no


class AckMatrixModel(QAbstractTableModel):
    """Recipients x letters of one ``Matrix`` (empty until ``set_matrix``).

    Display: cells show a mark (✓ acknowledged, ↩ returned, the days late when overdue) on
    their state's colour (``BackgroundRole``); the horizontal header the letter's short
    number and Buddhist-era date, the vertical header the recipient's name (indented at level
    1). Custom roles: ``STATE_ROLE``, ``DAYS_LATE_ROLE``, ``ROW_ID_ROLE``, ``LETTER_ID_ROLE``,
    ``LEVEL_ROLE``, ``HEADING_ROLE``.
    """

    def __init__(
        self, parent: QObject | None = None, *, digits: Digits = "thai", language: str = "th"
    ) -> None:
        super().__init__(parent)
        self.digits: Digits = digits
        self.language = language
        self._matrix = Matrix((), ())
        self._letters: tuple[MatrixLetter, ...] = ()
        self._recipients: tuple[MatrixRecipient, ...] = ()
        # (row, column) -> (background, foreground, text, state, days late, tracking row id)
        self._cells: dict[tuple[int, int], tuple[QBrush, QBrush, str, int, int, int]] = {}
        self._tips: dict[tuple[int, int], str] = {}
        self._column_text: list[str] = []
        self._column_tip: list[str] = []
        self._column_ids: list[int] = []
        self._row_text: list[str] = []
        self._row_tip: list[str] = []
        self._urgent_brush = QBrush(QColor("#c62828"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self._heading_font.setItalic(True)
        self._centre = int(Qt.AlignmentFlag.AlignCenter)
        dark, light = QBrush(QColor(_DARK_TEXT)), QBrush(QColor(_LIGHT_TEXT))
        self._state_brushes = {
            state: (QBrush(QColor(colour)), dark) for state, colour in STATE_COLOURS.items()
        }
        self._overdue_brushes = [
            (QBrush(QColor(colour)), dark if shade < 3 else light)
            for shade, colour in enumerate(OVERDUE_SHADES)
        ]
        self._state_labels = {
            index: state.label(language) for index, state in enumerate(CELL_STATES)
        }

    # -- the data ---------------------------------------------------------------------------
    @property
    def matrix(self) -> Matrix:
        return self._matrix

    def letter(self, column: int) -> MatrixLetter:
        return self._letters[column]

    def recipient(self, row: int) -> MatrixRecipient:
        return self._recipients[row]

    @property
    def painted(self) -> dict[tuple[int, int], tuple[QBrush, QBrush, str, int, int, int]]:
        """(row, column) -> (background, foreground, mark, state index, days late, tracking
        row id) for every cell sent; what ``AckMatrixView`` paints from (read-only)."""
        return self._cells

    def cell(self, row: int, column: int) -> tuple[int, int, int] | None:
        """(state index, days late, tracking row id), or None where nothing was sent."""
        found = self._cells.get((row, column))
        return None if found is None else (found[3], found[4], found[5])

    def set_matrix(self, matrix: Matrix) -> None:
        """Show ``matrix``. When its rows and columns are the ones shown (a refresh after an
        acknowledgement), only the cells change: the view keeps its selection and place."""
        same_shape = [r.key for r in matrix.recipients] == [r.key for r in self._recipients] and [
            letter.id for letter in matrix.letters
        ] == self._column_ids
        if not same_shape:
            self.beginResetModel()
        self._matrix = matrix
        self._letters = matrix.letters
        self._recipients = matrix.recipients
        self._tips = {}
        self._cells = self._paint(matrix)
        if same_shape:
            self._headers()
            if self._letters and self._recipients:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self._recipients) - 1, len(self._letters) - 1),
                )
            if self._letters:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._letters) - 1)
            return
        self._headers()
        self.endResetModel()

    def _paint(
        self, matrix: Matrix
    ) -> dict[tuple[int, int], tuple[QBrush, QBrush, str, int, int, int]]:
        days_text: dict[int, str] = {}
        painted: dict[tuple[int, int], tuple[QBrush, QBrush, str, int, int, int]] = {}
        for key, (state, late, row_id) in matrix.cells.items():
            if state == OVERDUE:
                background, foreground = self._overdue_brushes[overdue_shade(late)]
                text = days_text.get(late)
                if text is None:
                    text = apply_digits(str(late) if late < 100 else "99+", self.digits)
                    days_text[late] = text
            else:
                background, foreground = self._state_brushes[state]
                text = _MARKS[state]
            painted[key] = (background, foreground, text, state, late, row_id)
        return painted

    def _headers(self) -> None:
        d, lang = self.digits, self.language
        self._column_ids = [letter.id for letter in self._letters]
        self._column_text = []
        self._column_tip = []
        for letter in self._letters:
            day = letter.letter_date
            short_date = apply_digits(
                f"{day.day} {month_name(day.month, abbreviated=True, lang=lang)} "
                f"{be_year(day) % 100:02d}",
                d,
            )
            self._column_text.append(
                f"{apply_digits(short_letter_no(letter.doc_no), d)}  {short_date}"
            )
            self._column_tip.append(self._letter_line(letter))
        self._row_text = []
        self._row_tip = []
        for recipient in self._recipients:
            indent = "    " if recipient.level else ""
            self._row_text.append(indent + recipient.name)
            code = f" ({apply_digits(recipient.code, d)})" if recipient.code else ""
            self._row_tip.append(recipient.name + code)

    def _letter_line(self, letter: MatrixLetter) -> str:
        d, lang = self.digits, self.language
        text = (
            _t("AckMatrixModel", "ที่ {number} ลงวันที่ {date}")
            .replace("{number}", apply_digits(letter.doc_no, d))
            .replace("{date}", format_date_short(letter.letter_date, d, lang))
        )
        if letter.urgency is not Urgency.NORMAL:
            text += f" ({letter.urgency.label(lang)})"
        return (
            text
            + "\n"
            + _t("AckMatrixModel", "เรื่อง {subject}").replace("{subject}", letter.subject)
        )

    def _tooltip(self, row: int, column: int) -> str:
        cached = self._tips.get((row, column))
        if cached is not None:
            return cached
        letter_line = self._column_tip[column]
        who = self._recipients[row].name
        found = self._cells.get((row, column))
        if found is None:
            state_text = _t("AckMatrixModel", "ไม่ได้ส่งถึงผู้รับนี้")
        else:
            state, late = found[3], found[4]
            state_text = self._state_labels[state]
            if late and state in (OVERDUE, RETURNED, ACKNOWLEDGED_LATE):
                state_text += " " + _t("AckMatrixModel", "ช้ากว่ากำหนด {days} วัน").replace(
                    "{days}", apply_digits(str(late), self.digits)
                )
        tip = f"{letter_line}\n{who}: {state_text}"
        self._tips[(row, column)] = tip
        return tip

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._recipients)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._letters)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            found = self._cells.get(key)
            return None if found is None else found[0]
        if role == Qt.ItemDataRole.DisplayRole:
            found = self._cells.get(key)
            return None if found is None else found[2]
        if role == Qt.ItemDataRole.ForegroundRole:
            found = self._cells.get(key)
            return None if found is None else found[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._centre
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(*key)
        if role == STATE_ROLE:
            found = self._cells.get(key)
            return None if found is None else found[3]
        if role == DAYS_LATE_ROLE:
            found = self._cells.get(key)
            return None if found is None else found[4]
        if role == ROW_ID_ROLE:
            found = self._cells.get(key)
            return None if found is None else found[5]
        if role == LETTER_ID_ROLE:
            return self._column_ids[key[1]]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._letters):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._column_text[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._column_tip[section]
            if role == LETTER_ID_ROLE:
                return self._column_ids[section]
            if role == Qt.ItemDataRole.ForegroundRole:
                urgent = self._letters[section].urgency is not Urgency.NORMAL
                return self._urgent_brush if urgent else None
            return None
        if not 0 <= section < len(self._recipients):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_text[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tip[section]
        if role == Qt.ItemDataRole.FontRole:
            recipient = self._recipients[section]
            if recipient.is_heading:
                return self._heading_font
            return self._bold if recipient.level == 0 else None
        if role == LEVEL_ROLE:
            return self._recipients[section].level
        if role == HEADING_ROLE:
            return self._recipients[section].is_heading
        return None
