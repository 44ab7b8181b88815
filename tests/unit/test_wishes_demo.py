"""The demo's wish board: a year of wishes in every state, photos, points that match the fulfilments."""

import datetime as dt

from desk import demo
from desk.models import Wish
from desk.services.common import attachments
from desk.services.points import ledger as points
from desk.services.wishes import board, queries
from desk.services.wishes.rules import STATES


def test_demo_wishes_are_in_every_state_with_photos_and_points():
    demo.fill(people=150, days=365, seed=11, today=dt.date.today())
    cards = queries.cards()
    assert {c.status for c in cards} == set(STATES)
    assert len(cards) >= 60
    assert any(c.overdue() for c in cards)
    assert {c.claimant_kind for c in cards if c.claimant_kind} == {"person", "unit"}
    with_photos = [c for c in cards if c.photo_ids]
    assert with_photos and all(attachments.path_of(a).exists() for c in with_photos for a in c.photo_ids)
    rule = points.get_rule(board.POINT_RULE).default_points
    for person_id in {c.claimant_id for c in cards if c.claimant_kind == "person"}:
        fulfilled = Wish.select().where((Wish.claimant_person == person_id) & (Wish.status == "fulfilled")).count()
        assert board.points_for_person(person_id) == fulfilled * rule
    assert points.check_ledger() == []
    assert {"筑业物业", "阳光幼儿园", "惠民超市"} <= {c.claimant for c in cards}
