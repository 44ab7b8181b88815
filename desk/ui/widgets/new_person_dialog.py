"""The form for someone the desk has never seen: name, phone (optional), kind, platform.

Check-in registers them and checks them in; an event registers them and signs them in. Both
start from what was typed in the search (digits go to the phone, the rest to the name), and both
offer the person a phone already belongs to instead of registering them twice: a subclass says
what "register" and "the known person instead" mean.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.people import records as people
from desk.ui.errors import term
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import REFUSED, try_op
from desk.ui.widgets.person_fields import kind_combo, name_edit, phone_edit, platform_combo


class NewPersonDialog(QDialog):
    def __init__(self, operator: Operator, typed: str, title: str, ok_text: str, prefix: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.setWindowTitle(title)
        self.name = name_edit(self)
        self.name.setObjectName(f"{prefix}Name")
        self.phone = phone_edit(self)
        self.phone.setObjectName(f"{prefix}Phone")
        self.kind = kind_combo(self)
        self.kind.setObjectName(f"{prefix}Kind")
        self.platform = platform_combo(self)
        self.platform.setObjectName(f"{prefix}Platform")
        self.message = QLabel(self)
        self.message.setObjectName(f"{prefix}Message")
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
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

    # --- what a subclass decides -----------------------------------------------------------
    def instead_question(self, phone: str, known) -> str:
        raise NotImplementedError

    def take_known(self, known) -> bool:
        """The volunteer chose the person the phone belongs to; True when done."""
        raise NotImplementedError

    def register(self, data: people.PersonInput) -> bool:
        """Register the new person (refusals shown in ``self.message``); True when done."""
        raise NotImplementedError

    def accept(self) -> None:  # noqa: D102 (Qt override)
        data = self.data()
        # A refusal (a bad phone, a missing name) shows in red under the form.
        known = try_op(self.message.setText, people.find_by_phone, data.phone)
        if known is REFUSED:
            return
        if known is not None:
            detail = known.platform or term(people.kind_name(known.kind))
            if dialogs.confirm(self, self.tr("Already registered"), self.instead_question(data.phone.strip(), known)
                               .format(data.phone.strip(), known.name, detail), default_yes=True) and self.take_known(known):
                super().accept()
            return
        if self.register(data):
            super().accept()
