"""A scanned card is never lost: after a void or a click in today's list the scan still checks in."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.models import Visit
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.services.people.records import PersonInput
from desk.ui.checkin_tab import CheckinTab
from desk.ui.widgets import dialogs


@pytest.fixture
def tab(qtbot, ctx):
    widget = CheckinTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_first()
    return widget


@pytest.fixture
def riders(volunteer):
    a = people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), volunteer)
    b = people.create_person(PersonInput(name="李四", phone="13900001111", platform="顺丰"), volunteer)
    checkin.check_in(a.id, [1], volunteer, at=dt.datetime.now() - dt.timedelta(minutes=5))
    return a, b


def live_person_ids():
    return [v.person_id for v in Visit.select().where(Visit.voided_at.is_null()).order_by(Visit.id)]


def click_first_visit(qtbot, tab):
    tab.refresh()
    rect = tab.table.visualRect(tab.visits.index(0, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.table.currentIndex().row() == 0


def scan_into(qtbot, widget, code):
    """Every key of the code and Enter sent to ``widget``, whatever has the focus meanwhile."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def scan(qtbot, code):
    """A USB scanner as the system delivers it: each key goes to the widget that has the focus then."""
    for ch in code:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_card_scanned_while_a_row_of_today_is_selected_checks_in(qtbot, tab, riders):
    a, b = riders
    click_first_visit(qtbot, tab)
    scan_into(qtbot, tab.table, b.card_code)
    assert live_person_ids() == [a.id, b.id]
    assert "李四" in tab.feedback.text()
    assert tab.search.text() == ""  # ready for the next card


def test_scan_after_a_click_in_today_list_follows_the_focus(qtbot, tab, riders):
    a, b = riders
    click_first_visit(qtbot, tab)
    assert QApplication.focusWidget() is tab.table
    scan(qtbot, b.card_code)
    assert live_person_ids() == [a.id, b.id]
    assert QApplication.focusWidget() is tab.search.field


def test_search_field_has_the_focus_after_a_void(qtbot, tab, riders, monkeypatch):
    a, b = riders
    click_first_visit(qtbot, tab)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: "按错了")
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Visit.get(Visit.person == a.id).voided_at is not None
    assert QApplication.focusWidget() is tab.search.field
    scan(qtbot, b.card_code)
    assert live_person_ids() == [b.id]


def test_cancelled_void_gives_the_focus_back_too(qtbot, tab, riders, monkeypatch):
    click_first_visit(qtbot, tab)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: None)
    tab.void_selected()
    assert QApplication.focusWidget() is tab.search.field


def test_scan_after_ticking_a_service_box_checks_in(qtbot, tab, riders):
    _, b = riders
    box = next(iter(tab.services.boxes.values()))
    box.setFocus()
    scan(qtbot, b.card_code)
    assert live_person_ids()[-1] == b.id


def test_keys_typed_in_the_search_field_are_not_sent_twice(qtbot, tab, riders):
    _, b = riders
    scan_into(qtbot, tab.search.field, b.card_code)
    assert tab.typing.forwarded == 0
    assert live_person_ids()[-1] == b.id and len(live_person_ids()) == 2


def test_enter_alone_in_today_list_does_not_check_anyone_in(qtbot, tab, riders):
    tab.search.set_text("5678")  # a search left in the field
    click_first_visit(qtbot, tab)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(live_person_ids()) == 1


def test_gifts_scan_while_the_hand_out_list_has_the_focus(qtbot, ctx, staff, riders):
    from desk.models import Distribution, GiftItem
    from desk.services.gifts import shares as gifts
    from desk.services.stock import ledger as stock
    from desk.ui.gifts_tab import GiftsTab

    a, b = riders
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 20, staff)
    today = dt.date.today()
    campaign = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=today, ends_on=today, items=[(mooncakes.id, 1)]), staff)
    gifts.hand_out(campaign.id, a.id, staff)
    gifts_tab = GiftsTab(ctx)
    qtbot.addWidget(gifts_tab)
    gifts_tab.show()
    gifts_tab.shares_view.setFocus()
    gifts_tab.shares_view.selectRow(0)
    scan_into(qtbot, gifts_tab.shares_view, b.card_code)
    assert [d.recipient_id for d in Distribution.select().order_by(Distribution.id)] == [a.id, b.id]
