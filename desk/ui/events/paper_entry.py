"""Type a paper daily visitor sheet back in: a date, then one grid row per row of the paper.

Each row is checked as it is typed (who it is, or why it is not one person); "Check in all"
writes every row in one service call, or none: a refused sheet keeps everything typed and
marks the rows to fix in red.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTime
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.models import Operator
from desk.services.checkin import paper_sheet as paper
from desk.services.common import catalogs
from desk.services.people import records as people
from desk.ui.errors import message_of, show_error, term
from desk.ui.widgets import dialogs

START_ROWS = 20
ANON_KINDS = ("rider", "courier", "ride_hailing", "other")  # 骑手 / 快递 / 司机 / 其他, as on the paper


@dataclass
class EntryRow:
    who: str = ""
    time: str = ""
    services: set[int] = field(default_factory=set)
    anon_kind: str = ""
    check: paper.RowCheck | None = None

    def as_paper(self) -> paper.PaperRow:
        return paper.PaperRow(self.who, self.time, tuple(sorted(self.services)), self.anon_kind)


class PaperEntryModel(QAbstractTableModel):
    """Columns: No. · who · time · one tick per service · kind (no name) · what the desk found."""

    WHO, TIME = 1, 2

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = list(services)
        self.rows = [EntryRow() for _ in range(START_ROWS)]
        self.first_service = 3
        self.kind_col = self.first_service + len(self.services)
        self.status_col = self.kind_col + 1
        self.headers = [self.tr("No."), self.tr("Name or phone's last 4"), self.tr("Time")] + \
            [s.name for s in self.services] + [self.tr("Kind (no name)"), self.tr("Found")]

    # --- reading ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.status_col + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if col in (self.WHO, self.TIME, self.kind_col):
            return base | Qt.ItemFlag.ItemIsEditable
        if self.first_service <= col < self.kind_col:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if self.first_service <= col < self.kind_col:
            if role == Qt.ItemDataRole.CheckStateRole:
                sid = self.services[col - self.first_service].id
                return Qt.CheckState.Checked if sid in row.services else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return index.row() + 1
            if col == self.WHO:
                return row.who
            if col == self.TIME:
                return row.time
            if col == self.kind_col:
                return term(people.KINDS[row.anon_kind]) if row.anon_kind and role == Qt.ItemDataRole.DisplayRole \
                    else row.anon_kind
            if col == self.status_col:
                return self.status_text(row.check)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.status_col and row.check is not None:
            return QColor("#b00020") if row.check.problem else QColor("#1b5e20")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.status_col:
            return self.status_text(row.check)
        return None

    def status_text(self, check: paper.RowCheck | None) -> str:
        if check is None or check.blank:
            return ""
        if check.ok:
            who = check.name if check.person_id else \
                self.tr("anonymous {0}").format(term(people.KINDS[check.anon_kind]))
            return self.tr("✔ {0} at {1}").format(who, check.at.strftime("%H:%M"))
        d = check.detail
        texts = {
            paper.NO_WHO: lambda: self.tr("✘ Write the name or the phone's last 4 digits, or choose a kind."),
            paper.NO_MATCH: lambda: self.tr("✘ Nobody in the roster matches {0}: check it, or register the person "
                                            "on the check-in tab first.").format(d[0]),
            paper.MANY: lambda: self.tr("✘ {1} people match {0} ({2}): add the phone's last 4 digits, "
                                        "e.g. “{0} 5678”.").format(d[0], d[1], "、".join(d[2:])),
            paper.CLOSED: lambda: self.tr("✘ {0}'s record is closed.").format(*d),
            paper.BAD_TIME: lambda: self.tr("✘ {0} is not a time: write e.g. 14:05.").format(*d),
            paper.FUTURE_TIME: lambda: self.tr("✘ {0} is later than now.").format(*d),
            paper.BAD_SERVICE: lambda: self.tr("✘ A ticked service is no longer offered."),
            paper.BAD_KIND: lambda: self.tr("✘ Unknown kind."),
            paper.DUPLICATE: lambda: self.tr(
                "✘ The same person as row {0}, within ten minutes: typed twice?").format(*d),
            paper.ALREADY: lambda: self.tr(
                "✘ Already checked in at {0} that day: was this sheet entered before?").format(*d),
        }
        return texts.get(check.problem, lambda: check.problem)()

    # --- writing ---------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, col = self.rows[index.row()], index.column()
        if self.first_service <= col < self.kind_col and role == Qt.ItemDataRole.CheckStateRole:
            sid = self.services[col - self.first_service].id
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                row.services.add(sid)
            else:
                row.services.discard(sid)
        elif role == Qt.ItemDataRole.EditRole and col == self.WHO:
            row.who = str(value or "").strip()
        elif role == Qt.ItemDataRole.EditRole and col == self.TIME:
            row.time = str(value or "").strip()
        elif role == Qt.ItemDataRole.EditRole and col == self.kind_col:
            row.anon_kind = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index)
        if index.row() == len(self.rows) - 1 and not row.as_paper().blank:
            self.add_rows(5)  # the grid grows as the sheet is typed
        return True

    def set_row(self, number: int, who: str = "", time: str = "", service_ids=(), anon_kind: str = "") -> None:
        """Fill row ``number`` (0-based) at once, as a volunteer would cell by cell."""
        while number >= len(self.rows):
            self.add_rows(5)
        self.rows[number] = EntryRow(who, time, set(service_ids), anon_kind)
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.status_col))

    def add_rows(self, n: int) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + n - 1)
        self.rows.extend(EntryRow() for _ in range(n))
        self.endInsertRows()

    def paper_rows(self) -> list[paper.PaperRow]:
        return [r.as_paper() for r in self.rows]

    def show_checks(self, checks) -> None:
        for check in checks:
            self.rows[check.index].check = check
        self.dataChanged.emit(self.index(0, self.status_col), self.index(len(self.rows) - 1, self.status_col))


class KindDelegate(QStyledItemDelegate):
    """The kind of an anonymous visitor, as the paper's tick boxes have them."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem("", "")
        for code in ANON_KINDS:
            combo.addItem(term(people.KINDS[code]), code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PaperSheetDialog(QDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.result_: paper.PaperSheetResult | None = None
        self.setWindowTitle(self.tr("Type in a paper visitor sheet"))
        self.day = QDateEdit(QDate.currentDate().addDays(-1), self)
        self.day.setObjectName("paperDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.default_time = QTimeEdit(QTime(12, 0), self)
        self.default_time.setDisplayFormat("HH:mm")
        self.model = PaperEntryModel(catalogs.services(), self)
        self.table = QTableView(self)
        self.table.setObjectName("paperRows")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(self.model.kind_col, KindDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for col in range(self.model.columnCount() - 1):  # every heading readable; "found" takes the rest
            self.table.setColumnWidth(col, max(44, metrics.horizontalAdvance(self.model.headers[col]) + 18))
        self.table.setColumnWidth(self.model.WHO, 150)
        self.message = QLabel(self)
        self.message.setObjectName("paperMessage")
        self.message.setWordWrap(True)
        self.problems = QLabel(self)  # every row to fix, in full: the grid's last column is narrow
        self.problems.setObjectName("paperProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.enter_button = QPushButton(self.tr("Check in all (Ctrl+Enter)"), self)
        self.enter_button.setObjectName("paperEnter")
        more = QPushButton(self.tr("More rows"), self)
        cancel = QPushButton(self.tr("Close"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Date on the sheet"), self.day)
        form.addRow(self.tr("Time for rows without one"), self.default_time)
        info = QLabel(self.tr(
            "One row per line of the paper: the name, or the phone's last 4 digits (or both: 张伟 5678), "
            "the time, and a tick for each service. No ticks: the usual services. Each row says whom it "
            "found; rows in red need fixing. Nothing is saved until Check in all."), self)
        info.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(more)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.enter_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(1240, 700)

        self.model.dataChanged.connect(self._edited)
        self.day.dateChanged.connect(lambda _d: self.check())
        self.default_time.timeChanged.connect(lambda _t: self.check())
        more.clicked.connect(lambda: self.model.add_rows(10))
        cancel.clicked.connect(self.reject)
        self.enter_button.clicked.connect(self.enter)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.enter)
        self.table.setCurrentIndex(self.model.index(0, self.model.WHO))
        self.table.setFocus()

    def _edited(self, top_left, bottom_right) -> None:
        if top_left.column() != self.model.status_col or bottom_right.column() != self.model.status_col:
            self.check()

    def chosen_day(self) -> dt.date:
        return self.day.date().toPython()

    def check(self) -> list[paper.RowCheck]:
        """Resolve every row now, so each says whom it found before anything is saved."""
        try:
            checks = paper.check_sheet(self.chosen_day(), self.model.paper_rows(),
                                       default_time=self.default_time.time().toPython())
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return []
        self.model.show_checks(checks)
        self.show_problems(checks)
        bad = sum(1 for c in checks if c.problem)
        good = sum(1 for c in checks if c.ok)
        if bad:
            self.message.setText(self.tr("{0} rows ready, {1} to fix (in red).").format(good, bad))
        else:
            self.message.setText(self.tr("{0} rows ready.").format(good))
        return checks

    def show_problems(self, checks) -> None:
        lines = [self.tr("Row {0}: {1}").format(c.index + 1, self.model.status_text(c).lstrip("✘ "))
                 for c in checks if c.problem]
        self.problems.setText("\n".join(lines[:6] + (["…"] if len(lines) > 6 else [])))

    def enter(self) -> None:
        try:
            result = paper.enter_sheet(self.chosen_day(), self.model.paper_rows(), self.operator,
                                       default_time=self.default_time.time().toPython())
        except paper.SheetRowsRefused as exc:
            self.model.show_checks(exc.checks)
            self.show_problems(exc.checks)
            self.message.setText(message_of(exc))
            first = exc.problems[0].index
            self.table.setCurrentIndex(self.model.index(first, self.model.WHO))
            return
        except DeskError as exc:
            self.message.setText(message_of(exc))
            show_error(self, exc)
            return
        self.result_ = result
        dialogs.inform(self, self.windowTitle(), self.tr("{0} check-ins entered for {1} ({2} anonymous).").format(
            result.count, result.day.isoformat(), result.anonymous))
        self.accept()
