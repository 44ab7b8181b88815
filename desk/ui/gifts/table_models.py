"""Table models of the gifts tab: campaigns, hand-outs, who has not collected, items, stock."""

from __future__ import annotations

from desk.models import GiftItem, Person
from desk.services.common.masking import mask_phone
from desk.services.people import records as people
from desk.services.gifts.queries import CampaignRow, ItemProgress, ShareRow
from desk.services.stock.ledger import MOVE_KINDS, MoveRow
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel


class ShareTableModel(RecordTableModel[ShareRow]):
    """Hand-outs of a campaign; voided ones stay, greyed and struck out."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Time"), lambda r: r.handed_at.strftime("%m-%d %H:%M"), lambda r: r.handed_at),
                Column(self.tr("Recipient"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Items"), lambda r: r.items),
                Column(self.tr("Delivered by"), lambda r: r.deliverer),
                Column(self.tr("Signed"), lambda r: "✔" if r.signed else "", align=CENTER),
                Column(self.tr("Recorded by"), lambda r: r.operator),
                Column(self.tr("Note"), self._note, tooltip=self._note),
            ],
            parent,
        )

    def _note(self, r: ShareRow) -> str:
        parts = []
        if r.voided:
            parts.append(self.tr("voided: {0}").format(r.void_reason))
        if r.override_reason:
            parts.append(self.tr("override: {0}").format(r.override_reason))
        if r.note:
            parts.append(r.note)
        return "；".join(parts)

    def muted(self, record: ShareRow) -> bool:
        return record.voided


class PersonListModel(RecordTableModel[Person]):
    """People not yet collected (or eligible), with what a volunteer needs to call them."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda p: p.name, lambda p: p.pinyin_full),
                Column(self.tr("Phone"), lambda p: mask_phone(p.phone)),
                Column(self.tr("Kind"), lambda p: term(people.kind_name(p.kind))),
                Column(self.tr("Platform"), lambda p: p.platform),
                Column(self.tr("Card"), lambda p: p.card_code),
            ],
            parent,
        )


class ItemProgressModel(RecordTableModel[ItemProgress]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Item"), lambda i: f"{i.name}（{i.unit}）"),
                Column(self.tr("Per person"), lambda i: i.per_person, align=NUMBER),
                Column(self.tr("Handed out"), lambda i: i.handed_out, align=NUMBER),
                Column(self.tr("Received for it"), lambda i: i.received_for, align=NUMBER),
                Column(self.tr("In stock"), lambda i: i.on_hand, align=NUMBER),
                Column(self.tr("Still needed"), lambda i: i.needed, align=NUMBER,
                       tooltip=lambda i: self.tr("for the eligible people who have not collected yet")),
            ],
            parent,
        )


class CampaignTableModel(RecordTableModel[CampaignRow]):
    def __init__(self, parent=None) -> None:
        from desk.services.gifts.shares import ELIGIBILITY, KINDS

        super().__init__(
            [
                Column(self.tr("Campaign"), lambda c: c.name),
                Column(self.tr("Kind"), lambda c: term(KINDS.get(c.kind, c.kind))),
                Column(self.tr("Dates"), lambda c: f"{c.starts_on:%Y-%m-%d} ~ {c.ends_on:%m-%d}", lambda c: c.starts_on),
                Column(self.tr("Who"), lambda c: term(ELIGIBILITY.get(c.eligibility, c.eligibility))),
                Column(self.tr("Each gets"), lambda c: c.items),
                Column(self.tr("Reached"), lambda c: f"{c.reached} / {c.eligible}", lambda c: c.reached, align=NUMBER),
            ],
            parent,
        )

    def muted(self, record: CampaignRow) -> bool:
        return record.voided


class StockItemModel(RecordTableModel[GiftItem]):
    """Items of the catalog with their stock on hand (``on_hand`` set by the dialog)."""

    def __init__(self, parent=None) -> None:
        self.on_hand: dict[int, int] = {}
        super().__init__(
            [
                Column(self.tr("Item"), lambda i: i.name),
                Column(self.tr("Unit"), lambda i: i.unit, align=CENTER),
                Column(self.tr("In stock"), lambda i: self.on_hand.get(i.id, 0), align=NUMBER),
                Column(self.tr("Status"), lambda i: self.tr("retired") if i.retired_at else ""),
            ],
            parent,
        )

    def muted(self, record: GiftItem) -> bool:
        return record.retired_at is not None


class MoveTableModel(RecordTableModel[MoveRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda m: m.moved_on.isoformat(), lambda m: (m.moved_on, m.id)),
                Column(self.tr("Item"), lambda m: m.item),
                Column(self.tr("Change"), lambda m: f"{m.delta:+d}", lambda m: m.delta, align=NUMBER),
                Column(self.tr("Kind"), lambda m: term(MOVE_KINDS.get(m.kind, m.kind))),
                Column(self.tr("Donor / reason"), lambda m: m.donor or m.reason),
                Column(self.tr("By"), lambda m: m.operator),
            ],
            parent,
        )
