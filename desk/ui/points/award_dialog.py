"""Award points by hand: a rule, the amount, a note, one rider or several at once."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, PointEntry
from desk.services.points import ledger as points
from desk.ui.points.models import RecipientModel
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.keys import widget_key
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.spin_guard import SpinGuard


class AwardDialog(QDialog):
    """Enter in the search adds a rider to the list; Ctrl+Enter (or Enter in the note) awards."""

    def __init__(self, operator: Operator, person_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.entries: list[PointEntry] = []
        self.awarded_to: list[str] = []  # the names, for the desk to say whom it awarded (no lazy look-up)
        self.rule_name = ""
        self.setWindowTitle(self.tr("Award points"))
        self.resize(620, 560)
        self.rule = QComboBox(self)
        self.rule.setObjectName("awardRule")
        for rule in points.rules():
            self.rule.addItem(rule.name, rule.code)
        self.amount = QSpinBox(self)
        self.amount.setObjectName("awardAmount")
        self.amount_guard = SpinGuard(self.amount)
        self.rule_hint = QLabel(self)
        self.rule_hint.setObjectName("awardRuleHint")
        self.note = QLineEdit(self)
        self.note.setObjectName("awardNote")
        self.note.setMaxLength(points.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("What was done, where (optional)"))

        self.search = PersonSearch(self, limit=8)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        self.count = QLabel(self)
        self.count.setObjectName("awardCount")
        self.search.field.setPlaceholderText(self.tr("Add a rider: phone last 4 digits / name / pinyin / card, then Enter"))
        self.recipients = RecipientModel(self)
        self.table = record_table(self.recipients, self, name="awardRecipients", multi=True, alternating=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # every column shares the width
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.message = QLabel(self)
        self.message.setObjectName("awardMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.ok_button = QPushButton(self.tr("Award (Ctrl+Enter)"), self)
        self.ok_button.setObjectName("awardOk")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        # Enter belongs to the search (add a rider), never to a default button.
        for button in (self.remove_button, self.ok_button, self.cancel_button):
            button.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(self.tr("Rule"), self.rule)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.rule_hint, 1)
        form.addRow(self.tr("Points each"), amount_row)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Riders</b> (everyone listed gets the same award)"), self))
        layout.addWidget(self.search, 2)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.search.person_activated.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.note.returnPressed.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        widget_key(self.table, QKeySequence.StandardKey.Delete, self.remove_selected)
        for pid in person_ids:
            self.add_person(pid)
        self._show_count()
        self._rule_changed()
        self.search.focus_search() if not person_ids else self.rule.setFocus()

    def select_rule(self, code: str) -> None:
        index = self.rule.findData(code)
        if index >= 0:
            self.rule.setCurrentIndex(index)

    def _rule_changed(self) -> None:
        code = self.rule.currentData()
        if code is None:
            return
        rule = points.get_rule(code)
        self.amount.setRange(rule.min_points, rule.max_points)
        self.amount.setValue(rule.default_points)
        may_change = rule.amount_editable or may(self.operator, "points.award_any_amount")
        self.amount.setEnabled(may_change)
        if may_change:
            self.rule_hint.setText(self.tr("default {0}, from {1} to {2}").format(rule.default_points, rule.min_points, rule.max_points))
        else:
            self.rule_hint.setText(self.tr("fixed at {0}; staff can change it").format(rule.default_points))

    def _show_count(self) -> None:
        self.count.setText(self.tr("<b>Chosen: {0}</b> (Delete removes the selected one)").format(self.recipients.rowCount()))

    def person_ids(self) -> list[int]:
        return [p.id for p in self.recipients.rows()]

    def add_person(self, person_id: int) -> None:
        if person_id in self.person_ids():
            self.message.setText(self.tr("Already in the list."))
        else:
            person = run_op(self.message.setText, points.earning_person, person_id)
            if person is None:
                return
            self.recipients.set_rows(self.recipients.rows() + [person])
            self.message.setText("")
            self._show_count()
        self.search.clear()
        self.search.focus_search()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        self.recipients.set_rows([p for i, p in enumerate(self.recipients.rows()) if i not in rows])
        self._show_count()

    def submit(self) -> None:
        ids = self.person_ids()
        if not ids and self.search.current_person_id() is not None:
            ids = [self.search.current_person_id()]  # chose a rider but did not press Enter first
        code = self.rule.currentData()
        rule = points.get_rule(code) if code else None
        if self.amount_guard.refused():
            self.message.setText(self.tr(
                "Points each must be a whole number from {0} to {1}; the box now shows the amount kept: check it, then award."
            ).format(self.amount.minimum(), self.amount.maximum()))
            return
        amount = self.amount.value()
        entries = run_op(self.message.setText, points.award_many, ids, code or "", self.operator,
                         points=None if rule is not None and amount == rule.default_points else amount,
                         note=self.note.text())
        if entries is None:
            return
        self.entries = entries
        known = {p.id: p.name for p in self.search.matches() + self.recipients.rows()}
        self.awarded_to = [known.get(e.person_id, "") for e in entries]
        self.rule_name = rule.name if rule is not None else ""
        self.accept()

