"""Setting up community events (活动): create, change, copy as a template, cancel.

Part of the events duty; ``desk.services.events`` re-exports what it offers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Event, EventAttendance, EventUnit, Operator, PartnerUnit, PointRule, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.common.reasons import required_reason
from desk.services.points import ledger as points

TITLE_MAX = 60
PLACE_MAX = 60
ORGANISER_MAX = 60
DESCRIPTION_MAX = 1000
CAPACITY_MAX = 10_000
DEFAULT_PLACE = "乐享驿站多功能会议室"
POINT_RULE = "event_attended"  # resources/catalogs/point_rules.json
ATTENDANCE_SOURCE = "event_attendance"  # the points' source record: one person's attendance row

CATEGORIES = {
    "festival_visit": translate("Term", "festival visit"),
    "health_clinic": translate("Term", "health clinic"),
    "culture_sports": translate("Term", "culture & sports"),
    "safety_legal": translate("Term", "safety & legal education"),
    "volunteering": translate("Term", "volunteering"),
    "party_building": translate("Term", "party building"),
    "meeting": translate("Term", "meeting"),
    "other": translate("Term", "other event"),
}


@dataclass
class EventInput:
    """What the event form (or a copied template) gives to create or change an event."""

    title: str
    category: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = DEFAULT_PLACE
    organiser: str = ""
    unit_ids: list[int] = field(default_factory=list)
    capacity: int | None = None  # None: no limit
    points: int | None = None  # None: the rule's default; 0: no points
    description: str = ""


def point_rule() -> PointRule | None:
    """The rule attendance points are awarded under (None if an admin removed it)."""
    return PointRule.get_or_none(PointRule.code == POINT_RULE)


def default_points() -> int:
    rule = point_rule()
    return rule.default_points if rule is not None and rule.retired_at is None else 0


def get_event(event_id: int, *, live: bool = False) -> Event:
    """The event; ``live=True`` refuses a cancelled one."""
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(translate("DeskError", "That event does not exist."))
    if live and event.voided_at is not None:
        raise Conflict(translate(
            "DeskError", "The event {0} was cancelled on {1}; nothing more can be recorded for it."),
            event.title, event.voided_at.strftime("%Y-%m-%d"))
    return event


def _text(value: str | None, limit: int, too_long: str) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise ValidationError(too_long, limit)
    return text


def _whole(value: object, message: str) -> int:
    if isinstance(value, bool) or value is None:
        raise ValidationError(message)
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError(message)
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(message) from None


def _validated(data: EventInput, event: Event | None = None) -> dict[str, Any]:
    title = _text(data.title, TITLE_MAX, translate("DeskError", "An event's title can be at most {0} characters."))
    if not title:
        raise ValidationError(translate("DeskError", "Please enter the event's title (e.g. 反诈宣传讲座)."))
    if data.category not in CATEGORIES:
        raise ValidationError(translate("DeskError", "Unknown kind of event: {0}."), data.category)
    if not isinstance(data.starts_at, dt.datetime) or not isinstance(data.ends_at, dt.datetime):
        raise ValidationError(translate("DeskError", "Please enter when the event starts and ends."))
    starts_at, ends_at = data.starts_at.replace(microsecond=0), data.ends_at.replace(microsecond=0)
    if ends_at <= starts_at:
        raise ValidationError(translate("DeskError", "The event ends ({1}) before it starts ({0}); check the times."),
                              starts_at.strftime("%Y-%m-%d %H:%M"), ends_at.strftime("%Y-%m-%d %H:%M"))
    if ends_at - starts_at > dt.timedelta(days=31):
        raise ValidationError(translate("DeskError", "An event can last at most 31 days; check the dates."))
    place = _text(data.place, PLACE_MAX, translate("DeskError", "A place can be at most {0} characters."))
    place = place or DEFAULT_PLACE
    organiser = _text(data.organiser, ORGANISER_MAX,
                      translate("DeskError", "An organiser can be at most {0} characters."))
    description = (data.description or "").strip()
    if len(description) > DESCRIPTION_MAX:
        raise ValidationError(translate("DeskError", "A description can be at most {0} characters."), DESCRIPTION_MAX)
    capacity = None
    if data.capacity is not None:
        capacity = _whole(data.capacity,
                          translate("DeskError", "Please enter the capacity as a whole number of people."))
        if capacity < 1:
            raise ValidationError(translate(
                "DeskError",
                "A capacity of {0} is not possible: enter at least 1 person, or leave it empty for no limit."),
                capacity)
        if capacity > CAPACITY_MAX:
            raise ValidationError(translate("DeskError", "A capacity can be at most {0} people."), CAPACITY_MAX)
    amount = _points(data.points, event)
    units = list(dict.fromkeys(int(u) for u in data.unit_ids))
    if units:
        found = {u.id: u for u in PartnerUnit.select().where(PartnerUnit.id.in_(units))}
        linked = set() if event is None else {
            eu.unit_id for eu in EventUnit.select(EventUnit.unit).where(EventUnit.event == event)}
        for unit_id in units:
            unit = found.get(unit_id)
            if unit is None:
                raise ValidationError(translate("DeskError", "Partner unit {0} does not exist."), unit_id)
            if unit.retired_at is not None and unit_id not in linked:
                raise ValidationError(translate("DeskError", "The partner unit {0} is retired."), unit.name)
    return dict(fields=dict(title=title, category=data.category, starts_at=starts_at, ends_at=ends_at, place=place,
                            organiser=organiser, capacity=capacity, points=amount, description=description),
                units=units)


def _points(value: object, event: Event | None) -> int:
    if value is None:
        return default_points()
    amount = _whole(value, translate("DeskError", "Please enter a whole number of points."))
    if amount == 0 or (event is not None and amount == event.points):
        return amount  # no points, or unchanged (the rule's bounds may have moved since)
    rule = point_rule()
    if rule is None or rule.retired_at is not None:
        raise ValidationError(translate("DeskError", "The points rule for events is retired; set the points to 0."))
    if not (rule.min_points <= amount <= rule.max_points):
        raise ValidationError(
            translate("DeskError", "{0} points is outside what the rule {1} allows ({2} to {3})."),
            amount, rule.name, rule.min_points, rule.max_points,
        )
    return amount


def _snapshot(event: Event) -> dict[str, Any]:
    return audit.snapshot(event) | {
        "units": sorted(eu.unit_id for eu in EventUnit.select(EventUnit.unit).where(EventUnit.event == event))}


def _write_units(event: Event, units: list[int]) -> None:
    EventUnit.delete().where((EventUnit.event == event) & EventUnit.unit.not_in(units or [0])).execute()
    for unit_id in units:
        EventUnit.insert(event=event, unit=unit_id).on_conflict_ignore().execute()


def create_event(data: EventInput, operator: Operator, *, copied_from: int | None = None) -> Event:
    """A new event; ``copied_from`` names the past event it was copied from (kept for the record)."""
    require(operator, "event.manage")
    with write():
        values = _validated(data)
        source = get_event(copied_from) if copied_from is not None else None
        event = Event.create(created_by=operator, copied_from=source, **values["fields"])
        _write_units(event, values["units"])
        audit.record(operator, "event.create", "event", event.id, after=_snapshot(event))
    return event


def update_event(event_id: int, data: EventInput, operator: Operator) -> Event:
    """Change an event. Points already awarded keep their amount; new sign-ins get the new one."""
    require(operator, "event.manage")
    with write():
        event = get_event(event_id, live=True)
        values = _validated(data, event)
        before = _snapshot(event)
        for key, value in values["fields"].items():
            setattr(event, key, value)
        event.updated_at = now()
        event.save()
        _write_units(event, values["units"])
        audit.record(operator, "event.update", "event", event.id, before, _snapshot(event))
    return event


def event_input(event_id: int) -> EventInput:
    """The form's values of an existing event (to edit it)."""
    event = get_event(event_id)
    return EventInput(
        title=event.title, category=event.category, starts_at=event.starts_at, ends_at=event.ends_at,
        place=event.place, organiser=event.organiser, capacity=event.capacity, points=event.points,
        description=event.description,
        unit_ids=[eu.unit_id for eu in EventUnit.select(EventUnit.unit).where(EventUnit.event == event)
                  .order_by(EventUnit.id)],
    )


def template_from(event_id: int, on: dt.date) -> EventInput:
    """A past event's details as a new event on the day ``on``, same hours (copy as a template).

    Nothing is written: the desk opens the form with these values and ``create_event`` saves it.
    """
    data = event_input(event_id)
    length = data.ends_at - data.starts_at
    starts_at = dt.datetime.combine(on, data.starts_at.time())
    return replace(data, starts_at=starts_at, ends_at=starts_at + length)


@dataclass(frozen=True)
class CancelResult:
    event_id: int
    title: str
    points_reversed: int  # attendance awards taken back
    people: int  # whose points were reversed


def cancel_event(event_id: int, reason: str, operator: Operator) -> CancelResult:
    """Cancel an event with a reason. Every attendance's points are reversed; the rows stay as history.

    Refused (nothing changed) if someone has already spent the points this would take back.
    """
    require(operator, "event.cancel")
    reason = required_reason(reason, translate("DeskError", "Please say why the event is cancelled."))
    with write():
        event = get_event(event_id, live=True)
        before = audit.snapshot(event)
        reversed_lines = []
        attendances = EventAttendance.select(EventAttendance.id).where(
            (EventAttendance.event == event) & EventAttendance.voided_at.is_null())
        for (att_id,) in attendances.tuples():
            reversed_lines += points.reverse_for_source(ATTENDANCE_SOURCE, att_id, reason, operator)
        event.voided_at = now()
        event.voided_by = operator
        event.void_reason = reason
        event.save()
        audit.record(operator, "event.cancel", "event", event.id, before, audit.snapshot(event))
    return CancelResult(event.id, event.title, -sum(line.delta for line in reversed_lines),
                        len({line.person_id for line in reversed_lines}))
