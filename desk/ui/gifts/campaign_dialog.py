"""Set up or edit a campaign: name, kind, dates, who is eligible, what a share holds, a hand-picked list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, Person
from desk.services.gifts import queries as gift_queries
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock
from desk.services.gifts.campaigns import PER_PERSON_MAX
from desk.ui.errors import term
from desk.ui.gifts.keys import enter_stays_in_fields
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.spin_guard import SpinGuard

# What each kind usually gives, so choosing the kind ticks the usual items.
USUAL_ITEMS = {"mid_autumn": ("月饼",), "spring": ("雨衣", "斜挎包")}
NAME_SUFFIX = {"mid_autumn": "年中秋慰问", "spring": "年春节慰问", "clinic": "年健康义诊"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CampaignDialog(QDialog):
    def __init__(self, operator: Operator, campaign_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("Edit campaign") if campaign_id else self.tr("New campaign"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 2026年中秋慰问"))
        self.kind = QComboBox(self)
        for code, label in gifts.KINDS.items():
            self.kind.addItem(term(label), code)
        self.starts = QDateEdit(self)
        self.ends = QDateEdit(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.ends.setDate(QDate.currentDate().addDays(7))
        self.eligibility = QComboBox(self)
        for code, label in gifts.ELIGIBILITY.items():
            self.eligibility.addItem(term(label), code)
        self.note = QLineEdit(self)

        self.item_boxes: dict[int, tuple[QCheckBox, QSpinBox]] = {}
        self.item_guards: dict[int, SpinGuard] = {}
        items_box = QGroupBox(self.tr("Each person gets"), self)
        grid = QGridLayout(items_box)
        for row, item in enumerate(stock.items(include_retired=bool(campaign_id))):
            box = QCheckBox(f"{item.name}（{item.unit}）", items_box)
            spin = QSpinBox(items_box)
            spin.setRange(1, PER_PERSON_MAX)
            spin.setSuffix(f" {item.unit}")
            grid.addWidget(box, row // 2, (row % 2) * 2)
            grid.addWidget(spin, row // 2, (row % 2) * 2 + 1)
            self.item_boxes[item.id] = (box, spin)
            self.item_guards[item.id] = SpinGuard(spin)

        members_box = QGroupBox(self.tr("Hand-picked people (in addition to the group above)"), self)
        self.member_search = PersonSearch(members_box, limit=6)
        self.member_search.table.setMaximumHeight(120)
        self.members = QListWidget(members_box)
        self.members.setMaximumHeight(110)
        remove = QPushButton(self.tr("Remove selected"), members_box)
        mlayout = QVBoxLayout(members_box)
        mlayout.addWidget(self.member_search)
        mlayout.addWidget(QLabel(self.tr("Enter adds the person found. On the list:"), members_box))
        mlayout.addWidget(self.members)
        mlayout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.ends)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Who is eligible"), self.eligibility)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        enter_stays_in_fields(self, self.buttons, self.save)
        self.voided = False
        if campaign_id:
            void = self.buttons.addButton(self.tr("Void this campaign…"), QDialogButtonBox.ButtonRole.DestructiveRole)
            void.clicked.connect(self.void)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(items_box)
        layout.addWidget(members_box, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 680)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.member_search.person_activated.connect(self._add_member)
        remove.clicked.connect(lambda: [self.members.takeItem(self.members.row(i)) for i in self.members.selectedItems()])
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if campaign_id:
            self._load(gift_queries.campaign_input(campaign_id), gift_queries.picked_people(campaign_id))
        else:
            self._kind_chosen()

    def _kind_chosen(self) -> None:
        if self.campaign_id:
            return
        code = self.kind.currentData()
        usual = USUAL_ITEMS.get(code, ())
        for box, _spin in self.item_boxes.values():
            box.setChecked(box.text().split("（")[0] in usual)
        if not self.name.isModified():  # the volunteer's own name is never overwritten
            suffix = NAME_SUFFIX.get(code)
            self.name.setText(f"{self.starts.date().year()}{suffix}" if suffix else "")

    def _add_member(self, person_id: int) -> None:
        for i in range(self.members.count()):
            if self.members.item(i).data(Qt.ItemDataRole.UserRole) == person_id:
                return
        self._list_member(people.get_person(person_id))
        self.member_search.clear()

    def _list_member(self, person: Person) -> None:
        item = QListWidgetItem(f"{person.name}  {person.platform or ''}".strip())
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.members.addItem(item)

    def _load(self, campaign: gifts.CampaignInput, picked: list[Person]) -> None:
        self.name.setText(campaign.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(campaign.kind)))
        self.starts.setDate(_qdate(campaign.starts_on))
        self.ends.setDate(_qdate(campaign.ends_on))
        self.eligibility.setCurrentIndex(max(0, self.eligibility.findData(campaign.eligibility)))
        self.note.setText(campaign.note)
        for item_id, per_person in campaign.items:
            if item_id in self.item_boxes:
                box, spin = self.item_boxes[item_id]
                box.setChecked(True)
                spin.setValue(per_person)
        for person in picked:
            self._list_member(person)

    def data(self) -> gifts.CampaignInput:
        return gifts.CampaignInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            starts_on=self.starts.date().toPython(),
            ends_on=self.ends.date().toPython(),
            eligibility=self.eligibility.currentData(),
            items=[(item_id, spin.value()) for item_id, (box, spin) in self.item_boxes.items() if box.isChecked()],
            member_ids=[self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())],
            note=self.note.text(),
        )

    def void(self) -> None:
        """Withdraw a campaign set up by mistake (only one nobody has received from yet)."""
        reason = dialogs.ask_reason(self, self.tr("Void the campaign {0}").format(self.name.text()))
        if reason is None:
            return
        if run_op(self, gifts.void_campaign, self.campaign_id, reason, self.operator) is None:
            return
        self.voided = True
        self.accept()

    def save(self) -> None:
        ticked = [guard for item_id, guard in self.item_guards.items() if self.item_boxes[item_id][0].isChecked()]
        if any([guard.refused() for guard in ticked]):  # each box shows what it kept
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Each person gets 1 to {0} of an item (untick an item to leave it out); "
                "the boxes now show what was kept: check them, then save.").format(PER_PERSON_MAX))
            return
        if self.campaign_id:
            saved = run_op(self, gifts.update_campaign, self.campaign_id, self.data(), self.operator)
        else:
            saved = run_op(self, gifts.create_campaign, self.data(), self.operator)
        if saved is None:
            return
        self.campaign_id = saved.id
        self.accept()
