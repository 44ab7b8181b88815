"""Keyboard habits shared by the gifts dialogs."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox


class _SwallowEnter(QObject):
    """Stops a plain Enter that no field used from reaching the dialog's default button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return True
        return False


def enter_stays_in_fields(dialog: QDialog, buttons: QDialogButtonBox, save: Callable[[], None]) -> None:
    """Enter in a person search must pick the person, not close the dialog: Ctrl+Enter saves.

    QLineEdit passes Enter on to the dialog, and QDialogButtonBox makes its Save button the
    default again when shown, so the dialog itself drops a plain Enter that reaches it.
    """
    dialog._swallow_enter = _SwallowEnter(dialog)  # kept alive with the dialog
    dialog.installEventFilter(dialog._swallow_enter)
    for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
