import json

import pytest

from desk.errors import Conflict, PermissionDenied
from desk.models import AuditLog, Grid, Person
from desk.services.checkin import visits as checkin
from desk.services.people import grids
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.people import roster
from desk.services.people import timeline as roster_timeline
from desk.services.people.records import PersonInput, create_person, update_person
from desk.services.people.lifecycle import anonymise_person, archive_person, unarchive_person


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput("张阳", "13812345678", platform="美团", note="常来充电"), volunteer)


def test_archive_hides_from_search_and_unarchive_brings_back(rider, volunteer, staff):
    with pytest.raises(PermissionDenied):
        archive_person(rider.id, volunteer)
    archive_person(rider.id, staff)
    assert people.search("5678") == []
    assert people.search("5678", include_archived=True)[0].id == rider.id
    with pytest.raises(Conflict):
        archive_person(rider.id, staff)
    unarchive_person(rider.id, staff)
    assert people.search("5678")[0].id == rider.id
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "person")]
    assert "person.archive" in actions and "person.unarchive" in actions


def test_anonymise_is_admin_only(rider, staff):
    with pytest.raises(PermissionDenied):
        anonymise_person(rider.id, staff)
    assert Person.get_by_id(rider.id).name == "张阳"


def test_anonymise_erases_identity_keeps_records_and_totals(rider, volunteer, admin):
    services = [s.id for s in checkin.default_services()]
    checkin.check_in(rider.id, services, volunteer)
    points.award(rider.id, "activity", admin)
    update_person(rider.id, PersonInput("张阳", "13812345678", platform="饿了么"), volunteer)
    before = checkin.counters()["today"]
    old_card = rider.card_code
    anonymise_person(rider.id, admin)
    p = Person.get_by_id(rider.id)
    assert p.name == "已匿名" and p.phone is None and p.pinyin_initials == "" and p.note == ""
    assert p.card_code != old_card and p.archived_at is not None
    assert checkin.counters()["today"] == before
    assert points.balance(rider.id) == 5
    assert people.search("5678", include_archived=True) == []
    assert people.search(old_card) == []
    # Nothing personal is left in the person's audit trail.
    for row in AuditLog.select().where((AuditLog.entity == "person") & (AuditLog.entity_id == rider.id)):
        assert "张阳" not in row.before + row.after and "13812345678" not in row.before + row.after
    # Their history is still there (without saying who they were).
    assert any(e.kind == roster_timeline.VISIT for e in roster_timeline.timeline(rider.id))
    # The phone number is free for a new registration.
    create_person(PersonInput("张阳", "13812345678"), volunteer)
    with pytest.raises(Conflict):
        anonymise_person(rider.id, admin)
    with pytest.raises(Conflict):
        unarchive_person(rider.id, admin)


def test_grids_rename_leader_assign_members(rider, volunteer, staff):
    rows = grids.list_grids()
    assert len(rows) == 6 and all(r.members == 0 for r in rows)
    g3 = Grid.get(Grid.number == 3)
    with pytest.raises(PermissionDenied):
        grids.update_grid(g3.id, volunteer, name="东门网格")
    grids.update_grid(g3.id, staff, name="东门网格", leader_name="刘网格长", leader_phone="139 0000 2222")
    g3 = Grid.get_by_id(g3.id)
    assert (g3.name, g3.leader_name, g3.leader_phone) == ("东门网格", "刘网格长", "13900002222")
    with pytest.raises(people.ValidationError):
        grids.update_grid(g3.id, staff, name="第一网格")
    other = create_person(PersonInput("李四", "13900001111"), volunteer)
    with pytest.raises(PermissionDenied):
        grids.assign_members([rider.id, other.id], g3.id, volunteer)
    assert grids.assign_members([rider.id, other.id], g3.id, staff) == 2
    assert grids.assign_members([rider.id], g3.id, staff) == 0
    assert [p.id for p in grids.members(g3.id)] == sorted([rider.id, other.id], key=lambda i: Person.get_by_id(i).pinyin_full)
    assert {r.number: r.members for r in grids.list_grids()}[3] == 2
    assert roster.roster_row(rider.id).grid_name == "东门网格"
    grids.assign_members([other.id], None, staff)
    assert [p.id for p in grids.members(g3.id)] == [rider.id]


def test_timeline_has_visits_points_and_is_newest_first(rider, volunteer, admin):
    import datetime as dt

    services = [s.id for s in checkin.default_services()]
    checkin.check_in(rider.id, services, volunteer, at=dt.datetime(2026, 1, 5, 12))
    points.award(rider.id, "activity", admin, at=dt.datetime(2026, 2, 1, 9))
    entries = roster_timeline.timeline(rider.id)
    assert [e.kind for e in entries] == [roster_timeline.POINTS, roster_timeline.VISIT]
    assert entries[0].amount == 5 and "参加社区活动" in entries[0].detail
    assert entries[1].detail  # the services used


def test_audit_of_anonymised_person_stays_valid_json(rider, admin):
    anonymise_person(rider.id, admin)
    for row in AuditLog.select():
        json.loads(row.before or "{}")
        json.loads(row.after or "{}")


def test_timeline_shows_gifts_rewards_and_campaign_lists(rider, volunteer, admin):
    import datetime as dt

    from desk.services import gifts, stock
    from desk.services.points import rewards

    today = dt.date.today()
    item = stock.items()[0]
    stock.receive(item.id, 10, admin)
    elder = create_person(PersonInput("刘奶奶", None, kind="elderly"), volunteer)
    # For the elderly, and the rider hand-picked onto the list.
    camp = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=today, ends_on=today, eligibility="elderly",
        items=[(item.id, 2)], member_ids=[rider.id]), admin)
    gifts.hand_out(camp.id, rider.id, admin)
    gifts.hand_out(camp.id, elder.id, admin, deliverer=rider.id)  # earns the rider delivery points
    points.award(rider.id, "activity", admin, points=20)
    rewards.set_price(item.id, 30, admin)
    rewards.redeem(rider.id, item.id, 1, admin)
    kinds = {e.kind: e for e in roster_timeline.timeline(rider.id)}
    assert set(kinds) == {roster_timeline.GIFT_RECEIVED, roster_timeline.GIFT_DELIVERED, roster_timeline.REDEMPTION,
                          roster_timeline.CAMPAIGN_LIST, roster_timeline.POINTS}
    assert kinds[roster_timeline.GIFT_RECEIVED].detail == f"中秋慰问：{item.name} × 2"
    assert kinds[roster_timeline.REDEMPTION].amount == -30
    assert [e.kind for e in roster_timeline.timeline(elder.id)] == [roster_timeline.GIFT_RECEIVED]


def test_anonymise_also_erases_merged_duplicates(rider, volunteer, staff, admin):
    from desk.services.people import merge

    twin = create_person(PersonInput("张阳", None, platform="美团", note="临时登记"), volunteer)
    merge.merge_people(rider.id, twin.id, staff)
    old_twin_card = Person.get_by_id(twin.id).card_code
    assert people.search(old_twin_card)[0].id == rider.id
    anonymise_person(rider.id, admin)
    alias = Person.get_by_id(twin.id)
    assert alias.name == "已匿名" and alias.note == "" and alias.anonymised_at is not None
    assert people.search(old_twin_card) == []
    for row in AuditLog.select():
        assert "张阳" not in row.before + row.after and "13812345678" not in row.before + row.after
