"""The cards of the wish board: a list model per column and one delegate that paints a card.

Model/view, not a widget per wish: a column of 2,000 cards costs only the cards on screen.
Photos show as thumbnails made with ``QImageReader.setScaledSize`` (the full photo is never
decoded) and kept in a small cache shared by every column.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.errors import DeskError
from desk.services.common import attachments
from desk.services.wishes.queries import WishCard
from desk.services.wishes.rules import AWAITING, CLAIMED, DECLINED, FULFILLED, OPEN, WITHDRAWN

CARD_ROLE = Qt.ItemDataRole.UserRole + 1

THUMB = 52  # px, the side of a thumbnail on a card
PAD = 8


class ThumbnailCache:
    """Small pixmaps of stored photos by attachment id; the oldest are dropped past ``limit``."""

    def __init__(self, side: int = THUMB, limit: int = 400) -> None:
        self.side = side
        self.limit = limit
        self._cache: OrderedDict[int, QPixmap] = OrderedDict()

    def get(self, attachment_id: int) -> QPixmap:
        if attachment_id in self._cache:
            self._cache.move_to_end(attachment_id)
            return self._cache[attachment_id]
        pixmap = self.load(attachment_id, self.side)
        self._cache[attachment_id] = pixmap
        if len(self._cache) > self.limit:
            self._cache.popitem(last=False)
        return pixmap

    @staticmethod
    def load(attachment_id: int, side: int) -> QPixmap:
        """The photo scaled to fit ``side`` × ``side``, decoded at that size; an empty pixmap if unreadable."""
        try:
            path = attachments.path_of(attachment_id)
        except DeskError:
            return QPixmap()
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
        size = reader.size()
        if size.isValid() and (size.width() > side or size.height() > side):
            reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return QPixmap.fromImage(image) if not image.isNull() else QPixmap()

    def __len__(self) -> int:
        return len(self._cache)


class WishCardModel(QAbstractListModel):
    """One column's cards."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[WishCard] = []

    def set_cards(self, cards: list[WishCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[WishCard]:
        return list(self._cards)

    def card_at(self, row: int) -> WishCard:
        return self._cards[row]

    def row_of(self, wish_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == wish_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.what} · {card.rider_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.what
        return None


STATE_COLOURS = {
    AWAITING: "#9e9e9e", OPEN: "#c04000", CLAIMED: "#1565c0", FULFILLED: "#2e7d32",
    DECLINED: "#757575", WITHDRAWN: "#757575",
}
OVERDUE = QColor("#d32f2f")


class WishCardDelegate(QStyledItemDelegate):
    """Paints a card: category and number, the wish (two lines), the rider, the state's line, photos."""

    def __init__(self, thumbs: ThumbnailCache, parent=None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.today = dt.date.today()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt override)
        card: WishCard = index.data(CARD_ROLE)
        base, bold, small = self._fonts(option)
        what_lines = self._what_lines(card, QFontMetrics(bold), self._inner_width(option)) if card else 2
        lines = (QFontMetrics(small).height() + what_lines * QFontMetrics(bold).height()
                 + 2 * QFontMetrics(base).height())
        height = PAD * 2 + lines + 8
        if card is not None and card.photo_ids:
            height += THUMB + 6
        return QSize(160, height)  # a list view in list mode gives each card the full width

    @staticmethod
    def _inner_width(option: QStyleOptionViewItem) -> int:
        """The text width of a card: the list's width less the card's margins (what ``paint`` uses)."""
        view = option.widget
        width = view.viewport().width() if view is not None and hasattr(view, "viewport") else option.rect.width()
        return max(40, width - 2 * getattr(view, "spacing", lambda: 0)() - 6 - 2 * PAD - 4)

    def _what_lines(self, card: WishCard, fm: QFontMetrics, width: int) -> int:
        """A short wish takes one line, a long one two (the rest elided): cards are no taller than they need."""
        return 1 if fm.horizontalAdvance(card.what) <= width else 2

    def status_line(self, card: WishCard) -> str:
        if card.status == AWAITING:
            line = self.tr("Taken down {0}").format(card.created_at.strftime("%m-%d"))
        elif card.status == OPEN:
            line = self.tr("On the board since {0}").format((card.approved_at or card.created_at).strftime("%m-%d"))
        elif card.status == CLAIMED:
            promised = card.promised_on.strftime("%m-%d") if card.promised_on else "—"
            return self.tr("{0} · promised {1}").format(card.claimant, promised)
        elif card.status == FULFILLED:
            day = card.fulfilled_on.strftime("%Y-%m-%d") if card.fulfilled_on else ""
            return self.tr("Fulfilled {0} · {1}").format(day, card.claimant)
        elif card.status == DECLINED:
            return self.tr("Declined: {0}").format(card.decline_reason)
        else:
            return self.tr("Withdrawn: {0}").format(card.withdraw_reason)
        if card.wanted_by:
            line += self.tr(" · wished by {0}").format(card.wanted_by.strftime("%m-%d"))
        return line

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: WishCard = index.data(CARD_ROLE)
        if card is None:
            return
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        overdue = card.overdue(self.today)
        muted = card.status in (DECLINED, WITHDRAWN)
        painter.setBrush(QColor("#e3f2fd") if selected else QColor("#fafafa") if muted else QColor("white"))
        border = OVERDUE if overdue else QColor("#1976d2") if selected else QColor("#cfcfcf")
        painter.setPen(QPen(border, 2.5 if overdue or selected else 1))
        painter.drawRoundedRect(QRectF(rect), 6, 6)
        # The state's colour as a strip on the left: readable at a glance across the board.
        strip = QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12)
        painter.fillRect(strip, QColor(STATE_COLOURS[card.status]))
        inner = rect.adjusted(PAD + 4, PAD - 2, -PAD, -PAD)
        y = inner.top()
        text = QColor("#9a9a9a") if muted else QColor("#212121")

        painter.setFont(small)
        fm = QFontMetrics(small)
        painter.setPen(QColor("#8a3b00"))
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, card.category)
        right = f"No.{card.id}" + (f"  ¥{card.value_yuan}" if card.value_yuan else "")
        if overdue:
            right = self.tr("Overdue") + "  " + right
        painter.setPen(OVERDUE if overdue else QColor("#757575"))
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignRight, right)
        y += fm.height() + 2

        painter.setFont(bold)
        fm = QFontMetrics(bold)
        painter.setPen(text)
        what_lines = self._what_lines(card, fm, inner.width())
        what_rect = QRect(inner.left(), y, inner.width(), what_lines * fm.height())
        painter.drawText(what_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
                         self._two_lines(card.what, fm, inner.width()))
        y += what_lines * fm.height() + 2

        painter.setFont(base)
        fm = QFontMetrics(base)
        who = " · ".join(x for x in (card.rider_name, card.rider_phone_masked) if x)
        painter.setPen(text)
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(who, Qt.TextElideMode.ElideRight, inner.width()))
        y += fm.height() + 2
        painter.setPen(OVERDUE if overdue else QColor(STATE_COLOURS[card.status]) if not muted else text)
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(self.status_line(card), Qt.TextElideMode.ElideRight, inner.width()))
        y += fm.height() + 6

        x = inner.left()
        for attachment_id in card.photo_ids:
            if x + THUMB > inner.right():
                break
            pixmap = self.thumbs.get(attachment_id)
            if not pixmap.isNull():
                painter.drawPixmap(x + (THUMB - pixmap.width()) // 2, y + (THUMB - pixmap.height()) // 2, pixmap)
            x += THUMB + 4
        painter.restore()

    @staticmethod
    def _two_lines(text: str, fm: QFontMetrics, width: int) -> str:
        """The wish as it fits in two lines, the end elided."""
        if fm.horizontalAdvance(text) <= width * 2 - fm.averageCharWidth() * 2:
            return text
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - fm.averageCharWidth() * 4)
