"""Stock (库存): what is on hand per item, receiving goods, correcting stock, the item catalog."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.gifts import queries as gift_queries
from desk.services.stock import ledger as stock
from desk.ui.errors import term
from desk.ui.gifts.models import MoveTableModel, StockItemModel
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table


class StockDialog(QDialog):
    def __init__(self, operator: Operator, campaign_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.setWindowTitle(self.tr("Stock of goods"))
        self.items_model = StockItemModel(self)
        self.items_view = record_table(self.items_model, self)
        self.moves_model = MoveTableModel(self)
        self.moves_view = record_table(self.moves_model, self)
        self.add_button = QPushButton(self.tr("New item…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.retire_button = QPushButton(self.tr("Retire / bring back"), self)

        # Receiving goods: what staff do when the property company's van arrives.
        self.r_item = QComboBox(self)
        self.r_qty = QSpinBox(self)
        self.r_qty.setRange(0, stock.QTY_MAX)
        self.r_qty.setObjectName("receiveQuantity")
        self.r_donor = QComboBox(self)
        self.r_donor.setEditable(True)
        self.r_donor.lineEdit().setPlaceholderText(self.tr("property company, partner unit, person…"))
        self.r_date = QDateEdit(QDate.currentDate(), self)
        self.r_date.setCalendarPopup(True)
        self.r_date.setDisplayFormat("yyyy-MM-dd")
        self.r_date.setMaximumDate(QDate.currentDate())
        self.r_campaign = self._campaign_combo(campaign_id)
        self.a_campaign = self._campaign_combo(campaign_id)
        self.r_note = QLineEdit(self)
        self.receive_button = QPushButton(self.tr("Receive"), self)
        self.receive_button.setObjectName("receiveButton")
        receive_box = QGroupBox(self.tr("Receive goods (staff)"), self)
        form = QFormLayout(receive_box)
        form.addRow(self.tr("Item"), self.r_item)
        form.addRow(self.tr("Quantity"), self.r_qty)
        form.addRow(self.tr("Donor"), self.r_donor)
        form.addRow(self.tr("Date received"), self.r_date)
        form.addRow(self.tr("For campaign"), self.r_campaign)
        form.addRow(self.tr("Note"), self.r_note)
        form.addRow(self.receive_button)

        self.a_item = QComboBox(self)
        self.a_delta = QSpinBox(self)
        self.a_delta.setRange(-stock.QTY_MAX, stock.QTY_MAX)
        self.a_reason = QComboBox(self)
        self.a_reason.setEditable(True)
        for reason in stock.ADJUST_REASONS:
            self.a_reason.addItem(term(reason))
        self.a_reason.setCurrentText("")
        self.adjust_button = QPushButton(self.tr("Correct stock"), self)
        adjust_box = QGroupBox(self.tr("Correct stock (staff): damaged, lost, returned"), self)
        aform = QFormLayout(adjust_box)
        aform.addRow(self.tr("Item"), self.a_item)
        aform.addRow(self.tr("Change (+/−)"), self.a_delta)
        aform.addRow(self.tr("Reason"), self.a_reason)
        aform.addRow(self.tr("For campaign"), self.a_campaign)
        aform.addRow(self.adjust_button)
        receive_box.setEnabled(may(operator, "stock.receive"))
        adjust_box.setEnabled(may(operator, "stock.adjust"))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>On hand</b> (select an item to see its movements)"), self))
        left.addWidget(self.items_view, 1)
        cat = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.retire_button):
            cat.addWidget(b)
        left.addLayout(cat)
        right = QVBoxLayout()
        right.addWidget(receive_box)
        right.addWidget(adjust_box)
        self.feedback = QLabel(self)  # what was just done: the tables alone do not say it
        self.feedback.setObjectName("stockFeedback")
        self.feedback.setWordWrap(True)
        right.addWidget(self.feedback)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("<b>Movements</b> (newest first)"), self))
        layout.addWidget(self.moves_view, 2)
        self.resize(940, 680)

        self.receive_button.clicked.connect(self.receive)
        self.adjust_button.clicked.connect(self.adjust)
        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self.rename_item)
        self.retire_button.clicked.connect(self.retire_item)
        self.items_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_moves())
        for w in (self.add_button, self.rename_button, self.retire_button):
            w.setEnabled(may(operator, "stock.items"))
        self.refresh()
        self.r_qty.setFocus()
        self.r_qty.selectAll()

    def _campaign_combo(self, campaign_id: int | None) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("(no particular campaign)"), None)
        for row in gift_queries.list_campaigns():
            combo.addItem(row.name, row.id)
        if campaign_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(campaign_id)))
        return combo

    def refresh(self) -> None:
        self.items_model.on_hand = stock.on_hand_all()
        self.items_model.set_rows(stock.items(include_retired=True))
        for combo in (self.r_item, self.a_item):
            chosen = combo.currentData()
            combo.clear()
            for item in stock.items():
                combo.addItem(f"{item.name}（{item.unit}）", item.id)
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        typed = self.r_donor.currentText()
        self.r_donor.clear()
        self.r_donor.addItems(stock.donors())
        self.r_donor.setCurrentText(typed)
        self._show_moves()

    def selected_item_id(self) -> int | None:
        index = self.items_view.currentIndex()
        return self.items_model.row_record(index.row()).id if index.isValid() else None

    def _show_moves(self) -> None:
        self.moves_model.set_rows(stock.moves(self.selected_item_id()))

    def _run(self, operation, *args, **kwargs) -> bool:
        if run_op(self, operation, *args, **kwargs) is None:
            return False
        self.refresh()
        return True

    def receive(self) -> None:
        item_id = self.r_item.currentData()
        if item_id is None:
            return
        if self._run(stock.receive, item_id, self.r_qty.value(), self.operator, donor=self.r_donor.currentText(),
                     moved_on=self.r_date.date().toPython(), campaign_id=self.r_campaign.currentData(),
                     note=self.r_note.text()):
            item = stock.get_item(item_id)
            self.feedback.setText(self.tr("✔ Received {0} {1} of {2}; now {3} {1} in stock.").format(
                self.r_qty.value(), item.unit, item.name, stock.on_hand(item_id)))
            self.r_qty.setValue(0)
            self.r_note.clear()

    def adjust(self) -> None:
        item_id = self.a_item.currentData()
        if item_id is not None and self._run(stock.adjust, item_id, self.a_delta.value(), self.a_reason.currentText(),
                                             self.operator, campaign_id=self.a_campaign.currentData()):
            item = stock.get_item(item_id)
            self.feedback.setText(self.tr("✔ Corrected {0} by {1:+d} {2}; now {3} {2} in stock.").format(
                item.name, self.a_delta.value(), item.unit, stock.on_hand(item_id)))
            self.a_delta.setValue(0)
            self.a_reason.setCurrentText("")

    def add_item(self) -> None:
        name = dialogs.ask_text(self, self.tr("New item"), self.tr("Name of the item (e.g. 保温杯):"))
        if not name:
            return
        unit = dialogs.ask_text(self, self.tr("New item"), self.tr("Unit (盒, 件, 个, 份…):"), "个")
        if unit is not None:
            self._run(stock.add_item, name, unit, self.operator)

    def rename_item(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        item = stock.get_item(item_id)
        name = dialogs.ask_text(self, self.tr("Rename item"), self.tr("Name:"), item.name)
        if name is None:
            return
        unit = dialogs.ask_text(self, self.tr("Rename item"), self.tr("Unit:"), item.unit)
        if unit is not None:
            self._run(stock.rename_item, item_id, name, unit, self.operator)

    def retire_item(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            item = stock.get_item(item_id)
            self._run(stock.retire_item, item_id, self.operator, retired=item.retired_at is None)
