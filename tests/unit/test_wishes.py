"""The micro-wish state machine: every step from every state, who may take it, points, notices."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.models import AuditLog, Notice, PointEntry, Wish
from desk.services.common import audit, notices, units
from desk.services.common.permissions import PERMISSIONS, rank
from desk.services.people.records import PersonInput, create_person
from desk.services.points import ledger as points
from desk.services.wishes import board, rules
from desk.services.wishes.rules import AWAITING, CLAIMED, FULFILLED, OPEN, STATES, TRANSITIONS
from tests.unit.wish_helpers import claim_input, png, take_down, wish_in


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput(name="张阳", phone="13800001111"), volunteer)


@pytest.fixture
def helper(volunteer):
    return create_person(PersonInput(name="李爱心", phone="13900002222", kind="volunteer"), volunteer)


@pytest.fixture
def unit(staff):
    return units.add_unit(units.UnitInput(name="筑业物业", kind="property", contact="王经理"), staff)


def step(action: str, wish_id: int, operator, helper_id: int):
    """Take ``action`` with the arguments a desk would give."""
    return {
        "approve": lambda: board.approve(wish_id, operator),
        "decline": lambda: board.decline(wish_id, "不属于微心愿范围", operator),
        "claim": lambda: board.claim(wish_id, claim_input(person_id=helper_id), operator),
        "release": lambda: board.release(wish_id, "认领人联系不上", operator),
        "fulfil": lambda: board.fulfil(wish_id, board.FulfilInput(given="雨靴一双"), operator),
        "undo": lambda: board.undo_fulfilment(wish_id, "登记错了", operator),
        "withdraw": lambda: board.withdraw(wish_id, "骑手已自己买了", operator),
    }[action]()


def footprint(wish_id: int):
    """Everything a step could change: the wish, the audit, the points, the notices."""
    return (audit.snapshot(Wish.get_by_id(wish_id)), AuditLog.select().count(),
            [(e.person_id, e.delta, e.reversed_at) for e in PointEntry.select()],
            [(n.id, n.voided_at, n.shown_at) for n in Notice.select()])


LEGAL = [(s, a) for a, t in TRANSITIONS.items() for s in t.sources]
ILLEGAL = [(s, a) for a, t in TRANSITIONS.items() for s in STATES if s not in t.sources]


@pytest.mark.parametrize("state,action", LEGAL, ids=[f"{a}-from-{s}" for s, a in LEGAL])
def test_each_legal_step_moves_the_wish_and_is_audited(state, action, rider, helper, staff):
    wish_id = wish_in(state, rider.id, staff, claimant_id=helper.id)
    done = step(action, wish_id, staff, helper.id)
    wish = Wish.get_by_id(wish_id)
    assert wish.status == TRANSITIONS[action].target == done.status
    assert done.wish_id == wish_id and done.action == action
    last = AuditLog.select().where(AuditLog.entity == "wish").order_by(AuditLog.id.desc()).first()
    assert last.action == f"wish.{action}" and last.entity_id == wish_id and last.operator_id == staff.id


@pytest.mark.parametrize("state,action", ILLEGAL, ids=[f"{a}-from-{s}" for s, a in ILLEGAL])
def test_each_illegal_step_is_refused_and_changes_nothing(state, action, rider, helper, staff):
    wish_id = wish_in(state, rider.id, staff, claimant_id=helper.id)
    before = footprint(wish_id)
    with pytest.raises(Conflict) as refused:
        step(action, wish_id, staff, helper.id)
    assert refused.value.params[0] == STATES[state]  # says what state the wish is in
    assert footprint(wish_id) == before


def test_the_refusal_names_the_state_needed(rider, staff):
    wish_id = wish_in(OPEN, rider.id, staff)
    with pytest.raises(Conflict) as refused:
        board.fulfil(wish_id, board.FulfilInput(), staff)
    assert refused.value.params == (STATES[OPEN], TRANSITIONS["fulfil"].name, STATES[CLAIMED])


ROLES = ("volunteer", "staff", "admin")


@pytest.mark.parametrize("action", list(TRANSITIONS))
@pytest.mark.parametrize("role", ROLES)
def test_who_may_take_each_step(action, role, rider, helper, volunteer, staff, admin):
    operator = {"volunteer": volunteer, "staff": staff, "admin": admin}[role]
    wish_id = wish_in(TRANSITIONS[action].sources[0], rider.id, staff, claimant_id=helper.id)
    may = rank(role) >= rank(PERMISSIONS[TRANSITIONS[action].permission].role)
    before = footprint(wish_id)
    if may:
        step(action, wish_id, operator, helper.id)
        assert Wish.get_by_id(wish_id).status == TRANSITIONS[action].target
    else:
        with pytest.raises(PermissionDenied):
            step(action, wish_id, operator, helper.id)
        assert footprint(wish_id) == before
    assert rules.actions(TRANSITIONS[action].sources[0], operator).count(action) == int(may)


def test_a_volunteer_takes_wishes_down_but_cannot_approve(rider, volunteer):
    wish_id = take_down(rider.id, volunteer)
    with pytest.raises(PermissionDenied):
        board.approve(wish_id, volunteer)
    assert Wish.get_by_id(wish_id).status == AWAITING
    assert rules.actions(AWAITING, volunteer) == ["withdraw"]


def test_nobody_on_duty_is_refused(rider):
    with pytest.raises(PermissionDenied):
        take_down(rider.id, None)


def test_a_roster_claimant_earns_points_once_and_undo_reverses_them(rider, helper, staff):
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    done = board.fulfil(wish_id, board.FulfilInput(given="雨靴一双", note="物业代买"), staff)
    rule = points.get_rule(board.POINT_RULE)
    assert done.points == rule.default_points and done.points_to == "李爱心"
    assert points.balance(helper.id) == rule.default_points
    [entry] = PointEntry.select().where(PointEntry.source_type == "wish")
    assert entry.source_id == wish_id and entry.person_id == helper.id
    undone = board.undo_fulfilment(wish_id, "登记错了", staff)
    assert undone.points == -rule.default_points and points.balance(helper.id) == 0
    board.fulfil(wish_id, board.FulfilInput(given="雨靴一双"), staff)  # fulfilled again: earns again, once
    assert points.balance(helper.id) == rule.default_points
    assert points.check_ledger() == []


def test_a_unit_claimant_earns_no_points(rider, unit, staff):
    wish_id = wish_in(CLAIMED, rider.id, staff, unit_id=unit.id)
    done = board.fulfil(wish_id, board.FulfilInput(), staff)
    assert done.points == 0 and done.claimant == "筑业物业"
    assert PointEntry.select().count() == 0
    assert Wish.get_by_id(wish_id).given == "一双雨靴"  # what was given defaults to the wish


def test_undo_is_refused_when_the_points_were_spent(rider, helper, staff, admin):
    from desk.models import GiftItem
    from desk.services.points import rewards
    from desk.services.stock import ledger as stock

    wish_id = wish_in(FULFILLED, rider.id, staff, claimant_id=helper.id)
    item = GiftItem.select().first()
    rewards.set_price(item.id, points.balance(helper.id), admin)
    stock.receive(item.id, 1, staff)
    rewards.redeem(helper.id, item.id, 1, staff)
    before = footprint(wish_id)
    with pytest.raises(Conflict):
        board.undo_fulfilment(wish_id, "登记错了", staff)
    assert footprint(wish_id) == before


def test_fulfilment_and_decline_tell_the_rider_once(rider, helper, staff, volunteer):
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id, what="雨靴")
    board.fulfil(wish_id, board.FulfilInput(), staff)
    [row] = notices.pending(rider.id)
    assert row.kind == "wish.fulfilled" and row.answers == ()
    assert row.template.format(**row.params) == "张师傅's micro-wish “雨靴” has been fulfilled by 李爱心."
    notices.answer(row.id, "", volunteer)
    assert notices.pending(rider.id) == []
    other = wish_in(AWAITING, rider.id, staff, what="一台电动车")
    board.decline(other, "价值超出微心愿范围", staff)
    [row] = notices.pending(rider.id)
    assert row.params == {"rider": "张师傅", "what": "一台电动车", "reason": "价值超出微心愿范围"}


def test_undo_before_the_rider_heard_withdraws_the_news(rider, helper, staff):
    wish_id = wish_in(FULFILLED, rider.id, staff, claimant_id=helper.id)
    assert len(notices.pending(rider.id)) == 1
    board.undo_fulfilment(wish_id, "登记错了", staff)
    assert notices.pending(rider.id) == []


def test_claim_needs_exactly_one_live_claimant_and_a_sane_promise(rider, helper, unit, staff):
    wish_id = wish_in(OPEN, rider.id, staff)
    today = dt.date.today()
    bad = [
        board.ClaimInput(promised_on=today, person_id=helper.id, unit_id=unit.id),
        board.ClaimInput(promised_on=today),
        board.ClaimInput(promised_on=None, person_id=helper.id),
        board.ClaimInput(promised_on=today - dt.timedelta(days=1), person_id=helper.id),
        board.ClaimInput(promised_on=today + dt.timedelta(days=400), person_id=helper.id),
        board.ClaimInput(promised_on=today, person_id=rider.id),  # their own wish
    ]
    for data in bad:
        with pytest.raises(ValidationError):
            board.claim(wish_id, data, staff)
    units.retire_unit(unit.id, staff)
    with pytest.raises(ValidationError):
        board.claim(wish_id, board.ClaimInput(promised_on=today, unit_id=unit.id), staff)
    assert Wish.get_by_id(wish_id).status == OPEN
    board.claim(wish_id, board.ClaimInput(promised_on=today, person_id=helper.id), staff)
    board.release(wish_id, "临时有事", staff)
    wish = Wish.get_by_id(wish_id)
    assert wish.status == OPEN and wish.claimant_person_id is None and wish.promised_on is None


def test_what_is_cleaned_and_limited(rider, volunteer):
    wish_id = take_down(rider.id, volunteer, what="  一双\t雨靴\x00\u200b \n 42码 ")
    assert Wish.get_by_id(wish_id).what == "一双 雨靴 42码"
    for what in ("", "  \t ", "靴" * 201):
        with pytest.raises(ValidationError):
            take_down(rider.id, volunteer, what=what)
    assert take_down(rider.id, volunteer, what="靴" * 200)


@pytest.mark.parametrize("value,stored", [(None, None), ("", None), (0, 0), (35, 35), ("29.6", 30), (10_000, 10_000)])
def test_value_is_whole_yuan(rider, volunteer, value, stored):
    wish_id = take_down(rider.id, volunteer, value_yuan=value)
    assert Wish.get_by_id(wish_id).value_yuan == stored


@pytest.mark.parametrize("value", [-1, "abc", 10_001, float("nan")])
def test_bad_values_are_refused(rider, volunteer, value):
    with pytest.raises(ValidationError):
        take_down(rider.id, volunteer, value_yuan=value)


def test_dates_must_be_sane(rider, helper, volunteer, staff):
    today = dt.date.today()
    with pytest.raises(ValidationError):
        take_down(rider.id, volunteer, wanted_by=today - dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        take_down(rider.id, volunteer, wanted_by=today + dt.timedelta(days=800))
    with pytest.raises(ValidationError):
        board.take_down(board.WishInput(rider.id, "雨靴", 1), volunteer, at=dt.datetime.now() + dt.timedelta(days=1))
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    with pytest.raises(ValidationError):
        board.fulfil(wish_id, board.FulfilInput(fulfilled_on=today + dt.timedelta(days=1)), staff)
    with pytest.raises(ValidationError):
        board.fulfil(wish_id, board.FulfilInput(fulfilled_on=today - dt.timedelta(days=3)), staff)
    with pytest.raises(ValidationError):  # a step dated before the one it follows
        board.fulfil(wish_id, board.FulfilInput(), staff, at=dt.datetime.now() - dt.timedelta(days=1))
    assert Wish.get_by_id(wish_id).status == CLAIMED


def test_reasons_are_required(rider, helper, staff):
    wish_id = wish_in(AWAITING, rider.id, staff)
    for action in (lambda: board.decline(wish_id, " ", staff), lambda: board.withdraw(wish_id, "", staff)):
        with pytest.raises(ValidationError):
            action()
    assert Wish.get_by_id(wish_id).status == AWAITING


def test_a_closed_record_cannot_wish_or_claim(rider, helper, volunteer, staff, admin):
    from desk.services.people import lifecycle

    wish_id = wish_in(OPEN, rider.id, staff)
    lifecycle.anonymise_person(helper.id, admin)
    with pytest.raises(ValidationError):
        board.claim(wish_id, claim_input(person_id=helper.id), staff)
    with pytest.raises(ValidationError):
        take_down(helper.id, volunteer)
    with pytest.raises(NotFound):
        board.approve(99999, staff)


def test_photos_are_kept_with_the_wish_and_limited(rider, helper, staff, tmp_path):
    from desk.services.common import attachments

    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    photos = [png(tmp_path / f"p{i}.png") for i in range(2)]
    done = board.fulfil(wish_id, board.FulfilInput(photos=photos), staff)
    assert done.photos == 2
    stored = attachments.for_owner("wish", wish_id)
    assert len(stored) == 2 and all(attachments.path_of(s.id).exists() for s in stored)
    with pytest.raises(ValidationError):
        board.add_photos(wish_id, [png(tmp_path / f"q{i}.png") for i in range(board.MAX_PHOTOS - 1)], staff)
    assert len(attachments.for_owner("wish", wish_id)) == 2
    text = tmp_path / "note.png"
    text.write_text("not a photo")
    with pytest.raises(ValidationError):
        board.add_photos(wish_id, [text], staff)
    board.remove_photo(wish_id, stored[0].id, "拍错了", staff)
    assert [s.id for s in attachments.for_owner("wish", wish_id)] == [stored[1].id]
