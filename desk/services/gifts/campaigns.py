"""Campaign setup (慰问活动): name, kind, dates, eligibility, items per person, hand-picked list.

Part of the gifts duty; ``desk.services.gifts`` re-exports what it offers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Campaign, CampaignItem, CampaignMember, Distribution, Operator, Person, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.stock import ledger as stock
from desk.services.common.reasons import required_reason

NAME_MAX = 60
TEXT_MAX = 200
PER_PERSON_MAX = 99

KINDS = {
    "mid_autumn": translate("Term", "Mid-Autumn"),
    "spring": translate("Term", "Spring Festival"),
    "clinic": translate("Term", "health clinic"),
    "other": translate("Term", "other"),
}
ELIGIBILITY = {
    "all_riders": translate("Term", "all riders, couriers and drivers"),
    "caring_team": translate("Term", "Caring Rider Team"),
    "party_members": translate("Term", "party members"),
    "elderly": translate("Term", "elderly residents"),
    "list": translate("Term", "hand-picked list only"),
}

# --- campaign setup ----------------------------------------------------------------------------


@dataclass
class CampaignInput:
    """What the setup dialog gives to create or edit a campaign."""

    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    eligibility: str = "all_riders"
    items: list[tuple[int, int]] = field(default_factory=list)  # (item id, per-person quantity)
    member_ids: list[int] = field(default_factory=list)  # hand-picked, in addition to the group
    note: str = ""


def get_campaign(campaign_id: int, *, live: bool = True) -> Campaign:
    campaign = Campaign.get_or_none(Campaign.id == campaign_id)
    if campaign is None or (live and campaign.voided_at is not None):
        raise NotFound(translate("DeskError", "That campaign does not exist or was voided."))
    return campaign


def ended(campaign: Campaign, today: dt.date | None = None) -> bool:
    """Is the campaign over (its last day before ``today``)?"""
    return campaign.ends_on < (today or dt.date.today())


def end_moment(campaign: Campaign) -> dt.datetime:
    """The end of the campaign's last day: the moment an ended campaign's figures are taken at."""
    return dt.datetime.combine(campaign.ends_on + dt.timedelta(days=1), dt.time())


def _validated(data: CampaignInput, existing_id: int | None = None) -> dict[str, Any]:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the campaign's name (e.g. 2026年中秋慰问)."))
    if len(name) > NAME_MAX:
        raise ValidationError(translate("DeskError", "A campaign name can be at most {0} characters."), NAME_MAX)
    clash = Campaign.select().where((Campaign.name == name) & Campaign.voided_at.is_null())
    if existing_id is not None:
        clash = clash.where(Campaign.id != existing_id)
    if clash.exists():
        raise ValidationError(translate("DeskError", "A campaign named {0} already exists."), name)
    if data.kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of campaign: {0}."), data.kind)
    if data.eligibility not in ELIGIBILITY:
        raise ValidationError(translate("DeskError", "Unknown eligibility: {0}."), data.eligibility)
    if not isinstance(data.starts_on, dt.date) or not isinstance(data.ends_on, dt.date):
        raise ValidationError(translate("DeskError", "Please enter the campaign's first and last day."))
    if data.ends_on < data.starts_on:
        raise ValidationError(
            translate("DeskError", "The last day ({1}) is before the first day ({0})."),
            data.starts_on.isoformat(), data.ends_on.isoformat(),
        )
    if not data.items:
        raise ValidationError(translate("DeskError", "Add at least one item that a share holds."))
    items: dict[int, int] = {}
    for item_id, qty in data.items:
        item = stock.get_item(item_id)
        if item_id in items:
            raise ValidationError(translate("DeskError", "{0} is listed twice."), item.name)
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            raise ValidationError(translate("DeskError", "The quantity of {0} per person must be at least 1."), item.name)
        if qty > PER_PERSON_MAX:
            raise ValidationError(translate("DeskError", "The quantity of {0} per person can be at most {1}."), item.name, PER_PERSON_MAX)
        old = existing_id is not None and CampaignItem.select().where(
            (CampaignItem.campaign == existing_id) & (CampaignItem.item == item_id)
        ).exists()
        if item.retired_at is not None and not old:
            raise ValidationError(translate("DeskError", "{0} is retired from the catalog."), item.name)
        items[item_id] = qty
    members = list(dict.fromkeys(int(i) for i in data.member_ids))
    if members:
        found = Person.select(Person.id).where(Person.id.in_(members) & Person.voided_at.is_null()).count()
        if found != len(members):
            raise ValidationError(translate("DeskError", "Someone on the hand-picked list is not in the roster."))
    if data.eligibility == "list" and not members:
        raise ValidationError(translate("DeskError", "Pick at least one person for a hand-picked list."))
    note = (data.note or "").strip()
    if len(note) > TEXT_MAX:
        raise ValidationError(translate("DeskError", "A note can be at most {0} characters."), TEXT_MAX)
    return dict(
        fields=dict(name=name, kind=data.kind, starts_on=data.starts_on, ends_on=data.ends_on,
                    eligibility=data.eligibility, note=note),
        items=items,
        members=members,
    )


def _snapshot(campaign: Campaign) -> dict[str, Any]:
    return audit.snapshot(campaign) | {
        "items": {ci.item_id: ci.per_person for ci in CampaignItem.select().where(CampaignItem.campaign == campaign)},
        "members": [m.person_id for m in CampaignMember.select().where(CampaignMember.campaign == campaign)],
    }


def _write_lines(campaign: Campaign, items: dict[int, int], members: list[int]) -> None:
    CampaignItem.delete().where(
        (CampaignItem.campaign == campaign) & CampaignItem.item.not_in(list(items))
    ).execute()
    for item_id, qty in items.items():
        CampaignItem.insert(campaign=campaign, item=item_id, per_person=qty).on_conflict(
            conflict_target=[CampaignItem.campaign, CampaignItem.item], update={CampaignItem.per_person: qty}
        ).execute()
    CampaignMember.delete().where(
        (CampaignMember.campaign == campaign) & CampaignMember.person.not_in(members or [0])
    ).execute()
    for person_id in members:
        CampaignMember.insert(campaign=campaign, person=person_id).on_conflict_ignore().execute()


@write_transaction
def create_campaign(data: CampaignInput, operator: Operator) -> Campaign:
    require(operator, "campaign.manage")
    values = _validated(data)
    with db.atomic():
        campaign = Campaign.create(created_by=operator, **values["fields"])
        _write_lines(campaign, values["items"], values["members"])
        audit.record(operator, "campaign.create", "campaign", campaign.id, after=_snapshot(campaign))
    return campaign


@write_transaction
def update_campaign(campaign_id: int, data: CampaignInput, operator: Operator) -> Campaign:
    """Edit a campaign; shares already handed out keep the items and quantities they had."""
    require(operator, "campaign.manage")
    campaign = get_campaign(campaign_id)
    values = _validated(data, existing_id=campaign.id)
    with db.atomic():
        before = _snapshot(campaign)
        for key, value in values["fields"].items():
            setattr(campaign, key, value)
        campaign.save()
        _write_lines(campaign, values["items"], values["members"])
        audit.record(operator, "campaign.update", "campaign", campaign.id, before, _snapshot(campaign))
    return campaign


@write_transaction
def void_campaign(campaign_id: int, reason: str, operator: Operator) -> Campaign:
    """Withdraw a campaign set up by mistake; one with live hand-outs must have them voided first."""
    require(operator, "campaign.manage")
    reason = required_reason(reason, translate("DeskError", "Please say why this campaign is voided."))
    campaign = get_campaign(campaign_id)
    if Distribution.select().where((Distribution.campaign == campaign) & Distribution.voided_at.is_null()).exists():
        raise Conflict(translate("DeskError", "This campaign already has hand-outs; void them first."))
    with db.atomic():
        before = audit.snapshot(campaign)
        campaign.voided_at, campaign.voided_by, campaign.void_reason = now(), operator, reason
        campaign.save()
        audit.record(operator, "campaign.void", "campaign", campaign.id, before, audit.snapshot(campaign))
    return campaign


