"""The fast hand-out panel: search or scan a rider, see at once if they may receive, Enter hands out."""

from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.gifts import queries as gift_queries
from desk.services.gifts.shares import HandOutResult
from desk.services.people import records as people
from desk.ui.errors import term
from desk.ui.fonts import scale_font
from desk.ui.gifts.flow import hand_out_asking
from desk.ui.widgets.person_search import PersonSearch

OK_COLOUR = "#1b5e20"
WARN_COLOUR = "#b71c1c"
NOTE_COLOUR = "#e65100"


class HandOutPanel(QWidget):
    handed_out = Signal(object)  # the HandOutResult
    delivery_requested = Signal()

    def __init__(self, operator: Callable[[], Operator], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operator = operator
        self.campaign_id: int | None = None
        self.search = PersonSearch(self, limit=12)
        self.card = QLabel(self)
        self.card.setObjectName("giftStatusCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMinimumHeight(96)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hand_button = QPushButton(self.tr("Hand out share (Enter)"), self)
        self.hand_button.setObjectName("handOutButton")
        scale_font(self.hand_button, 1.2, bold=True)
        self.hand_button.setMinimumHeight(40)
        self.delivery_button = QPushButton(self.tr("Delivery to a home… (Ctrl+D)"), self)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("giftFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_button, 2)
        buttons.addWidget(self.delivery_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.card)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

        self.search.person_selected.connect(self.show_status)
        self.search.person_activated.connect(self.hand_out)
        self.hand_button.clicked.connect(self._hand_out_selected)
        self.delivery_button.clicked.connect(self.delivery_requested)
        self.show_status(None)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        enabled = campaign_id is not None
        for w in (self.search, self.hand_button, self.delivery_button):
            w.setEnabled(enabled)
        self.feedback.setText("")
        self.show_status(self.search.current_person_id())

    def focus_search(self) -> None:
        self.search.focus_search()

    def show_status(self, person_id: int | None) -> None:
        if self.campaign_id is None:
            self.card.setText(self.tr("Set up a campaign first (Ctrl+Shift+N)."))
            return
        if person_id is None:
            self.card.setText(self.tr("Scan the member card, or type the phone's last 4 digits, a name or pinyin initials."))
            return
        status = gift_queries.status(self.campaign_id, person_id)
        detail = " · ".join(x for x in (term(people.kind_name(status.kind)), status.platform) if x)
        lines = [f"<span style='font-size:x-large'><b>{escape(status.name)}</b></span>  {detail}"]
        if status.received:
            first = status.received[-1]
            lines.append(
                f"<span style='color:{WARN_COLOUR};font-size:large'><b>"
                + self.tr("✘ Already received on {0}, by {1}: {2}").format(
                    first.handed_at.strftime("%m-%d %H:%M"), first.operator, first.items)
                + "</b></span>"
            )
            if len(status.received) > 1:
                lines.append(self.tr("and {0} extra share(s) let through by staff").format(len(status.received) - 1))
        elif status.eligible:
            lines.append(f"<span style='color:{OK_COLOUR};font-size:large'><b>"
                         + self.tr("✔ Eligible, not yet received") + "</b></span>")
        else:
            lines.append(f"<span style='color:{WARN_COLOUR};font-size:large'><b>"
                         + self.tr("✘ Not eligible for this campaign") + "</b></span>")
        if not status.in_dates:
            lines.append(f"<span style='color:{NOTE_COLOUR}'>" + self.tr("Today is outside the campaign's dates.") + "</span>")
        self.card.setText("<br>".join(lines))

    def _hand_out_selected(self) -> None:
        person_id = self.search.current_person_id()
        if person_id is None and len(self.search.matches()) == 1:
            person_id = self.search.matches()[0].id
        if person_id is None:
            self.feedback.setText(self.tr("Choose the rider first (type, then ↑ ↓)."))
            self.search.focus_search()
            return
        self.hand_out(person_id)

    def hand_out(self, person_id: int) -> None:
        if self.campaign_id is None:
            return
        done = hand_out_asking(self, self._operator(), self.campaign_id, person_id)
        if done is None:
            self.feedback.setText("")  # the last rider's green tick must not look like this one's
            self.show_status(person_id)
            self.search.focus_search()
            return
        self.show_done(done)
        self.search.clear()
        self.search.focus_search()
        self.handed_out.emit(done)

    def show_done(self, done: HandOutResult) -> None:
        """Say what was just handed out, from the result alone (no second look at the database)."""
        left = "、".join(f"{ln.name} {ln.left}" for ln in done.lines)
        self.feedback.setText(
            f"<span style='color:{OK_COLOUR}'>"
            + self.tr("✔ {0} received {1} at {2}. Left in stock: {3}").format(
                done.recipient_name, done.items, done.handed_at.strftime("%H:%M"), left)
            + "</span>"
        )
