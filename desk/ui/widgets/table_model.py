"""The base of every table of records: a QAbstractTableModel over a list of row objects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

T = TypeVar("T")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a sortable value (numbers and datetimes, not their text)


@dataclass
class Column(Generic[T]):
    """One column: its (already translated) title and how to show and sort a row."""

    title: str
    display: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None


NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are plain objects (dataclasses or models); subclasses build ``columns`` with self.tr().

    ``muted(row)`` greys and strikes out a row (a voided record stays visible in history).
    """

    def __init__(self, columns: Sequence[Column[T]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    # --- data -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_record(self, row: int) -> T:
        return self._rows[row]

    def muted(self, record: T) -> bool:  # noqa: ARG002 (hook for subclasses)
        return False

    # --- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(record)
            return "" if value is None else str(value) if not isinstance(value, (int, float)) else value
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.display(record)
            return "" if key is None else key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if self.muted(record):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9a9a9a")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return None


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters on the text of every column (case-insensitive)."""

    def __init__(self, source: RecordTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def record_at(self, proxy_row: int):
        return self.sourceModel().row_record(self.mapToSource(self.index(proxy_row, 0)).row())
