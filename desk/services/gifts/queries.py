"""Read-only views of the gift campaigns: lists, a person's status, progress, who has not collected.

Qt-free; the gifts tab and the printed sheets read through these. Writes live in
``desk.services.gifts``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import (
    Campaign,
    CampaignItem,
    CampaignMember,
    Distribution,
    DistributionLine,
    GiftItem,
    Operator,
    Person,
    StockMove,
)
from desk.services.gifts.campaigns import end_moment, ended
from desk.services.gifts import shares as gifts
from desk.services.stock import ledger as stock


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    eligibility: str
    items: str  # "月饼 1盒、雨衣 1件"
    reached: int
    eligible: int
    voided: bool


@dataclass(frozen=True)
class ShareRow:
    """One hand-out, ready to show."""

    id: int
    handed_at: dt.datetime
    recipient_id: int
    name: str
    phone: str | None
    platform: str
    deliverer: str
    items: str
    operator: str
    signed: bool
    extra_share: bool
    override_reason: str
    note: str
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class ItemProgress:
    item_id: int
    name: str
    unit: str
    per_person: int
    handed_out: int  # units in live shares of this campaign
    received_for: int  # units received (net of corrections) with this campaign named
    on_hand: int  # the store room now (one pool for every campaign)
    needed: int  # units the people not yet reached would take


@dataclass(frozen=True)
class Progress:
    eligible: int
    reached: int  # distinct people with a live share
    reached_eligible: int
    deliveries: int
    shares: int  # live hand-outs, extra shares included
    items: list[ItemProgress]


def items_text(lines: list[tuple[str, int, str]]) -> str:
    return "、".join(f"{name} {qty}{unit}" for name, qty, unit in lines)


def campaign_lines(campaign_id: int) -> list[CampaignItem]:
    return list(
        CampaignItem.select(CampaignItem, GiftItem)
        .join(GiftItem)
        .where(CampaignItem.campaign == campaign_id)
        .order_by(CampaignItem.id)
    )


def eligible_query(campaign: Campaign, today: dt.date | None = None) -> pw.ModelSelect:
    """The people a campaign's figures and lists count.

    While a campaign runs (or before it starts): who is eligible now. Once it has ended: who
    was eligible at the end of its last day, so people registered or archived afterwards do
    not change its figures (the Mid-Autumn campaign keeps the 225 it ended with).
    """
    as_of = end_moment(campaign) if ended(campaign, today) else None
    return Person.select().where(gifts.eligible_condition(campaign, as_of))


def list_campaigns(include_voided: bool = False) -> list[CampaignRow]:
    query = Campaign.select().order_by(Campaign.starts_on.desc(), Campaign.id.desc())
    if not include_voided:
        query = query.where(Campaign.voided_at.is_null())
    campaigns = list(query)
    if not campaigns:
        return []
    ids = [c.id for c in campaigns]
    reached = dict(
        Distribution.select(Distribution.campaign, pw.fn.COUNT(Distribution.recipient.distinct()))
        .where(Distribution.campaign.in_(ids) & Distribution.voided_at.is_null())
        .group_by(Distribution.campaign)
        .tuples()
    )
    lines: dict[int, list[tuple[str, int, str]]] = {}
    for cid, name, qty, unit in (
        CampaignItem.select(CampaignItem.campaign, GiftItem.name, CampaignItem.per_person, GiftItem.unit)
        .join(GiftItem)
        .where(CampaignItem.campaign.in_(ids))
        .order_by(CampaignItem.id)
        .tuples()
    ):
        lines.setdefault(cid, []).append((name, qty, unit))
    return [
        CampaignRow(
            id=c.id, name=c.name, kind=c.kind, starts_on=c.starts_on, ends_on=c.ends_on, eligibility=c.eligibility,
            items=items_text(lines.get(c.id, [])), reached=reached.get(c.id, 0),
            eligible=eligible_query(c).count(), voided=c.voided_at is not None,
        )
        for c in campaigns
    ]


def shares(
    campaign_id: int, *, person_id: int | None = None, include_voided: bool = True, limit: int | None = None
) -> list[ShareRow]:
    """Hand-outs of the campaign (of one person, if given), newest first (the ``limit`` newest), in two queries."""
    Deliverer = Person.alias()
    query = (
        Distribution.select(Distribution, Person, Deliverer, Operator)
        .join(Person, on=(Distribution.recipient == Person.id))
        .switch(Distribution)
        .join(Deliverer, pw.JOIN.LEFT_OUTER, on=(Distribution.deliverer == Deliverer.id))
        .switch(Distribution)
        .join(Operator, on=(Distribution.created_by == Operator.id))
        .where(Distribution.campaign == campaign_id)
        .order_by(Distribution.handed_at.desc(), Distribution.id.desc())
    )
    if person_id is not None:
        query = query.where(Distribution.recipient == person_id)
    if not include_voided:
        query = query.where(Distribution.voided_at.is_null())
    if limit:
        query = query.limit(limit)
    dists = list(query)
    lines: dict[int, list[tuple[str, int, str]]] = {}
    if dists:
        for did, name, qty, unit in (
            DistributionLine.select(DistributionLine.distribution, GiftItem.name, DistributionLine.quantity, GiftItem.unit)
            .join(GiftItem)
            .where(DistributionLine.distribution.in_([d.id for d in dists]))
            .order_by(DistributionLine.id)
            .tuples()
        ):
            lines.setdefault(did, []).append((name, qty, unit))
    return [
        ShareRow(
            id=d.id, handed_at=d.handed_at, recipient_id=d.recipient.id, name=d.recipient.name, phone=d.recipient.phone,
            platform=d.recipient.platform, deliverer=d.deliverer.name if d.deliverer_id else "",
            items=items_text(lines.get(d.id, [])), operator=d.created_by.name, signed=d.signed,
            extra_share=d.extra_share, override_reason=d.override_reason, note=d.note,
            voided=d.voided_at is not None, void_reason=d.void_reason,
        )
        for d in dists
    ]


@dataclass(frozen=True)
class Status:
    """What the hand-out panel shows the moment a rider is picked."""

    person_id: int
    name: str
    eligible: bool
    received: list[ShareRow]  # live shares of this campaign
    in_dates: bool
    kind: str = ""  # the person's kind code, for the card
    platform: str = ""


def status(campaign_id: int, person_id: int) -> Status:
    campaign = gifts.get_campaign(campaign_id)
    person = Person.get_by_id(person_id)
    received = shares(campaign_id, person_id=person_id, include_voided=False)
    return Status(
        person_id=person.id, name=person.name, eligible=gifts.is_eligible(campaign, person.id),
        received=received, in_dates=gifts.in_dates(campaign, dt.date.today()), kind=person.kind,
        platform=person.platform,
    )


def progress(campaign_id: int) -> Progress:
    """The campaign's figures; the gifts tab asks after every hand-out, so few queries (seven)."""
    campaign = gifts.get_campaign(campaign_id, live=False)
    live = Distribution.voided_at.is_null() & (Distribution.campaign == campaign.id)
    reached_ids = Distribution.select(Distribution.recipient).where(live)
    eligible, reached_eligible = (
        Person.select(pw.fn.COUNT(Person.id), pw.fn.SUM(pw.Case(None, [(Person.id.in_(reached_ids), 1)], 0)))
        .where(gifts.eligible_condition(campaign, end_moment(campaign) if ended(campaign) else None))
        .tuples()
        .first()
    )
    eligible, reached_eligible = int(eligible or 0), int(reached_eligible or 0)
    # COUNT(deliverer) counts the shares that have one: the deliveries to a home.
    live_count, reached, deliveries = (
        Distribution.select(pw.fn.COUNT(Distribution.id), pw.fn.COUNT(Distribution.recipient.distinct()),
                            pw.fn.COUNT(Distribution.deliverer))
        .where(live)
        .tuples()
        .first()
    )
    handed = dict(
        DistributionLine.select(DistributionLine.item, pw.fn.SUM(DistributionLine.quantity))
        .join(Distribution)
        .where(live)
        .group_by(DistributionLine.item)
        .tuples()
    )
    received = dict(
        StockMove.select(StockMove.item, pw.fn.SUM(StockMove.delta))
        .where(StockMove.kind.in_(("receive", "adjust")) & (StockMove.source_type == "campaign")
               & (StockMove.source_id == campaign.id))
        .group_by(StockMove.item)
        .tuples()
    )
    lines = campaign_lines(campaign.id)
    have = stock.on_hand_of([ci.item_id for ci in lines])
    rest = max(0, eligible - reached_eligible)
    items = [
        ItemProgress(
            item_id=ci.item_id, name=ci.item.name, unit=ci.item.unit, per_person=ci.per_person,
            handed_out=int(handed.get(ci.item_id) or 0), received_for=int(received.get(ci.item_id) or 0),
            on_hand=have.get(ci.item_id, 0), needed=rest * ci.per_person,
        )
        for ci in lines
    ]
    return Progress(eligible=eligible, reached=reached, reached_eligible=reached_eligible, deliveries=deliveries,
                    shares=live_count, items=items)


def not_collected(campaign_id: int, limit: int | None = None) -> list[Person]:
    """Eligible people without a live share, by name's pinyin (how a paper list is read)."""
    campaign = gifts.get_campaign(campaign_id, live=False)
    reached_ids = Distribution.select(Distribution.recipient).where(
        (Distribution.campaign == campaign.id) & Distribution.voided_at.is_null()
    )
    query = eligible_query(campaign).where(Person.id.not_in(reached_ids)).order_by(Person.pinyin_full, Person.id)
    if limit:
        query = query.limit(limit)
    return list(query)


def eligible_people(campaign_id: int) -> list[Person]:
    campaign = gifts.get_campaign(campaign_id, live=False)
    return list(eligible_query(campaign).order_by(Person.pinyin_full, Person.id))


def picked_count(campaign_id: int) -> int:
    """How many people are on the campaign's hand-picked list (besides its group)."""
    return CampaignMember.select().where(CampaignMember.campaign == campaign_id).count()


def signed_state(campaign_id: int) -> dict[int, tuple[int, bool]]:
    """person id → (their live share's id, signed) for the sheet-entry dialog."""
    rows = (
        Distribution.select(Distribution.recipient, Distribution.id, Distribution.signed)
        .where((Distribution.campaign == campaign_id) & Distribution.voided_at.is_null())
        .order_by(Distribution.id)
        .tuples()
    )
    out: dict[int, tuple[int, bool]] = {}
    for pid, did, signed in rows:
        out.setdefault(pid, (did, bool(signed)))
    return out


def campaign_input(campaign_id: int) -> gifts.CampaignInput:
    """The campaign as its setup dialog edits it: fields, items per person, the hand-picked list."""
    campaign = gifts.get_campaign(campaign_id)
    return gifts.CampaignInput(
        name=campaign.name, kind=campaign.kind, starts_on=campaign.starts_on, ends_on=campaign.ends_on,
        eligibility=campaign.eligibility, note=campaign.note,
        items=[(ci.item_id, ci.per_person) for ci in campaign_lines(campaign.id)],
        member_ids=[p.id for p in picked_people(campaign.id)],
    )


def picked_people(campaign_id: int) -> list[Person]:
    """The campaign's hand-picked list, in the order they were picked."""
    return list(
        Person.select()
        .join(CampaignMember, on=(CampaignMember.person == Person.id))
        .where(CampaignMember.campaign == campaign_id)
        .order_by(CampaignMember.id)
    )


@dataclass(frozen=True)
class SheetEntry:
    """One numbered row of the sign-for sheet, with the person's live share if they have one."""

    number: int
    person: Person
    share_id: int | None
    signed: bool


def sheet_entries(campaign_id: int) -> list[SheetEntry]:
    """The sheet's rows in the printed order (everyone eligible, by pinyin), then the people given
    a share by override, who are not on the printed list."""
    state = signed_state(campaign_id)
    rows: list[SheetEntry] = []
    for person in eligible_people(campaign_id):
        share_id, signed = state.get(person.id, (None, False))
        rows.append(SheetEntry(len(rows) + 1, person, share_id, signed))
    listed = {r.person.id for r in rows}
    extra = [pid for pid in state if pid not in listed]
    if extra:
        for person in Person.select().where(Person.id.in_(extra)).order_by(Person.pinyin_full, Person.id):
            share_id, signed = state[person.id]
            rows.append(SheetEntry(len(rows) + 1, person, share_id, signed))
    return rows
