"""Small dialogs of the operators' set-up: a new operator, a new PIN (typed twice), a role.

Each is opened through one module-level function (``ask_new_operator``, ``ask_new_pin``,
``ask_role``) so tests answer them by monkeypatching, like ``widgets.dialogs``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.services.common import accounts
from desk.ui.errors import term
from desk.ui.safety.sign_in import pin_field


@dataclass(frozen=True)
class NewOperator:
    name: str
    role: str
    pin: str


@dataclass(frozen=True)
class NewPin:
    old: str  # "" when not asked
    new: str


class PinDialog(QDialog):
    """Name (optional), role (optional), old PIN (optional), new PIN and the same again."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None, *, ask_name: bool = False,
                 roles: tuple[str, ...] = (), ask_old: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(self)
        self.name.setObjectName("operatorName")
        self.name.setMaxLength(30)
        self.role = QComboBox(self)
        self.role.setObjectName("operatorRole")
        for role in roles:
            self.role.addItem(term(accounts.ROLE_NAMES[role]), role)
        self.old = pin_field(self, "oldPin")
        self.new = pin_field(self, "newPin")
        self.again = pin_field(self, "newPinAgain")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        if ask_name:
            form.addRow(self.tr("Name:"), self.name)
        if roles:
            form.addRow(self.tr("Role:"), self.role)
        if ask_old:
            form.addRow(self.tr("Current PIN:"), self.old)
        # Fields this dialog does not ask for must not float, visible and focusable, in a corner.
        for field, used in ((self.name, ask_name), (self.role, bool(roles)), (self.old, ask_old)):
            field.setVisible(used)
        form.addRow(self.tr("New PIN:"), self.new)
        form.addRow(self.tr("New PIN again:"), self.again)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        rules = QLabel(self.tr("A PIN is 4 to 8 digits (not 1234 or 0000), or a password of 8 characters or more."), self)
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        (self.name if ask_name else self.old if ask_old else self.new).setFocus()

    def accept(self) -> None:  # noqa: D102 (Qt override)
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new PINs differ. Please type them again."))
            self.new.clear()
            self.again.clear()
            self.new.setFocus()
            return
        super().accept()


def ask_new_operator(parent: QWidget | None, roles: tuple[str, ...]) -> NewOperator | None:
    dialog = PinDialog(
        QCoreApplication.translate("PinDialog", "Add an operator"),
        QCoreApplication.translate("PinDialog", "Let the new operator type their own PIN twice: nobody else needs "
                                                "to know it. They sign in with their name and this PIN."),
        parent, ask_name=True, roles=roles,
    )
    if not dialog.exec():
        return None
    return NewOperator(dialog.name.text(), dialog.role.currentData(), dialog.new.text())


def ask_new_pin(parent: QWidget | None, title: str, intro: str, ask_old: bool = False) -> NewPin | None:
    dialog = PinDialog(title, intro, parent, ask_old=ask_old)
    if not dialog.exec():
        return None
    return NewPin(dialog.old.text(), dialog.new.text())


class RoleDialog(QDialog):
    def __init__(self, name: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.role = QComboBox(self)
        self.role.setObjectName("newRole")
        for role in accounts.ROLES:
            self.role.addItem(term(accounts.ROLE_NAMES[role]), role)
        self.role.setCurrentIndex(self.role.findData(current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New role of {0}:").format(name), self))
        layout.addWidget(self.role)
        layout.addWidget(buttons)


def ask_role(parent: QWidget | None, name: str, current: str) -> str | None:
    dialog = RoleDialog(name, current, parent)
    return dialog.role.currentData() if dialog.exec() else None
