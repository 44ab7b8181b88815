"""The points rules: everyone can read them; an administrator adds, edits and retires them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, PointRule
from desk.services.points import point_rules
from desk.ui.context import DeskContext
from desk.ui.widgets.operations import may, run_op
from desk.ui.points.models import RuleModel
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.spin_guard import SpinGuard


class RuleDialog(QDialog):
    """Add a rule, or rename one and change its points (entries already written keep theirs)."""

    def __init__(self, operator: Operator, rule: PointRule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.rule = rule
        self.saved: PointRule | None = None
        self.setWindowTitle(self.tr("Edit points rule") if rule else self.tr("New points rule"))
        self.name = QLineEdit(self)
        self.name.setObjectName("ruleName")
        self.name.setMaxLength(point_rules.RULE_NAME_MAX)
        self.default = QSpinBox(self)
        self.low = QSpinBox(self)
        self.high = QSpinBox(self)
        for spin in (self.default, self.low, self.high):
            spin.setRange(1, point_rules.POINTS_CAP)
        self.guards = [SpinGuard(spin) for spin in (self.default, self.low, self.high)]
        self.editable = QCheckBox(self.tr("Volunteers may change the amount within the bounds"), self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        if rule is not None:
            self.name.setText(rule.name)
            self.default.setValue(rule.default_points)
            self.low.setValue(rule.min_points)
            self.high.setValue(rule.max_points)
            self.editable.setChecked(rule.amount_editable)
        else:
            self.default.setValue(5)
            self.low.setValue(1)
            self.high.setValue(20)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Default points"), self.default)
        form.addRow(self.tr("Lowest"), self.low)
        form.addRow(self.tr("Highest"), self.high)
        form.addRow("", self.editable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        if any([guard.refused() for guard in self.guards]):  # every box shows what it kept
            self.message.setText(self.tr(
                "Points must be whole numbers from 1 to {0}; the boxes now show what was kept: check them, then save."
            ).format(point_rules.POINTS_CAP))
            return
        if self.rule is None:
            saved = run_op(self.message.setText, point_rules.add_rule, self.name.text(), self.default.value(),
                           self.operator, min_points=self.low.value(), max_points=self.high.value(),
                           amount_editable=self.editable.isChecked())
        else:
            saved = run_op(self.message.setText, point_rules.update_rule, self.rule.id, self.operator,
                           name=self.name.text(), default_points=self.default.value(), min_points=self.low.value(),
                           max_points=self.high.value(), amount_editable=self.editable.isChecked())
        if saved is None:
            return
        self.saved = saved
        self.accept()


class RulesPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RuleModel(self)
        self.table = record_table(self.model, self, name="rulesTable", stretch=0, alternating=False)
        self.show_retired = QCheckBox(self.tr("Show retired rules"), self)
        self.add_button = QPushButton(self.tr("New rule…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.retire_button = QPushButton(self.tr("Retire / bring back"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.show_retired)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.show_retired.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.table.doubleClicked.connect(lambda _i: self.edit_rule())
        self.retire_button.clicked.connect(self.toggle_retired)

    def refresh(self) -> None:
        is_admin = may(self.ctx, "points.rules")
        for button in (self.add_button, self.edit_button, self.retire_button):
            button.setEnabled(is_admin)
        self.hint.setText(
            self.tr("Retired rules earn nothing new; old entries keep them. Changing points does not change entries already written.")
            if is_admin else self.tr("Only an administrator can change the rules.")
        )
        self.model.set_rows(point_rules.rules(include_retired=self.show_retired.isChecked()))

    def selected(self) -> PointRule | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def add_rule(self) -> None:
        if RuleDialog(self.ctx.operator, None, self).exec():
            self.refresh()

    def edit_rule(self) -> None:
        rule = self.selected()
        if rule is not None and may(self.ctx, "points.rules") and RuleDialog(self.ctx.operator, rule, self).exec():
            self.refresh()

    def toggle_retired(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        if run_op(self, point_rules.retire_rule, rule.id, self.ctx.operator, retired=rule.retired_at is None) is None:
            return
        self.show_retired.setChecked(True) if rule.retired_at is None else None
        self.refresh()
