"""Any sequence of awards, reversals and redemptions keeps the ledger sound."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.errors import DeskError
from desk.models import GiftItem, PointEntry, db
from desk.services.common import accounts
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock

RULES = ["activity", "gift_delivery", "help_lost", "manual", "hazard_parking"]

step = st.one_of(
    st.tuples(st.just("award"), st.integers(0, 2), st.sampled_from(RULES), st.integers(-5, 80), st.none() | st.integers(1, 4)),
    st.tuples(st.just("reverse"), st.integers(0, 40)),
    st.tuples(st.just("redeem"), st.integers(0, 2), st.integers(0, 1), st.integers(0, 4)),
    st.tuples(st.just("void"), st.integers(0, 10)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=25))
def test_balance_is_the_sum_and_never_negative(database, steps):
    # hypothesis reuses the function-scoped database: start each example from a clean ledger
    with db.atomic() as txn:
        op = accounts.add_operator("测试") if not accounts.list_operators() else accounts.list_operators()[0]
        riders = [people.create_person(people.PersonInput(name=f"骑手{i}"), op) for i in range(3)]
        items = list(GiftItem.select().order_by(GiftItem.id))[:2]
        for item, price in zip(items, (15, 40)):
            rewards.set_price(item.id, price, op)
            stock.receive(item.id, 3, op)
        for s in steps:
            try:
                if s[0] == "award":
                    _, who, rule, amount, source = s
                    points.award(riders[who].id, rule, op, points=amount if amount % 3 else None,
                                 source_type="test", source_id=source)
                elif s[0] == "reverse":
                    points.reverse(s[1], "更正", op)
                elif s[0] == "redeem":
                    rewards.redeem(riders[s[1]].id, items[s[2]].id, s[3], op)
                else:
                    rewards.void_redemption(s[1], "退回", op)
            except DeskError:
                pass
            for r in riders:
                total = sum(e.delta for e in PointEntry.select().where(PointEntry.person == r.id))
                assert points.balance(r.id) == total >= 0
            for item in items:
                assert stock.on_hand(item.id) >= 0
        assert points.check_ledger() == []
        txn.rollback()
