"""Reading grid reports: the catalog, the filtered list, one report's page, likely duplicates."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import peewee as pw

from desk.models import AuditLog, Grid, HazardCategory, HazardReport, Operator, Person, PointEntry
from desk.services.common import attachments
from desk.services.common.permissions import allowed
from desk.services.grid.reports import get_report, place_of, reporter_answer
from desk.services.grid.terms import DISPATCHED, OPEN_STATES, REPORT_SOURCE, format_place

DUPLICATE_DAYS = 7
LIST_LIMIT = 500


@dataclass(frozen=True)
class CategoryRow:
    id: int
    code: str
    name: str
    points: int


def categories(include_retired: bool = False) -> list[CategoryRow]:
    query = HazardCategory.select().order_by(HazardCategory.sort_order, HazardCategory.id)
    if not include_retired:
        query = query.where(HazardCategory.retired_at.is_null())
    return [CategoryRow(c.id, c.code, c.name, c.points) for c in query]


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str


def staff_members() -> list[StaffRow]:
    """Who a report can be sent to: the active operators who may mark it resolved (staff, admins)."""
    query = Operator.select().where(Operator.active == True).order_by(Operator.name)  # noqa: E712
    return [StaffRow(o.id, o.name) for o in query if allowed(o, "hazard.resolve")]


def reporter_grid(person_id: int | None) -> int | None:
    """The grid a rider belongs to: where their report most likely is."""
    if person_id is None:
        return None
    person = Person.get_or_none(Person.id == person_id)
    return person.grid_id if person else None


@dataclass(frozen=True)
class ReportRow:
    id: int
    seen_at: dt.datetime
    created_at: dt.datetime
    grid_id: int
    grid_number: int
    grid_name: str
    building: int | None
    place: str
    category_id: int
    category: str
    description: str
    reporter_id: int | None
    reporter: str
    state: str
    dispatched_to: str
    due_on: dt.date | None
    resolved_at: dt.datetime | None
    duplicate_of: int | None
    reopened: int
    confirmed: bool
    voided: bool
    overdue: bool

    @property
    def days_to_resolve(self) -> float | None:
        if self.resolved_at is None:
            return None
        return round((self.resolved_at - self.created_at).total_seconds() / 86400, 1)


@dataclass
class ReportFilter:
    """``state``: a state code, ``"open"`` (reported or dispatched) or ``"overdue"``; None: any."""

    state: str | None = None
    grid_id: int | None = None
    category_id: int | None = None
    reporter_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    include_voided: bool = False


def is_overdue(state: str, due_on: dt.date | None, today: dt.date | None = None) -> bool:
    return state == DISPATCHED and due_on is not None and due_on < (today or dt.date.today())


def _rows(query, today: dt.date) -> list[ReportRow]:
    out = []
    for r in query:
        out.append(ReportRow(
            id=r.id, seen_at=r.seen_at, created_at=r.created_at, grid_id=r.grid_id, grid_number=r.grid.number,
            grid_name=r.grid.name, building=r.building, place=place_of(r), category_id=r.category_id,
            category=r.category.name, description=r.description, reporter_id=r.reporter_id,
            reporter=r.reporter.name if r.reporter_id else "", state=r.state,
            dispatched_to=r.dispatched_to.name if r.dispatched_to_id else "", due_on=r.due_on,
            resolved_at=r.resolved_at, duplicate_of=r.duplicate_of_id, reopened=r.reopened_count,
            confirmed=r.confirmed_at is not None, voided=r.voided_at is not None,
            overdue=r.voided_at is None and is_overdue(r.state, r.due_on, today),
        ))
    return out


def _select():
    dispatched = Operator.alias()
    return (HazardReport.select(HazardReport, Grid, HazardCategory, Person, dispatched)
            .join(Grid, on=(HazardReport.grid == Grid.id))
            .switch(HazardReport).join(HazardCategory, on=(HazardReport.category == HazardCategory.id))
            .switch(HazardReport).join(Person, pw.JOIN.LEFT_OUTER, on=(HazardReport.reporter == Person.id))
            .switch(HazardReport).join(dispatched, pw.JOIN.LEFT_OUTER,
                                       on=(HazardReport.dispatched_to == dispatched.id), attr="dispatched_to"))


def list_reports(flt: ReportFilter | None = None, *, limit: int = LIST_LIMIT,
            today: dt.date | None = None) -> list[ReportRow]:
    """Reports, newest first: overdue ones are flagged, voided ones left out unless asked for."""
    flt = flt or ReportFilter()
    today = today or dt.date.today()
    cond = pw.Value(True)
    if not flt.include_voided:
        cond &= HazardReport.voided_at.is_null()
    if flt.state == "open":
        cond &= HazardReport.state.in_(OPEN_STATES)
    elif flt.state == "overdue":
        cond &= (HazardReport.state == DISPATCHED) & (HazardReport.due_on < today)
    elif flt.state:
        cond &= HazardReport.state == flt.state
    if flt.grid_id is not None:
        cond &= HazardReport.grid == flt.grid_id
    if flt.category_id is not None:
        cond &= HazardReport.category == flt.category_id
    if flt.reporter_id is not None:
        cond &= HazardReport.reporter == flt.reporter_id
    if flt.since is not None:
        cond &= HazardReport.created_at >= dt.datetime.combine(flt.since, dt.time())
    if flt.until is not None:
        cond &= HazardReport.created_at < dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time())
    query = _select().where(cond).order_by(HazardReport.created_at.desc(), HazardReport.id.desc()).limit(limit)
    return _rows(query, today)


def report_row(report_id: int, today: dt.date | None = None) -> ReportRow:
    get_report(report_id)  # NotFound with the desk's message
    return _rows(_select().where(HazardReport.id == report_id), today or dt.date.today())[0]


def likely_duplicates(grid_id: int | None, building: int | None, category_id: int | None, *,
                      at: dt.datetime | None = None, exclude_id: int | None = None) -> list[ReportRow]:
    """Open reports of the same grid, building and kind recorded within 7 days of ``at``: the desk
    asks while the form is filled whether the new one is the same thing."""
    if grid_id is None or category_id is None:
        return []
    at = at or dt.datetime.now()
    window = dt.timedelta(days=DUPLICATE_DAYS)
    cond = ((HazardReport.grid == grid_id) & (HazardReport.category == category_id)
            & HazardReport.state.in_(OPEN_STATES) & HazardReport.voided_at.is_null()
            & (HazardReport.created_at >= at - window) & (HazardReport.created_at <= at + window))
    cond &= HazardReport.building.is_null() if not building else (HazardReport.building == building)
    if exclude_id is not None:
        cond &= HazardReport.id != exclude_id
    return _rows(_select().where(cond).order_by(HazardReport.created_at.desc()).limit(10), dt.date.today())


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    operator: str
    action: str  # the audit action without its "hazard_report." prefix
    note: str = ""


@dataclass(frozen=True)
class ReportDetail:
    row: ReportRow
    unit: int | None
    floor: int | None
    free_place: str
    resolution: str
    resolved_by: str
    closed_reason: str
    confirmed_by: str
    confirmed_at: dt.datetime | None
    dispatched_at: dt.datetime | None
    void_reason: str
    points_earned: int
    reporter_answer: str  # "fixed" / "not_fixed" / ""
    photos: list[attachments.Stored] = field(default_factory=list)
    history: list[HistoryLine] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)


def report_detail(report_id: int) -> ReportDetail:
    """Everything a report's page shows: the report, its photos, what happened to it and when."""
    report = get_report(report_id)
    history = []
    for line in (AuditLog.select(AuditLog, Operator)
                 .join(Operator, pw.JOIN.LEFT_OUTER, on=(AuditLog.operator == Operator.id))
                 .where((AuditLog.entity == "hazard_report") & (AuditLog.entity_id == report_id))
                 .order_by(AuditLog.id)):
        action = line.action.split(".", 1)[-1]
        when = line.at
        try:  # a step entered afterwards says when it happened
            when = dt.datetime.fromisoformat(json.loads(line.after or "{}").get("when") or "") or when
        except (ValueError, TypeError, AttributeError):
            pass
        history.append(HistoryLine(when, line.operator.name if line.operator_id else "", action))
    earned = (PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0))
              .where((PointEntry.source_type == REPORT_SOURCE) & (PointEntry.source_id == report_id)).scalar())
    return ReportDetail(
        row=report_row(report_id), unit=report.unit, floor=report.floor, free_place=report.place,
        resolution=report.resolution, resolved_by=report.resolved_by.name if report.resolved_by_id else "",
        closed_reason=report.closed_reason, confirmed_by=report.confirmed_by.name if report.confirmed_by_id else "",
        confirmed_at=report.confirmed_at, dispatched_at=report.dispatched_at, void_reason=report.void_reason,
        points_earned=int(earned or 0), reporter_answer=reporter_answer(report_id),
        photos=attachments.for_owner(REPORT_SOURCE, report_id), history=history,
        duplicates=[d.id for d in HazardReport.select(HazardReport.id).where(HazardReport.duplicate_of == report_id)],
    )


def photo_path(attachment_id: int):
    """The stored file of a report's photo, to thumbnail or open."""
    return attachments.path_of(attachment_id)


def place_text(building: int | None, unit: int | None, floor: int | None, text: str = "") -> str:
    return format_place(building, unit, floor, text)
