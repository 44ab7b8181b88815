"""One wish: everything about it, its photos, its story, and only the steps the operator may take now."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desk.models import Operator
from desk.services.common import attachments
from desk.services.wishes import board, queries, rules
from desk.services.wishes.queries import Step, WishCard
from desk.services.wishes.rules import STATES
from desk.ui.errors import term
from desk.ui.wishes.cards import STATE_COLOURS, ThumbnailCache
from desk.ui.wishes import step_dialogs
from desk.ui.wishes.step_dialogs import ClaimDialog, FulfilDialog
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import Column, RecordTableModel

PHOTO = 120
FORWARD = (rules.APPROVE, rules.CLAIM, rules.FULFIL)  # the steps that move a wish on


def describe(done: board.WishDone) -> str:
    """What the desk says after a step, in the volunteer's language."""
    translate = QCoreApplication.translate  # a name lupdate reads as translate(context, text)
    if done.action == "take_down":
        text = translate("Wishes", "✔ The wish of {0} is taken down; staff will review it before it goes on the board.")
        return text.format(done.rider)
    if done.action == rules.APPROVE:
        return translate("Wishes", "✔ On the board: “{0}” now appears on the wall sheet.").format(done.what)
    if done.action == rules.DECLINE:
        text = translate("Wishes", "The wish was declined; {0} will be told the reason at their next check-in.")
        return text.format(done.rider)
    if done.action == rules.CLAIM:
        return translate("Wishes", "✔ Claimed by {0}.").format(done.claimant)
    if done.action == rules.RELEASE:
        return translate("Wishes", "The claim of {0} was released; the wish is open again.").format(done.claimant)
    if done.action == rules.FULFIL:
        text = translate("Wishes", "✔ Fulfilled. {0} will hear of it at their next check-in.").format(done.rider)
        if done.points:
            text += " " + translate("Wishes", "{0} earned {1} points.").format(done.points_to, done.points)
        return text
    if done.action == rules.UNDO:
        text = translate("Wishes", "The fulfilment was undone; the wish is claimed again.")
        if done.points:
            taken = translate("Wishes", "{0} points were taken back from {1}.")
            text += " " + taken.format(-done.points, done.points_to)
        return text
    if done.action == rules.WITHDRAW:
        return translate("Wishes", "The wish was withdrawn; it stays on record.")
    if done.action == "add_photos":
        return translate("Wishes", "✔ {0} photo(s) added.").format(done.photos)
    return translate("Wishes", "Done.")


class StoryModel(RecordTableModel[Step]):
    def __init__(self, parent=None) -> None:
        names = {
            "take_down": self.tr("Taken down"), "approve": self.tr("Approved"), "decline": self.tr("Declined"),
            "claim": self.tr("Claimed"), "release": self.tr("Claim released"), "fulfil": self.tr("Fulfilled"),
            "undo": self.tr("Fulfilment undone"), "withdraw": self.tr("Withdrawn"),
            "add_photos": self.tr("Photos added"),
        }
        super().__init__([
            Column(self.tr("When"), lambda s: s.at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Step"), lambda s: names.get(s.action, s.action)),
            Column(self.tr("By"), lambda s: s.operator),
            Column(self.tr("Details"), lambda s: s.detail),
        ], parent)


class WishDialog(QDialog):
    def __init__(self, operator: Operator, wish_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.wish_id = wish_id
        self.changed = False
        self.card: WishCard = queries.card(wish_id)
        self.resize(760, 620)
        self.header = QLabel(self)
        self.header.setObjectName("wishHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.info = QLabel(self)
        self.info.setObjectName("wishInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos_row = QHBoxLayout()
        self.add_photos_button = QPushButton(self.tr("Add photos…"), self)
        self.story = StoryModel(self)
        self.story_view = record_table(self.story, self, name="wishStory", stretch=3, alternating=False)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("wishFeedback")
        self.feedback.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        photos = QHBoxLayout()
        photos.addLayout(self.photos_row)
        photos.addStretch(1)
        photos.addWidget(self.add_photos_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions_row)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.info)
        layout.addLayout(photos)
        layout.addWidget(QLabel(self.tr("<b>Story</b>"), self))
        layout.addWidget(self.story_view, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(bottom)
        self.add_photos_button.clicked.connect(self.add_photos)
        self.reload()

    # --- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        self.card = c = queries.card(self.wish_id)
        self.setWindowTitle(self.tr("Micro-wish No.{0}").format(c.id))
        colour = STATE_COLOURS[c.status]
        overdue = f" <span style='color:#d32f2f'><b>{self.tr('Overdue')}</b></span>" if c.overdue() else ""
        big = round(self.font().pointSizeF() * 1.5)
        self.header.setText(
            f"<span style='font-size:{big}pt'><b>{escape(c.what)}</b></span><br>"
            f"<span style='color:{colour}'><b>{term(STATES[c.status])}</b></span>{overdue} · {escape(c.category)}"
            f" · No.{c.id}")
        rows = [(self.tr("Rider"), f"{c.rider_name} · {c.rider_phone_masked}" if c.rider_phone else c.rider_name),
                (self.tr("On the wall sheet as"), c.rider_courtesy),
                (self.tr("Estimated value"),
                 self.tr("{0} yuan").format(c.value_yuan) if c.value_yuan is not None else ""),
                (self.tr("Wished by"), c.wanted_by.isoformat() if c.wanted_by else ""),
                (self.tr("Taken down"), c.created_at.strftime("%Y-%m-%d %H:%M")),
                (self.tr("Note"), c.note),
                (self.tr("Declined because"), c.decline_reason),
                (self.tr("Claimed by"), c.claimant),
                (self.tr("Promised by"),
                 c.promised_on.isoformat() if c.promised_on and c.status == rules.CLAIMED else ""),
                (self.tr("Fulfilled on"), c.fulfilled_on.isoformat() if c.fulfilled_on else ""),
                (self.tr("What was given"), c.given if c.status == rules.FULFILLED else ""),
                (self.tr("Fulfilment note"), c.fulfil_note),
                (self.tr("Withdrawn because"), c.withdraw_reason)]
        self.info.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#666666; padding-right:12px'>{label}</td><td>{escape(str(value))}</td></tr>"
            for label, value in rows if value) + "</table>")
        self._show_photos()
        self.story.set_rows(queries.story(self.wish_id))
        self._show_actions()

    def _show_photos(self) -> None:
        while self.photos_row.count():
            item = self.photos_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for attachment_id in self.card.photo_ids:
            button = QToolButton(self)
            button.setObjectName(f"wishPhoto_{attachment_id}")
            pixmap = ThumbnailCache.load(attachment_id, PHOTO)
            button.setIcon(pixmap)
            button.setIconSize(pixmap.size())
            button.setToolTip(self.tr("Open the photo"))
            button.clicked.connect(lambda _=False, a=attachment_id: self.open_photo(a))
            self.photos_row.addWidget(button)
        self.add_photos_button.setVisible(self.card.status in (rules.CLAIMED, rules.FULFILLED)
                                          and may(self.operator, "wish.fulfil"))

    def _show_actions(self) -> None:
        for button in self.buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.buttons.clear()
        labels = {
            rules.APPROVE: self.tr("Approve for the board"), rules.DECLINE: self.tr("Decline…"),
            rules.CLAIM: self.tr("Claim…"), rules.RELEASE: self.tr("Release the claim…"),
            rules.FULFIL: self.tr("Record as fulfilled…"), rules.UNDO: self.tr("Undo the fulfilment…"),
            rules.WITHDRAW: self.tr("Withdraw…"),
        }
        allowed = rules.actions(self.card.status, self.operator)
        # The step forward comes first and takes Enter; the others (decline, release, undo,
        # withdraw) ask a reason and are never a key press away.
        forward = [a for a in FORWARD if a in allowed]
        for action in forward + [a for a in allowed if a not in forward]:
            button = QPushButton(labels[action], self)
            button.setObjectName(f"wishAction_{action}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.take(a))
            self.actions_row.addWidget(button)
            self.buttons[action] = button
        if forward:
            self.buttons[forward[0]].setDefault(True)
            self.buttons[forward[0]].setFocus()

    def open_photo(self, attachment_id: int) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachments.path_of(attachment_id))))

    # --- steps ----------------------------------------------------------------------------
    def take(self, action: str) -> board.WishDone | None:
        c = self.card
        done = None
        if action == rules.APPROVE:
            done = run_op(self, board.approve, c.id, self.operator)
        elif action == rules.CLAIM:
            dialog = ClaimDialog(self.operator, c, self)
            done = dialog.result_done if dialog.exec() else None
        elif action == rules.FULFIL:
            dialog = FulfilDialog(self.operator, c, self)
            done = dialog.result_done if dialog.exec() else None
        else:
            questions = {
                rules.DECLINE: (self.tr("Decline “{0}” (the rider is told the reason)"), board.decline),
                rules.RELEASE: (self.tr("Release the claim of {1} on “{0}”"), board.release),
                rules.UNDO: (self.tr("Undo the fulfilment of “{0}” (points are taken back)"), board.undo_fulfilment),
                rules.WITHDRAW: (self.tr("Withdraw “{0}”"), board.withdraw),
            }
            title, operation = questions[action]
            reason = dialogs.ask_reason(self, title.format(c.what, c.claimant))
            if reason is None:
                return None
            done = run_op(self, operation, c.id, reason, self.operator)
        if done is not None:
            self.changed = True
            self.reload()
            self.feedback.setText(describe(done))
        return done

    def add_photos(self) -> None:
        paths = step_dialogs.choose_photos(self)
        if paths and (done := run_op(self, board.add_photos, self.wish_id, paths, self.operator)) is not None:
            self.changed = True
            self.reload()
            self.feedback.setText(describe(done))
