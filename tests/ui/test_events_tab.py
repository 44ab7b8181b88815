"""The events tab: create an event, register a grid from the roster, mark all attended, and the
points are on the riders' statements; walk-ins by scan, new visitors, the signed sheet, the
paper daily sheet typed back in."""

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from desk.models import Event, EventAttendance, Visit
from desk.services import events
from desk.services.people import grids
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.ui.events.event_dialog import EventDialog
from desk.ui.events.new_person_dialog import NewAttendeeDialog
from desk.ui.events.paper_entry import PaperSheetDialog
from desk.ui.events.roster_dialog import RosterRegisterDialog
from desk.ui.events.tick_dialog import SignedSheetDialog
from desk.ui.events_tab import EventsTab
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter, type_text

NOW = dt.datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def grid3():
    return next(g.id for g in grids.list_grids() if g.number == 3)


@pytest.fixture
def riders(staff, grid3):
    made = []
    for i in range(6):
        made.append(people.create_person(people.PersonInput(
            name=f"骑手{i}", phone=f"1390000{i:04d}", platform="美团", grid_id=grid3 if i < 4 else None), staff))
    return made


@pytest.fixture
def answers(monkeypatch):
    """Every yes/no question answered yes, every message recorded."""
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, default_yes=False: asked.append(text) or True)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: asked.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: asked.append(text))
    return asked


def make_tab(qtbot, ctx):
    tab = EventsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def live_event(staff, **kw):
    values = {"title": "反诈宣传讲座", "category": "safety_legal", "starts_at": NOW - dt.timedelta(minutes=20),
              "ends_at": NOW + dt.timedelta(hours=1), "points": 5}
    values.update(kw)
    return events.create_event(events.EventInput(**values), staff)


def test_create_register_grid_mark_all_and_points_on_statements(qtbot, staff_ctx, riders, grid3, monkeypatch,
                                                                 answers):
    tab = make_tab(qtbot, staff_ctx)

    def fill_event(dialog):
        type_text(qtbot, dialog.title, "骑手交通安全课")
        dialog.category.setCurrentIndex(dialog.category.findData("safety_legal"))
        start = NOW - dt.timedelta(minutes=10)
        dialog.starts.setDateTime(QDateTime(start))
        dialog.capacity.setValue(3)
        dialog.points.setValue(6)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill_event)
    qtbot.mouseClick(tab.list_page.new_button, Qt.MouseButton.LeftButton)
    event = Event.get(Event.title == "骑手交通安全课")
    assert (event.capacity, event.points, event.ends_at - event.starts_at) == (3, 6, dt.timedelta(hours=2))
    assert tab.stack.currentWidget() is tab.event_page and tab.event_page.event_id == event.id

    def register_grid(dialog):
        dialog.grid.setCurrentIndex(dialog.grid.findData(grid3))
        assert "4" in dialog.count.text()
        dialog.register()
        return dialog.result()

    monkeypatch.setattr(RosterRegisterDialog, "exec", register_grid)
    qtbot.mouseClick(tab.event_page.group_button, Qt.MouseButton.LeftButton)
    assert answers and "3" in answers[-1]  # past the capacity of 3, the desk asked first
    assert sorted(r.person_id for r in events.registrations(event.id)) == [r.id for r in riders[:4]]

    answers.clear()
    qtbot.mouseClick(tab.event_page.all_button, Qt.MouseButton.LeftButton)
    assert "4" in answers[0]  # the count was confirmed
    for rider in riders[:4]:
        line = points.statement(rider.id)[0]
        assert (line.delta, line.source_type, line.rule) == (6, "event_attendance", "参加社区活动（签到）")
        assert points.balance(rider.id) == 6
    assert all(points.balance(r.id) == 0 for r in riders[4:])
    assert not tab.event_page.all_button.isEnabled()
    assert "(4)" in tab.event_page.pages.tabText(0) or "（4）" in tab.event_page.pages.tabText(0)


def test_scan_signs_in_a_walk_in_and_enter_on_nobody_registers_a_new_visitor(qtbot, ctx, staff, riders, monkeypatch,
                                                                              answers):
    event = live_event(staff)
    tab = make_tab(qtbot, ctx)
    tab.open_event(event.id)
    field = tab.event_page.search.field
    qtbot.keyClicks(field, riders[5].card_code)
    press_enter(qtbot, field)
    att = EventAttendance.get(EventAttendance.person == riders[5].id)
    assert att.walk_in and points.balance(riders[5].id) == 5
    assert riders[5].name in tab.event_page.feedback.text()

    qtbot.keyClicks(field, riders[5].phone[-4:])
    press_enter(qtbot, field)
    assert EventAttendance.select().count() == 1 and answers  # a second sign-in is refused, said in Chinese

    def new_visitor(dialog):
        type_text(qtbot, dialog.name, "新来的骑手")
        qtbot.keyClicks(dialog.phone, "13912341234")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewAttendeeDialog, "exec", new_visitor)
    field.clear()
    qtbot.keyClicks(field, "9999")
    qtbot.waitUntil(lambda: tab.event_page.search.model.rowCount() == 0)
    press_enter(qtbot, field)
    newcomer = people.find_by_phone("13912341234")
    assert newcomer is not None and points.balance(newcomer.id) == 5
    assert events.event_row(event.id).walk_ins == 2


def test_tick_the_signed_sheet_in_its_order(qtbot, ctx, staff, riders, monkeypatch, answers):
    event = live_event(staff)
    events.register(event.id, [r.id for r in riders[:4]], staff)
    tab = make_tab(qtbot, ctx)
    tab.open_event(event.id)

    def tick(dialog):
        assert [r.number for r in dialog.model.rows()] == [1, 2, 3, 4]
        qtbot.keyClicks(dialog.find, "2")  # the row number written on the paper
        press_enter(qtbot, dialog.find)
        dialog.find.clear()
        qtbot.keyClicks(dialog.find, riders[3].phone[-4:])
        press_enter(qtbot, dialog.find)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SignedSheetDialog, "exec", tick)
    qtbot.mouseClick(tab.event_page.tick_button, Qt.MouseButton.LeftButton)
    signed = {a.person_id for a in EventAttendance.select()}
    second = next(r for r in dialogs_sheet_order(event.id) if r[0] == 2)[1]
    assert signed == {second, riders[3].id}
    assert all(a.method == "sheet" for a in EventAttendance.select())


def dialogs_sheet_order(event_id):
    from desk.reports.event_sheets import sheet_people

    return [(n, p.person_id) for n, p in enumerate(sheet_people(event_id), start=1)]


def test_cancel_from_the_page_takes_the_points_back(qtbot, staff_ctx, staff, riders, monkeypatch, answers):
    event = live_event(staff)
    events.mark_present(event.id, riders[0].id, staff)
    tab = make_tab(qtbot, staff_ctx)
    tab.open_event(event.id)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: "暴雨预警")
    qtbot.mouseClick(tab.event_page.cancel_button, Qt.MouseButton.LeftButton)
    assert Event.get_by_id(event.id).void_reason == "暴雨预警"
    assert points.balance(riders[0].id) == 0
    assert not tab.event_page.search.isEnabled()


def test_volunteer_cannot_create_or_cancel(qtbot, ctx, staff):
    event = live_event(staff)
    tab = make_tab(qtbot, ctx)
    assert tab.list_page.new_button.isHidden() and tab.list_page.copy_button.isHidden()
    tab.open_event(event.id)
    assert tab.event_page.cancel_button.isHidden() and tab.event_page.edit_button.isHidden()
    assert not tab.event_page.tick_button.isHidden()  # signing in from the paper sheet is a volunteer's


def test_a_volunteer_removes_their_own_sign_in_but_is_told_before_the_reason_for_someone_elses(
        qtbot, ctx, staff, riders, monkeypatch):
    event = live_event(staff)
    by_staff = events.mark_present(event.id, riders[0].id, staff)
    mine = events.mark_present(event.id, riders[1].id, ctx.operator)
    asked = []
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: asked.append(title) or "扫错人了")
    tab = make_tab(qtbot, ctx)
    tab.open_event(event.id)
    page = tab.event_page

    def choose(attendance_id: int) -> None:
        row = next(i for i, r in enumerate(page.attend_model.rows()) if r.id == attendance_id)
        page.attend_view.setCurrentIndex(page.attend_model.index(row, 0))

    choose(by_staff.attendance_id)
    page.remove_selected()
    assert asked == [] and "Only staff" in page.feedback.text()
    assert EventAttendance.get_by_id(by_staff.attendance_id).voided_at is None
    choose(mine.attendance_id)
    page.remove_selected()
    assert len(asked) == 1 and EventAttendance.get_by_id(mine.attendance_id).voided_at is not None
    assert points.balance(riders[1].id) == 0


def test_paper_daily_sheet_typed_back_in(qtbot, ctx, riders, staff, monkeypatch, answers):
    people.create_person(people.PersonInput(name="骑手1", phone="13700001111"), staff)  # a second 骑手1
    dialog = PaperSheetDialog(ctx.operator)
    qtbot.addWidget(dialog)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    dialog.day.setDate(yesterday)
    water = dialog.model.services[0].id
    dialog.model.set_row(0, riders[0].phone[-4:], "9:30", [water])
    dialog.model.set_row(1, "骑手1", "10:00")  # two people are called 骑手1
    dialog.model.set_row(2, "王五", "11:00")  # nobody
    dialog.model.set_row(3, riders[2].phone[-4:], "14:30")
    assert "✔" in dialog.model.status_text(dialog.model.rows[0].check)
    assert "2" in dialog.model.status_text(dialog.model.rows[1].check)

    qtbot.mouseClick(dialog.enter_button, Qt.MouseButton.LeftButton)
    assert Visit.select().count() == 0  # refused: nothing written
    assert "2" in dialog.message.text() and dialog.problems.text().count("\n") == 1
    assert dialog.model.rows[0].who == riders[0].phone[-4:]  # the typed rows are kept

    dialog.model.set_row(1, f"骑手1 {riders[1].phone[-4:]}", "10:00")
    dialog.model.set_row(2)
    qtbot.mouseClick(dialog.enter_button, Qt.MouseButton.LeftButton)
    day = [v for v in Visit.select() if v.visited_at.date() == yesterday]
    assert sorted((v.person_id, v.visited_at.strftime("%H:%M")) for v in day) == sorted(
        [(riders[0].id, "09:30"), (riders[1].id, "10:00"), (riders[2].id, "14:30")])
    assert dialog.result() == dialog.DialogCode.Accepted


def test_screenshot_states_show_an_event_and_its_sheet(qtbot, ctx, staff, riders):
    past = events.create_event(events.EventInput(
        title="禁毒宣传", category="safety_legal", starts_at=NOW - dt.timedelta(days=3),
        ends_at=NOW - dt.timedelta(days=3) + dt.timedelta(hours=2)), staff)
    events.mark_many(past.id, [r.id for r in riders[:3]], staff)
    tab = make_tab(qtbot, ctx)
    states = dict(tab.screenshot_states())
    states["event"]()
    assert tab.event_page.event_id == past.id
    states["sheet"]()
    assert "禁毒宣传" in tab.event_page.sheet.preview.html()
