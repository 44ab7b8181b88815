"""Demo events: a year of what the community runs with the station and its partner units.

Festival visits to elderly party members, health clinics, summer games, anti-drowning and
opera-mask workshops for children, anti-drug and anti-fraud talks, riders' forums; most
people register ahead, some come unannounced, a sign-in or two is taken back, one event is
called off by a storm warning, and a few are still to come. Everything goes through
``desk.services.events``, so registrations, attendance and points obey the desk's own rules.
"""

from __future__ import annotations

import datetime as dt

from desk.errors import DeskError
from desk.models import PartnerUnit
from desk.services import events
from desk.services.common import units
from desk.services.people.records import WORKER_KINDS

UNITS = (
    ("筑业物业", "property", "张经理"), ("阳光幼儿园", "school", "刘园长"), ("社区卫生服务站", "public", "王医生"),
    ("红星超市", "shop", "陈店长"), ("辖区派出所", "public", "李警官"), ("区青少年宫", "public", "赵老师"),
)

# (title, kind, month, day, start hour:minute, hours, who comes, partner units, capacity, points, description)
PLAN = (
    ("春节写春联送福", "culture_sports", 1, 20, (9, 30), 2.5, "mixed", ("筑业物业",), 40, 5,
     "书法志愿者现场写春联，骑手和居民免费领取。"),
    ("学雷锋志愿服务日", "volunteering", 3, 5, (9, 0), 3, "caring", ("筑业物业",), 30, 8,
     "清理楼道杂物、帮老人测血压。"),
    ("反诈宣传讲座", "safety_legal", 4, 15, (15, 0), 1.5, "workers", ("辖区派出所",), 50, 5,
     "民警讲解刷单、冒充客服等常见骗局。"),
    ("健康义诊", "health_clinic", 5, 18, (9, 0), 3, "mixed", ("社区卫生服务站",), None, 5,
     "量血压、测血糖、颈腰椎咨询。"),
    ("禁毒宣传进驿站", "safety_legal", 6, 26, (15, 0), 1.5, "workers", ("辖区派出所",), 40, 5,
     "国际禁毒日主题宣传，识别新型毒品。"),
    ("七一主题党日", "party_building", 7, 1, (15, 0), 2, "party", (), 30, 5, "重温入党誓词，老党员讲党史。"),
    ("防溺水安全课", "safety_legal", 7, 12, (9, 30), 1.5, "children", ("阳光幼儿园",), 30, 3,
     "暑假前给孩子和家长讲防溺水知识。"),
    ("京剧脸谱手工课", "culture_sports", 7, 26, (9, 30), 2, "children", ("阳光幼儿园", "区青少年宫"), 25, 3,
     "认识京剧角色，亲手画一张脸谱。"),
    ("暑期邻里运动会", "culture_sports", 8, 9, (8, 30), 3, "mixed", ("筑业物业", "红星超市"), 80, 5,
     "跳绳、拔河、趣味接力，骑手和居民组队参加。"),
    ("骑手座谈会", "meeting", 9, 10, (15, 0), 1.5, "workers", (), 20, 0, "听骑手说说停车、充电、吃饭的难处。"),
    ("中秋走访老党员", "festival_visit", 9, 24, (14, 0), 3, "caring", ("筑业物业",), 20, 10,
     "爱心骑手队把月饼送到老党员家里，陪老人聊聊天。"),
    ("重阳节敬老活动", "festival_visit", 10, 11, (9, 30), 2, "mixed", ("社区卫生服务站",), 40, 5,
     "为老人义剪、测血压，一起包饺子。"),
    ("消防安全演练", "safety_legal", 11, 9, (15, 0), 1.5, "workers", ("筑业物业",), 40, 5,
     "飞线充电的危害，灭火器怎么用。"),
    ("冬季健康义诊", "health_clinic", 11, 22, (9, 0), 3, "mixed", ("社区卫生服务站",), None, 5, "冬季流感预防咨询。"),
    ("反诈宣传讲座（第二期）", "safety_legal", 12, 6, (15, 0), 1.5, "workers", ("辖区派出所",), 50, 5,
     "年底兼职刷单骗局高发，再讲一次。"),
)
CANCELLED = "暑期邻里运动会"
CANCEL_REASON = "暴雨橙色预警，活动取消，改期另行通知"


def _units(staff) -> dict[str, int]:
    if not PartnerUnit.select().exists():
        for name, kind, contact in UNITS:
            units.add_unit(units.UnitInput(name=name, kind=kind, contact=contact), staff)
    have = {u.name: u.id for u in units.units()}
    for name, kind, contact in UNITS:  # a desk with other units still gets the ones the plan names
        if name not in have:
            have[name] = units.add_unit(units.UnitInput(name=name, kind=kind, contact=contact), staff).id
    return have


def _dates(ctx, month: int, day: int) -> list[dt.date]:
    """The plan's day in each year the demo covers, plus the next one to come."""
    out = []
    for year in range(ctx.first_day.year, ctx.today.year + 2):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if ctx.first_day <= when <= ctx.today + dt.timedelta(days=60):
            out.append(when)
    return out


def _audience(ctx, who: str, live) -> list:
    if who == "children":
        return [p for p in live if p.kind in ("child", "elderly", "volunteer")]
    if who == "caring":
        return [p for p in live if p.caring_team or p.kind == "volunteer"]
    if who == "party":
        return [p for p in live if p.party_member]
    if who == "workers":
        return [p for p in live if p.kind in WORKER_KINDS]
    return live


def fill(ctx) -> None:
    live = [p for p in ctx.people if p.voided_at is None and p.anonymised_at is None and p.merged_into_id is None]
    if len(live) < 20 or len(ctx.operators) < 3:
        return
    rng = ctx.rng
    _admin, staff, *volunteers = ctx.operators
    desk = volunteers + [staff]
    unit_ids = _units(staff)
    now = dt.datetime.now().replace(microsecond=0)
    planned = []
    for title, kind, month, day, (hh, mm), hours, who, partners, capacity, pts, text in PLAN:
        for when in _dates(ctx, month, day):
            starts = dt.datetime.combine(when, dt.time(hh, mm))
            planned.append((starts, title, kind, hours, who, partners, capacity, pts, text))
    # Always something to come in the next days, whatever day the demo is built on.
    soon = dt.datetime.combine(ctx.today + dt.timedelta(days=3), dt.time(15, 0))
    planned.append((soon, "骑手座谈会（冬季）", "meeting", 1.5, "workers", (), 20, 0, "冬季送餐安全和驿站取暖安排。"))
    planned.sort()
    for starts, title, kind, hours, who, partners, capacity, pts, text in planned:
        ends = starts + dt.timedelta(hours=hours)
        event = events.create_event(events.EventInput(
            title=title, category=kind, starts_at=starts, ends_at=ends, organiser="筑业花园社区党委",
            unit_ids=[unit_ids[u] for u in partners], capacity=capacity, points=pts, description=text), staff)
        pool = _audience(ctx, who, live)
        if len(pool) < 5:
            continue
        size = min(len(pool), capacity or 45, rng.randint(12, 30))
        ahead = rng.sample(pool, size)
        signup = min(now, starts - dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 6)))
        try:
            events.register(event.id, [p.id for p in ahead], rng.choice(desk), over_capacity_ok=True, at=signup)
        except DeskError:
            continue
        if title == CANCELLED and starts < now:
            events.cancel_event(event.id, CANCEL_REASON, staff)
            continue
        if ends > now:
            continue  # still to come: registrations only
        _attend(ctx, event, starts, ends, ahead, pool, desk, staff)


def _attend(ctx, event, starts, ends, ahead, pool, desk, staff) -> None:
    rng = ctx.rng
    came = [p for p in ahead if rng.random() < 0.8]
    others = [p for p in pool if p not in ahead]
    walk_ins = rng.sample(others, min(len(others), rng.randint(0, 5)))
    try:
        if rng.random() < 0.5:
            # Entered afterwards from the signed paper sheet, in one go.
            events.mark_many(event.id, [p.id for p in came + walk_ins], rng.choice(desk), method="sheet",
                             at=starts)
        else:
            # Signed in at the door as people arrived.
            arrivals = sorted(came + walk_ins, key=lambda _p: rng.random())
            span = max(60, int((ends - starts).total_seconds() * 0.4))
            for i, person in enumerate(arrivals):
                at = starts - dt.timedelta(minutes=10) + dt.timedelta(seconds=span * i // max(1, len(arrivals)))
                events.mark_present(event.id, person.id, rng.choice(desk), at=at)
        if rng.random() < 0.15:
            # Someone was scanned by mistake and taken off again.
            wrong = events.attendances(event.id, include_voided=False)
            if wrong:
                events.remove_attendance(rng.choice(wrong).id, "扫错了人，不是本人参加", staff)
    except DeskError:
        pass
