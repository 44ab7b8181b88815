"""Table models of the points tab: statement, leaderboard, rewards, redemptions, rules, recipients."""

from __future__ import annotations

from desk.models import Person, PointRule
from desk.reports import points_sheets
from desk.services.common.masking import mask_phone
from desk.services.points.ledger import LeaderRow, StatementRow
from desk.services.points.rewards import RedemptionRow, RewardRow
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel


def _sheet_tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PointsSheet", text)


class StatementModel(RecordTableModel[StatementRow]):
    """A rider's ledger lines, newest first; reversed lines and their corrections are greyed."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda r: r.at.strftime("%Y-%m-%d %H:%M"), lambda r: (r.at, r.id), CENTER),
                Column(self.tr("Item"), lambda r: points_sheets.line_title(r, _sheet_tr)),
                Column(self.tr("Points"), lambda r: f"{r.delta:+d}", lambda r: r.delta, NUMBER),
                Column(self.tr("Balance"), lambda r: r.balance, None, NUMBER),
                Column(self.tr("Source"), lambda r: points_sheets.source_label(r, _sheet_tr, term)),
                Column(self.tr("Operator"), lambda r: r.operator),
                Column(self.tr("Note"), lambda r: points_sheets.line_note(r, _sheet_tr),
                       tooltip=lambda r: points_sheets.line_note(r, _sheet_tr)),
            ],
            parent,
        )

    def muted(self, record: StatementRow) -> bool:
        return record.reversed_at is not None or record.reverses_id is not None


class LeaderboardModel(RecordTableModel[LeaderRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Rank"), lambda r: r.rank, None, CENTER),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Grid"), lambda r: r.grid),
                Column(self.tr("Caring Rider Team"), lambda r: "✔" if r.caring_team else "", None, CENTER),
                Column(self.tr("Points"), lambda r: r.points, None, NUMBER),
                Column(self.tr("Deeds"), lambda r: r.deeds, None, NUMBER),
            ],
            parent,
        )


class RewardModel(RecordTableModel[RewardRow]):
    def __init__(self, parent=None) -> None:
        not_offered = self.tr("not offered")
        super().__init__(
            [
                Column(self.tr("Item"), lambda r: r.name),
                Column(self.tr("Unit"), lambda r: r.unit, None, CENTER),
                Column(self.tr("Points price"), lambda r: r.points_price if r.points_price is not None else not_offered,
                       lambda r: r.points_price if r.points_price is not None else 10**9, NUMBER),
                Column(self.tr("In stock"), lambda r: r.on_hand, None, NUMBER),
            ],
            parent,
        )

    def muted(self, record: RewardRow) -> bool:
        return record.points_price is None or record.on_hand <= 0


class RedemptionModel(RecordTableModel[RedemptionRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda r: r.at.strftime("%Y-%m-%d %H:%M"), lambda r: (r.at, r.id), CENTER),
                Column(self.tr("Name"), lambda r: r.person),
                Column(self.tr("Item"), lambda r: f"{r.item} × {r.quantity}{r.unit}"),
                Column(self.tr("Points"), lambda r: r.points, None, NUMBER),
                Column(self.tr("Operator"), lambda r: r.operator),
                Column(self.tr("Status"), lambda r: self.tr("voided: {0}").format(r.void_reason) if r.voided else ""),
            ],
            parent,
        )

    def muted(self, record: RedemptionRow) -> bool:
        return record.voided


class RuleModel(RecordTableModel[PointRule]):
    def __init__(self, parent=None) -> None:
        yes, retired, in_use = self.tr("yes"), self.tr("retired"), self.tr("in use")
        super().__init__(
            [
                Column(self.tr("Rule"), lambda r: r.name),
                Column(self.tr("Default points"), lambda r: r.default_points, None, NUMBER),
                Column(self.tr("Lowest"), lambda r: r.min_points, None, NUMBER),
                Column(self.tr("Highest"), lambda r: r.max_points, None, NUMBER),
                Column(self.tr("Desk may change amount"), lambda r: yes if r.amount_editable else "", None, CENTER),
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Status"), lambda r: retired if r.retired_at else in_use),
            ],
            parent,
        )

    def muted(self, record: PointRule) -> bool:
        return record.retired_at is not None


class RecipientModel(RecordTableModel[Person]):
    """The riders chosen to receive one award."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Phone"), lambda p: mask_phone(p.phone)),
                Column(self.tr("Platform"), lambda p: p.platform),
            ],
            parent,
        )
