"""The demo's points history is believable and obeys the ledger's rules."""

from desk.models import PointEntry, Redemption
from desk.services.points import ledger as points


def test_demo_points_history_is_sound(demo_database):
    assert PointEntry.select().count() > 60
    assert PointEntry.select().where(PointEntry.reverses.is_null(False)).exists()
    assert Redemption.select().exists()
    assert points.check_ledger() == []
    board = points.leaderboard("all", limit=5)
    assert board and board[0].points >= board[-1].points
