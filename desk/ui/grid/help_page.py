"""Help records (一老一小): the list, record, confirm (staff) and void. Volunteers see that a help
happened and how it ended; who was helped, where and the story only staff see."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.grid import help as helps
from desk.services.grid.terms import HELPED_KINDS, OUTCOMES
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.grid.help_dialog import HelpDialog
from desk.ui.grid.models import HelpTableModel
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table

SENSITIVE_COLUMNS = (7, 8)  # "Who was helped", "Place"


class HelpPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.new_button = QPushButton(self.tr("Record a help… (F3)"), self)
        self.new_button.setObjectName("newHelp")
        self.confirm_button = QPushButton(self.tr("Check and confirm…"), self)
        self.confirm_button.setObjectName("confirmHelp")
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.void_button.setObjectName("voidHelp")
        self.kind = QComboBox(self)
        self.kind.setObjectName("helpKindFilter")
        self.kind.addItem(self.tr("Elderly people and children"), None)
        for code, name in HELPED_KINDS.items():
            self.kind.addItem(term(name), code)
        self.waiting = QCheckBox(self.tr("Only those waiting for confirmation"), self)
        self.waiting.setObjectName("helpWaiting")
        self.totals = QLabel(self)
        self.totals.setObjectName("helpTotals")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("helpFeedback")
        self.model = HelpTableModel(self)
        self.table = record_table(self.model, self, name="helpTable")
        self.table.horizontalHeader().setStretchLastSection(False)  # the points stay next to the names
        self.detail = QLabel(self)
        self.detail.setObjectName("helpDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMinimumHeight(70)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.void_button)
        bar.addSpacing(12)
        bar.addWidget(self.kind)
        bar.addWidget(self.waiting)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.detail)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.waiting.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(self.record)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.confirm_selected())

    def refresh(self, select: int | None = None) -> None:
        show = helps.may_see_sensitive(self.ctx.operator)
        for column in SENSITIVE_COLUMNS:
            self.table.setColumnHidden(column, not show)
        self.confirm_button.setVisible(may(self.ctx, "help.confirm"))
        self.void_button.setVisible(may(self.ctx, "help.void"))
        rows = helps.help_records(self.ctx.operator, helped_kind=self.kind.currentData(),
                                  unconfirmed_only=self.waiting.isChecked())
        self.model.set_rows(rows)
        live = [r for r in rows if not r.voided]
        waiting = sum(1 for r in live if not r.confirmed)
        text = self.tr("{0} helps recorded: {1} elderly people, {2} children").format(
            len(live), sum(r.helped_kind == "elderly" for r in live), sum(r.helped_kind == "child" for r in live))
        if waiting:
            text += " · " + self.tr("<b>{0} waiting for a staff member to confirm</b>").format(waiting)
        self.totals.setText(text)
        index = next((i for i, r in enumerate(rows) if r.id == select), None)
        if index is not None:
            self.table.selectRow(index)
        self._show_selected()

    def selected(self) -> helps.HelpRow | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.confirm_button.setEnabled(row is not None and not row.confirmed and not row.voided)
        self.void_button.setEnabled(row is not None and not row.voided)
        if row is None:
            self.detail.setText(self.tr("Choose a help record to see it."))
            return
        head = self.tr("#{0} · {1} · {2} helped {3}; {4}.").format(
            row.id, row.happened_at.strftime("%Y-%m-%d %H:%M"), "、".join(row.helpers),
            term(HELPED_KINDS.get(row.helped_kind, row.helped_kind)), term(OUTCOMES.get(row.outcome, row.outcome)))
        if not row.sensitive_shown:
            self.detail.setText(escape(head) + "<br><span style='color:#555'>" + self.tr(
                "Who was helped, where, and what happened are shown to staff only.") + "</span>")
            return
        lines = [(self.tr("Who was helped"), " · ".join(x for x in (
                    row.helped_name or self.tr("name unknown"),
                    self.tr("about {0}").format(row.helped_age) if row.helped_age is not None else "") if x)),
                 (self.tr("Contact"), row.helped_contact or ""), (self.tr("Where"), row.place or ""),
                 (self.tr("What happened"), row.what_happened or "")]
        self.detail.setText(escape(head) + "<br>" + "<br>".join(
            f"<span style='color:#555'>{escape(k)}:</span> {escape(v)}" for k, v in lines if v))

    def _said(self, done: helps.HelpResult) -> None:
        names = "、".join(done.helpers)
        if done.points_each:
            self.feedback.setText(self.tr("Confirmed: {0} earned {1} points each.").format(names, done.points_each))
        else:
            self.feedback.setText(self.tr("Recorded #{0}; a staff member confirms it, then {1} earn the points.")
                                  .format(done.record_id, names))
        self.table.setFocus()

    def record(self) -> None:
        dialog = HelpDialog(self.ctx, self)
        if dialog.exec() and dialog.result_ is not None:
            self.refresh(select=dialog.result_.record_id)
            self._said(dialog.result_)

    def confirm_selected(self) -> None:
        row = self.selected()
        if row is None or row.confirmed or row.voided or not may(self.ctx, "help.confirm"):
            return
        dialog = HelpDialog(self.ctx, self, record_id=row.id)
        if dialog.exec() and dialog.result_ is not None:
            self.refresh(select=row.id)
            self._said(dialog.result_)

    def void_selected(self) -> None:
        row = self.selected()
        if row is None or row.voided:
            return
        reason = dialogs.ask_reason(self, self.tr("Void help record #{0}").format(row.id))
        done = run_op(self, helps.void_help, row.id, reason, self.ctx.operator) if reason is not None else None
        if done is not None:
            self.refresh(select=row.id)
            self.feedback.setText(self.tr("Voided; {0} points taken back.").format(done.points_reversed))
