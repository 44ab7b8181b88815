"""Any sequence of operations leaves every wish in a legal state, and points match fulfilments."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.errors import DeskError
from desk.models import Wish, db
from desk.services.common import accounts, units
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.wishes import board, rules
from desk.services.wishes.rules import AWAITING, CLAIMED, DECLINED, FULFILLED, OPEN, WITHDRAWN
from tests.unit.wish_helpers import category_id, claim_input

wish_no = st.integers(0, 4)
who = st.integers(0, 1)  # 0: a volunteer, 1: staff
step = st.one_of(
    st.tuples(st.just("take_down"), st.integers(0, 1), who),
    st.tuples(st.just("approve"), wish_no, who),
    st.tuples(st.just("decline"), wish_no, who),
    st.tuples(st.just("claim"), wish_no, who, st.integers(0, 2)),  # claimant: person A, person B, the unit
    st.tuples(st.just("release"), wish_no, who),
    st.tuples(st.just("fulfil"), wish_no, who),
    st.tuples(st.just("undo"), wish_no, who),
    st.tuples(st.just("withdraw"), wish_no, who),
)


def _check(claimants) -> None:
    rule_points = points.get_rule(board.POINT_RULE).default_points
    for wish in Wish.select():
        assert rules.is_legal(wish.status)
        has_claimant = wish.claimant_person_id is not None or wish.claimant_unit_id is not None
        assert has_claimant == (wish.status in (CLAIMED, FULFILLED))
        assert not (wish.claimant_person_id and wish.claimant_unit_id)
        assert (wish.fulfilled_on is not None) == (wish.status == FULFILLED)
        assert (wish.approved_at is not None) == (wish.status not in (AWAITING, DECLINED)) or wish.status == WITHDRAWN
        assert (wish.declined_at is not None) == (wish.status == DECLINED)
    for person in claimants:
        fulfilled = Wish.select().where((Wish.claimant_person == person.id) & (Wish.status == FULFILLED)).count()
        assert points.balance(person.id) == fulfilled * rule_points
    assert points.check_ledger() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=30))
def test_any_sequence_keeps_wishes_legal_and_points_equal_to_fulfilments(database, steps):
    # hypothesis reuses the function-scoped database: each example runs in a transaction rolled back.
    with db.atomic() as txn:
        admin = accounts.list_operators()[0] if accounts.list_operators() else accounts.add_operator("管理员")
        ops = [accounts.add_operator("志愿者", "volunteer", by=admin), accounts.add_operator("社工", "staff", by=admin)]
        riders = [people.create_person(people.PersonInput(name=f"骑手{i}"), admin) for i in range(2)]
        claimants = [people.create_person(people.PersonInput(name=f"爱心{i}", kind="volunteer"), admin)
                     for i in range(2)]
        unit = units.add_unit(units.UnitInput(name="阳光幼儿园", kind="school"), admin)
        wishes: list[int] = []
        for s in steps:
            operator = ops[s[2]]
            try:
                if s[0] == "take_down":
                    data = board.WishInput(riders[s[1]].id, "雨靴", category_id())
                    wishes.append(board.take_down(data, operator).wish_id)
                    continue
                if s[1] >= len(wishes):
                    continue
                wish_id = wishes[s[1]]
                if s[0] == "approve":
                    board.approve(wish_id, operator)
                elif s[0] == "decline":
                    board.decline(wish_id, "不符合", operator)
                elif s[0] == "claim":
                    board.claim(wish_id, claim_input(unit_id=unit.id) if s[3] == 2
                                else claim_input(person_id=claimants[s[3]].id), operator)
                elif s[0] == "release":
                    board.release(wish_id, "放弃", operator)
                elif s[0] == "fulfil":
                    board.fulfil(wish_id, board.FulfilInput(), operator)
                elif s[0] == "undo":
                    board.undo_fulfilment(wish_id, "登记错", operator)
                else:
                    board.withdraw(wish_id, "不需要了", operator)
            except DeskError:
                pass
            _check(claimants)
        assert {w.status for w in Wish.select()} <= {AWAITING, OPEN, CLAIMED, FULFILLED, DECLINED, WITHDRAWN}
        txn.rollback()
