"""Points redemption (积分兑换): the small rewards catalog of the "points supermarket".

A reward is a ``GiftItem`` with a ``points_price``. Redeeming writes, in one transaction, a
``Redemption`` row, a negative ``PointEntry`` linked to it and a ``StockMove`` out of the
store room; a voided redemption reverses the entry and puts the goods back. Where a station
runs no points supermarket, no item has a price and the catalog is simply empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import GiftItem, Operator, Person, PointEntry, Redemption, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.points import ledger as points
from desk.services.stock import ledger as stock
from desk.services.common.reasons import required_reason

QTY_MAX = 99  # a typo guard: nobody carries off a hundred raincoats for points


@dataclass(frozen=True)
class RewardRow:
    item_id: int
    name: str
    unit: str
    points_price: int | None
    on_hand: int
    retired: bool


def catalog(include_unpriced: bool = False, include_retired: bool = False) -> list[RewardRow]:
    """Items with a points price (all items with ``include_unpriced``, for the admin setting prices)."""
    query = GiftItem.select().order_by(GiftItem.points_price.is_null(), GiftItem.points_price, GiftItem.id)
    if not include_unpriced:
        query = query.where(GiftItem.points_price.is_null(False))
    if not include_retired:
        query = query.where(GiftItem.retired_at.is_null())
    have = stock.on_hand_all()
    return [
        RewardRow(i.id, i.name, i.unit, i.points_price, have.get(i.id, 0), i.retired_at is not None) for i in query
    ]


@write_transaction
def set_price(item_id: int, price: int | None, operator: Operator) -> GiftItem:
    """An admin puts an item in the rewards catalog at a price, or takes it out (``None``)."""
    require(operator, "reward.price")
    item = stock.get_item(item_id)
    if price is not None:
        price = points.whole(price)
        if not 1 <= price <= points.POINTS_CAP:
            raise ValidationError(translate("DeskError", "A points price must be between 1 and {0}."), points.POINTS_CAP)
    with db.atomic():
        before = audit.snapshot(item)
        item.points_price = price
        item.save()
        audit.record(operator, "reward.price", "gift_item", item.id, before, audit.snapshot(item))
    return item


@write_transaction
def redeem(
    person_id: int,
    item_id: int,
    quantity: int,
    operator: Operator,
    *,
    note: str = "",
    at: dt.datetime | None = None,
) -> Redemption:
    """Exchange a rider's points for goods; refused if the balance or the stock is too low."""
    require(operator, "reward.redeem")
    person = points.earning_person(person_id)
    item = stock.get_item(item_id)
    if item.retired_at is not None or item.points_price is None:
        raise ValidationError(translate("DeskError", "{0} is not in the rewards catalog."), item.name)
    quantity = points.whole(quantity)
    if not 1 <= quantity <= QTY_MAX:
        raise ValidationError(translate("DeskError", "The quantity must be between 1 and {0}."), QTY_MAX)
    note = (note or "").strip()
    if len(note) > points.NOTE_MAX:
        raise ValidationError(translate("DeskError", "A note can be at most {0} characters."), points.NOTE_MAX)
    cost = item.points_price * quantity
    have = points.balance(person.id)
    if have < cost:
        raise Conflict(
            translate("DeskError", "{0} has {1} points; {2} × {3} needs {4}."), person.name, have, item.name, quantity, cost
        )
    left = stock.on_hand(item.id)
    if left < quantity:
        raise Conflict(
            translate("DeskError", "Only {0} {1} of {2} left in stock; {3} needed."), left, item.unit, item.name, quantity
        )
    at = at or now()
    if at > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "Points cannot be dated in the future."))
    with db.atomic():
        red = Redemption.create(person=person, item=item, quantity=quantity, points=cost, note=note,
                                created_by=operator, created_at=at)
        entry = PointEntry.create(person=person, delta=-cost, rule=None, source_type=points.REDEMPTION,
                                  source_id=red.id, note=f"{item.name} × {quantity}", created_by=operator, created_at=at)
        stock.move(item.id, -quantity, "redeem", operator, source_type=points.REDEMPTION, source_id=red.id,
                   moved_on=at.date())
        if points.balance(person.id) < 0:  # another desk spent the same points a moment ago
            raise Conflict(
                translate("DeskError", "{0} has {1} points; {2} × {3} needs {4}."),
                person.name, points.balance(person.id) + cost, item.name, quantity, cost,
            )
        audit.record(operator, "reward.redeem", "redemption", red.id,
                     after=audit.snapshot(red) | {"point_entry": entry.id})
    return red


@write_transaction
def void_redemption(redemption_id: int, reason: str, operator: Operator) -> Redemption:
    """Undo a redemption (goods returned, wrong rider): points back, goods back, history kept.

    Whoever recorded it may void it; someone else's needs staff.
    """
    require(operator, "reward.void_own")
    reason = required_reason(reason, translate("DeskError", "Please say why this redemption is voided."))
    red = Redemption.get_or_none(Redemption.id == redemption_id)
    if red is None:
        raise NotFound(translate("DeskError", "There is no redemption {0}."), redemption_id)
    if red.created_by_id != operator.id:
        require(operator, "reward.void")
    if red.voided_at is not None:
        raise Conflict(translate("DeskError", "This redemption was already voided on {0}."), red.voided_at.strftime("%Y-%m-%d"))
    entry = PointEntry.get(
        (PointEntry.source_type == points.REDEMPTION) & (PointEntry.source_id == red.id) & PointEntry.reverses.is_null()
    )
    with db.atomic():
        before = audit.snapshot(red)
        points.reverse_line(entry, reason, operator)
        stock.move(red.item_id, red.quantity, "void", operator, source_type=points.REDEMPTION, source_id=red.id,
                   reason=reason)
        red.voided_at, red.voided_by, red.void_reason = now(), operator, reason
        red.save()
        audit.record(operator, "reward.void", "redemption", red.id, before, audit.snapshot(red))
    return red


@dataclass(frozen=True)
class RedemptionRow:
    id: int
    at: dt.datetime
    person_id: int
    person: str
    item: str
    unit: str
    quantity: int
    points: int
    operator: str
    voided: bool
    void_reason: str


def redemptions(person_id: int | None = None, limit: int = 200) -> list[RedemptionRow]:
    """The newest redemptions, of one person or of everyone."""
    query = (
        Redemption.select(Redemption, Person, GiftItem, Operator)
        .join(Person, on=(Redemption.person == Person.id))
        .switch(Redemption).join(GiftItem, on=(Redemption.item == GiftItem.id))
        .switch(Redemption).join(Operator, on=(Redemption.created_by == Operator.id))
        .order_by(Redemption.created_at.desc(), Redemption.id.desc())
        .limit(limit)
    )
    if person_id is not None:
        query = query.where(Redemption.person == person_id)
    return [
        RedemptionRow(r.id, r.created_at, r.person.id, r.person.name, r.item.name, r.item.unit, r.quantity, r.points,
                      r.created_by.name, r.voided_at is not None, r.void_reason)
        for r in query
    ]
