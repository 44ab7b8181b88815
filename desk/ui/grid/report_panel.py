"""One report's page: what, where, who, its photos, what happened to it, and the state actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.grid import queries, reports, states
from desk.services.grid.queries import ReportDetail
from desk.services.grid.terms import DISPATCHED
from desk.ui.context import DeskContext
from desk.ui.grid.action_dialogs import DispatchDialog, ResolveDialog
from desk.ui.grid.models import HistoryModel, duration_text, state_text
from desk.ui.grid.photos import PhotoStrip
from desk.ui.grid.report_dialog import PHOTO_FILTER
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table

# action -> (permission, object name); the state table says when each is possible.
ACTIONS = {
    states.CONFIRM: ("hazard.confirm", "actionConfirm"),
    states.DISPATCH: ("hazard.dispatch", "actionDispatch"),
    states.RESOLVE: ("hazard.resolve", "actionResolve"),
    states.REJECT: ("hazard.reject", "actionReject"),
    states.MARK_DUPLICATE: ("hazard.reject", "actionDuplicate"),
    states.REOPEN: ("hazard.reopen", "actionReopen"),
}


class ReportPanel(QWidget):
    changed = Signal(int)  # a report changed: the list refreshes and keeps it selected

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ReportDetail | None = None
        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("reportBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos = PhotoStrip(self)
        self.add_photo_button = QPushButton(self.tr("Add photos…"), self)
        self.buttons = {
            states.CONFIRM: QPushButton(self.tr("Confirm it is real"), self),
            states.DISPATCH: QPushButton(self.tr("Dispatch… (Ctrl+D)"), self),
            states.RESOLVE: QPushButton(self.tr("Resolved… (Ctrl+R)"), self),
            states.REJECT: QPushButton(self.tr("Not confirmed…"), self),
            states.MARK_DUPLICATE: QPushButton(self.tr("Duplicate of #…"), self),
            states.REOPEN: QPushButton(self.tr("Reopen…"), self),
        }
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.void_button.setObjectName("actionVoid")
        self.history = HistoryModel(self)
        self.history_view = record_table(self.history, self, name="reportHistory", alternating=False)
        self.history_view.setMinimumHeight(90)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("reportFeedback")
        self.feedback.setWordWrap(True)

        actions = QGridLayout()
        for i, (action, button) in enumerate(self.buttons.items()):
            button.setObjectName(ACTIONS[action][1])
            actions.addWidget(button, i // 3, i % 3)
        actions.addWidget(self.void_button, 2, 2)
        actions.addWidget(self.add_photo_button, 2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.photos)
        layout.addLayout(actions)
        layout.addWidget(self.feedback)
        layout.addWidget(QLabel(self.tr("<b>History</b>"), self))
        layout.addWidget(self.history_view, 1)

        self.buttons[states.CONFIRM].clicked.connect(self.confirm)
        self.buttons[states.DISPATCH].clicked.connect(self.dispatch)
        self.buttons[states.RESOLVE].clicked.connect(self.resolve)
        self.buttons[states.REJECT].clicked.connect(self.not_confirmed)
        self.buttons[states.MARK_DUPLICATE].clicked.connect(self.duplicate)
        self.buttons[states.REOPEN].clicked.connect(self.reopen)
        self.void_button.clicked.connect(self.void)
        self.add_photo_button.clicked.connect(self.add_photos)
        self.show_report(None)

    # --- showing ------------------------------------------------------------------------------
    def report_id(self) -> int | None:
        return self.detail.row.id if self.detail else None

    def show_report(self, report_id: int | None) -> None:
        self.feedback.setText("")
        self.detail = queries.report_detail(report_id) if report_id is not None else None
        if self.detail is None:
            self.title.setText(self.tr("<h3>Choose a report in the list</h3>"))
            self.body.setText(self.tr("Or record a new one with <b>New report… (F2)</b>."))
            self.photos.set_paths([])
            self.history.set_rows([])
            self._enable([])
            return
        d, r = self.detail, self.detail.row
        colour = "#b00020" if r.overdue else "#1a5fb4" if r.state == DISPATCHED else "#333"
        self.title.setText(
            f"<h3>#{r.id} {escape(r.category)} · {escape(r.place)}</h3>"
            f"<span style='color:{colour}; font-weight:bold'>{escape(state_text(r))}</span>"
            + (f" <span style='color:#9a9a9a'>{self.tr('voided: {0}').format(escape(d.void_reason))}</span>"
               if r.voided else ""))
        self.body.setText(self._body(d))
        self.photos.set_paths([queries.photo_path(p.id) for p in d.photos])
        self.history.set_rows(d.history)
        self._enable(states.allowed_actions(r.state, r.voided))

    def _body(self, d: ReportDetail) -> str:
        r = d.row
        lines = [
            (self.tr("Grid"), r.grid_name),
            (self.tr("Reporter"), r.reporter or self.tr("(staff's own find)")),
            (self.tr("Seen at"), r.seen_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Recorded"), r.created_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("What was seen"), r.description),
        ]
        if d.confirmed_by:
            lines.append((self.tr("Confirmed real"), f"{d.confirmed_by} {d.confirmed_at:%m-%d %H:%M}"))
        if r.dispatched_to:
            due = r.due_on.isoformat() if r.due_on else ""
            lines.append((self.tr("Sent to"), self.tr("{0}, to be cleared by {1}").format(r.dispatched_to, due)))
        if r.resolved_at:
            lines.append((self.tr("Resolved"), f"{r.resolved_at:%Y-%m-%d %H:%M} · {d.resolved_by}: {d.resolution}"))
            lines.append((self.tr("Time to resolve"), duration_text(r.days_to_resolve)))
        if d.closed_reason and r.state != "duplicate":
            lines.append((self.tr("Why not confirmed"), d.closed_reason))
        if d.duplicates:
            lines.append((self.tr("Reported again as"), "、".join(f"#{i}" for i in d.duplicates)))
        if d.points_earned:
            lines.append((self.tr("Points earned"), self.tr("{0} for {1}").format(d.points_earned, r.reporter)))
        answers = {"fixed": self.tr("it is fixed"), "not_fixed": self.tr("it is NOT fixed")}
        if d.reporter_answer:
            lines.append((self.tr("The reporter says"), answers.get(d.reporter_answer, d.reporter_answer)))
        return "<table cellspacing='3'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{escape(k)}</td><td>{escape(v or '')}</td></tr>"
            for k, v in lines if v) + "</table>"

    def _enable(self, possible: list[str]) -> None:
        for action, button in self.buttons.items():
            permission = ACTIONS[action][0]
            button.setVisible(may(self.ctx, permission))
            button.setEnabled(action in possible)
        voided = self.detail is None or self.detail.row.voided
        self.void_button.setVisible(may(self.ctx, "hazard.void"))
        self.void_button.setEnabled(not voided)
        self.add_photo_button.setEnabled(not voided)
        if self.detail is not None and not may(self.ctx, "hazard.dispatch"):
            self.feedback.setText(self.tr("Staff confirm, dispatch and resolve reports; you can add photos."))

    # --- actions ------------------------------------------------------------------------------
    def _done(self, result, text: str) -> None:
        if result is None:
            return
        self.feedback.setText(text)
        self.changed.emit(result.report_id)
        self.show_report(result.report_id)
        self.feedback.setText(text)

    def confirm(self) -> None:
        r = self.detail.row if self.detail else None
        if r is None or not dialogs.confirm(self, self.tr("Confirm the report"), self.tr(
                "Is report #{0} real? {1} earns the points for it now.").format(r.id, r.reporter or "—")):
            return
        result = run_op(self, reports.confirm_report, r.id, self.ctx.operator)
        self._done(result, self._points_text(result, self.tr("Confirmed.")))

    def _points_text(self, result, text: str) -> str:
        if result is not None and result.points:
            return self.tr("{0} {1} earned {2} points.").format(text, result.reporter, result.points)
        return text

    def _offered(self, action: str) -> bool:
        """The action's button is shown and enabled (Ctrl+D and Ctrl+R reach here without a click)."""
        return self.detail is not None and may(self.ctx, ACTIONS[action][0]) and self.buttons[action].isEnabled()

    def dispatch(self) -> None:
        if not self._offered(states.DISPATCH):
            return
        dialog = DispatchDialog(self.ctx.operator, self.detail.row, self)
        if dialog.exec() and dialog.result_ is not None:
            self._done(dialog.result_, self.tr("Dispatched."))

    def resolve(self) -> None:
        if not self._offered(states.RESOLVE):
            return
        dialog = ResolveDialog(self.ctx.operator, self.detail.row, self)
        if dialog.exec() and dialog.result_ is not None:
            self._done(dialog.result_, self._points_text(dialog.result_, self.tr("Resolved.")))

    def not_confirmed(self) -> None:
        r = self.detail.row
        reason = dialogs.ask_reason(self, self.tr("Report #{0} is not confirmed").format(r.id))
        if reason is None:
            return
        result = run_op(self, reports.reject_report, r.id, reason, self.ctx.operator)
        text = self.tr("Marked not confirmed.")
        if result is not None and result.points_reversed:
            text += " " + self.tr("{0} points were taken back from {1}.").format(result.points_reversed, r.reporter)
        self._done(result, text)

    def duplicate(self) -> None:
        r = self.detail.row
        text = dialogs.ask_text(self, self.tr("Duplicate of which report?"),
                                self.tr("Report #{0} repeats report number:").format(r.id))
        if text is None:
            return
        digits = text.strip().lstrip("#")
        if not digits.isdigit():
            self.feedback.setText(self.tr("Please type the number of the earlier report, e.g. 12."))
            return
        result = run_op(self, reports.mark_duplicate, r.id, int(digits), self.ctx.operator)
        self._done(result, self.tr("Marked a duplicate of #{0}.").format(result.duplicate_of if result else ""))

    def reopen(self) -> None:
        r = self.detail.row
        reason = dialogs.ask_reason(self, self.tr("Reopen report #{0}").format(r.id))
        if reason is not None:
            self._done(run_op(self, reports.reopen_report, r.id, reason, self.ctx.operator), self.tr("Reopened."))

    def void(self) -> None:
        r = self.detail.row
        reason = dialogs.ask_reason(self, self.tr("Void report #{0} (recorded by mistake)").format(r.id))
        if reason is not None:
            self._done(run_op(self, reports.void_report, r.id, reason, self.ctx.operator), self.tr("Voided."))

    def add_photos(self) -> None:
        if self.detail is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose photos"), "",
                                                self.tr("Photos ({0})").format(PHOTO_FILTER))
        if files:
            result = run_op(self, reports.add_photos, self.detail.row.id, files, self.ctx.operator)
            self._done(result, self.tr("{0} photos added.").format(result.photos if result else 0))
