"""See the grids: reported, resolved and still open per grid and per problem, this month or this
year; time from report to resolution; the Caring Rider Team's helps. Double-click a grid for its list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desk.services.grid.figures import GridFigures, figures
from desk.services.people import grids as people_grids
from desk.ui.context import DeskContext
from desk.ui.grid.models import GridCountsModel, duration_text
from desk.ui.widgets.record_view import record_table


class OverviewPage(QWidget):
    grid_chosen = Signal(int, str)  # grid id, period code (month | year)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: GridFigures | None = None
        self.period = QComboBox(self)
        self.period.setObjectName("overviewPeriod")
        self.period.addItem(self.tr("This month"), "month")
        self.period.addItem(self.tr("This year"), "year")
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.grids_model = GridCountsModel(False, self)
        self.grids_view = record_table(self.grids_model, self, name="overviewGrids", stretch=0)
        self.pairs_model = GridCountsModel(True, self)
        self.pairs_view = record_table(self.pairs_model, self, name="overviewPairs", stretch=1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Double-click a grid to see its reports."), self))
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("<b>By grid</b>"), self))
        ll.addWidget(self.grids_view, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("<b>By grid and problem</b>"), self))
        rl.addWidget(self.pairs_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.grids_view.doubleClicked.connect(lambda index: self._open_grid(self.grids_model, index.row()))
        self.pairs_view.doubleClicked.connect(lambda index: self._open_grid(self.pairs_model, index.row()))

    def bounds(self) -> tuple[dt.date, dt.date]:
        today = dt.date.today()
        if self.period.currentData() == "year":
            return today.replace(month=1, day=1), today
        return today.replace(day=1), today

    def refresh(self) -> None:
        start, end = self.bounds()
        f = self.figures = figures(start, end)
        self.grids_model.set_rows(f.by_grid)
        self.pairs_model.set_rows(f.by_grid_category)
        median = duration_text(f.median_days_to_resolve) or "—"
        text = self.tr(
            "<span style='font-size:14pt'>{0} to {1}: <b>{2}</b> reported · <b>{3}</b> resolved · "
            "<b>{4}</b> still open</span>").format(start.strftime("%m-%d"), end.strftime("%m-%d"), f.opened,
                                                    f.resolved, f.still_open)
        if f.overdue:
            text += " " + self.tr("<span style='color:#b00020'>({0} overdue)</span>").format(f.overdue)
        text += "<br>" + self.tr("Usually resolved within {0} of the report (median) · {1} not confirmed · "
                                 "{2} duplicates").format(median, f.not_confirmed, f.duplicates)
        text += "<br>" + self.tr("Caring Rider Team: helped {0} elderly people and {1} children").format(
            f.help_elderly.total, f.help_child.total)
        self.summary.setText(text)

    def _open_grid(self, model: GridCountsModel, row: int) -> None:
        counts = model.row_record(row)
        grid_id = next((g.id for g in people_grids.list_grids() if g.number == counts.grid_number), None)
        if grid_id is not None:
            self.grid_chosen.emit(grid_id, self.period.currentData())
