"""The supervisor's dashboard (ภาพรวมการตอบรับ): who has not acknowledged which letters, what
is overdue, whom to chase today.

Figures at a glance on top; below, tabs: the matrix (recipients x letters, coloured by
state), the roll-up by district, the overdue list with reminders, and the charts. Filters
(period, work group, urgency, kind of recipient) apply to all of them. Reminders take
numbers from the outgoing register: an inline bar first says how many letters will be
issued, to how many recipients, for which letters, and only its "yes" issues them.

Everything is read with one operation (``ops.acks.dashboard``) on a worker thread; the page
keeps showing the previous view while a new one loads, and drops a result read for filters
that have changed since. While the page is visible it asks every few seconds for the
database's change marker (one indexed read) and reloads only when it moved, so a clerk's
acknowledgement on another workstation shows up without anyone pressing anything; writes
made in this window (``ops.changed``) reload it at once. QtCharts is loaded only when the
charts are first shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.acks import CELL_STATES, DashboardFilter, LetterTracking, OverdueItem
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import SarabanError
from desktop_app.domain.office import WorkGroupInfo
from desktop_app.domain.outgoing import BatchStopped, IssuedLetter
from desktop_app.domain.thai_dates import format_date_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import error_text, show_bug
from desktop_app.ui.models.ack_matrix_model import (
    ACKNOWLEDGED,
    ACKNOWLEDGED_LATE,
    OVERDUE,
    OVERDUE_BOUNDS,
    OVERDUE_SHADES,
    PENDING,
    RETURNED,
    ROW_ID_ROLE,
    STATE_COLOURS,
    STATE_ROLE,
    AckMatrixModel,
)
from desktop_app.ui.operations import ACKS, OUTGOING, SETTINGS, Operations
from desktop_app.ui.operations.acks import DashboardView
from desktop_app.ui.operations.settings import SettingsSnapshot
from desktop_app.ui.widgets.ack_matrix_view import AckMatrixView
from desktop_app.ui.widgets.thai_date_edit import ThaiDateEdit

if TYPE_CHECKING:
    from desktop_app.ui.widgets.ack_charts import AckCharts

POLL_INTERVAL_MS = 5_000  # how often a visible dashboard asks whether anything changed
FILTER_DELAY_MS = 400  # typing a date waits this long before reloading

# Period presets.
PERIOD_ALL, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_FISCAL, PERIOD_CUSTOM = (
    "all",
    "month",
    "3months",
    "fiscal",
    "custom",
)

# Tabs.
TAB_MATRIX, TAB_DISTRICTS, TAB_OVERDUE, TAB_CHARTS = range(4)

# The overdue list's columns.
COL_DUE, COL_DAYS, COL_DOC_NO, COL_SUBJECT, COL_RECIPIENT, COL_REMINDED = range(6)
OVERDUE_ID_ROLE = Qt.ItemDataRole.UserRole + 70  # the tracking row's id
OVERDUE_LETTER_ROLE = Qt.ItemDataRole.UserRole + 71  # the letter's id

# The roll-up's columns.
COL_DISTRICT, COL_TOTAL, COL_PENDING, COL_OVERDUE, COL_SHARE = range(5)
SHARE_ROLE = Qt.ItemDataRole.UserRole + 72  # float 0..1: the district's acknowledged share

DEFAULT_PERIOD = PERIOD_QUARTER
FIGURES = ("pending", "overdue", "acknowledged_this_week", "median_days", "returned")
LISTED_LETTERS = 10  # the confirmation names this many letters, then "and n more"


def period_range(preset: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The letter dates a period preset covers (inclusive): this calendar month; this month
    and the two before it; this fiscal year (1 October to 30 September); everything."""
    if preset == PERIOD_MONTH:
        start = today.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return start, following - dt.timedelta(days=1)
    if preset == PERIOD_QUARTER:
        month = today.month - 2
        year = today.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return dt.date(year, month, 1), today
    if preset == PERIOD_FISCAL:
        first_year = today.year if today.month >= 10 else today.year - 1
        return dt.date(first_year, 10, 1), dt.date(first_year + 1, 9, 30)
    return None, None


class ShareBarDelegate(QStyledItemDelegate):
    """Draws the acknowledged share (``SHARE_ROLE``, 0..1) as a bar beside its figure."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        share = index.data(SHARE_ROLE)
        painter.save()
        if isinstance(share, float):
            bar = rect.adjusted(6, 6, -70, -6)
            painter.fillRect(bar, QColor("#e4e9f0"))
            filled = QRect(bar)
            filled.setWidth(round(bar.width() * max(0.0, min(1.0, share))))
            painter.fillRect(filled, QColor(STATE_COLOURS[ACKNOWLEDGED]))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(
            rect.adjusted(4, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()


class FigureCard(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value = QLabel("–", self)
        self.value.setObjectName(f"figure_{name}")
        font = self.value.font()
        font.setPointSize(20)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setStyleSheet(
            "QFrame#figureCard { background: #ffffff; border: 1px solid #d5dbe3; "
            "border-radius: 6px; }"
        )

    def show_value(self, text: str, colour: str = "#1f2933") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {colour};")


class DashboardPage(QWidget):
    """The dashboard. Signals: ``open_letter(letter id)`` on a double click on a matrix cell
    or an overdue row (the main window opens the letter's tracking); ``status_message(text)``
    for the status bar; ``loaded(DashboardView)`` each time a view is shown;
    ``reminders_issued(list[IssuedLetter])`` after reminders were issued from this page."""

    open_letter = Signal(int)
    status_message = Signal(str)
    loaded = Signal(object)
    reminders_issued = Signal(list)

    def __init__(
        self,
        ops: Operations,
        *,
        digits: Digits = "thai",
        poll_interval_ms: int = POLL_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.digits: Digits = digits
        self.language = ops.language
        self.setObjectName("DashboardPage")
        self.view: DashboardView | None = None
        self.charts: AckCharts | None = None
        self._filters = DashboardFilter()
        self._generation = 0  # grows whenever the filters change
        self._loading = False
        self._reload_again = False
        self._polling = False
        self._stale = True  # nothing shown yet, or a change arrived while hidden
        self._choices_loaded = False
        self._setting_dates = False
        self._confirm_action: Callable[[], None] | None = None
        self._confirm_rows: set[int] | None = None  # the overdue selection asked about
        self._focus_before: QWidget | None = None  # where the keyboard was before asking

        self._build_filters()
        self._filters = self.filters_from_widgets()  # the default period, first load included
        self._build_figures()
        self.notice = QLabel(self)
        self.notice.setObjectName("dashboardNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self._build_matrix(), _t("DashboardPage", "ตาราง"))
        self.tabs.addTab(self._build_districts(), _t("DashboardPage", "รายอำเภอ"))
        self.tabs.addTab(self._build_overdue(), _t("DashboardPage", "เกินกำหนด"))
        self.charts_tab = QWidget(self)
        QVBoxLayout(self.charts_tab).setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.charts_tab, _t("DashboardPage", "แผนภูมิ"))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("dashboardState")
        self.state_label.setStyleSheet("color: #52606d; padding-right: 6px;")
        self.tabs.setCornerWidget(self.state_label, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.figures_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._build_confirm_bar())

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        ops.changed.connect(self._area_changed)

    # -- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        today = self.ops.clock().date()
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for label, preset in (
            (_t("DashboardPage", "ทั้งหมด"), PERIOD_ALL),
            (_t("DashboardPage", "เดือนนี้"), PERIOD_MONTH),
            (
                _t("DashboardPage", "{n} เดือนล่าสุด").replace("{n}", apply_digits("3", self.digits)),
                PERIOD_QUARTER,
            ),
            (_t("DashboardPage", "ปีงบประมาณนี้"), PERIOD_FISCAL),
            (_t("DashboardPage", "กำหนดเอง"), PERIOD_CUSTOM),
        ):
            self.period.addItem(label, preset)
        self.start_date = ThaiDateEdit(
            self, digits=self.digits, language=self.language, today=today
        )
        self.end_date = ThaiDateEdit(self, digits=self.digits, language=self.language, today=today)
        for edit, hint in (
            (self.start_date, _t("DashboardPage", "ตั้งแต่วันที่")),
            (self.end_date, _t("DashboardPage", "ถึงวันที่")),
        ):
            edit.preview.hide()  # the row stays one line; a bad date shows in the state label
            edit.edit.setPlaceholderText(hint)
            edit.setFixedWidth(130)
            edit.date_changed.connect(self._dates_edited)
        self.work_group = QComboBox(self)
        self.work_group.setObjectName("workGroup")
        self.work_group.addItem(_t("DashboardPage", "ทุกกลุ่มงาน"), None)
        self.work_group.setMinimumContentsLength(14)
        self.work_group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("urgency")
        self.urgency.addItem(_t("DashboardPage", "ทุกชั้นความเร็ว"), None)
        for urgency in Urgency:
            self.urgency.addItem(urgency.label(self.language), urgency)
        self.kind = QComboBox(self)
        self.kind.setObjectName("recipientKind")
        for label, kind in (
            (_t("DashboardPage", "ผู้รับทุกประเภท"), None),
            (_t("DashboardPage", "อำเภอ"), "district"),
            (_t("DashboardPage", "องค์กรปกครองส่วนท้องถิ่น"), "local_authority"),
            (_t("DashboardPage", "หน่วยงานอื่น"), "other"),
        ):
            self.kind.addItem(label, kind)
        self.export_button = QPushButton(_t("DashboardPage", "ส่งออก Excel…"), self)
        self.export_button.setObjectName("exportDashboard")
        self.refresh_button = QPushButton(_t("DashboardPage", "โหลดใหม่"), self)
        # The page opens on the last three months: what is being chased now, ready within
        # the target over five years of traffic (docs/benchmarks.md section 7); "ทั้งหมด"
        # (every letter, as `saraban dashboard` counts by default) is one choice away.
        self.period.setCurrentIndex(self.period.findData(DEFAULT_PERIOD))
        start, end = period_range(DEFAULT_PERIOD, today)
        self._setting_dates = True
        try:
            self.start_date.set_date(start)
            self.end_date.set_date(end)
        finally:
            self._setting_dates = False
        self.period.currentIndexChanged.connect(self._period_chosen)
        for combo in (self.work_group, self.urgency, self.kind):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.export_button.clicked.connect(self.export_dialog)
        self.refresh_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel(_t("DashboardPage", "ช่วงวันที่หนังสือ"), self))
        row.addWidget(self.period)
        row.addWidget(self.start_date)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end_date)
        row.addWidget(self.work_group, 1)
        row.addWidget(self.urgency)
        row.addWidget(self.kind)
        row.addStretch(0)
        row.addWidget(self.export_button)
        row.addWidget(self.refresh_button)
        self.filter_row = row

    def _build_figures(self) -> None:
        captions = {
            "pending": _t("DashboardPage", "รอตอบรับ"),
            "overdue": _t("DashboardPage", "เกินกำหนด"),
            "acknowledged_this_week": _t("DashboardPage", "ตอบรับในสัปดาห์นี้"),
            "median_days": _t("DashboardPage", "ค่ามัธยฐานวันตอบรับ"),
            "returned": _t("DashboardPage", "ตีกลับ"),
        }
        tips = {
            "pending": _t("DashboardPage", "ผู้รับที่ยังไม่ตอบรับ รวมที่เกินกำหนดและที่ตีกลับ"),
            "overdue": _t("DashboardPage", "ยังไม่ตอบรับและเลยวันครบกำหนดแล้ว"),
            "acknowledged_this_week": _t("DashboardPage", "ตอบรับตั้งแต่วันจันทร์ของสัปดาห์นี้"),
            "median_days": _t("DashboardPage", "นับจากวันที่ของหนังสือถึงวันที่ตอบรับ"),
            "returned": _t("DashboardPage", "หนังสือที่ส่งไม่ถึงผู้รับ ยังต้องส่งใหม่"),
        }
        self.cards = {name: FigureCard(captions[name], name, self) for name in FIGURES}
        for name, card in self.cards.items():
            card.setToolTip(tips[name])
        self.figure_labels = {name: card.value for name, card in self.cards.items()}
        row = QHBoxLayout()
        row.setSpacing(8)
        for name in FIGURES:
            row.addWidget(self.cards[name], 1)
        self.figures_row = row

    def _build_matrix(self) -> QWidget:
        tab = QWidget(self)
        self.matrix_model = AckMatrixModel(self, digits=self.digits, language=self.language)
        self.matrix_view = AckMatrixView(tab)
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.doubleClicked.connect(self._matrix_double_clicked)
        self.matrix_view.column_menu_requested.connect(self._column_menu)
        self.matrix_view.cell_menu_requested.connect(self._cell_menu)
        self.matrix_empty = QLabel(_t("DashboardPage", "ยังไม่มีหนังสือที่ส่งออกในช่วงที่เลือก"), tab)
        self.matrix_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix_empty.hide()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.matrix_view, 1)
        layout.addWidget(self.matrix_empty, 1)
        layout.addLayout(self._legend(tab))
        return tab

    def _legend(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)

        def swatch(colour: str, text: str, tip: str = "") -> None:
            box = QLabel(text, parent)
            box.setFixedSize(22, 16)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            fg = "#ffffff" if QColor(colour).lightness() < 110 else "#1f2933"
            box.setStyleSheet(f"background: {colour}; color: {fg}; border-radius: 2px;")
            box.setToolTip(tip)
            row.addWidget(box)

        def caption(text: str) -> None:
            label = QLabel(text, parent)
            label.setStyleSheet("color: #52606d; margin-right: 8px;")
            row.addWidget(label)

        labels = {index: state.label(self.language) for index, state in enumerate(CELL_STATES)}
        swatch(STATE_COLOURS[PENDING], "")
        caption(labels[PENDING])
        d = self.digits
        low = 1
        for shade, colour in enumerate(OVERDUE_SHADES):
            if shade < len(OVERDUE_BOUNDS):
                high = OVERDUE_BOUNDS[shade]
                span = _t("DashboardPage", "เกินกำหนด {low}–{high} วัน").replace(
                    "{low}", apply_digits(str(low), d)
                )
                swatch(colour, "", span.replace("{high}", apply_digits(str(high), d)))
                low = high + 1
            else:
                swatch(
                    colour,
                    "",
                    _t("DashboardPage", "เกินกำหนดมากกว่า {days} วัน").replace(
                        "{days}", apply_digits(str(low - 1), d)
                    ),
                )
        caption(labels[OVERDUE] + " " + _t("DashboardPage", "(ยิ่งเข้มยิ่งนาน)"))
        swatch(STATE_COLOURS[RETURNED], "↩")
        caption(labels[RETURNED])
        swatch(STATE_COLOURS[ACKNOWLEDGED], "✓")
        caption(labels[ACKNOWLEDGED])
        swatch(STATE_COLOURS[ACKNOWLEDGED_LATE], "✓")
        caption(labels[ACKNOWLEDGED_LATE])
        row.addStretch(1)
        hint = QLabel(_t("DashboardPage", "หัวคอลัมน์สีแดง: หนังสือด่วน · คลิกขวาเพื่อส่งหนังสือเตือน"), parent)
        hint.setStyleSheet("color: #7b8794;")
        row.addWidget(hint)
        return row

    def _build_confirm_bar(self) -> QFrame:
        """The question asked before reminders are issued: text, yes, no (hidden)."""
        bar = QFrame(self)
        bar.setObjectName("remindConfirm")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setStyleSheet(
            "QFrame#remindConfirm { background: #fff3cd; border: 1px solid #e0c36a; "
            "border-radius: 4px; }"
        )
        self.confirm_text = QLabel(bar)
        self.confirm_text.setObjectName("remindConfirmText")
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_yes = QPushButton(bar)
        self.confirm_yes.setObjectName("remindConfirmYes")
        self.confirm_no = QPushButton(_t("DashboardPage", "ไม่ใช่"), bar)
        self.confirm_no.setObjectName("remindConfirmNo")
        for button in (self.confirm_yes, self.confirm_no):
            button.setAutoDefault(False)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.confirm_text, 1)
        row.addWidget(self.confirm_yes)
        row.addWidget(self.confirm_no)
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self.close_confirmation)
        bar.hide()
        self.confirm_bar = bar
        return bar

    def _build_districts(self) -> QWidget:
        headers = [
            _t("DashboardPage", "อำเภอ"),
            _t("DashboardPage", "ทั้งหมด"),
            _t("DashboardPage", "รอตอบรับ"),
            _t("DashboardPage", "เกินกำหนด"),
            _t("DashboardPage", "ตอบรับแล้ว (ร้อยละ)"),
        ]
        self.district_table = QTableWidget(0, len(headers), self)
        self.district_table.setObjectName("districtTable")
        self.district_table.setHorizontalHeaderLabels(headers)
        self._plain_table(self.district_table)
        self.district_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.district_table.horizontalHeader()
        header.setSectionResizeMode(COL_DISTRICT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_DISTRICT, 300)
        for column in (COL_TOTAL, COL_PENDING, COL_OVERDUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 110)
        header.setSectionResizeMode(COL_SHARE, QHeaderView.ResizeMode.Stretch)
        self.district_table.setItemDelegateForColumn(COL_SHARE, ShareBarDelegate(self))
        return self.district_table

    def _build_overdue(self) -> QWidget:
        tab = QWidget(self)
        headers = [
            _t("DashboardPage", "ครบกำหนด"),
            _t("DashboardPage", "เกิน (วัน)"),
            _t("DashboardPage", "ที่"),
            _t("DashboardPage", "เรื่อง"),
            _t("DashboardPage", "ผู้รับ"),
            _t("DashboardPage", "เตือนแล้ว (ครั้ง)"),
        ]
        self.overdue_table = QTableWidget(0, len(headers), tab)
        self.overdue_table.setObjectName("overdueTable")
        self.overdue_table.setHorizontalHeaderLabels(headers)
        self._plain_table(self.overdue_table)
        self.overdue_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.overdue_table.horizontalHeader()
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DUE, COL_DAYS, COL_DOC_NO, COL_REMINDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RECIPIENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_RECIPIENT, 260)
        self.overdue_table.doubleClicked.connect(self._overdue_double_clicked)
        self.overdue_table.itemSelectionChanged.connect(self._overdue_selection_changed)
        self.remind_button = QPushButton(_t("DashboardPage", "ส่งหนังสือเตือน"), tab)
        self.remind_button.setObjectName("remindSelected")
        self.remind_button.setEnabled(False)
        self.remind_button.clicked.connect(self.remind_selected)
        self.select_all_button = QPushButton(_t("DashboardPage", "เลือกทั้งหมด"), tab)
        self.select_all_button.clicked.connect(self.overdue_table.selectAll)
        self.selection_label = QLabel(tab)
        self.selection_label.setStyleSheet("color: #52606d;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.selection_label, 1)
        buttons.addWidget(self.remind_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.overdue_table, 1)
        layout.addLayout(buttons)
        return tab

    @staticmethod
    def _plain_table(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(24)

    # -- filters ----------------------------------------------------------------------------
    @property
    def filters(self) -> DashboardFilter:
        """The filters the shown (or loading) view was asked for."""
        return self._filters

    def _period_chosen(self, _index: int) -> None:
        preset = self.period.currentData()
        if preset == PERIOD_CUSTOM:
            return
        start, end = period_range(preset, self.ops.clock().date())
        self._setting_dates = True
        try:
            self.start_date.set_date(start)
            self.end_date.set_date(end)
        finally:
            self._setting_dates = False
        self.apply_filters()

    def _dates_edited(self, _value: object) -> None:
        if self._setting_dates:
            return
        custom = self.period.findData(PERIOD_CUSTOM)
        if self.period.currentIndex() != custom:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(custom)
            self.period.blockSignals(False)
        self._filter_timer.start()

    def filters_from_widgets(self) -> DashboardFilter:
        """The filters the widgets say. Raises ``InvalidInput`` (a period ending before it
        starts, a date that cannot be read)."""
        for edit in (self.start_date, self.end_date):
            if edit.error():
                from desktop_app.domain.errors import InvalidInput

                raise InvalidInput(edit.error(), edit.error(), field="period")
        return DashboardFilter(
            start=self.start_date.date(),
            end=self.end_date.date(),
            work_group_id=self.work_group.currentData(),
            urgency=self.urgency.currentData(),
            recipient_kind=self.kind.currentData(),
        )

    def apply_filters(self) -> None:
        """Reload for the filters the widgets now say (nothing happens if they are unchanged)."""
        self._filter_timer.stop()
        try:
            filters = self.filters_from_widgets()
        except SarabanError as error:
            self._show_state(error_text(error), error=True)
            return
        if filters == self._filters and not self._stale:
            self._show_state(self._as_of_text())
            return
        self._filters = filters
        self._generation += 1
        self.reload()

    def _load_choices(self) -> None:
        self.ops.settings.snapshot().success(self._show_choices).failure(lambda _e: None).run(self)

    def _show_choices(self, snapshot: SettingsSnapshot) -> None:
        self._choices_loaded = True
        chosen = self.work_group.currentData()
        self.work_group.blockSignals(True)
        self.work_group.clear()
        self.work_group.addItem(_t("DashboardPage", "ทุกกลุ่มงาน"), None)
        groups: tuple[WorkGroupInfo, ...] = snapshot.work_groups
        for group in groups:
            name = group.name
            if not group.active:
                name += " " + _t("DashboardPage", "(เลิกใช้)")
            self.work_group.addItem(name, group.id)
        found = self.work_group.findData(chosen) if chosen is not None else 0
        self.work_group.setCurrentIndex(max(0, found))
        self.work_group.blockSignals(False)
        if chosen is not None and found < 0:
            self.apply_filters()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the dashboard for the current filters; the shown view stays until it comes."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._stale = False
        generation = self._generation
        self._show_state(_t("DashboardPage", "กำลังโหลด…"))
        (
            self.ops.acks.dashboard(self._filters)
            .success(lambda view: self._loaded(generation, view))
            .failure(lambda error: self._load_failed(generation, error))
            .run(self)
        )

    def _loaded(self, generation: int, view: DashboardView) -> None:
        self._loading = False
        if generation == self._generation:
            self.show_view(view)
        if self._reload_again or generation != self._generation:
            self._reload_again = False
            self.reload()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        self._loading = False
        if not isinstance(error, SarabanError):
            show_bug(self, error)
        elif generation == self._generation:
            self._show_state(
                _t("DashboardPage", "อ่านข้อมูลไม่สำเร็จ: {error}").replace(
                    "{error}", error_text(error)
                ),
                error=True,
            )
        if self._reload_again or generation != self._generation:
            self._reload_again = False
            self.reload()

    def poll(self) -> None:
        """Ask for the change marker; reload when it moved since the shown view was read."""
        if self._loading or self._polling:
            return
        self._polling = True
        self.ops.acks.change_marker().success(self._marker_read).failure(self._poll_failed).run(
            self
        )

    def _marker_read(self, marker: int) -> None:
        self._polling = False
        if self.view is None or marker != self.view.figures.marker:
            self.reload()

    def _poll_failed(self, error: BaseException) -> None:
        self._polling = False
        self._show_state(
            _t("DashboardPage", "ตรวจการเปลี่ยนแปลงไม่สำเร็จ: {error}").replace(
                "{error}", error_text(error)
            ),
            error=True,
        )

    def _area_changed(self, area: str) -> None:
        if area in (ACKS, OUTGOING):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        elif area == SETTINGS and self._choices_loaded:
            self._load_choices()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._load_choices()
        if self._stale:
            self.reload()
        self.poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.poll_timer.stop()

    # -- showing ----------------------------------------------------------------------------
    def show_view(self, view: DashboardView) -> None:
        """Show a view read by ``ops.acks.dashboard`` (figures, matrix, overdue list)."""
        self.view = view
        self._show_figures(view)
        self.matrix_model.set_matrix(view.matrix)
        empty = not view.matrix.letters
        self.matrix_view.setVisible(not empty)
        self.matrix_empty.setVisible(empty)
        self._show_districts(view)
        self._show_overdue(view.overdue)
        if self.charts is not None:
            self.charts.set_figures(view.figures)
        self._show_state(self._as_of_text())
        self.loaded.emit(view)

    def _number(self, value: int) -> str:
        return apply_digits(f"{value:,}", self.digits)

    def _show_figures(self, view: DashboardView) -> None:
        f = view.figures
        self.cards["pending"].show_value(self._number(f.pending))
        self.cards["overdue"].show_value(
            self._number(f.overdue), "#c62828" if f.overdue else "#1f2933"
        )
        self.cards["acknowledged_this_week"].show_value(
            self._number(f.acknowledged_this_week), "#2e7d32"
        )
        median = f.median_days_to_ack
        if median is None:
            median_text = "–"
        else:
            median_text = (
                apply_digits(
                    str(int(median)) if median == int(median) else f"{median:.1f}", self.digits
                )
                + " "
                + _t("DashboardPage", "วัน")
            )
        self.cards["median_days"].show_value(median_text)
        self.cards["returned"].show_value(
            self._number(f.returned), "#6a4c9c" if f.returned else "#1f2933"
        )

    def _as_of_text(self) -> str:
        if self.view is None:
            return ""
        f = self.view.figures
        text = (
            _t("DashboardPage", "ข้อมูล ณ {date} · หนังสือ {letters} ฉบับ")
            .replace("{date}", format_date_short(f.today, self.digits, self.language))
            .replace("{letters}", self._number(f.letters))
        )
        shown = len(self.view.matrix.letters)
        if shown < f.letters:
            text += " " + _t("DashboardPage", "(ตารางแสดง {count} ฉบับล่าสุด)").replace(
                "{count}", self._number(shown)
            )
        return text

    def _show_state(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            "color: #b00020; font-weight: bold; padding-right: 6px;"
            if error
            else "color: #52606d; padding-right: 6px;"
        )

    def _item(self, text: str, *, right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _show_districts(self, view: DashboardView) -> None:
        table = self.district_table
        rows = view.figures.by_district
        table.setRowCount(len(rows))
        red = QColor("#c62828")
        for number, district in enumerate(rows):
            share = apply_digits(f"{district.acknowledged_share * 100:.1f}", self.digits)
            values = [
                (district.name, False),
                (self._number(district.total), True),
                (self._number(district.pending), True),
                (self._number(district.overdue), True),
                (share, True),
            ]
            for column, (text, right) in enumerate(values):
                item = self._item(text, right=right)
                if column == COL_OVERDUE and district.overdue:
                    item.setForeground(red)
                if column == COL_SHARE:
                    item.setData(SHARE_ROLE, district.acknowledged_share)
                table.setItem(number, column, item)

    def _show_overdue(self, items: tuple[OverdueItem, ...]) -> None:
        table = self.overdue_table
        chosen = set(self.selected_overdue_rows())
        d, lang = self.digits, self.language
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(items))
        dark_red = QColor("#b71c1c")
        for number, item in enumerate(items):
            values = [
                (format_date_short(item.due_date, d, lang), False),
                (self._number(item.days_overdue), True),
                (apply_digits(item.doc_no, d), False),
                (item.subject, False),
                (item.recipient, False),
                (self._number(item.reminded_count) if item.reminded_count else "", True),
            ]
            for column, (text, right) in enumerate(values):
                cell = self._item(text, right=right)
                cell.setData(OVERDUE_ID_ROLE, item.row_id)
                cell.setData(OVERDUE_LETTER_ROLE, item.letter_id)
                if column == COL_SUBJECT:
                    cell.setToolTip(item.subject)
                if column == COL_DAYS and item.days_overdue > OVERDUE_BOUNDS[1]:
                    cell.setForeground(dark_red)
                table.setItem(number, column, cell)
        if chosen:
            mode = table.selectionMode()
            table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            for number, item in enumerate(items):
                if item.row_id in chosen:
                    table.selectRow(number)
            table.setSelectionMode(mode)
        table.blockSignals(False)
        self._overdue_selection_changed()
        self.tabs.setTabText(
            TAB_OVERDUE,
            _t("DashboardPage", "เกินกำหนด ({count})").replace("{count}", self._number(len(items))),
        )

    def _tab_changed(self, index: int) -> None:
        if index == TAB_CHARTS and self.charts is None:
            from desktop_app.ui.widgets.ack_charts import AckCharts

            self.charts = AckCharts(self.charts_tab, digits=self.digits, language=self.language)
            layout = self.charts_tab.layout()
            assert layout is not None
            layout.addWidget(self.charts)
            if self.view is not None:
                self.charts.set_figures(self.view.figures)

    # -- the overdue list -------------------------------------------------------------------
    def selected_overdue_rows(self) -> list[int]:
        """Tracking row ids of the overdue rows selected, in the list's order."""
        table = self.overdue_table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        found = []
        for row in rows:
            item = table.item(row, 0)
            if item is not None:
                found.append(int(item.data(OVERDUE_ID_ROLE)))
        return found

    def _overdue_selection_changed(self) -> None:
        table = self.overdue_table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        letters = set()
        for row in rows:
            item = table.item(row, 0)
            if item is not None:
                letters.add(int(item.data(OVERDUE_LETTER_ROLE)))
        self.remind_button.setEnabled(bool(rows))
        if (
            self._confirm_rows is not None
            and set(self.selected_overdue_rows()) != self._confirm_rows
        ):
            self.close_confirmation()  # the question was about another selection
        if not rows:
            self.selection_label.setText(
                _t("DashboardPage", "เลือกผู้รับที่จะเตือน (กด Ctrl หรือ Shift เพื่อเลือกหลายราย)")
            )
            self.remind_button.setText(_t("DashboardPage", "ส่งหนังสือเตือน"))
            return
        self.selection_label.setText(
            _t(
                "DashboardPage",
                "เลือก {rows} ราย จากหนังสือ {letters} ฉบับ: จะออกหนังสือเตือน {letters} ฉบับ",
            )
            .replace("{rows}", self._number(len(rows)))
            .replace("{letters}", self._number(len(letters)))
        )
        self.remind_button.setText(
            _t("DashboardPage", "ส่งหนังสือเตือน ({count} ฉบับ)").replace(
                "{count}", self._number(len(letters))
            )
        )

    def _overdue_double_clicked(self, index: QModelIndex) -> None:
        item = self.overdue_table.item(index.row(), 0)
        if item is not None:
            self.open_letter.emit(int(item.data(OVERDUE_LETTER_ROLE)))

    # -- the matrix -------------------------------------------------------------------------
    def _matrix_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(STATE_ROLE) is not None:
            self.open_letter.emit(self.matrix_model.letter(index.column()).id)

    def _column_menu(self, column: int, where: QPoint) -> None:
        letter = self.matrix_model.letter(column)
        number = apply_digits(letter.doc_no, self.digits)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(
            _t("DashboardPage", "ส่งหนังสือเตือนผู้ที่ยังไม่ตอบรับหนังสือที่ {number}").replace(
                "{number}", number
            ),
            lambda: self.confirm_remind_letter(letter.id),
        )
        menu.addAction(
            _t("DashboardPage", "เปิดการติดตามหนังสือที่ {number}").replace("{number}", number),
            lambda: self.open_letter.emit(letter.id),
        )
        menu.popup(where)

    def _cell_menu(self, index: QModelIndex, where: QPoint) -> None:
        letter = self.matrix_model.letter(index.column())
        number = apply_digits(letter.doc_no, self.digits)
        pending = self.selected_pending_cells()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if pending:
            menu.addAction(
                _t("DashboardPage", "ส่งหนังสือเตือนผู้รับที่เลือก ({count} ราย)").replace(
                    "{count}", self._number(len(pending))
                ),
                lambda: self.confirm_remind_rows(pending),
            )
        menu.addAction(
            _t("DashboardPage", "ส่งหนังสือเตือนผู้ที่ยังไม่ตอบรับหนังสือที่ {number}").replace(
                "{number}", number
            ),
            lambda: self.confirm_remind_letter(letter.id),
        )
        menu.addAction(
            _t("DashboardPage", "เปิดการติดตามหนังสือที่ {number}").replace("{number}", number),
            lambda: self.open_letter.emit(letter.id),
        )
        menu.popup(where)

    def selected_pending_cells(self) -> list[int]:
        """Tracking row ids of the selected matrix cells not yet acknowledged."""
        pending_states = {i for i, state in enumerate(CELL_STATES) if state.is_pending}
        found = []
        for index in self.matrix_view.selectionModel().selectedIndexes():
            if index.data(STATE_ROLE) in pending_states:
                found.append(int(index.data(ROW_ID_ROLE)))
        return found

    # -- reminders --------------------------------------------------------------------------
    def remind_selected(self) -> None:
        """Ask to remind the selected overdue recipients (one reminder per letter)."""
        rows = self.selected_overdue_rows()
        if rows:
            self.confirm_remind_rows(rows, from_overdue=True)

    def confirm_remind_rows(self, row_ids: list[int], *, from_overdue: bool = False) -> None:
        """Ask, in the confirmation bar, before reminding the recipients of ``row_ids``
        (tracking rows of the shown view): how many reminders (one per letter), to how many
        recipients, for which letters. Only its "yes" issues them. ``from_overdue``: the rows
        are the overdue list's selection, and the question closes if that changes."""
        index = self._row_index()
        plan: dict[int, tuple[str, int]] = {}  # letter id -> (its number, rows on it)
        for row_id in dict.fromkeys(row_ids):
            if row_id in index:
                letter_id, doc_no = index[row_id]
                plan[letter_id] = (doc_no, plan.get(letter_id, (doc_no, 0))[1] + 1)
        if not plan:
            return
        self._ask(
            list(plan.values()),
            lambda: self.remind_rows(list(row_ids)),
            set(row_ids) if from_overdue else None,
        )

    def confirm_remind_letter(self, letter_id: int) -> None:
        """Read who on the letter is still pending, then ask in the confirmation bar before
        reminding them all (one numbered reminder)."""
        self._show_state(_t("DashboardPage", "กำลังอ่านผู้รับที่ยังไม่ตอบรับ…"))
        self.ops.acks.tracking(letter_id).success(self._ask_letter).failure(
            self._letter_unread
        ).run(self)

    def _letter_unread(self, error: BaseException) -> None:
        self._show_state(self._as_of_text())
        self._remind_failed(error)

    def _ask_letter(self, tracking: LetterTracking) -> None:
        self._show_state(self._as_of_text())
        pending = len(tracking.pending())
        # A reminder chases the letter it reminds of, never itself.
        doc_no = tracking.reminder_of[1] if tracking.reminder_of else tracking.doc_no
        if not pending:
            self._show_notice(
                _t("DashboardPage", "ผู้รับหนังสือที่ {number} ตอบรับครบแล้ว ไม่ต้องเตือน").replace(
                    "{number}", apply_digits(doc_no, self.digits)
                ),
                warning=True,
            )
            return
        self._ask([(doc_no, pending)], lambda: self.remind_letter(tracking.letter_id), None)

    def _row_index(self) -> dict[int, tuple[int, str]]:
        """Tracking row id -> (letter id, letter number) for the rows of the shown view."""
        found: dict[int, tuple[int, str]] = {}
        if self.view is None:
            return found
        matrix = self.view.matrix
        for (_row, column), (_state, _days, row_id) in matrix.cells.items():
            letter = matrix.letters[column]
            found[row_id] = (letter.id, letter.doc_no)
        for item in self.view.overdue:
            found[item.row_id] = (item.letter_id, item.doc_no)
        return found

    def reminder_question(self, plan: list[tuple[str, int]]) -> str:
        """The confirmation's text for ``plan``: (letter number, recipients to remind on it)
        per letter, one reminder each."""
        d = self.digits
        listed = [
            _t("DashboardPage", "{number} ({count} ราย)")
            .replace("{number}", apply_digits(doc_no, d))
            .replace("{count}", self._number(count))
            for doc_no, count in plan[:LISTED_LETTERS]
        ]
        if len(plan) > LISTED_LETTERS:
            listed.append(
                _t("DashboardPage", "และอีก {count} ฉบับ").replace(
                    "{count}", self._number(len(plan) - LISTED_LETTERS)
                )
            )
        return (
            _t(
                "DashboardPage",
                "ออกหนังสือเตือน {letters} ฉบับ (ฉบับละหนึ่งหนังสือเดิม ใช้เลขที่หนังสือส่งถัดไป) "
                "ถึงผู้รับรวม {recipients} ราย ตามหนังสือที่ {numbers} ใช่หรือไม่?",
            )
            .replace("{letters}", self._number(len(plan)))
            .replace("{recipients}", self._number(sum(count for _no, count in plan)))
            .replace("{numbers}", ", ".join(listed))
        )

    def _ask(
        self,
        plan: list[tuple[str, int]],
        action: Callable[[], None],
        overdue_rows: set[int] | None,
    ) -> None:
        self.confirm_text.setText(self.reminder_question(plan))
        self.confirm_yes.setText(
            _t("DashboardPage", "ออกเลขและส่งหนังสือเตือน {count} ฉบับ").replace(
                "{count}", self._number(len(plan))
            )
        )
        self._confirm_action = action
        self._confirm_rows = overdue_rows
        focused = QApplication.focusWidget()
        if (
            focused is not None
            and self.isAncestorOf(focused)
            and not self.confirm_bar.isAncestorOf(focused)
        ):
            self._focus_before = focused
        self.confirm_bar.show()
        self.confirm_no.setFocus()  # Enter on the bar must not issue numbers

    def close_confirmation(self) -> None:
        """Close the confirmation bar without issuing anything."""
        self._confirm_action = None
        self._confirm_rows = None
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.confirm_bar.isAncestorOf(focused)
        self.confirm_bar.hide()
        before, self._focus_before = self._focus_before, None
        if had_focus and before is not None and before.isVisible():
            before.setFocus()  # back to the list or the matrix the question came from

    def _confirmed(self) -> None:
        action = self._confirm_action
        self.close_confirmation()
        if action is not None:
            action()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape answers the confirmation bar's question with no."""
        if event.key() == Qt.Key.Key_Escape and self.confirm_bar.isVisible():
            self.close_confirmation()
            event.accept()
            return
        super().keyPressEvent(event)

    def remind_rows(self, row_ids: list[int]) -> None:
        """Issue the reminders now: one per letter to the pending recipients of ``row_ids``
        (callers ask first: ``confirm_remind_rows``)."""
        self.remind_button.setEnabled(False)
        self._show_notice(_t("DashboardPage", "กำลังออกหนังสือเตือน…"))
        self.ops.acks.remind_rows(row_ids).success(self._reminded).failure(self._remind_failed).run(
            self
        )

    def remind_letter(self, letter_id: int) -> None:
        """Issue now a reminder to every recipient of the letter still pending (callers ask
        first: ``confirm_remind_letter``)."""
        self._show_notice(_t("DashboardPage", "กำลังออกหนังสือเตือน…"))
        self.ops.acks.remind(letter_id).success(lambda issued: self._reminded([issued])).failure(
            self._remind_failed
        ).run(self)

    def _issued_text(self, issued: list[IssuedLetter]) -> str:
        numbers = ", ".join(letter.printed_no for letter in issued)
        text = (
            _t("DashboardPage", "ออกหนังสือเตือนแล้ว {count} ฉบับ: ที่ {numbers}")
            .replace("{count}", self._number(len(issued)))
            .replace("{numbers}", numbers)
        )
        for letter in issued:
            if not letter.pdf_saved:
                problem = letter.pdf_problem_en if self.language == "en" else letter.pdf_problem_th
                text += "\n" + (
                    _t(
                        "DashboardPage",
                        "หนังสือเตือนที่ {number} ออกเลขแล้ว แต่ยังไม่ได้บันทึกแฟ้ม PDF ({problem}) "
                        "พิมพ์ใหม่ได้จากทะเบียนหนังสือส่ง ด้วยเลขที่เดิม",
                    )
                    .replace("{number}", letter.printed_no)
                    .replace("{problem}", problem)
                )
        return text

    def _reminded(self, issued: list[IssuedLetter]) -> None:
        problems = any(not letter.pdf_saved for letter in issued)
        self._show_notice(self._issued_text(issued), warning=problems)
        self.overdue_table.clearSelection()  # a second click must not remind them again
        self.status_message.emit(self._issued_text(issued).split("\n")[0])
        self._overdue_selection_changed()
        self.reminders_issued.emit(issued)

    def _remind_failed(self, error: BaseException) -> None:
        self._overdue_selection_changed()
        if isinstance(error, BatchStopped):
            self.overdue_table.clearSelection()
            cause = error_text(error.cause) if error.cause else ""
            self._show_notice(
                self._issued_text(error.issued)
                + "\n"
                + _t("DashboardPage", "หยุดก่อนครบ: {error}").replace("{error}", cause),
                warning=True,
            )
            self.reminders_issued.emit(error.issued)
            return
        if not isinstance(error, SarabanError):
            self.notice.hide()
            show_bug(self, error)
            return
        self._show_notice(
            _t("DashboardPage", "ออกหนังสือเตือนไม่ได้: {error}").replace("{error}", error_text(error)),
            warning=True,
        )

    def _show_notice(self, text: str, *, warning: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(
            "QLabel#dashboardNotice { background: #fff4e5; color: #8a3b00; "
            "border: 1px solid #f0b37e; border-radius: 4px; padding: 4px 8px; }"
            if warning
            else "QLabel#dashboardNotice { background: #e8f5e9; color: #1b5e20; "
            "border: 1px solid #a5d6a7; border-radius: 4px; padding: 4px 8px; }"
        )
        self.notice.show()

    # -- export -----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        today = self.ops.clock().date()
        suggested = Path.home() / f"dashboard-{today.isoformat()}.xlsx"
        path = (
            file_dialogs.choose_save_file(
                self,
                _t("DashboardPage", "ส่งออกภาพรวมการตอบรับเป็น Excel"),
                suggested,
                ["Excel (*.xlsx)"],
                default_suffix="xlsx",
            )
            or ""
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, target: Path) -> None:
        """Write the dashboard, as filtered, to ``target`` (an .xlsx workbook)."""
        self.ops.acks.export_dashboard(self._filters, target).success(self._exported).run(self)

    def _exported(self, saved: Path) -> None:
        text = _t("DashboardPage", "บันทึกแฟ้ม {file} แล้ว").replace("{file}", str(saved))
        self._show_notice(text)
        self.status_message.emit(text)
