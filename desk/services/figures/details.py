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
               Column("积分", NUMBER, 7), Column("规则", TEXT, 26), Column("来源", TEXT, 12),
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


WISH_STATE_ZH = {"awaiting": "待审核", "open": "待认领", "claimed": "已认领", "fulfilled": "已完成",
                 "declined": "未通过", "withdrawn": "已撤回"}
# The grid tab's words: 不属实 is "found false"; 未核实 would read "not checked yet".
HAZARD_STATE_ZH = {"reported": "已上报", "dispatched": "已派单", "resolved": "已解决", "not_confirmed": "不属实",
                   "duplicate": "重复"}
HELPED_ZH = {"elderly": "老人", "child": "儿童"}
OUTCOME_ZH = {"taken_home": "送回家", "handed_to_family": "交给家属", "handed_to_community": "交给社区",
              "police_called": "报警求助"}
EVENT_CATEGORY_ZH = {"festival_visit": "节日走访", "health_clinic": "健康义诊", "culture_sports": "文体活动",
                     "safety_legal": "安全法治教育", "volunteering": "志愿服务", "party_building": "党建活动",
                     "meeting": "会议", "other": "其他活动"}


def wishes(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    """Wishes with anything happening in the period: taken down, claimed or fulfilled then."""
    columns = (Column("登记时间", DATETIME, 17), Column("心愿人", TEXT, 10), Column("手机号", TEXT, 14),
               Column("心愿", TEXT, 30), Column("类别", TEXT, 10), Column("估价（元）", NUMBER, 9),
               Column("状态", TEXT, 8), Column("认领方", TEXT, 14), Column("认领时间", DATETIME, 17),
               Column("完成日期", DATE, 11), Column("赠予", TEXT, 20))

    return Detail("微心愿明细", columns, _wish_rows(start, end, unmasked))


def _wish_rows(start: dt.date, end: dt.date, unmasked: bool) -> Iterator[tuple]:
    from desk.models import Wish

    lo, hi = _bounds(start, end)
    query = (Wish.select()
             .where(((Wish.created_at >= lo) & (Wish.created_at < hi))
                    | ((Wish.claimed_at >= lo) & (Wish.claimed_at < hi))
                    | ((Wish.fulfilled_on >= start) & (Wish.fulfilled_on < end)))
             .order_by(Wish.created_at, Wish.id))
    for w in query.iterator():
        claimant = w.claimant_unit.name if w.claimant_unit_id else (w.claimant_person.name if w.claimant_person_id else "")
        yield (w.created_at, w.rider.name, _phone(w.rider.phone, unmasked), w.what, w.category.name, w.value_yuan,
               WISH_STATE_ZH.get(w.status, w.status), claimant, w.claimed_at, w.fulfilled_on,
               w.given)


def hazards(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    """Reports made in the period, and older ones resolved or still open in it."""
    from desk.models import Grid, HazardCategory, HazardReport
    from desk.services.grid.terms import format_place

    lo, hi = _bounds(start, end)
    columns = (Column("编号", NUMBER, 7), Column("上报时间", DATETIME, 17), Column("上报人", TEXT, 10),
               Column("手机号", TEXT, 14), Column("网格", TEXT, 10), Column("地点", TEXT, 22),
               Column("问题", TEXT, 22), Column("描述", TEXT, 30), Column("状态", TEXT, 8),
               Column("处理人", TEXT, 10), Column("期限", DATE, 11), Column("解决时间", DATETIME, 17),
               Column("处理结果", TEXT, 24))

    def rows() -> Iterator[tuple]:
        Staff = Operator.alias()
        query = (HazardReport.select(HazardReport, Person, Grid, HazardCategory, Staff)
                 .join(Person, pw.JOIN.LEFT_OUTER, on=(HazardReport.reporter == Person.id)).switch(HazardReport)
                 .join(Grid, on=(HazardReport.grid == Grid.id)).switch(HazardReport)
                 .join(HazardCategory, on=(HazardReport.category == HazardCategory.id)).switch(HazardReport)
                 .join(Staff, pw.JOIN.LEFT_OUTER, on=(HazardReport.dispatched_to == Staff.id))
                 .where(HazardReport.voided_at.is_null() & (HazardReport.created_at < hi)
                        & ((HazardReport.created_at >= lo) | (HazardReport.resolved_at >= lo)
                           | HazardReport.state.in_(("reported", "dispatched"))))
                 .order_by(HazardReport.created_at, HazardReport.id))
        for r in query.iterator():
            reporter = r.reporter if r.reporter_id else None
            yield (r.id, r.created_at, reporter.name if reporter else "（工作人员发现）",
                   _phone(reporter.phone if reporter else "", unmasked), r.grid.name,
                   format_place(r.building, r.unit, r.floor, r.place), r.category.name, r.description,
                   HAZARD_STATE_ZH.get(r.state, r.state), r.dispatched_to.name if r.dispatched_to_id else "",
                   r.due_on, *((r.resolved_at, r.resolution) if r.state == "resolved" else (None, "")))

    return Detail("随手拍明细", columns, rows())


def helps(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    """Help records of the period. Who was helped (a child's or an elderly person's name, age,
    contact) is never exported, whatever the choice about phones; nor is the place."""
    from desk.models import HelpRecord, HelpRecordHelper

    lo, hi = _bounds(start, end)
    columns = (Column("编号", NUMBER, 7), Column("时间", DATETIME, 17), Column("帮扶对象", TEXT, 8),
               Column("结果", TEXT, 10), Column("帮扶骑手", TEXT, 24), Column("核实", TEXT, 8),
               Column("核实时间", DATETIME, 17))

    def rows() -> Iterator[tuple]:
        query = (HelpRecord.select()
                 .where((HelpRecord.happened_at >= lo) & (HelpRecord.happened_at < hi) & HelpRecord.voided_at.is_null())
                 .order_by(HelpRecord.happened_at, HelpRecord.id))
        for h in query.iterator():
            helpers = "、".join(x.person.name for x in HelpRecordHelper.select().where(HelpRecordHelper.help_record == h.id))
            yield (h.id, h.happened_at, HELPED_ZH.get(h.helped_kind, h.helped_kind), OUTCOME_ZH.get(h.outcome, h.outcome),
                   helpers, "已核实" if h.confirmed_at else "待核实", h.confirmed_at)

    return Detail("一老一小明细", columns, rows())


def events(start: dt.date, end: dt.date, unmasked: bool = False) -> Detail:
    """Live sign-ins at events held in the period, one row per person-time."""
    from desk.models import Event, EventAttendance

    lo, hi = _bounds(start, end)
    columns = (Column("活动开始", DATETIME, 17), Column("活动", TEXT, 22), Column("类别", TEXT, 10),
               Column("地点", TEXT, 18), Column("姓名", TEXT, 10), Column("手机号", TEXT, 14),
               Column("平台/单位", TEXT, 12), Column("签到时间", DATETIME, 17), Column("临时参加", TEXT, 8))

    def rows() -> Iterator[tuple]:
        query = (EventAttendance.select(Event.starts_at, Event.title, Event.category, Event.place, Person.name,
                                        Person.phone, Person.platform, EventAttendance.checked_at, EventAttendance.walk_in)
                 .join(Event, on=(EventAttendance.event == Event.id)).switch(EventAttendance)
                 .join(Person, on=(EventAttendance.person == Person.id))
                 .where((Event.starts_at >= lo) & (Event.starts_at < hi) & Event.voided_at.is_null()
                        & EventAttendance.voided_at.is_null())
                 .order_by(Event.starts_at, Event.id, EventAttendance.checked_at).tuples())
        for starts, title, category, place, name, phone, platform, checked, walk_in in query.iterator():
            yield (starts, title, EVENT_CATEGORY_ZH.get(category, category), place, name, _phone(phone, unmasked),
                   platform or "", checked, "是" if walk_in else "")

    return Detail("活动签到明细", columns, rows())


# Every duty's detail sheet, in the workbook's order.
DETAILS: tuple[Callable[[dt.date, dt.date, bool], Detail], ...] = (visits, gifts, wishes, hazards, helps, events, points)
