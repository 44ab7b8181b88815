"""What the desk must tell the person at the desk (their wish was fulfilled, their report was
fixed): one line per pending notice, with the person's answers as buttons, or "Told" when the
notice asks nothing. Any duty's notice kinds show here; the panel hides when there is none.

The answer goes through ``notices.answer`` (audited there); an answered notice is never
pending again, so each message is passed on once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

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


class _NoticeRows(QScrollArea):
    """The notices, scrolling when the desk has no room for all of them: squeezed, a wrapped
    line was cut to half its height and could not be read."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName("noticeRows")
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.body)
        self.setStyleSheet("QScrollArea, #noticeRows { background: transparent; }")
        self._width = 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # All the rows at the width they get (wrapped lines included), as far as there is room.
        width = self.viewport().width() if self.isVisible() else self.body.sizeHint().width()
        height = self.body.heightForWidth(width) if self.body.hasHeightForWidth() else -1
        return QSize(super().sizeHint().width(), max(height, self.body.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Room for a notice of two or three lines; the others scroll. Not measured from the
        # rows: while the desk is laid out the width can be tiny, a row then "needs" many lines,
        # and the whole window would grow past the bottom of the screen.
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 3)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped lines change with the width
            self._width = event.size().width()
            self.updateGeometry()


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
        self._scroll = _NoticeRows(self)
        self._layout.addWidget(self._scroll)
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
            self._scroll.rows.addWidget(self._rows[-1])
        self.setVisible(bool(pending))
        self._scroll.updateGeometry()

    def messages(self) -> list[str]:
        return [row.findChild(QLabel, "noticeText").text() for row in self._rows]

    def _row(self, notice: notices.NoticeRow) -> QWidget:
        row = QWidget(self._scroll.body)
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
        self.show_for(self.person_id)
        self.answered.emit(notice_id)  # after the rows are gone: a listener may move the focus
