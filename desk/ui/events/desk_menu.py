"""The Desk menu's entries for paper days: print the daily visitor sheet, type one back in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def print_daily_sheet(parent, ctx) -> None:
    from desk.ui.events.sheets import DailySheetDialog

    DailySheetDialog(ctx.settings.station_name, parent).exec()


def type_in_paper_sheet(parent, ctx) -> bool:
    """Open the paper-sheet entry; True when check-ins were written."""
    from desk.ui.events.paper_entry import PaperSheetDialog

    return bool(PaperSheetDialog(ctx.operator, parent).exec())


def add_desk_menu_actions(window: QMainWindow, menu: QMenu) -> list[QAction]:
    """Called by the main window while it builds its Desk menu (``window.ctx`` is the desk's context)."""
    made = []
    for text, slot in (
        (QCoreApplication.translate("EventsDeskMenu", "Print daily visitor sheet…"),
         lambda: print_daily_sheet(window, window.ctx)),
        (QCoreApplication.translate("EventsDeskMenu", "Type in a paper visitor sheet…"), lambda: _typed_in(window)),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        made.append(action)
    return made


def _typed_in(window) -> None:
    if type_in_paper_sheet(window, window.ctx):
        # The check-in tab's counters and list include the typed-in visits when next shown.
        current = window.current_page() if hasattr(window, "current_page") else None
        if current is not None and hasattr(current, "refresh"):
            current.refresh()
