"""The shared person picker: the person chosen with ↑ ↓ or a click is announced at once, on every tab."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desk.models import GiftItem, Visit, VisitService
from desk.services.checkin import visits as checkin
from desk.services.common import catalogs
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.people.records import PersonInput
from desk.services.points import ledger as points
from desk.services.stock import ledger as stock
from desk.ui.checkin_tab import CheckinTab
from desk.ui.gifts_tab import GiftsTab
from desk.ui.points.statement_page import StatementPage
from desk.ui.widgets.person_search import PersonSearch
from tests.ui.helpers import press_enter

TODAY = dt.date.today()


@pytest.fixture
def twins(volunteer):
    """Two riders whose phones end alike (the demo has 6978 twice); the second charged his phone last time."""
    first = people.create_person(PersonInput(name="孙斌飞", phone="15910306978", platform="美团"), volunteer)
    second = people.create_person(PersonInput(name="姚倩琳", phone="13853596978", platform="饿了么"), volunteer)
    charging = next(s for s in catalogs.services() if s.code == "charging")
    checkin.check_in(second.id, [charging.id], volunteer, at=dt.datetime.now() - dt.timedelta(days=3))
    return first, second


def service_codes(visit):
    return {vs.service.code for vs in VisitService.select().where(VisitService.visit == visit)}


def row_of(search: PersonSearch, person_id: int) -> int:
    return next(i for i, p in enumerate(search.matches()) if p.id == person_id)


def click_row(qtbot, search: PersonSearch, row: int) -> None:
    rect = search.table.visualRect(search.model.index(row, 0))
    qtbot.mouseClick(search.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_down_announces_the_highlighted_person(qtbot, twins):
    search = PersonSearch()
    qtbot.addWidget(search)
    search.show()
    announced = []
    search.person_selected.connect(announced.append)
    qtbot.keyClicks(search.field, "6978")
    search.run_search()
    assert len(search.matches()) == 2 and announced[-1] is None
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert announced[-1] == search.matches()[0].id == search.current_person_id()
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert announced[-1] == search.matches()[1].id == search.current_person_id()
    qtbot.keyClick(search.field, Qt.Key.Key_Up)
    assert announced[-1] == search.matches()[0].id
    click_row(qtbot, search, 1)
    assert announced[-1] == search.matches()[1].id
    assert not search.table.hasFocus()  # the click leaves the typing (and a scanner) in the field


@pytest.fixture
def checkin_tab(qtbot, ctx):
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_first()
    return tab


def test_checkin_down_shows_the_person_and_their_usual_services_before_enter(qtbot, checkin_tab, twins):
    tab, (_, second) = checkin_tab, twins
    qtbot.keyClicks(tab.search.field, "6978")
    tab.search.run_search()
    for _ in range(row_of(tab.search, second.id) + 1):
        qtbot.keyClick(tab.search.field, Qt.Key.Key_Down)
    assert "姚倩琳" in tab.person_card.text()
    assert [tab.services.boxes[i].objectName() for i in tab.services.checked_ids()] == ["service_charging"]
    press_enter(qtbot, tab.search.field)
    visit = Visit.select().where(Visit.voided_at.is_null()).order_by(Visit.id.desc()).get()
    assert visit.person_id == second.id
    assert service_codes(visit) == {"charging"}  # his usual, not the first-visit defaults


def test_checkin_click_on_a_match_shows_the_person(qtbot, checkin_tab, twins):
    tab, (first, second) = checkin_tab, twins
    qtbot.keyClicks(tab.search.field, "6978")
    tab.search.run_search()
    click_row(qtbot, tab.search, row_of(tab.search, second.id))
    assert "姚倩琳" in tab.person_card.text()
    assert [tab.services.boxes[i].objectName() for i in tab.services.checked_ids()] == ["service_charging"]
    click_row(qtbot, tab.search, row_of(tab.search, first.id))
    assert "孙斌飞" in tab.person_card.text()
    assert {tab.services.boxes[i].objectName() for i in tab.services.checked_ids()} == {
        "service_water", "service_rest"}


def test_gifts_down_shows_already_received_before_enter(qtbot, ctx, staff, twins):
    first, second = twins
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    stock.receive(mooncakes.id, 20, staff)
    campaign = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY, items=[(mooncakes.id, 1)]), staff)
    gifts.hand_out(campaign.id, second.id, staff)
    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    search = tab.panel.search
    qtbot.keyClicks(search.field, "6978")
    search.run_search()
    for _ in range(row_of(search, second.id) + 1):
        qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert "姚倩琳" in tab.panel.card.text() and "Already received" in tab.panel.card.text()
    click_row(qtbot, search, row_of(search, first.id))
    assert "孙斌飞" in tab.panel.card.text() and "Eligible, not yet received" in tab.panel.card.text()


def test_points_down_shows_the_statement_before_enter(qtbot, ctx, staff, twins):
    _, second = twins
    points.award(second.id, "activity", staff)
    page = StatementPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search.field, "6978")
    page.search.run_search()
    for _ in range(row_of(page.search, second.id) + 1):
        qtbot.keyClick(page.search.field, Qt.Key.Key_Down)
    assert page.person_id == second.id and page.model.rowCount() == 1
    assert "姚倩琳" in page.card.text()


def test_one_keystroke_announces_once(qtbot, twins):
    search = PersonSearch()
    qtbot.addWidget(search)
    announced = []
    search.person_selected.connect(announced.append)
    search.set_text("15910306978")  # one match, chosen at once
    assert announced == [twins[0].id]
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # already chosen: nothing new to say
    assert announced == [twins[0].id]


def test_click_position_helper_hits_a_row(qtbot, twins):
    # Guards the helper above: a click that missed the rows would make the click tests meaningless.
    search = PersonSearch()
    qtbot.addWidget(search)
    search.resize(500, 300)
    search.show()
    search.set_text("6978")
    assert search.table.indexAt(search.table.visualRect(search.model.index(1, 0)).center()).row() == 1
