"""Who is on duty: pick an operator or add one; the choice is remembered for next time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.common import accounts
from desk.ui.errors import term
from desk.ui.widgets.operations import run_op


class OperatorDialog(QDialog):
    def __init__(self, last_operator_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is on duty?"))
        self.operator: Operator | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("operatorCombo")
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newOperatorName")
        self.new_name.setPlaceholderText(self.tr("Your name, if you are new at the desk"))
        self.new_role = QComboBox(self)
        for role in accounts.ROLES:
            self.new_role.addItem(term(accounts.ROLE_NAMES[role]), role)

        operators = accounts.list_operators()
        for op in operators:
            self.combo.addItem(f"{op.name}（{term(accounts.ROLE_NAMES.get(op.role, op.role))}）", op.id)
        if last_operator_id is not None:
            at = self.combo.findData(last_operator_id)
            if at >= 0:
                self.combo.setCurrentIndex(at)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every check-in and hand-out records who did it."), self)
        layout.addWidget(intro)
        pick = QFormLayout()
        pick.addRow(self.tr("On duty:"), self.combo)
        layout.addLayout(pick)
        group = QGroupBox(self.tr("Or add a new operator"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Name:"), self.new_name)
        form.addRow(self.tr("Role:"), self.new_role)
        if not operators:
            group.setTitle(self.tr("First start: add yourself (you become the administrator)"))
            self.combo.setVisible(False)
            pick.labelForField(self.combo).setVisible(False)
            self.new_role.setEnabled(False)
        layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.new_name if not operators else self.combo).setFocus()

    def accept(self) -> None:  # noqa: D102 (Qt override)
        name = self.new_name.text().strip()
        if name:
            chosen = self.combo.currentData() if self.combo.count() else None
            self.operator = run_op(self, self._add, name, self.new_role.currentData(), chosen)
        elif self.combo.count():
            self.operator = run_op(self, accounts.get_operator, self.combo.currentData())
        else:
            self.new_name.setFocus()
            return
        if self.operator is not None:
            super().accept()

    @staticmethod
    def _add(name: str, role: str, by_id: int | None):
        """A newcomer is added by whoever is chosen on duty (the first operator of a desk by nobody)."""
        by = accounts.get_operator(by_id) if by_id is not None else None
        return accounts.add_operator(name, role, by=by)
