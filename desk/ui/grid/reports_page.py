"""The reports list (filters by state, grid, problem and period) beside the chosen report's page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desk.services.grid import queries
from desk.services.grid.terms import STATES
from desk.services.people import grids as people_grids
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.grid.models import ReportTableModel
from desk.ui.grid.report_dialog import ReportDialog
from desk.ui.grid.report_panel import ReportPanel
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.vertical_scroll import VerticalScroll


class ReportsPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.new_button = QPushButton(self.tr("New report… (F2)"), self)
        self.new_button.setObjectName("newReport")
        self.state = QComboBox(self)
        self.state.setObjectName("reportStateFilter")
        self.state.addItem(self.tr("Open (not yet resolved)"), "open")
        self.state.addItem(self.tr("Overdue"), "overdue")
        for code, name in STATES.items():
            self.state.addItem(term(name), code)
        self.state.addItem(self.tr("All states"), None)
        self.grid = QComboBox(self)
        self.grid.setObjectName("reportGridFilter")
        self.category = QComboBox(self)
        self.category.setObjectName("reportCategoryFilter")
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriodFilter")
        for label, code in ((self.tr("This month"), "month"), (self.tr("Last 3 months"), "quarter"),
                            (self.tr("This year"), "year"), (self.tr("All time"), None)):
            self.period.addItem(label, code)
        self.period.setCurrentIndex(3)
        self.count = QLabel(self)
        self.count.setObjectName("reportCount")
        self.model = ReportTableModel(self)
        self.table = record_table(self.model, self, name="reportsTable", stretch=3)
        self.panel = ReportPanel(ctx, self)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addSpacing(12)
        for label, combo in ((self.tr("Show"), self.state), (self.tr("Grid"), self.grid),
                             (self.tr("Problem"), self.category), (self.tr("Period"), self.period)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(combo)
        bar.addStretch(1)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        # A report with a long story, a resolution and photos is taller than a 768-pixel screen:
        # its page scrolls instead of pushing the window (and its status bar) off the screen.
        self.panel_scroll = VerticalScroll(self.panel, self)
        self.panel_scroll.setObjectName("reportPanelScroll")
        split.addWidget(self.panel_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._fill_filters()
        for combo in (self.state, self.grid, self.category, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current.row()))
        self.new_button.clicked.connect(self.new_report)
        self.panel.changed.connect(self._after_action)

    def _fill_filters(self) -> None:
        self.grid.addItem(self.tr("All grids"), None)
        for g in people_grids.list_grids():
            self.grid.addItem(g.name, g.id)
        self.category.addItem(self.tr("All problems"), None)
        for c in queries.categories(include_retired=True):
            self.category.addItem(c.name, c.id)

    def _since(self) -> dt.date | None:
        today = dt.date.today()
        code = self.period.currentData()
        if code == "month":
            return today.replace(day=1)
        if code == "quarter":
            return today - dt.timedelta(days=91)
        if code == "year":
            return today.replace(month=1, day=1)
        return None

    def show_filtered(self, *, state: str | None = "open", grid_id: int | None = None,
                      period: str | None = None) -> None:
        """Used by the overview: a grid's list."""
        for combo, value in ((self.state, state), (self.grid, grid_id), (self.category, None), (self.period, period)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        keep = select if isinstance(select, int) and not isinstance(select, bool) else self.panel.report_id()
        flt = queries.ReportFilter(state=self.state.currentData(), grid_id=self.grid.currentData(),
                                   category_id=self.category.currentData(), since=self._since())
        rows = queries.list_reports(flt)
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("{0} reports").format(len(rows))
        if overdue:
            text += " · " + self.tr("<span style='color:#b00020'><b>{0} overdue</b></span>").format(overdue)
        if len(rows) >= queries.LIST_LIMIT:
            text += " · " + self.tr("the newest {0} are shown; narrow the filters").format(queries.LIST_LIMIT)
        self.count.setText(text)
        index = next((i for i, r in enumerate(rows) if r.id == keep), None)
        if index is not None:
            self.table.selectRow(index)
        self.panel.show_report(keep)  # still shown when the filter now hides it (just resolved)

    def _after_action(self, report_id: int) -> None:
        self.refresh(select=report_id)
        # Back to the list, so the tab's keys (Ctrl+D, Ctrl+R) work at once after a dialog closed.
        self.table.setFocus()

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.panel.show_report(self.model.row_record(row).id)

    def selected_id(self) -> int | None:
        return self.panel.report_id()

    def select_report(self, report_id: int) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.id == report_id:
                self.table.selectRow(i)
                return
        self.panel.show_report(report_id)

    def new_report(self) -> None:
        dialog = ReportDialog(self.ctx, self)
        if dialog.exec() and dialog.result_ is not None:
            done = dialog.result_
            self.refresh(select=done.report_id)
            text = self.tr("Report #{0} recorded: {1} · {2}.").format(done.report_id, done.place, done.category)
            if done.duplicate_of:
                text = self.tr("Report #{0} recorded as the same as #{1}.").format(done.report_id, done.duplicate_of)
            self.panel.feedback.setText(text)
        self.table.setFocus()
