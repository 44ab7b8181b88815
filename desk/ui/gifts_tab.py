"""慰问发放: run a consolation campaign at the desk: hand out shares fast, deliveries, stock, sheets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.gifts import queries as gift_queries
from desk.services.gifts import shares as gifts
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.gifts.campaign_dialog import CampaignDialog
from desk.ui.gifts.delivery_dialog import DeliveryDialog
from desk.ui.gifts.handout_panel import HandOutPanel
from desk.ui.gifts.models import ItemProgressModel, PersonListModel, ShareTableModel
from desk.ui.gifts.sheet_dialogs import PrintSheetDialog, SignedSheetDialog
from desk.ui.gifts.stock_dialog import StockDialog
from desk.ui.widgets.keys import tab_keys, widget_key
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.flow_layout import FlowLayout
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.typing_forward import forward_typing

LIST_LIMIT = 300  # rows shown in each list; the printed sheets hold everyone


class GiftsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("campaignCombo")
        self.campaign_combo.setMinimumWidth(240)
        self.new_button = QPushButton(self.tr("New campaign…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.stock_button = QPushButton(self.tr("Stock… (F7)"), self)
        self.print_button = QPushButton(self.tr("Print sign-for sheet… (Ctrl+P)"), self)
        self.signed_button = QPushButton(self.tr("Enter signed sheet…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("campaignSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.panel = HandOutPanel(lambda: self.ctx.operator, self)
        self.totals = QLabel(self)
        self.totals.setObjectName("campaignTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)  # a long line in larger text must not widen the window
        self.items_model = ItemProgressModel(self)
        self.items_view = record_table(self.items_model, self, name="itemProgress")
        self.shares_model = ShareTableModel(self)
        self.shares_view = record_table(self.shares_model, self, name="sharesTable")
        self.pending_model = PersonListModel(self)
        self.pending_view = record_table(self.pending_model, self, name="notCollectedTable")
        self.void_button = QPushButton(self.tr("Void selected hand-out…"), self)
        self.lists = QTabWidget(self)
        shares_page = QWidget(self)
        sl = QVBoxLayout(shares_page)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.shares_view, 1)
        sl.addWidget(self.void_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lists.addTab(shares_page, "")
        self.lists.addTab(self.pending_view, "")

        self._layout()
        self._connect()
        # A card scanned while a row of the lists has the focus still reaches the hand-out search.
        self.typing = forward_typing(self, self.panel.search.field, self.panel.focus_search)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------
    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Campaign"), self))
        bar.addWidget(self.campaign_combo, 1)
        buttons = FlowLayout()  # wraps with larger text or in English instead of widening the window
        for b in (self.new_button, self.edit_button, self.stock_button, self.print_button, self.signed_button):
            buttons.addWidget(b)
        bar.addLayout(buttons, 2)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.totals)
        rl.addWidget(self.items_view)
        rl.addWidget(self.lists, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.panel)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])  # the hand-out panel keeps its width whatever the lists hold
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.campaign_combo.currentIndexChanged.connect(lambda _i: self._campaign_changed())
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.stock_button.clicked.connect(self.open_stock)
        self.print_button.clicked.connect(self.print_sheet)
        self.signed_button.clicked.connect(self.enter_signed_sheet)
        self.void_button.clicked.connect(self.void_selected)
        self.panel.handed_out.connect(lambda _done: self.show_progress())
        self.panel.delivery_requested.connect(self.record_delivery)
        self.pending_view.doubleClicked.connect(self._pick_pending)
        tab_keys(self, (
            ("Ctrl+Shift+N", self.new_campaign),
            ("F7", self.open_stock),
            ("Ctrl+P", self.print_sheet),
            ("Ctrl+D", self.record_delivery),
            ("Ctrl+F", self.focus_first),
            ("F5", self.refresh),
        ))
        widget_key(self.shares_view, QKeySequence.StandardKey.Delete, self.void_selected)

    # --- reading --------------------------------------------------------------------------
    def campaign_id(self) -> int | None:
        return self.campaign_combo.currentData()

    def focus_first(self) -> None:
        self.panel.focus_search()

    def refresh(self, select: int | None = None) -> None:
        """Reload the campaigns; keep the chosen one, else pick one running today, else the newest."""
        chosen = select or self.campaign_id()
        rows = gift_queries.list_campaigns()
        today = dt.date.today()
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for row in rows:
            self.campaign_combo.addItem(f"{row.name}（{row.starts_on:%m-%d}~{row.ends_on:%m-%d}）", row.id)
        if chosen is None:
            running = [r for r in rows if r.starts_on <= today <= r.ends_on]
            pool = running or rows
            chosen = pool[0].id if pool else None
        index = self.campaign_combo.findData(chosen) if chosen is not None else -1
        self.campaign_combo.setCurrentIndex(max(0, index) if rows else -1)
        self.campaign_combo.blockSignals(False)
        manage = may(self.ctx, "campaign.manage")
        self.new_button.setEnabled(manage)
        has = bool(rows)
        for b in (self.edit_button, self.print_button, self.signed_button, self.void_button):
            b.setEnabled(has)
        self.edit_button.setEnabled(has and manage)
        self.signed_button.setEnabled(has and may(self.ctx, "gift.sign"))
        self._campaign_changed()

    def _campaign_changed(self) -> None:
        self.panel.set_campaign(self.campaign_id())
        self.show_campaign()

    def show_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            self.summary.setText(self.tr("No campaign yet. A staff member sets one up with <b>New campaign…</b>."))
            self.totals.setText("")
            for model in (self.items_model, self.shares_model, self.pending_model):
                model.set_rows([])
            self._fit_items(0)
            self._tab_titles(0, 0)
            return
        campaign = gifts.get_campaign(cid)
        lines = gift_queries.campaign_lines(cid)
        today = dt.date.today()
        if today < campaign.starts_on:
            when = self.tr("starts in {0} days").format((campaign.starts_on - today).days)
        elif today > campaign.ends_on:
            when = self.tr("ended")
        else:
            when = self.tr("running, {0} days left").format((campaign.ends_on - today).days)
        share = "、".join(f"{ln.item.name} {ln.per_person}{ln.item.unit}" for ln in lines)
        who = term(gifts.ELIGIBILITY[campaign.eligibility])
        picked = gift_queries.picked_count(cid)
        if picked and campaign.eligibility != "list":  # else nobody sees why an elder may collect
            who = self.tr("{0} + {1} hand-picked").format(who, picked)
        self.summary.setText(self.tr("{0} · {1} to {2} ({3}) · who: {4} · each gets: <b>{5}</b>").format(
            term(gifts.KINDS.get(campaign.kind, campaign.kind)), campaign.starts_on.isoformat(),
            campaign.ends_on.isoformat(), when, who, share))
        self.show_progress()
        self.panel.show_status(self.panel.search.current_person_id())  # a void or a sheet may change it

    def show_progress(self) -> None:
        """The figures and lists that a hand-out changes; the campaign's own summary stays as it is."""
        cid = self.campaign_id()
        if cid is None:
            return
        progress = gift_queries.progress(cid)
        pct = round(100 * progress.reached_eligible / progress.eligible) if progress.eligible else 0
        self.totals.setText(self.tr(
            "<span style='font-size:x-large'>Reached <b>{0}</b> of {1} eligible ({2}%)</span>"
            "  ·  {3} people in all  ·  {4} delivered to homes").format(
            progress.reached_eligible, progress.eligible, pct, progress.reached, progress.deliveries))
        self.items_model.set_rows(progress.items)
        self._fit_items(len(progress.items))
        # The newest rows only: a big campaign must not slow the desk after every hand-out.
        self.shares_model.set_rows(gift_queries.shares(cid, limit=LIST_LIMIT))
        self.pending_model.set_rows(gift_queries.not_collected(cid, limit=LIST_LIMIT))
        self._tab_titles(progress.shares, progress.eligible - progress.reached_eligible)

    def _fit_items(self, rows: int) -> None:
        """As tall as its rows: the hand-out lists below get the rest of the height."""
        self.items_view.setFixedHeight(self.items_view.horizontalHeader().sizeHint().height()
                                       + self.items_view.verticalHeader().defaultSectionSize() * max(1, rows) + 4)

    def _tab_titles(self, handed: int, pending: int) -> None:
        self.lists.setTabText(0, self.tr("Handed out ({0})").format(handed))
        self.lists.setTabText(1, self.tr("Not yet collected ({0})").format(pending))

    def _pick_pending(self, index) -> None:
        person = self.pending_model.row_record(index.row())
        self.panel.search.set_text(person.card_code)
        self.panel.focus_search()

    # --- actions --------------------------------------------------------------------------
    def new_campaign(self) -> None:
        if not may(self.ctx, "campaign.manage"):
            return
        dialog = CampaignDialog(self.ctx.operator, None, self)
        if dialog.exec():
            self.refresh(select=dialog.campaign_id)

    def edit_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is not None:
            dialog = CampaignDialog(self.ctx.operator, cid, self)
            if dialog.exec():
                if dialog.voided:
                    self.campaign_combo.setCurrentIndex(-1)  # forget it: refresh picks another
                self.refresh(select=None if dialog.voided else cid)

    def open_stock(self) -> None:
        StockDialog(self.ctx.operator, self.campaign_id(), self).exec()
        self.refresh()

    def print_sheet(self) -> None:
        cid = self.campaign_id()
        if cid is not None:
            PrintSheetDialog(cid, self.ctx.settings.station_name, self).exec()

    def enter_signed_sheet(self) -> None:
        cid = self.campaign_id()
        if cid is not None and SignedSheetDialog(self.ctx.operator, cid, self).exec():
            self.show_campaign()

    def record_delivery(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        dialog = DeliveryDialog(self.ctx.operator, cid, self)
        if dialog.exec() and dialog.recorded is not None:
            done = dialog.recorded
            self.panel.feedback.setText(self.tr("✔ {0} delivers {1} to {2}; the points are on {0}'s record.").format(
                done.deliverer_name, done.items, done.recipient_name))
            self.show_progress()
        self.panel.focus_search()

    def void_selected(self) -> None:
        index = self.shares_view.currentIndex()
        if not index.isValid():
            self.panel.feedback.setText(self.tr("Select the hand-out to void in the list first."))
            return
        row = self.shares_model.row_record(index.row())
        if row.voided:
            self.panel.feedback.setText(self.tr("This hand-out is already voided."))
            return
        reason = dialogs.ask_reason(self, self.tr("Void the hand-out to {0} at {1}").format(
            row.name, row.handed_at.strftime("%m-%d %H:%M")))
        if reason is None:
            return
        if run_op(self, gifts.void_distribution, row.id, reason, self.ctx.operator) is None:
            return
        self.panel.feedback.setText(self.tr("The hand-out to {0} was voided; the goods are back in stock.").format(row.name))
        self.show_campaign()

    def screenshot_states(self):
        """For tools/screenshots.py: a rider who already collected, typed into the search."""

        def type_collected() -> None:
            rows = [r for r in self.shares_model.rows() if r.phone and not r.voided]
            if rows:
                self.panel.search.set_text(rows[0].phone[-4:])

        return [("already", type_collected)]
