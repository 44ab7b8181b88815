"""The roster table: a model over RosterRow and a proxy that filters in memory.

All rows are loaded once (one query); typing in the search and changing a filter only
re-runs ``RosterFilter.accepts`` over rows already in memory, so the table stays quick at
10,000 people.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desk.services.common.masking import mask_phone
from desk.services.people import records as people
from desk.services.people.roster import RosterFilter, RosterRow
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel, SORT_ROLE

TICK = "✓"


def _day(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


class RosterModel(RecordTableModel[RosterRow]):
    COL_NAME, COL_PHONE, COL_KIND, COL_PLATFORM, COL_GRID, COL_TEAM, COL_PARTY = range(7)
    COL_FIRST, COL_LAST, COL_YEAR, COL_POINTS, COL_CARD = range(7, 12)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name, lambda r: r.pinyin_full or r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone), lambda r: r.phone or ""),
                Column(self.tr("Kind"), lambda r: term(people.kind_name(r.kind))),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Grid"), lambda r: r.grid_name, lambda r: (r.grid_id is None, r.grid_name)),
                Column(self.tr("Caring team"), lambda r: TICK if r.caring_team else "", lambda r: int(r.caring_team),
                       CENTER),
                Column(self.tr("Party member"), lambda r: TICK if r.party_member else "", lambda r: int(r.party_member),
                       CENTER),
                Column(self.tr("First visit"), lambda r: _day(r.first_visit), lambda r: r.first_visit or dt.datetime.min),
                Column(self.tr("Last visit"), lambda r: _day(r.last_visit), lambda r: r.last_visit or dt.datetime.min),
                Column(self.tr("Visits this year"), lambda r: r.visits_this_year, None, NUMBER),
                Column(self.tr("Points"), lambda r: r.points, None, NUMBER),
                Column(self.tr("Card"), lambda r: r.card_code),
            ],
            parent,
        )

    def muted(self, record: RosterRow) -> bool:
        return record.archived

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.sort_key or col.display
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(where[pid], c) for pid, c in kept])
        self.layoutChanged.emit()

    def replace_row(self, row: RosterRow) -> None:
        """Refresh one person after an edit without reloading everyone."""
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()


class RosterProxy(QSortFilterProxyModel):
    """Sorts on the model's sort keys; filters with a RosterFilter (kind, grid, text...)."""

    def __init__(self, source: RosterModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.roster_filter = RosterFilter()

    def set_filter(self, flt: RosterFilter) -> None:
        # pyproject allows PySide6 >= 6.6; beginFilterChange() only exists from 6.9 on.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.roster_filter = flt
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.roster_filter = flt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return self.roster_filter.accepts(self.sourceModel().row_record(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting 10,000 rows through Qt's comparator calls back into Python for every
        # comparison (about a second); sorting the list once by key takes a few milliseconds.
        self.sourceModel().sort(column, order)

    def record_at(self, proxy_row: int) -> RosterRow:
        return self.sourceModel().row_record(self.mapToSource(self.index(proxy_row, 0)).row())
