"""The dashboard's charts: how many days acknowledgements took, and letters and
acknowledgements per month (QtCharts).

Every label follows the page's digits: the value axes are category axes whose labels sit on
round tick values (``value_ticks``), since a QValueAxis formats its numbers with printf and
can only write Arabic digits.

QtCharts is a large module: it is imported only when an ``AckCharts`` is built, which the
dashboard does the first time its charts are shown, so the application starts without it.
Nothing at this module's top level imports it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.domain.acks import Dashboard
from desktop_app.domain.thai_dates import be_year, month_name
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.ui.i18n import _t

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView

LETTERS_COLOUR = "#1565c0"
ACKS_COLOUR = "#43a047"
HISTOGRAM_COLOUR = "#00897b"


# The histogram's bars: each day of the first week, the second week, then everything slower
# (a chart half the page wide has room for about ten labels).
BUCKETS: tuple[tuple[int, int | None], ...] = (
    *((day, day) for day in range(8)),
    (8, 14),
    (15, None),
)


def histogram_categories(
    histogram: tuple[tuple[int, int], ...], digits: Digits
) -> tuple[list[str], list[int]]:
    """The labels of ``BUCKETS`` ("0" .. "7", "8-14", "15+") and the rows
    acknowledged within each span of days (0 where nobody took that long)."""
    labels: list[str] = []
    counts: list[int] = []
    for low, high in BUCKETS:
        if high is None:
            label = f"{low}+"
        elif high == low:
            label = str(low)
        else:
            label = f"{low}-{high}"
        labels.append(apply_digits(label, digits))
        counts.append(
            sum(n for days, n in histogram if days >= low and (high is None or days <= high))
        )
    return labels, counts


def value_ticks(most: float) -> list[int]:
    """The tick values (0 first, evenly spaced, whole numbers) of a value axis whose highest
    bar or point is ``most``: at most six steps of 1, 2, 2.5 or 5 times a power of ten, the
    last one above ``most`` with some room (8 per cent); 0..5 in ones for small counts."""
    if most < 5:
        return list(range(6))
    wanted = most * 1.08  # some room above the highest bar
    rough = wanted / 6
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(
        f * magnitude
        for f in (1, 2, 2.5, 5, 10)
        if f * magnitude >= rough and float(f * magnitude).is_integer()
    )
    whole = max(1, int(step))
    top = math.ceil(wanted / whole) * whole
    return list(range(0, top + 1, whole))


def tick_label(value: int, digits: Digits) -> str:
    """ "1,200" or "๑,๒๐๐" (thousands separated)."""
    return apply_digits(f"{value:,}", digits)


def month_label(day: Any, digits: Digits, language: str) -> str:
    """ "มี.ค. 69" for the month of ``day`` (Buddhist-era year, two digits)."""
    return apply_digits(
        f"{month_name(day.month, abbreviated=True, lang=language)} {be_year(day) % 100:02d}",
        digits,
    )


class AckCharts(QWidget):
    """Two charts side by side; ``set_figures`` redraws them from a ``Dashboard``."""

    def __init__(
        self, parent: QWidget | None = None, *, digits: Digits = "thai", language: str = "th"
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView  # the lazy import (see the module doc)

        self.setObjectName("ackCharts")
        self.digits: Digits = digits
        self.language = language
        self.histogram_chart = QChart()
        self.monthly_chart = QChart()
        self.histogram_view = QChartView(self.histogram_chart, self)
        self.monthly_view = QChartView(self.monthly_chart, self)
        for chart, view in (
            (self.histogram_chart, self.histogram_view),
            (self.monthly_chart, self.monthly_view),
        ):
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.setBackgroundRoundness(0)
            chart.setMargins(chart.margins() * 0)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            font = self.font()
            font.setBold(True)
            font.setPointSize(font.pointSize() + 1)
            chart.setTitleFont(font)
            chart.legend().setFont(self.font())
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.histogram_chart.setTitle(_t("AckCharts", "ระยะเวลาตอบรับ (วันนับจากวันที่หนังสือ)"))
        self.monthly_chart.setTitle(_t("AckCharts", "หนังสือที่ส่งและการตอบรับรายเดือน"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.histogram_view, 1)
        layout.addWidget(self.monthly_view, 1)

    @property
    def views(self) -> tuple[QChartView, QChartView]:
        return self.histogram_view, self.monthly_view

    def set_figures(self, figures: Dashboard) -> None:
        self._histogram(figures)
        self._monthly(figures)

    def _reset(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)

    def _category_axis(self, chart: QChart, categories: list[str], title: str) -> Any:
        from PySide6.QtCharts import QBarCategoryAxis

        axis = QBarCategoryAxis()
        axis.append(categories)
        small = self.font()
        small.setPointSize(max(8, small.pointSize() - 1))
        axis.setLabelsFont(small)
        if title:
            axis.setTitleText(title)
            axis.setTitleFont(self.font())
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def _value_axis(
        self,
        chart: QChart,
        top: int,
        title: str,
        side: Qt.AlignmentFlag,
        colour: str = "",
        *,
        grid: bool = True,
    ) -> Any:
        """A value axis from 0 to a round figure above ``top``, labelled in the page's digits
        at its ticks (a category axis whose labels sit on the values)."""
        from PySide6.QtCharts import QCategoryAxis

        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        ticks = value_ticks(top)
        axis.setStartValue(0)
        for value in ticks:
            axis.append(tick_label(value, self.digits), value)
        axis.setRange(0, ticks[-1])
        axis.setLabelsFont(self.font())
        axis.setTitleText(title)
        axis.setTitleFont(self.font())
        axis.setGridLineVisible(grid)
        if colour:
            axis.setLabelsColor(QColor(colour))
            axis.setTitleBrush(QColor(colour))
        chart.addAxis(axis, side)
        return axis

    def _histogram(self, figures: Dashboard) -> None:
        from PySide6.QtCharts import QBarSeries, QBarSet

        chart = self.histogram_chart
        self._reset(chart)
        labels, counts = histogram_categories(figures.ack_days_histogram, self.digits)
        bars = QBarSet(_t("AckCharts", "ผู้รับที่ตอบรับ"))
        bars.setColor(QColor(HISTOGRAM_COLOUR))
        bars.append([float(count) for count in counts])
        series = QBarSeries()
        series.setBarWidth(0.85)
        series.append(bars)
        chart.addSeries(series)
        series.attachAxis(self._category_axis(chart, labels, _t("AckCharts", "วัน")))
        left = Qt.AlignmentFlag.AlignLeft
        series.attachAxis(self._value_axis(chart, max(counts), _t("AckCharts", "ราย"), left))
        chart.legend().setVisible(False)

    def _monthly(self, figures: Dashboard) -> None:
        """Acknowledgements as bars (left axis), letters issued as a line (right axis): a
        month's letters are a handful, its acknowledgements a hundred or more."""
        from PySide6.QtCharts import QBarSeries, QBarSet, QLineSeries

        chart = self.monthly_chart
        self._reset(chart)
        months = list(figures.monthly)[-12:]  # a year of months fits the chart
        labels = [month_label(month, self.digits, self.language) for month, _l, _a in months]
        acks = QBarSet(_t("AckCharts", "การตอบรับ (ราย)"))
        acks.setColor(QColor(ACKS_COLOUR))
        acks.append([float(count) for _m, _l, count in months])
        bars = QBarSeries()
        bars.setBarWidth(0.6)
        bars.append(acks)
        letters = QLineSeries()
        letters.setName(_t("AckCharts", "หนังสือที่ส่ง (ฉบับ)"))
        letters.setColor(QColor(LETTERS_COLOUR))
        letters.setPointsVisible(True)
        pen = letters.pen()
        pen.setWidth(3)
        letters.setPen(pen)
        for position, (_m, count, _a) in enumerate(months):
            letters.append(float(position), float(count))
        chart.addSeries(bars)
        chart.addSeries(letters)
        axis_x = self._category_axis(chart, labels or [""], "")
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        most_acks = max([0, *(n for _m, _l, n in months)])
        most_letters = max([0, *(n for _m, n, _a in months)])
        ack_axis = self._value_axis(chart, most_acks, _t("AckCharts", "ราย"), left, ACKS_COLOUR)
        letter_axis = self._value_axis(  # its own ticks: the left axis draws the grid
            chart, most_letters, _t("AckCharts", "ฉบับ"), right, LETTERS_COLOUR, grid=False
        )
        bars.attachAxis(axis_x)
        bars.attachAxis(ack_axis)
        letters.attachAxis(axis_x)
        letters.attachAxis(letter_axis)
        chart.legend().setVisible(True)
