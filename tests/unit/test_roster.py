import datetime as dt

import pytest

from desk.models import Grid
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.people import roster
from desk.services.people.records import PersonInput, create_person
from desk.services.people.roster import ARCHIVED_ALL, ARCHIVED_ONLY, NO_GRID, RosterFilter



@pytest.fixture
def people_three(volunteer, staff):
    grid = Grid.get(Grid.number == 2)
    a = create_person(PersonInput("张阳", "13812345678", platform="美团", grid_id=grid.id, caring_team=True), staff)
    b = create_person(PersonInput("李四", "13900001111", kind="courier", platform="顺丰"), volunteer)
    c = create_person(PersonInput("王奶奶", None, kind="elderly", party_member=True), volunteer)
    return a, b, c


def _ids(rows):
    return {r.id for r in rows}


def test_aggregates_first_last_year_and_points(volunteer, staff, people_three):
    a, b, _c = people_three
    services = [s.id for s in checkin.default_services()]
    today = dt.date(2026, 6, 15)
    checkin.check_in(a.id, services, volunteer, at=dt.datetime(2025, 12, 30, 12))
    checkin.check_in(a.id, services, volunteer, at=dt.datetime(2026, 3, 1, 12))
    last = checkin.check_in(a.id, services, volunteer, at=dt.datetime(2026, 6, 1, 18))
    mistaken = checkin.check_in(a.id, services, volunteer, at=dt.datetime(2026, 6, 2, 18))
    checkin.void_visit(mistaken.visit_id, "扫错了", staff)  # an older check-in: staff
    points.award(a.id, "activity", staff)
    points.award(a.id, "activity", staff, points=7)
    rows = {r.id: r for r in roster.roster_rows(today=today)}
    ra = rows[a.id]
    assert ra.first_visit == dt.datetime(2025, 12, 30, 12)
    assert ra.last_visit == last.visited_at
    assert ra.visits_this_year == 2  # the voided one and last year's do not count
    assert ra.points == 12 == points.balance(a.id)
    assert ra.grid_name == "第二网格" and ra.caring_team
    assert rows[b.id].first_visit is None and rows[b.id].visits_this_year == 0 and rows[b.id].points == 0


def test_filters(people_three, volunteer):
    a, b, c = people_three
    grid = Grid.get(Grid.number == 2)
    assert _ids(roster.roster_rows(RosterFilter(kind="courier"))) == {b.id}
    assert _ids(roster.roster_rows(RosterFilter(platform="美团"))) == {a.id}
    assert _ids(roster.roster_rows(RosterFilter(grid_id=grid.id))) == {a.id}
    assert _ids(roster.roster_rows(RosterFilter(grid_id=NO_GRID))) == {b.id, c.id}
    assert _ids(roster.roster_rows(RosterFilter(caring_team=True))) == {a.id}
    assert _ids(roster.roster_rows(RosterFilter(party_member=True))) == {c.id}
    # The same filter applied in memory (what the table's proxy does) agrees with SQL.
    every = roster.roster_rows(RosterFilter(archived=ARCHIVED_ALL))
    for flt in (RosterFilter(kind="courier"), RosterFilter(grid_id=NO_GRID), RosterFilter(text="zy")):
        assert {r.id for r in every if flt.accepts(r)} == _ids(roster.roster_rows(flt))


@pytest.mark.parametrize("text, who", [("5678", 0), ("zy", 0), ("zhang", 0), ("李", 1), ("13900001111", 1),
                                       ("139-0000-1111", 1), ("奶奶", 2), ("xyz", None)])
def test_text_search_like_people_search(people_three, text, who):
    rows = roster.roster_rows(RosterFilter(text=text))
    assert _ids(rows) == (set() if who is None else {people_three[who].id})


def test_card_code_finds_person_any_case(people_three):
    a = people_three[0]
    assert _ids(roster.roster_rows(RosterFilter(text=a.card_code.lower()))) == {a.id}


def test_archived_and_merged_people(people_three, staff):
    from desk.services.people.lifecycle import archive_person

    a, b, c = people_three
    archive_person(b.id, staff, "换城市了")
    assert b.id not in _ids(roster.roster_rows())
    assert _ids(roster.roster_rows(RosterFilter(archived=ARCHIVED_ONLY))) == {b.id}
    from desk.services.people import merge

    merge.merge_people(a.id, c.id, staff)
    assert c.id not in _ids(roster.roster_rows(RosterFilter(archived=ARCHIVED_ALL)))


def test_roster_query_count_does_not_grow_with_people(volunteer, monkeypatch):
    """No query per person: the whole roster comes back in one statement."""
    from desk.models import db

    for i in range(30):
        create_person(PersonInput(f"骑手{i}", f"1380000{i:04d}"), volunteer)
    executed = []
    original = db.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        executed.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", counting)
    rows = roster.roster_rows()
    assert len(rows) == 30
    assert len(executed) == 1


def test_roster_row_and_platforms(people_three):
    a = people_three[0]
    assert roster.roster_row(a.id).name == "张阳"
    assert roster.roster_row(99999) is None
    assert roster.platforms() == sorted(["美团", "顺丰"])


def test_in_memory_search_agrees_with_people_search(volunteer):
    """The roster's typed filter and the person picker find the same people, whatever is typed."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    names = ["张阳", "章洋", "李四", "王小明", "欧阳娜", "Tom Li", "张三丰"]
    made = [create_person(PersonInput(n, f"1380000{i:04d}" if i % 3 else None), volunteer) for i, n in enumerate(names)]
    rows = roster.roster_rows()
    queries = st.one_of(
        st.sampled_from([p.card_code for p in made] + [p.card_code.lower() for p in made]),
        st.text(alphabet="0123456789", min_size=1, max_size=5),
        st.text(alphabet="zyhlswxmoa", min_size=1, max_size=4),
        st.text(alphabet="张阳章洋李四王小明欧阳娜三丰", min_size=1, max_size=2),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(queries)
    def check(text):
        flt = RosterFilter(text=text)
        assert {r.id for r in rows if flt.accepts(r)} == {p.id for p in people.search(text, limit=100)}

    check()


def test_workers_filter(people_three):
    a, b, c = people_three
    flt = RosterFilter(kind=roster.WORKERS)
    assert _ids(roster.roster_rows(flt)) == {a.id, b.id}
    assert {r.id for r in roster.roster_rows() if flt.accepts(r)} == {a.id, b.id}
