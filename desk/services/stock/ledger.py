"""Stock of goods: the item catalog and the ``StockMove`` ledger.

Stock on hand is the sum of an item's moves and can never go below zero. Every change of
stock, whoever makes it (a receipt, a correction, a campaign hand-out, a points redemption),
is one ``move()`` written inside that operation's own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import GiftItem, Operator, StockMove, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.common.reasons import REASON_MAX, required_reason

NAME_MAX = 30
UNIT_MAX = 8
DONOR_MAX = 60

# A typo guard on every move: a lorry of bottled water is a few thousand; 10,000 boxes is a slipped key.
QTY_MAX = 10_000

MOVE_KINDS = {
    "receive": translate("Term", "received"),
    "adjust": translate("Term", "adjusted"),
    "distribute": translate("Term", "handed out"),
    "void": translate("Term", "returned by void"),
    "redeem": translate("Term", "redeemed for points"),
}

# The permission each kind of move needs. A move is written inside an operation that checked
# its own permission too; a move of its own (``void``) must name the record it belongs to.
MOVE_PERMISSIONS = {
    "receive": "stock.receive",
    "adjust": "stock.adjust",
    "distribute": "gift.hand_out",
    "void": "stock.return",
    "redeem": "reward.redeem",
}

# Reasons a volunteer picks when correcting stock; free text is accepted too.
ADJUST_REASONS = (
    translate("Term", "damaged"),
    translate("Term", "lost"),
    translate("Term", "returned"),
    translate("Term", "count correction"),
)


# --- reading ---------------------------------------------------------------------------------


def on_hand(item_id: int) -> int:
    """Units of the item in the store room now (sum of its ledger)."""
    total = StockMove.select(pw.fn.COALESCE(pw.fn.SUM(StockMove.delta), 0)).where(StockMove.item == item_id).scalar()
    return int(total or 0)


def on_hand_of(item_ids: list[int]) -> dict[int, int]:
    """Stock on hand of these items, in one query (items never moved are absent)."""
    rows = (StockMove.select(StockMove.item, pw.fn.SUM(StockMove.delta))
            .where(StockMove.item.in_(list(item_ids))).group_by(StockMove.item).tuples())
    return {item_id: int(total or 0) for item_id, total in rows}


def on_hand_all() -> dict[int, int]:
    """Stock on hand of every item that ever moved, by item id (items never moved are absent)."""
    rows = StockMove.select(StockMove.item, pw.fn.SUM(StockMove.delta)).group_by(StockMove.item).tuples()
    return {item_id: int(total or 0) for item_id, total in rows}


def items(include_retired: bool = False) -> list[GiftItem]:
    query = GiftItem.select().order_by(GiftItem.retired_at.is_null(False), GiftItem.id)
    if not include_retired:
        query = query.where(GiftItem.retired_at.is_null())
    return list(query)


def get_item(item_id: int) -> GiftItem:
    item = GiftItem.get_or_none(GiftItem.id == item_id)
    if item is None:
        raise NotFound(translate("DeskError", "Unknown item."))
    return item


@dataclass(frozen=True)
class MoveRow:
    """One ledger line, ready to show."""

    id: int
    moved_on: dt.date
    created_at: dt.datetime
    item_id: int
    item: str
    unit: str
    delta: int
    kind: str
    donor: str
    reason: str
    source_type: str
    source_id: int | None
    operator: str


def moves(item_id: int | None = None, limit: int = 500) -> list[MoveRow]:
    """The newest ledger lines, of one item or of all."""
    query = (
        StockMove.select(StockMove, GiftItem, Operator)
        .join(GiftItem)
        .switch(StockMove)
        .join(Operator, on=(StockMove.created_by == Operator.id))
        .order_by(StockMove.created_at.desc(), StockMove.id.desc())
        .limit(limit)
    )
    if item_id is not None:
        query = query.where(StockMove.item == item_id)
    return [
        MoveRow(
            id=m.id,
            moved_on=m.moved_on,
            created_at=m.created_at,
            item_id=m.item.id,
            item=m.item.name,
            unit=m.item.unit,
            delta=m.delta,
            kind=m.kind,
            donor=m.donor,
            reason=m.reason,
            source_type=m.source_type,
            source_id=m.source_id,
            operator=m.created_by.name,
        )
        for m in query
    ]


def donors(limit: int = 30) -> list[str]:
    """Donors a volunteer may pick: partner units first, then donors typed before, most frequent first."""
    from desk.models import PartnerUnit

    units = [u.name for u in PartnerUnit.select().where(PartnerUnit.retired_at.is_null()).order_by(PartnerUnit.name)]
    typed = [
        name
        for name, _n in StockMove.select(StockMove.donor, pw.fn.COUNT(StockMove.id))
        .where(StockMove.donor != "")
        .group_by(StockMove.donor)
        .order_by(pw.fn.COUNT(StockMove.id).desc())
        .limit(limit)
        .tuples()
    ]
    return units + [d for d in typed if d not in units]


# --- the ledger primitive ----------------------------------------------------------------------


@write_transaction
def move(
    item_id: int,
    delta: int,
    kind: str,
    operator: Operator,
    *,
    source_type: str = "",
    source_id: int | None = None,
    reason: str = "",
    donor: str = "",
    moved_on: dt.date | None = None,
) -> StockMove:
    """Write one ledger line. Call it inside the calling operation's ``db.atomic()``.

    Raises ``ValidationError`` if the item's stock would go below zero; the caller's
    transaction then rolls back, so a hand-out and its stock move stand or fall together.
    The stock is checked after the insert, so a second desk that wrote a moment before is
    counted instead of leaving a negative balance.
    """
    if kind not in MOVE_KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of stock movement: {0}."), kind)
    require(operator, MOVE_PERMISSIONS[kind])
    delta = int(delta)
    if delta == 0:
        raise ValidationError(translate("DeskError", "A quantity must not be zero."))
    if abs(delta) > QTY_MAX:
        raise ValidationError(translate("DeskError", "{0} is more than can be moved at once (at most {1})."),
                              abs(delta), QTY_MAX)
    if kind in ("distribute", "void", "redeem") and (not source_type or source_id is None):
        raise ValidationError(translate("DeskError", "A hand-out, void or redemption moves stock only for its record."))
    item = get_item(item_id)
    # Stock going out is checked once, after the insert, inside the write transaction: a shortfall
    # rolls this line back.
    with db.atomic():
        row = StockMove.create(
            item=item,
            delta=delta,
            kind=kind,
            source_type=source_type,
            source_id=source_id,
            reason=(reason or "").strip()[:REASON_MAX],
            donor=(donor or "").strip()[:DONOR_MAX],
            moved_on=moved_on or dt.date.today(),
            created_by=operator,
        )
        if delta < 0 and on_hand(item.id) < 0:
            raise ValidationError(
                translate("DeskError", "Only {0} {1} of {2} left in stock; {3} needed."),
                on_hand(item.id) - delta, item.unit, item.name, -delta,
            )
    return row


# --- operations a volunteer or staff member performs -------------------------------------------


def _quantity(qty: object) -> int:
    if isinstance(qty, bool):  # True is not "1 box"
        raise ValidationError(translate("DeskError", "Please enter a whole number."))
    try:
        value = int(qty)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(translate("DeskError", "Please enter a whole number.")) from None
    if isinstance(qty, float) and not qty.is_integer():
        raise ValidationError(translate("DeskError", "Please enter a whole number."))
    return value


@write_transaction
def receive(
    item_id: int,
    qty: int,
    operator: Operator,
    *,
    donor: str = "",
    moved_on: dt.date | None = None,
    campaign_id: int | None = None,
    note: str = "",
) -> StockMove:
    """Goods arrive (a property company brings 200 boxes of mooncakes).

    ``campaign_id`` notes which campaign the goods were given for, so the campaign can show
    what was received for it; the stock itself is one pool per item.
    """
    require(operator, "stock.receive")
    qty = _quantity(qty)
    if qty <= 0:
        raise ValidationError(translate("DeskError", "The quantity received must be at least 1."))
    if qty > QTY_MAX:
        raise ValidationError(translate("DeskError", "{0} is more than can be received at once (at most {1})."), qty, QTY_MAX)
    item = get_item(item_id)
    if item.retired_at is not None:
        raise ValidationError(translate("DeskError", "{0} is retired from the catalog; bring it back before receiving it."), item.name)
    donor = (donor or "").strip()
    if len(donor) > DONOR_MAX:
        raise ValidationError(translate("DeskError", "A donor name can be at most {0} characters."), DONOR_MAX)
    moved_on = moved_on or dt.date.today()
    if moved_on > dt.date.today():
        raise ValidationError(translate("DeskError", "The date received cannot be in the future."))
    if campaign_id is not None:
        from desk.models import Campaign  # the campaign is only a label here

        if not Campaign.select().where(Campaign.id == campaign_id).exists():
            raise NotFound(translate("DeskError", "That campaign does not exist."))
    with db.atomic():
        row = move(
            item.id,
            qty,
            "receive",
            operator,
            source_type="campaign" if campaign_id is not None else "",
            source_id=campaign_id,
            donor=donor,
            reason=note,
            moved_on=moved_on,
        )
        audit.record(operator, "stock.receive", "stock_move", row.id, after=audit.snapshot(row))
    return row


@write_transaction
def adjust(
    item_id: int,
    delta: int,
    reason: str,
    operator: Operator,
    *,
    moved_on: dt.date | None = None,
    campaign_id: int | None = None,
) -> StockMove:
    """Correct the stock: goods damaged, lost, returned, or a recount. Staff only; reason required.

    ``campaign_id`` names the campaign whose goods were corrected (as ``receive`` does).
    """
    require(operator, "stock.adjust")
    delta = _quantity(delta)
    if delta == 0:
        raise ValidationError(translate("DeskError", "A quantity must not be zero."))
    if abs(delta) > QTY_MAX:
        raise ValidationError(translate("DeskError", "{0} is more than can be received at once (at most {1})."), delta, QTY_MAX)
    reason = required_reason(
        reason, translate("DeskError", "Please say why the stock is corrected (damaged, lost, returned...).")
    )
    item = get_item(item_id)
    with db.atomic():
        row = move(item.id, delta, "adjust", operator, reason=reason, moved_on=moved_on,
                   source_type="campaign" if campaign_id is not None else "", source_id=campaign_id)
        audit.record(operator, "stock.adjust", "stock_move", row.id, after=audit.snapshot(row))
    return row


# --- the item catalog --------------------------------------------------------------------------


def _clean_item(name: str, unit: str) -> tuple[str, str]:
    name = (name or "").strip()
    unit = (unit or "").strip()
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the item's name."))
    if len(name) > NAME_MAX:
        raise ValidationError(translate("DeskError", "An item name can be at most {0} characters."), NAME_MAX)
    if not unit:
        raise ValidationError(translate("DeskError", "Please enter the unit (盒, 件, 个...)."))
    if len(unit) > UNIT_MAX:
        raise ValidationError(translate("DeskError", "A unit can be at most {0} characters."), UNIT_MAX)
    return name, unit


@write_transaction
def add_item(name: str, unit: str, operator: Operator) -> GiftItem:
    require(operator, "stock.items")
    name, unit = _clean_item(name, unit)
    if GiftItem.select().where(GiftItem.name == name).exists():
        raise ValidationError(translate("DeskError", "The item {0} is already in the catalog."), name)
    with db.atomic():
        item = GiftItem.create(name=name, unit=unit)
        audit.record(operator, "gift_item.add", "gift_item", item.id, after=audit.snapshot(item))
    return item


@write_transaction
def rename_item(item_id: int, name: str, unit: str, operator: Operator) -> GiftItem:
    require(operator, "stock.items")
    item = get_item(item_id)
    name, unit = _clean_item(name, unit)
    if GiftItem.select().where((GiftItem.name == name) & (GiftItem.id != item.id)).exists():
        raise ValidationError(translate("DeskError", "The item {0} is already in the catalog."), name)
    with db.atomic():
        before = audit.snapshot(item)
        item.name, item.unit = name, unit
        item.save()
        audit.record(operator, "gift_item.rename", "gift_item", item.id, before, audit.snapshot(item))
    return item


@write_transaction
def retire_item(item_id: int, operator: Operator, retired: bool = True) -> GiftItem:
    """Take an item out of the catalog (or bring it back); its history and stock stay."""
    require(operator, "stock.items")
    item = get_item(item_id)
    if retired == (item.retired_at is not None):
        raise Conflict(
            translate("DeskError", "{0} is already retired.") if retired else translate("DeskError", "{0} is not retired."),
            item.name,
        )
    with db.atomic():
        before = audit.snapshot(item)
        item.retired_at = now() if retired else None
        item.save()
        audit.record(operator, "gift_item.retire" if retired else "gift_item.restore", "gift_item", item.id, before, audit.snapshot(item))
    return item
