"""Who is on duty: pick your name, type your PIN, Enter. The choice is remembered for next time.

On a desk's first start it asks for the first operator's name and PIN (twice): they become the
administrator. New operators are added inside the window (Desk → Operators…), by someone
signed in: nobody adds themselves from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.common import accounts
from desk.ui.safety.sign_in import FIRST, PICK, SignInForm


class OperatorDialog(QDialog):
    def __init__(self, last_operator_id: int | None = None, parent: QWidget | None = None, demo_pin: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is on duty?"))
        self.operator: Operator | None = None
        first = not accounts.list_operators(include_inactive=True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("First start: add yourself. You become the administrator of this desk.") if first
                       else self.tr("Every check-in and hand-out records who did it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = SignInForm(FIRST if first else PICK, last_operator_id, demo_pin, self)
        self.form.signed_in.connect(self._signed_in)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        # Enter in the PIN field signs in; no button may also take that Enter (see keyPressEvent).
        for button in buttons.buttons():
            button.setAutoDefault(False)
        buttons.accepted.connect(self.form.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.form.focus_first()

    # Kept for callers and tests written before PINs: the same as pressing Start.
    @property
    def combo(self):
        return self.form.combo

    @property
    def pin(self):
        return self.form.pin

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # QDialogButtonBox makes Start the default button when shown, so QDialog would click it
        # on the same Enter the PIN field already acted on: two tries for one PIN. A field's
        # Enter is its own; elsewhere (the name list) Enter goes on to the PIN.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not isinstance(self.focusWidget(), QLineEdit):
                self.form.enter_pressed()
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:  # noqa: D102 (Qt override: the Start button submits the form)
        if self.operator is None:
            self.form.submit()
            return
        super().accept()

    def _signed_in(self, operator: Operator) -> None:
        self.operator = operator
        super().accept()
