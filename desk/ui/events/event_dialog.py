"""Set up, change or copy an event: title, kind, times, place, organiser, partner units,
capacity, points for attending, description."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services import events
from desk.services.common import units
from desk.ui.errors import term
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.spin_guard import SpinGuard


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def next_slot(now: dt.datetime | None = None) -> dt.datetime:
    """Tomorrow at 14:00: when most talks and workshops at the station begin."""
    now = now or dt.datetime.now()
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(14, 0))


class EventDialog(QDialog):
    """``event_id`` edits that event; ``template`` (with ``copied_from``) starts from a copied one."""

    def __init__(self, operator: Operator, event_id: int | None = None, parent: QWidget | None = None, *,
                 template: events.EventInput | None = None, copied_from: int | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.event_id = event_id
        self.copied_from = copied_from
        if event_id:
            self.setWindowTitle(self.tr("Change event"))
        elif copied_from:
            self.setWindowTitle(self.tr("New event (copied)"))
        else:
            self.setWindowTitle(self.tr("New event"))
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.title.setMaxLength(events.events.TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. 反诈宣传讲座"))
        self.category = QComboBox(self)
        self.category.setObjectName("eventCategory")
        for code, label in events.CATEGORIES.items():
            self.category.addItem(term(label), code)
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.starts.setObjectName("eventStarts")
        self.ends.setObjectName("eventEnds")
        self.place = QLineEdit(events.DEFAULT_PLACE, self)
        self.place.setMaxLength(events.events.PLACE_MAX)
        self.organiser = QLineEdit(self)
        self.organiser.setMaxLength(events.events.ORGANISER_MAX)
        self.organiser.setPlaceholderText(self.tr("e.g. 筑业花园社区党委"))
        self.units = QListWidget(self)
        self.units.setObjectName("eventUnits")
        self.units.setMaximumHeight(110)
        self.add_unit_button = QPushButton(self.tr("New partner unit…"), self)
        self.add_unit_button.setVisible(may(operator, "unit.manage"))
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("eventCapacity")
        self.capacity.setRange(0, events.events.CAPACITY_MAX)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setSuffix(self.tr(" people"))
        rule = events.point_rule()
        self.points = QSpinBox(self)
        self.points.setObjectName("eventPoints")
        self.points.setRange(0, rule.max_points if rule is not None else 0)
        self.points.setSpecialValueText(self.tr("no points"))
        self.points.setValue(events.default_points())
        self.points_hint = QLabel(self)
        if rule is not None and rule.retired_at is None:
            self.points_hint.setText(self.tr("rule “{0}”: {1} to {2}, usually {3}").format(
                rule.name, rule.min_points, rule.max_points, rule.default_points))
        self.guards = [SpinGuard(self.capacity), SpinGuard(self.points)]
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("eventDescription")
        self.description.setPlaceholderText(self.tr("What happens, who it is for, what to bring"))
        self.description.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Kind"), self.category)
        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(QLabel(self.tr("to"), self))
        when.addWidget(self.ends)
        when.addStretch(1)
        form.addRow(self.tr("&When"), when)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Organiser"), self.organiser)
        unit_row = QVBoxLayout()
        unit_row.addWidget(self.units)
        unit_row.addWidget(self.add_unit_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Partner &units"), unit_row)
        form.addRow(self.tr("&Capacity"), self.capacity)
        points_row = QHBoxLayout()
        points_row.addWidget(self.points)
        points_row.addWidget(self.points_hint, 1)
        form.addRow(self.tr("Points for &attending"), points_row)
        form.addRow(self.tr("&Description"), self.description)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

        self._length = dt.timedelta(hours=2)
        self.starts.dateTimeChanged.connect(self._start_moved)
        self.ends.dateTimeChanged.connect(self._end_moved)
        self.add_unit_button.clicked.connect(self.new_unit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        data = template or (events.event_input(event_id) if event_id else None)
        self._fill_units(data.unit_ids if data else [])
        if data is not None:
            self._load(data)
        else:
            start = next_slot()
            self.starts.setDateTime(_qdt(start))
            self.ends.setDateTime(_qdt(start + self._length))
        self.title.setFocus()

    # --- filling ---------------------------------------------------------------------------
    def _fill_units(self, chosen: list[int]) -> None:
        self.units.clear()
        shown = {u.id: u for u in units.units()}
        for unit_id in chosen:  # a retired unit still shows on an event it helped run
            if unit_id not in shown:
                shown[unit_id] = units.get_unit(unit_id)
        for unit in sorted(shown.values(), key=lambda u: u.name):
            item = QListWidgetItem(unit.name, self.units)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.id in chosen else Qt.CheckState.Unchecked)

    def _load(self, data: events.EventInput) -> None:
        self.title.setText(data.title)
        self.category.setCurrentIndex(max(0, self.category.findData(data.category)))
        self._length = data.ends_at - data.starts_at
        self.starts.setDateTime(_qdt(data.starts_at))
        self.ends.setDateTime(_qdt(data.ends_at))
        self.place.setText(data.place)
        self.organiser.setText(data.organiser)
        self.capacity.setValue(data.capacity or 0)
        if data.points is not None:
            self.points.setMaximum(max(self.points.maximum(), data.points))
            self.points.setValue(data.points)
        self.description.setPlainText(data.description)

    def _start_moved(self, value: QDateTime) -> None:
        # Moving the start keeps the event's length, as a volunteer expects.
        start = value.toPython()
        self.ends.blockSignals(True)
        self.ends.setDateTime(_qdt(start + self._length))
        self.ends.blockSignals(False)

    def _end_moved(self, value: QDateTime) -> None:
        length = value.toPython() - self.starts.dateTime().toPython()
        if length > dt.timedelta(0):
            self._length = length

    def chosen_units(self) -> list[int]:
        return [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                if self.units.item(i).checkState() == Qt.CheckState.Checked]

    def data(self) -> events.EventInput:
        return events.EventInput(
            title=self.title.text(),
            category=self.category.currentData(),
            starts_at=self.starts.dateTime().toPython().replace(second=0, microsecond=0),
            ends_at=self.ends.dateTime().toPython().replace(second=0, microsecond=0),
            place=self.place.text(),
            organiser=self.organiser.text(),
            unit_ids=self.chosen_units(),
            capacity=self.capacity.value() or None,
            points=self.points.value(),
            description=self.description.toPlainText(),
        )

    # --- actions ---------------------------------------------------------------------------
    def new_unit(self) -> None:
        name = dialogs.ask_text(self, self.tr("New partner unit"), self.tr("Name of the unit (e.g. 筑业物业):"))
        if not name:
            return
        unit = run_op(self, units.add_unit, units.UnitInput(name=name), self.operator)
        if unit is not None:
            self._fill_units(self.chosen_units() + [unit.id])

    def save(self) -> None:
        if any([guard.refused() for guard in self.guards]):
            dialogs.inform(self, self.windowTitle(), self.tr(
                "A number was out of range; the box now shows what was kept. Check it, then save."))
            return
        if self.event_id:
            done = run_op(self, events.update_event, self.event_id, self.data(), self.operator)
        else:
            done = run_op(self, events.create_event, self.data(), self.operator, copied_from=self.copied_from)
        if done is None:
            return
        self.event_id = done.id
        self.accept()
