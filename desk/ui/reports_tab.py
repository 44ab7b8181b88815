"""统计报表: this year's headline figures, the last twelve months, and the monthly workbook."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.figures import headline
from desk.ui.context import DeskContext
from desk.ui.reports.chart import MonthChart
from desk.ui.reports.detail_dialog import DetailDialog
from desk.ui.reports.export_panel import ExportPanel
from desk.ui.reports.tiles import TileGrid, tile_title
from desk.ui.widgets.keys import tab_keys
from desk.ui.widgets.vertical_scroll import VerticalScroll

SERIES_TITLES = {
    "person_times": QT_TRANSLATE_NOOP("ReportTiles", "Service person-times"),
    "hazard_reports": QT_TRANSLATE_NOOP("ReportTiles", "Hazard reports"),
}


class ReportsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The page scrolls when the window is short (larger text on a 1366x768 screen): the export
        # at the bottom was pushed off the screen.
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("reportsHeading")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), page)
        self.tiles = TileGrid(page)
        # One chart per series: person-times run to hundreds a month, reports to tens.
        self.charts = {key: MonthChart(page) for key in SERIES_TITLES}
        self.export_panel = ExportPanel(ctx, page)
        self.scroll = VerticalScroll(page, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        charts = QHBoxLayout()
        for chart in self.charts.values():
            charts.addWidget(chart)
        layout.addLayout(charts, 1)
        layout.addWidget(self.export_panel)

        self.tiles.opened.connect(self.open_tile)
        self.refresh_button.clicked.connect(self.refresh)
        tab_keys(self, (("F5", self.refresh), ("Ctrl+E", self.export_panel.export)))
        self.headlines: list[headline.Headline] = []
        self.today: dt.date | None = None

    def refresh(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.heading.setText(self.tr("<b>{0}: this year to {1}</b>, compared with the same days last year")
                             .format(today.year, today.strftime("%m-%d")))
        self.today = today
        self.export_panel.follow_operator()
        self.headlines = headline.headlines(today)
        self.tiles.show_headlines(self.headlines)
        months = headline.last_twelve_months(today)
        for key, chart in self.charts.items():
            chart.show_months(months, {key: QCoreApplication.translate("ReportTiles", SERIES_TITLES[key])})

    def focus_first(self) -> None:
        self.export_panel.month.setFocus()

    def open_tile(self, key: str) -> None:
        detail = headline.headline_detail(key, self.today)
        if detail is None:
            return
        self.detail_dialog = DetailDialog(tile_title(key), detail, self)
        self.detail_dialog.open()

    def screenshot_states(self):
        def detail():
            self.open_tile("person_times")

        def close():
            if getattr(self, "detail_dialog", None):
                self.detail_dialog.close()

        return [("detail", detail), ("closed", close)]
