"""The sign-in form: pick your name, type your PIN, press Enter.

One widget for the three places a PIN is asked: the operator dialog when the window opens
(and Desk → Change operator), the lock screen, and a desk's very first start (name, PIN twice:
the first operator becomes the administrator). An operator without a PIN yet (an upgraded
desk) is asked to choose one, twice. Wrong PINs and waits are said inline, in words, with a
countdown; nothing pops up over the form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.errors import DeskError, PermissionDenied, translate
from desk.models import Operator
from desk.services.common import accounts
from desk.services.safety import access, operators, pins
from desk.services.safety.access import PinNotSet, PinWait, WrongPin
from desk.ui.errors import message_of, term

PICK, LOCKED, FIRST = "pick", "locked", "first"


def pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(64)
    # A PIN is never offered to an input method's memory or a predictive bar.
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                              | Qt.InputMethodHint.ImhSensitiveData)
    return field


def wait_text(seconds: int) -> str:
    """A wait in words: "1 min 30 s" / "25 s"."""
    if seconds >= 60:
        return QCoreApplication.translate("SignInForm", "{0} min {1} s").format(seconds // 60, seconds % 60)
    return QCoreApplication.translate("SignInForm", "{0} s").format(seconds)


class SignInForm(QWidget):
    signed_in = Signal(object)  # the Operator, PIN checked
    switch_requested = Signal()  # the lock screen's "switch operator"

    def __init__(self, mode: str = PICK, operator_id: int | None = None, demo_pin: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.name = QLineEdit(self)
        self.name.setObjectName("newOperatorName")
        self.name.setMaxLength(30)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("operatorCombo")
        self.fixed = QLabel(self)
        self.fixed.setObjectName("onDutyName")
        font = self.fixed.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.fixed.setFont(font)
        self.pin = pin_field(self, "pinField")
        self.again = pin_field(self, "pinAgainField")
        self.choose_note = QLabel(self.tr("Choose your PIN: 4 to 8 digits (not 1234 or 0000), or a password of 8 "
                                          "characters or more. Type it twice."), self)
        self.choose_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.switch_button = QPushButton(self.tr("Switch operator"), self)
        self.switch_button.setObjectName("switchOperator")
        self.switch_button.setAutoDefault(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        if mode == FIRST:
            hints = [self.tr("Remember this PIN. An administrator's forgotten PIN is reset on this computer with the "
                             "command desk reset-pin (see the manual).")]
        else:
            hints = [self.tr("Forgot your PIN? An administrator gives you a new one (Desk → Operators…).")]
        if demo_pin:
            hints.insert(0, self.tr("Demo: every operator's PIN is {0}.").format(demo_pin))
        self.hint.setText("\n".join(hints))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("On duty:"), self.combo)
        self.form.addRow(self.tr("On duty:"), self.fixed)
        self.form.addRow(self.tr("PIN:"), self.pin)
        self.form.addRow(self.tr("PIN again:"), self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.choose_note)
        layout.addWidget(self.message)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)

        self._operator_id = operator_id
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.pin.returnPressed.connect(self._enter_in_pin)
        self.again.returnPressed.connect(self.submit)
        self.name.returnPressed.connect(lambda: self.pin.setFocus())
        self.combo.currentIndexChanged.connect(lambda _i: self._on_operator_changed())
        self.switch_button.clicked.connect(self._switch)
        # Up/Down in the PIN field choose another name: hands stay on the keys.
        self.pin.installEventFilter(self)
        self.set_mode(mode, operator_id)

    # --- modes ----------------------------------------------------------------------------
    def set_mode(self, mode: str, operator_id: int | None = None) -> None:
        self.mode = mode
        self._operator_id = operator_id if operator_id is not None else self._operator_id
        self.message.clear()
        self.pin.clear()
        self.again.clear()
        self._show_row(self.name, mode == FIRST)
        self._show_row(self.combo, mode == PICK)
        self._show_row(self.fixed, mode == LOCKED)
        self.switch_button.setVisible(mode == LOCKED)
        if mode == PICK:
            self._fill_combo()
        elif mode == LOCKED:
            op = accounts.get_operator(self._operator_id)
            self.fixed.setText(self._label(op.name, op.role))
        self._on_operator_changed()

    def _show_row(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _label(self, name: str, role: str) -> str:
        return f"{name}（{term(accounts.ROLE_NAMES.get(role, role))}）"

    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in access.choices():
            self.combo.addItem(self._label(choice.name, choice.role), choice.id)
        at = self.combo.findData(self._operator_id) if self._operator_id is not None else -1
        self.combo.setCurrentIndex(max(at, 0))
        self.combo.blockSignals(False)
        if access.admins_must_set_pin_first():
            self.message.setText(self.tr("This desk was upgraded: the administrator signs in first and chooses a PIN."))

    def current_operator_id(self) -> int | None:
        if self.mode == PICK:
            return self.combo.currentData()
        return self._operator_id if self.mode == LOCKED else None

    def _needs_new_pin(self) -> bool:
        if self.mode == FIRST:
            return True
        op_id = self.current_operator_id()
        return op_id is not None and not access.has_pin(accounts.get_operator(op_id))

    def _on_operator_changed(self) -> None:
        choosing = self._needs_new_pin()
        self._show_row(self.again, choosing)
        self.choose_note.setVisible(choosing)
        self.pin.setPlaceholderText(self.tr("choose a PIN") if choosing else self.tr("type your PIN, then Enter"))
        op_id = self.current_operator_id()
        self._start_wait(access.wait_left(op_id) if op_id is not None else 0)

    def focus_first(self) -> None:
        if self.mode == FIRST:
            self.name.setFocus()
        elif self.mode == PICK and self.combo.count() == 0:
            self.combo.setFocus()
        else:
            self.pin.setFocus()

    # --- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.pin and event.type() == QEvent.Type.KeyPress and self.mode == PICK:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step and self.combo.count():
                self.combo.setCurrentIndex((self.combo.currentIndex() + step) % self.combo.count())
                return True
        return super().eventFilter(watched, event)

    def enter_pressed(self) -> None:
        """Enter outside the text fields (on the name list): go on to the PIN, or sign in."""
        if self.mode == FIRST and not self.name.text().strip():
            self.name.setFocus()
        elif not self.pin.text():
            self.pin.setFocus()
        else:
            self._enter_in_pin()

    def _enter_in_pin(self) -> None:
        if self._needs_new_pin() and not self.again.text():
            self.again.setFocus()
            return
        self.submit()

    def _switch(self) -> None:
        self.set_mode(PICK, self._operator_id)
        self.switch_requested.emit()
        self.pin.setFocus()

    # --- the wait after wrong PINs --------------------------------------------------------
    def _start_wait(self, seconds: int) -> None:
        self._wait_left = max(0, int(seconds))
        self.pin.setEnabled(self._wait_left == 0)
        self.again.setEnabled(self._wait_left == 0)
        if self._wait_left:
            self._countdown.start()
            self._say_wait()
        else:
            self._countdown.stop()

    def _say_wait(self) -> None:
        self.message.setText(self.tr("Too many wrong PINs. Please wait {0}, then try again.")
                             .format(wait_text(self._wait_left)))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._say_wait()
            return
        self._start_wait(0)
        self.message.setText(self.tr("You may try again now."))
        self.pin.setFocus()

    # --- submit ---------------------------------------------------------------------------
    def submit(self) -> None:
        pin = self.pin.text()
        if self._wait_left:
            return
        if not pin:  # an Enter on an empty field is no try
            self.pin.setFocus()
            return
        if self._needs_new_pin():
            if not pin:
                self.pin.setFocus()
                return
            if pin != self.again.text():
                self.message.setText(self.tr("The two PINs differ. Please type them again."))
                self.pin.clear()
                self.again.clear()
                self.pin.setFocus()
                return
        if self._needs_new_pin():
            try:
                pins.check_rules(pin)  # a weak new PIN: say so with the cursor back in the PIN field
            except DeskError as exc:
                self.message.setText(message_of(exc))
                self.pin.clear()
                self.again.clear()
                self.pin.setFocus()
                return
        try:
            op = self._sign_in(pin)
        except WrongPin as exc:
            self.pin.clear()
            if exc.wait_seconds:
                self._start_wait(exc.wait_seconds)
            else:
                self.message.setText(self.tr("Wrong PIN. {0} more tries, then the desk makes you wait.")
                                     .format(exc.tries_left))
                self.pin.setFocus()
            return
        except PinWait as exc:
            self._start_wait(exc.seconds)
            return
        except PinNotSet:
            self._on_operator_changed()
            self.message.setText(self.tr("You have no PIN yet: choose one and type it twice."))
            self.pin.setFocus()
            return
        except DeskError as exc:
            self.message.setText(message_of(exc))
            self.pin.clear()
            self.again.clear()
            (self.name if self.mode == FIRST else self.pin).setFocus()
            return
        self.pin.clear()
        self.again.clear()
        self.message.clear()
        self.signed_in.emit(op)

    def _sign_in(self, pin: str) -> Operator:
        if self.mode == FIRST:
            return operators.add_first_admin(self.name.text(), pin)
        op_id = self.current_operator_id()
        if op_id is None:
            raise PermissionDenied(translate("DeskError", "Nobody is on duty: choose who you are first."))
        if self._needs_new_pin():
            return access.set_first_pin(op_id, pin)
        return access.sign_in(op_id, pin)
