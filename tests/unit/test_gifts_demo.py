"""The demo's campaigns: Spring Festival, a clinic, Mid-Autumn with 200 mooncakes, deliveries and voids."""

import peewee as pw

from desk.models import Distribution, GiftItem, StockMove
from desk.services.gifts import queries as gift_queries
from desk.services.points import ledger as points
from desk.services.stock import ledger as stock


def test_demo_campaigns_are_sound(demo_database):
    names = [c.name for c in gift_queries.list_campaigns()]
    assert names == ["2026年中秋慰问", "2026年夏季健康义诊", "2026年春节慰问"]
    mid = gift_queries.list_campaigns()[0]
    progress = gift_queries.progress(mid.id)
    (mooncakes,) = progress.items
    assert mooncakes.received_for == 200 and 100 < mooncakes.handed_out <= 200
    assert progress.deliveries > 0
    assert Distribution.select().where(Distribution.voided_at.is_null(False)).count() == 2
    for item in GiftItem.select():
        total = StockMove.select(pw.fn.SUM(StockMove.delta)).where(StockMove.item == item).scalar() or 0
        assert stock.on_hand(item.id) == total >= 0
    assert points.check_ledger() == []
