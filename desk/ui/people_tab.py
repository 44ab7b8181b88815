"""人员 People: the roster, a person's page, duplicates, grids, member cards, import and export."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.permissions import require
from desk.services.people import grids
from desk.services.people import records as people
from desk.services.people import roster
from desk.services.people.roster import ARCHIVED_ACTIVE, ARCHIVED_ALL, ARCHIVED_ONLY, NO_GRID, WORKERS, RosterFilter
from desk.services.people.export import export_roster
from desk.ui.context import DeskContext
from desk.ui.fonts import scale_font
from desk.ui.people.card_printing import print_cards, save_cards_pdf
from desk.ui.people.duplicates_dialog import DuplicatesDialog
from desk.ui.people.export_dialog import ExportDialog
from desk.ui.people.grids_dialog import GridsDialog
from desk.ui.people.import_dialog import ImportDialog
from desk.ui.people.person_dialog import PersonDialog
from desk.ui.people.person_page import PersonPage
from desk.ui.people.roster_model import RosterModel, RosterProxy
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.flow_layout import FlowLayout
from desk.ui.widgets.person_fields import grid_combo, kind_combo
from desk.ui.widgets.record_view import fit_columns, record_table
from desk.ui.widgets.keys import tab_keys, widget_key


class PeopleTab(QWidget):
    DEBOUNCE_MS = 150

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.load_ms = 0.0
        self._version: tuple | None = None
        self.search = QLineEdit(self, objectName="rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Phone last 4 digits / name / pinyin initials / card code"))
        scale_font(self.search, 1.2)
        self.kind = kind_combo(self, with_any=self.tr("All kinds"))
        self.kind.setObjectName("filterKind")
        self.kind.insertItem(1, self.tr("All new-employment workers"), WORKERS)
        self.platform = QComboBox(self, objectName="filterPlatform")
        self.grid = grid_combo(self, self.tr("All grids"))
        self.grid.setObjectName("filterGrid")
        self.grid.addItem(self.tr("No grid"), NO_GRID)
        self.team = QComboBox(self, objectName="filterTeam")
        self.team.addItem(self.tr("Team: any"), None)
        self.team.addItem(self.tr("Caring Rider Team"), True)
        self.team.addItem(self.tr("Not in the team"), False)
        self.archived = QComboBox(self, objectName="filterArchived")
        self.archived.addItem(self.tr("Current people"), ARCHIVED_ACTIVE)
        self.archived.addItem(self.tr("Archived"), ARCHIVED_ONLY)
        self.archived.addItem(self.tr("Everyone"), ARCHIVED_ALL)

        self.model = RosterModel(self)
        self.proxy = RosterProxy(self.model, self)
        self.table = record_table(self.proxy, self, name="rosterTable", multi=True, sortable=True)
        self.table.setWordWrap(False)
        # Widths from a sample of rows and the headers, in the current font: ResizeToContents
        # would measure all 10,000 rows on every change, fixed pixels cut larger text and English.
        self.columns = fit_columns(self.table)
        self.count = QLabel(self, objectName="rosterCount")

        self.add_button = QPushButton(self.tr("Add (Ctrl+N)"), self)
        self.open_button = QPushButton(self.tr("Open (Enter)"), self)
        self.edit_button = QPushButton(self.tr("Edit (F2)"), self)
        self.assign_button = QPushButton(self.tr("Assign to grid…"), self)
        self.cards_button = QPushButton(self.tr("Print cards (Ctrl+P)"), self, objectName="printCardsButton")
        self.cards_pdf_button = QPushButton(self.tr("Cards to PDF…"), self)
        self.duplicates_button = QPushButton(self.tr("Duplicates…"), self)
        self.grids_button = QPushButton(self.tr("Grids…"), self)
        self.import_button = QPushButton(self.tr("Import… (Ctrl+I)"), self)
        self.export_button = QPushButton(self.tr("Export… (Ctrl+E)"), self)

        self.assign_button.setEnabled(may(ctx, "grid.manage"))
        self._layout()
        self._connect()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.refresh()
        self.table.sortByColumn(RosterModel.COL_NAME, Qt.SortOrder.AscendingOrder)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.kind, self.platform, self.grid, self.team, self.archived):
            filters.addWidget(combo, 1)
        # Wraps onto a second line with larger text or in English, instead of widening the window
        # past a laptop's screen.
        actions = FlowLayout()
        for b in (self.add_button, self.open_button, self.edit_button, self.assign_button, self.cards_button,
                  self.cards_pdf_button, self.duplicates_button, self.grids_button, self.import_button,
                  self.export_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.on_enter)
        for combo in (self.kind, self.platform, self.grid, self.team, self.archived):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.table.doubleClicked.connect(lambda *_: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_button.clicked.connect(self.add_person)
        self.open_button.clicked.connect(self.open_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.assign_button.clicked.connect(self.assign_grid)
        self.cards_button.clicked.connect(self.print_selected_cards)
        self.cards_pdf_button.clicked.connect(self.save_selected_cards_pdf)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.grids_button.clicked.connect(self.show_grids)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self._keys = set()
        for shortcut in tab_keys(self, (
            ("Ctrl+N", self.add_person), ("F2", self.edit_current), ("Ctrl+P", self.print_selected_cards),
            ("Ctrl+Shift+P", self.save_selected_cards_pdf), ("Ctrl+I", self.import_file), ("Ctrl+E", self.export_file),
            ("Ctrl+F", self.focus_first),
        )):
            self._keys.add(shortcut.key())
        # On Linux a line edit claims Ctrl+E (end of line): the tab's keys win in the search field.
        self.search.installEventFilter(self)
        widget_key(self.table, QKeySequence(Qt.Key.Key_Return), self.open_current)
        widget_key(self.search, QKeySequence(Qt.Key.Key_Escape), self.search.clear)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.search and event.type() == QEvent.Type.ShortcutOverride:
            if QKeySequence(event.keyCombination()) in self._keys:
                return True  # not claimed by the search field, so the shortcut fires
        return super().eventFilter(obj, event)

    def _context_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for text, slot in ((self.tr("Open"), self.open_current), (self.tr("Edit"), self.edit_current),
                           (self.tr("Assign to grid…"), self.assign_grid),
                           (self.tr("Print cards"), self.print_selected_cards)):
            menu.addAction(text, slot).setEnabled(slot != self.assign_grid or may(self.ctx, "grid.manage"))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- loading and filtering -------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Reload everyone (one query) and keep the filters, sort and selection.

        Called each time the tab is shown; at 10,000 people a reload takes ~0.4 s, so it
        is skipped when nothing was written since the last one.
        """
        version = roster.data_version()
        if not force and version == self._version:
            return
        self._version = version
        selected = set(self.selected_ids())
        started = time.perf_counter()
        rows = roster.roster_rows(RosterFilter(archived=ARCHIVED_ALL))
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_platforms()
        self.apply_filter()
        self.load_ms = (time.perf_counter() - started) * 1000
        if selected:
            self.select_ids(selected)

    def _fill_platforms(self) -> None:
        current = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        self.platform.addItem(self.tr("All platforms"), None)
        for name in roster.platforms():
            self.platform.addItem(name, name)
        self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
        self.platform.blockSignals(False)

    def current_filter(self) -> RosterFilter:
        return RosterFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            platform=self.platform.currentData(),
            grid_id=self.grid.currentData(),
            caring_team=self.team.currentData(),
            archived=self.archived.currentData(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.proxy.set_filter(self.current_filter())
        self.count.setText(self.tr("Showing {0} of {1} people.").format(self.proxy.rowCount(), self.model.rowCount()))
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)

    def focus_first(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    # --- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.record_at(r).id for r in rows]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        if ids:
            return ids[0]
        return self.proxy.record_at(0).id if self.proxy.rowCount() == 1 else None

    def select_ids(self, ids: set[int]) -> None:
        self.table.clearSelection()
        for r in range(self.proxy.rowCount()):
            if self.proxy.record_at(r).id in ids:
                self.table.selectRow(r) if len(ids) == 1 else self.table.selectionModel().select(
                    self.proxy.index(r, 0), self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows)

    # --- actions ---------------------------------------------------------------------------
    def on_enter(self) -> None:
        """Enter in the search (a scanner ends every card with it): open the one person shown."""
        self.apply_filter()
        if self.proxy.rowCount() == 0 and self.search.text().strip():
            # An old card of a merged duplicate is not in the roster; the search service follows it.
            found = people.search(self.search.text(), limit=2, include_archived=True)
            if len(found) == 1:
                self.open_person(found[0].id)
            return
        if self.proxy.rowCount() == 1:
            self.open_person(self.proxy.record_at(0).id)
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def open_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.open_person(pid)

    def open_person(self, person_id: int) -> None:
        page = PersonPage(self.ctx, person_id, self)
        page.changed.connect(lambda _pid: self.refresh())
        page.exec()
        self.focus_first()

    def add_person(self) -> None:
        dialog = PersonDialog(self.ctx.operator, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.search.clear()
            self.refresh()
            self.select_ids({dialog.person_id})

    def edit_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        row = roster.roster_row(pid)
        if row is None or row.anonymised:
            return
        if PersonDialog(self.ctx.operator, pid, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def assign_grid(self) -> None:
        ids = self.selected_ids()
        if not ids:
            dialogs.inform(self, self.tr("Assign to grid"), self.tr("Select people in the list first."))
            return
        rows = grids.list_grids()
        names = [r.name for r in rows] + [self.tr("(no grid)")]
        name, ok = QInputDialog.getItem(self, self.tr("Assign to grid"),
                                        self.tr("Grid for the {0} selected:").format(len(ids)), names, 0, False)
        if not ok:
            return
        grid_id = next((r.id for r in rows if r.name == name), None)
        if run_op(self, grids.assign_members, ids, grid_id, self.ctx.operator) is None:
            return
        self.refresh()

    def _card_ids(self) -> list[int]:
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() else [])
        if not ids:
            dialogs.inform(self, self.tr("Member cards"), self.tr("Select the people whose cards to print."))
        return ids

    def print_selected_cards(self) -> None:
        ids = self._card_ids()
        if ids:
            print_cards(self, self.ctx, ids)

    def save_selected_cards_pdf(self) -> None:
        ids = self._card_ids()
        if ids:
            save_cards_pdf(self, self.ctx, ids)

    def screenshot_states(self) -> list:
        """For tools/screenshots.py: the roster narrowed by a pinyin search."""
        return [("search", lambda: (self.search.setText("zy"), self.apply_filter()))]

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.exec()
        if dialog.merged:
            self.refresh()

    def show_grids(self) -> None:
        dialog = GridsDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self.grid.blockSignals(True)
            current = self.grid.currentData()
            self.grid.clear()
            self.grid.addItem(self.tr("All grids"), None)
            for g in grids.list_grids():
                self.grid.addItem(g.name, g.id)
            self.grid.addItem(self.tr("No grid"), NO_GRID)
            self.grid.setCurrentIndex(max(0, self.grid.findData(current)))
            self.grid.blockSignals(False)
            self.refresh()

    def choose_import_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import people"), str(Path.home()),
                                              self.tr("Excel or CSV (*.xlsx *.xlsm *.csv);;All files (*)"))
        return path

    def import_file(self) -> None:
        # Said before the file and the column mapping, not after them.
        if run_op(self, require, self.ctx.operator, "person.import") is None:
            return
        path = self.choose_import_file()
        if not path:
            return
        dialog = ImportDialog(self.ctx, path, self)
        if not dialog.load():
            return
        dialog.exec()
        if dialog.report is not None:
            self.refresh()

    def choose_export_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster"),
                                              str(Path.home() / self.tr("roster.xlsx")),  # not the program's folder
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def export_dialog(self, shown: int) -> ExportDialog:
        """What the export will hold, said before the file is chosen: N of M, and which filters limit it."""
        everyone = RosterFilter(archived=self.archived.currentData())  # "of how many": the same archived choice
        total = sum(1 for r in self.model.rows() if everyone.accepts(r))
        filters = [combo.currentText() for combo in (self.kind, self.platform, self.grid, self.team)
                   if combo.currentData() is not None]
        return ExportDialog(shown, total, filters, self.search.text().strip(),
                            may(self.ctx, "person.export_unmasked"), self)

    def export_file(self) -> None:
        # Said before the questions and the file, not after them.
        if run_op(self, require, self.ctx.operator, "person.export") is None:
            return
        self.apply_filter()  # a search typed a moment ago (still debouncing) counts
        rows = [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]
        mask = self.export_dialog(len(rows)).ask()
        if mask is None:
            return
        path = self.choose_export_file()
        if not path:
            return
        written = run_op(self, export_roster, rows, path, self.ctx.operator, mask_phones=mask)
        if written is None:
            return
        dialogs.inform(self, self.tr("Export the roster"),
                       self.tr("{0} people written to {1}.").format(len(rows), str(written)))
