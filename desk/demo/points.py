"""Demo points: the small deeds no other record stands for (keeping order at the desk, carrying
relief goods, a night on duty), a few corrections, and the points supermarket where riders spend
what they earned.

What the year's records earn, they earn themselves, linked to the record: attending an event
(``desk.demo.events``), a fulfilled wish (``desk.demo.wishes``), a gift carried to an elderly
party member (``desk.demo.gifts``), a confirmed hazard report or a help given (``desk.demo.grid``).
So nothing here awards ``activity`` or ``wish_fulfilled`` by hand: that would count the same deed
twice. This filler runs last, so riders spend from everything they earned, and only what they
had earned by then: a redemption or a correction never takes a running balance below zero.

Everything goes through ``points`` and ``rewards`` in time order, so the demo obeys the same
rules as the desk (bounds, one award per deed, balances never negative).
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from desk.errors import DeskError
from desk.models import GiftItem, PointEntry
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock
from desk.services.people.records import WORKER_KINDS

# (note, points): deeds at the station itself, awarded by hand under the "manual" rule.
MANUAL_NOTES = (("协助维护驿站秩序", 2), ("帮忙搬运慰问物资", 3), ("驿站值班志愿服务", 5), ("推荐新骑手加入驿站", 2))
REVERSE_REASONS = ("记错人了", "重复录入", "分值录错了")
# (name, unit, points price, stock received): a small points supermarket, goods from partner units.
REWARDS = (("手机支架", "个", 30, 20), ("毛巾", "条", 20, 30), ("洗衣液", "瓶", 50, 12), ("雨衣", "件", 40, 10),
           ("大米5kg", "袋", 100, 6))


def _at(ctx, day: dt.date) -> dt.datetime:
    return min(ctx.random_time(day), dt.datetime.now() - dt.timedelta(minutes=1))


def _plan(ctx, workers) -> list[tuple]:
    """Every deed of the year as (time, kind, details), to be written in time order."""
    rng = ctx.rng
    # Some riders help again and again; most never or once: recognition snowballs.
    keen = rng.sample(workers, max(3, len(workers) // 3))
    weights = [(3.0 if p.caring_team else 1.0) / (1 + i) ** 0.6 for i, p in enumerate(keen)]
    # Who shops: those the year's records earned points (events, wishes, deliveries, reports),
    # the more they earned the likelier.
    earned = (PointEntry.select(PointEntry.person, pw.fn.SUM(PointEntry.delta)).where(PointEntry.delta > 0)
              .group_by(PointEntry.person).order_by(PointEntry.person).tuples())
    earners, shares = [pid for pid, _ in earned], [total for _, total in earned]
    plan: list[tuple] = []
    day = ctx.first_day
    while day <= ctx.today:
        if rng.random() < 0.05:
            note, pts = rng.choice(MANUAL_NOTES)
            plan.append((_at(ctx, day), "award", (rng.choices(keen, weights)[0].id, pts, note)))
        if rng.random() < 0.02:
            plan.append((_at(ctx, day) + dt.timedelta(hours=1), "reverse", rng.choice(REVERSE_REASONS)))
        if earners and day > ctx.first_day + dt.timedelta(days=60) and rng.random() < 0.15:
            plan.append((_at(ctx, day), "redeem", rng.choices(earners, shares)[0]))
        day += dt.timedelta(days=1)
    plan.sort(key=lambda step: step[0])
    return plan


def _lowest_balance_from(person_id: int, at: dt.datetime) -> int:
    """The lowest the person's running balance is at ``at`` or any time after (what they can spend then)."""
    running, lowest, started = 0, None, False
    for created_at, delta in (PointEntry.select(PointEntry.created_at, PointEntry.delta)
                              .where(PointEntry.person == person_id)
                              .order_by(PointEntry.created_at, PointEntry.id).tuples()):
        if not started and created_at > at:
            started, lowest = True, running
        running += delta
        if started:
            lowest = min(lowest, running)
    return running if not started else lowest


def _open_supermarket(ctx, admin, staff) -> list[GiftItem]:
    received = dt.datetime.combine(ctx.first_day + dt.timedelta(days=min(55, ctx.days // 2)), dt.time(10))
    items = []
    for name, unit, price, qty in REWARDS:
        item = GiftItem.get_or_none(GiftItem.name == name) or stock.add_item(name, unit, staff)
        item = rewards.set_price(item.id, price, admin)
        stock.receive(item.id, qty, staff, donor="筑业物业", moved_on=min(received.date(), ctx.today))
        items.append(item)
    return items


def fill(ctx) -> None:
    workers = [p for p in ctx.people if p.kind in WORKER_KINDS and p.voided_at is None and p.merged_into_id is None]
    if len(workers) < 5 or len(ctx.operators) < 3:
        return
    rng = ctx.rng
    admin, staff, desk = ctx.operators[0], ctx.operators[1], ctx.operators[1:]
    items = _open_supermarket(ctx, admin, staff)
    for at, kind, details in _plan(ctx, workers):
        op = rng.choice(desk)
        try:
            if kind == "award":
                pid, pts, note = details
                points.award(pid, "manual", staff, points=pts, note=note, at=at)
            elif kind == "reverse":
                # Only this filler's own hand-made awards: the others are linked to their records,
                # which take their points back themselves (a removed sign-in, a voided report).
                recent = [e for e in PointEntry.select().where(
                    PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null() & PointEntry.source_id.is_null()
                    & (PointEntry.rule == points.get_rule("manual").id)
                    & (PointEntry.created_at > at - dt.timedelta(days=7)) & (PointEntry.created_at < at))
                    if _lowest_balance_from(e.person_id, at) >= e.delta]
                if recent:
                    points.reverse(rng.choice(recent).id, details, staff, at=at)
            else:
                can_spend = _lowest_balance_from(details, at)
                affordable = [i for i in items if i.points_price <= can_spend and stock.on_hand(i.id) > 0]
                if affordable:
                    rewards.redeem(details, rng.choice(affordable).id, 1, op, at=at)
        except DeskError:
            continue  # e.g. a correction that would overdraw a balance: the desk would refuse it too
