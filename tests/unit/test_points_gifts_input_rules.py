"""Holes found by calling the points and gifts services the way a script or import might."""

import datetime as dt

import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog, Campaign, Distribution, GiftItem, StockMove
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock

TODAY = dt.date.today()


def test_true_is_not_a_quantity(staff):
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    with pytest.raises(ValidationError):
        stock.receive(mooncakes.id, True, staff)
    stock.receive(mooncakes.id, 5, staff)
    with pytest.raises(ValidationError):
        stock.adjust(mooncakes.id, True, "count correction", staff)
    with pytest.raises(ValidationError):
        gifts.create_campaign(gifts.CampaignInput(name="中秋", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY,
                                                  items=[(mooncakes.id, True)]), staff)
    assert stock.on_hand(mooncakes.id) == 5 and StockMove.select().count() == 1 and Campaign.select().count() == 0


def test_ticking_a_signature_needs_someone_on_duty(staff):
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 5, staff)
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678"), staff)
    campaign = gifts.create_campaign(gifts.CampaignInput(name="中秋", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY,
                                                         items=[(mooncakes.id, 1)]), staff)
    dist = gifts.hand_out(campaign.id, rider.id, staff)
    audits = AuditLog.select().count()
    with pytest.raises(PermissionDenied):
        gifts.set_signed(dist.share_id, True, None)
    assert not Distribution.get_by_id(dist.share_id).signed and AuditLog.select().count() == audits


def test_a_delivery_is_recorded_even_when_the_points_rule_is_retired(admin, staff):
    from desk.services.points import point_rules
    from desk.services.points import ledger as points

    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 5, staff)
    elder = people.create_person(people.PersonInput(name="赵大爷", phone="13900000009", kind="elderly"), staff)
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678"), staff)
    campaign = gifts.create_campaign(gifts.CampaignInput(name="中秋", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY,
                                                         eligibility="elderly", items=[(mooncakes.id, 1)]), staff)
    point_rules.retire_rule(points.get_rule(gifts.POINT_RULE).id, admin)
    assert not gifts.delivery_earns_points()
    dist = gifts.hand_out(campaign.id, elder.id, staff, deliverer=rider.id)
    assert dist.deliverer_id == rider.id and points.balance(rider.id) == 0 and stock.on_hand(mooncakes.id) == 4
    assert dist.points == 0 and dist.lines[0].left == 4
    gifts.void_distribution(dist.share_id, "送错了", staff)
    assert stock.on_hand(mooncakes.id) == 5 and points.balance(rider.id) == 0


def test_hand_outs_and_redemptions_cannot_be_dated_in_the_future(admin, staff):
    from desk.models import Distribution, Redemption
    from desk.services.points import ledger as points
    from desk.services.points import rewards

    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 5, staff)
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678"), staff)
    campaign = gifts.create_campaign(gifts.CampaignInput(name="中秋", kind="mid_autumn", starts_on=TODAY,
                                                         ends_on=TODAY + dt.timedelta(days=30), items=[(mooncakes.id, 1)]),
                                     staff)
    later = dt.datetime.now() + dt.timedelta(days=3)
    with pytest.raises(ValidationError):
        gifts.hand_out(campaign.id, rider.id, staff, at=later)
    rewards.set_price(mooncakes.id, 5, admin)
    points.award(rider.id, "activity", staff)
    with pytest.raises(ValidationError):
        rewards.redeem(rider.id, mooncakes.id, 1, staff, at=later)
    assert Distribution.select().count() == 0 and Redemption.select().count() == 0
    assert stock.on_hand(mooncakes.id) == 5 and points.balance(rider.id) == 5
