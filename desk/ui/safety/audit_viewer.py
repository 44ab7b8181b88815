"""Desk → Audit log… (administrators): every create, change and void, who did it and when.

Filters (operator, days, kind, person) narrow the list at once; the newest rows come first,
``audit_log.PAGE`` at a time, and "More" fetches the older ones. Choosing a row shows what
changed, field by field, before and after side by side. "Export…" writes the filtered rows to
an Excel workbook (formula-safe text). There is no way here to edit or delete a row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.services.safety import audit_log
from desk.services.safety.audit_log import AuditFilter, AuditRow, Change
from desk.ui.context import DeskContext
from desk.ui.errors import show_error
from desk.ui.safety.audit_fields import Names, action_name, entity_name, field_name, kind_name, summary, value_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import Column, RecordTableModel


class AuditTableModel(RecordTableModel[AuditRow]):
    def __init__(self, names: Names, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Time"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), sort_key=lambda r: r.id),
                Column(self.tr("Operator"), lambda r: r.operator_name),
                Column(self.tr("What"), lambda r: action_name(r.action), tooltip=lambda r: r.action),
                Column(self.tr("Record"), lambda r: f"{entity_name(r.entity)} #{r.entity_id}" if r.entity_id is not None
                       else entity_name(r.entity)),
                Column(self.tr("Person"), lambda r: r.person_name if r.person_id is not None else ""),
                Column(self.tr("Changes"), lambda r: summary(r, names)),
            ],
            parent,
        )


class ChangeTableModel(RecordTableModel[Change]):
    def __init__(self, names: Names, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Field"), lambda c: field_name(c.field), tooltip=lambda c: c.field),
                Column(self.tr("Before"), lambda c: value_text(c.field, c.before, names)),
                Column(self.tr("After"), lambda c: value_text(c.field, c.after, names)),
            ],
            parent,
        )
        self.edited = False  # the row changed a record (not made a new one): every line is a change

    def show_row(self, row: AuditRow | None) -> None:
        self.edited = bool(row and row.before and row.after)
        self.set_rows(row.changes() if row else [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 2 and self.edited:
            return QColor("#fff3c4")  # the new value of a changed field stands out
        return super().data(index, role)


class PersonPickDialog(QDialog):
    """Choose whose records to show (archived and erased people too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records of one person"))
        self.chosen: int | None = None
        self.search = PersonSearch(self, include_archived=True)
        self.search.person_activated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(lambda: self._chosen(self.search.current_person_id()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.search.focus_search()

    def _chosen(self, person_id: int | None) -> None:
        if person_id is not None:
            self.chosen = person_id
            self.accept()


def ask_person(parent: QWidget | None) -> int | None:
    dialog = PersonPickDialog(parent)
    return dialog.chosen if dialog.exec() else None


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AuditViewer", "Export the audit log"), suggested, "Excel (*.xlsx)"
    )
    return path


class AuditViewer(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.person_id: int | None = None
        self.person_name = ""

        self.operator = QComboBox(self)
        self.operator.setObjectName("auditOperator")
        self.operator.addItem(self.tr("everyone"), None)
        for op_id, name in audit_log.operators():
            self.operator.addItem(name, op_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("everything"), "")
        for code, label in audit_log.kinds():
            self.kind.addItem(kind_name(label), code)
        today = QDate.currentDate()
        self.all_days = QCheckBox(self.tr("all days"), self)
        self.since = QDateEdit(today.addDays(-30), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.person_label = QLabel(self.tr("everyone"), self)
        self.person_label.setObjectName("auditPerson")
        self.person_button = QPushButton(self.tr("Choose…"), self)
        self.person_clear = QPushButton(self.tr("Anyone"), self)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Operator:"), self), 0, 0)
        filters.addWidget(self.operator, 0, 1)
        filters.addWidget(QLabel(self.tr("Kind:"), self), 0, 2)
        filters.addWidget(self.kind, 0, 3)
        filters.addWidget(QLabel(self.tr("Person:"), self), 0, 4)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_label, 1)
        person_row.addWidget(self.person_button)
        person_row.addWidget(self.person_clear)
        filters.addLayout(person_row, 0, 5)
        filters.addWidget(QLabel(self.tr("From:"), self), 1, 0)
        filters.addWidget(self.since, 1, 1)
        filters.addWidget(QLabel(self.tr("to:"), self), 1, 2)
        filters.addWidget(self.until, 1, 3)
        filters.addWidget(self.all_days, 1, 4)
        filters.setColumnStretch(5, 1)

        self.names = Names()
        self.model = AuditTableModel(self.names, self)
        self.table = record_table(self.model, self, name="auditTable", stretch=5)
        # The log grows to thousands of rows with "More": fixed widths, never measured row by row.
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 90, 170, 130, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.changes = ChangeTableModel(self.names, self)
        self.change_table = record_table(self.changes, self, name="auditChanges", stretch=None)
        # Before and after side by side, the same width each: the eye compares them line by line.
        change_header = self.change_table.horizontalHeader()
        change_header.setStretchLastSection(False)
        for column in (1, 2):
            change_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setWordWrap(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.change_table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.shown = QLabel(self)
        self.shown.setObjectName("auditShown")
        self.more_button = QPushButton(self.tr("More (older)"), self)
        self.more_button.setObjectName("auditMore")
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.shown, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.operator.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self._dates_changed(self.since))
        self.until.dateChanged.connect(lambda _d: self._dates_changed(self.until))
        self.all_days.toggled.connect(self._on_all_days)
        self.person_button.clicked.connect(self.choose_person)
        self.person_clear.clicked.connect(lambda: self.set_person(None))
        self.more_button.clicked.connect(self.more)
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.resize(1180, 700)
        self._total = 0
        self.reload()

    # --- filter ---------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        since = until = None
        if not self.all_days.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
        return AuditFilter(operator_id=self.operator.currentData(), since=since, until=until,
                           kind=self.kind.currentData() or "", person_id=self.person_id)

    def _dates_changed(self, moved: QDateEdit) -> None:
        # A first day after the last one moves the other end along, instead of an error box.
        if self.since.date() > self.until.date():
            other = self.until if moved is self.since else self.since
            other.blockSignals(True)
            other.setDate(moved.date())
            other.blockSignals(False)
        self.reload()

    def _on_all_days(self, checked: bool) -> None:
        self.since.setEnabled(not checked)
        self.until.setEnabled(not checked)
        self.reload()

    def set_person(self, person_id: int | None, name: str = "") -> None:
        self.person_id = person_id
        self.person_label.setText(f"{name} #{person_id}" if person_id is not None else self.tr("everyone"))
        self.reload()

    def choose_person(self) -> None:
        person_id = ask_person(self)
        if person_id is not None:
            from desk.services.people import records as people

            self.set_person(person_id, people.get_person(person_id).name)

    # --- rows -----------------------------------------------------------------------------
    def reload(self) -> None:
        flt = self.current_filter()
        try:
            page = audit_log.page(flt, self.ctx.operator)
            self._total = audit_log.count(flt, self.ctx.operator)
        except DeskError as exc:
            show_error(self, exc)
            self.model.set_rows([])
            self._total = 0
            self._after_load(False)
            return
        self.names.learn(page.rows)
        self.model.set_rows(page.rows)
        if page.rows:
            self.table.selectRow(0)
        self._after_load(page.more)

    def more(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        page = run_op(self, audit_log.page, self.current_filter(), self.ctx.operator, rows[-1].id)
        if page is None:
            return
        self.names.learn(page.rows)
        self.model.set_rows(rows + page.rows)
        self.table.scrollTo(self.model.index(len(rows), 0))
        self._after_load(page.more)

    def _after_load(self, more: bool) -> None:
        self.more_button.setEnabled(more)
        self.shown.setText(self.tr("Showing {0} of {1} rows, newest first.").format(self.model.rowCount(), self._total))
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.changes.show_row(None)
            self.detail.clear()
            return
        row = self.model.row_record(index.row())
        self.changes.show_row(row)
        record = f"{entity_name(row.entity)} #{row.entity_id}" if row.entity_id is not None else entity_name(row.entity)
        self.detail.setText(self.tr("{0} · {1} · {2} · {3}").format(
            row.at.strftime("%Y-%m-%d %H:%M:%S"), row.operator_name or "?", action_name(row.action), record))

    # --- export ---------------------------------------------------------------------------
    def export(self) -> None:
        suggested = str(self.ctx.data_dir / f"audit-{dt.date.today():%Y%m%d}.xlsx")
        path = ask_save_path(self, suggested)
        if not path:
            return
        result = run_op(self, audit_log.export_xlsx, self.current_filter(), path, self.ctx.operator,
                        QCoreApplication.translate)
        if result is None:
            return
        text = self.tr("{0} rows written to {1}.").format(result.rows, result.path)
        if result.truncated:
            text += "\n" + self.tr("Only the newest {0} rows fit in one export: narrow the filter for older ones.").format(
                audit_log.EXPORT_LIMIT)
        dialogs.inform(self, self.tr("Audit log exported"), text)
