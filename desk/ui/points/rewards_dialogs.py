"""Redeem points for goods: the reward, the quantity, and what it leaves of the balance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, Redemption
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.points.rewards import RewardRow
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.spin_guard import SpinGuard


class RedeemDialog(QDialog):
    """Choose a reward and a quantity; the cost and the balance after it are shown as you choose."""

    def __init__(self, operator: Operator, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.person = points.earning_person(person_id)
        self.balance = points.balance(person_id)
        self.redemption: Redemption | None = None
        self.setWindowTitle(self.tr("Redeem points: {0}").format(self.person.name))
        self.item = QComboBox(self)
        self.item.setObjectName("redeemItem")
        for row in rewards.catalog():
            self.item.addItem(
                self.tr("{0}: {1} points per {2}, {3} in stock").format(row.name, row.points_price, row.unit, row.on_hand),
                row,
            )
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("redeemQuantity")
        self.quantity.setRange(1, rewards.QTY_MAX)
        self.quantity_guard = SpinGuard(self.quantity)
        self.note = QLineEdit(self)
        self.note.setMaxLength(points.NOTE_MAX)
        self.cost = QLabel(self)
        self.cost.setObjectName("redeemCost")
        self.message = QLabel(self)
        self.message.setObjectName("redeemMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Redeem"))

        form = QFormLayout()
        form.addRow(self.tr("Balance"), QLabel(self.tr("<b>{0}</b> points").format(self.balance), self))
        form.addRow(self.tr("Reward"), self.item)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.cost)
        layout = QVBoxLayout(self)
        if not self.item.count():
            layout.addWidget(QLabel(self.tr("The rewards catalog is empty: an administrator sets points prices under Rewards."), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.item.currentIndexChanged.connect(self._update_cost)
        self.quantity.valueChanged.connect(self._update_cost)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._update_cost()

    def chosen(self) -> RewardRow | None:
        return self.item.currentData()

    def _update_cost(self) -> None:
        row = self.chosen()
        if row is None:
            self.cost.setText("")
            return
        cost = row.points_price * self.quantity.value()
        after = self.balance - cost
        colour = "#1b5e20" if after >= 0 and row.on_hand >= self.quantity.value() else "#b00020"
        self.cost.setText(
            self.tr("<span style='color:{0}'>Costs {1} points; balance after: {2}</span>").format(colour, cost, after)
        )

    def select_item(self, item_id: int) -> None:
        for i in range(self.item.count()):
            if self.item.itemData(i).item_id == item_id:
                self.item.setCurrentIndex(i)

    def submit(self) -> None:
        row = self.chosen()
        if row is None:
            self.message.setText(self.tr("There is nothing to redeem yet."))
            return
        if self.quantity_guard.refused():
            self.message.setText(self.tr(
                "The quantity must be a whole number from 1 to {0}; the box now shows the quantity kept: check it, then redeem."
            ).format(rewards.QTY_MAX))
            return
        redemption = run_op(self.message.setText, rewards.redeem, self.person.id, row.item_id, self.quantity.value(),
                            self.operator, note=self.note.text())
        if redemption is None:
            return
        self.redemption = redemption
        self.accept()

