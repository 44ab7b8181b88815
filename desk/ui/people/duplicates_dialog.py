"""Find and merge duplicates: pairs that look like one person, and a merge of the chosen pair."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.masking import mask_phone
from desk.services.people import merge
from desk.services.people import roster
from desk.services.people.roster import RosterRow
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import REFUSED, may, run_op, try_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import NUMBER, Column, RecordTableModel


@dataclass
class PairRow:
    reason: str
    keep: RosterRow
    drop: RosterRow


def _who(r: RosterRow) -> str:
    return r.name


class PairModel(RecordTableModel[PairRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Why"), lambda p: term(merge.REASONS[p.reason])),
                Column(self.tr("Keep"), lambda p: _who(p.keep)),
                Column(self.tr("Phone"), lambda p: mask_phone(p.keep.phone)),
                Column(self.tr("Platform"), lambda p: p.keep.platform),
                Column(self.tr("Visits this year"), lambda p: p.keep.visits_this_year, None, NUMBER),
                Column(self.tr("Merge into it"), lambda p: _who(p.drop)),
                Column(self.tr("Phone"), lambda p: mask_phone(p.drop.phone)),
                Column(self.tr("Platform"), lambda p: p.drop.platform),
                Column(self.tr("Visits this year"), lambda p: p.drop.visits_this_year, None, NUMBER),
            ],
            parent,
        )


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.merged = 0
        self.setWindowTitle(self.tr("Duplicates"))
        self.model = PairModel(self)
        self.table = record_table(self.model, self, name="duplicatesTable", alternating=False)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Keep the other one (S)"), self)
        self.swap_button.setShortcut("S")
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.skip_button = QPushButton(self.tr("Not the same person"), self)
        for button in (self.merge_button, self.skip_button):
            button.setEnabled(may(ctx, "person.merge"))
        close = QPushButton(self.tr("Close"), self)
        row = QHBoxLayout()
        for b in (self.swap_button, self.merge_button, self.skip_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Each line is two records that may be one person. Merging moves every visit, point and gift of the "
            "second to the first, and keeps the second as a closed alias."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge_selected)
        self.skip_button.clicked.connect(self.skip)
        close.clicked.connect(self.accept)
        self.table.doubleClicked.connect(lambda *_: self.merge_selected())
        self.resize(980, 480)
        self.refresh()

    def refresh(self) -> None:
        pairs = merge.find_duplicates()
        ids = {p.keep.id for p in pairs} | {p.drop.id for p in pairs}
        rows = {r.id: r for r in roster.roster_rows(roster.RosterFilter(archived=roster.ARCHIVED_ALL),
                                                    person_ids=list(ids))} if ids else {}
        self.model.set_rows([PairRow(p.reason, rows[p.keep.id], rows[p.drop.id]) for p in pairs
                             if p.keep.id in rows and p.drop.id in rows])
        self.info.setText(self.tr("{0} possible duplicates.").format(self.model.rowCount()) if self.model.rowCount()
                          else self.tr("No duplicates found."))
        if self.model.rowCount():
            self.table.selectRow(0)

    def current(self) -> PairRow | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def swap(self) -> None:
        pair = self.current()
        if pair is None:
            return
        pair.keep, pair.drop = pair.drop, pair.keep
        row = self.table.currentIndex().row()
        self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))

    def skip(self) -> None:
        pair = self.current()
        if pair is None:
            return
        if not dialogs.confirm(self, self.tr("Not the same person"), self.tr(
                "{0} and {1} are two different people? They will not be suggested as duplicates again.").format(
                pair.keep.name, pair.drop.name)):
            return
        # Remembered, so the pair is not suggested again next time.
        if try_op(self, merge.mark_not_duplicates, pair.keep.id, pair.drop.id, self.ctx.operator) is REFUSED:
            return
        self.refresh()

    def merge_selected(self) -> None:
        pair = self.current()
        if pair is None:
            return
        text = self.tr("Merge {0} ({1}) into {2} ({3})? Everything recorded for the first moves to the second.").format(
            pair.drop.name, mask_phone(pair.drop.phone) or self.tr("no phone"),
            pair.keep.name, mask_phone(pair.keep.phone) or self.tr("no phone"))
        if not dialogs.confirm(self, self.tr("Merge"), text):
            return
        if run_op(self, merge.merge_people, pair.keep.id, pair.drop.id, self.ctx.operator) is None:
            return
        self.merged += 1
        self.refresh()
