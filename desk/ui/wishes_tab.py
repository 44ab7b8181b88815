"""微心愿: the wish board. Riders' wishes as cards moving from awaiting review to fulfilled;
take one down, open one (Enter) to approve, claim or fulfil it, print the wall sheet, thank sponsors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.services.wishes import categories, queries
from desk.services.wishes.figures import figures, month_bounds, year_bounds
from desk.services.wishes.queries import BoardFilter, WishCard
from desk.ui.context import DeskContext
from desk.ui.wishes.board_view import BoardView
from desk.ui.wishes.categories_dialog import CategoriesDialog
from desk.ui.wishes.detail_dialog import WishDialog, describe
from desk.ui.wishes.sheets import SheetDialog, open_preview, wall_html
from desk.ui.wishes.take_down_dialog import TakeDownDialog
from desk.ui.widgets.keys import tab_keys
from desk.ui.widgets.operations import may


class WishesTab(QWidget):
    SEARCH_DEBOUNCE_MS = 150

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cards: list[WishCard] = []
        self.take_down_button = QPushButton(self.tr("Take down a wish… (Ctrl+N)"), self)
        self.take_down_button.setObjectName("wishTakeDown")
        self.wall_button = QPushButton(self.tr("Print wall sheet… (Ctrl+P)"), self)
        self.thanks_button = QPushButton(self.tr("Thank-you list… (Ctrl+T)"), self)
        self.categories_button = QPushButton(self.tr("Categories…"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("wishSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find a wish: rider's name, phone last 4 digits, pinyin, or words (Ctrl+F)"))
        self.category = QComboBox(self)
        self.category.setObjectName("wishFilterCategory")
        self.claimant = QComboBox(self)
        self.claimant.setObjectName("wishFilterClaimant")
        self.claimant.setMinimumWidth(140)
        self.year = QComboBox(self)
        self.year.setObjectName("wishFilterYear")
        self.closed = QCheckBox(self.tr("Declined and withdrawn"), self)
        self.closed.setObjectName("wishShowClosed")
        self.figures = QLabel(self)
        self.figures.setObjectName("wishFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("wishFeedback")
        self.feedback.setWordWrap(True)
        self.board = BoardView(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DEBOUNCE_MS)
        self._layout()
        self._connect()
        self._say("")
        self.refresh()

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.take_down_button, self.wall_button, self.thanks_button, self.categories_button):
            actions.addWidget(button)
        actions.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Category"), self))
        filters.addWidget(self.category)
        filters.addWidget(QLabel(self.tr("Claimant"), self))
        filters.addWidget(self.claimant)
        filters.addWidget(QLabel(self.tr("Year"), self))
        filters.addWidget(self.year)
        filters.addWidget(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.figures)
        layout.addWidget(self.feedback)
        layout.addWidget(self.board, 1)

    def _connect(self) -> None:
        self.take_down_button.clicked.connect(lambda: self.take_down())
        self.wall_button.clicked.connect(self.print_wall)
        self.thanks_button.clicked.connect(self.print_thanks)
        self.categories_button.clicked.connect(self.edit_categories)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.apply_filter)
        self.search.returnPressed.connect(self._search_enter)
        for combo in (self.category, self.claimant, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.closed.toggled.connect(self._closed_toggled)
        self.board.wish_activated.connect(self.open_wish)
        tab_keys(self, (
            ("Ctrl+N", self.take_down),
            ("Ctrl+P", self.print_wall),
            ("Ctrl+T", self.print_thanks),
            ("Ctrl+F", self.focus_first),
            ("F5", self.refresh),
        ))

    # --- reading --------------------------------------------------------------------------
    def focus_first(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Reload every wish once; filters and search then work on what was read."""
        self.categories_button.setVisible(may(self.ctx, "wish.categories"))
        self.take_down_button.setEnabled(may(self.ctx, "wish.take_down"))
        self._cards = queries.cards()
        self._fill_combos()
        self.board.set_today(dt.date.today())
        self.apply_filter()
        self._show_figures()

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, object]], everyone: str) -> None:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

        refill(self.category, [(c.name, c.id) for c in categories.categories(include_retired=True)], self.tr("All"))
        refill(self.claimant, [(c.name, (c.kind, c.id)) for c in queries.claimants()], self.tr("Anyone"))
        refill(self.year, [(str(y), y) for y in queries.years()], self.tr("All years"))

    def board_filter(self) -> BoardFilter:
        return BoardFilter(year=self.year.currentData(), category_id=self.category.currentData(),
                           claimant=self.claimant.currentData(), text=self.search.text())

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = self.board_filter()
        self.board.set_cards([c for c in self._cards if flt.accepts(c)])

    def visible_cards(self) -> list[WishCard]:
        return [c for key, model in self.board.models.items() for c in model.cards()
                if key != "closed" or self.board.closed_shown()]

    def _show_figures(self) -> None:
        today = dt.date.today()
        month, year = figures(*month_bounds(today)), figures(*year_bounds(today))
        line = self.tr("{0} taken down · {1} claimed · <b>{2} fulfilled</b>")
        self.figures.setText(self.tr("This month: {0}  |  This year: {1}").format(
            line.format(month.taken_down, month.claimed, month.fulfilled),
            line.format(year.taken_down, year.claimed, year.fulfilled)))
        tip = self.tr("This year: {0} approved, {1} declined, {2} withdrawn; {3} sponsors thanked")
        self.figures.setToolTip(tip.format(year.approved, year.declined, year.withdrawn, year.claimants_thanked))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))  # no empty line above the board when there is nothing to say

    def _closed_toggled(self, shown: bool) -> None:
        self.board.show_closed(shown)

    def _search_enter(self) -> None:
        self.apply_filter()
        shown = self.visible_cards()
        if len(shown) == 1:
            self.open_wish(shown[0].id)
        else:
            self.board.focus_first_card()

    # --- actions --------------------------------------------------------------------------
    def open_wish(self, wish_id: int) -> None:
        dialog = WishDialog(self.ctx.operator, wish_id, self)
        dialog.exec()
        if dialog.changed:
            self._say(dialog.feedback.text())
            self.refresh()
            self.board.select(wish_id, focus=True)

    def take_down(self, person_id: int | None = None) -> None:
        if not may(self.ctx, "wish.take_down"):
            return
        dialog = TakeDownDialog(self.ctx.operator, self, person_id=person_id)
        if dialog.exec() and dialog.done_result is not None:
            self._say(describe(dialog.done_result))
            self.refresh()
            self.board.select(dialog.done_result.wish_id, focus=True)

    def print_wall(self) -> None:
        SheetDialog("wall", self.ctx.settings.station_name, self).exec()

    def print_thanks(self) -> None:
        SheetDialog("thanks", self.ctx.settings.station_name, self).exec()

    def edit_categories(self) -> None:
        dialog = CategoriesDialog(self.ctx.operator, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def screenshot_states(self):
        """For tools/screenshots.py: a fulfilled wish's detail (with photos), then the wall sheet's preview."""
        shown: list[QWidget] = []

        def close_shown() -> None:
            while shown:
                shown.pop().close()

        def detail() -> None:
            close_shown()
            cards = [c for c in self._cards if c.photo_ids] or self._cards
            if cards:
                dialog = WishDialog(self.ctx.operator, cards[0].id, self)
                dialog.show()
                shown.append(dialog)

        def wall() -> None:
            close_shown()
            html = wall_html(self.ctx.settings.station_name)
            shown.append(open_preview(self, html, self.tr("Wall sheet of open wishes")))

        def overdue() -> None:
            close_shown()
            late = [c for c in self._cards if c.overdue()]
            if late:
                self.board.select(late[0].id)

        return [("detail", detail), ("wall", wall), ("board", overdue)]
