"""How the old databases in ``tests/data`` were made: by the code of the release itself.

Each file is written by the desk's code *as it was* at that version, never by today's models,
so the upgrade test meets what a station really has on its disk. To make one again:

    git worktree add /tmp/old-desk COMMIT
    cd /tmp/old-desk && python /path/to/tests/data/make_old_databases.py VERSION /path/to/tests/data/desk-VERSION.db
    cd - && git worktree remove --force /tmp/old-desk

=================  =======  ==========================================================================
VERSION            COMMIT   what the file is
=================  =======  ==========================================================================
``v1``             d969720  the foundation tables only (people, visits, operators, grids, units,
                            services, audit) and no schema-version row, as the first release left it
``v2``             7bd1d89  schema version 2 as released: every duty table, before ``reversed_at``,
                            ``extra_share``, ``Redemption.note`` and their indexes existed
``v2-late``        fab2d46  still "version 2", but written by the code just before the numbered steps:
                            it already has the later columns and indexes (a step must not add them twice)
``v4``             dfa3dea  schema version 4 (notices, attachments, partner units' phone and note):
                            the starting point of the next duties' steps (v0005 ...)
=================  =======  ==========================================================================

The script runs with the *old* code on ``sys.path`` (the current directory), so it only uses what
every one of those releases has, and creates through the services where that release had them.
Records in every table: operators, grids, partner units, people, visits (one voided, one
anonymous), services used, audit; from v2 on also point rules and entries (one reversed), gift
items and stock moves, a reward redemption, a campaign with items and a hand-picked member,
shares (one voided, one delivered by a rider who earned points for it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the old release's checkout

DAY = dt.datetime(2024, 9, 10, 9, 30)  # fixed times, so a test can check values


def _bind(path: Path):
    import peewee as pw

    from desk import models

    database = pw.SqliteDatabase(str(path), pragmas={"journal_mode": "wal", "foreign_keys": 1})
    models.db.initialize(database)
    models.db.connect()
    return database


def _service(*names: str):
    """A service module of the old release, wherever that release kept it (flat, or by duty)."""
    import importlib

    for name in names:
        try:
            return importlib.import_module(f"desk.services.{name}")
        except ImportError:
            continue
    raise ImportError(names)


def _people_and_visits() -> dict:
    """Operators, a partner unit, four people, five visits: what every release can write."""
    from desk import models as m

    accounts = _service("accounts", "common.accounts")
    people = _service("people")
    checkin = _service("checkin")

    admin = accounts.add_operator("管理员")
    staff = accounts.add_operator("李社工", role="staff", by=admin)
    volunteer = accounts.add_operator("王阿姨", role="volunteer", by=admin)
    try:
        units = _service("common.units")
    except ImportError:  # before v4 the desk had no catalog of units: a unit was a free-text row
        m.PartnerUnit.create(name="幸福里物业", kind="物业", contact="陈经理")
    else:
        units.add_unit(units.UnitInput(name="幸福里物业", kind="property", contact="陈经理", phone="021-55551234",
                                       note="中秋月饼捐赠"), admin)
    grid = m.Grid.select().order_by(m.Grid.number).first()
    zhang = people.create_person(
        people.PersonInput(name="张阳", phone="13812345678", kind="rider", platform="美团", grid_id=grid.id), volunteer
    )
    li = people.create_person(
        people.PersonInput(name="李娜", phone="13900001111", kind="courier", platform="顺丰"), volunteer
    )
    wang = people.create_person(people.PersonInput(name="王建国", kind="elderly", note="独居老党员"), staff)
    zhao = people.create_person(
        people.PersonInput(name="赵小红", phone="13700002222", kind="rider", platform="饿了么", caring_team=True), staff
    )
    water = m.ServiceType.get(m.ServiceType.code == "water")
    charging = m.ServiceType.get(m.ServiceType.code == "charging")
    checkin.check_in(zhang.id, [water.id, charging.id], volunteer, at=DAY)
    checkin.check_in(li.id, [water.id], volunteer, at=DAY + dt.timedelta(hours=1))
    checkin.check_in(zhao.id, [charging.id], volunteer, at=DAY + dt.timedelta(hours=2))
    checkin.check_in(None, [water.id], volunteer, anon_kind="courier", at=DAY + dt.timedelta(hours=3))
    mistaken = checkin.check_in(zhang.id, [water.id], volunteer, at=DAY + dt.timedelta(days=1))
    checkin.void_visit(mistaken.id, "重复登记", volunteer)
    return {"admin": admin, "staff": staff, "volunteer": volunteer,
            "zhang": zhang, "li": li, "wang": wang, "zhao": zhao}


def _seed_foundation_catalogs() -> None:
    """The v1 catalogs (services, grids) from the release's own JSON files."""
    from desk import models as m
    from desk.config import RESOURCES

    for order, row in enumerate(json.loads((RESOURCES / "catalogs" / "services.json").read_text(encoding="utf-8"))):
        m.ServiceType.create(sort_order=order, **row)
    for row in json.loads((RESOURCES / "catalogs" / "grids.json").read_text(encoding="utf-8")):
        m.Grid.create(**row)


def make_v1(path: Path) -> None:
    from desk import models as m

    database = _bind(path)
    database.create_tables(m.FOUNDATION_MODELS)  # the first release: no duty tables, no version row
    _seed_foundation_catalogs()
    _people_and_visits()
    database.close()


def _duty_records_by_hand(who: dict) -> None:
    """Points, stock, rewards and a campaign through the release's models (no services for them yet)."""
    from desk import models as m

    stock = _service("stock")
    staff, volunteer = who["staff"], who["volunteer"]
    zhang, li, wang, zhao = who["zhang"], who["li"], who["wang"], who["zhao"]
    mooncake = m.GiftItem.get(m.GiftItem.name == "月饼")
    raincoat = m.GiftItem.get(m.GiftItem.name == "雨衣")
    stock.receive(mooncake.id, 50, staff, donor="幸福里物业", moved_on=DAY.date())
    stock.receive(raincoat.id, 10, staff, moved_on=DAY.date())
    stock.adjust(mooncake.id, -2, "破损", staff, moved_on=DAY.date())
    raincoat.points_price = 30
    raincoat.save()

    activity = m.PointRule.get(m.PointRule.code == "activity")
    delivery = m.PointRule.get(m.PointRule.code == "gift_delivery")
    manual = m.PointRule.get(m.PointRule.code == "manual")
    m.PointEntry.create(person=zhang, delta=20, rule=activity, note="社区义诊", created_by=staff, created_at=DAY)
    m.PointEntry.create(person=zhang, delta=20, rule=activity, note="消防演练", created_by=staff, created_at=DAY)
    wrong = m.PointEntry.create(person=zhao, delta=8, rule=manual, note="记错人", created_by=volunteer, created_at=DAY)
    m.PointEntry.create(person=zhao, delta=-8, rule=manual, note="记错人，冲正", reverses=wrong, created_by=staff,
                        created_at=DAY + dt.timedelta(hours=1))

    campaign = m.Campaign.create(name="2024中秋慰问", kind="mid_autumn", starts_on=DAY.date(),
                                 ends_on=DAY.date() + dt.timedelta(days=10), eligibility="all_riders", created_by=staff)
    m.CampaignItem.create(campaign=campaign, item=mooncake, per_person=1)
    m.CampaignMember.create(campaign=campaign, person=wang)

    def share(recipient, deliverer=None, voided=False):
        dist = m.Distribution.create(campaign=campaign, recipient=recipient, deliverer=deliverer, handed_at=DAY,
                                     created_by=volunteer, signed=True)
        m.DistributionLine.create(distribution=dist, item=mooncake, quantity=1)
        stock.move(mooncake.id, -1, "distribute", volunteer, source_type="distribution", source_id=dist.id,
                   moved_on=DAY.date())
        if voided:
            dist.voided_at, dist.voided_by, dist.void_reason = DAY + dt.timedelta(hours=1), staff, "发错了"
            dist.save()
            stock.move(mooncake.id, 1, "void", staff, source_type="distribution", source_id=dist.id, reason="发错了")
        return dist

    share(zhang)
    share(li, voided=True)
    share(li)
    # Before the one-share rule was held by the database, a double click could write a second share.
    share(zhao)
    share(zhao)
    delivered = share(wang, deliverer=zhang)
    m.PointEntry.create(person=zhang, delta=10, rule=delivery, source_type="distribution", source_id=delivered.id,
                        note="2024中秋慰问 → 王建国", created_by=volunteer, created_at=DAY)

    red = m.Redemption.create(person=zhang, item=raincoat, quantity=1, points=30, created_by=volunteer, created_at=DAY)
    m.PointEntry.create(person=zhang, delta=-30, source_type="redemption", source_id=red.id, note="雨衣 ×1",
                        created_by=volunteer, created_at=DAY)
    stock.move(raincoat.id, -1, "redeem", volunteer, source_type="redemption", source_id=red.id, moved_on=DAY.date())


def make_v2(path: Path) -> None:
    from desk import models as m

    m.init_db(f"sqlite:///{path}")
    _service("catalogs").ensure_defaults()
    who = _people_and_visits()
    _duty_records_by_hand(who)
    m.db.close()


def _duty_records_through_services(who: dict) -> None:
    """The same records, through the services of a release that had them all."""
    from desk import models as m

    stock = _service("stock")
    points = _service("points")
    rewards = _service("rewards", "points.rewards")
    gifts = _service("gifts")
    campaigns = _service("gift_campaigns", "gifts.campaigns")
    admin, staff, volunteer = who["admin"], who["staff"], who["volunteer"]
    zhang, li, wang, zhao = who["zhang"], who["li"], who["wang"], who["zhao"]
    mooncake = m.GiftItem.get(m.GiftItem.name == "月饼")
    raincoat = m.GiftItem.get(m.GiftItem.name == "雨衣")
    stock.receive(mooncake.id, 50, staff, donor="幸福里物业", moved_on=DAY.date())
    stock.receive(raincoat.id, 10, staff, moved_on=DAY.date())
    stock.adjust(mooncake.id, -2, "破损", staff, moved_on=DAY.date())
    rewards.set_price(raincoat.id, 30, admin)

    points.award(zhang.id, "activity", staff, points=20, note="社区义诊", at=DAY)
    points.award(zhang.id, "activity", staff, points=20, note="消防演练", at=DAY)
    wrong = points.award(zhao.id, "manual", volunteer, points=8, note="记错人", at=DAY)
    points.reverse(wrong.id, "记错人，冲正", staff, at=DAY + dt.timedelta(hours=1))

    today = dt.date.today()
    campaign = campaigns.create_campaign(
        campaigns.CampaignInput(name="2024中秋慰问", kind="mid_autumn", starts_on=today - dt.timedelta(days=1),
                                ends_on=today + dt.timedelta(days=10), eligibility="all_riders",
                                items=[(mooncake.id, 1)], member_ids=[wang.id]),
        staff,
    )
    gifts.hand_out(campaign.id, zhang.id, volunteer)
    wrong_share = gifts.hand_out(campaign.id, li.id, volunteer)
    gifts.void_distribution(wrong_share.id, "发错了", staff)
    gifts.hand_out(campaign.id, li.id, volunteer)
    gifts.hand_out(campaign.id, zhao.id, volunteer)
    gifts.hand_out(campaign.id, zhao.id, staff, override_reason="家里两位骑手")
    gifts.hand_out(campaign.id, wang.id, volunteer, deliverer=zhang.id)
    rewards.redeem(zhang.id, raincoat.id, 1, volunteer)


def make_v2_late(path: Path) -> None:
    from desk import models as m

    m.init_db(f"sqlite:///{path}")
    _service("catalogs").ensure_defaults()
    who = _people_and_visits()
    _duty_records_through_services(who)
    m.db.close()


def make_v4(path: Path) -> None:
    from desk import db
    from desk import models as m
    from desk.services.common import catalogs, notices

    db.init_db(path)
    catalogs.ensure_defaults()
    who = _people_and_visits()
    _duty_records_through_services(who)
    notices.register(notices.NoticeKind("demo.thanks", "Thank you for {campaign}"))
    with db.write():
        notices.post(who["zhang"].id, "demo.thanks", "distribution", 1, {"campaign": "2024中秋慰问"})
    m.db.close()


MAKERS = {"v1": make_v1, "v2": make_v2, "v2-late": make_v2_late, "v4": make_v4}


def main() -> None:
    version, target = sys.argv[1], Path(sys.argv[2]).resolve()
    work = Path("/tmp") / f"desk-{version}-{os.getpid()}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    MAKERS[version](work)
    import sqlite3

    # Fold the WAL into the file, so one file is the whole database; small pages keep it small.
    con = sqlite3.connect(work)
    con.execute("PRAGMA journal_mode=delete")
    con.execute("PRAGMA page_size=512")
    con.execute("VACUUM")
    con.execute("PRAGMA journal_mode=wal")  # as the desk left it
    con.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(work.read_bytes())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    print(f"{target}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
