"""The events' figures for a period: what the monthly workbook and the events tab both show.

One Qt-free function, ``figures(start, end)``, so the tab and the party committee's workbook
can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import Event, EventAttendance, now
from desk.services.events.events import CATEGORIES


@dataclass(frozen=True)
class CategoryFigures:
    category: str  # a code of ``CATEGORIES``
    events: int
    attendance: int  # person-times
    attendees: int  # distinct people
    walk_ins: int


@dataclass(frozen=True)
class EventFigures:
    """Events held in ``[start, end]`` (both days included), by the day each event started.

    Held: started by ``at`` and not cancelled. Attendance counts live sign-ins (removed ones
    and those of cancelled events left out); a person at three events is three person-times
    and one attendee.
    """

    start: dt.date
    end: dt.date
    events_held: int
    attendance: int
    attendees: int
    walk_ins: int
    cancelled: int  # events in the period that were cancelled
    upcoming: int  # events in the period not started yet
    by_category: tuple[CategoryFigures, ...]  # every category with an event held, in CATEGORIES order


def figures(start: dt.date, end: dt.date, *, at: dt.datetime | None = None) -> EventFigures:
    """The period's figures; ``end`` is the last day counted (a month: the 1st to the 30th/31st)."""
    at = at or now()
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    in_period = (Event.starts_at >= lo) & (Event.starts_at < hi)
    held = in_period & Event.voided_at.is_null() & (Event.starts_at <= at)
    events_by_cat = dict(Event.select(Event.category, pw.fn.COUNT(Event.id)).where(held)
                         .group_by(Event.category).tuples())
    cancelled = Event.select().where(in_period & Event.voided_at.is_null(False)).count()
    upcoming = Event.select().where(in_period & Event.voided_at.is_null() & (Event.starts_at > at)).count()
    live = (EventAttendance.select(Event.category, EventAttendance.person, EventAttendance.walk_in)
            .join(Event, on=(EventAttendance.event == Event.id))
            .where(held & EventAttendance.voided_at.is_null()))
    per_cat: dict[str, list[int]] = {}  # category -> [attendance, walk-ins]
    people_by_cat: dict[str, set[int]] = {}
    everyone: set[int] = set()
    walk_ins = attendance = 0
    for category, person_id, walk_in in live.tuples():
        counts = per_cat.setdefault(category, [0, 0])
        counts[0] += 1
        counts[1] += int(bool(walk_in))
        people_by_cat.setdefault(category, set()).add(person_id)
        everyone.add(person_id)
        attendance += 1
        walk_ins += int(bool(walk_in))
    order = list(CATEGORIES) + sorted(set(events_by_cat) - set(CATEGORIES))
    by_category = tuple(
        CategoryFigures(code, int(events_by_cat.get(code, 0)), per_cat.get(code, [0, 0])[0],
                        len(people_by_cat.get(code, ())), per_cat.get(code, [0, 0])[1])
        for code in order if events_by_cat.get(code)
    )
    return EventFigures(start=start, end=end, events_held=sum(events_by_cat.values()), attendance=attendance,
                        attendees=len(everyone), walk_ins=walk_ins, cancelled=cancelled, upcoming=upcoming,
                        by_category=by_category)


def month_figures(day: dt.date, *, at: dt.datetime | None = None) -> EventFigures:
    """The calendar month of ``day``."""
    first = day.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return figures(first, nxt - dt.timedelta(days=1), at=at)


def year_figures(day: dt.date, *, at: dt.datetime | None = None) -> EventFigures:
    return figures(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), at=at)
