"""The gifts tab: hand out a share with Enter, be refused a second, override, void, stock, sheets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.models import Distribution, GiftItem
from desk.services.gifts import queries as gift_queries
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock
from desk.ui.gifts.sheet_dialogs import SignedSheetDialog
from desk.ui.gifts.stock_dialog import StockDialog
from desk.ui.gifts_tab import GiftsTab
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter

TODAY = dt.date.today()


@pytest.fixture
def rider(staff):
    return people.create_person(people.PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)


@pytest.fixture
def campaign(staff, rider):
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 200, staff, donor="筑业物业公司")
    return gifts.create_campaign(gifts.CampaignInput(
        name="2026年中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=7),
        items=[(mooncakes.id, 1)]), staff)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def make_tab(qtbot, ctx):
    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def scan(qtbot, tab, text):
    field = tab.panel.search.field
    field.clear()
    qtbot.keyClicks(field, text)
    press_enter(qtbot, field)


def test_enter_hands_out_a_share_and_a_second_is_refused(qtbot, ctx, campaign, rider, warnings):
    tab = make_tab(qtbot, ctx)
    assert tab.campaign_id() == campaign.id
    scan(qtbot, tab, "5678")
    live = Distribution.select().where(Distribution.voided_at.is_null())
    assert live.count() == 1 and live.get().recipient_id == rider.id
    assert stock.on_hand(GiftItem.get(GiftItem.name == "月饼").id) == 199
    assert "张阳" in tab.panel.feedback.text()
    assert "(1)" in tab.lists.tabText(0)

    scan(qtbot, tab, rider.card_code)  # the member card, as a scanner types it
    assert live.count() == 1
    assert warnings and ctx.operator.name in warnings[0]
    tab.panel.search.set_text("5678")
    assert "✘" in tab.panel.card.text()  # the card says at once that the share was given


def test_staff_override_with_reason(qtbot, staff_ctx, campaign, rider, warnings, monkeypatch):
    tab = make_tab(qtbot, staff_ctx)
    scan(qtbot, tab, "5678")
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "first box was crushed")
    scan(qtbot, tab, "5678")
    shares = gift_queries.shares(campaign.id, include_voided=False)
    assert len(shares) == 2 and any(s.extra_share and s.override_reason for s in shares)
    assert not warnings


def test_volunteer_cannot_override(qtbot, ctx, campaign, rider, warnings, monkeypatch):
    tab = make_tab(qtbot, ctx)
    scan(qtbot, tab, "5678")
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: pytest.fail("a volunteer is not asked for an override"))
    scan(qtbot, tab, "5678")
    assert Distribution.select().count() == 1 and warnings


def test_outside_dates_asks_for_a_note(qtbot, ctx, staff, campaign, rider, monkeypatch):
    gifts.update_campaign(campaign.id, gifts.CampaignInput(
        name=campaign.name, kind="mid_autumn", starts_on=TODAY + dt.timedelta(days=2), ends_on=TODAY + dt.timedelta(days=9),
        items=[(GiftItem.get(GiftItem.name == "月饼").id, 1)]), staff)
    tab = make_tab(qtbot, ctx)
    asked = []
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, *a: asked.append(label) or "中秋当天值班")
    scan(qtbot, tab, "5678")
    assert asked and Distribution.get().note == "中秋当天值班"


def test_void_from_the_list(qtbot, ctx, campaign, rider, monkeypatch):
    tab = make_tab(qtbot, ctx)
    scan(qtbot, tab, "5678")
    tab.shares_view.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "wrong rider")
    tab.void_selected()
    assert Distribution.get().voided_at is not None
    assert stock.on_hand(GiftItem.get(GiftItem.name == "月饼").id) == 200
    assert tab.shares_model.muted(tab.shares_model.row_record(0))


def test_stock_dialog_receives(qtbot, ctx, staff_ctx, campaign):
    volunteers = StockDialog(ctx.operator, campaign.id)
    qtbot.addWidget(volunteers)
    assert not volunteers.receive_button.isEnabledTo(volunteers)  # receiving goods is staff's
    dialog = StockDialog(staff_ctx.operator, campaign.id)
    qtbot.addWidget(dialog)
    dialog.r_item.setCurrentIndex(dialog.r_item.findData(GiftItem.get(GiftItem.name == "雨衣").id))
    dialog.r_qty.setValue(80)
    dialog.r_donor.setCurrentText("红星超市")
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    coat = GiftItem.get(GiftItem.name == "雨衣")
    assert stock.on_hand(coat.id) == 80
    assert dialog.items_model.on_hand[coat.id] == 80
    assert stock.moves(coat.id)[0].donor == "红星超市"


def test_signed_sheet_dialog_ticks(qtbot, ctx, campaign, rider, monkeypatch):
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    dialog = SignedSheetDialog(ctx.operator, campaign.id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.model.toggle(0)
    dialog.save()
    share = Distribution.get()
    assert share.recipient_id == rider.id and share.signed


def test_enter_in_the_campaign_dialog_adds_a_person_and_does_not_save(qtbot, staff, rider):
    from desk.models import Campaign
    from desk.ui.gifts.campaign_dialog import CampaignDialog

    dialog = CampaignDialog(staff)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.member_search.field
    qtbot.keyClicks(field, "13812345678")
    press_enter(qtbot, field)
    assert dialog.members.count() == 1
    assert Campaign.select().count() == 0 and dialog.isVisible()
    dialog.save()  # what Ctrl+Enter and the Save button do
    assert Campaign.get().name.endswith("中秋慰问") and not dialog.isVisible()


def test_delivery_dialog_records_a_delivery_with_points(qtbot, ctx, staff, campaign, rider):
    from desk.services.points import ledger as points
    from desk.ui.gifts.delivery_dialog import DeliveryDialog

    elder = people.create_person(people.PersonInput(name="赵桂英", phone="13700000000", kind="elderly",
                                                    party_member=True), staff)
    gifts.update_campaign(campaign.id, gifts.CampaignInput(
        name=campaign.name, kind="mid_autumn", starts_on=campaign.starts_on, ends_on=campaign.ends_on,
        items=[(GiftItem.get(GiftItem.name == "月饼").id, 1)], member_ids=[elder.id]), staff)
    dialog = DeliveryDialog(ctx.operator, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.recipient_search.field, "13700000000")
    press_enter(qtbot, dialog.recipient_search.field)
    assert "✔" in dialog.recipient_label.text()
    qtbot.keyClicks(dialog.deliverer_search.field, "5678")
    press_enter(qtbot, dialog.deliverer_search.field)  # Enter on the rider records the delivery
    share = Distribution.get()
    assert share.recipient_id == elder.id and share.deliverer_id == rider.id
    assert points.balance(rider.id) == 10 and dialog.result() == dialog.DialogCode.Accepted


def test_void_a_campaign_set_up_by_mistake(qtbot, staff, monkeypatch):
    from desk.ui.gifts.campaign_dialog import CampaignDialog

    wrong = gifts.create_campaign(gifts.CampaignInput(
        name="错建的活动", kind="other", starts_on=TODAY, ends_on=TODAY,
        items=[(GiftItem.get(GiftItem.name == "雨衣").id, 1)]), staff)
    dialog = CampaignDialog(staff, wrong.id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "建重复了")
    dialog.void()
    assert dialog.voided and gift_queries.list_campaigns() == []
