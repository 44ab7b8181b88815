"""The rows behind the figures: one detail table per duty for the monthly workbook.

Each function returns a ``Detail``: the Chinese column headers (the workbook is a Chinese
document for the party committee), which columns are user text (to be written formula-safe),
dates and numbers, and an iterator of rows. Rows stream from the database, so a busy month
never sits in memory. Phones are masked unless ``unmasked``; voided records are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import peewee as pw

from desk.models import (
    Campaign,
    Distribution,
    DistributionLine,
    GiftItem,
    Operator,
    Person,
    PointEntry,
    PointRule,
    ServiceType,
    Visit,
    VisitService,
)
from desk.services.common.masking import mask_phone
from desk.services.people.terms import KIND_ZH

TEXT, DATETIME, DATE, NUMBER = "text", "datetime", "date", "number"

SOURCE_ZH = {
    "manual": "手动", "redemption": "积分兑换", "distribution": "慰问品送上门", "event_attendance": "参加活动",
    "event": "参加活动", "hazard_report": "随手拍", "hazard": "随手拍", "help_record": "一老一小", "help": "一老一小",
    "wish": "微心愿",
}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT  # text | datetime | date | number
    width: float = 12


@dataclass
class Detail:
    sheet: str  # the sheet's name (≤ 31 characters)
    columns: tuple[Column, ...]
    rows: Iterable[tuple] = field(default_factory=tuple)
    landscape: bool = True


def _phone(phone: str | None, unmasked: bool) -> str:
    return (phone or "") if unmasked else mask_phone(phone)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())


def visits(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    lo, hi = _bounds(start, end)
    columns = (Column("到访时间", DATETIME, 17), Column("姓名", TEXT, 10), Column("手机号", TEXT, 14),
               Column("身份", TEXT, 12), Column("平台/单位", TEXT, 12), Column("网格", TEXT, 10),
               Column("使用服务", TEXT, 30), Column("值班人员", TEXT, 10))

    def rows() -> Iterator[tuple]:
        from desk.models import Grid

        services = {s.id: s.name for s in ServiceType.select()}
        grids = {g.id: g.name for g in Grid.select()}
        query = (Visit.select(Visit.id, Visit.visited_at, Visit.anon_kind, Person.name, Person.phone, Person.kind,
                              Person.platform, Person.grid, Operator.name)
                 .join(Person, pw.JOIN.LEFT_OUTER, on=(Visit.person == Person.id))
                 .switch(Visit).join(Operator, on=(Visit.created_by == Operator.id))
                 .where((Visit.visited_at >= lo) & (Visit.visited_at < hi) & Visit.voided_at.is_null())
                 .order_by(Visit.visited_at, Visit.id).tuples())
        # Services of a chunk of visits at a time: memory stays flat however busy the month.
        batch: list[tuple] = []

        def flush() -> Iterator[tuple]:
            used: dict[int, list[str]] = {}
            for vid, sid in (VisitService.select(VisitService.visit, VisitService.service)
                             .where(VisitService.visit.in_([b[0] for b in batch])).tuples()):
                used.setdefault(vid, []).append(services.get(sid, ""))
            for vid, at, anon, name, phone, kind, platform, grid, op in batch:
                yield (at, name or "（未登记散客）", _phone(phone, unmasked), KIND_ZH.get(kind or anon, kind or anon),
                       platform or "", grids.get(grid, ""), "、".join(used.get(vid, [])), op)
            batch.clear()

        for row in query.iterator():
            batch.append(row)
            if len(batch) >= 500:
                yield from flush()
        if batch:
            yield from flush()

    return Detail("到访明细", columns, rows())


def gifts(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    lo, hi = _bounds(start, end)
    columns = (Column("发放时间", DATETIME, 17), Column("慰问活动", TEXT, 16), Column("领取人", TEXT, 10),
               Column("手机号", TEXT, 14), Column("平台/单位", TEXT, 12), Column("物品", TEXT, 22),
               Column("送上门骑手", TEXT, 10), Column("已签收", TEXT, 7), Column("值班人员", TEXT, 10))

    def rows() -> Iterator[tuple]:
        Deliverer = Person.alias()
        query = (Distribution.select(Distribution.id, Distribution.handed_at, Campaign.name, Person.name, Person.phone,
                                     Person.platform, Deliverer.name, Distribution.signed, Operator.name)
                 .join(Campaign).switch(Distribution)
                 .join(Person, on=(Distribution.recipient == Person.id)).switch(Distribution)
                 .join(Deliverer, pw.JOIN.LEFT_OUTER, on=(Distribution.deliverer == Deliverer.id)).switch(Distribution)
                 .join(Operator, on=(Distribution.created_by == Operator.id))
                 .where((Distribution.handed_at >= lo) & (Distribution.handed_at < hi) & Distribution.voided_at.is_null())
                 .order_by(Distribution.handed_at, Distribution.id).tuples())
        lines: dict[int, list[str]] = {}
        for did, name, qty, unit in (DistributionLine.select(DistributionLine.distribution, GiftItem.name,
                                                             DistributionLine.quantity, GiftItem.unit)
                                     .join(GiftItem).join_from(DistributionLine, Distribution)
                                     .where((Distribution.handed_at >= lo) & (Distribution.handed_at < hi))
                                     .tuples()):
            lines.setdefault(did, []).append(f"{name} {qty}{unit}")
        for did, at, campaign, name, phone, platform, deliverer, signed, op in query.iterator():
            yield (at, campaign, name, _phone(phone, unmasked), platform or "", "、".join(lines.get(did, [])),
                   deliverer or "", "是" if signed else "", op)

    return Detail("慰问发放明细", columns, rows())


def points(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    lo, hi = _bounds(start, end)
    columns = (Column("时间", DATETIME, 17), Column("姓名", TEXT, 10), Column("手机号", TEXT, 14),
               Column("积分", NUMBER, 7), Column("规则", TEXT, 22), Column("来源", TEXT, 12),
               Column("说明", TEXT, 30), Column("值班人员", TEXT, 10))

    def rows() -> Iterator[tuple]:
        query = (PointEntry.select(PointEntry.created_at, Person.name, Person.phone, PointEntry.delta, PointRule.name,
                                   PointEntry.source_type, PointEntry.note, PointEntry.reverses, Operator.name)
                 .join(Person, on=(PointEntry.person == Person.id)).switch(PointEntry)
                 .join(PointRule, pw.JOIN.LEFT_OUTER).switch(PointEntry)
                 .join(Operator, on=(PointEntry.created_by == Operator.id))
                 .where((PointEntry.created_at >= lo) & (PointEntry.created_at < hi))
                 .order_by(PointEntry.created_at, PointEntry.id).tuples())
        for at, name, phone, delta, rule, source, note, reverses, op in query.iterator():
            kind = "冲正" if reverses else SOURCE_ZH.get(source, source)
            yield (at, name, _phone(phone, unmasked), delta, rule or "", kind, note, op)

    return Detail("积分明细", columns, rows())


# The duties' own detail tables (wishes, grid reports, help records, events) register here.
DUTY_DETAILS: list[Callable[[dt.date, dt.date, bool], Detail]] = []
