"""The figures of the duties that have been at the desk from the start: visits, people, gifts, points.

Each function answers one figure group for a period ``[start, end)`` of dates; voided records
never count. The dashboard, the monthly workbook and ``desk export`` all read these, so they
cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import (
    Campaign,
    Distribution,
    DistributionLine,
    GiftItem,
    Person,
    PointEntry,
    PointRule,
    Redemption,
    ServiceType,
    Visit,
    VisitService,
)
from desk.services.people.records import KINDS
from desk.services.stock import ledger as stock

REDEMPTION = "redemption"


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())


@dataclass(frozen=True)
class VisitFigures:
    person_times: int  # 服务人次: live visits, anonymous walk-ins included
    people: int  # distinct named people
    anonymous: int  # walk-ins without a name
    by_service: tuple[tuple[str, int], ...]  # (service name, person-times), catalog order
    by_kind: tuple[tuple[str, int], ...]  # (kind code, person-times), KINDS order


def visit_figures(start: dt.date, end: dt.date) -> VisitFigures:
    lo, hi = _bounds(start, end)
    live = (Visit.visited_at >= lo) & (Visit.visited_at < hi) & Visit.voided_at.is_null()
    total, people, anonymous = (
        Visit.select(pw.fn.COUNT(Visit.id), pw.fn.COUNT(Visit.person.distinct()),
                     pw.fn.SUM(pw.Case(None, [(Visit.person.is_null(), 1)], 0)))
        .where(live).tuples().first()
    )
    used = dict(
        VisitService.select(VisitService.service, pw.fn.COUNT(VisitService.id))
        .join(Visit).where(live).group_by(VisitService.service).tuples()
    )
    services = ServiceType.select().order_by(ServiceType.sort_order, ServiceType.id)
    by_service = tuple((s.name, int(used.get(s.id, 0))) for s in services if s.retired_at is None or used.get(s.id))
    kind = pw.fn.COALESCE(Person.kind, Visit.anon_kind)
    counts = dict(
        Visit.select(kind, pw.fn.COUNT(Visit.id))
        .join(Person, pw.JOIN.LEFT_OUTER, on=(Visit.person == Person.id))
        .where(live).group_by(kind).tuples()
    )
    by_kind = tuple((code, int(counts.get(code, 0))) for code in KINDS)
    return VisitFigures(int(total or 0), int(people or 0), int(anonymous or 0), by_service, by_kind)


@dataclass(frozen=True)
class PeopleFigures:
    registered: int  # new people in the period (merged duplicates left out)
    workers: int  # of them riders, couriers and drivers
    caring_team: int  # members of the Caring Rider Team now


def people_figures(start: dt.date, end: dt.date) -> PeopleFigures:
    from desk.services.people.records import WORKER_KINDS

    lo, hi = _bounds(start, end)
    new = Person.select().where((Person.created_at >= lo) & (Person.created_at < hi) & Person.voided_at.is_null()
                                & Person.merged_into.is_null())
    team = Person.select().where(Person.caring_team & Person.voided_at.is_null() & Person.archived_at.is_null()
                                 & Person.anonymised_at.is_null()).count()
    return PeopleFigures(new.count(), new.where(Person.kind.in_(WORKER_KINDS)).count(), team)


@dataclass(frozen=True)
class GiftFigures:
    shares: int  # live shares handed out in the period
    people: int  # distinct recipients
    deliveries: int  # shares riders took to elderly homes
    by_item: tuple[tuple[str, str, int], ...]  # (item, unit, quantity handed out)
    by_campaign: tuple[tuple[str, int, int], ...]  # (campaign, shares, deliveries)
    stock_left: tuple[tuple[str, str, int], ...]  # (item, unit, on hand now) for live items


def gift_figures(start: dt.date, end: dt.date) -> GiftFigures:
    lo, hi = _bounds(start, end)
    live = (Distribution.handed_at >= lo) & (Distribution.handed_at < hi) & Distribution.voided_at.is_null()
    shares, people, deliveries = (
        Distribution.select(pw.fn.COUNT(Distribution.id), pw.fn.COUNT(Distribution.recipient.distinct()),
                            pw.fn.COUNT(Distribution.deliverer))
        .where(live).tuples().first()
    )
    by_item = tuple(
        (name, unit, int(qty))
        for name, unit, qty in DistributionLine.select(GiftItem.name, GiftItem.unit, pw.fn.SUM(DistributionLine.quantity))
        .join(Distribution).switch(DistributionLine).join(GiftItem)
        .where(live).group_by(GiftItem.id, GiftItem.name, GiftItem.unit).order_by(GiftItem.name).tuples()
    )
    by_campaign = tuple(
        (name, int(n), int(d or 0))
        for name, n, d in Distribution.select(Campaign.name, pw.fn.COUNT(Distribution.id), pw.fn.COUNT(Distribution.deliverer))
        .join(Campaign).where(live).group_by(Campaign.id, Campaign.name).order_by(Campaign.starts_on, Campaign.id).tuples()
    )
    have = stock.on_hand_all()
    stock_left = tuple((i.name, i.unit, int(have.get(i.id, 0))) for i in stock.items())
    return GiftFigures(int(shares or 0), int(people or 0), int(deliveries or 0), by_item, by_campaign, stock_left)


@dataclass(frozen=True)
class TopRider:
    rank: int
    person_id: int
    name: str
    phone: str
    platform: str
    points: int
    deeds: int


@dataclass(frozen=True)
class PointFigures:
    awarded: int  # points of live awards made in the period
    awards: int
    earners: int  # distinct people who earned
    reversed: int  # points taken back by corrections made in the period
    reversals: int
    redeemed: int  # points spent in the points supermarket (live redemptions)
    redemptions: int
    by_category: tuple[tuple[str, int, int], ...]  # (rule category, points, deeds)
    top: tuple[TopRider, ...]  # the period's top 10 earners


def point_figures(start: dt.date, end: dt.date, top: int = 10) -> PointFigures:
    lo, hi = _bounds(start, end)
    in_period = (PointEntry.created_at >= lo) & (PointEntry.created_at < hi)
    award = (PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null() & (PointEntry.source_type != REDEMPTION)
             & (PointEntry.delta > 0))
    awarded, awards, earners = (
        PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0), pw.fn.COUNT(PointEntry.id),
                          pw.fn.COUNT(PointEntry.person.distinct()))
        .where(in_period & award).tuples().first()
    )
    # A correction is the reversing line; its own time says when points were taken back.
    original = PointEntry.alias()
    reversed_points, reversals = (
        PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0), pw.fn.COUNT(PointEntry.id))
        .join(original, on=(PointEntry.reverses == original.id))
        .where(in_period & PointEntry.reverses.is_null(False) & (original.source_type != REDEMPTION))
        .tuples().first()
    )
    redeemed, redemptions = (
        Redemption.select(pw.fn.COALESCE(pw.fn.SUM(Redemption.points), 0), pw.fn.COUNT(Redemption.id))
        .where((Redemption.created_at >= lo) & (Redemption.created_at < hi) & Redemption.voided_at.is_null())
        .tuples().first()
    )
    by_category = tuple(
        (cat or "manual", int(p), int(n))
        for cat, p, n in PointEntry.select(PointRule.category, pw.fn.SUM(PointEntry.delta), pw.fn.COUNT(PointEntry.id))
        .join(PointRule, pw.JOIN.LEFT_OUTER).where(in_period & award)
        .group_by(PointRule.category).order_by(pw.fn.SUM(PointEntry.delta).desc()).tuples()
    )
    earned = pw.fn.SUM(PointEntry.delta)
    rows = (
        PointEntry.select(Person.id, Person.name, Person.phone, Person.platform, earned, pw.fn.COUNT(PointEntry.id))
        .join(Person, on=(PointEntry.person == Person.id))
        .where(in_period & award & Person.voided_at.is_null() & Person.anonymised_at.is_null())
        .group_by(Person.id, Person.name, Person.phone, Person.platform)
        .order_by(earned.desc(), pw.fn.COUNT(PointEntry.id).desc(), Person.name)
        .limit(top).tuples()
    )
    leaders: list[TopRider] = []
    for i, (pid, name, phone, platform, pts, deeds) in enumerate(rows):
        rank = leaders[-1].rank if leaders and leaders[-1].points == pts else i + 1
        leaders.append(TopRider(rank, pid, name, phone or "", platform or "", int(pts), int(deeds)))
    return PointFigures(int(awarded), int(awards), int(earners), -int(reversed_points), int(reversals),
                        int(redeemed), int(redemptions), by_category, tuple(leaders))
