"""What the desk must tell the person at the desk (their wish was fulfilled, their report was
fixed): one line per pending notice, with the person's answers as buttons, or "Told" when the
notice asks nothing. Any duty's notice kinds show here; the panel hides when there is none.

The answer goes through ``notices.answer`` (audited there); an answered notice is never
pending again, so each message is passed on once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.common import notices
from desk.ui.widgets.operations import run_op


def message(row: notices.NoticeRow) -> str:
    """The notice in the volunteer's language, formatted after translating."""
    for template in (QCoreApplication.translate("Notice", row.template), row.template):
        try:
            return template.format(**row.params)
        except (KeyError, IndexError, ValueError):
            continue  # a translation that lost a placeholder: the original still says what happened
    return row.template


class NoticesPanel(QFrame):
    answered = Signal(int)  # the notice id

    def __init__(self, operator: Callable[[], Operator], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticesPanel")
        self._operator = operator
        self.person_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#noticesPanel { background: #fff8e1; border: 1px solid #f0b400; border-radius: 4px; }")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self.tr("<b>Please tell them:</b>"), self)
        self._layout.addWidget(self.title)
        self._rows: list[QWidget] = []
        self.hide()

    def show_for(self, person_id: int | None) -> None:
        """List the person's pending notices (hidden when none, or nobody chosen)."""
        self.person_id = person_id
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows.clear()
        pending = notices.pending(person_id) if person_id is not None else []
        for notice in pending:
            self._rows.append(self._row(notice))
            self._layout.addWidget(self._rows[-1])
        self.setVisible(bool(pending))

    def messages(self) -> list[str]:
        return [row.findChild(QLabel, "noticeText").text() for row in self._rows]

    def _row(self, notice: notices.NoticeRow) -> QWidget:
        row = QWidget(self)
        row.setObjectName(f"notice_{notice.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(message(notice), row)
        text.setObjectName("noticeText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        text.setFont(font)
        layout.addWidget(text, 1)
        answers = notice.answers or ((notices.SEEN, self.tr("Told")),)
        for code, label in answers:
            button = QPushButton(QCoreApplication.translate("Notice", label), row)
            button.setObjectName(f"noticeAnswer_{code}")
            button.setAutoDefault(False)  # Enter in the search still checks the rider in
            button.clicked.connect(lambda _=False, n=notice.id, c=code: self._answer(n, c))
            layout.addWidget(button)
        return row

    def _answer(self, notice_id: int, code: str) -> None:
        if run_op(self, notices.answer, notice_id, code, self._operator()) is None:
            return
        self.answered.emit(notice_id)
        self.show_for(self.person_id)
