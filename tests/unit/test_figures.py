"""The station's figures against a hand-built database with known counts.

Voided records must not count, the first and last second of the month belong to it, anonymous
walk-ins count as person-times but not as people, and the workbook, the CLI and the dashboard
read the same numbers.
"""

import datetime as dt

import pytest

from desk.errors import ValidationError
from desk.models import GiftItem, ServiceType
from desk.services import figures
from desk.services.checkin import visits as checkin
from desk.services.gifts import shares as gifts
from desk.services.gifts.shares import CampaignInput
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock

NOV = figures.month("2026-11")


def at(text):
    return dt.datetime.fromisoformat(text)


@pytest.fixture
def station(admin, staff):
    """November 2026 at a small station, with records just outside it and voided ones inside."""
    water = ServiceType.get(ServiceType.code == "water").id
    charge = ServiceType.get(ServiceType.code == "charging").id
    zhang = people.create_person(people.PersonInput(name="张阳", phone="13800000001", platform="美团"), admin)
    li = people.create_person(people.PersonInput(name="李强", phone="13800000002", kind="courier"), admin)
    wang = people.create_person(people.PersonInput(name="王芳", phone="13800000003", kind="elderly"), admin)
    # In November: the first and the last second, a second visit of 张阳, an anonymous rider.
    checkin.check_in(zhang.id, [water, charge], staff, allow_repeat=True, at=at("2026-11-01 00:00:00"))
    checkin.check_in(zhang.id, [water], staff, allow_repeat=True, at=at("2026-11-15 12:00:00"))
    checkin.check_in(li.id, [charge], staff, allow_repeat=True, at=at("2026-11-30 23:59:59"))
    checkin.check_in(None, [water], staff, anon_kind="rider", at=at("2026-11-20 09:00:00"))
    voided = checkin.check_in(li.id, [water], staff, allow_repeat=True, at=at("2026-11-10 10:00:00"))
    checkin.void_visit(voided.id, "按错了", staff)
    # Outside November, on both sides.
    checkin.check_in(zhang.id, [water], staff, allow_repeat=True, at=at("2026-10-31 23:59:59"))
    checkin.check_in(li.id, [water], staff, allow_repeat=True, at=at("2026-12-01 00:00:00"))
    # Gifts: a campaign in November, one share handed, one delivered, one voided.
    mooncake = GiftItem.get(GiftItem.name == "月饼").id
    stock.receive(mooncake, 10, staff, donor="筑业物业")
    campaign = gifts.create_campaign(CampaignInput(name="中秋慰问", kind="mid_autumn", starts_on=dt.date(2026, 11, 1),
                                                   ends_on=dt.date(2026, 11, 30), member_ids=[wang.id],
                                                   items=[(mooncake, 2)]), staff)
    gifts.hand_out(campaign.id, zhang.id, staff, at=at("2026-11-02 10:00:00"))
    gifts.hand_out(campaign.id, wang.id, staff, deliverer=li.id, at=at("2026-11-03 10:00:00"))
    void_me = gifts.hand_out(campaign.id, li.id, staff, at=at("2026-11-04 10:00:00"))
    gifts.void_distribution(void_me.id, "送错了", staff)
    # Points: two awards in November (one reversed later in November), one in October.
    points.award(zhang.id, "activity", staff, points=5)
    wrong = points.award(li.id, "activity", staff, points=7)
    points.reverse(wrong.id, "记错人", staff)
    return {"zhang": zhang, "li": li, "wang": wang, "mooncake": mooncake}


def test_visits_count_the_edges_of_the_month_and_leave_voided_out(station):
    v = figures.visit_figures(NOV.start, NOV.end)
    assert v.person_times == 4  # 00:00:00 on the 1st and 23:59:59 on the 30th included, voided out
    assert v.people == 2
    assert v.anonymous == 1
    assert dict(v.by_service)["饮水"] == 3
    assert dict(v.by_service)["充电"] == 2
    assert dict(v.by_kind)["rider"] == 3 and dict(v.by_kind)["courier"] == 1


def test_gifts_leave_the_voided_share_out_and_count_deliveries(station):
    g = figures.gift_figures(NOV.start, NOV.end)
    assert (g.shares, g.people, g.deliveries) == (2, 2, 1)
    assert g.by_item == (("月饼", "盒", 4),)
    assert g.by_campaign == (("中秋慰问", 2, 1),)
    assert ("月饼", "盒", 6) in g.stock_left


def test_points_separate_awards_reversals_and_the_top_riders(station):
    today = dt.date.today()
    p = figures.point_figures(today.replace(day=1), figures.month(today).end)
    # The delivery earned 李强 its rule's points; the reversed 7 are left out of awards.
    delivery = next(e for e in points.statement(station["li"].id) if e.source_type == "distribution")
    assert p.awarded == 5 + delivery.delta
    assert p.reversed == 7 and p.reversals == 1
    assert [r.name for r in p.top][:1] in (["李强"], ["张阳"])
    assert all(r.points > 0 for r in p.top)


def test_redemptions_count_as_redeemed_not_as_awards(station, admin, staff):
    item = stock.add_item("毛巾", "条", staff)
    rewards.set_price(item.id, 3, admin)
    stock.receive(item.id, 5, staff)
    rewards.redeem(station["zhang"].id, item.id, 1, staff)
    today = dt.date.today()
    p = figures.point_figures(today.replace(day=1), figures.month(today).end)
    assert (p.redeemed, p.redemptions) == (3, 1)


def test_people_registered_in_the_period(station):
    today = dt.date.today()
    f = figures.people_figures(today.replace(day=1), figures.month(today).end)
    assert f.registered == 3 and f.workers == 2


def test_year_to_date_and_month_rows_agree(station):
    report = figures.gather(NOV, made_by="管理员")
    assert report.ytd.visits.person_times == 5  # October's visit too, December's not
    nov = report.months[10]
    assert nov.month == 11 and nov.person_times == 4 and nov.shares == 2
    assert sum(m.person_times for m in report.months) == 6  # the year's row goes on to December


@pytest.mark.parametrize("text", ["2026-13", "bogus", "", "2026-00", "1899-01"])
def test_a_bad_month_is_refused(text):
    with pytest.raises(ValidationError):
        figures.month(text)


def test_months_are_read_as_a_clerk_writes_them():
    assert figures.month("2026/3") == figures.month("2026-03") == figures.month("2026年3月")
    assert figures.month("2026-12").end == dt.date(2027, 1, 1)
    assert figures.month("2026-11").title() == "2026年11月"
    assert figures.year_to_date("2026-11").title() == "2026年1—11月"
    with pytest.raises(ValidationError):
        figures.custom(dt.date(2026, 5, 2), dt.date(2026, 5, 1))


def test_periods_work_on_a_leap_day_and_for_next_january(monkeypatch, database):
    """On February 29th every month was refused with a crash (today.replace(year=+1) has no
    2029-02-29); next January's workbook failed with "2027-12-01 is outside the years...",
    because its year's later months were checked as if asked for."""
    from desk.services.figures import period as period_module

    class LeapDay(dt.date):
        @classmethod
        def today(cls):
            return cls(2028, 2, 29)

    import types

    monkeypatch.setattr(period_module, "dt", types.SimpleNamespace(
        date=LeapDay, datetime=dt.datetime, time=dt.time, timedelta=dt.timedelta))
    assert figures.month("2028-02").last_day == dt.date(2028, 2, 29)
    assert figures.custom(dt.date(2028, 1, 1), dt.date(2028, 2, 29)).kind == "range"
    monkeypatch.undo()
    next_january = figures.month(dt.date(dt.date.today().year + 1, 1, 1))
    report = figures.gather(next_january)
    assert [m.month for m in report.months] == list(range(1, 13))
    with pytest.raises(ValidationError):
        figures.month(f"{dt.date.today().year + 2}-01")  # still a typing mistake, said so
