"""A person's page: who they are, their figures, and their history on one timeline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.common.masking import mask_phone
from desk.services.people import cards
from desk.services.people import records as people
from desk.services.people import roster
from desk.services.people import lifecycle as roster_lifecycle
from desk.services.people import timeline as roster_timeline
from desk.services.people.timeline import TimelineEntry
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.people.card_printing import print_cards
from desk.ui.people.person_dialog import PersonDialog
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import NUMBER, Column, RecordTableModel


class TimelineModel(RecordTableModel[TimelineEntry]):
    def __init__(self, parent=None) -> None:
        self.kind_names = {
            roster_timeline.VISIT: self.tr("Visit"),
            roster_timeline.POINTS: self.tr("Points"),
            roster_timeline.REDEMPTION: self.tr("Reward redeemed"),
            roster_timeline.GIFT_RECEIVED: self.tr("Gift received"),
            roster_timeline.GIFT_DELIVERED: self.tr("Gift delivered to a resident"),
            roster_timeline.CAMPAIGN_LIST: self.tr("On a campaign's list"),
            # Records of duties that land later reach the page through the timeline's generic
            # reader under their table name; these are the names they are likely to have.
            "wish": self.tr("Micro-wish"),
            "hazard_report": self.tr("Civilised snapshot report"),
            "help_record": self.tr("Helped the elderly or a child"),
            "event_attendance": self.tr("Community event"),
            "event_signup": self.tr("Community event"),
            "attendance": self.tr("Community event"),
        }
        super().__init__(
            [
                Column(self.tr("When"), lambda e: e.at.strftime("%Y-%m-%d %H:%M") if e.at else ""),
                Column(self.tr("What"), lambda e: self.kind_names.get(e.kind, e.kind)
                       + (self.tr(" (voided)") if e.voided else "")),
                Column(self.tr("Details"), lambda e: e.detail),
                Column(self.tr("Points"), lambda e: "" if e.amount is None else f"{e.amount:+d}", None, NUMBER),
            ],
            parent,
        )

    def muted(self, record: TimelineEntry) -> bool:
        return record.voided


class PersonPage(QDialog):
    """Opened from the roster (Enter or double-click); ``changed`` tells the roster to refresh."""

    changed = Signal(int)

    def __init__(self, ctx: DeskContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.setObjectName("personPage")
        self.header = QLabel(self)
        self.header.setObjectName("personHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setObjectName("personFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.model = TimelineModel(self)
        self.table = record_table(self.model, self, name="timelineTable", stretch=2, multi=True)

        self.edit_button = QPushButton(self.tr("Edit (F2)"), self)
        self.card_button = QPushButton(self.tr("Print card (Ctrl+P)"), self)
        self.reissue_button = QPushButton(self.tr("New card code…"), self)
        self.archive_button = QPushButton(self, objectName="archiveButton")
        self.anonymise_button = QPushButton(self.tr("Erase personal data…"), self, objectName="anonymiseButton")
        self.anonymise_button.setVisible(may(ctx, "person.erase"))
        self.reissue_button.setVisible(may(ctx, "person.reissue_card"))
        self.archive_button.setVisible(may(ctx, "person.archive"))
        close = QPushButton(self.tr("Close"), self)
        # Scan, look, Enter: the page closes and the search is ready for the next card.
        close.setDefault(True)

        buttons = QHBoxLayout()
        for b in (self.edit_button, self.card_button, self.reissue_button, self.archive_button, self.anonymise_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(self.edit)
        self.card_button.clicked.connect(lambda: print_cards(self, self.ctx, [self.person_id]))
        self.reissue_button.clicked.connect(self.reissue)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.anonymise_button.clicked.connect(self.anonymise)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: print_cards(self, self.ctx, [self.person_id]))
        self.resize(860, 560)
        self.refresh()

    def refresh(self) -> None:
        p = people.get_person(self.person_id)
        row = roster.roster_row(self.person_id)
        self.setWindowTitle(self.tr("Person: {0}").format(p.name))
        tags = [term(people.kind_name(p.kind))]
        tags += [x for x in (p.platform, p.grid.name if p.grid_id else "") if x]
        if p.caring_team:
            tags.append(self.tr("Caring Rider Team"))
        if p.party_member:
            tags.append(self.tr("Party member"))
        status = ""
        if p.anonymised_at:
            status = self.tr("personal data erased on {0}").format(p.anonymised_at.strftime("%Y-%m-%d"))
        elif p.archived_at:
            status = self.tr("archived on {0}").format(p.archived_at.strftime("%Y-%m-%d"))
        self.header.setText(
            f"<span style='font-size:x-large; font-weight:bold'>{escape(p.name)}</span>&nbsp;&nbsp;"
            f"<span style='font-size:large'>{escape(mask_phone(p.phone))}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{escape(' · '.join(tags))}</span>"
            + (f"<br><span style='color:#b00020'>{escape(status)}</span>" if status else "")
            + (f"<br><span style='color:#555'>{escape(p.note)}</span>" if p.note else "")
        )
        if row is not None:
            day = lambda d: d.strftime("%Y-%m-%d") if d else self.tr("never")  # noqa: E731
            self.figures.setText(self.tr(
                "First visit <b>{0}</b> · last visit <b>{1}</b> · visits this year <b>{2}</b> · "
                "points <b>{3}</b> · card {4}").format(day(row.first_visit), day(row.last_visit),
                                                        row.visits_this_year, row.points, escape(p.card_code)))
        self.model.set_rows(roster_timeline.timeline(self.person_id))
        closed = p.anonymised_at is not None or p.voided_at is not None
        for b in (self.edit_button, self.card_button, self.reissue_button, self.anonymise_button):
            b.setEnabled(not closed)
        self.archive_button.setText(self.tr("Bring back from archive") if p.archived_at else self.tr("Archive…"))
        self.archive_button.setEnabled(not closed)

    def _done(self) -> None:
        self.refresh()
        self.changed.emit(self.person_id)

    def edit(self) -> None:
        if not self.edit_button.isEnabled():
            return
        if PersonDialog(self.ctx.operator, self.person_id, self).exec() == QDialog.DialogCode.Accepted:
            self._done()

    def reissue(self) -> None:
        if not dialogs.confirm(self, self.tr("New card code"), self.tr(
                "Give this person a new card code? Their old card will stop working; print a new one.")):
            return
        if run_op(self, cards.reissue_card, self.person_id, self.ctx.operator) is not None:
            self._done()

    def toggle_archive(self) -> None:
        p = people.get_person(self.person_id)
        if p.archived_at:
            done = run_op(self, roster_lifecycle.unarchive_person, self.person_id, self.ctx.operator)
        else:
            question = self.tr("Archive {0}? They are hidden from searches; their history is kept.\nReason (optional):")
            reason = dialogs.ask_text(self, self.tr("Archive"), question.format(p.name))
            if reason is None:
                return
            done = run_op(self, roster_lifecycle.archive_person, self.person_id, self.ctx.operator, reason)
        if done is not None:
            self._done()

    def anonymise(self) -> None:
        p = people.get_person(self.person_id)
        text = self.tr(
            "Erase the name, phone and note of {0} for good? Their visits, points and gifts stay in the totals "
            "without saying who they were. This cannot be undone.").format(p.name)
        if not dialogs.confirm(self, self.tr("Erase personal data"), text):
            return
        if run_op(self, roster_lifecycle.anonymise_person, self.person_id, self.ctx.operator) is not None:
            self._done()
