"""网格随手拍: grid reports (文明随手拍) worked through to resolved, the Caring Rider Team's help
records (一老一小), the team, and an overview of the 6 grids."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.ui.context import DeskContext
from desk.ui.grid.help_page import HelpPage
from desk.ui.grid.overview_page import OverviewPage
from desk.ui.grid.reports_page import ReportsPage
from desk.ui.grid.team_page import TeamPage
from desk.ui.widgets.keys import tab_keys
from desk.ui.widgets.operations import may


class GridTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reports = ReportsPage(ctx, self)
        self.helps = HelpPage(ctx, self)
        self.team = TeamPage(ctx, self)
        self.overview = OverviewPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("gridPages")
        self.pages.addTab(self.reports, self.tr("Reports (随手拍)"))
        self.pages.addTab(self.helps, self.tr("Help records (一老一小)"))
        self.pages.addTab(self.team, self.tr("Caring Rider Team"))
        self.pages.addTab(self.overview, self.tr("Grid overview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(lambda _i: (self.refresh(), self.focus_first()))
        self.overview.grid_chosen.connect(self._show_grid)
        tab_keys(self, (
            ("F2", self.new_report),
            ("F3", self.record_help),
            ("Ctrl+D", self.reports.panel.dispatch),
            ("Ctrl+R", self.reports.panel.resolve),
            ("F5", self.refresh),
        ))

    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def focus_first(self) -> None:
        """The page's list: arrows choose, and the tab's keys (F2, F3...) work from there."""
        page = self.pages.currentWidget()
        table = getattr(page, "table", None) or getattr(page, "grids_view", None)
        if table is not None:
            table.setFocus()

    def new_report(self) -> None:
        self.pages.setCurrentWidget(self.reports)
        self.reports.new_report()

    def record_help(self) -> None:
        self.pages.setCurrentWidget(self.helps)
        self.helps.record()

    def _show_grid(self, grid_id: int, period: str) -> None:
        self.pages.blockSignals(True)
        self.pages.setCurrentWidget(self.reports)
        self.pages.blockSignals(False)
        self.reports.show_filtered(state=None, grid_id=grid_id, period=period)

    def screenshot_states(self):
        """For tools/screenshots.py: a report's page, help records, the team, the overview."""

        def a_report() -> None:
            self.pages.setCurrentWidget(self.reports)
            rows = self.reports.model.rows()
            chosen = next((r for r in rows if r.overdue), rows[0] if rows else None)
            if chosen is not None:
                self.reports.select_report(chosen.id)

        def page(widget):
            return lambda: self.pages.setCurrentWidget(widget)

        on_duty = self.ctx.operator

        def show_operator() -> None:
            window = self.window()
            if hasattr(window, "show_operator"):
                window.show_operator()  # the status bar says who the picture is seen as

        def help_as(sensitive: bool):
            """The help records as someone who may (staff) or may not (a volunteer) see who was helped."""
            def action() -> None:
                from desk.services.common import accounts
                from desk.services.common.permissions import least_privileged

                if may(on_duty, "help.view_sensitive") == sensitive:
                    who = on_duty
                else:
                    who = least_privileged(op for op in accounts.list_operators()
                                           if may(op, "help.view_sensitive") == sensitive) or on_duty
                self.ctx.operator = who
                show_operator()
                self.pages.setCurrentWidget(self.helps)
                self.helps.refresh()
                self.helps.table.selectRow(0)
            return action

        def back_on_duty(widget):
            def action() -> None:
                self.ctx.operator = on_duty  # the other tabs' pictures are the volunteer's again
                show_operator()
                self.pages.setCurrentWidget(widget)
            return action

        return [("report", a_report), ("help", help_as(False)), ("help-staff", help_as(True)),
                ("team", back_on_duty(self.team)), ("overview", page(self.overview))]
