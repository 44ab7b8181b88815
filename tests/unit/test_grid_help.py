"""Help records (一老一小), the Caring Rider Team, the grid figures and the v7 schema step."""

import datetime as dt
import sqlite3

import peewee as pw
import pytest

from desk import db, migrations, models
from desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.models import AuditLog, HelpRecord, HelpRecordHelper, Meta, Person, PointEntry
from desk.services.grid.figures import figures
from desk.services.grid import help as helps
from desk.services.grid import reports, team
from desk.services.people import timeline
from desk.services.points import ledger
from tests.grid_support import grid, report, rider as make_rider


@pytest.fixture
def riders(volunteer, staff):
    return (make_rider(staff, "张阳", "13800001111", caring_team=True),  # staff choose the team's members
            make_rider(volunteer, "李娜", "13800002222", grid_number=5))


def child_help(helper_ids, **extra):
    values = dict(helper_ids=helper_ids, helped_kind="child", outcome="taken_home", place="阳光小区游乐场",
                  helped_name="小明", helped_age=6, helped_contact="母亲 13900003333",
                  what_happened="孩子在游乐场哭，找不到家", grid_id=grid(3).id)
    values.update(extra)
    return helps.HelpInput(**values)


def test_a_confirmed_help_pays_each_helper_once_linked_to_their_own_row(riders, volunteer, staff):
    a, b = riders
    made = helps.record_help(child_help([a.id, b.id]), volunteer)
    assert not made.confirmed and ledger.balance(a.id) == 0
    done = helps.confirm_help(made.record_id, staff)
    assert done.points_each == 20 and ledger.balance(a.id) == 20 and ledger.balance(b.id) == 20
    rows = {h.person_id: h.id for h in HelpRecordHelper.select()}
    entries = {(e.person_id, e.source_type, e.source_id, e.rule.code) for e in PointEntry.select()}
    assert entries == {(a.id, "help_record", rows[a.id], "help_child"), (b.id, "help_record", rows[b.id], "help_child")}
    with pytest.raises(Conflict):
        helps.confirm_help(made.record_id, staff)
    assert PointEntry.select().count() == 2
    voided = helps.void_help(made.record_id, "记录有误", staff)
    assert voided.points_reversed == 40 and ledger.balance(a.id) == 0 == ledger.balance(b.id)


def test_staff_may_record_and_confirm_at_once_with_another_amount(riders, staff):
    a, _b = riders
    made = helps.record_help(child_help([a.id], helped_kind="elderly", outcome="handed_to_family"), staff,
                             confirm=True, points=30)
    assert made.confirmed and made.points_each == 30
    assert PointEntry.get().rule.code == "help_elderly"


def test_volunteers_see_that_a_help_happened_and_how_it_ended_but_not_who(riders, volunteer, staff):
    a, _b = riders
    made = helps.record_help(child_help([a.id]), volunteer)
    [seen] = helps.help_records(volunteer)
    assert seen.id == made.record_id and seen.outcome == "taken_home" and seen.helped_kind == "child"
    assert seen.helpers == ("张阳",) and not seen.sensitive_shown
    assert (seen.helped_name, seen.helped_age, seen.helped_contact, seen.place, seen.what_happened) == (None,) * 5
    assert "小明" not in repr(seen) and "13900003333" not in repr(seen)
    [full] = helps.help_records(staff)
    assert full.sensitive_shown and full.helped_name == "小明" and full.helped_age == 6
    assert full.helped_contact == "母亲 13900003333" and full.place == "阳光小区游乐场"
    assert helps.help_row(made.record_id, volunteer).helped_name is None
    # The rider's own page says they helped, never whom.
    line = next(e for e in timeline.timeline(a.id) if e.kind == "help_record")
    assert line.detail == f"#{made.record_id}"


def test_help_permissions(riders, volunteer, staff):
    a, _b = riders
    with pytest.raises(PermissionDenied):
        helps.record_help(child_help([a.id]), volunteer, confirm=True)
    made = helps.record_help(child_help([a.id]), volunteer)
    for action in (lambda: helps.confirm_help(made.record_id, volunteer),
                   lambda: helps.void_help(made.record_id, "x", volunteer),
                   lambda: helps.update_help(made.record_id, child_help([a.id]), volunteer)):
        with pytest.raises(PermissionDenied):
            action()


@pytest.mark.parametrize("change, error", [
    (dict(helper_ids=[]), ValidationError),
    (dict(helper_ids=[999]), NotFound),
    (dict(helped_kind="adult"), ValidationError),
    (dict(outcome="lost"), ValidationError),
    (dict(place=" "), ValidationError),
    (dict(helped_age=300), ValidationError),
    (dict(happened_at=dt.datetime.now() + dt.timedelta(days=2)), ValidationError),
])
def test_bad_help_input_changes_nothing(riders, volunteer, change, error):
    a, _b = riders
    with pytest.raises(error):
        change = dict(change)
        helps.record_help(child_help(change.pop("helper_ids", [a.id]), **change), volunteer)
    assert HelpRecord.select().count() == 0 and HelpRecordHelper.select().count() == 0


def test_a_confirmed_record_keeps_its_helpers(riders, volunteer, staff):
    a, b = riders
    made = helps.record_help(child_help([a.id]), volunteer)
    helps.update_help(made.record_id, child_help([a.id, b.id], helped_name="小红"), staff)
    assert helps.help_row(made.record_id, staff).helpers == ("张阳", "李娜")
    helps.confirm_help(made.record_id, staff)
    with pytest.raises(Conflict):
        helps.update_help(made.record_id, child_help([a.id]), staff)
    helps.update_help(made.record_id, child_help([a.id, b.id], outcome="handed_to_family"), staff)
    assert helps.help_row(made.record_id, staff).outcome == "handed_to_family"


def test_team_members_are_added_and_removed_with_permission_and_audit(riders, volunteer, staff):
    a, b = riders
    with pytest.raises(PermissionDenied):
        team.set_caring_team(b.id, True, volunteer)
    assert team.set_caring_team(b.id, True, staff).changed
    assert not team.set_caring_team(b.id, True, staff).changed
    assert AuditLog.select().where(AuditLog.action == "person.caring_team").count() == 1
    helps.record_help(child_help([a.id, b.id]), staff, confirm=True)
    report(volunteer, a.id)
    report(volunteer, a.id, building=5)
    rows = {r.name: r for r in team.team_members()}
    assert (rows["张阳"].helps, rows["张阳"].helps_confirmed, rows["张阳"].reports) == (1, 1, 2)
    assert (rows["李娜"].helps, rows["李娜"].reports) == (1, 0)
    team.set_caring_team(b.id, False, staff)
    assert [r.name for r in team.team_members()] == ["张阳"]
    assert Person.get_by_id(b.id).caring_team is False


def test_figures_count_reports_by_grid_and_category_and_helps_by_outcome(riders, volunteer, staff):
    a, b = riders
    now = dt.datetime.now()
    start = (now - dt.timedelta(days=40)).date()
    last_month = now - dt.timedelta(days=35)
    old = report(volunteer, a.id, at=last_month)  # before the period, still open: counts as open
    fixed = report(volunteer, a.id, at=now - dt.timedelta(days=4))
    reports.dispatch_report(fixed.report_id, staff.id, dt.date.today(), staff, at=now - dt.timedelta(days=3))
    reports.resolve_report(fixed.report_id, "清理", staff, resolved_at=now - dt.timedelta(days=2))
    fake = report(volunteer, b.id, grid_number=5, code="parking", building=8)
    reports.reject_report(fake.report_id, "不属实", staff)
    late = report(volunteer, b.id, grid_number=5, code="parking", building=9, at=now - dt.timedelta(days=6))
    reports.dispatch_report(late.report_id, staff.id, dt.date.today() - dt.timedelta(days=1), staff)
    helps.record_help(child_help([a.id]), volunteer)
    helps.record_help(child_help([a.id], helped_kind="elderly", outcome="handed_to_family"), staff, confirm=True)

    month = figures((now - dt.timedelta(days=30)).date(), dt.date.today())
    assert (month.opened, month.resolved, month.still_open, month.overdue) == (3, 1, 2, 1)
    assert month.not_confirmed == 1 and month.duplicates == 0
    assert month.median_days_to_resolve == 2.0
    g3 = next(c for c in month.by_grid if c.grid_number == 3)
    assert (g3.opened, g3.resolved, g3.still_open) == (1, 1, 1)
    assert len(month.by_grid) == 6
    pair = next(c for c in month.by_grid_category if c.grid_number == 5)
    assert (pair.category, pair.opened, pair.still_open, pair.overdue) == ("乱停乱放", 2, 1, 1)
    assert month.help_child.total == 1 and month.help_child.confirmed == 0
    assert month.help_child.by_outcome["taken_home"] == 1
    assert month.help_elderly.by_outcome == {"taken_home": 0, "handed_to_family": 1, "handed_to_community": 0,
                                             "police_called": 0}
    assert month.help_total == 2
    wider = figures(start, dt.date.today())
    assert wider.opened == 4 and old.report_id


def test_a_database_at_version_6_upgrades_to_the_same_grid_schema_as_a_new_one(tmp_path):
    models.db.close()
    fresh = tmp_path / "fresh.db"
    db.init_db(fresh)
    models.db.close()

    path = tmp_path / "v6.db"
    old = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    earlier = [m for m in models.ALL_MODELS if m not in models.GRID_MODELS]
    with old.bind_ctx(earlier):
        old.create_tables(earlier)
        Meta.create(key="schema_version", value="6")
        Person.create(name="张阳", card_code="LX00000001")
    old.close()

    db.init_db(path)
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    assert Person.get(Person.card_code == "LX00000001").name == "张阳"
    models.db.close()

    def schema(file):
        with sqlite3.connect(file) as con:
            out = {}
            for model in models.GRID_MODELS:
                table = model._meta.table_name
                columns = [tuple(r[1:]) for r in con.execute(f"PRAGMA table_info({table})")]
                indexes = {}
                for _seq, name, unique, *_ in con.execute(f"PRAGMA index_list({table})"):
                    indexes[name] = (unique, [r[2] for r in con.execute(f"PRAGMA index_info({name})")])
                fks = sorted(tuple(r[2:5]) for r in con.execute(f"PRAGMA foreign_key_list({table})"))
                out[table] = (columns, indexes, fks)
            return out

    assert schema(path) == schema(fresh)
    assert list(tmp_path.glob("v6.v6-*.bak.db"))


def test_a_statement_line_names_the_help_records_number_not_a_helpers_row(riders, volunteer, staff):
    """Seen on the points tab: source "一老一小帮扶 #41" beside the note "一老一小 #32"; #41 was the
    helper's own row, and help record #41 was someone else's."""
    from desk.reports.points_sheets import line_note, source_label

    a, b = riders
    helps.record_help(child_help([b.id, a.id]), volunteer)  # the row numbers of helpers and helps part ways
    made = helps.record_help(child_help([a.id, b.id]), staff, confirm=True)
    made_report = report(volunteer, a.id)
    reports.resolve_report(made_report.report_id, "已清理", staff, without_dispatch=True)
    rows = {r.source_type: r for r in ledger.statement(a.id)}
    help_row = rows["help_record"]
    assert help_row.source_id != made.record_id  # the ledger's link is the helper's row, on purpose
    assert "#" not in source_label(help_row)
    assert f"#{made.record_id}" in line_note(help_row)  # the number a clerk can look up
    assert source_label(rows["hazard_report"]) == f"hazard report #{made_report.report_id}"
