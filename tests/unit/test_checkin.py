import datetime as dt

import pytest

from desk.errors import Conflict, RepeatVisit, ValidationError
from desk.models import AuditLog, ServiceType, Visit, VisitService
from desk.services.common import catalogs
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.services.people.records import PersonInput


@pytest.fixture
def rider(volunteer):
    return people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), volunteer)


def service_ids(*codes):
    return [ServiceType.get(ServiceType.code == c).id for c in codes]


def test_catalog_seeded_with_the_station_services():
    codes = [s.code for s in catalogs.services()]
    assert codes == ["water", "charging", "wifi", "rest", "books", "medical", "meeting"]
    catalogs.ensure_defaults()  # idempotent
    assert ServiceType.select().count() == 7


def test_check_in_records_services_operator_and_audit(rider, volunteer):
    done = checkin.check_in(rider.id, service_ids("water", "charging"), volunteer)
    assert Visit.get_by_id(done.visit_id).created_by_id == volunteer.id
    assert {vs.service.code for vs in VisitService.select().where(VisitService.visit == done.visit_id)} == {
        "water", "charging"}
    assert AuditLog.select().where(AuditLog.action == "visit.check_in", AuditLog.entity_id == done.visit_id).exists()
    # What the desk says comes with the result: no second look at the person or the catalog.
    assert (done.person_id, done.person_name, done.services) == (rider.id, "张阳", ("饮水", "充电"))
    assert not done.unarchived and not done.repeat


def test_usual_services_are_those_of_the_last_visit_else_defaults(rider, volunteer):
    assert [s.code for s in checkin.usual_services(rider.id)] == ["water", "rest"]
    checkin.check_in(rider.id, service_ids("charging", "wifi"), volunteer, at=dt.datetime.now() - dt.timedelta(hours=2))
    assert [s.code for s in checkin.usual_services(rider.id)] == ["charging", "wifi"]


def test_repeat_within_ten_minutes_asks_first(rider, volunteer):
    first = checkin.check_in(rider.id, service_ids("water"), volunteer)
    with pytest.raises(RepeatVisit) as info:
        checkin.check_in(rider.id, service_ids("water"), volunteer)
    assert info.value.previous.id == first.visit_id
    assert first.visited_at.strftime("%H:%M") in str(info.value)
    assert Visit.select().count() == 1
    assert checkin.check_in(rider.id, service_ids("water"), volunteer, allow_repeat=True).repeat
    assert Visit.select().count() == 2


def test_repeat_after_ten_minutes_is_a_new_visit(rider, volunteer):
    checkin.check_in(rider.id, service_ids("water"), volunteer, at=dt.datetime.now() - dt.timedelta(minutes=11))
    checkin.check_in(rider.id, service_ids("water"), volunteer)
    assert Visit.select().count() == 2


def test_anonymous_walk_in_counts_as_a_person_time(volunteer):
    done = checkin.check_in(None, service_ids("water"), volunteer, anon_kind="courier")
    assert done.person_id is None and done.person_name == "" and done.anon_kind == "courier"
    counts = checkin.counters()
    assert counts["today"].person_times == 1 and counts["today"].people == 0


@pytest.mark.parametrize(
    "ids, kind",
    [([], ""), ([9999], ""), (None, "martian")],
)
def test_bad_check_in_changes_nothing(volunteer, ids, kind):
    ids = service_ids("water") if ids is None else ids
    with pytest.raises(ValidationError):
        checkin.check_in(None, ids, volunteer, anon_kind=kind)
    assert Visit.select().count() == 0 and VisitService.select().count() == 0


def test_retired_service_refused(rider, volunteer, admin):
    water = ServiceType.get(ServiceType.code == "water")
    catalogs.retire_service(water.id, admin)
    with pytest.raises(ValidationError):
        checkin.check_in(rider.id, [water.id], volunteer)


def test_void_takes_visit_out_of_counts_but_keeps_it(rider, volunteer):
    visit = checkin.check_in(rider.id, service_ids("water"), volunteer)
    assert checkin.counters()["today"].person_times == 1
    checkin.void_visit(visit.visit_id, "重复签到", volunteer)
    assert checkin.counters()["today"] == checkin.Tally(0, 0)
    rows = checkin.visits_between(*checkin.day_bounds(dt.date.today()))
    assert len(rows) == 1 and rows[0].voided and rows[0].void_reason == "重复签到"
    assert checkin.usual_services(rider.id) == checkin.default_services()


def test_void_needs_a_reason_and_happens_once(rider, volunteer):
    visit = checkin.check_in(rider.id, service_ids("water"), volunteer)
    with pytest.raises(ValidationError):
        checkin.void_visit(visit.visit_id, "  ", volunteer)
    with pytest.raises(ValidationError):
        checkin.void_visit(visit.visit_id, "x" * 201, volunteer)
    checkin.void_visit(visit.visit_id, "mistake", volunteer)
    audits = AuditLog.select().count()
    with pytest.raises(Conflict):
        checkin.void_visit(visit.visit_id, "again", volunteer)
    assert AuditLog.select().count() == audits


def test_counters_for_day_month_year(rider, volunteer):
    other = people.create_person(PersonInput(name="李雷", phone="13900001111"), volunteer)
    today = dt.date(2026, 3, 15)
    at = dt.datetime(2026, 3, 15, 12)
    checkin.check_in(rider.id, service_ids("water"), volunteer, at=at)
    checkin.check_in(rider.id, service_ids("water"), volunteer, at=at + dt.timedelta(hours=1))
    checkin.check_in(other.id, service_ids("water"), volunteer, at=dt.datetime(2026, 3, 2, 9))
    checkin.check_in(other.id, service_ids("water"), volunteer, at=dt.datetime(2026, 1, 5, 9))
    checkin.check_in(None, service_ids("water"), volunteer, at=dt.datetime(2025, 12, 31, 23), anon_kind="rider")
    counts = checkin.counters(today)
    assert counts["today"] == checkin.Tally(2, 1)
    assert counts["month"] == checkin.Tally(3, 2)
    assert counts["year"] == checkin.Tally(4, 2)


def test_month_bounds_in_december():
    assert checkin.month_bounds(dt.date(2026, 12, 9)) == (dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))


def test_admin_extends_the_catalog_volunteer_cannot(admin, volunteer):
    from desk.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        catalogs.add_service("微波炉加热", volunteer)
    service = catalogs.add_service("微波炉加热", admin)
    assert service in catalogs.services()


def test_an_archived_rider_who_checks_in_is_back_on_the_roster(rider, volunteer, staff):
    from desk.models import AuditLog, Person
    from desk.services.people import lifecycle as roster_lifecycle

    roster_lifecycle.archive_person(rider.id, staff, "换了城市")
    assert people.search("5678") == []
    checkin.check_in(rider.id, service_ids("water"), volunteer)
    assert Person.get_by_id(rider.id).archived_at is None
    assert [p.id for p in people.search("5678")] == [rider.id]
    assert AuditLog.select().where(AuditLog.action == "person.unarchive", AuditLog.entity_id == rider.id).exists()


def test_checking_in_an_archived_rider_brings_them_back_and_says_so(rider, volunteer, staff):
    """Archiving takes staff, but a volunteer's check-in brings a returning rider back (audited)."""
    from desk.services.people import lifecycle

    lifecycle.archive_person(rider.id, staff)
    done = checkin.check_in(rider.id, service_ids("water"), volunteer)
    assert done.unarchived and people.get_person(rider.id).archived_at is None
    assert AuditLog.get(AuditLog.action == "person.unarchive").operator_id == volunteer.id
    assert not checkin.check_in(rider.id, service_ids("water"), volunteer, allow_repeat=True).unarchived


def test_a_volunteer_voids_todays_check_ins_and_staff_older_ones(rider, volunteer, staff):
    from desk.errors import PermissionDenied

    today = checkin.check_in(rider.id, service_ids("water"), volunteer)
    older = checkin.check_in(rider.id, service_ids("water"), volunteer, at=dt.datetime.now() - dt.timedelta(days=3))
    checkin.void_visit(today.visit_id, "扫错了", volunteer)
    with pytest.raises(PermissionDenied):
        checkin.void_visit(older.visit_id, "扫错了", volunteer)
    assert Visit.get_by_id(older.visit_id).voided_at is None
    checkin.void_visit(older.visit_id, "扫错了", staff)
