"""The demo's points history is believable and obeys the ledger's rules."""

from desk.models import PointEntry, PointRule, Redemption
from desk.services.points import ledger as points


def test_demo_points_history_is_sound(demo_database):
    assert PointEntry.select().count() > 60
    assert PointEntry.select().where(PointEntry.reverses.is_null(False)).exists()
    assert Redemption.select().count() >= 5
    assert points.check_ledger() == []
    board = points.leaderboard("all", limit=5)
    assert board and board[0].points >= board[-1].points


def test_no_deed_is_counted_twice_and_no_running_balance_dips_below_zero(demo_database):
    # Events, wishes, deliveries and reports earn their own points, linked to the record: the
    # points demo awards none of them by hand.
    by_hand = (PointEntry.select().join(PointRule)
               .where(PointRule.code.in_(("activity", "wish_fulfilled")) & PointEntry.source_id.is_null()))
    assert by_hand.count() == 0
    assert PointEntry.select().join(PointRule).where(PointRule.code == "event_attended").count() > 50
    running: dict[int, int] = {}
    for person_id, delta in (PointEntry.select(PointEntry.person, PointEntry.delta)
                             .order_by(PointEntry.created_at, PointEntry.id).tuples()):
        running[person_id] = running.get(person_id, 0) + delta
        assert running[person_id] >= 0, f"person {person_id} spent points before earning them"
