"""Demo grid reports (文明随手拍) and help records (一老一小): a year across the 6 grids.

Riders report bikes blocking entrances, clutter in stairwells, flying-wire charging...; staff
are sent, clear it and the rider earns points; a few reports turn out not to be real or were
already reported; the newest are still waiting, some past their due date. About thirty times a
year a rider of the Caring Rider Team helps a lost child or elderly person. Some reports carry
small photos, drawn here without Qt. Everything goes through the grid service, in time order.
"""

from __future__ import annotations

import datetime as dt
import struct
import tempfile
import zlib
from pathlib import Path

from desk.errors import DeskError
from desk.models import HazardReport, Notice, Person
from desk.services.common import notices
from desk.services.common.permissions import allowed
from desk.services.grid import help as helps
from desk.services.grid import queries
from desk.services.grid import reports
from desk.services.grid.terms import REPORT_SOURCE, RESOLVED
from desk.services.people.records import WORKER_KINDS

# category code: (weight, what the rider said, with {place}, what staff did)
CATEGORIES = {
    "entrance_bikes": (5, ("{place}自行车把楼道出入口堵住了", "{place}门口停满自行车，老人进出不方便"),
                       ("已将自行车移至车棚，单元门口畅通", "物业已清理门口车辆并张贴提示")),
    "stairwell_clutter": (5, ("{place}楼道堆放的杂物太多了", "{place}楼梯间堆了旧家具和纸箱"),
                          ("已通知住户清理杂物，物业协助搬运", "楼道杂物已清空")),
    "flying_wire": (4, ("{place}窗口拉电线给电动车充电", "{place}有人从楼上飞线充电，很危险"),
                    ("已拆除飞线，提醒住户到集中充电桩充电", "社区上门劝导，飞线已拆除")),
    "parking": (5, ("{place}共享单车和电动车乱停乱放", "{place}电动车堵住人行道"),
                ("物业已将车辆挪至停车区", "已联系共享单车运维清运")),
    "fire_lane": (3, ("{place}消防通道被电动车、三轮车堵住", "{place}消防通道堆放纸箱"),
                  ("已清理消防通道，张贴禁停提示", "消防通道已疏通，物业加强巡查")),
    "sanitation": (3, ("{place}垃圾桶满了没人清运，有异味", "{place}绿化带里垃圾堆积"),
                   ("环卫已清运，已通知物业加强保洁", "已清理垃圾并消杀")),
    "other": (1, ("{place}井盖松动，电动车经过很危险", "{place}路灯不亮，晚上看不清路"),
              ("已报修，井盖已加固", "路灯已修好")),
}
OPEN_PLACES = ("南门车棚旁", "东门人行道", "小区北门", "地下车库入口", "菜市场后门", "幼儿园门口", "快递柜旁")
IN_BUILDING = ("entrance_bikes", "stairwell_clutter", "flying_wire")
REJECT_REASONS = ("现场核实无此情况", "已是正常停放区域", "照片与地点不符")
HELPS = (
    ("child", "taken_home", "{estate}游乐场", "送餐途中发现孩子在游乐场哭，说找不到家，联系社区后由工作人员陪同送回家"),
    ("child", "handed_to_family", "红星超市门口", "孩子在超市门口与家人走散，骑手陪同等候，联系上家长后交给家长"),
    ("child", "police_called", "公交站", "孩子独自在公交站徘徊，说不清住址，骑手报警并陪同等待民警"),
    ("child", "handed_to_community", "小区北门", "放学后孩子找不到接他的爷爷，骑手送到社区服务中心"),
    ("elderly", "handed_to_family", "菜市场", "老人在菜市场迷路，说不清家在哪，骑手联系社区查到家属，交给家属"),
    ("elderly", "taken_home", "{estate}门口", "老人买菜回来找不到楼门，骑手搀扶送回家"),
    ("elderly", "handed_to_community", "公交站", "老人在公交站坐了很久，神情迷茫，骑手送到社区"),
    ("elderly", "police_called", "十字路口", "老人走失，家属正在寻找，骑手发现后报警并陪同等候"),
)
ESTATES = ("阳光花园", "翠苑小区", "筑业花园", "锦绣家园")
CHILD_NAMES = ("小宇", "小雨", "乐乐", "豆豆", "小明", "朵朵", "")
ELDER_NAMES = ("王大爷", "李奶奶", "赵大爷", "孙奶奶", "刘大爷", "陈奶奶", "")
RELATIONS = ("母亲", "父亲", "女儿", "儿子", "奶奶")


def _png(path: Path, rng, size: tuple[int, int] = (160, 120)) -> Path:
    """A small photo-like PNG: sky, ground, and a coloured block where the problem is."""
    width, height = size
    sky = (rng.randint(150, 200), rng.randint(180, 215), rng.randint(210, 240))
    ground = (rng.randint(90, 130), rng.randint(90, 120), rng.randint(80, 110))
    thing = rng.choice(((200, 60, 40), (40, 110, 200), (230, 180, 30), (60, 150, 70)))
    x0, y0 = rng.randint(10, width // 2), rng.randint(height // 3, height // 2)
    x1, y1 = x0 + rng.randint(30, width // 2), y0 + rng.randint(20, height // 2)
    rows = []
    for y in range(height):
        line = bytearray(b"\x00")
        base = sky if y < height * 0.55 else ground
        for x in range(width):
            colour = thing if x0 <= x < x1 and y0 <= y < y1 else base
            line += bytes(colour)
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))
    return path


def _cap(at: dt.datetime) -> dt.datetime:
    return min(at, dt.datetime.now() - dt.timedelta(minutes=1))


def _working_hours(at: dt.datetime, rng) -> dt.datetime:
    """Staff send reports on between 8 and 20 o'clock: a night report waits for the morning."""
    if at.hour < 8:
        return at.replace(hour=rng.randint(8, 10))
    if at.hour >= 20:
        return (at + dt.timedelta(days=1)).replace(hour=rng.randint(8, 10))
    return at


def _buildings(grid_number: int) -> range:
    """Each grid holds four buildings: grid 1 has 1–4号楼, grid 6 has 21–24号楼."""
    return range((grid_number - 1) * 4 + 1, grid_number * 4 + 1)


def _report_input(ctx, reporter, grids, cats, at: dt.datetime) -> reports.ReportInput:
    rng = ctx.rng
    grid = grids.get(reporter.grid_id) if reporter is not None else None
    grid = grid or rng.choice(list(grids.values()))
    code = rng.choices(list(CATEGORIES), [w for w, _s, _d in CATEGORIES.values()])[0]
    building = rng.choice(_buildings(grid.number))
    unit = floor = None
    place = ""
    if code in IN_BUILDING:
        unit = rng.randint(1, 4)
        floor = rng.randint(2, 11) if code != "entrance_bikes" and rng.random() < 0.7 else None
    elif rng.random() < 0.6:
        place, building = rng.choice(OPEN_PLACES), None
    where = reports.format_place(building, unit, floor, place)
    said = rng.choice(CATEGORIES[code][1]).format(place=where)
    seen = at - dt.timedelta(minutes=rng.randint(5, 240))
    return reports.ReportInput(grid_id=grid.id, category_id=cats[code], reporter_id=reporter.id if reporter else None,
                               building=building, unit=unit, floor=floor, place=place, description=said, seen_at=seen)


def _work_through(ctx, report_id: int, code: str, created: dt.datetime, staffs, late_reject: bool) -> None:
    """What happened to one report after it was recorded, each step at its own time."""
    rng = ctx.rng
    now = dt.datetime.now()
    staff = rng.choice(staffs)
    roll = rng.random()
    if roll < 0.07:
        when = created + dt.timedelta(hours=rng.randint(3, 40))
        if when < now:
            reports.reject_report(report_id, rng.choice(REJECT_REASONS), staff, at=_cap(when))
        return
    done_text = rng.choice(CATEGORIES[code][2])
    if roll < 0.17:  # staff cleared it on the spot, nobody had to be sent
        when = _working_hours(created + dt.timedelta(hours=rng.randint(1, 6)), rng)
        if when < now:
            reports.resolve_report(report_id, done_text, staff, without_dispatch=True, at=_cap(when))
        return
    age = (now - created).days
    sent = _working_hours(created + dt.timedelta(hours=rng.randint(1, 20)), rng)
    if sent >= now or age < 5 and rng.random() < 0.6:
        return  # still waiting to be dispatched
    due = sent.date() + dt.timedelta(days=rng.randint(2, 5))
    reports.dispatch_report(report_id, rng.choice(staffs).id, due, staff, at=_cap(sent))
    if rng.random() < 0.3:
        reports.confirm_report(report_id, staff, at=_cap(sent + dt.timedelta(minutes=30)))
    days = rng.choice((1, 1, 2, 2, 3, 4, 5, 7)) if rng.random() < 0.9 else rng.randint(8, 15)
    if age < 21 and rng.random() < 0.6:
        days = 30  # the newest are still with the staff member, some past their due date
    fixed = _working_hours(sent + dt.timedelta(days=days, hours=rng.randint(0, 8)), rng)
    if fixed >= now:
        return  # still with the staff member (past the due date, for some)
    reports.resolve_report(report_id, done_text, staff, resolved_at=_cap(fixed), at=_cap(fixed))
    if late_reject and (now - fixed).days < 20:
        reports.reject_report(report_id, "复查发现系误报", staff)


def _answer_notices(ctx, volunteer, recent_days: int = 14) -> None:
    """Riders who came back since their report was resolved answered the question at check-in."""
    rng = ctx.rng
    cutoff = dt.datetime.now() - dt.timedelta(days=recent_days)
    waiting = (Notice.select(Notice.id, HazardReport.resolved_at)
               .join(HazardReport, on=(Notice.source_id == HazardReport.id))
               .where((Notice.source_type == REPORT_SOURCE) & Notice.shown_at.is_null() & Notice.voided_at.is_null()
                      & (HazardReport.state == RESOLVED) & (HazardReport.resolved_at < cutoff)))
    not_fixed = 2  # answered these days, so the reports they reopen are fresh work, not months old
    for notice_id, resolved_at in waiting.tuples():
        if rng.random() < 0.1:
            continue  # not been back since
        again = not_fixed > 0 and (dt.datetime.now() - resolved_at).days < 30 and rng.random() < 0.3
        not_fixed -= again
        notices.answer(notice_id, "not_fixed" if again else "fixed", volunteer)


def _helps(ctx, helpers, grids, desk_ops, staffs) -> None:
    rng = ctx.rng
    day = ctx.first_day
    made_ids: list[tuple[int, dt.datetime]] = []
    while day <= ctx.today:
        if rng.random() < 0.085:
            kind, outcome, place, story = rng.choice(HELPS)
            at = _cap(ctx.random_time(day))
            who = rng.sample(helpers, 2 if rng.random() < 0.25 and len(helpers) > 1 else 1)
            name = rng.choice(CHILD_NAMES if kind == "child" else ELDER_NAMES)
            age = rng.randint(4, 9) if kind == "child" else rng.randint(70, 88)
            contact = f"{rng.choice(RELATIONS)} 139{rng.randrange(10**8):08d}" if rng.random() < 0.6 else ""
            data = helps.HelpInput(
                helper_ids=[p.id for p in who], helped_kind=kind, outcome=outcome,
                place=place.format(estate=rng.choice(ESTATES)), happened_at=at, helped_name=name,
                helped_age=age if rng.random() < 0.8 else None, helped_contact=contact, what_happened=story,
                grid_id=rng.choice(list(grids.values())).id,
            )
            recorded = _cap(at + dt.timedelta(hours=rng.randint(1, 5)))
            made = helps.record_help(data, rng.choice(desk_ops), at=recorded)
            made_ids.append((made.record_id, recorded + dt.timedelta(days=rng.randint(0, 2), hours=2)))
        day += dt.timedelta(days=1)
    # Staff confirm them a day or two later; the newest two still wait for it.
    for record_id, confirm_at in made_ids[:-2]:
        helps.confirm_help(record_id, rng.choice(staffs), at=_cap(confirm_at))


def fill(ctx) -> None:
    from desk.models import Grid, HazardCategory

    if len(ctx.operators) < 3:
        return
    rng = ctx.rng
    ids = [p.id for p in ctx.people if p.kind in WORKER_KINDS]
    workers = list(Person.select().where(Person.id.in_(ids) & Person.voided_at.is_null()
                                         & Person.anonymised_at.is_null() & Person.archived_at.is_null()))
    if len(workers) < 5:
        return
    grids = {g.id: g for g in Grid.select().order_by(Grid.number)}
    cats = {c.code: c.id for c in HazardCategory.select()}
    # Staff work reports through; the volunteers at the desk record them.
    staffs = [op for op in ctx.operators if allowed(op, "hazard.dispatch")]
    volunteers = [op for op in ctx.operators if not allowed(op, "hazard.dispatch")] or staffs
    team = [p for p in workers if p.caring_team] or workers[:5]
    # A few keen reporters make most reports; members of the Caring Rider Team look twice.
    keen = rng.sample(workers, max(5, len(workers) // 4))
    weights = [(3.0 if p.caring_team else 1.0) / (1 + i) ** 0.7 for i, p in enumerate(keen)]
    folder = Path(tempfile.mkdtemp(prefix="desk-demo-photos-"))
    recent: list[tuple[dt.datetime, reports.ReportInput, int]] = []
    late_rejects = 2
    day = ctx.first_day
    while day <= ctx.today:
        for _ in range(rng.choices((0, 1, 2), (62, 32, 6))[0]):
            created = _cap(ctx.random_time(day))
            staff_find = rng.random() < 0.06
            reporter = None if staff_find else rng.choices(keen, weights)[0]
            data = _report_input(ctx, reporter, grids, cats, created)
            earlier = [r for r in recent if dt.timedelta(0) < created - r[0] < dt.timedelta(days=4)]
            if earlier and rng.random() < 0.05:  # a second rider saw the same thing
                _when, first, first_id = rng.choice(earlier)
                data.grid_id, data.category_id, data.building = first.grid_id, first.category_id, first.building
                data.unit, data.floor, data.place = first.unit, first.floor, first.place
                data.duplicate_of = first_id
            if rng.random() < 0.3:
                data.photos = [_png(folder / f"p{day:%m%d}{i}{rng.randrange(10**6)}.png", rng)
                               for i in range(rng.choice((1, 1, 2)))]
            op = rng.choice(staffs) if staff_find else rng.choice(volunteers + staffs[:1])
            try:
                made = reports.record_report(data, op, at=created)
                recent = [r for r in recent if created - r[0] < dt.timedelta(days=7)]
                recent.append((created, data, made.report_id))
                if data.duplicate_of is None:
                    code = next(c for c, i in cats.items() if i == data.category_id)
                    late = late_rejects > 0 and (ctx.today - day).days in range(10, 40) and rng.random() < 0.2
                    late_rejects -= late
                    _work_through(ctx, made.report_id, code, created, staffs, late)
            except DeskError:
                continue  # e.g. a points correction the rider's balance cannot take: the desk refuses it too
        day += dt.timedelta(days=1)
    # This morning's reports, still waiting for a staff member to send someone.
    waiting = HazardReport.select().where(HazardReport.state == "reported").count()
    for hours in (5, 2)[:max(0, 2 - waiting)]:
        at = dt.datetime.now() - dt.timedelta(hours=hours)
        data = _report_input(ctx, rng.choices(keen, weights)[0], grids, cats, at)
        reports.record_report(data, rng.choice(volunteers), at=at)
    _answer_notices(ctx, volunteers[0])
    _helps(ctx, team, grids, volunteers + staffs[:1], staffs)
    for path in folder.glob("*.png"):
        path.unlink(missing_ok=True)
    folder.rmdir()
    # The overview would look odd if a demo had no duplicate at all.
    if not HazardReport.select().where(HazardReport.duplicate_of.is_null(False)).exists():
        rows = queries.list_reports(queries.ReportFilter(state="open"), limit=1)
        if rows:
            first = rows[0]
            reports.record_report(reports.ReportInput(
                grid_id=first.grid_id, category_id=first.category_id, reporter_id=rng.choice(keen).id,
                building=first.building, place="" if first.building else first.place,
                description="同一处问题，又有骑手反映", duplicate_of=first.id), volunteers[0])
