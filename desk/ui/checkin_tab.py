"""到访签到: check a rider in within seconds, see today at a glance, void a mistake."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import RepeatVisit
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.ui.checkin.notices_panel import NoticesPanel
from desk.ui.checkin.services_panel import ServicesPanel
from desk.ui.checkin.visit_model import VisitTableModel
from desk.ui.checkin.visitor_dialogs import AnonymousDialog, NewVisitorDialog
from desk.ui.context import DeskContext
from desk.ui.errors import message_of, term
from desk.ui.widgets.keys import tab_keys, widget_key
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import REFUSED, try_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.typing_forward import forward_typing


class CheckinTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = PersonSearch(
            self, no_match_hint=self.tr("Nobody matches. Press Enter to register a new visitor.")
        )
        self.services = ServicesPanel(english=ctx.settings.language == "en", parent=self)
        self.person_card = QLabel(self)
        self.person_card.setObjectName("personCard")
        self.person_card.setWordWrap(True)
        self.person_card.setTextFormat(Qt.TextFormat.RichText)
        self.person_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.person_card.setMinimumHeight(64)
        self.notices = NoticesPanel(lambda: self.ctx.operator, self)  # news for the person chosen
        self.feedback = QLabel(self)
        self.feedback.setObjectName("checkinFeedback")
        self.feedback.setWordWrap(True)

        self.check_in_button = QPushButton(self.tr("Check in (Enter)"), self)
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.setDefault(True)
        self.new_button = QPushButton(self.tr("New visitor (Ctrl+N)"), self)
        self.anon_button = QPushButton(self.tr("Anonymous walk-in (Ctrl+M)"), self)
        self.void_button = QPushButton(self.tr("Void selected check-in…"), self)
        self.void_button.setObjectName("voidButton")

        self.counter_labels = {key: QLabel(self) for key in ("today", "month", "year")}
        for key, label in self.counter_labels.items():
            label.setObjectName(f"counter_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setTextFormat(Qt.TextFormat.RichText)

        self.visits = VisitTableModel(self, english=ctx.settings.language == "en")
        self.table = record_table(self.visits, self, name="todayTable", stretch=5)

        self._layout()
        self._connect()
        # A card scanned while a row of today's list or a service box has the focus still checks in.
        self.typing = forward_typing(self, self.search.field, self.search.focus_search)
        self._day = dt.date.today()
        self._show_person(None)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------
    def _layout(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.services)
        right.addWidget(self.person_card)
        right.addWidget(self.notices)
        right.addWidget(self.check_in_button)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.anon_button)
        right.addLayout(row)
        right.addWidget(self.feedback)
        right.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addLayout(right, 2)

        counters = QHBoxLayout()
        for label in self.counter_labels.values():
            counters.addWidget(label, 1)

        today_head = QHBoxLayout()
        today_head.addWidget(QLabel(self.tr("<b>Today's check-ins</b> (newest first)"), self))
        today_head.addStretch(1)
        today_head.addWidget(self.void_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 5)
        layout.addLayout(counters)
        layout.addLayout(today_head)
        layout.addWidget(self.table, 4)

    def _connect(self) -> None:
        self.search.person_selected.connect(self._show_person)
        self.search.person_selected.connect(self.notices.show_for)
        self.search.person_activated.connect(lambda pid: self.check_in(pid))
        self.search.no_match.connect(self.register_new)
        self.check_in_button.clicked.connect(self._check_in_selected)
        self.new_button.clicked.connect(lambda: self.register_new(self.search.text()))
        self.anon_button.clicked.connect(self.check_in_anonymous)
        self.void_button.clicked.connect(self.void_selected)
        tab_keys(self, (
            ("Ctrl+N", lambda: self.register_new(self.search.text())),
            ("Ctrl+M", self.check_in_anonymous),
            ("Ctrl+F", self.focus_first),
            ("F5", self.refresh),
        ))
        widget_key(self.table, QKeySequence.StandardKey.Delete, self.void_selected)
        # Past midnight the "today" list and counters must move on without a restart.
        self._midnight = QTimer(self)
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self._roll_day)
        self._midnight.start()

    # --- reading --------------------------------------------------------------------------
    def focus_first(self) -> None:
        self.search.focus_search()

    def refresh(self) -> None:
        self._day = dt.date.today()
        self.visits.set_rows(checkin.visits_between(*checkin.day_bounds(self._day)))
        counts = checkin.counters(self._day)
        titles = {"today": self.tr("Today"), "month": self.tr("This month"), "year": self.tr("This year")}
        for key, label in self.counter_labels.items():
            tally = counts[key]
            label.setText(
                # A size relative to the label's font: it follows View → Larger text at once.
                f"{titles[key]}<br><span style='font-size:xx-large'><b>{tally.person_times}</b></span> "
                + self.tr("person-times · {0} people").format(tally.people)
            )

    def catalog_changed(self) -> None:
        self.services.reload()
        self._show_person(self.search.current_person_id())

    def _roll_day(self) -> None:
        if dt.date.today() != self._day:
            self.refresh()

    def _show_person(self, person_id: int | None) -> None:
        self.services.set_checked([s.id for s in checkin.usual_services(person_id)])
        if person_id is None:
            self.person_card.setText(self.tr("Search a visitor above, or register a new one."))
            return
        person = people.get_person(person_id)
        last = checkin.last_visit(person_id)
        detail = " · ".join(x for x in (term(people.kind_name(person.kind)), person.platform) if x)
        flags = []
        if person.caring_team:
            flags.append(self.tr("Caring Rider Team"))
        if person.party_member:
            flags.append(self.tr("party member"))
        if last is not None:
            flags.append(self.tr("last visit {0}").format(last.visited_at.strftime("%Y-%m-%d %H:%M")))
        else:
            flags.append(self.tr("first visit"))
        self.person_card.setText(
            f"<span style='font-size:x-large'><b>{escape(person.name)}</b></span>  {escape(detail)}"
            + (f"<br>{' · '.join(flags)}" if flags else "")
        )

    # --- writing --------------------------------------------------------------------------
    def _check_in_selected(self) -> None:
        person_id = self.search.current_person_id()
        if person_id is None and len(self.search.matches()) == 1:
            person_id = self.search.matches()[0].id
        if person_id is None:
            self.feedback.setText(self.tr("Choose a visitor first (type, then ↑ ↓), or register a new one."))
            self.search.focus_search()
            return
        self.check_in(person_id)

    def check_in(self, person_id: int | None, anon_kind: str = "") -> bool:
        service_ids = self.services.checked_ids()
        if person_id is not None and not self.services.checked_ids():
            service_ids = [s.id for s in checkin.usual_services(person_id)]
        done = try_op(self, self._check_in_asking, person_id, service_ids, anon_kind)
        if done is REFUSED:
            return False
        if done is None:  # a repeat the volunteer chose not to count
            self.feedback.setText(self.tr("Not counted again."))
            self.search.clear()
            self.search.focus_search()
            return False
        # The ticked boxes' own labels (English or Chinese, as the desk shows them).
        names = "、".join(
            self.services.boxes[s].text().split("  ")[-1].replace("&&", "&") if s in self.services.boxes else name
            for s, name in zip(done.service_ids, done.services)
        )
        who = done.person_name or self.tr("Anonymous {0}").format(term(people.kind_name(done.anon_kind)))
        self.feedback.setText(
            self.tr("<span style='color:#1b5e20'>✔ {0} checked in at {1} ({2})</span>").format(
                who, done.visited_at.strftime("%H:%M"), names
            )
        )
        if done.unarchived:
            self.feedback.setText(
                self.feedback.text() + "<br>" + self.tr("{0} was archived and is back on the roster.").format(who)
            )
        self.search.clear()
        self.refresh()
        self.search.focus_search()
        self.notices.show_for(done.person_id)  # after clear(): still the one just checked in
        return True

    def _check_in_asking(self, person_id: int | None, service_ids: list[int],
                         anon_kind: str) -> checkin.CheckInResult | None:
        """Check in; a second check-in within minutes is counted only if the volunteer says so (else None)."""
        try:
            return checkin.check_in(person_id, service_ids, self.ctx.operator, anon_kind=anon_kind)
        except RepeatVisit as repeat:
            if not dialogs.confirm(self, self.tr("Checked in already"), message_of(repeat)):
                return None
        return checkin.check_in(person_id, service_ids, self.ctx.operator, anon_kind=anon_kind, allow_repeat=True)

    def screenshot_states(self):
        """For tools/screenshots.py: a regular's phone tail typed, their usual services ticked."""

        def type_regular() -> None:
            rows = [r for r in self.visits.rows() if r.phone] or [
                r for r in checkin.visits_between(*checkin.month_bounds(self._day)) if r.phone
            ]
            if rows:
                self.search.set_text(rows[0].phone[-4:])

        return [("search", type_regular)]

    def register_new(self, typed: str = "") -> None:
        dialog = NewVisitorDialog(self.ctx.operator, typed, self)
        if dialog.exec() and dialog.person_id is not None:
            self.services.set_checked(self.services.checked_ids() or [s.id for s in checkin.default_services()])
            self.check_in(dialog.person_id)
        else:
            self.search.focus_search()

    def check_in_anonymous(self) -> None:
        dialog = AnonymousDialog(self)
        if dialog.exec():
            if not self.services.checked_ids():
                self.services.set_checked([s.id for s in checkin.default_services()])
            self.check_in(None, anon_kind=dialog.chosen_kind())
        self.search.focus_search()

    def void_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.feedback.setText(self.tr("Select the check-in to void in today's list first."))
            return
        try:
            self._void_row(self.visits.row_record(index.row()))
        finally:
            self.search.focus_search()  # the next scan goes to check-in, not to today's list

    def _void_row(self, row: checkin.VisitRow) -> None:
        who = row.name or self.tr("(anonymous)")
        reason = dialogs.ask_reason(self, self.tr("Void the check-in of {0} at {1}").format(who, row.visited_at.strftime("%H:%M")))
        if reason is None:
            return
        if try_op(self, checkin.void_visit, row.id, reason, self.ctx.operator) is REFUSED:
            return
        self.feedback.setText(self.tr("The check-in of {0} was voided; it no longer counts.").format(who))
        self.refresh()
