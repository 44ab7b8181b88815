"""Visitor check-in: each use of the station is a service person-time (服务人次)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, RepeatVisit, ValidationError, translate
from desk.models import Operator, Person, ServiceType, Visit, VisitService, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people import records as people
from desk.services.people import lifecycle as roster_lifecycle
from desk.services.common.reasons import required_reason

REPEAT_WINDOW = dt.timedelta(minutes=10)


def default_services() -> list[ServiceType]:
    return list(
        ServiceType.select()
        .where(ServiceType.is_default & ServiceType.retired_at.is_null())
        .order_by(ServiceType.sort_order, ServiceType.id)
    )


def last_visit(person_id: int) -> Visit | None:
    return (
        Visit.select()
        .where((Visit.person == person_id) & Visit.voided_at.is_null())
        .order_by(Visit.visited_at.desc(), Visit.id.desc())
        .first()
    )


def usual_services(person_id: int | None) -> list[ServiceType]:
    """The services of the person's last visit, else the default set."""
    if person_id is not None:
        last = last_visit(person_id)
        if last is not None:
            chosen = [
                vs.service
                for vs in VisitService.select(VisitService, ServiceType)
                .join(ServiceType)
                .where((VisitService.visit == last) & ServiceType.retired_at.is_null())
                .order_by(ServiceType.sort_order)
            ]
            if chosen:
                return chosen
    return default_services()


def _resolve_services(service_ids: Iterable[int]) -> list[ServiceType]:
    ids = list(dict.fromkeys(int(i) for i in service_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Tick at least one service the visitor used."))
    found = {s.id: s for s in ServiceType.select().where(ServiceType.id.in_(ids))}
    for sid in ids:
        service = found.get(sid)
        if service is None:
            raise ValidationError(translate("DeskError", "Unknown service (number {0})."), sid)
        if service.retired_at is not None:
            raise ValidationError(translate("DeskError", "The service {0} is no longer offered."), service.name)
    return [found[i] for i in ids]


def recent_visit(person_id: int, at: dt.datetime | None = None) -> Visit | None:
    """The person's visit within the last ten minutes, if any (a double Enter, a second scan)."""
    at = at or now()
    return (
        Visit.select()
        .where(
            (Visit.person == person_id)
            & Visit.voided_at.is_null()
            & (Visit.visited_at > at - REPEAT_WINDOW)
            & (Visit.visited_at <= at)
        )
        .order_by(Visit.visited_at.desc())
        .first()
    )


@dataclass(frozen=True)
class CheckInResult:
    """What a check-in wrote, and what the desk says about it."""

    visit_id: int
    visited_at: dt.datetime
    person_id: int | None
    person_name: str  # "" for an anonymous walk-in
    anon_kind: str  # the kind of an anonymous walk-in, else ""
    service_ids: tuple[int, ...]
    services: tuple[str, ...]  # the services' names, as ticked
    unarchived: bool  # the person was archived and is back on the roster now
    repeat: bool  # counted again within the repeat window, as the volunteer confirmed

    @property
    def id(self) -> int:
        """The visit's id, as the row ``check_in`` returned before it returned this."""
        return self.visit_id


@write_transaction
def check_in(
    person_id: int | None,
    service_ids: Iterable[int],
    operator: Operator,
    *,
    anon_kind: str = "",
    allow_repeat: bool = False,
    at: dt.datetime | None = None,
    note: str = "",
) -> CheckInResult:
    """Record one visit. ``person_id=None`` counts an anonymous walk-in of ``anon_kind``.

    A second check-in of the same person within ten minutes raises ``RepeatVisit`` unless
    ``allow_repeat``: the volunteer is asked first. An archived rider who comes back (their
    card still scans) is back on the roster: archiving meant "left", and they have not.
    """
    require(operator, "visit.check_in")
    services = _resolve_services(service_ids)
    at = at or now()
    person = None
    previous = None
    if person_id is None:
        anon_kind = anon_kind or "other"
        if anon_kind not in people.KINDS:
            raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), anon_kind)
    else:
        person = people.get_person(person_id)
        if person.voided_at is not None or person.anonymised_at is not None:
            raise ValidationError(translate("DeskError", "This person's record is closed; check in the current one."))
        anon_kind = ""
        previous = recent_visit(person.id, at)
        if previous is not None and not allow_repeat:
            raise RepeatVisit(
                translate("DeskError", "{0} was already checked in at {1}. Check in again?"),
                person.name,
                previous.visited_at.strftime("%H:%M"),
                previous=previous,
            )
    with db.atomic():
        visit = Visit.create(person=person, anon_kind=anon_kind, visited_at=at, note=note.strip()[:200], created_by=operator)
        VisitService.insert_many([(visit.id, s.id) for s in services], fields=[VisitService.visit, VisitService.service]).execute()
        after = audit.snapshot(visit) | {"services": [s.code for s in services]}
        audit.record(operator, "visit.check_in", "visit", visit.id, after=after)
        unarchived = person is not None and person.archived_at is not None
        if unarchived:
            roster_lifecycle.return_to_roster(person, operator)
    return CheckInResult(
        visit_id=visit.id, visited_at=at, person_id=person.id if person else None,
        person_name=person.name if person else "", anon_kind=anon_kind,
        service_ids=tuple(s.id for s in services), services=tuple(s.name for s in services),
        unarchived=unarchived, repeat=previous is not None,
    )


@write_transaction
def void_visit(visit_id: int, reason: str, operator: Operator) -> Visit:
    """Take a mistaken check-in out of the counts; it stays in history with the reason.

    A check-in made today may be voided by anyone on duty; an older one needs staff.
    """
    require(operator, "visit.void_today")
    reason = required_reason(reason, translate("DeskError", "Please say why this check-in is voided."))
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(translate("DeskError", "That check-in does not exist."))
    if visit.created_at.date() != dt.date.today() or visit.visited_at.date() != dt.date.today():
        require(operator, "visit.void_any")
    if visit.voided_at is not None:
        raise Conflict(
            translate("DeskError", "This check-in was already voided at {0}."), visit.voided_at.strftime("%Y-%m-%d %H:%M")
        )
    with db.atomic():
        before = audit.snapshot(visit)
        visit.voided_at = now()
        visit.voided_by = operator
        visit.void_reason = reason
        visit.save()
        audit.record(operator, "visit.void", "visit", visit.id, before, audit.snapshot(visit))
    return visit


@dataclass(frozen=True)
class VisitRow:
    """One line of the check-in list, ready to show."""

    id: int
    visited_at: dt.datetime
    person_id: int | None
    name: str
    phone: str | None
    kind: str
    platform: str
    services: tuple[str, ...]
    operator: str
    voided: bool
    void_reason: str
    services_en: tuple[str, ...] = ()  # the same services' English names (the Chinese one when none is set)


def visits_between(start: dt.datetime, end: dt.datetime, include_voided: bool = True) -> list[VisitRow]:
    """Visits in [start, end), newest first, with their services, in three queries."""
    Op = Operator.alias()
    query = (
        Visit.select(Visit, Person, Op)
        .join(Person, pw.JOIN.LEFT_OUTER, on=(Visit.person == Person.id))
        .switch(Visit)
        .join(Op, on=(Visit.created_by == Op.id))
        .where((Visit.visited_at >= start) & (Visit.visited_at < end))
        .order_by(Visit.visited_at.desc(), Visit.id.desc())
    )
    if not include_voided:
        query = query.where(Visit.voided_at.is_null())
    visits = list(query)
    names: dict[int, list[str]] = {}
    names_en: dict[int, list[str]] = {}
    if visits:
        for visit_id, name, name_en in (
            VisitService.select(VisitService.visit, ServiceType.name, ServiceType.name_en)
            .join(ServiceType)
            .where(VisitService.visit.in_([v.id for v in visits]))
            .order_by(ServiceType.sort_order)
            .tuples()
        ):
            names.setdefault(visit_id, []).append(name)
            names_en.setdefault(visit_id, []).append(name_en or name)
    rows = []
    for v in visits:
        p = v.person if v.person_id else None
        rows.append(
            VisitRow(
                id=v.id,
                visited_at=v.visited_at,
                person_id=v.person_id,
                name=p.name if p else "",
                phone=p.phone if p else None,
                kind=p.kind if p else v.anon_kind,
                platform=p.platform if p else "",
                services=tuple(names.get(v.id, [])),
                operator=v.created_by.name,
                voided=v.voided_at is not None,
                void_reason=v.void_reason,
                services_en=tuple(names_en.get(v.id, [])),
            )
        )
    return rows


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def month_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(day.year, day.month, 1)
    end = dt.datetime(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return start, end


def year_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(day.year, 1, 1), dt.datetime(day.year + 1, 1, 1)


@dataclass(frozen=True)
class Tally:
    person_times: int  # 服务人次: every non-voided visit, anonymous ones included
    people: int  # distinct named people


def tally(start: dt.datetime, end: dt.datetime) -> Tally:
    row = (
        Visit.select(pw.fn.COUNT(Visit.id), pw.fn.COUNT(Visit.person.distinct()))
        .where((Visit.visited_at >= start) & (Visit.visited_at < end) & Visit.voided_at.is_null())
        .tuples()
        .first()
    )
    return Tally(person_times=row[0] or 0, people=row[1] or 0)


def counters(day: dt.date | None = None) -> dict[str, Tally]:
    """Person-times and distinct people for the day, its month and its year."""
    day = day or dt.date.today()
    return {
        "today": tally(*day_bounds(day)),
        "month": tally(*month_bounds(day)),
        "year": tally(*year_bounds(day)),
    }
