"""The Caring Rider Team (爱心骑手队) as the grid duty sees it: each member's helps and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import Grid, HazardReport, HelpRecord, HelpRecordHelper, Person
from desk.services.grid.terms import CLOSED_STATES
from desk.services.people.team import caring_team, set_caring_team  # noqa: F401 (re-exported)


@dataclass(frozen=True)
class TeamRow:
    person_id: int
    name: str
    phone: str | None
    platform: str
    grid_name: str
    helps: int  # help records this year (not voided), as one of the helpers
    helps_confirmed: int
    reports: int  # grid reports this year (not voided, not "not confirmed" or duplicates)


def team_members(year: int | None = None) -> list[TeamRow]:
    """Every member with this year's help count and report count, most active first."""
    year = year or dt.date.today().year
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    members = caring_team()
    ids = [p.id for p in members]
    grids = {g.id: g.name for g in Grid.select()}
    helps: dict[int, tuple[int, int]] = {}
    reports: dict[int, int] = {}
    if ids:
        confirmed = pw.fn.SUM(pw.Case(None, [(HelpRecord.confirmed_at.is_null(False), 1)], 0))
        for pid, count, done in (
            HelpRecordHelper.select(HelpRecordHelper.person, pw.fn.COUNT(HelpRecord.id), confirmed)
            .join(HelpRecord)
            .where(HelpRecordHelper.person.in_(ids) & HelpRecord.voided_at.is_null()
                   & (HelpRecord.happened_at >= start) & (HelpRecord.happened_at < end))
            .group_by(HelpRecordHelper.person).tuples()
        ):
            helps[pid] = (int(count), int(done or 0))
        for pid, count in (
            HazardReport.select(HazardReport.reporter, pw.fn.COUNT(HazardReport.id))
            .where(HazardReport.reporter.in_(ids) & HazardReport.voided_at.is_null()
                   & HazardReport.state.not_in(CLOSED_STATES)
                   & (HazardReport.created_at >= start) & (HazardReport.created_at < end))
            .group_by(HazardReport.reporter).tuples()
        ):
            reports[pid] = int(count)
    rows = [
        TeamRow(p.id, p.name, p.phone, p.platform, grids.get(p.grid_id, ""), helps.get(p.id, (0, 0))[0],
                helps.get(p.id, (0, 0))[1], reports.get(p.id, 0))
        for p in members
    ]
    rows.sort(key=lambda r: (-(r.helps + r.reports), r.name))
    return rows


def is_member(person_id: int) -> bool:
    person = Person.get_or_none(Person.id == person_id)
    return bool(person and person.caring_team)


def team_totals(year: int | None = None) -> tuple[int, int]:
    """This year's help records with a team member among the helpers, and the team's grid reports
    (a help by two members counts once)."""
    year = year or dt.date.today().year
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    members = Person.select(Person.id).where((Person.caring_team == True) & Person.voided_at.is_null())  # noqa: E712
    helps = (HelpRecord.select(HelpRecord.id).join(HelpRecordHelper)
             .where(HelpRecordHelper.person.in_(members) & HelpRecord.voided_at.is_null()
                    & (HelpRecord.happened_at >= start) & (HelpRecord.happened_at < end))
             .distinct().count())
    reports = (HazardReport.select().where(HazardReport.reporter.in_(members) & HazardReport.voided_at.is_null()
                                           & HazardReport.state.not_in(CLOSED_STATES)
                                           & (HazardReport.created_at >= start) & (HazardReport.created_at < end))
               .count())
    return helps, reports
