"""The two steps that need more than a reason: claim (who, by when) and fulfil (date, what, photos)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.common import units
from desk.services.people import records as people
from desk.services.wishes import board, rules
from desk.services.wishes.queries import WishCard
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.person_search import PersonSearch


def choose_photos(parent: QWidget | None) -> list[str]:
    """The file picker for photos of a wish (tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Wishes", "Photos of the fulfilled wish"), str(Path.home()),
        QCoreApplication.translate("Wishes", "Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"))
    return paths


def _date_edit(parent: QWidget, days_ahead: int) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate().addDays(days_ahead))
    return edit


class ClaimDialog(QDialog):
    """A person of the roster (search or scan) or a partner unit, and the day they promise."""

    def __init__(self, operator: Operator, card: WishCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.card = card
        self.result_done: board.WishDone | None = None
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Claim: {0}").format(card.what))
        self.resize(600, 520)
        self.as_unit = QRadioButton(self.tr("A partner unit"), self)
        self.as_person = QRadioButton(self.tr("A person of the roster"), self)
        group = QButtonGroup(self)
        group.addButton(self.as_unit)
        group.addButton(self.as_person)
        self.unit = QComboBox(self)
        self.unit.setObjectName("claimUnit")
        self.new_unit_button = QPushButton(self.tr("New unit…"), self)
        self.new_unit_button.setVisible(may(operator, "unit.manage"))
        self.search = PersonSearch(self, limit=6)
        self.chosen = QLabel(self)
        self.promised = _date_edit(self, 14)
        self.promised.setObjectName("claimPromised")
        self.promised.setMinimumDate(QDate.currentDate())
        self.ok_button = QPushButton(self.tr("Record the claim (Ctrl+Enter)"), self)
        self.ok_button.setObjectName("claimOk")
        cancel = QPushButton(self.tr("Cancel"), self)
        for button in (self.ok_button, cancel, self.new_unit_button):
            button.setAutoDefault(False)

        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.new_unit_button)
        form = QFormLayout()
        form.addRow(self.tr("Promised by"), self.promised)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who claims <b>{0}</b> for {1}?").format(card.what, card.rider_courtesy), self))
        layout.addWidget(self.as_unit)
        layout.addLayout(unit_row)
        layout.addWidget(self.as_person)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.chosen)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.search.person_activated.connect(self.choose_person)
        self.search.field.textEdited.connect(lambda _t: self.as_person.setChecked(True))
        self.unit.activated.connect(lambda _i: self.as_unit.setChecked(True))
        self.new_unit_button.clicked.connect(self.new_unit)
        self.ok_button.clicked.connect(self.claim)
        cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.claim)
        self.load_units()
        self.as_unit.setChecked(self.unit.count() > 0)
        self.as_person.setChecked(self.unit.count() == 0)
        self.chosen.setText(self.tr("(no person chosen)"))
        # Typing a name or scanning a card is the quick way; a unit is one click in the list.
        self.search.focus_search()

    def load_units(self, select: int | None = None) -> None:
        self.unit.clear()
        for unit in units.units():
            self.unit.addItem(unit.name, unit.id)
        if select is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(select)))

    def new_unit(self) -> None:
        name = dialogs.ask_text(self, self.tr("New partner unit"), self.tr("Name of the unit (e.g. 筑业物业):"))
        if not name:
            return
        unit = run_op(self, units.add_unit, units.UnitInput(name=name), self.operator)
        if unit is not None:
            self.load_units(select=unit.id)
            self.as_unit.setChecked(True)

    def choose_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.as_person.setChecked(True)
        self.chosen.setText(self.tr("Chosen: <b>{0}</b>").format(people.get_person(person_id).name))
        self.promised.setFocus()

    def claim_input(self) -> board.ClaimInput:
        promised = self.promised.date().toPython()
        if self.as_unit.isChecked():
            return board.ClaimInput(promised_on=promised, unit_id=self.unit.currentData())
        return board.ClaimInput(promised_on=promised, person_id=self.person_id)

    def claim(self) -> None:
        result = run_op(self, board.claim, self.card.id, self.claim_input(), self.operator)
        if result is not None:
            self.result_done = result
            self.accept()


class FulfilDialog(QDialog):
    """The day, what the rider received, photos (copied into the data folder), a note."""

    def __init__(self, operator: Operator, card: WishCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.card = card
        self.photos: list[Path] = []
        self.result_done: board.WishDone | None = None
        self.setWindowTitle(self.tr("Fulfilled: {0}").format(card.what))
        self.resize(560, 320)
        self.day = _date_edit(self, 0)
        self.day.setObjectName("fulfilDay")
        self.day.setMaximumDate(QDate.currentDate())
        self.given = QLineEdit(self)
        self.given.setObjectName("fulfilGiven")
        self.given.setMaxLength(rules.TEXT_MAX)
        self.given.setPlaceholderText(card.what)
        self.note = QLineEdit(self)
        self.note.setObjectName("fulfilNote")
        self.note.setMaxLength(rules.TEXT_MAX)
        self.note.setPlaceholderText(self.tr("e.g. handed over at the station by the property manager"))
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("fulfilPhotos")
        self.photo_button = QPushButton(self.tr("Add photos…"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.ok_button = QPushButton(self.tr("Record as fulfilled (Ctrl+Enter)"), self)
        self.ok_button.setObjectName("fulfilOk")
        cancel = QPushButton(self.tr("Cancel"), self)
        for button in (self.photo_button, self.clear_button, self.ok_button, cancel):
            button.setAutoDefault(False)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label, 1)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.clear_button)
        form = QFormLayout()
        form.addRow(self.tr("Fulfilled on"), self.day)
        form.addRow(self.tr("What was given"), self.given)
        form.addRow(self.tr("Photos"), photo_row)
        form.addRow(self.tr("Note"), self.note)
        who = card.claimant + (self.tr(" (earns points)") if card.claimant_kind == "person" else "")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        title = self.tr("<b>{0}</b> for {1}, claimed by {2}").format(card.what, card.rider_courtesy, who)
        layout.addWidget(QLabel(title, self))
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.photo_button.clicked.connect(lambda: self.add_photos(self.choose_files()))
        self.clear_button.clicked.connect(lambda: self.set_photos([]))
        self.ok_button.clicked.connect(self.fulfil)
        cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.fulfil)
        self.set_photos([])
        self.given.setFocus()

    def choose_files(self) -> list[str]:
        return choose_photos(self)

    def add_photos(self, paths: list[str]) -> None:
        self.set_photos(self.photos + [Path(p) for p in paths if Path(p) not in self.photos])

    def set_photos(self, photos: list[Path]) -> None:
        self.photos = photos[: board.MAX_PHOTOS]
        names = "、".join(p.name for p in self.photos)
        self.photo_label.setText(names or self.tr("(none; photos are optional)"))

    def fulfil_input(self) -> board.FulfilInput:
        return board.FulfilInput(fulfilled_on=self.day.date().toPython(), given=self.given.text(),
                                 note=self.note.text(), photos=tuple(self.photos))

    def fulfil(self) -> None:
        result = run_op(self, board.fulfil, self.card.id, self.fulfil_input(), self.operator)
        if result is not None:
            self.result_done = result
            self.accept()
