"""A first-time visitor at the event: registered in the roster and signed in, in one step."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.models import Operator
from desk.services import events
from desk.services.people import records as people
from desk.ui.errors import message_of, show_error, term
from desk.ui.widgets import dialogs
from desk.ui.widgets.person_fields import kind_combo, name_edit, phone_edit, platform_combo


class NewAttendeeDialog(QDialog):
    """Name, phone (optional), kind, platform. A phone already known offers that person instead."""

    def __init__(self, operator: Operator, event_id: int, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.event_id = event_id
        self.result_: events.AttendanceResult | None = None
        self.existing_id: int | None = None  # the volunteer chose the person the phone belongs to
        self.setWindowTitle(self.tr("New visitor at the event"))
        self.name = name_edit(self)
        self.name.setObjectName("attendeeName")
        self.phone = phone_edit(self)
        self.phone.setObjectName("attendeePhone")
        self.kind = kind_combo(self)
        self.platform = platform_combo(self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        typed = typed.strip()
        if re.fullmatch(r"[\d\s\-+]+", typed) and len(re.sub(r"\D", "", typed)) >= 11:
            self.phone.setText(typed)
        elif typed and not re.fullmatch(r"[\d\sA-Za-z\-+]+", typed):
            self.name.setText(typed)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("P&latform / employer:"), self.platform)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.phone if self.name.text() else self.name).setFocus()

    def data(self) -> people.PersonInput:
        return people.PersonInput(name=self.name.text(), phone=self.phone.text(), kind=self.kind.currentData(),
                                  platform=self.platform.currentText())

    def accept(self) -> None:  # noqa: D102 (Qt override)
        data = self.data()
        try:
            known = people.find_by_phone(data.phone)
            if known is not None:
                text = self.tr("The phone {0} belongs to {1} ({2}). Sign {1} in instead?").format(
                    data.phone.strip(), known.name, known.platform or term(people.kind_name(known.kind)))
                if dialogs.confirm(self, self.tr("Already registered"), text, default_yes=True):
                    self.result_ = events.mark_present(self.event_id, known.id, self.operator)
                    super().accept()
                return
            self.result_ = events.mark_new_person(self.event_id, data, self.operator)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        except Exception as exc:  # noqa: BLE001 (logged and apologised for)
            show_error(self, exc)
            return
        super().accept()
