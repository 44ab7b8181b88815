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
    Campaign, Distribution, DistributionLine, Event, EventAttendance, EventRegistration, GiftItem, HazardCategory,
    HazardReport, HelpRecord, HelpRecordHelper,
    Person, PointEntry, PointRule, Redemption, ServiceType, Visit, VisitService, Wish,
)
from desk.services.common.masking import courtesy_name
from desk.services.people.merge import person_references

VISIT = "visit"
POINTS = "points"
REDEMPTION = "redemption"
GIFT_RECEIVED = "gift_received"
GIFT_DELIVERED = "gift_delivered"
CAMPAIGN_LIST = "campaign_list"
WISH = "wish"
# A wish's state as the person page says it (stored data is in the station's language).
WISH_STATES = {"awaiting": "待审核", "open": "待认领", "claimed": "已认领", "fulfilled": "已完成",
               "declined": "未通过", "withdrawn": "已撤回"}
HAZARD_REPORT = "hazard_report"
HELP_RECORD = "help_record"
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


def _wishes(pid: int) -> list[TimelineEntry]:
    """Their own wishes (dated when taken down) and the wishes they claimed (dated when fulfilled or claimed)."""
    out = []
    for w in Wish.select().where((Wish.rider == pid) | (Wish.claimant_person == pid)):
        state = WISH_STATES.get(w.status, w.status)
        if w.rider_id == pid:
            who = f"，{w.claimant_unit.name if w.claimant_unit_id else w.claimant_person.name}认领" \
                if (w.claimant_unit_id or w.claimant_person_id) else ""
            out.append(TimelineEntry(w.created_at, WISH, f"本人心愿『{w.what}』（{state}{who}）",
                                     voided=w.status == "withdrawn"))
        if w.claimant_person_id == pid:
            at = dt.datetime.combine(w.fulfilled_on, dt.time(12)) if w.fulfilled_on else w.claimed_at or w.created_at
            rider = courtesy_name(w.rider.name, w.courtesy, anonymised=w.rider.anonymised_at is not None)
            out.append(TimelineEntry(at, WISH, f"认领{rider}的心愿『{w.what}』（{state}）"))
    return out


def _hazard_reports(pid: int) -> list[TimelineEntry]:
    from desk.services.grid.terms import format_place

    query = HazardReport.select(HazardReport, HazardCategory).join(HazardCategory).where(HazardReport.reporter == pid)
    return [
        TimelineEntry(r.created_at, HAZARD_REPORT,
                      f"#{r.id} {format_place(r.building, r.unit, r.floor, r.place)}：{r.category.name}",
                      voided=r.voided_at is not None)
        for r in query
    ]


def _help_given(pid: int) -> list[TimelineEntry]:
    # Only the record's number: who was helped is not for every page that shows this person.
    query = (HelpRecord.select(HelpRecord.id, HelpRecord.happened_at, HelpRecord.voided_at)
             .join(HelpRecordHelper).where(HelpRecordHelper.person == pid))
    return [TimelineEntry(h.happened_at, HELP_RECORD, f"#{h.id}", voided=h.voided_at is not None) for h in query]


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
_READERS = (_visits, _points, _redemptions, _distributions, _wishes, _hazard_reports, _help_given, _events)
_COVERED = {
    (Visit, "person"), (PointEntry, "person"), (Redemption, "person"),
    (Distribution, "recipient"), (Distribution, "deliverer"), (Person, "merged_into"),
    (Wish, "rider"), (Wish, "claimant_person"),
    (HazardReport, "reporter"), (HelpRecordHelper, "person"),
    (EventAttendance, "person"), (EventRegistration, "person"),
    # A check-in notice or a stored photo belongs to a record already on the page (a report, a wish).
    (models.Notice, "person"), (models.Attachment, "person"),
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
