"""Keyboard shortcuts, registered the same way on every tab.

A tab's keys work anywhere inside the tab (and only while it is shown, so Ctrl+N means
"new visitor" on check-in and "add person" on the roster); a list's own keys (Delete to void,
Enter to open) work only while that list has the focus.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence | QKeySequence.StandardKey | Qt.Key


def _sequence(key: Key) -> QKeySequence:
    return key if isinstance(key, QKeySequence) else QKeySequence(key)


def tab_keys(tab: QWidget, bindings: Iterable[tuple[Key, Callable[[], object]]]) -> list[QShortcut]:
    """Shortcuts active while focus is anywhere inside ``tab``."""
    made = []
    for key, slot in bindings:
        shortcut = QShortcut(_sequence(key), tab)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def widget_key(widget: QWidget, key: Key, slot: Callable[[], object]) -> QShortcut:
    """A shortcut active only while ``widget`` itself has the focus (Delete in a list)."""
    shortcut = QShortcut(_sequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
