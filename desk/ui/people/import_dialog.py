"""Import a roster from Excel or CSV: confirm the columns, preview every row, import, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.masking import mask_phone
from desk.services.people import importer
from desk.services.people.importer import ADD, CONFLICT, SKIP, UPDATE, ImportPlan, RowPlan, SheetTable
from desk.ui.context import DeskContext
from desk.ui.errors import message_of, term
from desk.ui.widgets.keys import widget_key
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_fields import kind_combo
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import NUMBER, Column, RecordTableModel


def _column_letter(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


CONFLICT_BACKGROUND = QColor("#fde2e1")
CONFLICT_TEXT = QColor("#9b1c1c")


class RowPlanModel(RecordTableModel[RowPlan]):
    """The preview's rows. A conflict is ticked in its Action cell when staff choose to apply it."""

    COL_ACTION = 1

    def __init__(self, parent=None) -> None:
        self.actions = {ADD: self.tr("add"), UPDATE: self.tr("update"), SKIP: self.tr("skip"),
                        CONFLICT: self.tr("CONFLICT: keep")}
        self.chosen: set[tuple[int, int]] = set()  # (row, person id) of the conflicts to apply
        self.locked = False  # after the import: the report is shown, nothing more to choose
        super().__init__(
            [
                Column(self.tr("Row"), lambda r: r.row, None, NUMBER),
                Column(self.tr("Action"), self._action),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(self.tr("Reason / what changes"), self._why, tooltip=self._why),
            ],
            parent,
        )

    def is_chosen(self, r: RowPlan) -> bool:
        return r.action == CONFLICT and (r.row, r.person_id) in self.chosen

    def _action(self, r: RowPlan) -> str:
        if r.chosen:
            return self.tr("update (conflict chosen)")
        if self.is_chosen(r):
            return self.tr("CONFLICT: update anyway")
        return self.actions[r.action]

    def set_rows(self, rows) -> None:
        self.chosen = set()
        super().set_rows(rows)

    def toggle(self, rows: list[int]) -> None:
        """Choose (or un-choose) the conflicts among ``rows``; other rows are left alone."""
        if self.locked:
            return
        for i in rows:
            r = self.row_record(i)
            if r.action != CONFLICT:
                continue
            key = (r.row, r.person_id)
            self.chosen.symmetric_difference_update({key})
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _why(self, r: RowPlan) -> str:
        if r.action == CONFLICT:
            text = message_of(r.reason)
            if self.is_chosen(r) and r.changes:
                text = self.tr("{0} Will change: {1}.").format(
                    text, "、".join(term(importer.FIELD_NAMES[c]) for c in r.changes))
            return text
        if r.reason is not None:
            return message_of(r.reason)
        if r.changes:
            text = "、".join(term(importer.FIELD_NAMES[c]) for c in r.changes)
            if r.old_name:
                text += self.tr(" (in the roster now: {0})").format(r.old_name)
            return text
        return ""

    def flags(self, index):
        flags = super().flags(index)
        if (index.isValid() and index.column() == self.COL_ACTION and not self.locked
                and self.row_record(index.row()).action == CONFLICT):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt override)
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        r = self.row_record(index.row())
        if (Qt.CheckState(value) == Qt.CheckState.Checked) != self.is_chosen(r):
            self.toggle([index.row()])
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_record(index.row())
        if r.action == CONFLICT or r.chosen:
            # A conflict must not look like an ordinary update: its own colour, bold, and a box to tick.
            if role == Qt.ItemDataRole.BackgroundRole:
                return CONFLICT_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return CONFLICT_TEXT
            if role == Qt.ItemDataRole.FontRole and index.column() == self.COL_ACTION:
                font = QFont()
                font.setBold(True)
                return font
            if (role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_ACTION
                    and r.action == CONFLICT and not self.locked):
                return Qt.CheckState.Checked if self.is_chosen(r) else Qt.CheckState.Unchecked
        # Skipped rows are greyed but not struck through: their reason must stay easy to read.
        if role == Qt.ItemDataRole.ForegroundRole and r.action == SKIP:
            return QColor("#8a4b00")
        return super().data(index, role)


class ImportDialog(QDialog):
    """Three pages: columns → preview → report. Nothing is written before “Import”."""

    def __init__(self, ctx: DeskContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.table: SheetTable | None = None
        self.plan: ImportPlan | None = None
        self.report: importer.ImportReport | None = None
        self.setWindowTitle(self.tr("Import people from {0}").format(self.path.name))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._rows_page())
        self.back_button = QPushButton(self.tr("‹ Back"), self)
        self.next_button = QPushButton(self.tr("Preview ›"), self, objectName="importNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(900, 600)

    # --- pages ----------------------------------------------------------------------------
    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.file_label = QLabel(page, wordWrap=True)
        self.sheet = QComboBox(page, objectName="importSheet")
        self.sheet.activated.connect(lambda *_: self.load(self.sheet.currentText()))
        self.default_kind = kind_combo(page)
        self.default_kind.setObjectName("importDefaultKind")
        self.mapping_box = QWidget(page)
        self.mapping_grid = QGridLayout(self.mapping_box)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Sheet:"), page), 0, 0)
        top.addWidget(self.sheet, 0, 1)
        top.addWidget(QLabel(self.tr("Kind when the file does not say:"), page), 1, 0)
        top.addWidget(self.default_kind, 1, 1)
        top.setColumnStretch(2, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_label)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("What each column holds (check the guesses):"), page))
        layout.addWidget(scroll, 1)
        self.combos: dict[int, QComboBox] = {}
        return page

    def _rows_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page, objectName="importSummary", wordWrap=True)
        self.conflict_note = QLabel(page, objectName="importConflicts", wordWrap=True)
        self.conflict_note.setStyleSheet(
            f"background: {CONFLICT_BACKGROUND.name()}; color: {CONFLICT_TEXT.name()}; padding: 6px;")
        self.conflict_note.hide()
        self.choose_button = QPushButton(self.tr("Tick / untick the conflict (Space)"), page, objectName="importChoose")
        self.choose_button.hide()
        self.rows_model = RowPlanModel(page)
        self.rows_model.dataChanged.connect(lambda *_: self._show_counts())
        self.rows_table = record_table(self.rows_model, page, name="importRows", multi=True, alternating=False)
        widget_key(self.rows_table, QKeySequence(Qt.Key.Key_Space), self.toggle_selected)
        self.choose_button.clicked.connect(self.toggle_selected)
        note_row = QHBoxLayout()
        note_row.addWidget(self.conflict_note, 1)
        note_row.addWidget(self.choose_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(note_row)
        layout.addWidget(self.rows_table, 1)
        return page

    def toggle_selected(self) -> None:
        """Choose or un-choose the selected conflict rows (also a click in a row's box)."""
        rows = sorted({i.row() for i in self.rows_table.selectionModel().selectedRows()})
        if not rows and self.rows_table.currentIndex().isValid():
            rows = [self.rows_table.currentIndex().row()]
        self.rows_model.toggle(rows)

    # --- steps ----------------------------------------------------------------------------
    def load(self, sheet: str | None = None) -> bool:
        """Read the file; False (with the reason shown) when it cannot be imported."""
        table = run_op(self, importer.read_table, self.path, sheet)
        if table is None:
            return False
        t = self.table = table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(t.sheets or [self.tr("(CSV file)")])
        self.sheet.setCurrentText(t.sheet)
        self.sheet.setEnabled(len(t.sheets) > 1)
        self.sheet.blockSignals(False)
        self.file_label.setText(self.tr("{0}: {1} rows under the header in row {2}.").format(
            t.source, len(t.rows), t.header_row))
        self._fill_mapping(importer.detect_mapping(t.headers))
        return True

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos.clear()
        t = self.table
        for i, header in enumerate(t.headers):
            sample = next((str(r[1][i]) for r in t.rows if i < len(r[1]) and r[1][i] not in (None, "")), "")
            label = QLabel(self.tr("Column {0} “{1}”").format(_column_letter(i), header), self.mapping_box)
            example = QLabel(self.tr("e.g. {0}").format(sample[:30]) if sample else "", self.mapping_box)
            example.setStyleSheet("color: #666")
            combo = QComboBox(self.mapping_box, objectName=f"mapColumn{i}")
            combo.addItem(self.tr("(not imported)"), None)
            for fld in importer.FIELDS:
                combo.addItem(term(importer.FIELD_NAMES[fld]), fld)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i))))
            self.mapping_grid.addWidget(label, i, 0)
            self.mapping_grid.addWidget(combo, i, 1)
            self.mapping_grid.addWidget(example, i, 2)
            self.combos[i] = combo
        self.mapping_grid.setColumnStretch(2, 1)
        self.mapping_grid.setRowStretch(len(t.headers), 1)
        self._sync_buttons()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in self.combos.items() if c.currentData()}

    def _sync_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page == 1 and self.report is None)
        if self.report is not None:
            self.next_button.setText(self.tr("Close"))
            self.cancel_button.hide()
        elif page == 0:
            self.next_button.setText(self.tr("Preview ›"))
        else:
            self.next_button.setText(self.tr("Import"))

    def back(self) -> None:
        self.pages.setCurrentIndex(0)
        self._sync_buttons()

    def next(self) -> None:
        if self.report is not None:
            self.accept()
        elif self.pages.currentIndex() == 0:
            self.preview()
        else:
            self.run_import()

    def preview(self) -> None:
        plan = run_op(self, importer.plan_import, self.table, self.mapping(), self.default_kind.currentData())
        if plan is None:
            return
        self.plan = plan
        self.rows_model.locked = False
        self.rows_model.set_rows(self.plan.rows)
        self._show_counts()
        self.pages.setCurrentIndex(1)
        self._sync_buttons()
        conflicts = [i for i, r in enumerate(self.plan.rows) if r.action == CONFLICT]
        if conflicts:  # the first conflict in view and current (Space ticks it), not selected: its colour shows
            first = self.rows_model.index(conflicts[0], 0)
            self.rows_table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.rows_table.scrollTo(first)

    def _show_counts(self) -> None:
        if self.plan is None or self.report is not None:
            return
        p = self.plan
        chosen = len(self.rows_model.chosen)
        conflicts = p.count(CONFLICT)
        self.summary.setText(self.tr(
            "<b>Preview, nothing saved yet:</b> {0} to add, {1} to update, {2} skipped. "
            "People are matched by phone number or member card.").format(
                p.count(ADD), p.count(UPDATE) + chosen, p.count(SKIP) + conflicts - chosen))
        self.conflict_note.setVisible(bool(conflicts))
        self.choose_button.setVisible(bool(conflicts))
        if conflicts:
            self.conflict_note.setText(self.tr(
                "<b>{0} conflicts:</b> the phone or member card of a row belongs to someone with another name "
                "(a recycled number or a typo). They are left alone. Tick a row only if it really is that "
                "person and the file has the right name ({1} ticked).").format(conflicts, chosen))

    def run_import(self) -> None:
        report = run_op(self, importer.apply_import, self.table, self.mapping(), self.ctx.operator,
                        self.default_kind.currentData(), chosen=set(self.rows_model.chosen))
        if report is None:  # refused: nothing was imported
            return
        r = self.report = report
        self.summary.setText(self.tr("<b>Imported:</b> {0} added, {1} updated, {2} skipped (reasons below).").format(
            r.added, r.updated, r.skipped + r.conflicts))
        self.rows_model.locked = True
        self.rows_model.set_rows(r.rows)
        self.choose_button.hide()
        if r.conflicts:
            self.conflict_note.setText(self.tr("<b>{0} conflicts left alone:</b> nobody was renamed.").format(
                r.conflicts))
        else:
            self.conflict_note.hide()
        self._sync_buttons()
