"""送上门: a rider delivers a share to an elderly resident's home and earns points for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.gifts import queries as gift_queries
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.points.point_rules import get_rule
from desk.ui.errors import term
from desk.ui.gifts.flow import hand_out_asking
from desk.ui.gifts.keys import enter_stays_in_fields
from desk.ui.widgets.person_search import PersonSearch


class DeliveryDialog(QDialog):
    def __init__(self, operator: Operator, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.campaign_id = campaign_id
        self.recipient_id: int | None = None
        self.deliverer_id: int | None = None
        self.recorded: gifts.HandOutResult | None = None  # what was written, when saved
        campaign = gifts.get_campaign(campaign_id)
        self.setWindowTitle(self.tr("Delivery to a home: {0}").format(campaign.name))

        self.recipient_search = PersonSearch(self, limit=8)
        self.deliverer_search = PersonSearch(self, limit=8)
        self.recipient_label = QLabel(self)
        self.deliverer_label = QLabel(self)
        for label in (self.recipient_label, self.deliverer_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        boxes = QHBoxLayout()
        for title, search, label in (
            (self.tr("1. Who receives it (the elderly resident)"), self.recipient_search, self.recipient_label),
            (self.tr("2. Who delivers it (the rider)"), self.deliverer_search, self.deliverer_label),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(search, 1)
            inner.addWidget(label)
            boxes.addWidget(box, 1)
        if gifts.delivery_earns_points():
            rule = get_rule(gifts.POINT_RULE)
            earns = self.tr("The deliverer earns {0} points ({1}), once for this delivery.").format(
                rule.default_points, rule.name)
        else:
            earns = self.tr("Deliveries earn no points at present (the points rule is retired).")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record delivery (Ctrl+Enter)"))
        enter_stays_in_fields(self, self.buttons, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(QLabel(earns, self))
        layout.addWidget(self.buttons)
        self.resize(900, 520)

        self.recipient_search.person_selected.connect(lambda pid: self._pick("recipient", pid))
        self.deliverer_search.person_selected.connect(lambda pid: self._pick("deliverer", pid))
        # Enter on the resident moves on to the rider; Enter on the rider records the delivery.
        self.recipient_search.person_activated.connect(lambda pid: (self._pick("recipient", pid),
                                                                    self.deliverer_search.focus_search()))
        self.deliverer_search.person_activated.connect(lambda pid: (self._pick("deliverer", pid), self.save()))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._pick("recipient", None)
        self._pick("deliverer", None)
        self.recipient_search.focus_search()

    def _pick(self, role: str, person_id: int | None) -> None:
        label = self.recipient_label if role == "recipient" else self.deliverer_label
        if person_id is None:
            label.setText(self.tr("<i>nobody chosen yet</i>"))
        else:
            person = people.get_person(person_id)
            text = f"<b>{person.name}</b>  {term(people.kind_name(person.kind))} {person.platform}"
            if role == "recipient":
                # Say at once what the save would say: already given, or outside the campaign.
                status = gift_queries.status(self.campaign_id, person_id)
                if status.received:
                    text += "<br><span style='color:#b71c1c'>" + self.tr("✘ Already received on {0}").format(
                        status.received[-1].handed_at.strftime("%m-%d %H:%M")) + "</span>"
                elif not status.eligible:
                    text += "<br><span style='color:#b71c1c'>" + self.tr("✘ Not eligible for this campaign") + "</span>"
                else:
                    text += "<br><span style='color:#1b5e20'>" + self.tr("✔ Eligible, not yet received") + "</span>"
            label.setText(text)
        setattr(self, f"{role}_id", person_id)

    def save(self) -> None:
        if self.recipient_id is None or self.deliverer_id is None:
            self.recipient_label.setText(self.tr("<span style='color:#b71c1c'>Choose both the resident and the rider.</span>")
                                         if self.recipient_id is None else self.recipient_label.text())
            (self.recipient_search if self.recipient_id is None else self.deliverer_search).focus_search()
            return
        done = hand_out_asking(self, self.operator, self.campaign_id, self.recipient_id, deliverer=self.deliverer_id)
        if done is not None:
            self.recorded = done
            self.accept()
