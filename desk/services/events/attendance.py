"""Attendance at an event (签到): at the door by search or card scan, from the signed paper
sheet afterwards, or everyone registered at once.

Each attendance row is the deed its points are linked to (source ``event_attendance``), so a
person earns an event's points once; removing the attendance, or cancelling the event,
reverses them. Someone who comes without registering (a walk-in) is registered in the same step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Event, EventAttendance, EventRegistration, Operator, Person, PointRule, now
from desk.services.common import audit
from desk.services.common.permissions import allowed, require
from desk.services.common.reasons import required_reason
from desk.services.events.events import ATTENDANCE_SOURCE, get_event, point_rule
from desk.services.events.registrations import live_registrations
from desk.services.people import records as people
from desk.services.points import ledger as points

METHODS = ("desk", "sheet", "all")
EARLY = dt.timedelta(hours=12)  # the morning of an afternoon talk: people may be signed in early


@dataclass(frozen=True)
class AttendanceResult:
    """One person signed in: was it a walk-in, and how many points they earned."""

    attendance_id: int
    person_id: int
    name: str
    walk_in: bool
    points: int


@dataclass(frozen=True)
class BulkAttendanceResult:
    event_id: int
    signed_in: tuple[AttendanceResult, ...]
    already: tuple[int, ...]  # person ids who were signed in before

    @property
    def count(self) -> int:
        return len(self.signed_in)

    @property
    def points(self) -> int:
        return sum(r.points for r in self.signed_in)


def _live_attendance(event_id: int, person_id: int) -> EventAttendance | None:
    return EventAttendance.get_or_none(
        (EventAttendance.event == event_id) & (EventAttendance.person == person_id)
        & EventAttendance.voided_at.is_null())


def _open_event(event_id: int, at: dt.datetime | None) -> tuple[Event, dt.datetime]:
    """The live event and the sign-in time; refused before the event's day."""
    event = get_event(event_id, live=True)
    at = _when(event, at)
    if at < event.starts_at - EARLY:
        raise Conflict(translate("DeskError", "The event {0} starts on {1}; people can sign in from that day."),
                       event.title, event.starts_at.strftime("%Y-%m-%d %H:%M"))
    return event, at


def _when(event: Event, at: dt.datetime | None) -> dt.datetime:
    """Signed in now; entered after the event (a paper sheet), dated at its start."""
    if at is not None:
        return at
    moment = now()
    return event.starts_at if moment > event.ends_at else moment


def _attendee(person_id: int) -> Person:
    person = people.get_person(person_id)
    if person.voided_at is not None or person.anonymised_at is not None or person.merged_into_id is not None:
        raise ValidationError(translate("DeskError", "{0}'s record is closed; use the current one."), person.name)
    return person


def _award(event: Event, person: Person, att: EventAttendance, operator: Operator) -> int:
    rule: PointRule | None = point_rule()
    if event.points <= 0 or rule is None or rule.retired_at is not None:
        return 0
    # The rule's bounds may have moved since the event was set up: award what it allows now.
    amount = min(max(event.points, rule.min_points), rule.max_points)
    entry = points.award(person.id, rule.code, operator, source_type=ATTENDANCE_SOURCE, source_id=att.id,
                         points=amount, note=event.title[:200], at=min(att.checked_at, now()))
    return entry.delta


def _sign_in(event: Event, person: Person, operator: Operator, at: dt.datetime, method: str) -> AttendanceResult:
    earlier = _live_attendance(event.id, person.id)
    if earlier is not None:
        raise Conflict(translate("DeskError", "{0} already signed in at this event at {1}."),
                       person.name, earlier.checked_at.strftime("%m-%d %H:%M"))
    registered = live_registrations(event.id).where(EventRegistration.person == person.id).exists()
    if not registered:
        reg = EventRegistration.create(event=event, person=person, registered_at=at, walk_in=True, created_by=operator)
        audit.record(operator, "event.register", "event_registration", reg.id, after=audit.snapshot(reg))
    att = EventAttendance.create(event=event, person=person, checked_at=at, walk_in=not registered, method=method,
                                 created_by=operator)
    audit.record(operator, "event.attend", "event_attendance", att.id, after=audit.snapshot(att))
    earned = _award(event, person, att, operator)
    return AttendanceResult(att.id, person.id, person.name, not registered, earned)


def mark_present(event_id: int, person_id: int, operator: Operator, *,
                 at: dt.datetime | None = None) -> AttendanceResult:
    """Sign one person in (found by search or a scanned card). Not registered: a walk-in, registered now."""
    require(operator, "event.attend")
    with write():
        event, at = _open_event(event_id, at)
        return _sign_in(event, _attendee(person_id), operator, at, "desk")


def mark_new_person(event_id: int, data: people.PersonInput, operator: Operator,
                    *, at: dt.datetime | None = None) -> AttendanceResult:
    """A first-time visitor at the event: registered in the roster and signed in, in one step."""
    require(operator, "event.attend")
    require(operator, "person.register")
    with write():
        event, at = _open_event(event_id, at)
        person = people.create_person(data, operator)
        return _sign_in(event, person, operator, at, "desk")


def mark_many(event_id: int, person_ids: Iterable[int], operator: Operator, *, method: str = "sheet",
              at: dt.datetime | None = None) -> BulkAttendanceResult:
    """Sign several people in at once (ticked from the signed paper sheet, in its order).

    Those already signed in are left as they are and named in ``already``; all or nothing otherwise.
    """
    require(operator, "event.attend")
    if method not in METHODS:
        raise ValidationError(translate("DeskError", "Unknown way of signing in: {0}."), method)
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose at least one person."))
    with write():
        event, at = _open_event(event_id, at)
        done, already = [], []
        for pid in ids:
            person = _attendee(pid)
            if _live_attendance(event.id, pid) is not None:
                already.append(pid)
                continue
            done.append(_sign_in(event, person, operator, at, method))
    return BulkAttendanceResult(event.id, tuple(done), tuple(already))


def not_yet_signed_in(event_id: int) -> list[int]:
    """Registered people without a live attendance, by registration order."""
    signed = EventAttendance.select(EventAttendance.person).where(
        (EventAttendance.event == event_id) & EventAttendance.voided_at.is_null())
    return [pid for (pid,) in live_registrations(event_id).select(EventRegistration.person)
            .where(EventRegistration.person.not_in(signed)).order_by(EventRegistration.id).tuples()]


def mark_all_registered(event_id: int, operator: Operator, *, expected: int | None = None,
                        at: dt.datetime | None = None) -> BulkAttendanceResult:
    """Everyone registered and not yet signed in is marked present (the desk confirmed the count).

    ``expected`` is the count the volunteer confirmed; if the list changed meanwhile (another
    desk), nothing is written and the desk asks again.
    """
    require(operator, "event.attend")
    with write():
        pending = not_yet_signed_in(event_id)
        if expected is not None and expected != len(pending):
            raise Conflict(translate(
                "DeskError", "The list changed meanwhile: {0} people are now waiting, not {1}. Please confirm again."),
                len(pending), expected)
        if not pending:
            get_event(event_id, live=True)
            raise ValidationError(translate("DeskError", "Everyone registered has already signed in."))
        return mark_many(event_id, pending, operator, method="all", at=at)


def may_remove(created_by_id: int, created_at: dt.datetime, operator: Operator | None) -> bool:
    """May ``operator`` remove a sign-in recorded by ``created_by_id`` at ``created_at``?

    Staff any; a volunteer only one they recorded themselves today (the wrong person scanned).
    """
    if allowed(operator, "event.remove_attendance"):
        return True
    return (allowed(operator, "event.attend") and created_by_id == operator.id
            and created_at.date() == now().date())


def remove_attendance(attendance_id: int, reason: str, operator: Operator) -> EventAttendance:
    """Take back a mistaken sign-in (the wrong person scanned): its points are reversed.

    Staff may remove any; a volunteer only one they recorded themselves today. Refused, with
    nothing changed, if the person has already spent those points.
    """
    require(operator, "event.attend")  # the least it takes: someone else's, or an older one, takes more
    reason = required_reason(reason, translate("DeskError", "Please say why the attendance is removed."))
    with write():
        att = EventAttendance.get_or_none(EventAttendance.id == attendance_id)
        if att is None:
            raise NotFound(translate("DeskError", "That attendance does not exist."))
        if not may_remove(att.created_by_id, att.created_at, operator):
            require(operator, "event.remove_attendance")
        if att.voided_at is not None:
            raise Conflict(translate("DeskError", "This attendance was already removed on {0}."),
                           att.voided_at.strftime("%Y-%m-%d %H:%M"))
        get_event(att.event_id, live=True)
        points.reverse_for_source(ATTENDANCE_SOURCE, att.id, reason, operator)
        stamp = now()
        before = audit.snapshot(att)
        att.voided_at, att.voided_by, att.void_reason = stamp, operator, reason
        att.save()
        audit.record(operator, "event.remove_attendance", "event_attendance", att.id, before, audit.snapshot(att))
        if att.walk_in:
            # The walk-in's registration was made by this sign-in: a wrongly scanned person
            # must not stay on the list either.
            reg = live_registrations(att.event_id).where(
                (EventRegistration.person == att.person_id) & EventRegistration.walk_in).first()
            if reg is not None:
                before = audit.snapshot(reg)
                reg.voided_at, reg.voided_by, reg.void_reason = stamp, operator, reason
                reg.save()
                audit.record(operator, "event.unregister", "event_registration", reg.id, before, audit.snapshot(reg))
    return att
