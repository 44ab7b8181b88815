"""A rider's points: search, balance, every ledger line; award, reverse, redeem, print."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.reports import points_sheets
from desk.services.common.masking import mask_phone
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.points.ledger import StatementRow
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.points.award_dialog import AwardDialog
from desk.ui.points.models import StatementModel
from desk.ui.points.rewards_dialogs import RedeemDialog
from desk.ui.widgets import dialogs, printing
from desk.ui.widgets.operations import REFUSED, run_op, try_op
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table


def sheet_tr(text: str) -> str:
    return QCoreApplication.translate("PointsSheet", text)


class StatementPage(QWidget):
    changed = Signal()  # the ledger changed: leaderboard and rewards pages refresh

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.search = PersonSearch(self, limit=10)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        self.card = QLabel(self)
        self.card.setObjectName("pointsCard")
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMinimumHeight(90)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("pointsFeedback")
        self.feedback.setWordWrap(True)
        self.award_button = QPushButton(self.tr("Award points… (F2)"), self)
        self.award_button.setObjectName("awardButton")
        self.redeem_button = QPushButton(self.tr("Redeem… (F3)"), self)
        self.redeem_button.setObjectName("redeemButton")
        self.reverse_button = QPushButton(self.tr("Reverse selected entry… (Del)"), self)
        self.reverse_button.setObjectName("reverseButton")
        self.print_button = QPushButton(self.tr("Print statement… (Ctrl+P)"), self)
        self.pdf_button = QPushButton(self.tr("Save statement as PDF…"), self)

        self.model = StatementModel(self)
        self.table = record_table(self.model, self, name="statementTable")

        actions = QVBoxLayout()
        actions.addWidget(self.card)
        for button in (self.award_button, self.redeem_button, self.reverse_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        actions.addWidget(self.feedback)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addLayout(actions, 2)
        layout = QVBoxLayout(self)
        self.search.setMaximumHeight(230)  # room for a handful of matches; the statement gets the rest
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("<b>Statement</b> (newest first; corrections are separate lines)"), self))
        layout.addWidget(self.table, 3)

        self.search.person_selected.connect(self._on_selected)
        self.search.person_activated.connect(self.show_person)
        self.award_button.clicked.connect(self.award)
        self.redeem_button.clicked.connect(self.redeem)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.print_button.clicked.connect(self.print_statement)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.show_person(None)

    # --- reading --------------------------------------------------------------------------
    def _on_selected(self, person_id: int | None) -> None:
        if person_id is not None:
            self.show_person(person_id)

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        for button in (self.redeem_button, self.reverse_button, self.print_button, self.pdf_button):
            button.setEnabled(person_id is not None)
        if person_id is None:
            self.model.set_rows([])
            self.card.setText(self.tr("Search a rider to see their points, or press F2 to award points."))
            return
        person = people.get_person(person_id)
        rows = points.statement(person_id)
        self.model.set_rows(rows)
        balance = rows[0].balance if rows else 0
        team = self.tr("Caring Rider Team") if person.caring_team else ""
        detail = " · ".join(
            x for x in (mask_phone(person.phone), term(people.kind_name(person.kind)), person.platform, team) if x)
        self.card.setText(
            f"<span style='font-size:x-large'><b>{escape(person.name)}</b></span>  {escape(detail)}<br>"
            + self.tr("Balance <span style='font-size:xx-large; color:#1565c0'><b>{0}</b></span> points · {1} lines").format(
                balance, len(rows))
        )

    def refresh(self) -> None:
        self.show_person(self.person_id)

    def selected_row(self) -> StatementRow | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    # --- writing --------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.feedback.setText(f"<span style='color:#1b5e20'>✔ {text}</span>")
        self.refresh()
        self.changed.emit()

    def award(self) -> None:
        dialog = AwardDialog(self.ctx.operator, [self.person_id] if self.person_id else [], self)
        if dialog.exec() and dialog.entries:
            entries = dialog.entries
            if self.person_id is None or self.person_id not in {e.person_id for e in entries}:
                self.person_id = entries[0].person_id
            if len(entries) == 1:
                text = self.tr("{0} points awarded to {1} ({2}).").format(
                    entries[0].delta, dialog.awarded_to[0], dialog.rule_name)
            else:
                text = self.tr("{0} points awarded to {1} riders ({2}).").format(
                    entries[0].delta, len(entries), dialog.rule_name)
            self._done(text)
        self.search.focus_search()

    def redeem(self, item_id: int | None = None) -> None:
        if self.person_id is None:
            self.feedback.setText(self.tr("Choose the rider first."))
            self.search.focus_search()
            return
        dialog = run_op(self, RedeemDialog, self.ctx.operator, self.person_id, self)  # a closed record is refused
        if dialog is None:
            return
        if item_id is not None:
            dialog.select_item(item_id)
        if dialog.exec() and dialog.redemption is not None:
            red = dialog.redemption
            self._done(self.tr("{0} × {1} redeemed for {2} points.").format(
                dialog.chosen().name, red.quantity, red.points))

    def reverse_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.feedback.setText(self.tr("Select the entry to reverse in the statement first."))
            return
        # Asked before the reason, so nobody types one only to be refused.
        if try_op(self, lambda: points.check_reversible(points.get_entry(row.id))) is REFUSED:
            return
        if row.kind == "redemption":
            reason = dialogs.ask_reason(self, self.tr("Void the redemption of {0} ({1} points)").format(
                row.at.strftime("%Y-%m-%d"), -row.delta))
            if reason is not None and run_op(self, rewards.void_redemption, row.source_id, reason,
                                             self.ctx.operator) is not None:
                self._done(self.tr("The redemption was voided: points and goods are back."))
            return
        reason = dialogs.ask_reason(self, self.tr("Reverse {0} points of {1} ({2})").format(
            row.delta, row.at.strftime("%Y-%m-%d"), row.rule))
        if reason is None:
            return
        reversal = run_op(self, points.reverse, row.id, reason, self.ctx.operator)
        if reversal is not None:
            self._done(self.tr("Reversed: a correction of {0} points was written.").format(f"{reversal.delta:+d}"))

    # --- printing -------------------------------------------------------------------------
    def statement_html(self) -> str:
        person = people.get_person(self.person_id)
        return points_sheets.statement_html(
            person, points.statement(person.id), station=self.ctx.settings.station_name,
            operator=self.ctx.operator.name, tr=sheet_tr, term=term,
        )

    def print_statement(self) -> None:
        if self.person_id is not None:
            printing.preview_html(self, self.statement_html(), self.tr("Points statement"), landscape=True)

    def save_pdf(self) -> None:
        if self.person_id is not None:
            name = people.get_person(self.person_id).name
            suggested = Path.home() / self.tr("points-{0}.pdf").format(name)  # not the folder the desk was started in
            printing.save_pdf_as(self, self.statement_html(), str(suggested), landscape=True)
