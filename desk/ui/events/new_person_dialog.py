"""A first-time visitor at the event: registered in the roster and signed in, in one step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.models import Operator
from desk.services import events
from desk.services.people import records as people
from desk.ui.widgets.new_person_dialog import NewPersonDialog
from desk.ui.widgets.operations import run_op


class NewAttendeeDialog(NewPersonDialog):
    """Register and sign in at the event. A known phone offers signing that person in instead."""

    def __init__(self, operator: Operator, event_id: int, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(operator, typed, self.tr("New visitor at the event"), self.tr("Register and sign in"),
                         "attendee", parent)
        self.event_id = event_id
        self.result_: events.AttendanceResult | None = None

    def instead_question(self, phone: str, known) -> str:
        return self.tr("The phone {0} belongs to {1} ({2}). Sign {1} in instead?")

    def take_known(self, known) -> bool:
        self.result_ = run_op(self.message.setText, events.mark_present, self.event_id, known.id, self.operator)
        return self.result_ is not None

    def register(self, data: people.PersonInput) -> bool:
        self.result_ = run_op(self.message.setText, events.mark_new_person, self.event_id, data, self.operator)
        return self.result_ is not None
