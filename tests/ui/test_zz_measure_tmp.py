import datetime as dt
from collections import Counter
from desk import models
from desk.models import GiftItem
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock
from desk.ui.gifts_tab import GiftsTab
from tests.ui.helpers import press_enter

def test_measure(qtbot, ctx, staff):
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)
    m = GiftItem.get(GiftItem.name == "月饼"); r = GiftItem.get(GiftItem.name == "雨衣")
    stock.receive(m.id, 200, staff); stock.receive(r.id, 200, staff)
    today = dt.date.today()
    gifts.create_campaign(gifts.CampaignInput(name="c", kind="mid_autumn", starts_on=today, ends_on=today+dt.timedelta(days=3), items=[(m.id,1),(r.id,1)]), staff)
    tab = GiftsTab(ctx); qtbot.addWidget(tab); tab.show()
    f = tab.panel.search.field
    qtbot.keyClicks(f, "5678")
    stmts = []
    models.db.connection().set_trace_callback(stmts.append)
    press_enter(qtbot, f)
    models.db.connection().set_trace_callback(None)
    print("\nTOTAL", len(stmts))
    print(Counter(s.split()[0].upper() for s in stmts))
    for s in stmts: print("  ", s[:150])
