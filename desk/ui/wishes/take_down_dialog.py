"""Take down a rider's wish at the desk: the rider (search or scan their card), what, category,
value, a date wished by. The wish then waits for staff to review it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.people import records as people
from desk.services.wishes import board, categories, rules
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.spin_guard import SpinGuard


class TakeDownDialog(QDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None, person_id: int | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.person_id: int | None = None
        self.done_result: board.WishDone | None = None
        self.setWindowTitle(self.tr("Take down a micro-wish"))
        self.resize(640, 560)
        self.search = PersonSearch(self, limit=8)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        self.chosen = QLabel(self)
        self.chosen.setObjectName("wishRiderChosen")
        self.what = QLineEdit(self)
        self.what.setObjectName("wishWhat")
        self.what.setMaxLength(rules.WHAT_MAX)
        self.what.setPlaceholderText(self.tr("e.g. a pair of rain boots, size 42"))
        self.category = QComboBox(self)
        self.category.setObjectName("wishCategory")
        for c in categories.categories():
            self.category.addItem(c.name, c.id)
        self.value = QSpinBox(self)
        self.value.setObjectName("wishValue")
        self.value.setRange(-1, rules.VALUE_MAX)
        self.value.setValue(-1)
        self.value.setSpecialValueText(self.tr("not known"))  # shown at -1: the value is optional
        self.value.setSuffix(self.tr(" yuan"))
        self.value_guard = SpinGuard(self.value)
        self.has_date = QCheckBox(self.tr("Wished by"), self)
        self.wanted_by = QDateEdit(self)
        self.wanted_by.setObjectName("wishWantedBy")
        self.wanted_by.setCalendarPopup(True)
        self.wanted_by.setDisplayFormat("yyyy-MM-dd")
        self.wanted_by.setMinimumDate(QDate.currentDate())
        self.wanted_by.setDate(QDate.currentDate().addDays(30))
        self.wanted_by.setEnabled(False)
        self.courtesy = QComboBox(self)
        self.courtesy.setObjectName("wishCourtesy")
        self.courtesy.addItem(self.tr("师傅 (Mr./Master)"), "shifu")
        self.courtesy.addItem(self.tr("女士 (Ms.)"), "nvshi")
        self.note = QLineEdit(self)
        self.note.setObjectName("wishNote")
        self.note.setMaxLength(rules.TEXT_MAX)
        self.note.setPlaceholderText(self.tr("For the desk only (optional)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.ok_button = QPushButton(self.tr("Take down (Ctrl+Enter)"), self)
        self.ok_button.setObjectName("wishTakeDownOk")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.ok_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter belongs to the search (choose the rider)

        form = QFormLayout()
        form.addRow(self.tr("Rider"), self.chosen)
        form.addRow(self.tr("Wishes for"), self.what)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Estimated value"), self.value)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.wanted_by)
        date_row.addStretch(1)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("On the wall sheet as"), self.courtesy)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        step_one = self.tr("<b>1.</b> Find the rider (phone last 4 digits, name, pinyin, or scan the card), then Enter")
        layout.addWidget(QLabel(step_one, self))
        layout.addWidget(self.search, 1)
        layout.addWidget(QLabel(self.tr("<b>2.</b> The wish"), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.search.person_activated.connect(self.choose)
        self.has_date.toggled.connect(self.wanted_by.setEnabled)
        self.what.returnPressed.connect(lambda: self.category.setFocus())
        self.ok_button.clicked.connect(self.take_down)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.take_down)
        self._show_chosen()
        if person_id is not None:
            self.choose(person_id)
        else:
            self.search.focus_search()

    def choose(self, person_id: int) -> None:
        self.person_id = person_id
        self._show_chosen()
        self.what.setFocus()

    def _show_chosen(self) -> None:
        if self.person_id is None:
            self.chosen.setText(self.tr("(nobody chosen yet)"))
            return
        person = people.get_person(self.person_id)
        tail = f" · {person.phone[-4:]}" if person.phone else ""
        self.chosen.setText(f"<b>{person.name}</b>{tail}")

    def set_wanted_by(self, day: dt.date | None) -> None:
        self.has_date.setChecked(day is not None)
        if day is not None:
            self.wanted_by.setDate(QDate(day.year, day.month, day.day))

    def data(self) -> board.WishInput | None:
        if self.person_id is None:
            self.message.setText(self.tr("Choose the rider first: type in the search, then Enter."))
            self.search.focus_search()
            return None
        if self.value_guard.refused():
            self.message.setText(
                self.tr("The value typed was not accepted (0 to {0} yuan); check it.").format(rules.VALUE_MAX))
            return None
        wanted = self.wanted_by.date().toPython() if self.has_date.isChecked() else None
        return board.WishInput(
            rider_id=self.person_id, what=self.what.text(), category_id=self.category.currentData(),
            value_yuan=None if self.value.value() < 0 else self.value.value(), wanted_by=wanted,
            courtesy=self.courtesy.currentData(), note=self.note.text(),
        )

    def take_down(self) -> None:
        data = self.data()
        if data is None:
            return
        result = run_op(self, board.take_down, data, self.operator)
        if result is not None:
            self.done_result = result
            self.accept()
