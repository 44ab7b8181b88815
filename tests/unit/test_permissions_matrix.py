"""Every service operation against every role: volunteer, staff, admin and nobody on duty.

``OPERATIONS`` is one table of (what, the service function, the permission that decides, how to
set it up): the base's rows here, the duties' rows (wish board, events, grid reports and help
records, the Caring Rider Team) in ``tests/matrix_duties.py``. For each row and each role, inside
a transaction that is rolled back afterwards: set up what the operation needs (through the
services), then call it. If the permission table says the role may, it succeeds and writes
something; if not, it raises ``PermissionDenied`` and every table of the database, and the files
kept under ``attachments/``, are exactly as they were. Nobody on duty (``None``) is always refused.

``test_every_operation_is_in_the_table`` finds the operations by reading the services: a public
function that takes the acting operator and writes (an audit row, an insert, a save, a stock
move, or a call of another such function) must call ``require(...)`` and have a row here. A new
duty adds its rows to ``tests/matrix_duties.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import pkgutil
import re
import tempfile
from pathlib import Path
from typing import Callable

import pytest

import desk.services
from desk import models
from desk.config import Settings
from desk.db import backup_file, write
from desk.errors import PermissionDenied
from desk.models import GiftItem, Grid, Operator, Person
from desk.services.checkin import visits
from desk.services.common import accounts, attachments, backups, catalogs, notices, restore, units
from desk.services.common.permissions import PERMISSIONS, ROLES, allowed
from desk.services.gifts import campaigns, shares
from desk.services.people import bulk, cards, export, grids, importer, lifecycle, merge, records, roster
from desk.services.points import ledger, point_rules, rewards
from desk.services.stock import ledger as stock
from tests.matrix_duties import DUTY_OPERATIONS
from tests.matrix_support import TODAY, Operation, World

@pytest.fixture
def world(admin, staff, volunteer, tmp_path) -> World:
    other = accounts.add_operator("张志愿", "volunteer", by=admin)
    rider = records.create_person(records.PersonInput(name="张阳", phone="13812345678", platform="美团"), other)
    rider2 = records.create_person(records.PersonInput(name="李四", phone="13900001111"), other)
    item = GiftItem.get(GiftItem.name == "月饼")
    reward = GiftItem.get(GiftItem.name == "雨衣")
    stock.receive(item.id, 100, staff)
    stock.receive(reward.id, 20, staff)
    rewards.set_price(reward.id, 5, admin)
    ledger.award(rider.id, "manual", staff, points=50)
    campaign = shares.create_campaign(shares.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=7),
        items=[(item.id, 1)]), staff)
    notices.register(notices.NoticeKind("test.matrix", "News for {name}"))
    return World(admin, staff, volunteer, other, rider, rider2, item, reward, campaign.id, tmp_path)


def _campaign_input(w: World, name: str = "春节慰问") -> shares.CampaignInput:
    return shares.CampaignInput(name=name, kind="spring", starts_on=TODAY, ends_on=TODAY, items=[(w.item.id, 1)])


def _notice(w: World) -> int:
    with write():
        return notices.post(w.rider.id, "test.matrix", "test", 1, {"name": "张阳"}).id


def _redemption(w: World, by: Operator | None) -> int:
    return rewards.redeem(w.rider.id, w.reward.id, 1, by or w.other).id


def _other_desk(w: World) -> Path:
    """A second data folder with a database and a backup of it (a restore cannot run inside the
    rolled-back transaction this test tries each role in, on the database it is bound to)."""
    scratch = Path(tempfile.mkdtemp(dir=w.folder))
    backup_file(w.folder / "desk.db", scratch / "desk.db")
    backup_file(w.folder / "desk.db", scratch / "b.db")
    return scratch


def _archived(w: World) -> Person:
    return lifecycle.archive_person(w.rider.id, w.staff)


OPERATIONS: list[Operation] = [
    # --- the desk itself
    Operation("add a volunteer", accounts.add_operator, "operator.add_volunteer",
              lambda w, op: lambda: accounts.add_operator("新志愿者", "volunteer", by=op)),
    Operation("add a staff member", accounts.add_operator, "operator.manage",
              lambda w, op: lambda: accounts.add_operator("新社工", "staff", by=op)),
    Operation("add a service", catalogs.add_service, "catalog.manage",
              lambda w, op: lambda: catalogs.add_service("微波炉加热", op)),
    Operation("retire a service", catalogs.retire_service, "catalog.manage",
              lambda w, op: lambda: catalogs.retire_service(w.water, op)),
    Operation("keep a photo", attachments.store, "attachment.add",
              lambda w, op: lambda: attachments.store(w.png(), "wish", 1, op)),
    Operation("remove a photo", attachments.remove, "attachment.remove",
              lambda w, op: (lambda sid: lambda: attachments.remove(sid, op, "拍错了"))(
                  attachments.store(w.png(), "wish", 1, w.other).id)),
    Operation("add a partner unit", units.add_unit, "unit.manage",
              lambda w, op: lambda: units.add_unit(units.UnitInput("筑业物业"), op)),
    Operation("change a partner unit", units.update_unit, "unit.manage",
              lambda w, op: (lambda uid: lambda: units.update_unit(uid, units.UnitInput("筑业物业公司"), op))(
                  units.add_unit(units.UnitInput("筑业物业"), w.staff).id)),
    Operation("retire a partner unit", units.retire_unit, "unit.manage",
              lambda w, op: (lambda uid: lambda: units.retire_unit(uid, op))(
                  units.add_unit(units.UnitInput("筑业物业"), w.staff).id)),
    Operation("answer a check-in notice", notices.answer, "notice.answer",
              lambda w, op: (lambda nid: lambda: notices.answer(nid, notices.SEEN, op))(_notice(w))),
    Operation("back up the database", backups.back_up, "backup.make",
              lambda w, op: lambda: backups.back_up(op, w.folder / "copy.db"), writes_to_database=False),
    Operation("choose the backup folder", backups.set_folder, "backup.configure",
              lambda w, op: (lambda usb: lambda: backups.set_folder(Settings(), w.folder, str(usb), op))(
                  Path(tempfile.mkdtemp(prefix="usb-")))),
    Operation("restore a backup (into another data folder)", restore.restore, "backup.restore",
              lambda w, op: (lambda scratch: lambda: restore.restore(op, scratch / "b.db", scratch))(
                  _other_desk(w)), writes_to_database=False),
    # --- check-in
    Operation("check in", visits.check_in, "visit.check_in",
              lambda w, op: lambda: visits.check_in(w.rider.id, [w.water], op)),
    Operation("void today's check-in", visits.void_visit, "visit.void_today",
              lambda w, op: (lambda vid: lambda: visits.void_visit(vid, "扫错了", op))(w.visit())),
    Operation("void an older check-in", visits.void_visit, "visit.void_any",
              lambda w, op: (lambda vid: lambda: visits.void_visit(vid, "扫错了", op))(w.visit(days_ago=3))),
    Operation("bring a returning rider back on check-in", lifecycle.return_to_roster, "visit.check_in",
              lambda w, op: (lambda p: lambda: lifecycle.return_to_roster(p, op))(_archived(w))),
    # --- people
    Operation("register a visitor", records.create_person, "person.register",
              lambda w, op: lambda: w.person("王五", "13700007777", by=op) if op else
              records.create_person(records.PersonInput(name="王五"), op)),
    Operation("correct a person's details", records.update_person, "person.edit",
              lambda w, op: lambda: records.update_person(
                  w.rider.id, records.PersonInput(name="张阳", phone="13812345678", platform="饿了么"), op)),
    Operation("rename someone else's record", records.update_person, "person.edit_identity",
              lambda w, op: lambda: records.update_person(w.rider.id, records.PersonInput(name="张扬"), op)),
    Operation("change someone else's phone", records.update_person, "person.edit_identity",
              lambda w, op: lambda: records.update_person(
                  w.rider.id, records.PersonInput(name="张阳", phone="13812340000"), op)),
    Operation("fix a typo in a name you just registered", records.update_person, "person.edit",
              lambda w, op: (lambda p: lambda: records.update_person(p.id, records.PersonInput(name="王武"), op))(
                  w.person("王五", "13700007777", by=op))),
    Operation("archive", lifecycle.archive_person, "person.archive",
              lambda w, op: lambda: lifecycle.archive_person(w.rider.id, op, "换城市了")),
    Operation("bring back from the archive", lifecycle.unarchive_person, "person.archive",
              lambda w, op: (lambda p: lambda: lifecycle.unarchive_person(p.id, op))(_archived(w))),
    Operation("erase personal data", lifecycle.anonymise_person, "person.erase",
              lambda w, op: lambda: lifecycle.anonymise_person(w.rider.id, op)),
    Operation("reissue a member card", cards.reissue_card, "person.reissue_card",
              lambda w, op: lambda: cards.reissue_card(w.rider.id, op)),
    Operation("rename a grid", grids.update_grid, "grid.manage",
              lambda w, op: lambda: grids.update_grid(Grid.get(Grid.number == 3).id, op, name="东门网格")),
    Operation("assign people to a grid", grids.assign_members, "grid.manage",
              lambda w, op: lambda: grids.assign_members([w.rider.id], Grid.get(Grid.number == 3).id, op)),
    Operation("mark two people as not duplicates", merge.mark_not_duplicates, "person.merge",
              lambda w, op: lambda: merge.mark_not_duplicates(w.rider.id, w.rider2.id, op)),
    Operation("merge duplicates", merge.merge_people, "person.merge",
              lambda w, op: (lambda twin: lambda: merge.merge_people(w.rider.id, twin.id, op))(
                  records.create_person(records.PersonInput(name="张阳", platform="美团"), w.other))),
    Operation("import a roster", importer.apply_import, "person.import",
              lambda w, op: (lambda t: lambda: importer.apply_import(t, importer.detect_mapping(t.headers), op))(
                  importer.read_table(w.roster_file()))),
    Operation("import a roster file", importer.import_file, "person.import",
              lambda w, op: lambda: importer.import_file(w.roster_file(), op)),
    Operation("create many people", bulk.create_many, "person.import",
              lambda w, op: lambda: bulk.create_many([records.PersonInput(name="孙七", phone="13500004444")], op)),
    Operation("update many people", bulk.update_many, "person.import",
              lambda w, op: lambda: bulk.update_many(
                  [(w.rider, records.PersonInput(name="张阳", phone="13812345678", platform="闪送"))], op)),
    Operation("export the roster (phones masked)", export.export_roster, "person.export",
              lambda w, op: lambda: export.export_roster(roster.roster_rows(), w.folder / "roster.xlsx", op)),
    Operation("export full phone numbers", export.export_roster, "person.export_unmasked",
              lambda w, op: lambda: export.export_roster(roster.roster_rows(), w.folder / "roster.xlsx", op,
                                                         mask_phones=False)),
    # --- gifts
    Operation("set up a campaign", campaigns.create_campaign, "campaign.manage",
              lambda w, op: lambda: campaigns.create_campaign(_campaign_input(w), op)),
    Operation("change a campaign", campaigns.update_campaign, "campaign.manage",
              lambda w, op: lambda: campaigns.update_campaign(w.campaign_id, _campaign_input(w, "中秋慰问（改）"), op)),
    Operation("void a campaign", campaigns.void_campaign, "campaign.manage",
              lambda w, op: lambda: campaigns.void_campaign(w.campaign_id, "建错了", op)),
    Operation("hand out a share", shares.hand_out, "gift.hand_out",
              lambda w, op: lambda: shares.hand_out(w.campaign_id, w.rider.id, op)),
    Operation("hand out a second share (override)", shares.hand_out, "gift.override",
              lambda w, op: (lambda _s: lambda: shares.hand_out(
                  w.campaign_id, w.rider.id, op, override_reason="摔坏了"))(w.share())),
    Operation("void a share you handed out today", shares.void_distribution, "gift.void_today",
              lambda w, op: (lambda sid: lambda: shares.void_distribution(sid, "发错了", op))(w.share(by=op))),
    Operation("void someone else's share", shares.void_distribution, "gift.void",
              lambda w, op: (lambda sid: lambda: shares.void_distribution(sid, "发错了", op))(w.share())),
    Operation("tick a signature", shares.set_signed, "gift.sign",
              lambda w, op: (lambda sid: lambda: shares.set_signed(sid, True, op))(w.share())),
    Operation("enter a signed sheet", shares.record_signed_sheet, "gift.sign",
              lambda w, op: lambda: shares.record_signed_sheet(w.campaign_id, [w.rider.id, w.rider2.id], op)),
    # --- stock
    Operation("receive goods", stock.receive, "stock.receive",
              lambda w, op: lambda: stock.receive(w.item.id, 10, op)),
    Operation("correct stock", stock.adjust, "stock.adjust",
              lambda w, op: lambda: stock.adjust(w.item.id, -2, "damaged", op)),
    Operation("add an item", stock.add_item, "stock.items", lambda w, op: lambda: stock.add_item("保温杯", "个", op)),
    Operation("rename an item", stock.rename_item, "stock.items",
              lambda w, op: lambda: stock.rename_item(w.item.id, "广式月饼", "盒", op)),
    Operation("retire an item", stock.retire_item, "stock.items",
              lambda w, op: lambda: stock.retire_item(w.item.id, op)),
    Operation("move stock in", stock.move, "stock.receive",
              lambda w, op: lambda: stock.move(w.item.id, 5, "receive", op)),
    Operation("put goods back for a voided record", stock.move, "stock.return",
              lambda w, op: lambda: stock.move(w.item.id, 1, "void", op, source_type="distribution", source_id=1)),
    # --- points
    Operation("award points", ledger.award, "points.award",
              lambda w, op: lambda: ledger.award(w.rider.id, "activity", op)),
    Operation("award points at another amount", ledger.award, "points.award_any_amount",
              lambda w, op: lambda: ledger.award(w.rider.id, "gift_delivery", op, points=12)),
    Operation("award points to several", ledger.award_many, "points.award",
              lambda w, op: lambda: ledger.award_many([w.rider.id, w.rider2.id], "activity", op)),
    Operation("reverse your own award", ledger.reverse, "points.reverse_own",
              lambda w, op: (lambda eid: lambda: ledger.reverse(eid, "记错了", op))(
                  ledger.award(w.rider2.id, "activity", op or w.other).id)),
    Operation("reverse someone else's award", ledger.reverse, "points.reverse",
              lambda w, op: (lambda eid: lambda: ledger.reverse(eid, "记错了", op))(
                  ledger.award(w.rider2.id, "activity", w.other).id)),
    Operation("take back the points of a voided record", ledger.reverse_for_source, "points.reverse_linked",
              lambda w, op: (lambda _e: lambda: ledger.reverse_for_source("event_attendance", 7, "活动取消", op))(
                  ledger.award(w.rider2.id, "activity", w.staff, source_type="event_attendance", source_id=7))),
    Operation("write a reversing line", ledger.reverse_line, "points.reverse_linked",
              lambda w, op: (lambda e: lambda: ledger.reverse_line(e, "撤销", op))(
                  ledger.award(w.rider2.id, "activity", w.staff))),
    Operation("add a points rule", point_rules.add_rule, "points.rules",
              lambda w, op: lambda: point_rules.add_rule("防汛值守", 10, op)),
    Operation("change a points rule", point_rules.update_rule, "points.rules",
              lambda w, op: lambda: point_rules.update_rule(ledger.get_rule("activity").id, op, default_points=6)),
    Operation("retire a points rule", point_rules.retire_rule, "points.rules",
              lambda w, op: lambda: point_rules.retire_rule(ledger.get_rule("activity").id, op)),
    Operation("price a reward", rewards.set_price, "reward.price",
              lambda w, op: lambda: rewards.set_price(w.reward.id, 8, op)),
    Operation("redeem points", rewards.redeem, "reward.redeem",
              lambda w, op: lambda: rewards.redeem(w.rider.id, w.reward.id, 1, op)),
    Operation("void your own redemption", rewards.void_redemption, "reward.void_own",
              lambda w, op: (lambda rid: lambda: rewards.void_redemption(rid, "退回", op))(_redemption(w, op))),
    Operation("void someone else's redemption", rewards.void_redemption, "reward.void",
              lambda w, op: (lambda rid: lambda: rewards.void_redemption(rid, "退回", op))(_redemption(w, None))),
]

OPERATIONS += DUTY_OPERATIONS  # the wish board, events, grid reports and help records, the team

TRIED = ROLES + (None,)


def snapshot() -> dict[str, list]:
    """Every row of every table, and every photo file kept."""
    tables = {
        m._meta.table_name: models.db.execute_sql(f'SELECT * FROM "{m._meta.table_name}" ORDER BY 1').fetchall()
        for m in models.ALL_MODELS
    }
    folder = attachments.root()
    tables["attachments/"] = sorted(str(f.relative_to(folder)) for f in folder.rglob("*") if f.is_file())
    return tables


@contextlib.contextmanager
def rolled_back():
    """Run a block inside a transaction that is then undone, so the next role starts afresh."""
    with models.db.atomic() as transaction:
        yield
        transaction.rollback()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.what.replace(" ", "_"))
def test_operation_against_every_role(operation: Operation, world: World):
    assert operation.permission in PERMISSIONS
    outcomes = {}
    for role in TRIED:
        operator = world.acting(role)
        with rolled_back():
            call = operation.make(world, operator)
            before = snapshot()
            if allowed(operator, operation.permission):
                call()
                assert (snapshot() != before) == operation.writes_to_database, f"{role} wrote nothing"
                outcomes[role] = "allowed"
            else:
                with pytest.raises(PermissionDenied):
                    call()
                assert snapshot() == before, f"{operation.what} refused to {role} but changed the database"
                outcomes[role] = "refused"
    assert outcomes[None] == "refused"
    least = PERMISSIONS[operation.permission].role
    assert [r for r in ROLES if outcomes[r] == "allowed"] == list(ROLES[ROLES.index(least):])


# --- finding the operations by reading the services ---------------------------------------------

WRITES = re.compile(r"audit\.record\(|_audit_rows\(|\.create\(|\.save\(|\.insert(_many)?\(|\.update\(|"
                    r"\.delete(_by_id)?\(|backup_file\(")


def _functions() -> dict[str, Callable]:
    found = {}
    for info in pkgutil.walk_packages(desk.services.__path__, "desk.services."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = value
    return found


def _body(function: Callable) -> str:
    """The source without its docstring (a docstring may well mention ``audit.record(...)``)."""
    source = inspect.getsource(function)
    doc = function.__doc__
    return source.replace(doc, "", 1) if doc else source


def operations_in_the_services() -> dict[str, Callable]:
    """Public functions taking the acting operator that write, directly or through another writer."""
    functions = _functions()
    bodies = {name: _body(fn) for name, fn in functions.items()}
    writers = {name for name, body in bodies.items() if WRITES.search(body)}
    while True:
        called = {name.rsplit(".", 1)[1] for name in writers}
        more = {name for name, body in bodies.items() if name not in writers
                and any(re.search(rf"\b{re.escape(c)}\(", body) for c in called)}
        if not more:
            break
        writers |= more
    found = {}
    for name in writers:
        short = name.rsplit(".", 1)[1]
        parameters = inspect.signature(functions[name]).parameters
        if short.startswith("_") or not ({"operator", "by"} & set(parameters)):
            continue
        if name == "desk.services.common.audit.record":  # the audit primitive itself (it refuses nobody)
            continue
        found[name] = functions[name]
    return found


def test_every_operation_is_in_the_table_and_checks_its_permission():
    operations = operations_in_the_services()
    assert len(operations) > 50  # the reading found them, rather than nothing
    tried = {o.function for o in OPERATIONS}
    missing = sorted(name for name, fn in operations.items() if fn not in tried)
    assert missing == [], "operations with no row in OPERATIONS: " + ", ".join(missing)
    unchecked = sorted(name for name, fn in operations.items() if not re.search(r"\brequire\(", _body(fn)))
    assert unchecked == [], "operations that do not call require(operator, ...): " + ", ".join(unchecked)


DESK = Path(desk.services.__file__).parent.parent


def test_every_permission_asked_for_is_in_the_table():
    """``may(ctx, "person.exprot")`` would fail only when clicked: every name asked for is checked here."""
    asked = re.compile(r"\b(?:require|allowed|may)\(\s*[\w.]+\s*,\s*\"([a-z_]+\.[a-z_]+)\"")
    names = {(path.name, m.group(1)) for path in DESK.rglob("*.py")
             for m in asked.finditer(path.read_text(encoding="utf-8"))}
    names |= {("stock/ledger.py", name) for name in stock.MOVE_PERMISSIONS.values()}
    assert len(names) > 40
    assert sorted(n for n in names if n[1] not in PERMISSIONS) == []


def test_roles_are_named_only_in_the_permission_table():
    """No ``has_role(op, "staff")``, ``op.role == "admin"``, ``op.role == role``, ``role in ("staff", ...)``
    or ``rank(op.role) < rank("staff")`` in the services, the window, the demo or the tools: who may
    do what is asked of the permission table (``allowed``, ``require``, ``may``)."""
    pattern = re.compile(r"has_role\(|require_role\(|\.role\s*(==|!=|in\b)|\.role\.in_\(|\brank\([\w.]*role")
    found = []
    files = [path for folder in ("services", "ui", "demo") for path in (DESK / folder).rglob("*.py")]
    files += list((DESK.parent / "tools").glob("*.py"))
    for path in sorted(files):
        if path.name in ("permissions.py", "accounts.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{path.relative_to(DESK.parent)}:{number}: {line.strip()}")
    assert found == []
