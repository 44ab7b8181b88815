"""Register a new visitor at the desk, or count an anonymous walk-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.people import records as people
from desk.ui.widgets.new_person_dialog import NewPersonDialog
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_fields import kind_combo


class NewVisitorDialog(NewPersonDialog):
    """Register at the desk and check in. A known phone offers the existing person instead."""

    def __init__(self, operator: Operator, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(operator, typed, self.tr("New visitor"), self.tr("Register and check in"), "visitor", parent)
        self.person_id: int | None = None

    def instead_question(self, phone: str, known) -> str:
        return self.tr("The phone {0} belongs to {1} ({2}). Check in {1} instead?")

    def take_known(self, known) -> bool:
        self.person_id = known.id
        return True

    def register(self, data: people.PersonInput) -> bool:
        person = run_op(self.message.setText, people.create_person, data, self.operator)
        if person is None:
            return False
        self.person_id = person.id
        return True


class AnonymousDialog(QDialog):
    """A walk-in who does not want to give a name still counts as a person-time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymous walk-in"))
        self.kind = kind_combo(self, people.WORKER_KINDS + ("elderly", "child"))
        self.kind.setObjectName("anonKind")
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Count the visit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Counts one person-time with the services ticked, without a name."), self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_kind(self) -> str:
        return self.kind.currentData()
