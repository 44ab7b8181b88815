import datetime as dt

import peewee as pw
import pytest

from desk import models
from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import AuditLog, CampaignMember, Distribution, GiftItem, Person, PointEntry, Visit
from desk.services import gifts, stock
from desk.services.checkin import visits as checkin
from desk.services.people import merge
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.people import roster
from desk.services.people.records import PersonInput, create_person


@pytest.fixture
def twins(volunteer, staff):
    keep = create_person(PersonInput("张阳", "13812345678", platform="美团"), volunteer)
    drop = create_person(PersonInput("张阳", None, platform="美团", caring_team=True, note="临时登记"), staff)
    return keep, drop


def _campaign(admin, name="中秋慰问", members=()):
    """A campaign of one box of the first catalog item each, with stock for it."""
    today = dt.date.today()
    item = stock.items()[0]
    stock.receive(item.id, 10, admin)
    return gifts.create_campaign(gifts.CampaignInput(
        name=name, kind="other", starts_on=today, ends_on=today, items=[(item.id, 1)], member_ids=list(members)), admin)


def test_finder_same_name_and_platform_suggests_keeping_the_one_with_phone(twins, volunteer):
    keep, drop = twins
    create_person(PersonInput("张阳", "13900001111", platform="饿了么"), volunteer)  # another Zhang Yang
    pairs = merge.find_duplicates()
    assert [(p.keep.id, p.drop.id, p.reason) for p in pairs] == [(keep.id, drop.id, merge.SAME_NAME_PLATFORM)]


def test_pairs_marked_not_the_same_person_are_not_suggested_again(twins, volunteer, staff):
    keep, drop = twins
    merge.mark_not_duplicates(drop.id, keep.id, staff)
    merge.mark_not_duplicates(keep.id, drop.id, staff)  # twice: one record of the decision
    assert merge.find_duplicates() == []
    assert AuditLog.select().where(AuditLog.action == merge.NOT_DUPLICATE).count() == 1
    third = create_person(PersonInput("张阳", None, platform="美团"), volunteer)
    assert {p.key for p in merge.find_duplicates()} == {tuple(sorted((keep.id, third.id))),
                                                        tuple(sorted((drop.id, third.id)))}
    with pytest.raises(ValidationError):
        merge.mark_not_duplicates(keep.id, keep.id, staff)


def test_finder_same_sounding_name_and_phone_in_note(volunteer):
    a = create_person(PersonInput("张伟", "13812345678", platform="美团"), volunteer)
    b = create_person(PersonInput("章伟", None, platform="美团"), volunteer)
    c = create_person(PersonInput("李强", "13700001111"), volunteer)
    d = create_person(PersonInput("李小强", None, note="电话 137-0000-1111 已被登记".replace("-", "")), volunteer)
    create_person(PersonInput("张维", None, platform="顺丰"), volunteer)  # same sound, other platform
    found = {(p.keep.id, p.drop.id): p.reason for p in merge.find_duplicates()}
    assert found == {(a.id, b.id): merge.SIMILAR_PINYIN, (c.id, d.id): merge.SAME_PHONE}


def test_person_references_cover_every_model():
    refs = {(f.model.__name__, f.name) for f in merge.person_references()}
    assert {("Visit", "person"), ("PointEntry", "person"), ("Redemption", "person"), ("CampaignMember", "person"),
            ("Distribution", "recipient"), ("Distribution", "deliverer"), ("Person", "merged_into")} <= refs
    # Every foreign key to Person in every model, whoever added it.
    for model in models.ALL_MODELS:
        for fld in model._meta.sorted_fields:
            if isinstance(fld, pw.ForeignKeyField) and fld.rel_model is Person:
                assert (model.__name__, fld.name) in refs


def test_merge_moves_every_record_and_keeps_alias(twins, volunteer, staff, admin):
    keep, drop = twins
    services = [s.id for s in checkin.default_services()]
    checkin.check_in(keep.id, services, volunteer, at=dt.datetime(2026, 1, 2, 12))
    checkin.check_in(drop.id, services, volunteer, at=dt.datetime(2026, 1, 3, 12))
    points.award(drop.id, "activity", staff)
    points.award(keep.id, "activity", staff, points=3)
    both = _campaign(admin, members=[keep.id, drop.id])  # a clash: keep is on the list already
    only_drop = _campaign(admin, "春节慰问", members=[drop.id])
    item = GiftItem.select().first()
    dist = gifts.hand_out(both.id, keep.id, admin, deliverer=drop.id)  # drop earns 10 delivery points
    merge.merge_people(keep.id, drop.id, staff, reason="同一人")

    assert Visit.select().where(Visit.person == keep.id).count() == 2
    assert Visit.select().where(Visit.person == drop.id).count() == 0
    assert points.balance(keep.id) == 5 + 3 + 10 and points.balance(drop.id) == 0
    assert PointEntry.select().where(PointEntry.person == drop.id).count() == 0
    assert {m.campaign_id for m in CampaignMember.select().where(CampaignMember.person == keep.id)} == {both.id, only_drop.id}
    assert CampaignMember.select().where(CampaignMember.person == drop.id).count() == 0
    assert Distribution.get_by_id(dist.id).deliverer_id == keep.id
    kept, alias = Person.get_by_id(keep.id), Person.get_by_id(drop.id)
    assert alias.voided_at is not None and alias.merged_into_id == keep.id and alias.voided_by_id == staff.id
    assert kept.caring_team and "临时登记" in kept.note  # details the kept record lacked
    assert merge.resolve_alias(drop.id).id == keep.id
    row = roster.roster_row(keep.id)
    assert row.points == 18 and row.first_visit == dt.datetime(2026, 1, 2, 12)
    assert drop.id not in {r.id for r in roster.roster_rows()}
    log = AuditLog.get((AuditLog.action == "person.merge") & (AuditLog.entity_id == keep.id))
    assert '"campaign_member"' in log.after  # the removed duplicate list row is kept in the audit
    assert AuditLog.select().where(AuditLog.action == "person.merged_away").count() == 1
    assert merge.find_duplicates() == []
    assert item is not None


def test_merge_takes_phone_of_duplicate_and_old_card_still_finds(volunteer, staff):
    keep = create_person(PersonInput("王五", None, platform="顺丰"), volunteer)
    drop = create_person(PersonInput("王五", "13700002222", platform="顺丰"), volunteer)
    merge.merge_people(keep.id, drop.id, staff)
    assert Person.get_by_id(keep.id).phone == "13700002222"
    assert Person.get_by_id(drop.id).phone is None
    assert [p.id for p in people.search("2222")] == [keep.id]


def test_merge_both_received_same_campaign_makes_second_an_extra_share(twins, staff, admin):
    keep, drop = twins
    camp = _campaign(admin)
    gifts.hand_out(camp.id, keep.id, admin)
    second = gifts.hand_out(camp.id, drop.id, admin)
    merge.merge_people(keep.id, drop.id, staff)
    second = Distribution.get_by_id(second.id)
    assert second.recipient_id == keep.id and second.extra_share and second.override_reason
    assert Distribution.select().where(Distribution.recipient == keep.id).count() == 2


def test_merge_keeps_the_second_phone_in_the_note(volunteer, staff):
    a = create_person(PersonInput("钱志", "15300002929", platform="美团"), volunteer)
    b = create_person(PersonInput("钱芝", "13600002277"), volunteer)
    merge.merge_people(a.id, b.id, staff)
    kept = Person.get_by_id(a.id)
    assert kept.phone == "15300002929" and "13600002277" in kept.note
    # Registered again later under the other number: the finder links the two again.
    again = create_person(PersonInput("钱芝", "13600002277"), volunteer)
    found = {p.key: p.reason for p in merge.find_duplicates()}
    assert found[tuple(sorted((a.id, again.id)))] == merge.SAME_PHONE


def test_merge_chain_moves_aliases(volunteer, staff):
    a = create_person(PersonInput("赵六", "13600003333"), volunteer)
    b = create_person(PersonInput("赵六", None), volunteer)
    c = create_person(PersonInput("赵六", None, platform="美团"), volunteer)
    merge.merge_people(b.id, c.id, staff)
    merge.merge_people(a.id, b.id, staff)
    assert Person.get_by_id(c.id).merged_into_id == a.id
    assert merge.resolve_alias(c.id).id == a.id


def test_merge_refusals_change_nothing(twins, volunteer, staff, admin):
    keep, drop = twins
    with pytest.raises(PermissionDenied):
        merge.merge_people(keep.id, drop.id, volunteer)
    with pytest.raises(ValidationError):
        merge.merge_people(keep.id, keep.id, staff)
    merge.merge_people(keep.id, drop.id, staff)
    with pytest.raises(Conflict):
        merge.merge_people(keep.id, drop.id, staff)
    other = create_person(PersonInput("孙七", "13500004444"), volunteer)
    from desk.services.people.lifecycle import anonymise_person

    anonymise_person(other.id, admin)
    with pytest.raises(Conflict):
        merge.merge_people(keep.id, other.id, staff)


def test_merge_rolls_back_entirely_on_unresolvable_clash(twins, staff, admin, monkeypatch):
    keep, drop = twins
    camp = _campaign(admin)
    gifts.hand_out(camp.id, keep.id, admin)
    gifts.hand_out(camp.id, drop.id, admin)
    services = [s.id for s in checkin.default_services()]
    checkin.check_in(drop.id, services, admin)
    monkeypatch.setattr(merge, "CLASH_RESOLVERS", {})
    with pytest.raises(Conflict):
        merge.merge_people(keep.id, drop.id, staff)
    assert Visit.get().person_id == drop.id
    assert Person.get_by_id(drop.id).voided_at is None


def test_old_card_of_merged_person_finds_the_kept_one(twins, staff):
    keep, drop = twins
    merge.merge_people(keep.id, drop.id, staff)
    assert [p.id for p in people.search(drop.card_code)] == [keep.id]
    assert [p.id for p in people.search(keep.card_code)] == [keep.id]


class FutureDeed(models.BaseModel):
    """A record type a later duty might add (a wish, a hazard report...), unknown to merge."""

    person = pw.ForeignKeyField(Person, backref="+")
    helper = pw.ForeignKeyField(Person, null=True, backref="+")
    title = pw.CharField(default="")
    created_at = pw.DateTimeField(default=models.now)
    voided_at = pw.DateTimeField(null=True)


def test_merge_and_timeline_cover_models_added_later(twins, staff, monkeypatch):
    from desk.services.people import timeline as roster_timeline

    monkeypatch.setattr(models, "ALL_MODELS", models.ALL_MODELS + [FutureDeed])
    models.db.create_tables([FutureDeed])
    keep, drop = twins
    deed = FutureDeed.create(person=drop, helper=drop, title="帮助走失老人回家")
    assert any(e.detail == "帮助走失老人回家" for e in roster_timeline.timeline(drop.id))
    merge.merge_people(keep.id, drop.id, staff)
    deed = FutureDeed.get_by_id(deed.id)
    assert deed.person_id == keep.id and deed.helper_id == keep.id
    entries = [e for e in roster_timeline.timeline(keep.id) if e.source == "future_deed"]
    assert len(entries) == 2  # as the person and as the helper
