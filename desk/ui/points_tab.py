"""积分: a rider's statement, awards and corrections, the leaderboard, rewards and the rules."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.ui.context import DeskContext
from desk.ui.points.leaderboard_page import LeaderboardPage
from desk.ui.points.rewards_page import RewardsPage
from desk.ui.points.rules_page import RulesPage
from desk.ui.points.statement_page import StatementPage
from desk.ui.widgets.keys import tab_keys, widget_key


class PointsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement = StatementPage(ctx, self)
        self.leaderboard = LeaderboardPage(ctx, self)
        self.rewards = RewardsPage(ctx, self)
        self.rules = RulesPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pointsPages")
        self.pages.addTab(self.statement, self.tr("Statement && awards"))
        self.pages.addTab(self.leaderboard, self.tr("Leaderboard"))
        self.pages.addTab(self.rewards, self.tr("Rewards"))
        self.pages.addTab(self.rules, self.tr("Rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

        self.pages.currentChanged.connect(lambda _i: self.refresh())
        self.statement.changed.connect(self._ledger_changed)
        self.rewards.changed.connect(self._ledger_changed)
        self.rewards.redeem_requested.connect(self._redeem_item)
        tab_keys(self, (
            ("F2", self.award),
            ("F3", self.redeem),
            ("Ctrl+P", self.print_current),
            ("Ctrl+Shift+C", self.leaderboard.copy),
            ("Ctrl+F", self.focus_first),
            ("F5", self.refresh),
        ))
        widget_key(self.statement.table, QKeySequence.StandardKey.Delete, self.statement.reverse_selected)

    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def focus_first(self) -> None:
        if self.pages.currentWidget() is self.statement:
            self.statement.search.focus_search()

    def _ledger_changed(self) -> None:
        # Other pages read fresh data the next time they are shown.
        if self.pages.currentWidget() is not self.statement:
            self.statement.refresh()

    def award(self) -> None:
        self.pages.setCurrentWidget(self.statement)
        self.statement.award()

    def redeem(self) -> None:
        self.pages.setCurrentWidget(self.statement)
        self.statement.redeem()

    def _redeem_item(self, item_id: int) -> None:
        self.pages.setCurrentWidget(self.statement)
        if self.statement.person_id is None:
            self.statement.feedback.setText(self.tr("Choose the rider, then press F3 to redeem."))
            self.statement.search.focus_search()
            return
        self.statement.redeem(item_id)

    def print_current(self) -> None:
        page = self.pages.currentWidget()
        if page is self.leaderboard:
            self.leaderboard.print_board()
        elif page is self.statement:
            self.statement.print_statement()

    def screenshot_states(self):
        """For tools/screenshots.py: the top rider's statement, then the other pages."""

        def top_rider() -> None:
            self.pages.setCurrentWidget(self.statement)
            board = self.leaderboard.model.rows() or []
            if not board:
                from desk.services.points import ledger as points

                board = points.leaderboard("all", limit=1)
            if board:
                self.statement.show_person(board[0].person_id)

        def page(widget):
            return lambda: self.pages.setCurrentWidget(widget)

        return [("statement", top_rider), ("leaderboard", page(self.leaderboard)),
                ("rewards", page(self.rewards)), ("rules", page(self.rules))]
