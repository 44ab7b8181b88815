"""Month-by-month bars for the last twelve months, drawn with pyqtgraph.

Why pyqtgraph: it is a well-kept plotting library made for Qt widgets (it draws with the
window's own fonts, Chinese included). Measured here: pyqtgraph 0.14 with numpy adds about 58 MB
to the install and 0.33 s the first time the reports tab is shown (tabs are built when first
opened, so the window's start does not pay it). QtCharts would have needed PySide6-Addons:
418 MB installed (it ships WebEngine and the rest of Qt's add-ons) for two bar charts.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from desk.services.figures.headline import MonthPoint

BAR = QColor("#1f9ad6")


class MonthChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("monthChart")
        self.setMinimumHeight(220)
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.showGrid(x=False, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTextPen(self.palette().windowText().color())
            axis.setPen(QColor("#999999"))
            axis.setStyle(tickFont=QFont(self.font()))
        self.values: dict[str, list[int]] = {}  # what is drawn, by series (tests read it)

    def show_months(self, points: list[MonthPoint], series_titles: dict[str, str]) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.values = {key: [p.values.get(key, 0) for p in points] for key in series_titles}
        span = f"{points[0].year}.{points[0].month}–{points[-1].year}.{points[-1].month}" if points else ""
        title = " · ".join(series_titles.values()) + (f"（{span}）" if span else "")
        plot.setTitle(title, color=self.palette().windowText().color().name(), size=f"{self.font().pointSizeF():.0f}pt")
        top = 0
        width = 0.6 / max(1, len(series_titles))
        for n, (key, values) in enumerate(self.values.items()):
            xs = [i + (n - (len(series_titles) - 1) / 2) * width for i in range(len(values))]
            plot.addItem(pg.BarGraphItem(x=xs, height=values, width=width, brush=BAR, pen=BAR))
            for x, value in zip(xs, values):
                label = pg.TextItem(str(value), color=self.palette().windowText().color(), anchor=(0.5, 1.0))
                label.setFont(QFont(self.font()))
                label.setPos(x, value)
                plot.addItem(label)
            top = max([top, *values])
        locale = QLocale()
        # Twelve labels under half a window: the month's number alone fits at any text size (a
        # January "26年1月" or "1月 26" did not); the title says which twelve months.
        ticks = [(i, locale.toString(QDate(p.year, p.month, 1), self.tr("M", "month on the chart's axis")))
                 for i, p in enumerate(points)]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(points) - 0.4, padding=0)
        high = max(10, top * 1.2)
        plot.setYRange(0, high, padding=0)  # room for the labels above the bars
        plot.getViewBox().setLimits(yMin=0)
        # Room for the tick labels in the window's font: a fixed 36 pixels hid "100" and every month
        # in larger text (pyqtgraph leaves out a label that does not fit its axis).
        metrics = QFontMetrics(self.font())
        plot.getAxis("left").setWidth(metrics.horizontalAdvance(f"{int(high):,}") + metrics.averageCharWidth() + 8)
        plot.getAxis("bottom").setHeight(metrics.height() + 12)
