"""Keyboard habits shared by the gifts dialogs."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def enter_stays_in_fields(dialog: QDialog, buttons: QDialogButtonBox, save: Callable[[], None]) -> None:
    """Enter in a person search must pick the person, not close the dialog: Ctrl+Enter saves.

    QLineEdit passes Enter on to the dialog, which would press its default button.
    """
    for button in buttons.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)
    for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
