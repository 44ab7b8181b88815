"""The events list: upcoming or past events with their registered, attended and walk-in counts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import events
from desk.ui.events.models import EventTableModel
from desk.ui.widgets.keys import widget_key
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import RecordSortProxy

LIST_LIMIT = 500  # past events shown; years of them stay in the database and the figures


class EventListPage(QWidget):
    opened = Signal(int)  # an event chosen (Enter / double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = QComboBox(self)
        self.when.setObjectName("eventsWhen")
        self.when.addItem(self.tr("Upcoming and today"), events.UPCOMING)
        self.when.addItem(self.tr("Past"), events.PAST)
        self.when.addItem(self.tr("All"), events.ALL)
        self.find = QLineEdit(self)
        self.find.setObjectName("eventsFind")
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(self.tr("Find an event by title, place, kind or partner unit"))
        self.new_button = QPushButton(self.tr("New event… (Ctrl+N)"), self)
        self.new_button.setObjectName("newEventButton")
        self.copy_button = QPushButton(self.tr("Copy as a new event…"), self)
        self.open_button = QPushButton(self.tr("Open (Enter)"), self)
        self.model = EventTableModel(self)
        self.proxy = RecordSortProxy(self.model, self)
        self.view = record_table(self.proxy, self, name="eventsTable", stretch=1, sortable=True)
        bar = QHBoxLayout()
        bar.addWidget(self.when)
        bar.addWidget(self.find, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.when.currentIndexChanged.connect(lambda _i: self.refresh())
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.find.returnPressed.connect(self._open_found)
        self.view.doubleClicked.connect(lambda index: self.opened.emit(self.proxy.record_at(index.row()).id))
        self.open_button.clicked.connect(self.open_current)
        widget_key(self.view, "Return", self.open_current)
        widget_key(self.view, "Enter", self.open_current)

    def refresh(self) -> None:
        chosen = self.current_id()
        self.model.set_rows(events.list_events(self.when.currentData(), limit=LIST_LIMIT))
        self.view.sortByColumn(-1, self.view.horizontalHeader().sortIndicatorOrder())
        self.proxy.sort(-1)  # the service's order: soonest upcoming first, latest past first
        self.select(chosen)

    def select(self, event_id: int | None) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.record_at(r).id == event_id:
                self.view.selectRow(r)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.proxy.record_at(index.row()).id if index.isValid() else None

    def open_current(self) -> None:
        event_id = self.current_id()
        if event_id is not None:
            self.opened.emit(event_id)

    def _open_found(self) -> None:
        if self.proxy.rowCount() >= 1:
            self.view.selectRow(0)
            self.open_current()

    def focus_first(self) -> None:
        self.view.setFocus()
