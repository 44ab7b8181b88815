"""Helpers for pytest-qt tests.

``qtbot.keyClicks(widget, "张三")`` aborts the process (a Qt assertion in qasciikey.cpp), so
Chinese text goes in as an input-method commit, exactly as a Chinese IME delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key clicks, anything else as an IME commit."""
    widget.setFocus()
    for chunk_is_ascii, chunk in _chunks(text):
        if chunk_is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def press_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _chunks(text: str):
    current, is_ascii = "", None
    for ch in text:
        a = ch.isascii()
        if is_ascii is not None and a != is_ascii:
            yield is_ascii, current
            current = ""
        current += ch
        is_ascii = a
    if current:
        yield is_ascii, current
