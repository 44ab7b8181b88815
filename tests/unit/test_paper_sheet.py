"""A paper daily visitor sheet typed back in: rows resolved to one person each, bad rows named
and refused with nothing written, the good rows kept for the second try."""

import datetime as dt

import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog, ServiceType, Visit, VisitService
from desk.services.checkin import paper_sheet as paper
from desk.services.checkin import visits
from desk.services.people import records as people

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture
def roster(staff):
    make = lambda name, phone, **kw: people.create_person(  # noqa: E731
        people.PersonInput(name=name, phone=phone, **kw), staff)
    return {
        "zhang": make("张阳", "13812345678", platform="美团"),
        "wei1": make("张伟", "13900001111", platform="饿了么"),
        "wei2": make("张伟", "13700002222", platform="顺丰"),
        "li": make("李明", "13600005555"),
        "liming2": make("李明华", "13500006666"),
    }


def service(code):
    return ServiceType.get(ServiceType.code == code).id


def visits_count():
    return Visit.select().count(), VisitService.select().count(), AuditLog.select().count()


def test_a_sheet_is_entered_in_one_go(volunteer, roster):
    rows = [
        paper.PaperRow("5678", "9:30", (service("water"), service("charging"))),
        paper.PaperRow("张伟 1111", "1205", (service("wifi"),)),
        paper.PaperRow("李明", "14点", ()),  # exact name: 李明华 is someone else
        paper.PaperRow(),  # a blank line of the sheet
        paper.PaperRow("", "18:40", (service("rest"),), anon_kind="courier"),
        paper.PaperRow(roster["zhang"].card_code.lower(), "17:00", (service("books"),)),
    ]
    result = paper.enter_sheet(YESTERDAY, rows, volunteer)
    assert (result.count, result.named, result.anonymous) == (5, 4, 1)
    day = visits.visits_between(*visits.day_bounds(YESTERDAY))
    by_time = {v.visited_at.strftime("%H:%M"): v for v in day}
    assert by_time["09:30"].person_id == roster["zhang"].id
    assert set(by_time["09:30"].services) == {"饮水", "充电"}
    assert by_time["12:05"].person_id == roster["wei1"].id
    assert by_time["14:00"].person_id == roster["li"].id
    assert set(by_time["14:00"].services) == {s.name for s in visits.default_services()}
    assert by_time["18:40"].person_id is None and by_time["18:40"].kind == "courier"
    assert all(v.visited_at.date() == YESTERDAY for v in day)
    assert Visit.get_by_id(result.visit_ids[0]).note == paper.PAPER_NOTE
    assert AuditLog.select().where(AuditLog.action == "visit.paper_sheet").count() == 1


def test_unmatched_and_ambiguous_rows_are_refused_and_nothing_is_written(volunteer, roster):
    rows = [
        paper.PaperRow("5678", "9:30"),
        paper.PaperRow("张伟", "10:00"),  # two people are called 张伟
        paper.PaperRow("王五", "11:00"),  # nobody
        paper.PaperRow("0000", "11:30"),  # no phone ends so
        paper.PaperRow("5555", "25:99"),
        paper.PaperRow("", "12:00", (service("water"),)),  # ticks without a name
    ]
    before = visits_count()
    with pytest.raises(paper.SheetRowsRefused) as err:
        paper.enter_sheet(YESTERDAY, rows, volunteer)
    assert visits_count() == before
    problems = {c.index: c for c in err.value.problems}
    assert set(problems) == {1, 2, 3, 4, 5}
    assert problems[1].problem == paper.MANY and problems[1].detail[1] == 2
    assert "饿了么" in " ".join(problems[1].detail[2:]) and "139****1111" in " ".join(problems[1].detail[2:])
    assert problems[2].problem == paper.NO_MATCH and problems[2].detail == ("王五",)
    assert problems[3].problem == paper.NO_MATCH
    assert problems[4].problem == paper.BAD_TIME
    assert problems[5].problem == paper.NO_WHO
    # The good row is resolved and kept: fixing the others and entering again works.
    assert err.value.checks[0].ok and err.value.checks[0].person_id == roster["zhang"].id
    fixed = [rows[0], paper.PaperRow("张伟 2222", "10:00"), paper.PaperRow("李明", "11:00")]
    assert paper.enter_sheet(YESTERDAY, fixed, volunteer).count == 3


def test_the_same_sheet_twice_and_a_row_typed_twice_are_caught(volunteer, roster):
    rows = [paper.PaperRow("5678", "9:30"), paper.PaperRow("5555", "10:00")]
    paper.enter_sheet(YESTERDAY, rows, volunteer)
    checks = paper.check_sheet(YESTERDAY, rows)
    assert [c.problem for c in checks] == [paper.ALREADY, paper.ALREADY]
    twice = paper.check_sheet(YESTERDAY, [paper.PaperRow("2222", "15:00"), paper.PaperRow("张伟 2222", "15:05")])
    assert twice[1].problem == paper.DUPLICATE and twice[1].detail == (1,)


def test_dates_and_times_that_cannot_be(volunteer, roster):
    with pytest.raises(ValidationError):
        paper.enter_sheet(dt.date.today() + dt.timedelta(days=1), [paper.PaperRow("5678")], volunteer)
    with pytest.raises(ValidationError):
        paper.enter_sheet(dt.date.today() - dt.timedelta(days=400), [paper.PaperRow("5678")], volunteer)
    with pytest.raises(ValidationError):
        paper.enter_sheet(YESTERDAY, [paper.PaperRow(), paper.PaperRow()], volunteer)
    checks = paper.check_sheet(dt.date.today(), [paper.PaperRow("5678", "23:59")])
    if dt.datetime.now().time() < dt.time(23, 50):
        assert checks[0].problem == paper.FUTURE_TIME


def test_nobody_on_duty_cannot_enter_a_sheet(roster):
    with pytest.raises(PermissionDenied):
        paper.enter_sheet(YESTERDAY, [paper.PaperRow("5678")], None)


@pytest.mark.parametrize("text, expected", [
    ("14:05", dt.time(14, 5)), ("14：05", dt.time(14, 5)), ("1405", dt.time(14, 5)), ("9", dt.time(9)),
    ("14点30", dt.time(14, 30)), ("14点", dt.time(14)), ("９:１５", dt.time(9, 15)), ("24:00", None),
    ("abc", None), ("", None),
])
def test_times_as_people_write_them(text, expected):
    assert paper.parse_time(text) == expected
