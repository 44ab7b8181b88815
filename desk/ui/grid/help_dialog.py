"""Record a help (一老一小), or, for staff, check and confirm one a volunteer recorded.

The helped person's name, age and contact are typed here by whoever records the help; once
saved, only staff read them back (``help.view_sensitive``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.services.grid import help as helps
from desk.services.grid.terms import HELPED_KINDS, OUTCOMES
from desk.services.people import records as people
from desk.ui.context import DeskContext
from desk.ui.errors import message_of, term
from desk.ui.widgets.operations import may
from desk.ui.widgets.person_fields import grid_combo
from desk.ui.widgets.person_search import PersonSearch


class HelpDialog(QDialog):
    """``record_id`` None: a new record; else staff check and confirm that record."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, record_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.result_: helps.HelpResult | None = None
        self.helper_ids: list[int] = []
        self.setWindowTitle(self.tr("Confirm a help") if record_id else self.tr("Record a help (一老一小)"))
        self.resize(700, 680)
        self.search = PersonSearch(self, limit=5)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        self.search.setMaximumHeight(150)
        self.search.field.setPlaceholderText(
            self.tr("Add a rider who helped: phone last 4 / name / pinyin / card, Enter"))
        self.helpers_label = QLabel(self)
        self.helpers_label.setObjectName("helpHelpers")
        self.helpers_label.setWordWrap(True)
        self.clear_helpers = QPushButton(self.tr("Clear"), self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setObjectName("helpWhen")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.place = QLineEdit(self)
        self.place.setObjectName("helpPlace")
        self.place.setMaxLength(helps.PLACE_MAX)
        self.place.setPlaceholderText(self.tr("e.g. the playground of 阳光花园, the market"))
        self.grid = grid_combo(self, self.tr("(grid not known)"))
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for code, name in HELPED_KINDS.items():
            radio = QRadioButton(term(name), self)
            radio.setObjectName(f"helpKind_{code}")
            radio.setProperty("code", code)
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("helpOutcome")
        self.outcome.addItem(self.tr("— choose —"), None)
        for code, name in OUTCOMES.items():
            self.outcome.addItem(term(name), code)
        self.name = QLineEdit(self)
        self.name.setObjectName("helpName")
        self.name.setMaxLength(helps.NAME_MAX)
        self.name.setPlaceholderText(self.tr("if known"))
        self.age = QSpinBox(self)
        self.age.setObjectName("helpAge")
        self.age.setRange(-1, helps.AGE_MAX)
        self.age.setValue(-1)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("helpContact")
        self.contact.setMaxLength(helps.CONTACT_MAX)
        self.contact.setPlaceholderText(self.tr("a family member's phone, if known"))
        self.story = QPlainTextEdit(self)
        self.story.setObjectName("helpStory")
        self.story.setTabChangesFocus(True)
        self.story.setMaximumHeight(80)
        self.story.setPlaceholderText(
            self.tr("What happened, e.g. a child crying in the playground, could not find home"))
        self.confirm_now = QCheckBox(self.tr("Confirm it now: each helper earns the points"), self)
        self.confirm_now.setObjectName("helpConfirmNow")
        self.confirm_now.setVisible(may(ctx, "help.confirm") and record_id is None)
        privacy = QLabel(self.tr("Who was helped (name, age, contact, place, story) is personal information: after "
                                 "saving, only staff can read it. It is never printed or exported."), self)
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #555")
        self.message = QLabel(self)
        self.message.setObjectName("helpMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.ok_button = QPushButton(
            self.tr("Confirm (Ctrl+Enter)") if record_id else self.tr("Save (Ctrl+Enter)"), self)
        self.ok_button.setObjectName("helpOk")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.ok_button, self.cancel_button, self.clear_helpers):
            button.setAutoDefault(False)

        helpers_row = QHBoxLayout()
        helpers_row.addWidget(self.helpers_label, 1)
        helpers_row.addWidget(self.clear_helpers)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Where"), self.place)
        form.addRow(self.tr("Grid"), self.grid)
        form.addRow(self.tr("Who was helped"), kinds)
        form.addRow(self.tr("Their name"), self.name)
        form.addRow(self.tr("Age (about)"), self.age)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("What happened"), self.story)
        form.addRow(self.tr("How it ended"), self.outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_now)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>The rider(s) who helped</b>"), self))
        layout.addWidget(self.search)
        layout.addLayout(helpers_row)
        layout.addLayout(form)
        layout.addWidget(privacy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.search.person_activated.connect(self.add_helper)
        self.clear_helpers.clicked.connect(self._clear_helpers)
        self.ok_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self._show_helpers()
        if record_id is not None:
            self._load(record_id)
        self.search.focus_search()

    def _load(self, record_id: int) -> None:
        row = helps.help_row(record_id, self.ctx.operator)
        self.helper_ids = list(row.helper_ids)
        self._show_helpers()
        self.when.setDateTime(QDateTime(row.happened_at))
        self.place.setText(row.place or "")
        self.grid.setCurrentIndex(max(0, self.grid.findText(row.grid_name)) if row.grid_name else 0)
        for button in self.kind_group.buttons():
            button.setChecked(button.property("code") == row.helped_kind)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(row.outcome)))
        self.name.setText(row.helped_name or "")
        self.age.setValue(row.helped_age if row.helped_age is not None else -1)
        self.contact.setText(row.helped_contact or "")
        self.story.setPlainText(row.what_happened or "")

    def add_helper(self, person_id: int) -> None:
        if person_id not in self.helper_ids:
            self.helper_ids.append(person_id)
        self._show_helpers()
        self.search.clear()
        self.search.focus_search()

    def _clear_helpers(self) -> None:
        self.helper_ids = []
        self._show_helpers()

    def _show_helpers(self) -> None:
        names = [people.get_person(pid).name for pid in self.helper_ids]
        self.helpers_label.setText(self.tr("Helpers: <b>{0}</b>").format("、".join(names)) if names
                                   else self.tr("Helpers: none yet (type, then Enter; several may be added)"))

    def _kind(self) -> str:
        checked = self.kind_group.checkedButton()
        return checked.property("code") if checked is not None else ""

    def data(self) -> helps.HelpInput:
        when = self.when.dateTime().toPython()
        return helps.HelpInput(
            helper_ids=list(self.helper_ids), helped_kind=self._kind(), outcome=self.outcome.currentData() or "",
            place=self.place.text(), happened_at=when.replace(second=0, microsecond=0) if isinstance(when, dt.datetime)
            else None, helped_name=self.name.text(), helped_age=self.age.value() if self.age.value() >= 0 else None,
            helped_contact=self.contact.text(), what_happened=self.story.toPlainText(), grid_id=self.grid.currentData(),
        )

    def save(self) -> None:
        if not self.helper_ids and self.search.current_person_id() is not None:
            self.add_helper(self.search.current_person_id())  # chosen without Enter
        try:
            if self.record_id is None:
                self.result_ = helps.record_help(self.data(), self.ctx.operator, confirm=self.confirm_now.isChecked())
            else:
                helps.update_help(self.record_id, self.data(), self.ctx.operator)
                self.result_ = helps.confirm_help(self.record_id, self.ctx.operator)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.accept()

