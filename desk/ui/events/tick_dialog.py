"""After the event: tick who signed the paper sign-in sheet, going down it in its own order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.reports import event_sheets
from desk.services import events
from desk.ui.gifts.keys import enter_stays_in_fields
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import CENTER, Column, RecordSortProxy, RecordTableModel


@dataclass
class TickRow:
    number: int  # the row number printed on the sheet
    person: event_sheets.SheetPerson
    signed_in: bool  # already recorded: stays ticked
    ticked: bool


class TickModel(RecordTableModel[TickRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Signed"), lambda r: self.tr("already in") if r.signed_in else "", None, CENTER),
                Column(self.tr("No."), lambda r: r.number, None, CENTER),
                Column(self.tr("Name"), lambda r: r.person.name),
                Column(self.tr("Platform"), lambda r: r.person.platform),
                Column(self.tr("Phone"), lambda r: r.person.phone),
            ],
            parent,
        )

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.column() == 0 and not self.row_record(index.row()).signed_in:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.row_record(index.row()).ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt override)
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            record = self.row_record(index.row())
            if record.signed_in:
                return False
            record.ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index.siblingAtColumn(self.columnCount() - 1))
            return True
        return False

    def toggle(self, row: int) -> None:
        record = self.row_record(row)
        state = Qt.CheckState.Unchecked if record.ticked else Qt.CheckState.Checked
        self.setData(self.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)


class SignedSheetDialog(QDialog):
    """The registered people in the printed order; ticked ones are signed in (from the sheet)."""

    def __init__(self, operator: Operator, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.event_id = event_id
        self.result_: events.BulkAttendanceResult | None = None
        row = events.event_row(event_id)
        self.setWindowTitle(self.tr("Enter the signed sheet: {0}").format(row.title if row else ""))
        self.model = TickModel(self)
        self.proxy = RecordSortProxy(self.model, self)
        self.find = QLineEdit(self)
        self.find.setObjectName("tickFind")
        self.find.setPlaceholderText(self.tr("Row number on the sheet, phone's last 4 digits or name; Enter ticks it"))
        self.table = record_table(self.proxy, self, alternating=False)
        self.counter = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        enter_stays_in_fields(self, self.buttons, self.save)
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Numbers follow the printed sheet. Tick every name that was signed, then Save (Ctrl+Enter). "
            "Names written on the blank rows are walk-ins: sign them in with the search on the Sign in page."), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        layout.addWidget(self.find)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.buttons)
        self.resize(680, 620)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.find.returnPressed.connect(self._tick_found)
        self.model.dataChanged.connect(lambda *_: self._count())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        signed = {r.person_id for r in events.registrations(self.event_id) if r.attended}
        self.model.set_rows([TickRow(n, p, p.person_id in signed, p.person_id in signed)
                             for n, p in enumerate(event_sheets.sheet_people(self.event_id), start=1)])
        self._count()

    def ticked(self) -> list[int]:
        return [r.person.person_id for r in self.model.rows() if r.ticked and not r.signed_in]

    def _count(self) -> None:
        rows = self.model.rows()
        self.counter.setText(self.tr("{0} newly ticked; {1} of {2} on the sheet signed in already.").format(
            len(self.ticked()), sum(r.signed_in for r in rows), len(rows)))

    def _tick_found(self) -> None:
        """Enter: tick the one row found, or the row whose number was typed (never a guess)."""
        text = self.find.text().strip()
        exact = [i for i, r in enumerate(self.model.rows()) if text.isdigit() and r.number == int(text)]
        if self.proxy.rowCount() == 1:
            self.model.toggle(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        elif exact:
            self.model.toggle(exact[0])
        elif self.proxy.rowCount() == 0:
            self.counter.setText(self.tr("Nobody on the sheet matches {0}.").format(text))
            return
        else:
            self.counter.setText(self.tr("{0} rows match: type more, or the row number on the sheet.").format(
                self.proxy.rowCount()))
            return
        self.find.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Space and not self.find.hasFocus():
            index = self.table.currentIndex()
            if index.isValid():
                self.model.toggle(self.proxy.mapToSource(index).row())
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        ids = self.ticked()
        if not ids:
            self.reject()
            return
        result = run_op(self, events.mark_many, self.event_id, ids, self.operator, method="sheet")
        if result is None:
            return
        self.result_ = result
        dialogs.inform(self, self.windowTitle(), self.tr("{0} signed in from the sheet; {1} points awarded.").format(
            result.count, result.points))
        self.accept()
