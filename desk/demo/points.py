"""Demo points: a year of community activities, fulfilled wishes, gift deliveries, a few
corrections and a small points supermarket. (Verified hazard reports and help given to lost
elderly people and children earn their points in ``desk.demo.grid``, linked to the records.)

Everything goes through ``points`` and ``rewards`` in time order, so the demo obeys the same
rules as the desk (bounds, one award per deed, balances never negative).
"""

from __future__ import annotations

import datetime as dt

from desk.errors import DeskError
from desk.models import GiftItem, PointEntry
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock
from desk.services.people.records import WORKER_KINDS

ACTIVITIES = (
    "中秋游园会", "春节写春联送福", "夏日邻里运动会", "反诈宣传进驿站", "禁毒知识讲座", "健康义诊志愿服务",
    "防溺水安全宣讲", "脸谱绘制亲子活动", "社区环境清洁日", "骑手安全驾驶培训", "重阳节敬老活动", "学雷锋志愿服务",
)
WISH_NOTES = ("帮老人代买药品", "为社区儿童送图书", "帮独居老人修理门锁", "为困难家庭送米面油")
MANUAL_NOTES = (("协助维护驿站秩序", 2), ("帮忙搬运慰问物资", 3), ("驿站值班志愿服务", 5), ("推荐新骑手加入驿站", 2))
REVERSE_REASONS = ("记错人了", "重复录入", "活动未实际参加", "核实后不属于隐患")
# (name, unit, points price, stock received): a small points supermarket, goods from partner units.
REWARDS = (("手机支架", "个", 30, 20), ("毛巾", "条", 20, 30), ("洗衣液", "瓶", 50, 12), ("雨衣", "件", 40, 10),
           ("大米5kg", "袋", 100, 6))


def _at(ctx, day: dt.date) -> dt.datetime:
    return min(ctx.random_time(day), dt.datetime.now() - dt.timedelta(minutes=1))


def _plan(ctx, workers) -> list[tuple]:
    """Every deed of the year as (time, kind, details), to be written in time order."""
    rng = ctx.rng
    # Some riders take part again and again; most never or once: recognition snowballs.
    keen = rng.sample(workers, max(3, len(workers) // 3))
    weights = [(3.0 if p.caring_team else 1.0) / (1 + i) ** 0.6 for i, p in enumerate(keen)]
    plan: list[tuple] = []
    day = ctx.first_day
    while day <= ctx.today:
        if day.day in (10, 24) and rng.random() < 0.85:  # twice a month, give or take
            who = {p.id for p in rng.choices(keen, weights, k=rng.randint(4, 12))}
            plan.append((_at(ctx, day), "activity", (sorted(who), rng.choice(ACTIVITIES))))
        # Gift deliveries to elderly homes earn their points in desk.demo.gifts, linked to the hand-out.
        if rng.random() < 0.03:
            plan.append((_at(ctx, day), "award", (rng.choices(keen, weights)[0].id, "wish_fulfilled", None,
                                                     rng.choice(WISH_NOTES))))
        if rng.random() < 0.05:
            note, pts = rng.choice(MANUAL_NOTES)
            plan.append((_at(ctx, day), "award", (rng.choices(keen, weights)[0].id, "manual", pts, note)))
        if rng.random() < 0.02:
            plan.append((_at(ctx, day) + dt.timedelta(hours=1), "reverse", rng.choice(REVERSE_REASONS)))
        if day > ctx.first_day + dt.timedelta(days=60) and rng.random() < 0.08:
            plan.append((_at(ctx, day), "redeem", rng.choices(keen, weights)[0].id))
        day += dt.timedelta(days=1)
    plan.sort(key=lambda step: step[0])
    return plan


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
            if kind == "activity":
                ids, name = details
                points.award_many(ids, "activity", op, note=name, at=at)
            elif kind == "award":
                pid, rule, pts, note = details
                points.award(pid, rule, staff if pts else op, points=pts, note=note, at=at)
            elif kind == "reverse":
                recent = list(PointEntry.select().where(
                    PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null() & PointEntry.rule.is_null(False)
                    & (PointEntry.created_at > at - dt.timedelta(days=7)) & (PointEntry.created_at < at)))
                if recent:
                    points.reverse(rng.choice(recent).id, details, staff, at=at)
            else:
                affordable = [i for i in items if i.points_price <= points.balance(details) and stock.on_hand(i.id) > 0]
                if affordable:
                    rewards.redeem(details, rng.choice(affordable).id, 1, op, at=at)
        except DeskError:
            continue  # e.g. a correction that would overdraw a balance: the desk would refuse it too
