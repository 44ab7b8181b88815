"""A small station in every state an operation needs, and a valid call of every service operation.

The hostile-input tests (``tests/unit/test_hostile_input.py``) start from the call made here,
which succeeds, and replace one or more of its arguments (or of its input dataclass's fields)
with something odd. So every odd value reaches the operation's own checks, not just the first
"no such record".

``build_world(folder)`` writes the station through the services, as the desk does, and returns
the ids of what it made (a ``World`` of plain ints, so a copy of the database file can be used
by many tests). ``CALLS[function]`` gives the keyword arguments of a good call.
"""

from __future__ import annotations

import dataclasses
import importlib
import datetime as dt
import struct
import zlib
from pathlib import Path
from typing import Any, Callable

from desk.config import Settings
from desk.models import GiftItem, Grid, HazardCategory, Operator, Person, PointEntry, ServiceType
from desk.services.checkin import paper_sheet, visits
from desk.services.common import accounts, attachments, backups, catalogs, notices, restore, units
from desk.services.events import attendance, events
from desk.services.gifts import campaigns, shares
from desk.services.grid import help as helps
from desk.services.grid import photos as grid_photos
from desk.services.grid import reports
from desk.services.people import bulk, cards, export, grids, importer, lifecycle, merge, records, roster, team
from desk.services.points import ledger, point_rules, rewards
from desk.services.stock import ledger as stock
from desk.services.safety import access as safety_access
from desk.services.safety import audit_log as safety_audit
from desk.services.safety import operators as safety_operators
from desk.services.wishes import board
from desk.services.wishes import categories as wish_categories

# The package re-exports a query named ``registrations``, which hides the module of that name.
registrations = importlib.import_module("desk.services.events.registrations")

NOW = dt.datetime.now().replace(microsecond=0)
TODAY = NOW.date()


def png(path: Path, size: int = 2) -> Path:
    """A real (tiny) PNG, written without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x30\x90\xd0" * size for _ in range(size))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


@dataclasses.dataclass
class World:
    """Ids of what ``build_world`` made; records are fetched fresh for each call."""

    folder: Path
    admin: int = 0
    staff: int = 0
    rider: int = 0  # no share, no wish of their own: free for most calls
    rider2: int = 0
    rider3: int = 0
    twin: int = 0  # a duplicate of rider, to merge
    archived: int = 0
    item: int = 0
    reward: int = 0
    water: int = 0
    grid: int = 0
    unit: int = 0
    campaign: int = 0
    campaign2: int = 0  # nothing handed out yet
    share: int = 0  # rider2's share
    visit: int = 0
    entry: int = 0  # an award to rider2
    redemption: int = 0
    notice: int = 0
    photo: int = 0  # a stored photo
    event: int = 0  # running now; rider registered, rider2 attended
    attendance: int = 0
    wish_awaiting: int = 0
    wish_open: int = 0
    wish_claimed: int = 0
    wish_fulfilled: int = 0
    wish_photo: int = 0  # the fulfilled wish's photo
    wish_category: int = 0
    report: int = 0  # reported
    report2: int = 0  # reported, same place and kind
    report_resolved: int = 0
    hazard_category: int = 0
    help: int = 0  # not confirmed yet
    service: int = 0  # a service an admin added
    rule: int = 0

    def op(self, which: str = "admin") -> Operator:
        return Operator.get_by_id(getattr(self, which))

    def person(self, which: str) -> Person:
        return Person.get_by_id(getattr(self, which))

    def png(self, name: str = "photo.png") -> Path:
        return png(self.folder / name)

    def roster_file(self) -> Path:
        path = self.folder / "名单.csv"
        path.write_text("姓名,手机号\n孙七,13500004444\n", encoding="utf-8")
        return path


def build_world(folder: Path) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    w = World(folder)
    admin = accounts.add_operator("管理员")
    staff = accounts.add_operator("李社工", "staff", by=admin)
    w.admin, w.staff = admin.id, staff.id
    grid = Grid.get(Grid.number == 3)
    w.grid = grid.id

    def person(name: str, phone: str | None, **kw) -> int:
        return records.create_person(records.PersonInput(name=name, phone=phone, **kw), staff).id

    w.rider = person("张阳", "13812345678", platform="美团", grid_id=grid.id, caring_team=True)
    w.rider2 = person("李四", "13900001111", grid_id=grid.id, caring_team=True)
    w.rider3 = person("王五", "13700007777")
    w.twin = person("张阳", None, platform="美团")
    w.archived = person("赵六", "13600006666")
    lifecycle.archive_person(w.archived, staff, "换城市了")

    item = GiftItem.get(GiftItem.name == "月饼")
    reward = GiftItem.get(GiftItem.name == "雨衣")
    w.item, w.reward = item.id, reward.id
    stock.receive(item.id, 100, staff)
    stock.receive(reward.id, 20, staff)
    rewards.set_price(reward.id, 5, admin)
    w.water = ServiceType.get(ServiceType.code == "water").id
    w.service = catalogs.add_service("微波炉加热", admin).id
    w.rule = point_rules.add_rule("防汛值守", 10, admin).id
    w.unit = units.add_unit(units.UnitInput("筑业物业"), staff).id

    ledger.award(w.rider, "manual", staff, points=50)
    w.entry = ledger.award(w.rider2, "activity", staff).id
    w.redemption = rewards.redeem(w.rider, reward.id, 1, staff).id
    w.campaign = campaigns.create_campaign(campaigns.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=7),
        items=[(item.id, 1)]), staff).id
    w.campaign2 = campaigns.create_campaign(campaigns.CampaignInput(
        name="健康义诊", kind="clinic", starts_on=TODAY, ends_on=TODAY, items=[(item.id, 1)]), staff).id
    w.share = shares.hand_out(w.campaign, w.rider2, staff).share_id
    w.visit = visits.check_in(w.rider2, [w.water], staff, at=NOW - dt.timedelta(minutes=30)).visit_id

    notices.register(notices.NoticeKind("test.hostile", "News for {name}"))
    from desk.models import db

    with db.atomic():
        w.notice = notices.post(w.rider, "test.hostile", "test", 1, {"name": "张阳"}).id
    w.photo = attachments.store(w.png(), "wish", 1, staff).id

    w.event = events.create_event(events.EventInput(
        title="反诈宣传讲座", category="safety_legal", starts_at=NOW - dt.timedelta(minutes=30),
        ends_at=NOW + dt.timedelta(hours=2), points=5), staff).id
    registrations.register(w.event, [w.rider], staff)
    w.attendance = attendance.mark_present(w.event, w.rider2, staff).attendance_id

    w.wish_category = wish_categories.by_code("work_gear").id

    def wish(rider: int, what: str) -> int:
        return board.take_down(board.WishInput(rider_id=rider, what=what, category_id=w.wish_category), staff).wish_id

    w.wish_awaiting = wish(w.rider2, "一双雨靴")
    w.wish_open = wish(w.rider2, "一个头盔")
    board.approve(w.wish_open, staff)
    w.wish_claimed = wish(w.rider3, "一副手套")
    board.approve(w.wish_claimed, staff)
    board.claim(w.wish_claimed, board.ClaimInput(promised_on=TODAY + dt.timedelta(days=7), unit_id=w.unit), staff)
    w.wish_fulfilled = wish(w.rider3, "一件雨衣")
    board.approve(w.wish_fulfilled, staff)
    board.claim(w.wish_fulfilled, board.ClaimInput(promised_on=TODAY + dt.timedelta(days=7), unit_id=w.unit), staff)
    board.fulfil(w.wish_fulfilled, board.FulfilInput(given="雨衣一件", photos=(w.png("wish.png"),)), staff)
    w.wish_photo = attachments.for_owner("wish", w.wish_fulfilled)[0].id

    category = HazardCategory.get(HazardCategory.code == "entrance_bikes")
    w.hazard_category = category.id

    def report(**kw) -> int:
        data = reports.ReportInput(grid_id=grid.id, category_id=category.id, reporter_id=w.rider2, building=3, unit=2,
                                   description="自行车把楼道出入口堵住了", **kw)
        return reports.record_report(data, staff).report_id

    w.report = report()
    w.report2 = report()
    w.report_resolved = report(place="南门")
    reports.resolve_report(w.report_resolved, "已清理", staff, without_dispatch=True)
    w.help = helps.record_help(help_input(w), staff).record_id
    return w


def help_input(w: World) -> helps.HelpInput:
    return helps.HelpInput(helper_ids=[w.rider, w.rider2], helped_kind="child", outcome="taken_home",
                           place="阳光小区游乐场", helped_name="小明", helped_age=6, helped_contact="母亲 13900003333",
                           what_happened="孩子在游乐场哭，找不到家", grid_id=w.grid)


def event_input(w: World) -> events.EventInput:
    return events.EventInput(title="健康义诊", category="health_clinic", starts_at=NOW + dt.timedelta(days=3),
                             ends_at=NOW + dt.timedelta(days=3, hours=2), organiser="社区卫生站", unit_ids=[w.unit],
                             capacity=30, points=5, description="量血压")


def campaign_input(w: World, name: str = "春节慰问") -> campaigns.CampaignInput:
    return campaigns.CampaignInput(name=name, kind="spring", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=3),
                                   items=[(w.item, 1)], member_ids=[w.rider3], note="每人一份")


def person_input(name: str = "孙七", phone: str | None = "13500004444", **kw) -> records.PersonInput:
    return records.PersonInput(name=name, phone=phone, platform="饿了么", note="晚班", **kw)


Call = Callable[[World], dict[str, Any]]


def _usb(w: World) -> str:
    """An existing folder an admin could choose for the backups (a USB stick)."""
    path = w.folder / "usb"
    path.mkdir(exist_ok=True)
    return str(path)


def _other_desk(w: World) -> Path:
    """A second data folder with its own database and a backup of this one (a restore never
    runs on the database the test is bound to)."""
    from desk import models
    from desk.db import backup_file

    scratch = w.folder / "other-desk"
    scratch.mkdir(exist_ok=True)
    source = Path(models.db.database)
    backup_file(source, scratch / "desk.db")
    backup_file(source, scratch / "b.db")
    return scratch

# A good call of every service operation, by keyword: what the hostile tests start from.
CALLS: dict[Callable, Call] = {
    # --- the desk itself
    accounts.add_operator: lambda w: dict(name="新志愿者", role="volunteer", by=w.op()),
    attachments.store: lambda w: dict(source=w.png(), owner_type="wish", owner_id=w.wish_open, operator=w.op(),
                                      person_id=w.rider),
    attachments.remove: lambda w: dict(attachment_id=w.photo, operator=w.op(), reason="拍错了"),
    backups.back_up: lambda w: dict(operator=w.op(), target=w.folder / "copy.db"),
    backups.set_folder: lambda w: dict(settings=Settings(), data_dir=w.folder, folder=_usb(w), by=w.op()),
    # --- operators and the audit log (admin)
    safety_operators.add_operator: lambda w: dict(name="新来的", role="volunteer", pin="2580", by=w.op()),
    safety_operators.reset_pin: lambda w: dict(operator_id=w.staff, new_pin="3691", by=w.op()),
    safety_operators.change_role: lambda w: dict(operator_id=w.staff, role="volunteer", by=w.op()),
    safety_operators.deactivate: lambda w: dict(operator_id=w.staff, by=w.op()),
    safety_operators.reactivate: lambda w: dict(operator_id=w.staff, by=w.op()),
    safety_operators.set_idle_lock: lambda w: dict(settings=Settings(), data_dir=w.folder, minutes=15, by=w.op()),
    safety_access.change_own_pin: lambda w: dict(operator=w.op(), old_pin="", new_pin="4826"),
    safety_audit.export_xlsx: lambda w: dict(flt=safety_audit.AuditFilter(), path=w.folder / "audit.xlsx",
                                             operator=w.op()),
    restore.restore: lambda w: (lambda other: dict(operator=w.op(), backup=other / "b.db", data_dir=other))(
        _other_desk(w)),
    catalogs.add_service: lambda w: dict(name="打印复印", operator=w.op(), name_en="Printing", is_default=False),
    catalogs.retire_service: lambda w: dict(service_id=w.service, operator=w.op()),
    notices.answer: lambda w: dict(notice_id=w.notice, code=notices.SEEN, operator=w.op()),
    units.add_unit: lambda w: dict(data=units.UnitInput("阳光幼儿园", "school", "陈老师", "13511112222", "合作三年"),
                                   operator=w.op()),
    units.update_unit: lambda w: dict(unit_id=w.unit, data=units.UnitInput("筑业物业公司", "property", "刘经理"),
                                      operator=w.op()),
    units.retire_unit: lambda w: dict(unit_id=w.unit, operator=w.op()),
    # --- check-in
    visits.check_in: lambda w: dict(person_id=w.rider, service_ids=[w.water], operator=w.op(), anon_kind="",
                                    allow_repeat=False, at=NOW - dt.timedelta(minutes=5), note="带了孩子"),
    visits.void_visit: lambda w: dict(visit_id=w.visit, reason="扫错了", operator=w.op()),
    paper_sheet.enter_sheet: lambda w: dict(day=TODAY - dt.timedelta(days=1), rows=[
        paper_sheet.PaperRow(who="王五", time="14:05", service_ids=(w.water,)),
        paper_sheet.PaperRow(who="", time="9", anon_kind="courier")], operator=w.op(), default_time=dt.time(12)),
    # --- people
    records.create_person: lambda w: dict(data=person_input(), operator=w.op()),
    records.update_person: lambda w: dict(person_id=w.rider, data=person_input("张阳", "13812345678"),
                                          operator=w.op()),
    lifecycle.archive_person: lambda w: dict(person_id=w.rider, operator=w.op(), reason="换城市了"),
    lifecycle.unarchive_person: lambda w: dict(person_id=w.archived, operator=w.op()),
    lifecycle.return_to_roster: lambda w: dict(person=w.person("archived"), operator=w.op()),
    lifecycle.anonymise_person: lambda w: dict(person_id=w.rider, operator=w.op()),
    cards.reissue_card: lambda w: dict(person_id=w.rider, operator=w.op()),
    grids.update_grid: lambda w: dict(grid_id=w.grid, operator=w.op(), name="东门网格", leader_name="周网格",
                                      leader_phone="13522223333", note="含3号楼"),
    grids.assign_members: lambda w: dict(person_ids=[w.rider3], grid_id=w.grid, operator=w.op()),
    merge.mark_not_duplicates: lambda w: dict(a_id=w.rider, b_id=w.rider2, operator=w.op()),
    merge.merge_people: lambda w: dict(keep_id=w.rider, drop_id=w.twin, operator=w.op(), reason="同一人"),
    importer.apply_import: lambda w: (lambda t: dict(table=t, mapping=importer.detect_mapping(t.headers),
                                                     operator=w.op(), default_kind="rider", chosen=()))(
        importer.read_table(w.roster_file())),
    importer.import_file: lambda w: dict(path=w.roster_file(), operator=w.op(), sheet=None, default_kind="rider"),
    bulk.create_many: lambda w: dict(items=[person_input()], operator=w.op()),
    bulk.update_many: lambda w: dict(items=[(w.person("rider"), person_input("张阳", "13812345678"))],
                                     operator=w.op()),
    export.export_roster: lambda w: dict(rows=roster.roster_rows(), path=w.folder / "roster.xlsx", operator=w.op(),
                                         mask_phones=True),
    team.set_caring_team: lambda w: dict(person_id=w.rider3, member=True, operator=w.op()),
    # --- gifts
    campaigns.create_campaign: lambda w: dict(data=campaign_input(w), operator=w.op()),
    campaigns.update_campaign: lambda w: dict(campaign_id=w.campaign, data=campaign_input(w, "中秋慰问（改）"),
                                              operator=w.op()),
    campaigns.void_campaign: lambda w: dict(campaign_id=w.campaign2, reason="建错了", operator=w.op()),
    shares.hand_out: lambda w: dict(campaign_id=w.campaign, recipient_id=w.rider, operator=w.op(),
                                    deliverer=w.rider3, override_reason=None, outside_dates_note=None,
                                    at=NOW - dt.timedelta(minutes=1), signed=True),
    shares.void_share: lambda w: dict(distribution_id=w.share, reason="发错了", operator=w.op()),
    shares.set_signed: lambda w: dict(distribution_id=w.share, signed=True, operator=w.op()),
    shares.record_signed_sheet: lambda w: dict(campaign_id=w.campaign, person_ids=[w.rider, w.rider3],
                                               operator=w.op(), handed_on=TODAY, outside_dates_note=None,
                                               unsigned_ids=[w.rider3]),
    # --- stock
    stock.receive: lambda w: dict(item_id=w.item, qty=10, operator=w.op(), donor="筑业物业", moved_on=TODAY,
                                  campaign_id=w.campaign, note="中秋捐赠"),
    stock.adjust: lambda w: dict(item_id=w.item, delta=-2, reason="压坏了", operator=w.op(), moved_on=TODAY,
                                 campaign_id=None),
    stock.add_item: lambda w: dict(name="保温杯", unit="个", operator=w.op()),
    stock.rename_item: lambda w: dict(item_id=w.item, name="广式月饼", unit="盒", operator=w.op()),
    stock.retire_item: lambda w: dict(item_id=w.item, operator=w.op(), retired=True),
    stock.move: lambda w: dict(item_id=w.item, delta=5, kind="receive", operator=w.op(), source_type="",
                               source_id=None, reason="", donor="爱心企业", moved_on=TODAY),
    # --- points
    ledger.award: lambda w: dict(person_id=w.rider, rule_code="activity", operator=w.op(), source_type="manual",
                                 source_id=None, points=None, note="帮忙搬月饼", at=NOW - dt.timedelta(minutes=1)),
    ledger.award_many: lambda w: dict(person_ids=[w.rider, w.rider3], rule_code="activity", operator=w.op(),
                                      points=None, note="帮忙搬月饼", source_type="manual", at=None),
    ledger.reverse: lambda w: dict(entry_id=w.entry, reason="记错了", operator=w.op(), at=None),
    ledger.reverse_for_source: lambda w: dict(source_type="event_attendance", source_id=w.attendance,
                                              reason="活动取消", operator=w.op()),
    ledger.reverse_line: lambda w: dict(entry=PointEntry.get_by_id(w.entry), reason="撤销", operator=w.op(), at=None),
    point_rules.add_rule: lambda w: dict(name="扫雪", default_points=5, operator=w.op(), min_points=1, max_points=20,
                                         amount_editable=True, category="manual"),
    point_rules.update_rule: lambda w: dict(rule_id=w.rule, operator=w.op(), name="防汛值守（夜）", default_points=12,
                                            min_points=1, max_points=30, amount_editable=True),
    point_rules.retire_rule: lambda w: dict(rule_id=w.rule, operator=w.op(), retired=True),
    rewards.set_price: lambda w: dict(item_id=w.reward, price=8, operator=w.op()),
    rewards.redeem: lambda w: dict(person_id=w.rider, item_id=w.reward, quantity=1, operator=w.op(), note="换雨衣",
                                   at=None),
    rewards.void_redemption: lambda w: dict(redemption_id=w.redemption, reason="退回", operator=w.op()),
    # --- wish board
    board.take_down: lambda w: dict(data=board.WishInput(
        rider_id=w.rider, what="一个保温杯", category_id=w.wish_category, value_yuan=50,
        wanted_by=TODAY + dt.timedelta(days=30), courtesy="shifu", note="冬天用"), operator=w.op(), at=None),
    board.approve: lambda w: dict(wish_id=w.wish_awaiting, operator=w.op(), at=None),
    board.decline: lambda w: dict(wish_id=w.wish_awaiting, reason="不属于微心愿范围", operator=w.op(), at=None),
    board.claim: lambda w: dict(wish_id=w.wish_open, data=board.ClaimInput(
        promised_on=TODAY + dt.timedelta(days=7), person_id=w.rider, unit_id=None), operator=w.op(), at=None),
    board.release: lambda w: dict(wish_id=w.wish_claimed, reason="联系不上", operator=w.op(), at=None),
    board.fulfil: lambda w: dict(wish_id=w.wish_claimed, data=board.FulfilInput(
        fulfilled_on=TODAY, given="手套一副", note="已送到", photos=(w.png("given.png"),)), operator=w.op(), at=None),
    board.undo_fulfilment: lambda w: dict(wish_id=w.wish_fulfilled, reason="记错了", operator=w.op(), at=None),
    board.withdraw: lambda w: dict(wish_id=w.wish_open, reason="骑手已自己买了", operator=w.op(), at=None),
    board.add_photos: lambda w: dict(wish_id=w.wish_fulfilled, photos=[w.png("more.png")], operator=w.op()),
    board.remove_photo: lambda w: dict(wish_id=w.wish_fulfilled, attachment_id=w.wish_photo, reason="拍错了",
                                       operator=w.op()),
    wish_categories.add_category: lambda w: dict(name="节日礼物", operator=w.op()),
    wish_categories.rename_category: lambda w: dict(category_id=w.wish_category, name="工作装备", operator=w.op()),
    wish_categories.retire_category: lambda w: dict(category_id=w.wish_category, operator=w.op()),
    # --- events
    events.create_event: lambda w: dict(data=event_input(w), operator=w.op(), copied_from=w.event),
    events.update_event: lambda w: dict(event_id=w.event, data=dataclasses.replace(
        event_input(w), starts_at=NOW - dt.timedelta(minutes=30), ends_at=NOW + dt.timedelta(hours=2)),
        operator=w.op()),
    events.cancel_event: lambda w: dict(event_id=w.event, reason="下雨", operator=w.op()),
    registrations.register: lambda w: dict(event_id=w.event, person_ids=[w.rider3], operator=w.op(),
                                           over_capacity_ok=False, at=None),
    registrations.unregister: lambda w: dict(event_id=w.event, person_id=w.rider, reason="临时有事",
                                             operator=w.op()),
    attendance.mark_present: lambda w: dict(event_id=w.event, person_id=w.rider, operator=w.op(), at=None),
    attendance.mark_new_person: lambda w: dict(event_id=w.event, data=person_input(), operator=w.op(), at=None),
    attendance.mark_many: lambda w: dict(event_id=w.event, person_ids=[w.rider, w.rider3], operator=w.op(),
                                         method="sheet", at=None),
    attendance.mark_all_registered: lambda w: dict(event_id=w.event, operator=w.op(), expected=1, at=None),
    attendance.remove_attendance: lambda w: dict(attendance_id=w.attendance, reason="签错了", operator=w.op()),
    # --- grid reports and help records
    reports.record_report: lambda w: dict(data=reports.ReportInput(
        grid_id=w.grid, category_id=w.hazard_category, reporter_id=w.rider, building=7, unit=3, floor=4,
        place="东侧", description="楼道堆放纸箱", seen_at=NOW - dt.timedelta(hours=1), photos=(w.png("seen.png"),)),
        operator=w.op(), at=None),
    reports.add_photos: lambda w: dict(report_id=w.report, paths=[w.png("extra.png")], operator=w.op()),
    grid_photos.store_photos: lambda w: dict(report=reports.HazardReport.get_by_id(w.report),
                                             paths=[w.png("store.png")], operator=w.op()),
    reports.confirm_report: lambda w: dict(report_id=w.report, operator=w.op(), at=None),
    reports.dispatch_report: lambda w: dict(report_id=w.report, staff_id=w.staff, due_on=TODAY + dt.timedelta(days=3),
                                            operator=w.op(), at=None),
    reports.resolve_report: lambda w: dict(report_id=w.report, resolution="已清理", operator=w.op(), resolved_at=None,
                                           without_dispatch=True, at=None),
    reports.reject_report: lambda w: dict(report_id=w.report, reason="现场没有发现", operator=w.op(), at=None),
    reports.mark_duplicate: lambda w: dict(report_id=w.report2, original_id=w.report, operator=w.op(), at=None),
    reports.reopen_report: lambda w: dict(report_id=w.report_resolved, reason="又堆上了", operator=w.op(), at=None),
    reports.void_report: lambda w: dict(report_id=w.report, reason="录重了", operator=w.op()),
    helps.record_help: lambda w: dict(data=help_input(w), operator=w.op(), confirm=True, points=None, at=None),
    helps.confirm_help: lambda w: dict(record_id=w.help, operator=w.op(), points=None, at=None),
    helps.update_help: lambda w: dict(record_id=w.help, data=help_input(w), operator=w.op()),
    helps.void_help: lambda w: dict(record_id=w.help, reason="录错了", operator=w.op()),
}


def good_call(function: Callable, w: World) -> dict[str, Any]:
    return CALLS[function](w)

