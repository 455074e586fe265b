"""A bar chart of (label, count) pairs: QtCharts when it is installed, else painted by hand.

    bar_chart(title, bars, parent)   → a widget; `chart_kind(widget)` says which it is

PySide6's Addons wheel carries QtCharts; a slimmer install (PySide6-Essentials) does not, and
then `BarChart` paints the same bars with QPainter. Neither reads the vault: the bars come in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from casebook.ui.widgets import set_name

__all__ = ["BarChart", "bar_chart", "charts_available"]

Bars = Sequence[tuple[str, int]]
_BAR = QColor("#3b6ea5")


def charts_available() -> bool:
    """True when QtCharts can be imported."""
    try:
        from PySide6 import QtCharts  # noqa: F401
    except ImportError:
        return False
    return True


class BarChart(QWidget):
    """Vertical bars with their counts above and labels below, painted with QPainter."""

    def __init__(self, title: str, bars: Bars, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars = list(bars)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        set_name(self, title, ", ".join(f"{label}: {n}" for label, n in self.bars))

    def sizeHint(self) -> QSize:
        """Room for the bars."""
        return QSize(480, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title, bars, counts, labels."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        p.setPen(text)
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignHCenter, self.title)
        if not self.bars:
            p.end()
            return
        top, bottom = line * 2.2, self.height() - line * 1.6
        peak = max(n for _, n in self.bars) or 1
        slot = self.width() / len(self.bars)
        for i, (label, n) in enumerate(self.bars):
            h = (bottom - top) * n / peak
            x = i * slot + slot * 0.15
            rect = QRectF(x, bottom - h, slot * 0.7, h)
            p.fillRect(rect, _BAR)
            p.drawText(
                QRectF(i * slot, bottom - h - line, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(n),
            )
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            p.drawText(
                QRectF(i * slot, bottom + 2, slot, line), Qt.AlignmentFlag.AlignHCenter, shown
            )
        p.end()


def bar_chart(title: str, bars: Bars, parent: QWidget, *, qtcharts: bool = True) -> QWidget:
    """A chart of `bars`: QtCharts when available (and `qtcharts`), else a `BarChart`."""
    if not (qtcharts and charts_available()):
        return BarChart(title, bars, parent)
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QValueAxis,
    )

    counts = QBarSet(title)
    counts.append([float(n) for _, n in bars])
    counts.setColor(_BAR)
    series = QBarSeries()
    series.append(counts)
    series.setLabelsVisible(True)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    axis_x = QBarCategoryAxis()
    axis_x.append([label for label, _ in bars])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    peak = max([n for _, n in bars] or [1]) or 1
    step = max(1, math.ceil(peak / 5))  # whole numbers on the axis: counts are whole
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setRange(0, step * math.ceil(peak / step))
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(step)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    set_name(view, title, ", ".join(f"{label}: {n}" for label, n in bars))
    return view
