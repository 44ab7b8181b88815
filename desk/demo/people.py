"""Demo people: riders, couriers and drivers who pass Zhuye Garden, and the residents around them.

Fast enough for 10,000 people (one bulk insert), with pinyin and card codes exactly as
``people.create_person`` would store them, so search and card scans work on demo data.
"""

from __future__ import annotations

import datetime as dt

from desk.models import Grid, Person, db
from desk.services.common import catalogs
from desk.services.people.records import pinyin_of

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# Given-name characters, split by the feel of a generation: riders are mostly young men.
GIVEN_YOUNG = "伟强磊军勇杰涛斌超明辉鹏飞浩宇俊峰龙凯晨阳旭东海波健亮文博帅志刚兵建林斌坤鑫宁磊彬豪航"
GIVEN_WOMEN = "芳娜敏静丽艳娟霞燕玲婷雪慧红梅琳倩颖佳欣悦"
GIVEN_OLD = "桂英秀兰凤英玉珍淑华建国国强德明福生永庆淑芬秀珍志明桂芝金凤宝山"
GIVEN_CHILD = "子涵梓萱一诺欣怡浩然宇轩雨桐梓涵诗涵可馨子墨俊熙"

# (kind, weight, platforms): what a week at the desk looks like.
KIND_MIX = (
    ("rider", 44, ("美团", "饿了么", "美团", "饿了么", "闪送", "达达")),
    ("courier", 20, ("顺丰", "京东", "中通", "圆通", "申通", "韵达", "极兔", "邮政EMS")),
    ("ride_hailing", 5, ("滴滴出行", "曹操出行", "T3出行")),
    ("freight", 4, ("货拉拉", "满帮", "快狗打车")),
    ("other", 3, ("", "盒马", "叮咚买菜")),
    ("elderly", 11, ("",)),
    ("child", 6, ("",)),
    ("volunteer", 5, ("",)),
    ("partner", 2, ("筑业物业", "阳光幼儿园", "社区卫生服务站", "红星超市")),
)
PREFIXES = ("139", "138", "137", "136", "135", "150", "151", "152", "158", "159", "182", "183", "187", "188",
            "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "199")

GRID_LEADERS = (("刘秀梅", "13911110001"), ("陈建华", "13911110002"), ("孙丽娟", "13911110003"),
                ("周国平", "13911110004"), ("吴晓燕", "13911110005"), ("郑志强", "13911110006"))
WORKER_NOTES = ("", "", "", "", "常来充电", "喜欢看书", "午饭时间常来", "晚班", "电动车常停东门")
ELDERLY_NOTES = ("独居", "老党员", "子女在外地", "行动不便", "", "")
CHILD_NOTES = ("监护人：母亲", "监护人：爷爷", "放学后常在游乐场", "")


def _name(rng, kind: str) -> str:
    surname = rng.choice(SURNAMES)
    if kind == "elderly":
        pool = GIVEN_OLD
    elif kind == "child":
        pool = GIVEN_CHILD
    elif kind in ("volunteer", "partner"):
        pool = GIVEN_WOMEN + GIVEN_YOUNG
    else:
        pool = GIVEN_YOUNG if rng.random() < 0.85 else GIVEN_WOMEN
    size = 1 if rng.random() < 0.3 else 2
    return surname + "".join(rng.choice(pool) for _ in range(size))


def fill(ctx) -> None:
    """Make ``ctx.n_people`` people and put them in ``ctx.people`` (oldest registration first)."""
    rng = ctx.rng
    if not Grid.select().exists():
        catalogs.ensure_defaults()
    grid_ids = [g.id for g in Grid.select().order_by(Grid.number)]
    for gid, (leader, phone) in zip(grid_ids, GRID_LEADERS):
        Grid.update(leader_name=leader, leader_phone=phone).where((Grid.id == gid) & (Grid.leader_name == "")).execute()
    operator = ctx.operators[0] if ctx.operators else None
    kinds = [k for k, _w, _p in KIND_MIX]
    weights = [w for _k, w, _p in KIND_MIX]
    platforms = {k: p for k, _w, p in KIND_MIX}
    used_phones: set[str] = set(p for (p,) in Person.select(Person.phone).where(Person.phone.is_null(False)).tuples())
    used_codes: set[str] = set(c for (c,) in Person.select(Person.card_code).tuples())
    start = dt.datetime.combine(ctx.first_day, dt.time(9))
    span = max(1, (ctx.today - ctx.first_day).days) * 86400

    rows = []
    for i in range(ctx.n_people):
        kind = rng.choices(kinds, weights)[0]
        name = _name(rng, kind)
        initials, full = pinyin_of(name)
        phone = None
        # Children have no phone of their own; some elderly residents only have a landline.
        if kind != "child" and not (kind == "elderly" and rng.random() < 0.4):
            while phone is None or phone in used_phones:
                phone = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
            used_phones.add(phone)
        code = None
        while code is None or code in used_codes:
            code = f"LX{rng.randrange(10**8):08d}"
        used_codes.add(code)
        worker = kind in ("rider", "courier", "ride_hailing", "freight", "other")
        resident = kind in ("elderly", "child")
        grid = None
        if (worker and rng.random() < 0.7) or resident or (kind == "volunteer" and rng.random() < 0.5):
            grid = rng.choice(grid_ids)
        if worker:
            note = rng.choice(WORKER_NOTES)
        elif kind == "elderly":
            note = rng.choice(ELDERLY_NOTES)
        elif kind == "child":
            note = rng.choice(CHILD_NOTES)
        else:
            note = ""
        # Registrations pile up early (the station opened with a sign-up drive), then trickle in.
        created = start + dt.timedelta(seconds=int(span * rng.random() ** 2))
        rows.append(
            dict(
                name=name,
                phone=phone,
                pinyin_initials=initials,
                pinyin_full=full,
                kind=kind,
                platform=rng.choice(platforms[kind]),
                grid=grid,
                caring_team=kind == "rider" and rng.random() < 0.18 or kind == "courier" and rng.random() < 0.1,
                party_member=(worker and rng.random() < 0.07) or (kind == "elderly" and rng.random() < 0.35)
                or (kind == "volunteer" and rng.random() < 0.4),
                card_code=code,
                note=note,
                created_at=created,
                updated_at=created,
                created_by=operator,
            )
        )
    rows.sort(key=lambda r: r["created_at"])
    first_new_id = (Person.select(Person.id).order_by(Person.id.desc()).scalar() or 0) + 1
    with db.atomic():
        for chunk in range(0, len(rows), 500):
            Person.insert_many(rows[chunk : chunk + 500]).execute()
        made = list(Person.select().where(Person.id >= first_new_id).order_by(Person.id))
        _a_few_loose_ends(ctx, made)
    ctx.people = [p for p in made if p.archived_at is None]


def _a_few_loose_ends(ctx, made: list[Person]) -> None:
    """What a real roster has: riders who moved on, and a double registration to merge."""
    rng = ctx.rng
    workers = [p for p in made if p.kind in ("rider", "courier")]
    if len(workers) < 20:
        return
    for person in rng.sample(workers, max(1, len(workers) // 60)):
        person.archived_at = dt.datetime.combine(ctx.today - dt.timedelta(days=rng.randrange(1, 60)), dt.time(17))
        person.note = "已换城市工作"
        person.save()
    # A rider registered twice: once with a phone, once by a hurried volunteer without one.
    twin_of = next(p for p in reversed(workers) if p.archived_at is None and p.phone)
    code = None
    taken = set(c for (c,) in Person.select(Person.card_code).tuples())
    while code is None or code in taken:
        code = f"LX{rng.randrange(10**8):08d}"
    Person.create(
        name=twin_of.name, phone=None, pinyin_initials=twin_of.pinyin_initials, pinyin_full=twin_of.pinyin_full,
        kind=twin_of.kind, platform=twin_of.platform, card_code=code, note="临时登记",
        created_by=ctx.operators[0] if ctx.operators else None,
    )
