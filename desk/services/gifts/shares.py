"""Consolation campaigns (慰问): setup, eligibility, hand-outs, deliveries, voids, signed sheets.

One share per person per campaign. The service refuses a second one with a message saying
when and by whom the first was given, and a partial unique index on ``Distribution`` holds
the same rule in the database, so no double click, second desk or import can exceed it.
A staff member may let an extra share through with a reason: that share is its own audited
record (``extra_share``, ``override_reason``).

A hand-out, its stock moves and any delivery points are written in one transaction.
Read-only queries (progress, lists) live in ``desk.services.gift_queries``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, DeskError, NotFound, ValidationError, translate
from desk.models import (
    Campaign,
    CampaignItem,
    CampaignMember,
    Distribution,
    DistributionLine,
    GiftItem,
    Operator,
    Person,
    PointRule,
    db,
    now,
)
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.stock import ledger as stock
from desk.services.gifts.campaigns import (  # noqa: F401 (re-exported: the duty's one entry point)
    ELIGIBILITY,
    KINDS,
    CampaignInput,
    create_campaign,
    get_campaign,
    update_campaign,
    void_campaign,
)
from desk.services.people.records import WORKER_KINDS
from desk.services.common.reasons import optional_reason, required_reason

TEXT_MAX = 200
POINT_RULE = "gift_delivery"
SOURCE = "distribution"


class AlreadyReceived(Conflict):
    """The person already has a live share of this campaign; ``previous`` is that share."""

    def __init__(self, template: str, *args: Any, previous: Distribution | None = None) -> None:
        super().__init__(template, *args)
        self.previous = previous


class NotEligible(DeskError):
    """The person is outside the campaign's eligibility; a staff member may override."""


class OutsideCampaignDates(DeskError):
    """Today is outside the campaign's dates; the desk asks, then allows it with a note."""


# --- eligibility -------------------------------------------------------------------------------


def active_person() -> pw.Expression:
    """People the desk still deals with: not voided, merged, anonymised or archived."""
    return (
        Person.voided_at.is_null()
        & Person.merged_into.is_null()
        & Person.anonymised_at.is_null()
        & Person.archived_at.is_null()
    )


def on_roster_at(moment: dt.datetime) -> pw.Expression:
    """People the desk dealt with at ``moment``: registered by then and not yet archived.

    Voided and merged records never count (a mistake, or a duplicate of someone counted).
    Erasing a person archives them, so one erased later still counts for what was before.
    """
    return (
        Person.voided_at.is_null()
        & Person.merged_into.is_null()
        & (Person.created_at < moment)
        & (Person.archived_at.is_null() | (Person.archived_at >= moment))
    )


def eligible_condition(campaign: Campaign, as_of: dt.datetime | None = None) -> pw.Expression:
    """A ``Person`` condition: in the campaign's group, or on its hand-picked list.

    People in the roster now, or at ``as_of`` (an ended campaign counts the people of its
    end date, so its figures do not move when someone registers or leaves later).
    """
    people = active_person() if as_of is None else on_roster_at(as_of)
    picked = Person.id.in_(CampaignMember.select(CampaignMember.person).where(CampaignMember.campaign == campaign))
    group = {
        "all_riders": Person.kind.in_(WORKER_KINDS),
        "caring_team": Person.caring_team == True,  # noqa: E712
        "party_members": Person.party_member == True,  # noqa: E712
        "elderly": Person.kind == "elderly",
    }.get(campaign.eligibility)
    return people & ((group | picked) if group is not None else picked)


def is_eligible(campaign: Campaign, person_id: int) -> bool:
    return Person.select().where((Person.id == person_id) & eligible_condition(campaign)).exists()


def live_shares(campaign_id: int, person_id: int) -> list[Distribution]:
    """The person's live shares of the campaign, oldest first."""
    return list(
        Distribution.select()
        .where(
            (Distribution.campaign == campaign_id)
            & (Distribution.recipient == person_id)
            & Distribution.voided_at.is_null()
        )
        .order_by(Distribution.handed_at, Distribution.id)
    )


def in_dates(campaign: Campaign, day: dt.date) -> bool:
    return campaign.starts_on <= day <= campaign.ends_on


# --- handing out -------------------------------------------------------------------------------


def _live_person(person_id: int) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    # The same test as ``active_person()``, on the row just read instead of a second query.
    if any(v is not None for v in (person.voided_at, person.merged_into_id, person.anonymised_at, person.archived_at)):
        raise ValidationError(translate("DeskError", "{0}'s record is closed or archived."), person.name)
    return person


def _already(person: Person, previous: Distribution) -> AlreadyReceived:
    by = previous.created_by.name
    if previous.deliverer_id:
        return AlreadyReceived(
            translate("DeskError", "{0} already received this campaign's share on {1}, delivered by {2} (recorded by {3})."),
            person.name, previous.handed_at.strftime("%Y-%m-%d %H:%M"), previous.deliverer.name, by, previous=previous,
        )
    return AlreadyReceived(
        translate("DeskError", "{0} already received this campaign's share on {1}, handed out by {2}."),
        person.name, previous.handed_at.strftime("%Y-%m-%d %H:%M"), by, previous=previous,
    )


def _share_items(campaign: Campaign) -> list[CampaignItem]:
    lines = list(CampaignItem.select(CampaignItem, GiftItem).join(GiftItem).where(CampaignItem.campaign == campaign))
    if not lines:
        raise ValidationError(translate("DeskError", "This campaign has no items yet; add them in its setup."))
    return lines


def _check_stock(lines: list[CampaignItem], shares: int = 1) -> None:
    have = stock.on_hand_all()
    for line in lines:
        need = line.per_person * shares
        left = have.get(line.item_id, 0)
        if left < need:
            raise ValidationError(
                translate("DeskError", "Only {0} {1} of {2} left in stock; {3} needed."), left, line.item.unit, line.item.name, need
            )


def delivery_earns_points() -> bool:
    """Whether a delivery earns its deliverer points: an admin may retire the rule (or never had it).

    Either way the delivery itself is still recorded: the elder got the gift.
    """
    return PointRule.select().where((PointRule.code == POINT_RULE) & PointRule.retired_at.is_null()).exists()


@dataclass(frozen=True)
class ShareLine:
    """One item of a share just handed out, with what is left of it in the store room."""

    item_id: int
    name: str
    unit: str
    quantity: int
    left: int  # on hand after this share


@dataclass(frozen=True)
class HandOutResult:
    """What ``hand_out`` wrote, and all the desk needs to say about it (no second look)."""

    share_id: int  # the ``Distribution`` row
    campaign_id: int
    campaign_name: str
    recipient_id: int
    recipient_name: str
    deliverer_id: int | None
    deliverer_name: str
    handed_at: dt.datetime
    lines: tuple[ShareLine, ...]
    extra_share: bool
    override_reason: str
    note: str
    signed: bool
    points: int  # what the deliverer earned for it (0: no deliverer, or the rule is retired)

    @property
    def id(self) -> int:
        """The share's id, as the row ``hand_out`` returned before it returned this."""
        return self.share_id

    @property
    def items(self) -> str:
        """月饼 1盒、雨衣 1件"""
        return "、".join(f"{ln.name} {ln.quantity}{ln.unit}" for ln in self.lines)


def _write_share(
    campaign: Campaign,
    recipient: Person,
    lines: list[CampaignItem],
    operator: Operator,
    *,
    deliverer: Person | None,
    override_reason: str,
    extra_share: bool,
    note: str,
    at: dt.datetime,
    signed: bool,
    earned: list | None = None,
) -> Distribution:
    """Write a share, its lines, stock moves and delivery points; call inside ``db.atomic()``.

    ``earned`` collects the deliverer's point entry, if one was written.
    """
    dist = Distribution.create(
        campaign=campaign, recipient=recipient, deliverer=deliverer, handed_at=at, signed=signed,
        override_reason=override_reason, extra_share=extra_share, note=note, created_by=operator,
    )
    for line in lines:
        DistributionLine.create(distribution=dist, item=line.item_id, quantity=line.per_person)
        stock.move(line.item_id, -line.per_person, "distribute", operator, source_type=SOURCE, source_id=dist.id,
                   moved_on=at.date())
    if deliverer is not None and delivery_earns_points():
        from desk.services.points import ledger as points  # late: the points duty is optional for the rest of this module

        entry = points.award(deliverer.id, POINT_RULE, operator, source_type=SOURCE, source_id=dist.id,
                             note=f"{campaign.name} → {recipient.name}", at=at)
        if earned is not None:
            earned.append(entry)
    action = "distribution.override" if override_reason else "distribution.hand_out"
    audit.record(operator, action, "distribution", dist.id,
                 after=audit.snapshot(dist) | {"lines": {ln.item_id: ln.per_person for ln in lines}})
    return dist


@write_transaction
def hand_out(
    campaign_id: int,
    recipient_id: int,
    operator: Operator,
    *,
    deliverer: int | None = None,
    override_reason: str | None = None,
    outside_dates_note: str | None = None,
    at: dt.datetime | None = None,
    signed: bool = False,
) -> HandOutResult:
    """Hand one share of the campaign to ``recipient_id`` (or record its delivery by ``deliverer``).

    Refuses, changing nothing: a second share (``AlreadyReceived``) or someone outside the
    eligibility (``NotEligible``) unless a staff member gives ``override_reason``; too little
    stock; and a day outside the campaign's dates (``OutsideCampaignDates``) unless
    ``outside_dates_note`` says why. The date question comes last, so a volunteer is never
    asked it only to be refused afterwards.
    """
    require(operator, "gift.hand_out")
    campaign = get_campaign(campaign_id)
    recipient = _live_person(recipient_id)
    courier = None
    if deliverer is not None:
        courier = _live_person(deliverer)
        if courier.id == recipient.id:
            raise ValidationError(translate("DeskError", "The deliverer and the recipient must be different people."))
    override = optional_reason(override_reason)
    if override:
        require(operator, "gift.override")
    at = at or now()
    if at > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "A hand-out cannot be dated in the future."))
    previous = live_shares(campaign.id, recipient.id)
    if previous and not override:
        raise _already(recipient, previous[0])
    if not is_eligible(campaign, recipient.id) and not override:
        raise NotEligible(
            translate("DeskError", "{0} is not eligible for {1} (eligible: {2}). A staff member can override with a reason."),
            recipient.name, campaign.name, ELIGIBILITY[campaign.eligibility],
        )
    lines = _share_items(campaign)
    _check_stock(lines)
    note = (outside_dates_note or "").strip()
    if len(note) > TEXT_MAX:
        raise ValidationError(translate("DeskError", "A note can be at most {0} characters."), TEXT_MAX)
    if not in_dates(campaign, at.date()) and not note:
        raise OutsideCampaignDates(
            translate("DeskError", "{0} runs from {1} to {2}; today is outside those dates. Hand out anyway?"),
            campaign.name, campaign.starts_on.isoformat(), campaign.ends_on.isoformat(),
        )
    try:
        with db.atomic():
            earned: list = []
            dist = _write_share(campaign, recipient, lines, operator, deliverer=courier, override_reason=override,
                                extra_share=bool(previous), note=note, at=at, signed=signed, earned=earned)
            left = stock.on_hand_of([ln.item_id for ln in lines])
        return HandOutResult(
            share_id=dist.id, campaign_id=campaign.id, campaign_name=campaign.name, recipient_id=recipient.id,
            recipient_name=recipient.name, deliverer_id=courier.id if courier else None,
            deliverer_name=courier.name if courier else "", handed_at=at,
            lines=tuple(ShareLine(ln.item_id, ln.item.name, ln.item.unit, ln.per_person, left.get(ln.item_id, 0))
                        for ln in lines),
            extra_share=dist.extra_share, override_reason=dist.override_reason, note=dist.note, signed=dist.signed,
            points=sum(e.delta for e in earned),
        )
    except pw.IntegrityError:
        # Another desk (or a double click) wrote the share between our check and our insert.
        again = live_shares(campaign.id, recipient.id)
        if again:
            raise _already(recipient, again[0]) from None
        raise


@write_transaction
def void_distribution(distribution_id: int, reason: str, operator: Operator) -> Distribution:
    """Undo a mistaken hand-out: the goods go back into stock and delivery points are reversed.

    Whoever recorded it may void it the same day; later, or someone else's, needs staff.
    """
    require(operator, "gift.void_today")
    reason = required_reason(reason, translate("DeskError", "Please say why this hand-out is voided."))
    dist = Distribution.get_or_none(Distribution.id == distribution_id)
    if dist is None:
        raise NotFound(translate("DeskError", "That hand-out does not exist."))
    if dist.voided_at is not None:
        raise Conflict(translate("DeskError", "This hand-out was already voided at {0}."), dist.voided_at.strftime("%Y-%m-%d %H:%M"))
    if dist.created_by_id != operator.id or dist.created_at.date() != dt.date.today():
        require(operator, "gift.void")
    with db.atomic():
        before = audit.snapshot(dist)
        dist.voided_at, dist.voided_by, dist.void_reason = now(), operator, reason
        dist.save()
        for line in DistributionLine.select().where(DistributionLine.distribution == dist):
            stock.move(line.item_id, line.quantity, "void", operator, source_type=SOURCE, source_id=dist.id, reason=reason)
        if dist.deliverer_id:
            from desk.services.points import ledger as points

            points.reverse_for_source(SOURCE, dist.id, reason, operator)
        audit.record(operator, "distribution.void", "distribution", dist.id, before, audit.snapshot(dist))
    return dist


# --- the signed paper sheet --------------------------------------------------------------------


@write_transaction
def set_signed(distribution_id: int, signed: bool, operator: Operator) -> Distribution:
    require(operator, "gift.sign")
    dist = Distribution.get_or_none(Distribution.id == distribution_id)
    if dist is None or dist.voided_at is not None:
        raise NotFound(translate("DeskError", "That hand-out does not exist."))
    if dist.signed != signed:
        with db.atomic():
            before = audit.snapshot(dist)
            dist.signed = signed
            dist.save()
            audit.record(operator, "distribution.sign", "distribution", dist.id, before, audit.snapshot(dist))
    return dist


@dataclass(frozen=True)
class SheetResult:
    marked: int  # shares already recorded, now ticked as signed
    handed_out: int  # people who signed on paper but had no share recorded: recorded now
    unchanged: int  # already recorded and ticked


@write_transaction
def record_signed_sheet(
    campaign_id: int,
    person_ids: Iterable[int],
    operator: Operator,
    *,
    handed_on: dt.date | None = None,
    outside_dates_note: str | None = None,
    unsigned_ids: Iterable[int] = (),
) -> SheetResult:
    """Enter a signed paper sheet: tick who signed; record shares handed out on paper only.

    ``unsigned_ids`` are people whose earlier tick is taken back (a mistaken tick).
    All or nothing: if stock runs short or someone is not eligible, nothing is written.
    """
    require(operator, "gift.sign")
    campaign = get_campaign(campaign_id)
    day = handed_on or dt.date.today()
    if day > dt.date.today():
        raise ValidationError(translate("DeskError", "The date of the sheet cannot be in the future."))
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    to_mark, to_create, unchanged = [], [], 0
    for pid in ids:
        shares = live_shares(campaign.id, pid)
        if shares:
            if shares[0].signed:
                unchanged += 1
            else:
                to_mark.append(shares[0])
            continue
        person = _live_person(pid)
        if not is_eligible(campaign, pid):
            raise NotEligible(
                translate("DeskError", "{0} is not eligible for {1} (eligible: {2}). A staff member can override with a reason."),
                person.name, campaign.name, ELIGIBILITY[campaign.eligibility],
            )
        to_create.append(person)
    lines = _share_items(campaign) if to_create else []
    if to_create:
        require(operator, "gift.hand_out")  # a share signed for on paper only is recorded now
        _check_stock(lines, len(to_create))
    note = (outside_dates_note or "").strip()
    if to_create and not in_dates(campaign, day) and not note:
        raise OutsideCampaignDates(
            translate("DeskError", "{0} runs from {1} to {2}; the sheet's date is outside those dates. Record it anyway?"),
            campaign.name, campaign.starts_on.isoformat(), campaign.ends_on.isoformat(),
        )
    at = now() if day == dt.date.today() else dt.datetime.combine(day, dt.time(12, 0))
    to_unmark = [share for pid in dict.fromkeys(int(i) for i in unsigned_ids) if pid not in ids
                 for share in live_shares(campaign.id, pid)[:1] if share.signed]
    with db.atomic():
        for dist in to_unmark:
            set_signed(dist.id, False, operator)
        for dist in to_mark:
            set_signed(dist.id, True, operator)
        for person in to_create:
            _write_share(campaign, person, lines, operator, deliverer=None, override_reason="", extra_share=False,
                         note=note[:TEXT_MAX], at=at, signed=True)
    return SheetResult(marked=len(to_mark), handed_out=len(to_create), unchanged=unchanged)
