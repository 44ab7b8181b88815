"""Reading the wish board: cards and search, figures, thanks, the timeline, erasure, the schema step."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desk import db, migrations, models
from desk.models import AuditLog, Wish
from desk.services.common import attachments, notices, units
from desk.services.common.masking import courtesy_name, surname
from desk.services.people import lifecycle, timeline
from desk.services.people.records import PersonInput, create_person
from desk.services.wishes import board, categories, figures, queries
from desk.services.wishes.rules import AWAITING, CLAIMED, DECLINED, FULFILLED, OPEN, WITHDRAWN
from tests.unit.wish_helpers import category_id, png, wish_in


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput(name="欧阳娜", phone="13800001111"), volunteer)


@pytest.fixture
def helper(volunteer):
    return create_person(PersonInput(name="李爱心", phone="13900002222", kind="volunteer"), volunteer)


@pytest.fixture
def unit(staff):
    return units.add_unit(units.UnitInput(name="阳光幼儿园", kind="school"), staff)


def test_courtesy_names_print_no_full_name():
    assert courtesy_name("张阳") == "张师傅"
    assert courtesy_name("欧阳娜", "nvshi") == "欧阳女士"
    assert courtesy_name("欧阳", "nvshi") == "欧女士"  # a two-character name has a one-character surname
    assert courtesy_name("", "shifu") == courtesy_name("张阳", anonymised=True) == "一位骑手"
    assert surname("ali") == "A"


def test_cards_carry_what_the_board_shows_and_search_finds_them(rider, helper, unit, staff):
    a = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id, what="儿童绘本十本")
    b = wish_in(OPEN, helper.id, staff, what="手机支架")
    [card_b, card_a] = queries.cards()
    assert (card_a.id, card_b.id) == (a, b)
    assert card_a.claimant == "李爱心" and card_a.claimant_kind == "person" and card_a.rider_courtesy == "欧阳师傅"
    assert card_a.rider_phone_masked == "138****1111"
    assert [c.id for c in queries.cards() if c.matches("1111")] == [a]
    assert [c.id for c in queries.cards() if c.matches("oyn")] == [a]  # pinyin initials of the rider
    assert [c.id for c in queries.cards() if c.matches("ouyang")] == [a]
    assert [c.id for c in queries.cards() if c.matches("绘本")] == [a]
    assert [c.id for c in queries.cards() if c.matches("支架")] == [b]
    assert [c.id for c in queries.cards() if c.matches("李爱心")] == [b, a]  # rider of one, claimant of the other
    only = queries.BoardFilter(claimant=("person", helper.id))
    assert [c.id for c in queries.cards() if only.accepts(c)] == [a]
    assert not queries.BoardFilter(year=2001).accepts(card_a)
    assert queries.BoardFilter(category_id=category_id()).accepts(card_a)


def test_a_claim_past_its_promised_day_is_overdue(rider, helper, staff):
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    card = queries.card(wish_id)
    assert not card.overdue()
    assert card.overdue(card.promised_on + dt.timedelta(days=1))


def test_the_story_of_a_wish(rider, helper, staff):
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    board.release(wish_id, "临时出差", staff)
    steps = queries.story(wish_id)
    assert [s.action for s in steps] == ["take_down", "approve", "claim", "release"]
    assert steps[-1].detail == "李爱心：临时出差" and steps[-1].operator == "李社工"


def test_figures_count_each_step_by_its_own_date(rider, helper, unit, staff, volunteer):
    today = dt.date.today()
    long_ago = dt.datetime.combine(today - dt.timedelta(days=400), dt.time(10))
    old = board.take_down(board.WishInput(rider.id, "旧心愿", category_id("study")), volunteer, at=long_ago).wish_id
    board.approve(old, staff, at=long_ago)
    for state in (AWAITING, OPEN, CLAIMED, FULFILLED, DECLINED, WITHDRAWN):
        wish_in(state, rider.id, staff, claimant_id=helper.id)
    wish_in(FULFILLED, rider.id, staff, unit_id=unit.id)
    board.claim(old, board.ClaimInput(promised_on=today, unit_id=unit.id), staff)
    board.fulfil(old, board.FulfilInput(), staff)
    got = figures.figures(*figures.month_bounds(today))
    assert (got.taken_down, got.approved, got.claimed, got.fulfilled, got.declined, got.withdrawn) == (7, 4, 4, 3, 1, 1)
    assert got.claimants_thanked == 2
    work = next(c for c in got.by_category if c.category == "工作装备")
    study = next(c for c in got.by_category if c.category == "学习用品")
    assert (work.taken_down, work.fulfilled, study.taken_down, study.fulfilled) == (7, 2, 0, 1)
    whole = figures.figures(today - dt.timedelta(days=500), today)
    assert whole.taken_down == 8 and whole.approved == 5


def test_thanks_per_claimant_and_units_per_year(rider, helper, unit, staff):
    for _ in range(2):
        wish_in(FULFILLED, rider.id, staff, unit_id=unit.id)
    wish_in(FULFILLED, rider.id, staff, claimant_id=helper.id)
    wish_in(CLAIMED, rider.id, staff, unit_id=unit.id)
    today = dt.date.today()
    groups = queries.thanks(today - dt.timedelta(days=30), today)
    assert [(g.name, len(g.wishes)) for g in groups] == [("阳光幼儿园", 2), ("李爱心", 1)]
    assert [(u.name, u.fulfilled) for u in queries.unit_counts(today.year)] == [("阳光幼儿园", 2)]
    assert queries.unit_counts(today.year - 1) == []


def test_open_wishes_for_the_wall(rider, staff):
    first = wish_in(OPEN, rider.id, staff, what="雨靴")
    wish_in(AWAITING, rider.id, staff)
    second = wish_in(OPEN, rider.id, staff, what="保温杯")
    assert [c.id for c in queries.open_wishes()] == [first, second]


def test_the_timeline_shows_wishes_as_rider_and_as_claimant(rider, helper, staff):
    wish_in(FULFILLED, rider.id, staff, claimant_id=helper.id, what="雨靴")
    mine = [e for e in timeline.timeline(rider.id) if e.kind == timeline.WISH]
    theirs = [e for e in timeline.timeline(helper.id) if e.kind == timeline.WISH]
    assert [e.detail for e in mine] == ["本人心愿『雨靴』（已完成，李爱心认领）"]
    assert [e.detail for e in theirs] == ["认领欧阳师傅的心愿『雨靴』（已完成）"]
    assert not [e for e in timeline.timeline(rider.id) if e.source == "wish"]  # not twice via the generic reader


def test_erasing_the_rider_removes_photos_and_free_text_but_keeps_the_wish(rider, helper, staff, admin, tmp_path):
    wish_id = wish_in(CLAIMED, rider.id, staff, claimant_id=helper.id)
    board.fulfil(wish_id, board.FulfilInput(note="欧阳娜本人领取", photos=[png(tmp_path / "a.png")]), staff)
    [photo] = attachments.for_owner("wish", wish_id)
    kept = attachments.path_of(photo.id)
    other = wish_in(AWAITING, rider.id, staff)
    board.decline(other, "欧阳娜已有同类物品", staff)
    lifecycle.anonymise_person(rider.id, admin)
    wish = Wish.get_by_id(wish_id)
    assert wish.status == FULFILLED and wish.what == "一双雨靴" and wish.fulfil_note == ""
    assert Wish.get_by_id(other).decline_reason == ""
    assert attachments.for_owner("wish", wish_id) == [] and not kept.exists()
    trail = " ".join(r.before + r.after for r in AuditLog.select().where(AuditLog.entity == "wish"))
    assert "欧阳娜" not in trail
    assert notices.pending(rider.id) == []
    assert queries.card(wish_id).rider_courtesy == "一位骑手"


def test_admin_extends_the_categories(admin, volunteer):
    from desk.errors import PermissionDenied, ValidationError

    with pytest.raises(PermissionDenied):
        categories.add_category("交通出行", volunteer)
    added = categories.add_category("交通出行", admin)
    with pytest.raises(ValidationError):
        categories.add_category("交通出行", admin)
    assert categories.categories()[-1].name == "交通出行"
    categories.retire_category(added.id, admin)
    assert "交通出行" not in [c.name for c in categories.categories()]
    seeded = ["生活用品", "工作装备", "学习用品", "子女教育", "健康", "其他"]
    assert [c.name for c in categories.categories()][:6] == seeded


def _schema(path, tables):
    with sqlite3.connect(path) as con:
        out = {}
        for table in tables:
            cols = con.execute(f"PRAGMA table_info({table})").fetchall()
            fks = sorted(con.execute(f"PRAGMA foreign_key_list({table})").fetchall())
            indexes = sorted((row[1], row[2], tuple(c[2] for c in con.execute(f"PRAGMA index_info({row[1]})")))
                             for row in con.execute(f"PRAGMA index_list({table})").fetchall())
            out[table] = (cols, [f[2:5] for f in fks], indexes)
        return out


def test_a_version_4_database_upgrades_to_the_same_wish_tables_as_a_new_one(tmp_path):
    old = tmp_path / "v4.db"
    database = db.init_db(old)
    database.execute_sql("DROP TABLE wish")
    database.execute_sql("DROP TABLE wish_category")
    models.Meta.update(value="4").where(models.Meta.key == "schema_version").execute()
    models.db.close()
    db.init_db(old)  # upgrades (backup first)
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION >= 5
    models.db.close()
    fresh = tmp_path / "fresh.db"
    db.init_db(fresh)
    models.db.close()
    assert _schema(old, ["wish", "wish_category"]) == _schema(fresh, ["wish", "wish_category"])
    assert list(tmp_path.glob("v4.v4-*.bak.db"))


def test_merging_duplicates_moves_their_wishes_and_claims(rider, helper, staff, volunteer):
    from desk.services.people.merge import merge_people

    twin = create_person(PersonInput(name="欧阳娜"), volunteer)
    own = wish_in(OPEN, twin.id, staff)
    claimed = wish_in(CLAIMED, helper.id, staff, claimant_id=twin.id)
    merge_people(rider.id, twin.id, staff)
    assert Wish.get_by_id(own).rider_id == rider.id
    assert Wish.get_by_id(claimed).claimant_person_id == rider.id
