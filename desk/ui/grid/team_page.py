"""The Caring Rider Team (爱心骑手队): members with this year's helps and reports; add and remove."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.grid import team
from desk.ui.context import DeskContext
from desk.ui.grid.models import TeamTableModel
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table


class AddMemberDialog(QDialog):
    """Find the rider (Enter adds them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Add a member to the Caring Rider Team"))
        self.resize(560, 360)
        self.search = PersonSearch(self, limit=10)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find the rider, then press Enter:"), self))
        layout.addWidget(self.search, 1)
        self.search.person_activated.connect(self._chosen)
        self.search.focus_search()

    def _chosen(self, person_id: int) -> None:
        self.person_id = person_id
        self.accept()


class TeamPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.add_button = QPushButton(self.tr("Add a member…"), self)
        self.add_button.setObjectName("teamAdd")
        self.remove_button = QPushButton(self.tr("Take off the team…"), self)
        self.remove_button.setObjectName("teamRemove")
        self.summary = QLabel(self)
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        self.model = TeamTableModel(self)
        self.table = record_table(self.model, self, name="teamTable")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_selected)

    def refresh(self) -> None:
        manage = may(self.ctx, "team.manage")
        self.add_button.setVisible(manage)
        self.remove_button.setVisible(manage)
        rows = team.team_members()
        self.model.set_rows(rows)
        helped, reported = team.team_totals()
        self.summary.setText(self.tr(
            "<b>{0} members</b> · this year ({1}) they helped {2} times and made {3} grid reports. "
            "\"Stop a minute, look once more.\"").format(len(rows), dt.date.today().year, helped, reported))

    def add_member(self) -> None:
        dialog = AddMemberDialog(self)
        if dialog.exec() and dialog.person_id is not None:
            done = run_op(self, team.set_caring_team, dialog.person_id, True, self.ctx.operator)
            if done is not None:
                self.refresh()
                if not done.changed:
                    dialogs.inform(self, self.tr("Caring Rider Team"),
                                   self.tr("{0} is already on the team.").format(done.name))

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_record(index.row())
        if dialogs.confirm(self, self.tr("Caring Rider Team"),
                           self.tr("Take {0} off the Caring Rider Team? Their records stay.").format(row.name)):
            if run_op(self, team.set_caring_team, row.person_id, False, self.ctx.operator) is not None:
                self.refresh()
