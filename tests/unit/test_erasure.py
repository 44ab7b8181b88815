"""Erase means erased: after a person is erased their name and phone are in no table, no audit row,
no page of the database file and not in its WAL, while the window (the connection) is still open.

林小雨 (13912345678) is given a life at the station touching every duty: visits with notes, a
voided visit, points (a delivery she made, and one made to her), a redemption with a note, a
share handed to her with an override reason that names her, her wish and a wish she claimed,
an event she attended (and whose description names her), a grid report with a photo, a help
record where she is the one helped, the grid leader's role, a partner unit she is the contact of,
another rider's note about her, a donor line, a notice that names her and a duplicate record
merged into hers. Then an admin erases her, and the raw bytes of ``desk.db`` and ``desk.db-wal``
are searched for her name (UTF-8), her phones, her card codes and her pinyin.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import peewee as pw
import pytest

from desk import models
from desk.db import sqlite_file
from desk.models import Attachment, AuditLog, Share, Grid, HelpRecord, Person, PointEntry, Visit, Wish
from desk.services.checkin import visits
from desk.services.common import attachments, units
from desk.services.events import attendance, events
from desk.services.gifts import campaigns, shares
from desk.services.grid import help as helps
from desk.services.grid import reports
from desk.services.people import erasure, grids, lifecycle, merge, records, timeline
from desk.services.points import ledger, rewards
from desk.services.stock import ledger as stock
from desk.services.wishes import board, categories
from tests.hostile_support import png

NAME, PHONE, ALIAS_PHONE = "林小雨", "13912345678", "13912340000"
NOW = dt.datetime.now().replace(microsecond=0)
TODAY = NOW.date()


def person(name: str, phone: str | None, by, **kw) -> Person:
    return records.create_person(records.PersonInput(name=name, phone=phone, **kw), by)


@pytest.fixture
def station(admin, staff, volunteer, tmp_path):
    """林小雨 and everything that names her; returns (her, the deliverer, the campaign's item)."""
    grid = Grid.get(Grid.number == 3)
    her = person(NAME, PHONE, staff, platform="美团", grid_id=grid.id, caring_team=True, note="住3号楼")  # the team: staff
    twin = person(NAME, ALIAS_PHONE, volunteer, note="临时登记的林小雨")
    merge.merge_people(her.id, twin.id, staff, reason=f"{NAME}登记了两次")
    courier = person("周师傅", "13700001111", volunteer, note=f"{NAME}的表哥，电话{PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}")
    elder = person("刘奶奶", None, volunteer, kind="elderly")

    # check-in: visits with notes, one voided
    water = visits.default_services()[0].id
    visits.check_in(her.id, [water], volunteer, at=NOW - dt.timedelta(days=2), note=f"{NAME}带了孩子")
    mistaken = visits.check_in(her.id, [water], volunteer, at=NOW - dt.timedelta(hours=3)).visit_id
    visits.void_visit(mistaken, f"扫错了，不是{NAME}", staff)

    # gifts: a share to her with an override reason naming her; a delivery by her; one to her by the courier
    item = stock.items()[0]
    stock.receive(item.id, 50, staff, donor=NAME, note=f"{NAME}捐的")
    camp = campaigns.create_campaign(campaigns.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=3),
        items=[(item.id, 1)], note=f"重点：{NAME}"), staff)
    shares.hand_out(camp.id, her.id, staff, deliverer=courier.id, at=NOW - dt.timedelta(minutes=30))
    shares.hand_out(camp.id, her.id, staff, override_reason=f"{NAME}说上次的摔坏了")
    shares.hand_out(camp.id, elder.id, staff, deliverer=her.id, override_reason="老党员，送上门")

    # points and a redemption with a note
    ledger.award(her.id, "activity", staff, points=20, note=f"{NAME}帮忙搬月饼，手机{PHONE}")
    reward = stock.items()[1]
    stock.receive(reward.id, 5, staff)
    rewards.set_price(reward.id, 5, admin)
    rewards.redeem(her.id, reward.id, 1, staff, note=f"{NAME}换雨衣")

    # wishes: her own, and one she claimed and fulfilled for the courier
    work_gear = categories.by_code("work_gear").id
    own = board.take_down(board.WishInput(rider_id=her.id, what=f"{NAME}想要一个头盔", category_id=work_gear,
                                          note=f"联系{PHONE}"), volunteer).wish_id
    board.approve(own, staff)
    theirs = board.take_down(board.WishInput(rider_id=courier.id, what="一双雨靴", category_id=work_gear),
                             volunteer).wish_id
    board.approve(theirs, staff)
    board.claim(theirs, board.ClaimInput(promised_on=TODAY + dt.timedelta(days=3), person_id=her.id), staff)
    board.fulfil(theirs, board.FulfilInput(given="雨靴一双", note=f"{NAME}送来的"), staff)  # a notice names her

    # an event she attended, whose description names her
    event = events.create_event(events.EventInput(
        title="反诈宣传讲座", category="safety_legal", starts_at=NOW - dt.timedelta(minutes=30),
        ends_at=NOW + dt.timedelta(hours=1), points=5, organiser=NAME, description=f"分享人：{NAME}"), staff)
    attendance.mark_present(event.id, her.id, staff)

    # a grid report with a photo, and a help record where she is the one helped
    category = reports.HazardCategory.get(reports.HazardCategory.code == "entrance_bikes")
    made = reports.record_report(reports.ReportInput(
        grid_id=grid.id, category_id=category.id, reporter_id=her.id, building=3, unit=2,
        description=f"{NAME}看到楼道口堵了", photos=(png(tmp_path / "seen.png"),)), volunteer)
    reports.confirm_report(made.report_id, staff)
    helps.record_help(helps.HelpInput(
        helper_ids=[courier.id], helped_kind="elderly", outcome="taken_home", place="菜市场门口",
        helped_name=NAME, helped_contact=f"本人 {PHONE}", what_happened=f"{NAME}迷路了"), staff, confirm=True)

    # roles: grid leader, a partner unit's contact
    grids.update_grid(grid.id, staff, name=grid.name, leader_name=NAME, leader_phone=PHONE, note=f"组长{NAME}")
    units.add_unit(units.UnitInput("筑业物业", "property", NAME, PHONE, f"{NAME}负责对接"), staff)
    return her, courier, twin


def _files(database_path: Path) -> dict[str, bytes]:
    found = {}
    for suffix in ("", "-wal"):
        path = Path(str(database_path) + suffix)
        if path.exists():
            found[path.name] = path.read_bytes()
    return found


def _needles(her: Person, twin: Person) -> dict[str, bytes]:
    return {
        "name": NAME.encode("utf-8"),
        "phone": PHONE.encode(),
        "alias phone": ALIAS_PHONE.encode(),
        "phone tail": PHONE[3:].encode(),  # also catches "139 1234 5678"'s digits run together
        "card": her.card_code.encode(),
        "alias card": twin.card_code.encode(),
        "pinyin": her.pinyin_full.encode(),
    }


def test_everything_names_her_before(station):
    """The set-up really wrote her name and phone into many places and into the file."""
    her, _courier, twin = station
    database = sqlite_file(models.db.obj.database)
    blob = b"".join(_files(database).values())
    assert NAME.encode() in blob and PHONE.encode() in blob
    assert AuditLog.select().where(AuditLog.after.contains(NAME)).count() >= 10


def test_erasing_her_leaves_her_nowhere_in_the_tables_the_file_or_the_wal(station, admin):
    her, courier, twin = station
    her = Person.get_by_id(her.id)
    needles = _needles(her, Person.get_by_id(twin.id))
    photos = [attachments.root() / a.stored_name for a in Attachment.select()]
    assert photos and all(p.exists() for p in photos)
    # A window open for a while: SQLite has already copied her pages from the WAL into the file
    # (it does so every 1,000 pages), and keeps writing new ones to the WAL.
    models.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    visits.check_in(courier.id, [visits.default_services()[0].id], admin)
    counted = (Visit.select().count(), PointEntry.select().count(), Share.select().count(),
               Wish.select().count(), HelpRecord.select().count())

    lifecycle.anonymise_person(her.id, admin)

    # no table holds her name or phones (read through SQL, the connection still open)
    for model in models.ALL_MODELS:
        for fld in model._meta.sorted_fields:
            if isinstance(fld, (pw.CharField, pw.TextField)):
                for needle in (NAME, PHONE, ALIAS_PHONE, PHONE[3:]):
                    hits = model.select(fld).where(fld.contains(needle)).count()
                    assert hits == 0, f"{model._meta.table_name}.{fld.name} still holds {needle}"
    # ... nor any byte of the database file or its WAL
    database = sqlite_file(models.db.obj.database)
    files = _files(database)
    assert database.name in files
    for name, blob in files.items():
        for what, needle in needles.items():
            assert needle not in blob, f"{name} still holds her {what}"
    # her photos are gone from the data folder
    assert not any(p.exists() for p in photos)
    # the station's totals did not change
    assert counted == (Visit.select().count(), PointEntry.select().count(), Share.select().count(),
                       Wish.select().count(), HelpRecord.select().count())
    # her roles are empty, not renamed; the helped person's name is cleared
    grid = Grid.get(Grid.number == 3)
    assert (grid.leader_name, grid.leader_phone, grid.note) == ("", "", "组长已匿名")
    assert HelpRecord.get().helped_name == "" and HelpRecord.get().helped_contact == "本人 ***"
    assert Person.get_by_id(courier.id).note == "已匿名的表哥，电话***"
    # every audit row is still valid JSON
    for row in AuditLog.select():
        json.loads(row.before or "{}"), json.loads(row.after or "{}")


def test_a_delivery_line_names_the_recipient_by_its_link_so_erasing_her_renames_it(station, admin):
    her, courier, _twin = station
    line = PointEntry.get((PointEntry.person == courier.id) & (PointEntry.source_type == shares.SOURCE))
    assert line.note == ""  # the link, not the name, is stored
    assert [r.note for r in ledger.statement(courier.id) if r.id == line.id] == [f"中秋慰问 → {NAME}"]
    lifecycle.anonymise_person(her.id, admin)
    assert [r.note for r in ledger.statement(courier.id) if r.id == line.id] == ["中秋慰问 → 已匿名"]
    details = [e.detail for e in timeline.timeline(courier.id) if e.kind == timeline.POINTS]
    assert any("中秋慰问 → 已匿名" in d for d in details) and not any(NAME in d for d in details)


def test_generated_points_notes_carry_no_words(station):
    """Deliveries, events, reports, help records, wishes and redemptions link their record instead."""
    generated = PointEntry.select().where(PointEntry.source_type != "manual")
    assert generated.count() >= 5
    assert [e.note for e in generated if e.reverses_id is None] == [""] * generated.count()
    her = station[0]
    described = [r.note for r in ledger.statement(her.id)]
    assert "反诈宣传讲座" in described and any(n.endswith("× 1") for n in described)


def test_every_text_column_is_classified_for_erasure():
    """A new duty's text column must say whether it may name a person (``FREE_TEXT``) or not."""
    assert erasure.text_columns() - erasure.classified_columns() == set()
    assert erasure.classified_columns() - erasure.text_columns() == set()


def test_the_scrubber_finds_a_phone_however_it_was_typed():
    scrub = erasure.Scrubber(erasure.Identity({"林小雨", "王"}, {"13912345678"}, {"LX12345678"}))
    for typed in ("13912345678", "139 1234 5678", "139-1234-5678", "+86 13912345678", "８６１３９１２３４５６７８",
                  "１３９１２３４５６７８", "139****5678"):
        assert scrub.text(f"电话{typed}。") == "电话***。"
    assert scrub.text("林小雨和王五") == "已匿名和王五"  # a one-character name is not hunted inside text
    assert scrub.text("卡号LX12345678") == "卡号***"
    assert json.loads(scrub.json_text('{"a": ["林小雨", {"b": "13912345678"}], "n": 3}')) == {
        "a": ["已匿名", {"b": "***"}], "n": 3}


def test_erasing_inside_a_transaction_leaves_the_file_alone(station, admin):
    """Inside another transaction (a test, an import) the vacuum waits: SQLite cannot vacuum there."""
    her = station[0]
    with models.db.atomic() as transaction:
        lifecycle.anonymise_person(her.id, admin)
        assert Person.get_by_id(her.id).name == "已匿名"
        transaction.rollback()
    assert Person.get_by_id(her.id).name == NAME


def test_a_name_and_phone_she_had_before_are_erased_too(admin, staff, volunteer):
    """A corrected name or a changed phone is in her audit rows and may be in notes typed back then."""
    her = person("林晓雨", "13912340001", volunteer)
    records.update_person(her.id, records.PersonInput(name=NAME, phone=PHONE), staff)
    person("周师傅", None, volunteer, note="找林晓雨，电话13912340001")
    lifecycle.anonymise_person(her.id, admin)
    assert Person.get(Person.name == "周师傅").note == "找已匿名，电话***"
    for row in AuditLog.select():
        assert "林晓雨" not in row.before + row.after and "13912340001" not in row.before + row.after


def test_a_reader_still_open_postpones_the_vacuum_not_the_erasure(station, admin):
    her = station[0]
    reader = models.db.execute_sql("SELECT id FROM visit")  # a list not read to its end
    reader.fetchone()
    from desk.db import purge_file

    done = purge_file()
    assert "vacuum_error" in done and not done["vacuum"]
    reader.close()
    lifecycle.anonymise_person(her.id, admin)
    assert Person.get_by_id(her.id).name == "已匿名"
