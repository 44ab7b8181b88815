"""The events service without a window: set-up, registration, capacity, attendance, walk-ins,
points once per person per event, reversed on removal and on cancellation, and every bad input."""

import datetime as dt

import pytest

from desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.models import AuditLog, Event, EventAttendance, EventRegistration, PointEntry
from desk.services import events
from desk.services.common import units
from desk.services.people import records as people
from desk.services.people.roster import RosterFilter
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock

NOW = dt.datetime.now().replace(microsecond=0)


def person(staff, name, phone=None, **kw):
    return people.create_person(people.PersonInput(name=name, phone=phone, **kw), staff)


@pytest.fixture
def riders(staff):
    return [person(staff, f"骑手{i}", f"1380000{i:04d}", platform="美团", grid_id=3 if i < 4 else None,
                   caring_team=i % 2 == 0) for i in range(6)]


def new_event(staff, **kw):
    values = dict(title="反诈宣传讲座", category="safety_legal", starts_at=NOW - dt.timedelta(minutes=30),
                  ends_at=NOW + dt.timedelta(hours=2), points=5)
    values.update(kw)
    return events.create_event(events.EventInput(**values), staff)


@pytest.fixture
def event(staff):
    return new_event(staff)


def snapshot():
    return (Event.select().count(), EventRegistration.select().count(), EventAttendance.select().count(),
            PointEntry.select().count(), AuditLog.select().count())


# --- setting up ---------------------------------------------------------------------------------


def test_create_event_with_partner_units_and_defaults(staff):
    unit = units.add_unit(units.UnitInput("阳光幼儿园", kind="school"), staff)
    event = events.create_event(events.EventInput(
        title=" 京剧脸谱  手工课 ", category="culture_sports", starts_at=NOW + dt.timedelta(days=3),
        ends_at=NOW + dt.timedelta(days=3, hours=2), organiser="筑业花园社区党委", unit_ids=[unit.id], capacity=20,
    ), staff)
    assert event.title == "京剧脸谱 手工课"
    assert event.place == events.DEFAULT_PLACE == "乐享驿站多功能会议室"
    assert event.points == events.point_rule().default_points == 5
    assert events.unit_names(event.id) == ["阳光幼儿园"]
    assert AuditLog.select().where(AuditLog.action == "event.create").count() == 1


@pytest.mark.parametrize("change, words", [
    (dict(ends_at=NOW - dt.timedelta(hours=1)), "before it starts"),
    (dict(ends_at=NOW - dt.timedelta(minutes=30)), "before it starts"),
    (dict(capacity=0), "not possible"),
    (dict(capacity=-3), "not possible"),
    (dict(title="  "), "title"),
    (dict(category="party"), "Unknown kind"),
    (dict(points=21), "outside"),
    (dict(points=-1), "outside"),
    (dict(unit_ids=[999]), "does not exist"),
])
def test_bad_event_input_is_refused_and_nothing_written(staff, change, words):
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        new_event(staff, **change)
    assert words in err.value.template
    assert snapshot() == before


def test_volunteers_cannot_set_up_or_cancel_events(volunteer, event):
    with pytest.raises(PermissionDenied):
        new_event(volunteer)
    with pytest.raises(PermissionDenied):
        events.cancel_event(event.id, "下雨", volunteer)


def test_copy_a_past_event_as_a_template(staff):
    unit = units.add_unit(units.UnitInput("社区卫生服务站", kind="public"), staff)
    past = new_event(staff, title="健康义诊", category="health_clinic", starts_at=dt.datetime(2024, 7, 18, 9),
                     ends_at=dt.datetime(2024, 7, 18, 11, 30), unit_ids=[unit.id], capacity=40, points=8)
    day = NOW.date() + dt.timedelta(days=10)
    data = events.template_from(past.id, day)
    assert data.starts_at == dt.datetime.combine(day, dt.time(9)) and data.ends_at.time() == dt.time(11, 30)
    assert (data.title, data.category, data.capacity, data.points, data.unit_ids) == (
        "健康义诊", "health_clinic", 40, 8, [unit.id])
    copy = events.create_event(data, staff, copied_from=past.id)
    assert copy.copied_from_id == past.id and Event.select().count() == 2


def test_update_event(staff, event):
    data = events.event_input(event.id)
    data.capacity = 30
    data.place = "社区党群服务中心"
    events.update_event(event.id, data, staff)
    assert Event.get_by_id(event.id).capacity == 30
    assert Event.get_by_id(event.id).place == "社区党群服务中心"


# --- registration -------------------------------------------------------------------------------


def test_register_one_and_again_is_kept_once(volunteer, event, riders):
    result = events.register(event.id, [riders[0].id], volunteer)
    assert result.registered == (riders[0].id,) and not result.needs_confirmation
    again = events.register(event.id, [riders[0].id], volunteer)
    assert again.registered == () and again.already == (riders[0].id,)
    assert events.registered_count(event.id) == 1


def test_bulk_registration_from_a_roster_filter(volunteer, event, riders, staff):
    person(staff, "王奶奶", kind="elderly")
    grid3 = events.roster_for(RosterFilter(grid_id=3))
    assert sorted(grid3) == sorted(r.id for r in riders[:4])
    events.register(event.id, grid3, volunteer)
    caring = events.roster_for(RosterFilter(caring_team=True))
    result = events.register(event.id, caring, volunteer)
    assert set(result.already) == {riders[0].id, riders[2].id}
    assert result.registered == (riders[4].id,)
    assert events.registered_count(event.id) == 5


def test_past_capacity_the_desk_is_asked_first(volunteer, staff, riders):
    event = new_event(staff, capacity=3)
    before = snapshot()
    asked = events.register(event.id, [r.id for r in riders[:5]], volunteer)
    assert asked.needs_confirmation and asked.over_by == 2 and asked.registered == ()
    assert snapshot() == before
    done = events.register(event.id, [r.id for r in riders[:5]], volunteer, over_capacity_ok=True)
    assert len(done.registered) == 5 and done.over_by == 2
    assert events.registered_count(event.id) == 5


def test_unregister_needs_a_reason_and_not_after_sign_in(volunteer, event, riders):
    events.register(event.id, [riders[0].id, riders[1].id], volunteer)
    with pytest.raises(ValidationError):
        events.unregister(event.id, riders[0].id, " ", volunteer)
    events.unregister(event.id, riders[0].id, "本人有事来不了", volunteer)
    assert events.registered_count(event.id) == 1
    events.mark_present(event.id, riders[1].id, volunteer)
    with pytest.raises(Conflict):
        events.unregister(event.id, riders[1].id, "搞错了", volunteer)


def test_registering_for_a_cancelled_event_is_refused(volunteer, staff, event, riders):
    events.cancel_event(event.id, "暴雨预警，改期", staff)
    with pytest.raises(Conflict):
        events.register(event.id, [riders[0].id], volunteer)


# --- attendance and points ----------------------------------------------------------------------


def test_registered_person_signs_in_and_earns_the_points_once(volunteer, event, riders):
    events.register(event.id, [riders[0].id], volunteer)
    result = events.mark_present(event.id, riders[0].id, volunteer)
    assert not result.walk_in and result.points == 5
    assert points.balance(riders[0].id) == 5
    line = points.statement(riders[0].id)[0]
    assert (line.source_type, line.source_id, line.delta) == ("event_attendance", result.attendance_id, 5)
    before = snapshot()
    with pytest.raises(Conflict) as err:
        events.mark_present(event.id, riders[0].id, volunteer)
    assert "already signed in" in err.value.template
    assert snapshot() == before
    assert points.balance(riders[0].id) == 5


def test_walk_in_is_registered_in_the_same_step(volunteer, event, riders):
    result = events.mark_present(event.id, riders[3].id, volunteer)
    assert result.walk_in
    row = events.event_row(event.id)
    assert (row.registered, row.attended, row.walk_ins) == (0, 1, 1)
    regs = events.registrations(event.id)
    assert len(regs) == 1 and regs[0].walk_in and regs[0].attended


def test_new_visitor_registered_inline(volunteer, event):
    result = events.mark_new_person(event.id, people.PersonInput(name="新骑手", phone="13912345678", platform="饿了么"),
                                    volunteer)
    assert result.walk_in and result.name == "新骑手"
    assert people.find_by_phone("13912345678").id == result.person_id
    assert points.balance(result.person_id) == 5


def test_new_visitor_with_a_bad_phone_writes_nothing(volunteer, event):
    before = snapshot()
    with pytest.raises(ValidationError):
        events.mark_new_person(event.id, people.PersonInput(name="新骑手", phone="12345"), volunteer)
    assert snapshot() == before


def test_event_without_points(volunteer, staff, riders):
    meeting = new_event(staff, title="骑手座谈会", category="meeting", points=0)
    assert events.mark_present(meeting.id, riders[0].id, volunteer).points == 0
    assert points.balance(riders[0].id) == 0


def test_tick_from_the_signed_sheet_skips_those_already_in(volunteer, event, riders):
    ids = [r.id for r in riders[:4]]
    events.register(event.id, ids, volunteer)
    events.mark_present(event.id, ids[1], volunteer)
    result = events.mark_many(event.id, [ids[0], ids[1], ids[2], riders[5].id], volunteer, method="sheet")
    assert result.count == 3 and result.already == (ids[1],) and result.points == 15
    assert [r.walk_in for r in result.signed_in] == [False, False, True]
    assert EventAttendance.select().where(EventAttendance.method == "sheet").count() == 3


def test_mark_all_registered_with_the_confirmed_count(volunteer, event, riders):
    ids = [r.id for r in riders[:5]]
    events.register(event.id, ids, volunteer)
    events.mark_present(event.id, ids[0], volunteer)
    assert len(events.not_yet_signed_in(event.id)) == 4
    before = snapshot()
    with pytest.raises(Conflict):
        events.mark_all_registered(event.id, volunteer, expected=5)
    assert snapshot() == before
    result = events.mark_all_registered(event.id, volunteer, expected=4)
    assert result.count == 4
    assert all(points.balance(i) == 5 for i in ids)
    with pytest.raises(ValidationError):
        events.mark_all_registered(event.id, volunteer)
    # Once per person per event: the second pass found nobody and awarded nothing.
    assert PointEntry.select().count() == 5


def test_attendance_for_a_cancelled_event_is_refused(volunteer, staff, event, riders):
    events.cancel_event(event.id, "场地临时停电", staff)
    before = snapshot()
    with pytest.raises(Conflict) as err:
        events.mark_present(event.id, riders[0].id, volunteer)
    assert "cancelled" in err.value.template
    with pytest.raises(Conflict):
        events.mark_many(event.id, [riders[0].id], volunteer)
    assert snapshot() == before


def test_sign_in_days_before_the_event_is_refused(volunteer, staff, riders):
    later = new_event(staff, starts_at=NOW + dt.timedelta(days=5), ends_at=NOW + dt.timedelta(days=5, hours=2))
    with pytest.raises(Conflict):
        events.mark_present(later.id, riders[0].id, volunteer)


def test_removing_an_attendance_reverses_its_points(volunteer, staff, event, riders):
    att = events.mark_present(event.id, riders[0].id, volunteer)
    other = events.mark_present(event.id, riders[1].id, staff)
    with pytest.raises(ValidationError):
        events.remove_attendance(att.attendance_id, "", staff)
    # A volunteer may take back their own sign-in of today, not a colleague's.
    with pytest.raises(PermissionDenied):
        events.remove_attendance(other.attendance_id, "扫错了人", volunteer)
    events.remove_attendance(att.attendance_id, "扫错了人", volunteer)
    assert points.balance(riders[0].id) == 0
    assert events.event_row(event.id).attended == 1
    # The wrongly scanned walk-in is off the list too.
    assert riders[0].id not in [r.person_id for r in events.registrations(event.id)]
    with pytest.raises(Conflict):
        events.remove_attendance(att.attendance_id, "again", staff)
    # Signing the right person in again earns the points again (a new deed).
    events.mark_present(event.id, riders[0].id, volunteer)
    assert points.balance(riders[0].id) == 5


def test_cancelling_the_event_reverses_every_attendance(volunteer, staff, event, riders):
    for r in riders[:3]:
        events.mark_present(event.id, r.id, volunteer)
    result = events.cancel_event(event.id, "活动延期", staff)
    assert (result.points_reversed, result.people) == (15, 3)
    assert all(points.balance(r.id) == 0 for r in riders[:3])
    assert Event.get_by_id(event.id).void_reason == "活动延期"
    with pytest.raises(Conflict):
        events.cancel_event(event.id, "again", staff)
    with pytest.raises(ValidationError):
        events.cancel_event(new_event(staff).id, "", staff)


def test_cancelling_is_refused_when_the_points_were_spent(volunteer, staff, admin, event, riders):
    from desk.models import GiftItem

    events.mark_present(event.id, riders[0].id, volunteer)
    towel = stock.add_item("毛巾", "条", staff)
    rewards.set_price(towel.id, 5, admin)
    stock.receive(towel.id, 3, staff)
    rewards.redeem(riders[0].id, towel.id, 1, volunteer)
    before = snapshot()
    with pytest.raises(Conflict):
        events.cancel_event(event.id, "活动取消", staff)
    assert snapshot() == before
    assert Event.get_by_id(event.id).voided_at is None
    assert GiftItem.get_by_id(towel.id).name == "毛巾"


def test_a_closed_or_unknown_record_cannot_sign_in(volunteer, staff, event, riders):
    from desk.services.people import merge

    merge.merge_people(riders[0].id, riders[1].id, staff)
    with pytest.raises(ValidationError) as err:
        events.mark_present(event.id, riders[1].id, volunteer)
    assert "closed" in err.value.template
    with pytest.raises(NotFound):
        events.mark_present(event.id, 99999, volunteer)
    with pytest.raises(NotFound):
        events.mark_present(99999, riders[0].id, volunteer)


# --- reading ------------------------------------------------------------------------------------


def test_lists_and_counts(volunteer, staff, riders):
    past = new_event(staff, title="禁毒宣传", starts_at=dt.datetime(2024, 6, 26, 14),
                     ends_at=dt.datetime(2024, 6, 26, 16))
    soon = new_event(staff, title="中秋走访老党员", category="festival_visit", starts_at=NOW + dt.timedelta(days=2),
                     ends_at=NOW + dt.timedelta(days=2, hours=3))
    events.mark_many(past.id, [riders[0].id, riders[1].id], volunteer)
    events.register(soon.id, [riders[2].id], volunteer)
    assert [r.title for r in events.list_events(events.UPCOMING)] == ["中秋走访老党员"]
    row = events.list_events(events.PAST)[0]
    assert (row.title, row.attended, row.walk_ins, row.registered) == ("禁毒宣传", 2, 2, 0)
    # Signed in after the event (from its sheet): dated at the event's start.
    assert {a.checked_at for a in events.attendances(past.id)} == {dt.datetime(2024, 6, 26, 14)}
    assert [e.title for e in events.events_of_person(riders[0].id)] == ["禁毒宣传"]


def test_figures_by_category(volunteer, staff, riders):
    day = dt.date(2024, 3, 5)
    talk = new_event(staff, title="反诈讲座", category="safety_legal", starts_at=dt.datetime(2024, 3, 5, 14),
                     ends_at=dt.datetime(2024, 3, 5, 16))
    games = new_event(staff, title="邻里运动会", category="culture_sports", starts_at=dt.datetime(2024, 3, 20, 9),
                      ends_at=dt.datetime(2024, 3, 20, 11))
    dropped = new_event(staff, title="改期的活动", starts_at=dt.datetime(2024, 3, 22, 9),
                        ends_at=dt.datetime(2024, 3, 22, 11))
    april = new_event(staff, title="四月活动", starts_at=dt.datetime(2024, 4, 2, 9),
                      ends_at=dt.datetime(2024, 4, 2, 11))
    events.register(talk.id, [riders[0].id], volunteer, at=dt.datetime(2024, 3, 1, 9))
    events.mark_many(talk.id, [riders[0].id, riders[1].id, riders[2].id], volunteer)
    gone = events.mark_many(games.id, [riders[0].id, riders[3].id], volunteer).signed_in[1]
    events.remove_attendance(gone.attendance_id, "记错人了", staff)
    events.mark_many(dropped.id, [riders[4].id], volunteer)
    events.cancel_event(dropped.id, "场地冲突", staff)
    events.mark_many(april.id, [riders[5].id], volunteer)

    march = events.figures(dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert (march.events_held, march.attendance, march.attendees, march.walk_ins, march.cancelled) == (2, 4, 3, 3, 1)
    cats = {c.category: c for c in march.by_category}
    assert set(cats) == {"safety_legal", "culture_sports"}
    assert (cats["safety_legal"].events, cats["safety_legal"].attendance, cats["safety_legal"].walk_ins) == (1, 3, 2)
    assert events.month_figures(day) == march
    year = events.year_figures(day)
    assert (year.events_held, year.attendance, year.attendees) == (3, 5, 4)


def test_a_persons_timeline_shows_the_events_they_attended(volunteer, staff, event, riders):
    from desk.services.people import timeline

    events.register(event.id, [riders[1].id], volunteer)
    events.mark_present(event.id, riders[0].id, volunteer)
    lines = [e for e in timeline.timeline(riders[0].id) if e.kind == timeline.EVENT_ATTENDED]
    assert len(lines) == 1 and "反诈宣传讲座" in lines[0].detail and not lines[0].voided
    # Registered but not (yet) there: no line of history, and no stray generic line either.
    assert all("event" not in e.kind for e in timeline.timeline(riders[1].id))
    events.cancel_event(event.id, "改期", staff)
    assert [e.voided for e in timeline.timeline(riders[0].id) if e.kind == timeline.EVENT_ATTENDED] == [True]
