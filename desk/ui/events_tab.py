"""活动签到: community events: the list, an event's page (sign in, registrations, sign-in sheet),
this month's and this year's figures, and the paper visitor sheet for days the PC is off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services import events
from desk.ui.context import DeskContext
from desk.ui.events import desk_menu
from desk.ui.events.event_dialog import EventDialog
from desk.ui.events.event_page import EventPage
from desk.ui.events.list_page import EventListPage
from desk.ui.events.models import category_name
from desk.ui.widgets.keys import tab_keys
from desk.ui.widgets.operations import may


class EventsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures = QLabel(self)
        self.figures.setObjectName("eventFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.daily_button = QPushButton(self.tr("Print daily visitor sheet…"), self)
        self.paper_button = QPushButton(self.tr("Type in a paper visitor sheet…"), self)
        self.paper_button.setObjectName("paperButton")
        self.list_page = EventListPage(self)
        self.event_page = EventPage(ctx, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.event_page)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(self.daily_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.paper_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.list_page.opened.connect(self.open_event)
        self.list_page.new_button.clicked.connect(self.new_event)
        self.list_page.copy_button.clicked.connect(self.copy_event)
        self.event_page.back.connect(self.show_list)
        self.event_page.changed.connect(self.show_figures)
        self.event_page.edit_requested.connect(self.edit_event)
        self.daily_button.clicked.connect(lambda: desk_menu.print_daily_sheet(self, self.ctx))
        self.paper_button.clicked.connect(lambda: desk_menu.type_in_paper_sheet(self, self.ctx))
        tab_keys(self, (
            ("Ctrl+N", self.new_event),
            ("Ctrl+P", self.print_sheet),
            ("Escape", self.escape),
            ("Ctrl+F", self.focus_first),
            ("F5", self.refresh),
        ))
        self.refresh()

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        manage = may(self.ctx, "event.manage")  # setting up events is staff's: a volunteer does not see the buttons
        self.list_page.new_button.setVisible(manage)
        self.list_page.copy_button.setVisible(manage)
        self.paper_button.setEnabled(may(self.ctx, "visit.check_in"))
        self.show_figures()
        if self.stack.currentWidget() is self.event_page:
            self.event_page.refresh()
        else:
            self.list_page.refresh()

    def show_figures(self) -> None:
        today = dt.date.today()
        month, year = events.month_figures(today), events.year_figures(today)
        kinds = "、".join(f"{category_name(c.category)} {c.events}" for c in year.by_category)
        self.figures.setText(self.tr(
            "<span style='font-size:13pt'>This month: <b>{0}</b> events held, <b>{1}</b> attendances "
            "({2} people, {3} walk-ins) · this year: <b>{4}</b> events, <b>{5}</b> attendances ({6} people)</span>"
            "<br/>This year by kind: {7}").format(
            month.events_held, month.attendance, month.attendees, month.walk_ins, year.events_held, year.attendance,
            year.attendees, kinds or self.tr("none yet")))

    def focus_first(self) -> None:
        if self.stack.currentWidget() is self.event_page:
            self.event_page.focus_first()
        else:
            self.list_page.focus_first()

    def escape(self) -> None:
        """Esc clears a search that has text (as everywhere), else goes back to the list."""
        if self.stack.currentWidget() is self.event_page and self.event_page.clear_search():
            return
        self.show_list()

    def show_list(self) -> None:
        if self.stack.currentWidget() is self.list_page:
            return
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.refresh()
        self.list_page.select(self.event_page.event_id)
        self.list_page.focus_first()

    def open_event(self, event_id: int) -> None:
        self.stack.setCurrentWidget(self.event_page)
        self.event_page.show_event(event_id)
        self.event_page.focus_first()

    # --- actions ---------------------------------------------------------------------------
    def new_event(self) -> None:
        if not may(self.ctx, "event.manage"):
            return
        dialog = EventDialog(self.ctx.operator, None, self)
        if dialog.exec() and dialog.event_id:
            self.show_figures()
            self.open_event(dialog.event_id)

    def copy_event(self) -> None:
        source = self.list_page.current_id() if self.stack.currentWidget() is self.list_page \
            else self.event_page.event_id
        if source is None or not may(self.ctx, "event.manage"):
            return
        template = events.template_from(source, dt.date.today() + dt.timedelta(days=7))
        dialog = EventDialog(self.ctx.operator, None, self, template=template, copied_from=source)
        if dialog.exec() and dialog.event_id:
            self.show_figures()
            self.open_event(dialog.event_id)

    def edit_event(self, event_id: int) -> None:
        if EventDialog(self.ctx.operator, event_id, self).exec():
            self.event_page.refresh()
            self.show_figures()

    def print_sheet(self) -> None:
        if self.stack.currentWidget() is self.event_page:
            self.event_page.print_sheet()

    def screenshot_states(self):
        """For tools/screenshots.py: an event's page with its sign-ins, then its sign-in sheet."""

        def busiest() -> None:
            rows = [r for r in events.list_events(events.PAST, limit=40) if not r.cancelled]
            if rows:
                self.open_event(max(rows, key=lambda r: r.attended).id)

        def sheet() -> None:
            self.event_page.pages.setCurrentWidget(self.event_page.sheet)

        return [("event", busiest), ("sheet", sheet)]
