"""Today's check-ins as a table: time, name, masked phone, kind, services, operator."""

from __future__ import annotations

from desk.services.common.masking import mask_phone
from desk.services.people import records as people
from desk.services.checkin.visits import VisitRow
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, Column, RecordTableModel


class VisitTableModel(RecordTableModel[VisitRow]):
    def __init__(self, parent=None, english: bool = False) -> None:
        anonymous = self.tr("(anonymous)")
        super().__init__(
            [
                Column(self.tr("Time"), lambda v: v.visited_at.strftime("%H:%M"), lambda v: v.visited_at, CENTER),
                Column(self.tr("Name"), lambda v: v.name or anonymous),
                Column(self.tr("Phone"), lambda v: mask_phone(v.phone)),
                Column(self.tr("Kind"), lambda v: term(people.kind_name(v.kind))),
                Column(self.tr("Platform"), lambda v: v.platform),
                Column(self.tr("Services"), lambda v: ", ".join(v.services_en) if english else "、".join(v.services)),
                Column(self.tr("Operator"), lambda v: v.operator),
                Column(
                    self.tr("Status"),
                    lambda v: self.tr("voided: {0}").format(v.void_reason) if v.voided else "",
                ),
            ],
            parent,
        )

    def muted(self, record: VisitRow) -> bool:
        return record.voided
