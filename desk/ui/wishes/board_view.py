"""The board's columns, one list view per state, left to right as a wish moves along."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from desk.services.wishes.queries import WishCard
from desk.services.wishes.rules import AWAITING, CLAIMED, CLOSED_STATES, FULFILLED, OPEN, STATES
from desk.ui.errors import term
from desk.ui.wishes.cards import ThumbnailCache, WishCardDelegate, WishCardModel
from desk.ui.widgets.keys import widget_key

CLOSED = "closed"  # the declined and withdrawn wishes share a column behind a filter
COLUMNS = (AWAITING, OPEN, CLAIMED, FULFILLED, CLOSED)


class BoardView(QWidget):
    wish_activated = Signal(int)  # Enter or double-click on a card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbs = ThumbnailCache()
        self.delegate = WishCardDelegate(self.thumbs, self)
        self.models: dict[str, WishCardModel] = {}
        self.views: dict[str, QListView] = {}
        self.titles: dict[str, QLabel] = {}
        self._columns: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for key in COLUMNS:
            column = QWidget(self)
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            title = QLabel(column)
            title.setObjectName(f"wishColumnTitle_{key}")
            title.setTextFormat(Qt.TextFormat.RichText)
            model = WishCardModel(self)
            view = QListView(column)
            view.setObjectName(f"wishColumn_{key}")
            view.setModel(model)
            view.setItemDelegate(self.delegate)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setUniformItemSizes(False)
            view.setSpacing(1)
            view.setStyleSheet("QListView { background: #f1f1ee; }")
            view.doubleClicked.connect(lambda index, m=model: self.wish_activated.emit(m.card_at(index.row()).id))
            for key_seq in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                widget_key(view, QKeySequence(key_seq), lambda v=view, m=model: self._open_current(v, m))
            box.addWidget(title)
            box.addWidget(view, 1)
            layout.addWidget(column, 1)
            self.models[key], self.views[key], self.titles[key], self._columns[key] = model, view, title, column
        self.show_closed(False)

    def _open_current(self, view: QListView, model: WishCardModel) -> None:
        index = view.currentIndex()
        if index.isValid():
            self.wish_activated.emit(model.card_at(index.row()).id)

    def show_closed(self, shown: bool) -> None:
        self._columns[CLOSED].setVisible(shown)

    def closed_shown(self) -> bool:
        return not self._columns[CLOSED].isHidden()

    def set_cards(self, cards: list[WishCard], total_by_state: dict[str, int] | None = None) -> None:
        """Share ``cards`` out to the columns (keeping each column's order) and title them with counts."""
        by_column: dict[str, list[WishCard]] = {key: [] for key in COLUMNS}
        for card in cards:
            by_column[CLOSED if card.status in CLOSED_STATES else card.status].append(card)
        for key, model in self.models.items():
            selected = self.selected_id(key)
            model.set_cards(by_column[key])
            if selected is not None:
                self.select(selected)
            name = self.tr("Declined / withdrawn") if key == CLOSED else term(STATES[key])
            self.titles[key].setText(f"<b>{name}</b>  ({len(by_column[key])})")

    def selected_id(self, key: str | None = None) -> int | None:
        keys = [key] if key else list(COLUMNS)
        for k in keys:
            view = self.views[k]
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                return self.models[k].card_at(index.row()).id
        return None

    def select(self, wish_id: int, focus: bool = False) -> bool:
        """Select and show the card of ``wish_id`` (in whichever column it is); False if not shown.

        ``focus`` puts the keyboard there too, so Enter opens the card at once."""
        for key, model in self.models.items():
            row = model.row_of(wish_id)
            if row >= 0:
                view = self.views[key]
                index = model.index(row)
                view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                view.scrollTo(index)
                if focus:
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def focus_first_card(self) -> None:
        for key in COLUMNS:
            if self.models[key].rowCount() and self._columns[key].isVisible():
                view = self.views[key]
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(self.models[key].index(0))
                view.setFocus()
                return

    def set_today(self, today) -> None:
        self.delegate.today = today
