"""The community's grids: rename them, name a leader, see and change who belongs to each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models import Person
from desk.services.common.masking import mask_phone
from desk.services.people import grids
from desk.services.people import records as people
from desk.services.people.grids import GridRow
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import NUMBER, Column, RecordTableModel


class GridModel(RecordTableModel[GridRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("No."), lambda g: g.number, None, NUMBER),
                Column(self.tr("Grid"), lambda g: g.name),
                Column(self.tr("Leader"), lambda g: g.leader_name),
                Column(self.tr("Leader's phone"), lambda g: g.leader_phone),
                Column(self.tr("Members"), lambda g: g.members, None, NUMBER),
            ],
            parent,
        )


class MemberModel(RecordTableModel[Person]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Phone"), lambda p: mask_phone(p.phone)),
                Column(self.tr("Kind"), lambda p: term(people.kind_name(p.kind))),
                Column(self.tr("Platform"), lambda p: p.platform),
            ],
            parent,
        )


class GridsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Grids"))
        self.grid_model = GridModel(self)
        self.grid_table = record_table(self.grid_model, self, name="gridTable", alternating=False)
        self.member_model = MemberModel(self)
        self.member_table = record_table(self.member_model, self, name="memberTable", multi=True, alternating=False)
        self.name = QLineEdit(self, objectName="gridName")
        self.leader = QLineEdit(self, objectName="gridLeader")
        self.leader_phone = QLineEdit(self, objectName="gridLeaderPhone")
        self.save_button = QPushButton(self.tr("Save grid"), self, objectName="saveGridButton")
        self.remove_button = QPushButton(self.tr("Take selected out of the grid"), self)
        for widget in (self.name, self.leader, self.leader_phone, self.save_button, self.remove_button):
            widget.setEnabled(may(ctx, "grid.manage"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.members_label = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Grid &name:"), self.name)
        form.addRow(self.tr("&Leader:"), self.leader)
        form.addRow(self.tr("Leader's &phone:"), self.leader_phone)
        left = QVBoxLayout()
        left.addWidget(self.grid_table, 1)
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.members_label)
        right.addWidget(self.member_table, 1)
        right.addWidget(QLabel(self.tr("To add people to a grid, select them in the roster and choose "
                                       "“Assign to grid…”."), self, wordWrap=True))
        right.addWidget(self.remove_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.grid_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_members)
        self.resize(1000, 560)
        self.refresh()
        self.grid_table.selectRow(0)

    def refresh(self, keep_row: int | None = None) -> None:
        self.grid_model.set_rows(grids.list_grids())
        if keep_row is not None:
            self.grid_table.selectRow(keep_row)

    def current(self) -> GridRow | None:
        index = self.grid_table.currentIndex()
        return self.grid_model.row_record(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        g = self.current()
        self.message.clear()
        if g is None:
            return
        self.name.setText(g.name)
        self.leader.setText(g.leader_name)
        self.leader_phone.setText(g.leader_phone)
        self.member_model.set_rows(grids.members(g.id))
        self.members_label.setText(self.tr("Members of {0}: {1}").format(g.name, self.member_model.rowCount()))

    def save(self) -> None:
        g = self.current()
        if g is None:
            return
        if run_op(self.message.setText, grids.update_grid, g.id, self.ctx.operator, name=self.name.text(),
                  leader_name=self.leader.text(), leader_phone=self.leader_phone.text(), note=g.note) is None:
            return
        self.changed = True
        self.refresh(self.grid_table.currentIndex().row())

    def remove_members(self) -> None:
        rows = sorted({i.row() for i in self.member_table.selectionModel().selectedRows()})
        if not rows:
            return
        ids = [self.member_model.row_record(r).id for r in rows]
        if run_op(self, grids.assign_members, ids, None, self.ctx.operator) is None:
            return
        self.changed = True
        self.refresh(self.grid_table.currentIndex().row())
        self._show_current()
