"""The points ledger: awards, bounds, one award per deed, reversals, balances, leaderboard."""

import datetime as dt

import peewee as pw
import pytest

from desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.models import AuditLog, PointEntry, now
from desk.services.people import merge
from desk.services.people import records as people
from desk.services.points import point_rules
from desk.services.points import ledger as points


def rider(admin, name="张阳", phone=None, **extra):
    return people.create_person(people.PersonInput(name=name, phone=phone, **extra), admin)


def ledger_count() -> int:
    return PointEntry.select().count()


def test_award_default_points_and_audit(admin, volunteer):
    p = rider(admin)
    entry = points.award(p.id, "activity", volunteer, note="夏日邻里运动会")
    assert entry.delta == 5 and entry.created_by.id == volunteer.id
    assert points.balance(p.id) == 5
    assert AuditLog.select().where((AuditLog.action == "points.award") & (AuditLog.entity_id == entry.id)).exists()


@pytest.mark.parametrize("amount", [0, -3, 21, 10_000])
def test_amount_outside_rule_bounds_is_refused(admin, amount):
    p = rider(admin)
    with pytest.raises(ValidationError):
        points.award(p.id, "activity", admin, points=amount)
    assert ledger_count() == 0


def test_fixed_amount_only_changed_by_staff(admin, staff, volunteer):
    p = rider(admin)
    with pytest.raises(PermissionDenied):
        points.award(p.id, "gift_delivery", volunteer, points=12)
    assert points.award(p.id, "gift_delivery", staff, points=12).delta == 12
    # an editable rule: a volunteer may choose the amount within its bounds
    assert points.award(p.id, "activity", volunteer, points=8).delta == 8


def test_unknown_person_rule_or_retired_rule(admin):
    p = rider(admin)
    with pytest.raises(NotFound):
        points.award(99999, "activity", admin)
    with pytest.raises(NotFound):
        points.award(p.id, "no_such_rule", admin)
    point_rules.retire_rule(points.get_rule("wish_fulfilled").id, admin)
    with pytest.raises(ValidationError):
        points.award(p.id, "wish_fulfilled", admin)
    assert ledger_count() == 0


def test_closed_records_cannot_earn(admin):
    p = rider(admin)
    merge.merge_people(rider(admin, "张阳阳").id, p.id, admin)  # p is a closed duplicate now
    with pytest.raises(ValidationError):
        points.award(p.id, "activity", admin)


def test_no_operator_and_bad_note(admin):
    p = rider(admin)
    with pytest.raises(PermissionDenied):
        points.award(p.id, "activity", None)
    with pytest.raises(ValidationError):
        points.award(p.id, "activity", admin, note="长" * 201)
    with pytest.raises(ValidationError):
        points.award(p.id, "activity", admin, source_type="redemption", source_id=1)
    with pytest.raises(ValidationError):
        points.award(p.id, "activity", admin, at=now() + dt.timedelta(days=2))
    assert ledger_count() == 0


def test_same_deed_earns_once_until_reversed(admin):
    a, b = rider(admin), rider(admin, "李四")
    first = points.award(a.id, "gift_delivery", admin, source_type="distribution", source_id=7)
    with pytest.raises(Conflict):
        points.award(a.id, "gift_delivery", admin, source_type="distribution", source_id=7)
    with pytest.raises(Conflict):  # nor by someone else
        points.award(b.id, "gift_delivery", admin, source_type="distribution", source_id=7)
    # another rule, or another source, is another deed
    points.award(a.id, "activity", admin, source_type="distribution", source_id=7)
    points.award(a.id, "gift_delivery", admin, source_type="distribution", source_id=8)
    points.reverse(first.id, "送错人了", admin)
    again = points.award(b.id, "gift_delivery", admin, source_type="distribution", source_id=7)
    assert again.person.id == b.id
    assert points.balance(a.id) == 15 and points.balance(b.id) == 10


def test_database_refuses_a_second_live_award(admin):
    """The rule holds even for code that skips the service (another desk racing, a bad script)."""
    p = rider(admin)
    first = points.award(p.id, "gift_delivery", admin, source_type="distribution", source_id=3)
    with pytest.raises(pw.IntegrityError):
        PointEntry.create(person=p, delta=10, rule=first.rule, source_type="distribution", source_id=3, created_by=admin)
    # without a source the index does not apply: a hand award can repeat
    points.award(p.id, "activity", admin)
    points.award(p.id, "activity", admin)


def test_reverse_writes_a_reversing_line(admin):
    p = rider(admin)
    entry = points.award(p.id, "help_lost", admin)
    rev = points.reverse(entry.id, "记错人", admin)
    assert rev.delta == -20 and rev.reverses.id == entry.id and rev.note == "记错人"
    assert points.balance(p.id) == 0
    assert PointEntry.get_by_id(entry.id).delta == 20  # the original is untouched
    kinds = [row.kind for row in points.statement(p.id)]
    assert kinds == ["reversal", "award"]
    assert points.check_ledger() == []


def test_reverse_twice_or_reverse_a_reversal_is_refused(admin):
    p = rider(admin)
    entry = points.award(p.id, "activity", admin)
    rev = points.reverse(entry.id, "重复", admin)
    with pytest.raises(Conflict):
        points.reverse(entry.id, "再来一次", admin)
    with pytest.raises(Conflict):
        points.reverse(rev.id, "撤销撤销", admin)
    with pytest.raises(ValidationError):
        points.reverse(entry.id, "  ", admin)
    with pytest.raises(NotFound):
        points.reverse(9999, "没有", admin)
    assert ledger_count() == 2


def test_volunteer_reverses_only_own_lines(admin, staff, volunteer):
    p = rider(admin)
    mine = points.award(p.id, "activity", volunteer)
    theirs = points.award(p.id, "activity", staff)
    points.reverse(mine.id, "点错了", volunteer)
    with pytest.raises(PermissionDenied):
        points.reverse(theirs.id, "点错了", volunteer)
    points.reverse(theirs.id, "点错了", staff)


def test_reversal_may_not_make_a_balance_negative(admin):
    from desk.services.points import rewards
    from desk.services.stock import ledger as stock
    from desk.models import GiftItem

    p = rider(admin)
    entry = points.award(p.id, "gift_delivery", admin)
    item = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(item.id, 10, admin)
    stock.receive(item.id, 5, admin)
    rewards.redeem(p.id, item.id, 1, admin)
    with pytest.raises(Conflict):
        points.reverse(entry.id, "送错人了", admin)
    assert points.balance(p.id) == 0


def test_reverse_for_source(admin):
    p = rider(admin)
    points.award(p.id, "gift_delivery", admin, source_type="distribution", source_id=5)
    points.award(p.id, "activity", admin, source_type="distribution", source_id=5)
    points.award(p.id, "activity", admin, source_type="distribution", source_id=6)
    reversed_ = points.reverse_for_source("distribution", 5, "发放作废", admin)
    assert sorted(r.delta for r in reversed_) == [-10, -5]
    assert points.balance(p.id) == 5
    assert points.reverse_for_source("distribution", 5, "再次作废", admin) == []
    assert points.reverse_for_source("distribution", 404, "没有记录", admin) == []


def test_award_many_is_all_or_nothing(admin):
    a, b = rider(admin), rider(admin, "李四")
    entries = points.award_many([a.id, b.id, a.id], "activity", admin, note="搬运慰问品")
    assert len(entries) == 2 and points.balance(a.id) == 5 and points.balance(b.id) == 5
    merge.merge_people(a.id, b.id, admin)  # b is a closed duplicate now
    with pytest.raises(ValidationError):
        points.award_many([a.id, b.id], "activity", admin)
    assert ledger_count() == 2
    with pytest.raises(ValidationError):
        points.award_many([], "activity", admin)


def test_statement_newest_first_with_running_balance(admin):
    p = rider(admin)
    base = now() - dt.timedelta(days=3)
    points.award(p.id, "activity", admin, at=base)
    points.award(p.id, "help_lost", admin, at=base + dt.timedelta(days=1))
    rows = points.statement(p.id)
    assert [(r.delta, r.balance) for r in rows] == [(20, 25), (5, 5)]
    assert rows[0].rule == "帮助走失老人/儿童" and rows[0].operator == "管理员"


def test_leaderboard_periods_filters_and_ties(admin):
    from desk.models import Grid

    grid = Grid.select().first()
    a = rider(admin, "甲", grid_id=grid.id, caring_team=True)
    b = rider(admin, "乙")
    c = rider(admin, "丙")
    today = dt.date.today()
    last_year = dt.datetime(today.year - 1, 6, 1, 12)
    points.award(a.id, "help_lost", admin, at=last_year)
    points.award(b.id, "gift_delivery", admin)
    points.award(c.id, "gift_delivery", admin)
    wrong = points.award(c.id, "help_lost", admin)
    points.reverse(wrong.id, "记错", admin)  # a corrected mistake never counts
    month = points.leaderboard("month")
    assert [(r.rank, r.points, r.deeds) for r in month] == [(1, 10, 1), (1, 10, 1)]
    assert {r.name for r in month} == {"乙", "丙"}
    alltime = points.leaderboard("all")
    assert alltime[0].name == "甲" and alltime[0].points == 20 and [r.rank for r in alltime] == [1, 2, 2]
    assert [r.name for r in points.leaderboard("all", grid_id=grid.id)] == ["甲"]
    assert [r.name for r in points.leaderboard("all", caring_team=True)] == ["甲"]
    assert len(points.leaderboard("all", limit=1)) == 1
    with pytest.raises(ValidationError):
        points.leaderboard("week")


def test_summary_for_the_monthly_report(admin):
    from desk.models import GiftItem
    from desk.services.points import rewards
    from desk.services.stock import ledger as stock

    a, b = rider(admin), rider(admin, "李四")
    points.award(a.id, "help_lost", admin)
    points.award(b.id, "activity", admin)
    wrong = points.award(b.id, "activity", admin)
    points.reverse(wrong.id, "重复", admin)
    item = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(item.id, 15, admin)
    stock.receive(item.id, 2, admin)
    rewards.redeem(a.id, item.id, 1, admin)
    start = dt.datetime.combine(dt.date.today(), dt.time())
    s = points.summary(start, start + dt.timedelta(days=1))
    assert (s.points_earned, s.deeds, s.people, s.points_redeemed, s.redemptions) == (25, 2, 2, 15, 1)
    assert points.summary(start - dt.timedelta(days=30), start).deeds == 0
