"""The rewards catalog and redemption: points, stock and the redemption row move together."""

import pytest

from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import GiftItem, PointEntry, Redemption, StockMove
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock


@pytest.fixture
def raincoat(admin):
    item = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(item.id, 30, admin)
    stock.receive(item.id, 3, admin)
    return item


@pytest.fixture
def rich_rider(admin):
    p = people.create_person(people.PersonInput(name="孙七", phone="13900001111"), admin)
    points.award(p.id, "help_lost", admin, points=50)
    points.award(p.id, "help_lost", admin, points=30)
    return p


def counts():
    return Redemption.select().count(), PointEntry.select().count(), StockMove.select().count()


def test_catalog_lists_priced_items_with_stock(raincoat):
    rows = rewards.catalog()
    assert [(r.name, r.points_price, r.on_hand) for r in rows] == [("雨衣", 30, 3)]
    assert len(rewards.catalog(include_unpriced=True)) == 3


def test_only_admin_sets_prices(staff, admin):
    item = GiftItem.get(GiftItem.name == "月饼")
    with pytest.raises(PermissionDenied):
        rewards.set_price(item.id, 10, staff)
    with pytest.raises(ValidationError):
        rewards.set_price(item.id, 0, admin)
    rewards.set_price(item.id, 10, admin)
    rewards.set_price(item.id, None, admin)
    assert rewards.catalog() == []


def test_redeem_lowers_balance_and_stock_in_one_go(raincoat, rich_rider, volunteer):
    red = rewards.redeem(rich_rider.id, raincoat.id, 2, volunteer)
    assert red.points == 60
    assert points.balance(rich_rider.id) == 20
    assert stock.on_hand(raincoat.id) == 1
    line = PointEntry.get((PointEntry.source_type == "redemption") & (PointEntry.source_id == red.id))
    assert line.delta == -60 and line.rule is None
    move = StockMove.get((StockMove.source_type == "redemption") & (StockMove.source_id == red.id))
    assert (move.delta, move.kind) == (-2, "redeem")
    # spending does not lower a leaderboard rank
    assert points.leaderboard("all")[0].points == 80


def test_redeem_refused_when_balance_too_low(raincoat, rich_rider, admin):
    before = counts()
    with pytest.raises(Conflict) as err:
        rewards.redeem(rich_rider.id, raincoat.id, 3, admin)
    assert "80" in str(err.value) and "90" in str(err.value)
    assert counts() == before


def test_redeem_refused_when_stock_too_low(raincoat, rich_rider, admin):
    stock.adjust(raincoat.id, -3, "受潮", admin)
    before = counts()
    with pytest.raises(Conflict):
        rewards.redeem(rich_rider.id, raincoat.id, 1, admin)
    assert counts() == before


def test_redeem_bad_input(raincoat, rich_rider, admin):
    mooncake = GiftItem.get(GiftItem.name == "月饼")
    before = counts()
    with pytest.raises(ValidationError):
        rewards.redeem(rich_rider.id, mooncake.id, 1, admin)  # not a reward
    for qty in (0, -1, 100):
        with pytest.raises(ValidationError):
            rewards.redeem(rich_rider.id, raincoat.id, qty, admin)
    with pytest.raises(PermissionDenied):
        rewards.redeem(rich_rider.id, raincoat.id, 1, None)
    assert counts() == before


def test_redemption_line_is_not_reversed_by_hand(raincoat, rich_rider, admin):
    red = rewards.redeem(rich_rider.id, raincoat.id, 1, admin)
    line = PointEntry.get((PointEntry.source_type == "redemption") & (PointEntry.source_id == red.id))
    with pytest.raises(Conflict):
        points.reverse(line.id, "退货", admin)
    with pytest.raises(Conflict):
        points.reverse_for_source("redemption", red.id, "退货", admin)


def test_void_redemption_puts_points_and_goods_back(raincoat, rich_rider, admin, volunteer):
    red = rewards.redeem(rich_rider.id, raincoat.id, 1, admin)
    with pytest.raises(PermissionDenied):  # a volunteer voids only their own
        rewards.void_redemption(red.id, "尺码不合适", volunteer)
    rewards.void_redemption(red.id, "尺码不合适", admin)
    assert points.balance(rich_rider.id) == 80 and stock.on_hand(raincoat.id) == 3
    with pytest.raises(Conflict):
        rewards.void_redemption(red.id, "再次", admin)
    from desk.reports.points_sheets import line_title

    assert [line_title(r) for r in points.statement(rich_rider.id)[:2]] == ["Redemption voided (points back)", "Redemption"]
    rows = rewards.redemptions(rich_rider.id)
    assert rows[0].voided and rows[0].void_reason == "尺码不合适"
    assert points.check_ledger() == []
