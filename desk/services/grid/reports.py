"""Grid reports (文明随手拍): recording one and working it through its states.

Every operation: ``require`` the permission, then one write transaction that validates
everything, asks ``states.check`` for the move, writes, audits and returns a ``ReportResult``;
or raises a ``DeskError`` having changed nothing (photo files copied for a refused report are
deleted again).

Points only when it is real: the reporter earns the category's points when staff confirm the
report or resolve it, once per report (the ledger links the report); marking it not confirmed
later reverses them. Resolving posts a check-in notice to the reporter ("is it really
fixed?"); a "not fixed" answer reopens the report.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Sequence

from desk.db import write
from desk.errors import NotFound, PermissionDenied, ValidationError, translate
from desk.models import Grid, HazardCategory, HazardReport, Notice, Operator, Person, PointEntry, now
from desk.services.common import attachments, audit, notices
from desk.services.common.permissions import allowed, require
from desk.services.common.reasons import required_reason
from desk.services.grid import states
from desk.services.grid.photos import MAX_PHOTOS, check_photo, store_photos
from desk.services.grid.terms import (
    DISPATCHED, DUPLICATE, REPORT_SOURCE, REPORTED, RESOLVED, capped, format_place,
)
from desk.services.points import ledger, sources
from desk.services.common.inputs import checked

PLACE_MAX = 100
TEXT_MAX = 500
BUILDING_MAX, UNIT_MAX, FLOOR_MIN, FLOOR_MAX = 200, 20, -3, 60
REOPEN_DAYS = 3  # a reopened report is due again this many days later
NOTICE_KIND = "report.resolved"
FUTURE_SLACK = dt.timedelta(minutes=5)


@dataclass
class ReportInput:
    """What the desk was told: who, where, what kind, what exactly, when, photos."""

    grid_id: int | None
    category_id: int | None
    reporter_id: int | None = None  # None: a staff member's own find
    building: int | None = None
    unit: int | None = None
    floor: int | None = None
    place: str = ""
    description: str = ""
    seen_at: dt.datetime | None = None  # default: now
    photos: Sequence[str | os.PathLike[str]] = field(default_factory=tuple)
    duplicate_of: int | None = None  # link it to an open report of the same thing instead


@dataclass(frozen=True)
class ReportResult:
    """What was written and what the desk should say."""

    report_id: int
    state: str
    place: str
    category: str
    reporter: str  # "" for a staff member's own find
    photos: int = 0
    points: int = 0  # points the reporter earned by this operation
    points_reversed: int = 0
    duplicate_of: int | None = None


# --- helpers -----------------------------------------------------------------------------------


def _when(at: dt.datetime | None) -> dt.datetime:
    stamp = at or now()
    if stamp > now() + FUTURE_SLACK:
        raise ValidationError(translate("DeskError", "A time in the future cannot be recorded."))
    return stamp.replace(microsecond=0)


@checked
def get_report(report_id: int) -> HazardReport:
    report = HazardReport.get_or_none(HazardReport.id == report_id)
    if report is None:
        raise NotFound(translate("DeskError", "There is no report #{0}."), report_id)
    return report


def _number(value: int | None, low: int, high: int, what: str) -> int | None:
    if value is None or value == 0:  # 0 is what an empty spin box says; there is no floor 0
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(translate("DeskError", "{0} must be a number from {1} to {2}."), what, low, high)
    return value


def _live_person(person_id: int) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None or person.voided_at is not None or person.anonymised_at is not None:
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    return person


def _root_report(report_id: int) -> HazardReport:
    """The report a duplicate should point at: the first of a chain of duplicates."""
    original = get_report(report_id)
    seen = set()
    while original.state == DUPLICATE and original.duplicate_of_id and original.id not in seen:
        seen.add(original.id)
        original = get_report(original.duplicate_of_id)
    if original.voided_at is not None:
        raise ValidationError(translate("DeskError", "Report #{0} was voided; link to another one."), original.id)
    return original


def _result(report: HazardReport, points: int = 0, reversed_points: int = 0, photos: int = 0) -> ReportResult:
    return ReportResult(
        report_id=report.id, state=report.state, place=place_of(report), category=report.category.name,
        reporter=report.reporter.name if report.reporter_id else "", photos=photos, points=points,
        points_reversed=reversed_points, duplicate_of=report.duplicate_of_id,
    )


def place_of(report: HazardReport) -> str:
    return format_place(report.building, report.unit, report.floor, report.place)


def _has_live_award(report_id: int) -> bool:
    return PointEntry.select().where(
        (PointEntry.source_type == REPORT_SOURCE) & (PointEntry.source_id == report_id)
        & PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null()
    ).exists()


def _award_reporter(report: HazardReport, operator: Operator, at: dt.datetime) -> int:
    """The reporter's points for a real report, once: nothing if already earned or nobody to pay."""
    if report.reporter_id is None or _has_live_award(report.id):
        return 0
    person = report.reporter
    if person.voided_at is not None or person.anonymised_at is not None or person.merged_into_id is not None:
        return 0  # an erased or merged-away record earns nothing; the report still counts
    category = report.category
    entry = ledger.award(person.id, category.rule_code, operator, source_type=REPORT_SOURCE, source_id=report.id,
                         points=category.points, at=at)  # the statement reads "#id place kind" by the link
    return entry.delta


def _reverse_points(report: HazardReport, reason: str, operator: Operator) -> int:
    reversed_lines = ledger.reverse_for_source(REPORT_SOURCE, report.id, reason, operator)
    return -sum(line.delta for line in reversed_lines)


def _audit(operator: Operator | None, action: str, report: HazardReport, before: dict,
           when: dt.datetime | None = None, **extra) -> None:
    """``when``: the moment the step happened, if not now (a report entered afterwards); the audit
    row itself keeps the time it was written."""
    if when is not None and abs((now() - when).total_seconds()) > 60:
        extra["when"] = when
    audit.record(operator, f"hazard_report.{action}", "hazard_report", report.id, before=before,
                 after=audit.snapshot(report) | extra)


# --- recording ---------------------------------------------------------------------------------


@checked
def record_report(data: ReportInput, operator: Operator, *, at: dt.datetime | None = None) -> ReportResult:
    """Record what a rider saw (or a staff member found); the reporter earns nothing yet."""
    require(operator, "hazard.record")
    created = _when(at)
    if data.grid_id is None:
        raise ValidationError(translate("DeskError", "Choose the grid (1 to 6) where it is."))
    grid = Grid.get_or_none(Grid.id == data.grid_id)
    if grid is None:
        raise ValidationError(translate("DeskError", "Unknown grid."))
    if data.category_id is None:
        raise ValidationError(translate("DeskError", "Choose what kind of problem it is."))
    category = HazardCategory.get_or_none(HazardCategory.id == data.category_id)
    if category is None or category.retired_at is not None:
        raise ValidationError(translate("DeskError", "Unknown kind of problem: {0}."), data.category_id)
    # No reporter: staff's own find. Nobody to pay, and recording it vouches that it is real,
    # so it needs what confirming a report needs.
    if data.reporter_id is None and not allowed(operator, "hazard.confirm"):
        raise PermissionDenied(translate(
            "DeskError", "Choose the rider who reported it; only staff record their own finds without a reporter."))
    reporter = _live_person(data.reporter_id) if data.reporter_id is not None else None
    building = _number(data.building, 1, BUILDING_MAX, translate("Term", "Building"))
    unit = _number(data.unit, 1, UNIT_MAX, translate("Term", "Unit"))
    floor = _number(data.floor, FLOOR_MIN, FLOOR_MAX, translate("Term", "Floor"))
    place = capped(data.place, PLACE_MAX, translate("Term", "The place"))
    if building is None and not place:
        raise ValidationError(translate("DeskError", "Where is it? Enter the building or describe the place."))
    description = capped(data.description, TEXT_MAX, translate("Term", "The description"))
    seen_at = (data.seen_at or created).replace(microsecond=0)
    if seen_at > created + FUTURE_SLACK:
        raise ValidationError(translate("DeskError", "The time seen cannot be later than now."))
    if seen_at < created - dt.timedelta(days=366):
        raise ValidationError(translate("DeskError", "The time seen is more than a year ago; check the date."))
    photos = [check_photo(p) for p in data.photos]
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(translate("DeskError", "A report can have at most {0} photos."), MAX_PHOTOS)
    with write():
        original = _root_report(data.duplicate_of) if data.duplicate_of is not None else None
        report = HazardReport.create(
            reporter=reporter, grid=grid, building=building, unit=unit, floor=floor, place=place,
            category=category, description=description, seen_at=seen_at,
            state=DUPLICATE if original is not None else REPORTED,
            duplicate_of=original, closed_at=created if original is not None else None,
            closed_by=operator if original is not None else None,
            created_by=operator, created_at=created,
        )
        _audit(operator, "record", report, {}, created)
        count = store_photos(report, photos, operator)
    return _result(report, photos=count)


@checked
def add_photos(report_id: int, paths: Sequence[str | os.PathLike[str]], operator: Operator) -> ReportResult:
    """More photos of a report (the rider sends another one later)."""
    require(operator, "hazard.record")
    checked = [check_photo(p) for p in paths]
    if not checked:
        raise ValidationError(translate("DeskError", "Choose at least one photo."))
    with write():
        report = get_report(report_id)
        if report.voided_at is not None:
            raise ValidationError(translate("DeskError", "Report #{0} was voided; it cannot change."), report.id)
        have = len(attachments.for_owner(REPORT_SOURCE, report.id))
        if have + len(checked) > MAX_PHOTOS:
            raise ValidationError(translate("DeskError", "A report can have at most {0} photos."), MAX_PHOTOS)
        count = store_photos(report, checked, operator)
        _audit(operator, "add_photos", report, {}, photos_added=count)
    return _result(report, photos=count)


# --- working it through ------------------------------------------------------------------------


@checked
def confirm_report(report_id: int, operator: Operator, *, at: dt.datetime | None = None) -> ReportResult:
    """Staff say the report is real: the reporter earns the category's points now."""
    require(operator, "hazard.confirm")
    stamp = _when(at)
    with write():
        report = get_report(report_id)
        states.check(report, states.CONFIRM)
        if report.confirmed_at is not None:
            raise ValidationError(translate("DeskError", "Report #{0} was already confirmed on {1}."),
                                  report.id, report.confirmed_at.strftime("%Y-%m-%d"))
        before = audit.snapshot(report)
        report.confirmed_at, report.confirmed_by = stamp, operator
        report.save()
        points = _award_reporter(report, operator, stamp)
        _audit(operator, "confirm", report, before, stamp, points=points)
    return _result(report, points=points)


def staff_operator(operator_id: int | None) -> Operator:
    """The staff member a report is sent to: an active operator with at least the staff role."""
    if operator_id is None:
        raise ValidationError(translate("DeskError", "Choose the staff member who will deal with it."))
    who = Operator.get_or_none(Operator.id == operator_id)
    if who is None or not who.active:
        raise NotFound(translate("DeskError", "Operator {0} does not exist."), operator_id)
    if not allowed(who, "hazard.resolve"):  # they must be able to mark it resolved
        raise ValidationError(translate("DeskError", "{0} is not a staff member; reports go to staff."), who.name)
    return who


@checked
def dispatch_report(report_id: int, staff_id: int | None, due_on: dt.date | None, operator: Operator, *,
                    at: dt.datetime | None = None) -> ReportResult:
    """Send the report to a staff member to clear by ``due_on`` (again: to someone else)."""
    require(operator, "hazard.dispatch")
    stamp = _when(at)
    with write():
        report = get_report(report_id)
        target = states.check(report, states.DISPATCH)
        who = staff_operator(staff_id)
        if due_on is None:
            raise ValidationError(translate("DeskError", "Choose the day it should be cleared by."))
        if isinstance(due_on, dt.datetime):
            due_on = due_on.date()
        if due_on < report.created_at.date():
            raise ValidationError(
                translate("DeskError", "The due date {0} is before the report ({1}); choose a later day."),
                due_on.isoformat(), report.created_at.strftime("%Y-%m-%d"))
        before = audit.snapshot(report)
        report.state, report.dispatched_to, report.due_on = target, who, due_on
        report.dispatched_at, report.dispatched_by = stamp, operator
        report.save()
        _audit(operator, "dispatch", report, before, stamp)
    return _result(report)


@checked
def resolve_report(report_id: int, resolution: str, operator: Operator, *, resolved_at: dt.datetime | None = None,
                   without_dispatch: bool = False, at: dt.datetime | None = None) -> ReportResult:
    """It was cleared: what was done and when. The reporter earns the points (once) and is asked,
    at their next check-in, whether it is really fixed.

    A report nobody was sent to needs ``without_dispatch`` (fixed on the spot), said on purpose.
    """
    require(operator, "hazard.resolve")
    stamp = _when(at)
    done = capped(resolution, TEXT_MAX, translate("Term", "What was done"))
    if not done:
        raise ValidationError(translate("DeskError", "Please say what was done."))
    when = _when(resolved_at or stamp)
    with write():
        report = get_report(report_id)
        target = states.check(report, states.RESOLVE)
        if report.state == REPORTED and not without_dispatch:
            raise ValidationError(translate(
                "DeskError", "Report #{0} was never dispatched: say that it was resolved without dispatch "
                             "(e.g. fixed on the spot), or dispatch it first."), report.id)
        if when < report.seen_at:
            raise ValidationError(translate("DeskError", "It cannot be resolved before it was seen ({0})."),
                                  report.seen_at.strftime("%Y-%m-%d %H:%M"))
        before = audit.snapshot(report)
        report.state, report.resolution, report.resolved_at, report.resolved_by = target, done, when, operator
        report.save()
        points = _award_reporter(report, operator, stamp)
        _tell_reporter(report)
        _audit(operator, "resolve", report, before, stamp, points=points, without_dispatch=bool(without_dispatch))
    return _result(report, points=points)


def _tell_reporter(report: HazardReport) -> None:
    person = report.reporter if report.reporter_id else None
    if person is None or person.anonymised_at is not None or person.voided_at is not None:
        return
    notices.post(person.id, NOTICE_KIND, REPORT_SOURCE, report.id, {
        "place": place_of(report) or report.grid.name, "what": report.category.name,
        "date": report.resolved_at.strftime("%m-%d"),
    })


@checked
def reject_report(report_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> ReportResult:
    """Not confirmed (nothing found, a false report): points earned for it are taken back."""
    require(operator, "hazard.reject")
    stamp = _when(at)
    why = required_reason(reason, translate("DeskError", "Please say why the report is not confirmed."))
    with write():
        report = get_report(report_id)
        target = states.check(report, states.REJECT)
        before = audit.snapshot(report)
        reversed_points = _reverse_points(report, why, operator)
        report.state, report.closed_reason, report.closed_at, report.closed_by = target, why, stamp, operator
        report.confirmed_at = report.confirmed_by = None
        # A resolved report found false was never resolved: like a reopen, the resolution goes
        # (the audit row keeps it), so no list or workbook shows a resolution time for it.
        report.resolution, report.resolved_at, report.resolved_by = "", None, None
        report.save()
        notices.withdraw(REPORT_SOURCE, report.id)
        _audit(operator, "reject", report, before, stamp, points_reversed=reversed_points)
    return _result(report, reversed_points=reversed_points)


@checked
def mark_duplicate(report_id: int, original_id: int, operator: Operator, *,
                   at: dt.datetime | None = None) -> ReportResult:
    """The same thing was already reported as #original: this one closes, pointing there."""
    require(operator, "hazard.reject")
    stamp = _when(at)
    with write():
        report = get_report(report_id)
        target = states.check(report, states.MARK_DUPLICATE)
        original = _root_report(original_id)
        if original.id == report.id:
            raise ValidationError(translate("DeskError", "A report cannot be a duplicate of itself."))
        before = audit.snapshot(report)
        # Stored text, like every note on the ledger: in the station's language.
        reversed_points = _reverse_points(report, f"与#{original.id}重复", operator)
        report.state, report.duplicate_of = target, original
        report.closed_reason, report.closed_at, report.closed_by = f"#{original.id}", stamp, operator
        report.confirmed_at = report.confirmed_by = None
        report.save()
        notices.withdraw(REPORT_SOURCE, report.id)
        _audit(operator, "duplicate", report, before, stamp, points_reversed=reversed_points)
    return _result(report, reversed_points=reversed_points)


def _reopen(report: HazardReport, operator: Operator, reason: str, stamp: dt.datetime, **extra) -> None:
    """Back to work: to the staff member it was sent to (due again soon), else to be dispatched."""
    states.check(report, states.REOPEN)
    before = audit.snapshot(report)
    if report.dispatched_to_id is not None:
        report.state = DISPATCHED
        soon = stamp.date() + dt.timedelta(days=REOPEN_DAYS)
        report.due_on = max(report.due_on or soon, soon)
    else:
        report.state = REPORTED
    report.resolution, report.resolved_at, report.resolved_by = "", None, None
    report.closed_reason, report.closed_at, report.closed_by, report.duplicate_of = "", None, None, None
    report.reopened_count += 1
    report.reopened_at = stamp
    report.save()
    notices.withdraw(REPORT_SOURCE, report.id)
    _audit(operator, "reopen", report, before, stamp, reason=reason, **extra)


@checked
def reopen_report(report_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> ReportResult:
    """Staff reopen a closed report (not really fixed, or closed by mistake)."""
    require(operator, "hazard.reopen")
    stamp = _when(at)
    why = required_reason(reason, translate("DeskError", "Please say why the report is reopened."))
    with write():
        report = get_report(report_id)
        _reopen(report, operator, why, stamp)
    return _result(report)


@checked
def void_report(report_id: int, reason: str, operator: Operator) -> ReportResult:
    """A report recorded by mistake (wrong person, typed twice): voided, its points taken back."""
    require(operator, "hazard.void")
    why = required_reason(reason, translate("DeskError", "Please say why the report is voided."))
    with write():
        report = get_report(report_id)
        if report.voided_at is not None:
            raise ValidationError(translate("DeskError", "Report #{0} was voided; it cannot change."), report.id)
        before = audit.snapshot(report)
        reversed_points = _reverse_points(report, why, operator)
        report.voided_at, report.voided_by, report.void_reason = now(), operator, why
        report.save()
        notices.withdraw(REPORT_SOURCE, report.id)
        _audit(operator, "void", report, before, points_reversed=reversed_points)
    return _result(report, reversed_points=reversed_points)


# --- the reporter's answer at check-in ---------------------------------------------------------


def _on_answer(notice: Notice, code: str, operator: Operator) -> None:
    """A "not fixed" answer reopens the report (if staff have not already); "fixed" closes the loop."""
    if code != "not_fixed":
        return
    report = HazardReport.get_or_none(HazardReport.id == notice.source_id)
    if report is None or report.voided_at is not None or report.state != RESOLVED:
        return
    _reopen(report, operator, "上报人回复：没解决", now(), notice=notice.id)


notices.register(notices.NoticeKind(
    NOTICE_KIND,
    translate("Notice", "Your report about {what} at {place} was resolved on {date}. Is it really fixed?"),
    answers=(("fixed", translate("Notice", "Fixed")), ("not_fixed", translate("Notice", "Not fixed"))),
    on_answer=_on_answer,
))


def reporter_answer(report_id: int) -> str:
    """The reporter's latest answer to "is it really fixed?" ("" if not asked or not yet answered)."""
    row = (Notice.select(Notice.answer)
           .where((Notice.source_type == REPORT_SOURCE) & (Notice.source_id == report_id)
                  & Notice.shown_at.is_null(False))
           .order_by(Notice.shown_at.desc(), Notice.id.desc()).first())
    return row.answer if row else ""


def _describe_reports(ids: list[int]) -> dict[int, str]:
    """A reporter's points line: "#12 3号楼2单元 飞线充电", read from the report."""
    query = HazardReport.select(HazardReport, HazardCategory).join(HazardCategory).where(HazardReport.id.in_(ids))
    return {r.id: f"#{r.id} {place_of(r)} {r.category.name}" for r in query}


sources.register(REPORT_SOURCE, _describe_reports)
