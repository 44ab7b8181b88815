"""The two report actions that need more than a yes or a reason: dispatch and resolve."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.models import Operator
from desk.services.grid import queries, reports
from desk.services.grid.queries import ReportRow
from desk.services.grid.terms import REPORTED
from desk.ui.errors import message_of

DEFAULT_DUE_DAYS = 3


class _ActionDialog(QDialog):
    def __init__(self, operator: Operator, row: ReportRow, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.row = row
        self.result_: reports.ReportResult | None = None
        self.setWindowTitle(title)
        self.heading = QLabel(f"<b>{title}</b><br>#{row.id} {row.place} · {row.category}", self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.form = QFormLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def run(self, operation, *args, **kwargs) -> None:
        try:
            self.result_ = operation(*args, **kwargs)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.accept()

    def submit(self) -> None:  # pragma: no cover (each dialog has its own)
        raise NotImplementedError


class DispatchDialog(_ActionDialog):
    """Send the report to a staff member, to be cleared by a day."""

    def __init__(self, operator: Operator, row: ReportRow, parent: QWidget | None = None) -> None:
        super().__init__(operator, row, self.tr("Dispatch the report"), parent)
        self.staff = QComboBox(self)
        self.staff.setObjectName("dispatchStaff")
        for member in queries.staff_members():
            self.staff.addItem(member.name, member.id)
        if self.staff.findData(operator.id) >= 0:
            self.staff.setCurrentIndex(self.staff.findData(operator.id))
        self.due = QDateEdit(QDate.currentDate().addDays(DEFAULT_DUE_DAYS), self)
        self.due.setObjectName("dispatchDue")
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setCalendarPopup(True)
        self.form.addRow(self.tr("Who deals with it"), self.staff)
        self.form.addRow(self.tr("To be cleared by"), self.due)
        self.ok_button.setText(self.tr("Dispatch (Ctrl+Enter)"))
        self.ok_button.setObjectName("dispatchOk")

    def submit(self) -> None:
        self.run(reports.dispatch_report, self.row.id, self.staff.currentData(), self.due.date().toPython(),
                 self.operator)


class ResolveDialog(_ActionDialog):
    """It was cleared: what was done and when. A report nobody was sent to must say so."""

    def __init__(self, operator: Operator, row: ReportRow, parent: QWidget | None = None) -> None:
        super().__init__(operator, row, self.tr("Resolve the report"), parent)
        self.what_done = QPlainTextEdit(self)
        self.what_done.setObjectName("resolveText")
        self.what_done.setPlaceholderText(self.tr("What was done, e.g. 物业已将自行车移至车棚"))
        self.what_done.setTabChangesFocus(True)
        self.what_done.setMaximumHeight(80)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setObjectName("resolveWhen")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._opened_text = self.when.text()
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.without_dispatch = QCheckBox(self.tr("Nobody was sent: it was fixed on the spot"), self)
        self.without_dispatch.setObjectName("resolveWithoutDispatch")
        self.without_dispatch.setVisible(row.state == REPORTED)
        self.form.addRow(self.tr("What was done"), self.what_done)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow("", self.without_dispatch)
        hint = QLabel(self.tr("The reporter earns the points now, and is asked at the next check-in whether it is "
                              "really fixed."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.ok_button.setText(self.tr("Resolved (Ctrl+Enter)"))
        self.ok_button.setObjectName("resolveOk")
        self.what_done.setFocus()

    def submit(self) -> None:
        when = self.when.dateTime().toPython() if self.when.text() != self._opened_text else None
        self.run(reports.resolve_report, self.row.id, self.what_done.toPlainText(), self.operator,
                 resolved_at=when.replace(second=0, microsecond=0) if isinstance(when, dt.datetime) else None,
                 without_dispatch=self.without_dispatch.isChecked())
