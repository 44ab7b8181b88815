"""Month-by-month bars for the last twelve months (QtCharts, from PySide6-Addons).

QtCharts is Qt's own chart library: it draws with the window's fonts (Chinese included) and
theme, prints like any widget, and costs about 3 ms to import; PySide6-Addons adds ~160 MB to
the install (measured in the note on the reports issue), which a desk PC can spare.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QLocale, Qt
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
        self._chart.legend().setVisible(False)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self._chart)
        self.bar_sets: dict[str, QBarSet] = {}

    def show_months(self, points: list[MonthPoint], series_titles: dict[str, str]) -> None:
        chart = self._chart
        span = f"{points[0].year}.{points[0].month}–{points[-1].year}.{points[-1].month}" if points else ""
        chart.setTitle(" · ".join(series_titles.values()) + (f"（{span}）" if span else ""))
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
        # Twelve labels under half a window: a January with its year ("26年1月") did not fit, and
        # QtCharts cut even "10月" to "1…" (larger text: worse). The month's number alone fits at
        # any text size; the title says which twelve months.
        locale = QLocale()
        x.append([locale.toString(QDate(p.year, p.month, 1), self.tr("M", "month on the chart's axis"))
                  for p in points])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, max(10, int(top * 1.25) + 1))  # room for the labels above the bars
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
