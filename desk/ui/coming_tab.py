"""The page of a duty that is not built yet: says so plainly instead of failing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingTab(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr("<h2>{0}</h2><p>This part of the desk is coming in a later version.</p>"
                    "<p>Until then, please keep using the paper list for it.</p>").format(title),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("comingLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
