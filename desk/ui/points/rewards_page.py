"""The rewards catalog (积分兑换): prices, stock, recent redemptions and voiding one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.points.rewards import RewardRow
from desk.ui.context import DeskContext
from desk.ui.points.models import RedemptionModel, RewardModel
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table


class RewardsPage(QWidget):
    changed = Signal()
    redeem_requested = Signal(int)  # item id: the statement page asks for the rider

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalog = RewardModel(self)
        self.catalog_table = record_table(self.catalog, self, name="rewardTable", stretch=0)
        self.history = RedemptionModel(self)
        self.history_table = record_table(self.history, self, name="redemptionTable", stretch=5)
        self.redeem_button = QPushButton(self.tr("Redeem selected reward for a rider…"), self)
        self.price_button = QPushButton(self.tr("Set points price… (admin)"), self)
        self.price_button.setObjectName("priceButton")
        self.void_button = QPushButton(self.tr("Void selected redemption…"), self)
        self.void_button.setObjectName("voidRedemptionButton")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Rewards</b> (goods riders can take for points; stock is the store room's)"), self))
        left.addWidget(self.catalog_table, 1)
        left.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.redeem_button)
        row.addWidget(self.price_button)
        left.addLayout(row)
        right = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Recent redemptions</b>"), self))
        head.addStretch(1)
        head.addWidget(self.void_button)
        right.addLayout(head)
        right.addWidget(self.history_table, 1)
        right.addWidget(self.feedback)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.redeem_button.clicked.connect(self._redeem_selected)
        self.catalog_table.doubleClicked.connect(lambda _i: self._redeem_selected())
        self.price_button.clicked.connect(self.set_price)
        self.void_button.clicked.connect(self.void_selected)

    def refresh(self) -> None:
        pricing = may(self.ctx, "reward.price")
        self.price_button.setVisible(pricing)
        self.catalog.set_rows(rewards.catalog(include_unpriced=pricing))
        self.history.set_rows(rewards.redemptions(limit=300))
        if not any(r.points_price for r in self.catalog.rows()):
            self.hint.setText(self.tr("No rewards yet: an administrator gives goods a points price here. "
                                      "Goods and stock are managed under Gifts."))
        else:
            self.hint.setText(self.tr("Double-click a reward (or choose the rider first on Statement and press F3)."))

    def selected_reward(self) -> RewardRow | None:
        index = self.catalog_table.currentIndex()
        return self.catalog.row_record(index.row()) if index.isValid() else None

    def _redeem_selected(self) -> None:
        row = self.selected_reward()
        if row is None or row.points_price is None:
            self.feedback.setText(self.tr("Select a reward with a points price first."))
            return
        self.redeem_requested.emit(row.item_id)

    def ask_price(self, row: RewardRow) -> int | None:
        """The new price (0 = not a reward), or None when cancelled; tests replace this."""
        value, ok = QInputDialog.getInt(
            self, self.tr("Points price"),
            self.tr("Points for one {0} of {1} (0 = not a reward):").format(row.unit, row.name),
            row.points_price or 0, 0, points.POINTS_CAP,
        )
        return value if ok else None

    def set_price(self) -> None:
        row = self.selected_reward()
        if row is None:
            self.feedback.setText(self.tr("Select an item first."))
            return
        value = self.ask_price(row)
        if value is None:
            return
        if run_op(self, rewards.set_price, row.item_id, value or None, self.ctx.operator) is None:
            return
        self.refresh()

    def void_selected(self) -> None:
        index = self.history_table.currentIndex()
        if not index.isValid():
            self.feedback.setText(self.tr("Select the redemption to void first."))
            return
        row = self.history.row_record(index.row())
        if row.voided:
            self.feedback.setText(self.tr("This redemption is already voided."))
            return
        reason = dialogs.ask_reason(self, self.tr("Void the redemption of {0}: {1} × {2}").format(row.person, row.item, row.quantity))
        if reason is None:
            return
        if run_op(self, rewards.void_redemption, row.id, reason, self.ctx.operator) is None:
            return
        self.feedback.setText(self.tr("Voided: {0} points back to {1}, goods back in stock.").format(row.points, row.person))
        self.refresh()
        self.changed.emit()
