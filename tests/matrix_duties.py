"""The permission matrix's rows for the duties: the wish board, events and the paper visitor sheet,
grid reports and help records, the Caring Rider Team.

Each row sets up what it needs through the services as other operators (``w.staff`` runs the
steps only staff may take, ``w.other`` what a volunteer does), then returns the call made by the
operator tried. Rows whose permission depends on who made the record ("your own sign-in of
today") make it as the operator tried, or as ``w.other`` when nobody is on duty.
"""

from __future__ import annotations

import datetime as dt

from desk.config import Settings
from desk.models import Grid, HazardCategory, Operator
from desk.services import events
from desk.services.checkin import paper_sheet
from desk.services.common import attachments
from desk.services.grid import help as helps
from desk.services.grid import photos, reports
from desk.services.people import records, team
from desk.services.wishes import board, categories
from desk.services.safety import access, audit_log
from desk.services.safety import operators as safety_operators
from desk.services.wishes.rules import AWAITING, CLAIMED, FULFILLED, OPEN
from tests.matrix_support import Operation, World

NOW = dt.datetime.now().replace(microsecond=0)
YESTERDAY = dt.date.today() - dt.timedelta(days=1)


# --- the wish board ----------------------------------------------------------------------------


def _wish_input(w: World, what: str = "一双雨靴") -> board.WishInput:
    return board.WishInput(rider_id=w.rider.id, what=what, category_id=categories.by_code("work_gear").id)


def _wish(w: World, state: str, *, photo: bool = False) -> int:
    """A wish of the rider brought to ``state`` by staff; claimed by the second rider (who earns points)."""
    wish_id = board.take_down(_wish_input(w), w.other).wish_id
    if state == AWAITING:
        return wish_id
    board.approve(wish_id, w.staff)
    if state == OPEN:
        return wish_id
    board.claim(wish_id, board.ClaimInput(promised_on=dt.date.today() + dt.timedelta(days=7), person_id=w.rider2.id),
                w.staff)
    if state == CLAIMED:
        return wish_id
    board.fulfil(wish_id, board.FulfilInput(given="雨靴一双", photos=[w.png()] if photo else []), w.staff)
    assert state == FULFILLED
    return wish_id


def _wish_photo(w: World) -> tuple[int, int]:
    wish_id = _wish(w, FULFILLED, photo=True)
    return wish_id, attachments.for_owner(board.SOURCE, wish_id)[0].id


def _category(w: World) -> int:
    return categories.add_category("节日礼物", w.admin).id


# --- events ------------------------------------------------------------------------------------


def _event_input(title: str = "反诈宣传讲座", **kw) -> events.EventInput:
    values = dict(title=title, category="safety_legal", starts_at=NOW - dt.timedelta(minutes=30),
                  ends_at=NOW + dt.timedelta(hours=2), points=5)
    values.update(kw)
    return events.EventInput(**values)


def _event(w: World) -> int:
    return events.create_event(_event_input(), w.staff).id


def _registered(w: World) -> int:
    event_id = _event(w)
    events.register(event_id, [w.rider.id, w.rider2.id], w.other)
    return event_id


def _attended(w: World, by: Operator | None = None) -> int:
    """A sign-in (with its points) at a new event: the attendance's id."""
    return events.mark_present(_event(w), w.rider.id, by or w.other).attendance_id


def _attended_event(w: World) -> int:
    """An event two riders signed in at (and earned its points)."""
    event_id = _event(w)
    events.mark_many(event_id, [w.rider.id, w.rider2.id], w.other)
    return event_id


# --- grid reports and help records -------------------------------------------------------------


def _report_input(w: World, reporter: bool = True) -> reports.ReportInput:
    return reports.ReportInput(
        grid_id=Grid.get(Grid.number == 3).id, category_id=HazardCategory.get(HazardCategory.code == "fire_lane").id,
        reporter_id=w.rider.id if reporter else None, building=7, unit=3, floor=4, description="楼道堆放杂物堵住消防通道")


def _report(w: World, *steps: str) -> int:
    """A rider's report recorded at the desk, then taken through ``steps`` by staff."""
    report_id = reports.record_report(_report_input(w), w.other).report_id
    for step in steps:
        if step == "dispatch":
            reports.dispatch_report(report_id, w.staff.id, dt.date.today() + dt.timedelta(days=3), w.staff)
        elif step == "resolve":
            reports.resolve_report(report_id, "物业已清理", w.staff, without_dispatch=True)
        elif step == "reject":
            reports.reject_report(report_id, "现场核实没有", w.staff)
        else:
            raise AssertionError(step)
    return report_id


def _help_input(w: World, **kw) -> helps.HelpInput:
    values = dict(helper_ids=[w.rider.id, w.rider2.id], helped_kind="child", outcome="taken_home",
                  place="阳光小区游乐场", helped_name="小明", helped_age=6, what_happened="孩子在游乐场哭，找不到家")
    values.update(kw)
    return helps.HelpInput(**values)


def _help(w: World, confirmed: bool = False) -> int:
    record_id = helps.record_help(_help_input(w), w.other).record_id
    if confirmed:
        helps.confirm_help(record_id, w.staff)
    return record_id


# --- the paper visitor sheet -------------------------------------------------------------------


def _sheet_rows(w: World) -> list[paper_sheet.PaperRow]:
    return [paper_sheet.PaperRow("5678", "9:30", (w.water,)), paper_sheet.PaperRow("李四", "14点")]


# --- safety --------------------------------------------------------------------------------------


def _pin_of(w: World, op: Operator | None) -> bool:
    """The operator tried gets the PIN 2468 from the administrator (nobody on duty has none)."""
    if op is not None:
        safety_operators.reset_pin(op.id, "2468", by=w.admin)
    return True


DUTY_OPERATIONS: list[Operation] = [
    # --- the wish board
    Operation("take down a wish", board.take_down, "wish.take_down",
              lambda w, op: lambda: board.take_down(_wish_input(w), op)),
    Operation("approve a wish", board.approve, "wish.review",
              lambda w, op: (lambda wid: lambda: board.approve(wid, op))(_wish(w, AWAITING))),
    Operation("decline a wish", board.decline, "wish.review",
              lambda w, op: (lambda wid: lambda: board.decline(wid, "不属于微心愿范围", op))(_wish(w, AWAITING))),
    Operation("record a claim", board.claim, "wish.claim",
              lambda w, op: (lambda wid: lambda: board.claim(wid, board.ClaimInput(
                  promised_on=dt.date.today() + dt.timedelta(days=3), unit_id=None, person_id=w.rider2.id), op))(
                  _wish(w, OPEN))),
    Operation("release a claim", board.release, "wish.claim",
              lambda w, op: (lambda wid: lambda: board.release(wid, "认领人出差了", op))(_wish(w, CLAIMED))),
    Operation("record a wish fulfilled, with a photo", board.fulfil, "wish.fulfil",
              lambda w, op: (lambda wid: lambda: board.fulfil(wid, board.FulfilInput(photos=[w.png()]), op))(
                  _wish(w, CLAIMED))),
    Operation("undo a fulfilment", board.undo_fulfilment, "wish.undo",
              lambda w, op: (lambda wid: lambda: board.undo_fulfilment(wid, "记错了", op))(_wish(w, FULFILLED))),
    Operation("withdraw a wish", board.withdraw, "wish.withdraw",
              lambda w, op: (lambda wid: lambda: board.withdraw(wid, "骑手自己买了", op))(_wish(w, OPEN))),
    Operation("add photos to a fulfilled wish", board.add_photos, "wish.fulfil",
              lambda w, op: (lambda wid: lambda: board.add_photos(wid, [w.png()], op))(_wish(w, FULFILLED))),
    Operation("remove a wish's photo", board.remove_photo, "attachment.remove",
              lambda w, op: (lambda ids: lambda: board.remove_photo(ids[0], ids[1], "拍错了", op))(_wish_photo(w))),
    Operation("add a wish category", categories.add_category, "wish.categories",
              lambda w, op: lambda: categories.add_category("节日礼物", op)),
    Operation("rename a wish category", categories.rename_category, "wish.categories",
              lambda w, op: (lambda cid: lambda: categories.rename_category(cid, "节日小礼物", op))(_category(w))),
    Operation("retire a wish category", categories.retire_category, "wish.categories",
              lambda w, op: (lambda cid: lambda: categories.retire_category(cid, op))(_category(w))),
    # --- events
    Operation("set up an event", events.create_event, "event.manage",
              lambda w, op: lambda: events.create_event(_event_input("夏季纳凉晚会"), op)),
    Operation("change an event", events.update_event, "event.manage",
              lambda w, op: (lambda eid: lambda: events.update_event(eid, _event_input("反诈宣传讲座（改）"), op))(
                  _event(w))),
    Operation("cancel an event (its points reversed)", events.cancel_event, "event.cancel",
              lambda w, op: (lambda eid: lambda: events.cancel_event(eid, "下大雨取消", op))(_attended_event(w))),
    Operation("register people for an event", events.register, "event.register",
              lambda w, op: (lambda eid: lambda: events.register(eid, [w.rider.id, w.rider2.id], op))(_event(w))),
    Operation("take someone off an event's list", events.unregister, "event.register",
              lambda w, op: (lambda eid: lambda: events.unregister(eid, w.rider.id, "临时有事", op))(_registered(w))),
    Operation("sign someone in at an event", events.mark_present, "event.attend",
              lambda w, op: (lambda eid: lambda: events.mark_present(eid, w.rider.id, op))(_event(w))),
    Operation("sign a new visitor in at an event", events.mark_new_person, "event.attend",
              lambda w, op: (lambda eid: lambda: events.mark_new_person(
                  eid, records.PersonInput(name="赵六", phone="13600006666"), op))(_event(w))),
    Operation("enter an event's signed sheet", events.mark_many, "event.attend",
              lambda w, op: (lambda eid: lambda: events.mark_many(eid, [w.rider2.id, w.rider.id], op))(_event(w))),
    Operation("mark everyone registered as attended", events.mark_all_registered, "event.attend",
              lambda w, op: (lambda eid: lambda: events.mark_all_registered(eid, op, expected=2))(_registered(w))),
    Operation("remove your own sign-in of today", events.remove_attendance, "event.attend",
              lambda w, op: (lambda aid: lambda: events.remove_attendance(aid, "扫错人了", op))(_attended(w, by=op))),
    Operation("remove someone else's sign-in", events.remove_attendance, "event.remove_attendance",
              lambda w, op: (lambda aid: lambda: events.remove_attendance(aid, "扫错人了", op))(_attended(w))),
    Operation("type in a paper visitor sheet", paper_sheet.enter_sheet, "visit.check_in",
              lambda w, op: lambda: paper_sheet.enter_sheet(YESTERDAY, _sheet_rows(w), op)),
    # --- grid reports
    Operation("record a rider's grid report", reports.record_report, "hazard.record",
              lambda w, op: lambda: reports.record_report(_report_input(w), op)),
    Operation("record staff's own find (no reporter)", reports.record_report, "hazard.confirm",
              lambda w, op: lambda: reports.record_report(_report_input(w, reporter=False), op)),
    Operation("add photos to a grid report", reports.add_photos, "hazard.record",
              lambda w, op: (lambda rid: lambda: reports.add_photos(rid, [w.png()], op))(_report(w))),
    Operation("keep a grid report's photos", photos.store_photos, "hazard.record",
              lambda w, op: (lambda rid: lambda: photos.store_photos(reports.get_report(rid), [w.png()], op))(
                  _report(w))),
    Operation("confirm a grid report (the reporter earns points)", reports.confirm_report, "hazard.confirm",
              lambda w, op: (lambda rid: lambda: reports.confirm_report(rid, op))(_report(w))),
    Operation("dispatch a grid report", reports.dispatch_report, "hazard.dispatch",
              lambda w, op: (lambda rid: lambda: reports.dispatch_report(
                  rid, w.staff.id, dt.date.today() + dt.timedelta(days=2), op))(_report(w))),
    Operation("resolve a grid report", reports.resolve_report, "hazard.resolve",
              lambda w, op: (lambda rid: lambda: reports.resolve_report(rid, "已清理", op))(_report(w, "dispatch"))),
    Operation("mark a resolved report not confirmed (points back)", reports.reject_report, "hazard.reject",
              lambda w, op: (lambda rid: lambda: reports.reject_report(rid, "复查不属实", op))(_report(w, "resolve"))),
    Operation("mark a grid report a duplicate", reports.mark_duplicate, "hazard.reject",
              lambda w, op: (lambda first, again: lambda: reports.mark_duplicate(again, first, op))(
                  _report(w), _report(w))),
    Operation("reopen a grid report", reports.reopen_report, "hazard.reopen",
              lambda w, op: (lambda rid: lambda: reports.reopen_report(rid, "又堵上了", op))(_report(w, "reject"))),
    Operation("void a grid report", reports.void_report, "hazard.void",
              lambda w, op: (lambda rid: lambda: reports.void_report(rid, "录重了", op))(_report(w, "resolve"))),
    # --- help records and the Caring Rider Team
    Operation("record a help", helps.record_help, "help.record",
              lambda w, op: lambda: helps.record_help(_help_input(w), op)),
    Operation("record a help and confirm it at once", helps.record_help, "help.confirm",
              lambda w, op: lambda: helps.record_help(_help_input(w), op, confirm=True)),
    Operation("confirm a help (the helpers earn points)", helps.confirm_help, "help.confirm",
              lambda w, op: (lambda hid: lambda: helps.confirm_help(hid, op))(_help(w))),
    Operation("correct a help record", helps.update_help, "help.confirm",
              lambda w, op: (lambda hid: lambda: helps.update_help(hid, _help_input(w, helped_age=7), op))(_help(w))),
    Operation("void a confirmed help (points back)", helps.void_help, "help.void",
              lambda w, op: (lambda hid: lambda: helps.void_help(hid, "记错了", op))(_help(w, confirmed=True))),
    Operation("put someone on the Caring Rider Team", team.set_caring_team, "team.manage",
              lambda w, op: lambda: team.set_caring_team(w.rider2.id, True, op)),
    Operation("take someone off the Caring Rider Team", team.set_caring_team, "team.manage",
              lambda w, op: (lambda _c: lambda: team.set_caring_team(w.rider2.id, False, op))(
                  team.set_caring_team(w.rider2.id, True, w.staff))),
    Operation("put someone on the team by correcting their details", records.update_person, "team.manage",
              lambda w, op: lambda: records.update_person(w.rider2.id, records.PersonInput(
                  name="李四", phone="13900001111", caring_team=True), op)),
    Operation("register a new visitor straight onto the team", records.create_person, "team.manage",
              lambda w, op: lambda: records.create_person(records.PersonInput(
                  name="赵六", phone="13600006666", caring_team=True), op)),
    # --- safety: operators, PINs, the idle lock, the audit log
    Operation("add a volunteer with a PIN", safety_operators.add_operator, "operator.add_volunteer",
              lambda w, op: lambda: safety_operators.add_operator("新志愿者", "volunteer", "5791", by=op)),
    Operation("add an administrator with a PIN", safety_operators.add_operator, "operator.manage",
              lambda w, op: lambda: safety_operators.add_operator("新主任", "admin", "5791", by=op)),
    Operation("reset someone's PIN", safety_operators.reset_pin, "operator.manage",
              lambda w, op: lambda: safety_operators.reset_pin(w.other.id, "5791", by=op)),
    Operation("change someone's role", safety_operators.change_role, "operator.manage",
              lambda w, op: lambda: safety_operators.change_role(w.other.id, "staff", by=op)),
    Operation("deactivate an operator", safety_operators.deactivate, "operator.manage",
              lambda w, op: lambda: safety_operators.deactivate(w.other.id, by=op)),
    Operation("reactivate an operator", safety_operators.reactivate, "operator.manage",
              lambda w, op: (safety_operators.deactivate(w.other.id, by=w.admin)
                             and (lambda: safety_operators.reactivate(w.other.id, by=op)))),
    Operation("set the idle lock", safety_operators.set_idle_lock, "desk.idle_lock",
              lambda w, op: lambda: safety_operators.set_idle_lock(Settings(), w.folder, 3, by=op)),
    Operation("change your own PIN", access.change_own_pin, "pin.change_own",
              lambda w, op: (_pin_of(w, op) and (lambda: access.change_own_pin(op, "2468", "5791")))),
    Operation("export the audit log", audit_log.export_xlsx, "audit.view",
              lambda w, op: lambda: audit_log.export_xlsx(audit_log.AuditFilter(), w.folder / "audit.xlsx", op)),
]
