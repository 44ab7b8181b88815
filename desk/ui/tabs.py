"""The duty tabs, in the order the window shows them.

A tab is a QWidget constructed as ``Tab(ctx: DeskContext, parent=None)``; it may define
``refresh()`` (called when it becomes visible) and ``focus_first()`` (where the cursor goes).
A module that does not exist yet shows the "coming" page instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # untranslated; the window translates it in context "Tabs"
    module: str
    cls: str


TABS = [
    TabSpec("checkin", QT_TRANSLATE_NOOP("Tabs", "Check-in"), "desk.ui.checkin_tab", "CheckinTab"),
    TabSpec("people", QT_TRANSLATE_NOOP("Tabs", "People"), "desk.ui.people_tab", "PeopleTab"),
    TabSpec("gifts", QT_TRANSLATE_NOOP("Tabs", "Gifts"), "desk.ui.gifts_tab", "GiftsTab"),
    TabSpec("wishes", QT_TRANSLATE_NOOP("Tabs", "Wish board"), "desk.ui.wishes_tab", "WishesTab"),
    TabSpec("points", QT_TRANSLATE_NOOP("Tabs", "Points"), "desk.ui.points_tab", "PointsTab"),
    TabSpec("grid", QT_TRANSLATE_NOOP("Tabs", "Grid reports"), "desk.ui.grid_tab", "GridTab"),
    TabSpec("events", QT_TRANSLATE_NOOP("Tabs", "Events"), "desk.ui.events_tab", "EventsTab"),
    TabSpec("reports", QT_TRANSLATE_NOOP("Tabs", "Reports"), "desk.ui.reports_tab", "ReportsTab"),
]
