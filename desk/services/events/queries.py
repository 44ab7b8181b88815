"""Reading events: the lists with their counts, an event's registrations and attendance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import (
    Event, EventAttendance, EventRegistration, EventUnit, Operator, PartnerUnit, Person, PointEntry, now,
)

UPCOMING, PAST, ALL = "upcoming", "past", "all"
WHEN = (UPCOMING, PAST, ALL)


@dataclass(frozen=True)
class EventRow:
    """One line of the events list."""

    id: int
    title: str
    category: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    organiser: str
    units: str  # partner units, 、-separated
    capacity: int | None
    points: int
    registered: int  # registered ahead (walk-ins not included)
    attended: int  # signed in, walk-ins included
    walk_ins: int
    cancelled: bool
    cancel_reason: str


def _count(model, cond=None):
    where = (model.event == Event.id) & model.voided_at.is_null()
    return model.select(pw.fn.COUNT(model.id)).where(where if cond is None else where & cond)


def _rows(query) -> list[EventRow]:
    events = list(query.tuples())
    units: dict[int, list[str]] = {}
    if events:
        for eid, name in (EventUnit.select(EventUnit.event, PartnerUnit.name).join(PartnerUnit)
                          .where(EventUnit.event.in_([e[0] for e in events])).order_by(EventUnit.id).tuples()):
            units.setdefault(eid, []).append(name)
    return [
        EventRow(id=e[0], title=e[1], category=e[2], starts_at=e[3], ends_at=e[4], place=e[5], organiser=e[6],
                 units="、".join(units.get(e[0], [])), capacity=e[7], points=e[8], registered=int(e[11] or 0),
                 attended=int(e[12] or 0), walk_ins=int(e[13] or 0), cancelled=e[9] is not None, cancel_reason=e[10])
        for e in events
    ]


def _select():
    return Event.select(
        Event.id, Event.title, Event.category, Event.starts_at, Event.ends_at, Event.place, Event.organiser,
        Event.capacity, Event.points, Event.voided_at, Event.void_reason,
        _count(EventRegistration, EventRegistration.walk_in == False),  # noqa: E712
        _count(EventAttendance),
        _count(EventAttendance, EventAttendance.walk_in == True),  # noqa: E712
    )


def list_events(when: str = ALL, *, at: dt.datetime | None = None, limit: int | None = None,
                include_cancelled: bool = True) -> list[EventRow]:
    """Events with their counts. Upcoming (not yet over): soonest first; past: latest first."""
    at = at or now()
    query = _select()
    if when == UPCOMING:
        query = query.where(Event.ends_at >= at).order_by(Event.starts_at, Event.id)
    elif when == PAST:
        query = query.where(Event.ends_at < at).order_by(Event.starts_at.desc(), Event.id.desc())
    else:
        query = query.order_by(Event.starts_at.desc(), Event.id.desc())
    if not include_cancelled:
        query = query.where(Event.voided_at.is_null())
    if limit:
        query = query.limit(limit)
    return _rows(query)


def event_row(event_id: int) -> EventRow | None:
    rows = _rows(_select().where(Event.id == event_id))
    return rows[0] if rows else None


def events_of_person(person_id: int) -> list[EventRow]:
    """The events a person signed in at (live attendance), latest first."""
    attended = EventAttendance.select(EventAttendance.event).where(
        (EventAttendance.person == person_id) & EventAttendance.voided_at.is_null())
    return _rows(_select().where(Event.id.in_(attended)).order_by(Event.starts_at.desc()))


@dataclass(frozen=True)
class RegistrationRow:
    """One person on an event's list: registered (ahead or at the door) and whether they came."""

    id: int
    person_id: int
    name: str
    phone: str | None
    platform: str
    kind: str
    card_code: str
    registered_at: dt.datetime
    walk_in: bool
    operator: str
    attendance_id: int | None
    checked_at: dt.datetime | None
    voided: bool
    void_reason: str

    @property
    def attended(self) -> bool:
        return self.attendance_id is not None


def registrations(event_id: int, *, include_voided: bool = False) -> list[RegistrationRow]:
    """The event's registrations with their attendance, in registration order."""
    Att = EventAttendance.alias()
    query = (
        EventRegistration.select(
            EventRegistration.id, Person.id, Person.name, Person.phone, Person.platform, Person.kind, Person.card_code,
            EventRegistration.registered_at, EventRegistration.walk_in, Operator.name, Att.id, Att.checked_at,
            EventRegistration.voided_at, EventRegistration.void_reason)
        .join(Person, on=(EventRegistration.person == Person.id))
        .switch(EventRegistration)
        .join(Operator, on=(EventRegistration.created_by == Operator.id))
        .switch(EventRegistration)
        .join(Att, pw.JOIN.LEFT_OUTER, on=((Att.event == EventRegistration.event) & (Att.person == Person.id)
                                           & Att.voided_at.is_null() & EventRegistration.voided_at.is_null()))
        .where(EventRegistration.event == event_id)
        .order_by(EventRegistration.id)
    )
    if not include_voided:
        query = query.where(EventRegistration.voided_at.is_null())
    return [RegistrationRow(id=t[0], person_id=t[1], name=t[2], phone=t[3], platform=t[4] or "", kind=t[5],
                            card_code=t[6], registered_at=t[7], walk_in=bool(t[8]), operator=t[9], attendance_id=t[10],
                            checked_at=t[11], voided=t[12] is not None, void_reason=t[13])
            for t in query.tuples()]


@dataclass(frozen=True)
class AttendanceRow:
    """One sign-in at an event, with the points it earned (0 once reversed)."""

    id: int
    person_id: int
    name: str
    phone: str | None
    platform: str
    checked_at: dt.datetime
    walk_in: bool
    method: str
    points: int
    operator: str
    created_by_id: int
    created_at: dt.datetime
    voided: bool
    void_reason: str


def attendances(event_id: int, *, include_voided: bool = True) -> list[AttendanceRow]:
    """The event's sign-ins, newest first; removed ones too (greyed) unless ``include_voided=False``."""
    earned = (PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0))
              .where((PointEntry.source_type == "event_attendance") & (PointEntry.source_id == EventAttendance.id)))
    query = (
        EventAttendance.select(
            EventAttendance.id, Person.id, Person.name, Person.phone, Person.platform, EventAttendance.checked_at,
            EventAttendance.walk_in, EventAttendance.method, earned, Operator.name, EventAttendance.created_by,
            EventAttendance.created_at, EventAttendance.voided_at, EventAttendance.void_reason)
        .join(Person, on=(EventAttendance.person == Person.id))
        .switch(EventAttendance)
        .join(Operator, on=(EventAttendance.created_by == Operator.id))
        .where(EventAttendance.event == event_id)
        .order_by(EventAttendance.checked_at.desc(), EventAttendance.id.desc())
    )
    if not include_voided:
        query = query.where(EventAttendance.voided_at.is_null())
    rows = []
    for t in query.tuples():
        created = t[11] if isinstance(t[11], dt.datetime) else dt.datetime.fromisoformat(str(t[11]))
        rows.append(AttendanceRow(id=t[0], person_id=t[1], name=t[2], phone=t[3], platform=t[4] or "", checked_at=t[5],
                                  walk_in=bool(t[6]), method=t[7], points=int(t[8] or 0), operator=t[9],
                                  created_by_id=t[10], created_at=created, voided=t[12] is not None, void_reason=t[13]))
    return rows


def unit_names(event_id: int) -> list[str]:
    return [n for (n,) in EventUnit.select(PartnerUnit.name).join(PartnerUnit)
            .where(EventUnit.event == event_id).order_by(EventUnit.id).tuples()]
