"""Register several people at once from a filtered roster: all of grid 3, the Caring Rider Team..."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services import events
from desk.services.people import roster
from desk.services.people.roster import NO_GRID, WORKERS, RosterFilter
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_fields import grid_combo, kind_combo


class RosterRegisterDialog(QDialog):
    """Pick a group; the count is shown before anything is written; past the capacity, the desk asks."""

    def __init__(self, operator: Operator, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.event_id = event_id
        self.result_: events.RegistrationResult | None = None
        row = events.event_row(event_id)
        self.setWindowTitle(self.tr("Register a group for {0}").format(row.title if row else ""))
        self.kind = kind_combo(self, with_any=self.tr("All kinds"))
        self.kind.setObjectName("groupKind")
        self.kind.insertItem(1, self.tr("All new-employment workers"), WORKERS)
        self.kind.setCurrentIndex(1)
        self.platform = QComboBox(self, objectName="groupPlatform")
        self.platform.addItem(self.tr("All platforms"), None)
        for name in roster.platforms():
            self.platform.addItem(name, name)
        self.grid = grid_combo(self, self.tr("All grids"))
        self.grid.setObjectName("groupGrid")
        self.grid.addItem(self.tr("Not in a grid"), NO_GRID)
        self.team = QComboBox(self, objectName="groupTeam")
        self.team.addItem(self.tr("Anyone"), None)
        self.team.addItem(self.tr("Caring Rider Team only"), True)
        self.party = QComboBox(self, objectName="groupParty")
        self.party.addItem(self.tr("Anyone"), None)
        self.party.addItem(self.tr("Party members only"), True)
        self.count = QLabel(self)
        self.count.setObjectName("groupCount")
        self.count.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Grid"), self.grid)
        form.addRow(self.tr("Caring Rider Team"), self.team)
        form.addRow(self.tr("Party members"), self.party)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        for combo in (self.kind, self.platform, self.grid, self.team, self.party):
            combo.currentIndexChanged.connect(lambda _i: self.update_count())
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        self.update_count()

    def roster_filter(self) -> RosterFilter:
        return RosterFilter(kind=self.kind.currentData(), platform=self.platform.currentData(),
                            grid_id=self.grid.currentData(), caring_team=self.team.currentData(),
                            party_member=self.party.currentData())

    def chosen(self) -> list[int]:
        return events.roster_for(self.roster_filter())

    def update_count(self) -> None:
        ids = self.chosen()
        on_list = {r.person_id for r in events.registrations(self.event_id)}
        new = [i for i in ids if i not in on_list]
        self.count.setText(self.tr("{0} people match; {1} of them are not registered yet.").format(len(ids), len(new)))
        self.ok_button.setText(self.tr("Register {0} people").format(len(new)))
        self.ok_button.setEnabled(bool(new))

    def register(self) -> None:
        ids = self.chosen()
        result = run_op(self, events.register, self.event_id, ids, self.operator)
        if result is None:
            return
        if result.needs_confirmation:
            text = self.tr("The event takes {0} people; with these it would have {1}, {2} too many. "
                           "Register them anyway?").format(result.capacity, result.total, result.over_by)
            if not dialogs.confirm(self, self.tr("Over capacity"), text):
                return
            result = run_op(self, events.register, self.event_id, ids, self.operator, over_capacity_ok=True)
            if result is None:
                return
        self.result_ = result
        self.accept()
