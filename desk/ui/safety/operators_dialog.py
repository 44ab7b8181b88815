"""Desk → Operators…: who may sign in at this desk, their roles and PINs, and the idle lock.

An administrator adds any operator, changes roles, resets a forgotten PIN, deactivates and
reactivates, and sets after how many idle minutes the desk locks. Anyone on duty may add a
fellow volunteer and change their own PIN; the rest is shown but disabled for them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.permissions import ROLES, VOLUNTEER
from desk.services.safety import access, operators
from desk.services.safety.operators import IDLE_LOCK_MAX_MINUTES, OperatorRow
from desk.services.common import accounts
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.safety import pin_dialogs
from desk.ui.safety.sign_in import wait_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import CENTER, Column, RecordTableModel


class OperatorTableModel(RecordTableModel[OperatorRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: term(accounts.ROLE_NAMES.get(r.role, r.role))),
                Column(self.tr("PIN"), lambda r: self.tr("set") if r.has_pin else self.tr("not yet"), align=CENTER),
                Column(self.tr("Status"), self._status),
                Column(self.tr("Added"), lambda r: r.created_at.strftime("%Y-%m-%d") if r.created_at else "",
                       sort_key=lambda r: r.created_at),
            ],
            parent,
        )

    def _status(self, row: OperatorRow) -> str:
        if not row.active:
            return self.tr("deactivated")
        if row.wait_seconds:
            return self.tr("wrong PINs: waits {0}").format(wait_text(row.wait_seconds))
        return self.tr("active")

    def muted(self, record: OperatorRow) -> bool:
        return not record.active


class OperatorsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Operators"))
        manage = may(ctx, "operator.manage")
        self.model = OperatorTableModel(self)
        self.table = record_table(self.model, self, name="operatorTable", alternating=False)
        self.add_button = QPushButton(self.tr("Add operator…"), self)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.reset_button = QPushButton(self.tr("Reset PIN…"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.own_pin_button = QPushButton(self.tr("Change my PIN…"), self)
        self.add_button.setEnabled(may(ctx, "operator.add_volunteer"))
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(manage)
        self.own_pin_button.setEnabled(may(ctx, "pin.change_own"))
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.own_pin_button)

        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(ctx.settings.idle_lock_minutes)
        self.idle_button = QPushButton(self.tr("Set"), self)
        self.idle.setEnabled(may(ctx, "desk.idle_lock"))
        self.idle_button.setEnabled(may(ctx, "desk.idle_lock"))
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("Lock the desk after this long without a key or a click:"), self))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_button)
        idle_row.addStretch(1)

        layout = QVBoxLayout(self)
        if not manage:
            note = QLabel(self.tr("Only an administrator adds staff and administrators, changes roles, resets PINs "
                                  "and deactivates operators. You may add a fellow volunteer and change your own PIN."),
                          self)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(idle_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_operator)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.own_pin_button.clicked.connect(self.change_own_pin)
        self.idle_button.clicked.connect(self.set_idle_lock)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        self.resize(760, 440)
        self.reload()

    # --- list -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(operators.operator_rows())
        rows = self.model.rows()
        at = next((i for i, r in enumerate(rows) if r.id == select_id), 0)
        if rows:
            self.table.selectRow(at)
        self._on_selected()

    def selected(self) -> OperatorRow | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def _on_selected(self) -> None:
        row = self.selected()
        self.active_button.setText(self.tr("Reactivate") if row is not None and not row.active else self.tr("Deactivate"))

    # --- actions --------------------------------------------------------------------------
    def add_operator(self) -> None:
        roles = ROLES if may(self.ctx, "operator.manage") else (VOLUNTEER,)
        answer = pin_dialogs.ask_new_operator(self, roles)
        if answer is None:
            return
        op = run_op(self, operators.add_operator, answer.name, answer.role, answer.pin, self.ctx.operator)
        if op is not None:
            self.reload(op.id)

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        role = pin_dialogs.ask_role(self, row.name, row.role)
        if role is None or role == row.role:
            return
        if run_op(self, operators.change_role, row.id, role, self.ctx.operator) is not None:
            self.reload(row.id)

    def reset_pin(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = pin_dialogs.ask_new_pin(
            self, self.tr("Reset the PIN of {0}").format(row.name),
            self.tr("Let {0} type the new PIN twice. Any wait after wrong PINs ends.").format(row.name),
        )
        if answer is None:
            return
        if run_op(self, operators.reset_pin, row.id, answer.new, self.ctx.operator) is not None:
            dialogs.inform(self, self.tr("PIN reset"), self.tr("{0} signs in with the new PIN now.").format(row.name))
            self.reload(row.id)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            if not dialogs.confirm(self, self.tr("Deactivate an operator"),
                                   self.tr("{0} will no longer sign in at this desk. Their records keep their name. "
                                           "Go on?").format(row.name)):
                return
            done = run_op(self, operators.deactivate, row.id, self.ctx.operator)
        else:
            done = run_op(self, operators.reactivate, row.id, self.ctx.operator)
        if done is not None:
            self.reload(row.id)

    def change_own_pin(self) -> None:
        answer = pin_dialogs.ask_new_pin(
            self, self.tr("Change my PIN"), self.tr("Type your current PIN, then the new one twice."), ask_old=True
        )
        if answer is None:
            return
        if run_op(self, access.change_own_pin, self.ctx.operator, answer.old, answer.new) is not None:
            dialogs.inform(self, self.tr("PIN changed"), self.tr("Your new PIN works from now on."))
            self.reload(self.ctx.operator.id)

    def set_idle_lock(self) -> None:
        minutes = self.idle.value()
        if run_op(self, operators.set_idle_lock, self.ctx.settings, self.ctx.data_dir, minutes,
                  self.ctx.operator) is not None:
            said = self.tr("never") if minutes == 0 else self.tr("after {0} minutes").format(minutes)
            dialogs.inform(self, self.tr("Idle lock"), self.tr("The desk locks {0} without a key or a click.").format(said))
