"""Month-by-month bars for the last twelve months (QtCharts, from PySide6-Addons).

QtCharts is Qt's own chart library: it draws with the window's fonts (Chinese included) and
theme, prints like any widget, and costs about 3 ms to import; PySide6-Addons adds ~160 MB to
the install (measured in the note on the reports issue), which a desk PC can spare.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desk.services.figures.headline import MonthPoint


class MonthChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._chart = QChart()
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self._chart)
        self.bar_sets: dict[str, QBarSet] = {}

    def show_months(self, points: list[MonthPoint], series_titles: dict[str, str]) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        self.bar_sets = {}
        top = 0
        for key, title in series_titles.items():
            bar_set = QBarSet(title)
            for p in points:
                value = p.values.get(key, 0)
                bar_set.append(value)
                top = max(top, value)
            bars.append(bar_set)
            self.bar_sets[key] = bar_set
        bars.setLabelsVisible(True)
        for bar_set in self.bar_sets.values():
            bar_set.setLabelColor(self.palette().windowText().color())
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([self.tr("{0}/{1}").format(p.year % 100, p.month) for p in points])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, max(10, int(top * 1.15) + 1))
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
