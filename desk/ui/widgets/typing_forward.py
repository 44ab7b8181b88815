"""Typing that lands beside a tab's search field still searches, so a scanned card is never lost.

A USB scanner types a card code and Enter into whatever has the focus. After a volunteer
clicks a row of a list, ticks a box or presses a button, that is not the search field, and
the scan would go nowhere. ``forward_typing(tab, field)`` sends printable keystrokes that
reach the tab (or one of its lists) outside a text field to the search field, and the Enter
that ends such a burst too; the field keeps the focus afterwards.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Widgets where typing means something of its own: leave their keys alone.
TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOD = Qt.KeyboardModifier
COMMAND_MODIFIERS = _MOD.ControlModifier | _MOD.AltModifier | _MOD.MetaModifier


class TypingForwarder(QObject):
    # An Enter this soon after forwarded typing ends that typing (a scanner's is ~10 ms after).
    BURST_MS = 1000

    def __init__(self, area: QWidget, field: QLineEdit, focus: Callable[[], None] | None = None) -> None:
        super().__init__(area)
        self.area = area
        self.field = field
        self._focus = focus or (lambda: (field.setFocus(Qt.FocusReason.OtherFocusReason), field.selectAll()))
        self._since = QElapsedTimer()
        self.forwarded = 0  # keystrokes sent on so far (for tests and curiosity)
        # Keys a child ignores (buttons, check boxes, labels) bubble up to the tab; lists keep
        # printable keys for their own type-ahead, so they are watched one by one.
        area.installEventFilter(self)
        for view in area.findChildren(QAbstractItemView):
            if view.focusPolicy() != Qt.FocusPolicy.NoFocus:
                self.watch(view)

    def watch(self, widget: QWidget) -> None:
        """Also take typing from ``widget`` (a list added after the tab was built)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not self.field.isEnabled() or not self.field.isVisible():
            return False
        # Bubbled up to the tab: it came from the focus widget, which may be a text field
        # (a line edit lets Enter bubble up after handling it) — those keep their keys.
        origin = QApplication.focusWidget() if watched is self.area else watched
        if origin is self.field or isinstance(origin, TEXT_INPUTS):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.modifiers() & COMMAND_MODIFIERS:
            return False  # shortcuts stay shortcuts
        text = key_event.text()
        in_burst = self._since.isValid() and self._since.elapsed() <= self.BURST_MS
        if text and text.isprintable() and not text.isspace():
            if not in_burst:
                self._focus()  # selects what was there: the scan replaces an old search
            self._send(key_event)
            self._since.start()
            return True
        if key_event.key() in ENTER_KEYS and in_burst:
            self._since.invalidate()
            self._send(key_event)
            return True
        return False

    def _send(self, event: QKeyEvent) -> None:
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        QApplication.sendEvent(self.field, copy)
        self.forwarded += 1


def forward_typing(area: QWidget, field: QLineEdit, focus: Callable[[], None] | None = None) -> TypingForwarder:
    """Send typing that reaches ``area`` outside a text field to ``field`` (see the module's docstring)."""
    return TypingForwarder(area, field, focus)
