"""Small modal questions, in one place so tests can answer them (monkeypatch these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """Yes/No; Enter answers the safe default (No) unless ``default_yes``."""
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text (e.g. a reason), or ``None`` when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_reason(parent: QWidget | None, title: str) -> str | None:
    """The title ("Reverse 10 points of …") is repeated above the field: title bars are small or absent."""
    return ask_text(parent, title, title + "\n\n" + QCoreApplication.translate("Dialogs", "Reason (required):"))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
