"""Register a new visitor at the desk, or count an anonymous walk-in."""

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

from desk.models import Operator
from desk.services.people import records as people
from desk.ui.errors import term
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import REFUSED, run_op, try_op
from desk.ui.widgets.person_fields import kind_combo, name_edit, phone_edit, platform_combo


class NewVisitorDialog(QDialog):
    """Name, phone (optional), kind, platform. A known phone offers the existing person instead."""

    def __init__(self, operator: Operator, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("New visitor"))
        self.name = name_edit(self)
        self.name.setObjectName("visitorName")
        self.phone = phone_edit(self)
        self.phone.setObjectName("visitorPhone")
        self.kind = kind_combo(self)
        self.kind.setObjectName("visitorKind")
        self.platform = platform_combo(self)
        self.platform.setObjectName("visitorPlatform")
        self.message = QLabel(self)
        self.message.setObjectName("visitorMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)

        # What was typed in the search goes where it belongs: digits to phone, the rest to name.
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.phone if self.name.text() else self.name).setFocus()

    def data(self) -> people.PersonInput:
        return people.PersonInput(
            name=self.name.text(),
            phone=self.phone.text(),
            kind=self.kind.currentData(),
            platform=self.platform.currentText(),
        )

    def accept(self) -> None:  # noqa: D102 (Qt override)
        data = self.data()
        # A refusal (a bad phone, a missing name) shows in red under the form.
        existing = try_op(self.message.setText, people.find_by_phone, data.phone)
        if existing is REFUSED:
            return
        if existing is not None:
            text = self.tr("The phone {0} belongs to {1} ({2}). Check in {1} instead?").format(
                data.phone.strip(), existing.name, existing.platform or term(people.kind_name(existing.kind))
            )
            if dialogs.confirm(self, self.tr("Already registered"), text, default_yes=True):
                self.person_id = existing.id
                super().accept()
            return
        person = run_op(self.message.setText, people.create_person, data, self.operator)
        if person is None:
            return
        self.person_id = person.id
        super().accept()


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
