"""A person's history on one timeline: visits, points, rewards, gifts and what later duties add.

Each known record type has a small reader below. Any other model that points at ``Person``
(a duty built later) still shows up through the generic reader, with its table name, so a
person page never silently hides a record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk import models
from desk.models import (
    Campaign, Distribution, DistributionLine, Event, EventAttendance, EventRegistration, GiftItem, Person,
    PointEntry, PointRule, Redemption, ServiceType, Visit, VisitService,
)
from desk.services.people.merge import person_references

VISIT = "visit"
POINTS = "points"
REDEMPTION = "redemption"
GIFT_RECEIVED = "gift_received"
GIFT_DELIVERED = "gift_delivered"
CAMPAIGN_LIST = "campaign_list"
EVENT_ATTENDED = "event_attendance"


@dataclass(frozen=True)
class TimelineEntry:
    """One line on a person's page. ``kind`` is a code the UI names; ``detail`` is data."""

    at: dt.datetime
    kind: str
    detail: str
    amount: int | None = None  # points, for ledger lines
    voided: bool = False
    source: str = ""  # table name, for the generic reader


def _visits(pid: int) -> list[TimelineEntry]:
    visits = list(Visit.select().where(Visit.person == pid))
    names: dict[int, list[str]] = {}
    if visits:
        for vid, name in (
            VisitService.select(VisitService.visit, ServiceType.name).join(ServiceType)
            .where(VisitService.visit.in_([v.id for v in visits])).order_by(ServiceType.sort_order).tuples()
        ):
            names.setdefault(vid, []).append(name)
    return [
        TimelineEntry(v.visited_at, VISIT, "、".join(names.get(v.id, [])) + (f"（{v.note}）" if v.note else ""),
                      voided=v.voided_at is not None)
        for v in visits
    ]


def _points(pid: int) -> list[TimelineEntry]:
    query = (
        PointEntry.select(PointEntry, PointRule)
        .join(PointRule, pw.JOIN.LEFT_OUTER)
        .where(PointEntry.person == pid)
    )
    out = []
    for e in query:
        what = e.rule.name if e.rule_id else ""
        detail = "；".join(x for x in (what, e.note) if x)
        out.append(TimelineEntry(e.created_at, POINTS, detail, amount=e.delta))
    return out


def _redemptions(pid: int) -> list[TimelineEntry]:
    query = Redemption.select(Redemption, GiftItem).join(GiftItem).where(Redemption.person == pid)
    return [
        TimelineEntry(r.created_at, REDEMPTION, f"{r.item.name} × {r.quantity}", amount=-r.points,
                      voided=r.voided_at is not None)
        for r in query
    ]


def _distributions(pid: int) -> list[TimelineEntry]:
    query = (
        Distribution.select(Distribution, Campaign).join(Campaign)
        .where((Distribution.recipient == pid) | (Distribution.deliverer == pid))
    )
    dists = list(query)
    lines: dict[int, list[str]] = {}
    if dists:
        for did, item, qty in (
            DistributionLine.select(DistributionLine.distribution, GiftItem.name, DistributionLine.quantity)
            .join(GiftItem).where(DistributionLine.distribution.in_([d.id for d in dists])).tuples()
        ):
            lines.setdefault(did, []).append(f"{item} × {qty}")
    out = []
    for d in dists:
        detail = d.campaign.name + (("：" + "、".join(lines[d.id])) if d.id in lines else "")
        voided = d.voided_at is not None
        if d.recipient_id == pid:
            out.append(TimelineEntry(d.handed_at, GIFT_RECEIVED, detail, voided=voided))
        if d.deliverer_id == pid:
            out.append(TimelineEntry(d.handed_at, GIFT_DELIVERED, detail, voided=voided))
    return out


def _events(pid: int) -> list[TimelineEntry]:
    """Events the person signed in at; a removed sign-in or a cancelled event shows voided.

    Registrations alone are not history worth a line (the event's page lists them)."""
    query = (
        EventAttendance.select(EventAttendance.checked_at, EventAttendance.walk_in, EventAttendance.voided_at,
                               Event.title, Event.place, Event.voided_at)
        .join(Event, on=(EventAttendance.event == Event.id))
        .where(EventAttendance.person == pid)
    )
    return [
        TimelineEntry(at, EVENT_ATTENDED, f"{title}（{place}）" if place else title,
                      voided=removed is not None or cancelled is not None)
        for at, _walk_in, removed, title, place, cancelled in query.tuples()
    ]


# Readers of the record types this module knows, and the foreign keys they cover.
_READERS = (_visits, _points, _redemptions, _distributions, _events)
_COVERED = {
    (Visit, "person"), (PointEntry, "person"), (Redemption, "person"),
    (Distribution, "recipient"), (Distribution, "deliverer"), (Person, "merged_into"),
    (EventAttendance, "person"), (EventRegistration, "person"),
}
_TIME_FIELDS = ("at", "happened_at", "created_at", "reported_at", "handed_at", "visited_at")


def _generic(pid: int, fld: pw.ForeignKeyField) -> list[TimelineEntry]:
    model = fld.model
    if model is models.CampaignMember:
        query = Campaign.select(Campaign.starts_on, Campaign.name).join(
            models.CampaignMember, on=(models.CampaignMember.campaign == Campaign.id)
        ).where(models.CampaignMember.person == pid)
        return [TimelineEntry(dt.datetime.combine(day, dt.time()), CAMPAIGN_LIST, name) for day, name in query.tuples()]
    time_field = next((model._meta.fields[n] for n in _TIME_FIELDS if n in model._meta.fields), None)
    if time_field is None:
        return []
    voided = model._meta.fields.get("voided_at")
    out = []
    for row in model.select().where(fld == pid):
        at = getattr(row, time_field.name)
        if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
            at = dt.datetime.combine(at, dt.time())
        label = getattr(row, "title", None) or getattr(row, "name", None) or getattr(row, "note", "") or ""
        out.append(TimelineEntry(at, model._meta.table_name, str(label),
                                 voided=voided is not None and getattr(row, "voided_at") is not None,
                                 source=model._meta.table_name))
    return out


def timeline(person_id: int) -> list[TimelineEntry]:
    """Everything recorded about the person, newest first."""
    entries: list[TimelineEntry] = []
    for reader in _READERS:
        entries.extend(reader(person_id))
    for fld in person_references():
        if (fld.model, fld.name) not in _COVERED:
            entries.extend(_generic(person_id, fld))
    entries.sort(key=lambda e: e.at or dt.datetime.min, reverse=True)
    return entries
