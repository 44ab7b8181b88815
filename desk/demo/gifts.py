"""Demo consolation campaigns: Spring Festival raincoats and bags, a summer health clinic, and
the Mid-Autumn campaign (200 boxes of mooncakes from the property company, most handed out,
some delivered to elderly party members' homes, a void or two, a staff override).

Everything goes through ``stock`` and ``gifts``, so the demo obeys the desk's own rules.
"""

from __future__ import annotations

import datetime as dt

from desk.models import GiftItem
from desk.services.gifts import queries as gift_queries

# Festival days by year; the demo uses the latest one whose campaign has started by "today".
from desk.services.gifts import shares as gifts
from desk.services.stock import ledger as stock
MID_AUTUMN = {2024: dt.date(2024, 9, 17), 2025: dt.date(2025, 10, 6), 2026: dt.date(2026, 9, 25),
              2027: dt.date(2027, 9, 15), 2028: dt.date(2028, 10, 3)}
SPRING = {2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17), 2027: dt.date(2027, 2, 6),
          2028: dt.date(2028, 1, 26)}
VOID_REASONS = ("登记错人，应为同名的另一位骑手", "重复点击，月饼已退回库房")


def _item(name: str, unit: str, staff) -> GiftItem:
    return GiftItem.get_or_none(GiftItem.name == name) or stock.add_item(name, unit, staff)


def _latest(days: dict[int, dt.date], lead: int, today: dt.date) -> dt.date | None:
    started = [d for d in days.values() if d - dt.timedelta(days=lead) <= today]
    return max(started) if started else None


def _moment(ctx, start: dt.date, end: dt.date) -> dt.datetime:
    end = min(end, ctx.today)
    span = max(0, (end - start).days)
    # Most riders come in the first days of a campaign, when word gets round.
    day = start + dt.timedelta(days=int(span * ctx.rng.random() ** 2))
    return ctx.random_time(day)


def _hand_out_many(ctx, campaign, people, ops, start, end, signed_share: float) -> list:
    made = []
    for person, at in sorted(((p, _moment(ctx, start, end)) for p in people), key=lambda x: x[1]):
        made.append(gifts.hand_out(campaign.id, person.id, ctx.rng.choice(ops), at=at,
                                   signed=ctx.rng.random() < signed_share))
    return made


def _campaign(name, kind, start, end, eligibility, items, staff, members=(), note=""):
    return gifts.create_campaign(
        gifts.CampaignInput(name=name, kind=kind, starts_on=start, ends_on=end, eligibility=eligibility,
                            items=list(items), member_ids=list(members), note=note),
        staff,
    )


def fill(ctx) -> None:
    rng = ctx.rng
    admin, staff, *volunteers = ctx.operators
    desk_ops = volunteers + [staff]
    mooncake, coat, bag = _item("月饼", "盒", staff), _item("雨衣", "件", staff), _item("斜挎包", "个", staff)
    health = _item("健康礼包", "份", staff)
    first = ctx.first_day

    spring = _latest(SPRING, 12, ctx.today)
    if spring and spring - dt.timedelta(days=12) >= first:
        start, end = spring - dt.timedelta(days=12), spring - dt.timedelta(days=1)
        c = _campaign(f"{spring.year}年春节慰问", "spring", start, end, "all_riders",
                      [(coat.id, 1), (bag.id, 1)], staff, note="给坚守岗位的骑手、快递员送雨衣和斜挎包")
        stock.receive(coat.id, 120, staff, donor="筑业物业", moved_on=start - dt.timedelta(days=3), campaign_id=c.id)
        stock.receive(bag.id, 120, staff, donor="红星超市", moved_on=start - dt.timedelta(days=2), campaign_id=c.id)
        eligible = _still_here(gift_queries.eligible_people(c.id))
        _hand_out_many(ctx, c, rng.sample(eligible, min(len(eligible), 104)), desk_ops, start, end, 0.95)

    clinic = dt.date(ctx.today.year, 7, 18)
    if clinic > ctx.today:
        clinic = dt.date(ctx.today.year - 1, 7, 18)
    if clinic >= first:
        c = _campaign(f"{clinic.year}年夏季健康义诊", "clinic", clinic, clinic, "all_riders", [(health.id, 1)], staff,
                      note="社区卫生服务站义诊：量血压、测血糖，发放防暑健康礼包")
        stock.receive(health.id, 60, staff, donor="社区卫生服务站", moved_on=clinic, campaign_id=c.id)
        eligible = _still_here(gift_queries.eligible_people(c.id))
        _hand_out_many(ctx, c, rng.sample(eligible, min(len(eligible), 46)), desk_ops, clinic, clinic, 1.0)

    festival = _latest(MID_AUTUMN, 10, ctx.today)
    if festival and festival - dt.timedelta(days=10) >= first:
        _mid_autumn(ctx, festival, staff, admin, desk_ops, mooncake)


def _still_here(people: list) -> list:
    """An ended campaign lists who was eligible at its end; the demo hands out (today) only to those not archived."""
    return [p for p in people if p.archived_at is None]


def _mid_autumn(ctx, festival: dt.date, staff, admin, desk_ops, mooncake) -> None:
    rng = ctx.rng
    start, end = festival - dt.timedelta(days=10), festival + dt.timedelta(days=3)
    elders = [p for p in ctx.people if p.kind == "elderly" and p.party_member]
    c = _campaign(f"{festival.year}年中秋慰问", "mid_autumn", start, end, "all_riders", [(mooncake.id, 1)], staff,
                  members=[p.id for p in elders],
                  note="骑手每人一盒月饼；老党员由爱心骑手送上门")
    stock.receive(mooncake.id, 200, staff, donor="筑业物业公司", moved_on=start - dt.timedelta(days=2), campaign_id=c.id)
    # Elderly party members get theirs at home, carried by Caring Rider Team members (points).
    carriers = [p for p in ctx.people if p.caring_team] or [p for p in ctx.people if p.kind == "rider"]
    for elder in elders[:12]:
        at = ctx.random_time(min(festival - dt.timedelta(days=rng.randrange(1, 6)), ctx.today))
        gifts.hand_out(c.id, elder.id, rng.choice(desk_ops), deliverer=rng.choice(carriers).id, at=at,
                       signed=rng.random() < 0.8)
    riders = [p for p in _still_here(gift_queries.eligible_people(c.id)) if p.kind != "elderly"]
    made = _hand_out_many(ctx, c, rng.sample(riders, min(len(riders), 160)), desk_ops, start, end, 0.9)
    for dist, reason in zip(rng.sample(made, min(2, len(made))), VOID_REASONS):
        gifts.void_distribution(dist.share_id, reason, staff)
    if made:
        lucky = made[-1]
        gifts.hand_out(c.id, lucky.recipient_id, staff, override_reason="第一盒在路上摔坏了，李社工批准补发",
                       at=min(lucky.handed_at + dt.timedelta(hours=2), dt.datetime.combine(end, dt.time(20))),
                       outside_dates_note="" if lucky.handed_at.date() <= end else "补发")
