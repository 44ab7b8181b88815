"""Table models of the grid tab: reports, a report's history, help records, the team, the grid overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.services.common.masking import mask_phone
from desk.services.grid.figures import Counts
from desk.services.grid.help import HelpRow
from desk.services.grid.queries import HistoryLine, ReportRow
from desk.services.grid.team import TeamRow
from desk.services.grid.terms import DISPATCHED, HELPED_KINDS, OUTCOMES, REPORTED, STATES
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#b00020")
WAITING_BACKGROUND = QColor("#fff4d6")  # reported, nobody sent yet


def state_text(row: ReportRow) -> str:
    """The state as a volunteer reads it: how late, a duplicate of which, reopened."""
    text = term(STATES.get(row.state, row.state))
    if row.overdue:
        late = (dt.date.today() - row.due_on).days
        return QCoreApplication.translate("ReportState", "{0} · {1} days overdue").format(text, late)
    if row.duplicate_of:
        return QCoreApplication.translate("ReportState", "{0} of #{1}").format(text, row.duplicate_of)
    if row.reopened and row.state in (REPORTED, DISPATCHED):
        return QCoreApplication.translate("ReportState", "{0} (reopened)").format(text)
    return text


class ReportTableModel(RecordTableModel[ReportRow]):
    """Reports, newest first; overdue ones in red, those nobody was sent to yet in yellow."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column("#", lambda r: r.id, None, NUMBER),
                Column(self.tr("Reported"), lambda r: r.created_at.strftime("%m-%d %H:%M"), lambda r: r.created_at),
                Column(self.tr("Grid"), lambda r: r.grid_number, None, CENTER, tooltip=lambda r: r.grid_name),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Problem"), lambda r: r.category),
                Column(self.tr("Reporter"), lambda r: r.reporter or self.tr("(staff's own find)")),
                Column(self.tr("State"), state_text,
                       lambda r: (r.state, r.due_on or dt.date.max)),
                Column(self.tr("Sent to"), lambda r: r.dispatched_to),
                Column(self.tr("Due"),
                       lambda r: r.due_on.strftime("%m-%d") if r.due_on and r.state == DISPATCHED else "",
                       lambda r: r.due_on or dt.date.max),
            ],
            parent,
        )

    def muted(self, record: ReportRow) -> bool:
        return record.voided

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.FontRole):
            row = self.row_record(index.row())
            if row.overdue:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(OVERDUE_BACKGROUND)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(OVERDUE_TEXT)
                font = QFont()
                font.setBold(True)
                return font
            if row.state == REPORTED and not row.voided and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WAITING_BACKGROUND)
        return super().data(index, role)


class HistoryModel(RecordTableModel[HistoryLine]):
    def __init__(self, parent=None) -> None:
        self.names = {
            "record": self.tr("recorded"), "add_photos": self.tr("photos added"),
            "confirm": self.tr("confirmed as real"), "dispatch": self.tr("dispatched"),
            "resolve": self.tr("resolved"), "reject": self.tr("marked not confirmed"),
            "duplicate": self.tr("marked a duplicate"), "reopen": self.tr("reopened"), "void": self.tr("voided"),
            "anonymise": self.tr("reporter erased, photos removed"),
        }
        super().__init__(
            [
                Column(self.tr("When"), lambda h: h.at.strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("What"), lambda h: self.names.get(h.action, h.action)),
                Column(self.tr("Who"), lambda h: h.operator),
            ],
            parent,
        )


class HelpTableModel(RecordTableModel[HelpRow]):
    """Help records; the helped person's details only in the columns staff may see."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column("#", lambda r: r.id, None, NUMBER),
                Column(self.tr("When"), lambda r: r.happened_at.strftime("%Y-%m-%d %H:%M"), lambda r: r.happened_at),
                Column(self.tr("Helped"), lambda r: term(HELPED_KINDS.get(r.helped_kind, r.helped_kind))),
                Column(self.tr("How it ended"), lambda r: term(OUTCOMES.get(r.outcome, r.outcome))),
                Column(self.tr("Helpers"), lambda r: "、".join(r.helpers)),
                Column(self.tr("Confirmed"), self._confirmed),
                Column(self.tr("Points"), lambda r: r.points or "", lambda r: r.points, NUMBER),
                Column(self.tr("Who was helped"), self._who),
                Column(self.tr("Place"), lambda r: r.place if r.sensitive_shown else self.tr("(staff only)")),
            ],
            parent,
        )

    def _confirmed(self, r: HelpRow) -> str:
        if r.voided:
            return self.tr("voided: {0}").format(r.void_reason)
        if not r.confirmed:
            return self.tr("waiting for staff")
        return f"✔ {r.confirmed_by}"

    def _who(self, r: HelpRow) -> str:
        if not r.sensitive_shown:
            return self.tr("(staff only)")
        parts = [r.helped_name or self.tr("name unknown")]
        if r.helped_age is not None:
            parts.append(self.tr("about {0}").format(r.helped_age))
        return " · ".join(parts)

    def muted(self, record: HelpRow) -> bool:
        return record.voided

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            row = self.row_record(index.row())
            if not row.confirmed and not row.voided:
                return QBrush(WAITING_BACKGROUND)
        return super().data(index, role)


class TeamTableModel(RecordTableModel[TeamRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Helps this year"), lambda r: r.helps, None, NUMBER,
                       tooltip=lambda r: self.tr("{0} confirmed").format(r.helps_confirmed)),
                Column(self.tr("Reports this year"), lambda r: r.reports, None, NUMBER),
                Column(self.tr("Grid"), lambda r: r.grid_name),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
            ],
            parent,
        )


def duration_text(days: float | None) -> str:
    """A time to resolve as a volunteer says it: 5 hours, 2.5 days."""
    if days is None:
        return ""
    if days < 1:
        return QCoreApplication.translate("Duration", "{0} hours").format(max(1, round(days * 24)))
    return QCoreApplication.translate("Duration", "{0} days").format(f"{round(days, 1):g}")


class GridCountsModel(RecordTableModel[Counts]):
    """One line per grid (or per grid and problem): reported, resolved, still open, median days."""

    def __init__(self, with_category: bool = False, parent=None) -> None:
        columns = [Column(self.tr("Grid"), lambda c: c.grid_name, lambda c: c.grid_number or 0)]
        if with_category:
            columns.append(Column(self.tr("Problem"), lambda c: c.category))
        columns += [
            Column(self.tr("Reported"), lambda c: c.opened, None, NUMBER),
            Column(self.tr("Resolved"), lambda c: c.resolved, None, NUMBER),
            Column(self.tr("Still open"), lambda c: c.still_open, None, NUMBER),
            Column(self.tr("Overdue"), lambda c: c.overdue or "", lambda c: c.overdue, NUMBER),
            Column(self.tr("Median time to resolve"), lambda c: duration_text(c.median_days),
                   lambda c: c.median_days if c.median_days is not None else 9999, NUMBER),
        ]
        super().__init__(columns, parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row_record(index.row()).overdue:
            return QBrush(OVERDUE_TEXT)
        return super().data(index, role)
