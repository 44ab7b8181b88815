"""Small modal questions, in one place so tests can answer them (monkeypatch these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.reasons import REASON_MAX


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


class ReasonDialog(QDialog):
    """Asks why (a void, a reversal): OK with nothing written says so in place and stays open."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(title, self)  # repeated: title bars are small or absent
        heading.setWordWrap(True)
        label = QLabel(QCoreApplication.translate("Dialogs", "Reason (required):"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("reasonField")
        self.field.setMaxLength(REASON_MAX)
        label.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setObjectName("reasonMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda _t: self.message.setText(""))
        layout = QVBoxLayout(self)
        for widget in (heading, label, self.field, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def reason(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:  # noqa: D102 (Qt override)
        if not self.reason():
            self.message.setText(QCoreApplication.translate(
                "Dialogs", "Please write the reason: it is kept with the record."))
            self.field.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str) -> str | None:
    """Why (required, not blank), or ``None`` when cancelled. The title ("Reverse 10 points of …") is
    repeated above the field."""
    dialog = ReasonDialog(parent, title)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
