"""An event's page: its details and counts, signing people in (search or scan, walk-ins, new
visitors), the registered list, and its sign-in sheet."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services import events
from desk.services.events import AttendanceResult
from desk.ui.context import DeskContext
from desk.ui.events.models import AttendanceModel, RegistrationModel, category_name, when_text
from desk.ui.events.new_person_dialog import NewAttendeeDialog
from desk.ui.events.roster_dialog import RosterRegisterDialog
from desk.ui.events.sheets import SignInSheetPanel
from desk.ui.events.tick_dialog import SignedSheetDialog
from desk.ui.widgets import dialogs
from desk.ui.widgets.keys import widget_key
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table


class EventPage(QWidget):
    back = Signal()
    changed = Signal()  # counts changed: the list refreshes when shown again
    edit_requested = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.row: events.EventRow | None = None
        self.back_button = QPushButton(self.tr("← All events (Esc)"), self)
        self.header = QLabel(self)
        self.header.setObjectName("eventHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel event…"), self)
        self.tick_button = QPushButton(self.tr("Enter the signed sheet…"), self)
        self.all_button = QPushButton(self.tr("Mark all registered as attended…"), self)
        self.all_button.setObjectName("markAllButton")

        # Sign in: search or scan; nobody found → a new visitor.
        self.search = PersonSearch(self, limit=8, no_match_hint=self.tr(
            "Nobody matches. Press Enter to register a new visitor and sign them in."))
        self.search.setObjectName("attendSearch")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("attendFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.attend_model = AttendanceModel(self)
        self.attend_view = record_table(self.attend_model, self, name="attendanceTable")
        self.remove_button = QPushButton(self.tr("Remove selected sign-in…"), self)
        attend_page = QWidget(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Scan the member card, or type the phone's last 4 digits or the name, "
                                      "then Enter:"), self))
        left.addWidget(self.search, 1)
        right = QVBoxLayout()
        right.addWidget(self.attend_view, 1)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        al = QHBoxLayout(attend_page)
        al.addLayout(left, 2)
        al.addLayout(right, 3)

        # Registered ahead: one by one, or a group from the roster.
        self.reg_search = PersonSearch(self, limit=6, no_match_hint=self.tr("Nobody matches."))
        self.reg_search.setObjectName("registerSearch")
        self.group_button = QPushButton(self.tr("Register a group from the roster…"), self)
        self.group_button.setObjectName("groupButton")
        self.reg_model = RegistrationModel(self)
        self.reg_view = record_table(self.reg_model, self, name="registrationTable")
        self.unregister_button = QPushButton(self.tr("Take selected off the list…"), self)
        reg_page = QWidget(self)
        reg_left = QVBoxLayout()
        reg_left.addWidget(QLabel(self.tr("Register one person (Enter):"), self))
        reg_left.addWidget(self.reg_search, 1)
        reg_left.addWidget(self.group_button, 0, Qt.AlignmentFlag.AlignLeft)
        reg_right = QVBoxLayout()
        reg_right.addWidget(self.reg_view, 1)
        reg_right.addWidget(self.unregister_button, 0, Qt.AlignmentFlag.AlignRight)
        rl = QHBoxLayout(reg_page)
        rl.addLayout(reg_left, 2)
        rl.addLayout(reg_right, 3)

        self.sheet = SignInSheetPanel(ctx.settings.station_name, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("eventPages")
        self.pages.addTab(attend_page, "")
        self.pages.addTab(reg_page, "")
        self.pages.addTab(self.sheet, self.tr("Sign-in sheet"))

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        for button in (self.edit_button, self.cancel_button, self.tick_button, self.all_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.feedback)  # under the header: what the last action did, whichever page is shown
        layout.addWidget(self.pages, 1)

        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(lambda: self.event_id and self.edit_requested.emit(self.event_id))
        self.cancel_button.clicked.connect(self.cancel_event)
        self.tick_button.clicked.connect(self.enter_signed_sheet)
        self.all_button.clicked.connect(self.mark_all)
        self.search.person_activated.connect(self.sign_in)
        self.search.no_match.connect(self.new_visitor)
        self.reg_search.person_activated.connect(self.register_one)
        self.group_button.clicked.connect(self.register_group)
        self.remove_button.clicked.connect(self.remove_selected)
        self.unregister_button.clicked.connect(self.unregister_selected)
        self.pages.currentChanged.connect(self._page_shown)
        widget_key(self.attend_view, QKeySequence.StandardKey.Delete, self.remove_selected)
        widget_key(self.reg_view, QKeySequence.StandardKey.Delete, self.unregister_selected)

    # --- showing ---------------------------------------------------------------------------
    def show_event(self, event_id: int) -> None:
        first = event_id != self.event_id
        self.event_id = event_id
        self.sheet.set_event(event_id)
        self.refresh()
        if first:
            self.feedback.setText("")
            self.search.clear()
            self.reg_search.clear()
            upcoming = self.row is not None and self.row.starts_at.date() > dt.date.today()
            self.pages.setCurrentIndex(1 if upcoming else 0)
            self._page_shown(self.pages.currentIndex())

    def refresh(self) -> None:
        if self.event_id is None:
            return
        self.row = row = events.event_row(self.event_id)
        if row is None:
            return
        regs = events.registrations(self.event_id)
        self.reg_model.set_rows(regs[::-1])  # the newest on top, where the volunteer looks
        self.attend_model.set_rows(events.attendances(self.event_id))
        self.header.setText(self._header_html(row))
        self.pages.setTabText(0, self.tr("Sign in ({0})").format(row.attended))
        self.pages.setTabText(1, self.tr("Registered ({0})").format(len(regs)))
        live = not row.cancelled
        pending = sum(1 for r in regs if not r.attended)
        # Changing and cancelling are staff's: hidden from a volunteer, greyed on a cancelled event.
        self.edit_button.setVisible(may(self.ctx, "event.manage"))
        self.cancel_button.setVisible(may(self.ctx, "event.cancel"))
        self.edit_button.setEnabled(live)
        self.cancel_button.setEnabled(live)
        self.tick_button.setEnabled(live and may(self.ctx, "event.attend"))
        self.all_button.setEnabled(live and pending > 0 and may(self.ctx, "event.attend"))
        for w in (self.search, self.reg_search, self.group_button, self.remove_button, self.unregister_button):
            w.setEnabled(live)
        if self.pages.currentWidget() is self.sheet:
            self.sheet.refresh()

    def _header_html(self, row: events.EventRow) -> str:
        bits = [escape(when_text(row)), escape(row.place), escape(category_name(row.category))]
        if row.organiser:
            bits.append(self.tr("organiser: {0}").format(escape(row.organiser)))
        if row.units:
            bits.append(self.tr("with {0}").format(escape(row.units)))
        capacity = self.tr("{0} of {1} places taken").format(row.registered + row.walk_ins, row.capacity) \
            if row.capacity else self.tr("no limit on places")
        points = self.tr("{0} points for attending").format(row.points) if row.points else self.tr("no points")
        counts = self.tr("Registered <b>{0}</b> · signed in <b>{1}</b> (walk-ins {2}) · {3} · {4}").format(
            row.registered, row.attended, row.walk_ins, capacity, points)
        title = escape(row.title)
        if row.cancelled:
            title = self.tr("{0} <span style='color:#b00020'>(cancelled: {1})</span>").format(
                title, escape(row.cancel_reason))
        return (f"<span style='font-size:16pt'><b>{title}</b></span><br/>{' · '.join(bits)}<br/>{counts}")

    def _page_shown(self, index: int) -> None:
        if self.pages.widget(index) is self.sheet:
            self.sheet.refresh()
        self.focus_first()

    def focus_first(self) -> None:
        if self.pages.currentIndex() == 0:
            self.search.focus_search()
        elif self.pages.currentIndex() == 1:
            self.reg_search.focus_search()

    def clear_search(self) -> bool:
        """Clear the shown page's search if it holds text; False when there was nothing to clear."""
        for search in (self.search, self.reg_search):
            if search.isVisible() and search.text():
                search.clear()
                search.focus_search()
                return True
        return False

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- signing in ------------------------------------------------------------------------
    def _said(self, result: AttendanceResult) -> None:
        what = self.tr("✔ <b>{0}</b> signed in").format(escape(result.name))
        if result.walk_in:
            what += self.tr(" (walk-in, added to the list)")
        if result.points:
            what += self.tr(" · +{0} points").format(result.points)
        self.feedback.setText(f"<span style='font-size:14pt'>{what}</span>")

    def sign_in(self, person_id: int) -> None:
        result = run_op(self, events.mark_present, self.event_id, person_id, self.ctx.operator)
        if result is not None:
            self._said(result)
            self._done()
        self.search.clear()
        self.search.focus_search()

    def new_visitor(self, typed: str) -> None:
        dialog = NewAttendeeDialog(self.ctx.operator, self.event_id, typed, self)
        if dialog.exec() and dialog.result_ is not None:
            self._said(dialog.result_)
            self._done()
        self.search.clear()
        self.search.focus_search()

    def enter_signed_sheet(self) -> None:
        dialog = SignedSheetDialog(self.ctx.operator, self.event_id, self)
        if dialog.exec():
            self._done()

    def mark_all(self) -> None:
        pending = len(events.not_yet_signed_in(self.event_id))
        if not pending:
            return
        text = self.tr("Mark all {0} registered people who have not signed in as attended? Each earns the "
                       "event's points.").format(pending)
        if not dialogs.confirm(self, self.tr("Mark all registered as attended"), text):
            return
        result = run_op(self, events.mark_all_registered, self.event_id, self.ctx.operator, expected=pending)
        if result is not None:
            self.feedback.setText(self.tr("✔ {0} people marked as attended; {1} points awarded.").format(
                result.count, result.points))
            self._done()

    def remove_selected(self) -> None:
        index = self.attend_view.currentIndex()
        if not index.isValid():
            self.feedback.setText(self.tr("Select the sign-in to remove in the list first."))
            return
        row = self.attend_model.row_record(index.row())
        if row.voided:
            return
        if not events.may_remove(row.created_by_id, row.created_at, self.ctx.operator):
            # Said before the reason is asked, not after.
            self.feedback.setText(self.tr("Only staff remove someone else's sign-in or one from another day; "
                                          "you can remove those you recorded today."))
            return
        reason = dialogs.ask_reason(self, self.tr("Remove the sign-in of {0}").format(row.name))
        if reason is None:
            return
        if run_op(self, events.remove_attendance, row.id, reason, self.ctx.operator) is not None:
            self.feedback.setText(self.tr("The sign-in of {0} was removed; its points were taken back.").format(
                escape(row.name)))
            self._done()

    # --- registering -----------------------------------------------------------------------
    def register_one(self, person_id: int) -> None:
        self._register([person_id])
        self.reg_search.clear()
        self.reg_search.focus_search()

    def _register(self, ids: list[int]) -> None:
        result = run_op(self, events.register, self.event_id, ids, self.ctx.operator)
        if result is None:
            return
        if result.needs_confirmation:
            text = self.tr("The event has {0} places and this makes {1} registered. Register anyway?").format(
                result.capacity, result.total)
            if not dialogs.confirm(self, self.tr("Over capacity"), text):
                return
            result = run_op(self, events.register, self.event_id, ids, self.ctx.operator, over_capacity_ok=True)
            if result is None:
                return
        self._done()
        names = {r.person_id: r.name for r in self.reg_model.rows()}
        if len(result.registered) == 1:
            self.feedback.setText(self.tr("✔ {0} is registered ({1} on the list).").format(
                escape(names.get(result.registered[0], "")), result.total))
        elif result.registered:
            self.feedback.setText(self.tr("✔ {0} people registered ({1} on the list).").format(
                len(result.registered), result.total))
        elif result.already:
            self.feedback.setText(self.tr("{0} is already on the list.").format(
                escape(names.get(result.already[0], ""))))

    def register_group(self) -> None:
        dialog = RosterRegisterDialog(self.ctx.operator, self.event_id, self)
        if dialog.exec() and dialog.result_ is not None:
            self._done()
            self.feedback.setText(self.tr("✔ {0} people registered ({1} on the list).").format(
                len(dialog.result_.registered), dialog.result_.total))

    def unregister_selected(self) -> None:
        index = self.reg_view.currentIndex()
        if not index.isValid():
            return
        row = self.reg_model.row_record(index.row())
        reason = dialogs.ask_reason(self, self.tr("Take {0} off the list").format(row.name))
        if reason is None:
            return
        if run_op(self, events.unregister, self.event_id, row.person_id, reason, self.ctx.operator) is not None:
            self._done()

    # --- the event itself ------------------------------------------------------------------
    def cancel_event(self) -> None:
        row = self.row
        if row is None:
            return
        reason = dialogs.ask_reason(self, self.tr("Cancel the event {0}").format(row.title))
        if reason is None:
            return
        result = run_op(self, events.cancel_event, self.event_id, reason, self.ctx.operator)
        if result is not None:
            self.feedback.setText(self.tr("The event was cancelled; {0} points of {1} people were taken back.").format(
                result.points_reversed, result.people))
            self._done()

    def print_sheet(self) -> None:
        self.sheet.print_sheet()
