"""Registering people for an event ahead of it (报名): one by one, or a filtered roster at once.

Past the event's capacity the desk is warned first: ``register`` then writes nothing and returns
a result saying how far over it would go; the desk asks, and calls again with ``over_capacity_ok``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Event, EventAttendance, EventRegistration, Operator, Person, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.common.reasons import required_reason
from desk.services.events.events import get_event
from desk.services.people.roster import RosterFilter, roster_rows

BULK_MAX = 2000  # a whole grid fits; a slip that picks the entire roster twice over does not


@dataclass(frozen=True)
class RegistrationResult:
    """What ``register`` did, or (``needs_confirmation``) what it would do past the capacity."""

    event_id: int
    registered: tuple[int, ...]  # person ids newly registered (empty when asking first)
    already: tuple[int, ...]  # were registered before
    capacity: int | None
    total: int  # live registrations after this call (or that it would make)
    needs_confirmation: bool = False

    @property
    def over_by(self) -> int:
        return 0 if self.capacity is None else max(0, self.total - self.capacity)


def live_registrations(event_id: int):
    return EventRegistration.select().where(
        (EventRegistration.event == event_id) & EventRegistration.voided_at.is_null())


def registered_count(event_id: int) -> int:
    return live_registrations(event_id).count()


def _people(person_ids: Iterable[int]) -> list[Person]:
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose at least one person."))
    if len(ids) > BULK_MAX:
        raise ValidationError(translate("DeskError", "At most {0} people can be registered at once."), BULK_MAX)
    found = {p.id: p for p in Person.select().where(Person.id.in_(ids))}
    people = []
    for pid in ids:
        person = found.get(pid)
        if person is None:
            raise NotFound(translate("DeskError", "This person is not in the roster."))
        if person.voided_at is not None or person.anonymised_at is not None or person.merged_into_id is not None:
            raise ValidationError(translate("DeskError", "{0}'s record is closed; use the current one."), person.name)
        people.append(person)
    return people


def _check_open(event: Event, at: dt.datetime) -> None:
    if event.ends_at < at - dt.timedelta(days=1):
        raise Conflict(translate("DeskError", "The event {0} is over; sign people in under attendance instead."),
                       event.title)


def register(
    event_id: int,
    person_ids: Iterable[int],
    operator: Operator,
    *,
    over_capacity_ok: bool = False,
    at: dt.datetime | None = None,
) -> RegistrationResult:
    """Register people for an event; those already registered are left as they are.

    Past the capacity, nothing is written unless ``over_capacity_ok``: the result has
    ``needs_confirmation`` and says by how many the event would be over.
    """
    require(operator, "event.register")
    at = at or now()
    with write():
        event = get_event(event_id, live=True)
        _check_open(event, at)
        people = _people(person_ids)
        current = {r.person_id for r in live_registrations(event.id).select(EventRegistration.person)}
        new = [p for p in people if p.id not in current]
        already = tuple(p.id for p in people if p.id in current)
        total = len(current) + len(new)
        over = event.capacity is not None and new and total > event.capacity
        if over and not over_capacity_ok:
            return RegistrationResult(event.id, (), already, event.capacity, total, needs_confirmation=True)
        for person in new:
            reg = EventRegistration.create(event=event, person=person, registered_at=at, created_by=operator)
            audit.record(operator, "event.register", "event_registration", reg.id, after=audit.snapshot(reg))
    return RegistrationResult(event.id, tuple(p.id for p in new), already, event.capacity, total)


def roster_for(flt: RosterFilter) -> list[int]:
    """The ids of everyone a roster filter shows (all of grid 3, the Caring Rider Team...)."""
    return [row.id for row in roster_rows(flt) if not row.anonymised]


def unregister(event_id: int, person_id: int, reason: str, operator: Operator) -> EventRegistration:
    """Take a person off the list (they called to say they cannot come); kept in history."""
    require(operator, "event.register")
    reason = required_reason(reason, translate("DeskError", "Please say why the registration is cancelled."))
    with write():
        event = get_event(event_id, live=True)
        reg = live_registrations(event.id).where(EventRegistration.person == person_id).first()
        if reg is None:
            raise NotFound(translate("DeskError", "This person is not registered for the event."))
        attended = EventAttendance.select().where(
            (EventAttendance.event == event) & (EventAttendance.person == person_id)
            & EventAttendance.voided_at.is_null()).exists()
        if attended:
            raise Conflict(translate(
                "DeskError", "{0} has already signed in at this event; remove the attendance first."), reg.person.name)
        before = audit.snapshot(reg)
        reg.voided_at = now()
        reg.voided_by = operator
        reg.void_reason = reason
        reg.save()
        audit.record(operator, "event.unregister", "event_registration", reg.id, before, audit.snapshot(reg))
    return reg
