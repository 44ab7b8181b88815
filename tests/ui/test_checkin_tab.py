import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from desk.models import Person, Visit, VisitService
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.services.people.records import PersonInput
from desk.ui.checkin.visitor_dialogs import AnonymousDialog, NewVisitorDialog
from desk.ui.checkin_tab import CheckinTab
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter, type_text


@pytest.fixture
def tab(qtbot, ctx):
    widget = CheckinTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_first()
    return widget


@pytest.fixture
def rider(volunteer):
    return people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), volunteer)


def live_visits():
    return list(Visit.select().where(Visit.voided_at.is_null()))


def test_phone_tail_then_enter_checks_in_with_usual_services(qtbot, tab, rider):
    qtbot.keyClicks(tab.search.field, "5678")
    press_enter(qtbot, tab.search.field)
    visits = live_visits()
    assert len(visits) == 1 and visits[0].person_id == rider.id
    codes = {vs.service.code for vs in VisitService.select().where(VisitService.visit == visits[0])}
    assert codes == {"water", "rest"}  # the default set for a first visit
    assert tab.visits.rowCount() == 1
    assert tab.visits.index(0, 1).data() == "张阳"
    assert tab.visits.index(0, 2).data() == "138****5678"
    assert "1</b>" in tab.counter_labels["today"].text()
    assert tab.search.text() == ""  # ready for the next rider


def test_chinese_name_search_and_pinyin(qtbot, tab, rider):
    type_text(qtbot, tab.search.field, "张")
    tab.search.run_search()
    assert [p.name for p in tab.search.matches()] == ["张阳"]
    tab.search.clear()
    qtbot.keyClicks(tab.search.field, "zy")
    tab.search.run_search()
    assert [p.name for p in tab.search.matches()] == ["张阳"]


def test_scanned_card_checks_in_at_once(qtbot, tab, rider):
    # A USB scanner types the code and Enter faster than the search debounce.
    qtbot.keyClicks(tab.search.field, rider.card_code)
    press_enter(qtbot, tab.search.field)
    assert [v.person_id for v in live_visits()] == [rider.id]


def test_ticked_services_are_recorded(qtbot, tab, rider, monkeypatch):
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()
    tab.services.set_checked([])
    charging = next(b for b in tab.services.boxes.values() if b.objectName() == "service_charging")
    # on the indicator: a check box only toggles on its box and label, not on blank space
    qtbot.mouseClick(charging, Qt.MouseButton.LeftButton, pos=QPoint(6, charging.height() // 2))
    qtbot.mouseClick(tab.check_in_button, Qt.MouseButton.LeftButton)
    visit = live_visits()[0]
    assert [vs.service.code for vs in VisitService.select().where(VisitService.visit == visit)] == ["charging"]
    # next time the same rider's usual services come back ticked
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()
    assert [tab.services.boxes[i].objectName() for i in tab.services.checked_ids()] == ["service_charging"]


def test_double_enter_asks_and_no_means_not_counted(qtbot, tab, rider, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **kw: asked.append(text) or False)
    for _ in range(2):
        qtbot.keyClicks(tab.search.field, "5678")
        press_enter(qtbot, tab.search.field)
    assert len(live_visits()) == 1
    assert asked and "张阳" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **kw: True)
    qtbot.keyClicks(tab.search.field, "5678")
    press_enter(qtbot, tab.search.field)
    assert len(live_visits()) == 2


def test_no_match_registers_new_visitor_and_checks_in(qtbot, tab, monkeypatch):
    def fill_and_accept(dialog):
        type_text(qtbot, dialog.name, "李小龙")
        dialog.phone.setText("139 0000 1111")
        dialog.kind.setCurrentIndex(dialog.kind.findData("courier"))
        dialog.platform.setEditText("顺丰")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewVisitorDialog, "exec", fill_and_accept)
    qtbot.keyClicks(tab.search.field, "0000")
    press_enter(qtbot, tab.search.field)
    person = Person.get(Person.phone == "13900001111")
    assert (person.name, person.kind, person.platform, person.pinyin_initials) == ("李小龙", "courier", "顺丰", "lxl")
    assert [v.person_id for v in live_visits()] == [person.id]


def test_new_visitor_with_known_phone_offers_the_existing_person(qtbot, tab, rider, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **kw: True)

    def fill_and_accept(dialog):
        type_text(qtbot, dialog.name, "张扬")
        dialog.phone.setText("13812345678")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewVisitorDialog, "exec", fill_and_accept)
    tab.register_new("")
    assert Person.select().count() == 1
    assert [v.person_id for v in live_visits()] == [rider.id]


def test_bad_phone_in_new_visitor_is_refused_in_chinese_terms(qtbot, tab, monkeypatch):
    messages = []

    def fill_and_accept(dialog):
        type_text(qtbot, dialog.name, "王五")
        dialog.phone.setText("12345")
        dialog.accept()
        messages.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(NewVisitorDialog, "exec", fill_and_accept)
    tab.register_new("")
    assert Person.select().count() == 0 and Visit.select().count() == 0
    assert "12345" in messages[0]


def test_anonymous_walk_in(qtbot, tab, monkeypatch):
    def choose(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("courier"))
        return True

    monkeypatch.setattr(AnonymousDialog, "exec", choose)
    tab.check_in_anonymous()
    visit = live_visits()[0]
    assert visit.person is None and visit.anon_kind == "courier"
    assert tab.visits.rowCount() == 1


def test_void_selected_check_in_with_reason(qtbot, tab, rider, monkeypatch):
    checkin.check_in(rider.id, [1], tab.ctx.operator, at=dt.datetime.now() - dt.timedelta(minutes=1))
    tab.refresh()
    tab.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: "按错了")
    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    visit = Visit.get()
    assert visit.voided_at is not None and visit.void_reason == "按错了"
    assert checkin.counters()["today"].person_times == 0
    assert tab.visits.rowCount() == 1  # still in today's history, shown greyed


def test_void_cancelled_changes_nothing(qtbot, tab, rider, monkeypatch):
    checkin.check_in(rider.id, [1], tab.ctx.operator)
    tab.refresh()
    tab.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: None)
    tab.void_selected()
    assert Visit.get().voided_at is None


def test_arrow_keys_choose_among_several_matches(qtbot, tab, volunteer):
    people.create_person(PersonInput(name="甲", phone="13800005678"), volunteer)
    people.create_person(PersonInput(name="乙", phone="13900005678"), volunteer)
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()
    press_enter(qtbot, tab.search.field)  # two matches, none chosen: nothing happens
    assert Visit.select().count() == 0
    qtbot.keyClick(tab.search.field, Qt.Key.Key_Down)
    qtbot.keyClick(tab.search.field, Qt.Key.Key_Down)
    chosen = tab.search.current_person_id()
    press_enter(qtbot, tab.search.field)
    assert [v.person_id for v in live_visits()] == [chosen]


def test_scanning_an_archived_riders_card_checks_in_and_brings_them_back(qtbot, tab, rider, staff):
    from desk.services.people import lifecycle as roster_lifecycle

    roster_lifecycle.archive_person(rider.id, staff)
    qtbot.keyClicks(tab.search.field, rider.card_code)
    press_enter(qtbot, tab.search.field)
    assert [v.person_id for v in live_visits()] == [rider.id]
    assert Person.get_by_id(rider.id).archived_at is None
    assert "张阳" in tab.feedback.text() and tab.feedback.text().count("<br>") == 1


def test_new_visitor_phone_hint_is_not_cut_off(qtbot, volunteer):
    """Seen on the real desk: the new-visitor dialog opened so narrow that the phone field read
    "11 位手机号，可…": the volunteer could not see that the phone may be left empty."""
    dialog = NewVisitorDialog(volunteer, "赵新来")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.phone.placeholderText()
    assert dialog.phone.contentsRect().width() - 8 >= dialog.phone.fontMetrics().horizontalAdvance(hint)
