"""Operations on micro-wishes: take down, approve/decline, claim/release, fulfil/undo, withdraw.

Each one: ``require`` the step's permission (from ``rules.TRANSITIONS``), then in one write
transaction read the wish fresh, check the step is allowed from its state, validate, write,
audit (action ``wish.<step>``, before and after), and return a ``WishDone``. On any refusal
nothing has changed. ``at`` backdates a step (demo data, a paper form entered later).

A claimant in the roster earns the ``wish_fulfilled`` points once per wish (the ledger's
source is the wish); undoing the fulfilment reverses them. The rider hears back at their next
check-in through a notice when their wish is fulfilled or declined.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from desk.db import write
from desk.errors import NotFound, ValidationError, translate
from desk.models import AuditLog, Operator, PartnerUnit, Person, PointEntry, PointRule, Wish, WishCategory, now
from desk.services.common import attachments, audit, notices
from desk.services.common.masking import COURTESIES, courtesy_name
from desk.services.common.permissions import require
from desk.services.points import ledger as points
from desk.services.wishes import rules
from desk.services.wishes.rules import (
    APPROVE, AWAITING, CLAIM, CLAIMED, DECLINE, FULFIL, FULFILLED, RELEASE, UNDO, WITHDRAW,
)

SOURCE = "wish"  # points ledger source and attachments owner type
POINT_RULE = "wish_fulfilled"
FULFILLED_NOTICE, DECLINED_NOTICE = "wish.fulfilled", "wish.declined"
MAX_PHOTOS = 6

notices.register(notices.NoticeKind(
    FULFILLED_NOTICE,
    translate("Notice", "{rider}'s micro-wish “{what}” has been fulfilled by {claimant}."),
))
notices.register(notices.NoticeKind(
    DECLINED_NOTICE,
    translate("Notice", "{rider}'s micro-wish “{what}” was not put on the board: {reason}"),
))


@dataclass(frozen=True)
class WishInput:
    rider_id: int
    what: str
    category_id: int
    value_yuan: object = None
    wanted_by: dt.date | None = None
    courtesy: str = "shifu"
    note: str = ""


@dataclass(frozen=True)
class ClaimInput:
    """A person of the roster or a partner unit (exactly one), and the day they promise."""

    promised_on: dt.date | None
    person_id: int | None = None
    unit_id: int | None = None


@dataclass(frozen=True)
class FulfilInput:
    fulfilled_on: dt.date | None = None  # defaults to the day of the step
    given: str = ""  # what the rider actually received (defaults to the wish)
    note: str = ""
    photos: Sequence[str | Path] = field(default=())


@dataclass(frozen=True)
class WishDone:
    """What a step wrote and what the desk should say."""

    wish_id: int
    action: str
    status: str
    what: str
    rider: str
    claimant: str = ""
    points: int = 0  # awarded (+) or taken back (−) by this step
    points_to: str = ""
    photos: int = 0
    notice: bool = False


# --- helpers -----------------------------------------------------------------------------------


def _wish(wish_id: int) -> Wish:
    wish = Wish.get_or_none(Wish.id == wish_id)
    if wish is None:
        raise NotFound(translate("DeskError", "Micro-wish {0} does not exist."), wish_id)
    return wish


def _live_person(person_id: int, closed: str) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    if person.voided_at is not None or person.anonymised_at is not None or person.merged_into_id is not None:
        raise ValidationError(closed, person.name)
    return person


def claimant_name(wish: Wish) -> str:
    if wish.claimant_unit_id is not None:
        return wish.claimant_unit.name
    if wish.claimant_person_id is not None:
        return wish.claimant_person.name
    return ""


def _rider_name(wish: Wish) -> str:
    return courtesy_name(wish.rider.name, wish.courtesy, anonymised=wish.rider.anonymised_at is not None)


def _step_time(at: dt.datetime | None, wish: Wish, *after: dt.datetime | None) -> dt.datetime:
    floor = max([t for t in (wish.created_at, *after) if t is not None])
    return rules.check_time(at or now(), floor)


def _begin(wish_id: int, action: str) -> tuple[Wish, dict]:
    """Inside the write transaction: the wish read fresh, its step checked, its snapshot."""
    wish = _wish(wish_id)
    rules.check(wish.status, action)
    return wish, audit.snapshot(wish)


def _finish(wish: Wish, action: str, operator: Operator, before: dict, at: dt.datetime,
            extra: dict | None = None) -> None:
    wish.status = rules.TRANSITIONS[action].target
    wish.updated_at = at
    wish.save()
    audit.record(operator, f"wish.{action}", "wish", wish.id, before=before, after=audit.snapshot(wish) | (extra or {}))


def _done(wish: Wish, action: str, **kw) -> WishDone:
    return WishDone(wish_id=wish.id, action=action, status=wish.status, what=wish.what, rider=wish.rider.name,
                    claimant=claimant_name(wish), **kw)


# --- taking a wish down ------------------------------------------------------------------------


def take_down(data: WishInput, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """Write down a rider's wish; it waits for staff to review it."""
    require(operator, "wish.take_down")
    what = rules.clean_what(data.what)
    note = rules.clean_text(data.note, rules.TEXT_MAX, translate("DeskError", "A note can be at most {0} characters."))
    value = rules.clean_value(data.value_yuan)
    if data.courtesy not in COURTESIES:
        raise ValidationError(translate("DeskError", "Unknown form of address: {0}."), data.courtesy)
    at = rules.check_time(at or now())
    wanted_by = rules.as_date(data.wanted_by)
    if wanted_by is not None:
        if wanted_by < at.date():
            raise ValidationError(translate("DeskError", "The date wished by cannot be in the past."))
        if wanted_by > at.date() + dt.timedelta(days=rules.WANTED_AHEAD_DAYS):
            raise ValidationError(translate("DeskError", "The date wished by is more than two years away; check it."))
    with write():
        rider = _live_person(data.rider_id, translate(
            "DeskError", "{0}'s record is closed; take the wish down for the current one."))
        category = WishCategory.get_or_none(WishCategory.id == data.category_id)
        if category is None or category.retired_at is not None:
            raise ValidationError(translate("DeskError", "Please choose a category of wish."))
        wish = Wish.create(rider=rider, courtesy=data.courtesy, what=what, category=category, value_yuan=value,
                           wanted_by=wanted_by, note=note, status=AWAITING, created_by=operator, created_at=at,
                           updated_at=at)
        audit.record(operator, "wish.take_down", "wish", wish.id, after=audit.snapshot(wish))
    return _done(wish, "take_down")


# --- review ------------------------------------------------------------------------------------


def approve(wish_id: int, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """Put a wish on the board for claimants (staff)."""
    require(operator, rules.TRANSITIONS[APPROVE].permission)
    with write():
        wish, before = _begin(wish_id, APPROVE)
        at = _step_time(at, wish)
        wish.approved_at, wish.approved_by = at, operator
        _finish(wish, APPROVE, operator, before, at)
    return _done(wish, APPROVE)


def decline(wish_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """Keep a wish off the board, with a reason the desk can tell the rider (staff)."""
    require(operator, rules.TRANSITIONS[DECLINE].permission)
    reason = rules.clean_reason(reason, translate("DeskError", "Please give the reason the rider will be told."))
    with write():
        wish, before = _begin(wish_id, DECLINE)
        at = _step_time(at, wish)
        wish.declined_at, wish.declined_by, wish.decline_reason = at, operator, reason
        _finish(wish, DECLINE, operator, before, at)
        notices.post(wish.rider_id, DECLINED_NOTICE, SOURCE, wish.id,
                     {"rider": _rider_name(wish), "what": wish.what, "reason": reason})
    return _done(wish, DECLINE, notice=True)


# --- claims ------------------------------------------------------------------------------------


def claim(wish_id: int, data: ClaimInput, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """Record who takes the wish on (a person or a partner unit) and the day they promise."""
    require(operator, rules.TRANSITIONS[CLAIM].permission)
    if (data.person_id is None) == (data.unit_id is None):
        raise ValidationError(translate("DeskError", "Choose who claims the wish: a person or a partner unit."))
    promised = rules.as_date(data.promised_on, translate("DeskError", "Please enter the day the claimant promises."))
    with write():
        wish, before = _begin(wish_id, CLAIM)
        at = _step_time(at, wish, wish.approved_at)
        if promised < at.date():
            raise ValidationError(translate("DeskError", "The promised day cannot be before today."))
        if promised > at.date() + dt.timedelta(days=rules.PROMISE_AHEAD_DAYS):
            raise ValidationError(translate("DeskError", "The promised day is more than a year away; check it."))
        person = unit = None
        if data.person_id is not None:
            person = _live_person(data.person_id,
                                  translate("DeskError", "{0}'s record is closed; choose the current one."))
            if person.id == wish.rider_id:
                raise ValidationError(translate("DeskError", "A rider cannot claim their own wish."))
        else:
            unit = PartnerUnit.get_or_none(PartnerUnit.id == data.unit_id)
            if unit is None or unit.retired_at is not None:
                raise ValidationError(translate("DeskError", "That partner unit is not in the catalog any more."))
        wish.claimant_person, wish.claimant_unit = person, unit
        wish.claimed_at, wish.claimed_by, wish.promised_on = at, operator, promised
        _finish(wish, CLAIM, operator, before, at)
    return _done(wish, CLAIM)


def release(wish_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """The claimant cannot do it after all: the wish is open again (the old claim stays in the audit)."""
    require(operator, rules.TRANSITIONS[RELEASE].permission)
    reason = rules.clean_reason(reason, translate("DeskError", "Please say why the claim is released."))
    with write():
        wish, before = _begin(wish_id, RELEASE)
        at = _step_time(at, wish, wish.claimed_at)
        who = claimant_name(wish)
        wish.claimant_person = wish.claimant_unit = None
        wish.claimed_at = wish.claimed_by = wish.promised_on = None
        _finish(wish, RELEASE, operator, before, at, {"reason": reason})
    return WishDone(wish_id=wish.id, action=RELEASE, status=wish.status, what=wish.what, rider=wish.rider.name,
                    claimant=who)


# --- fulfilment --------------------------------------------------------------------------------


def _store_photos(wish: Wish, photos: Sequence[str | Path], operator: Operator) -> int:
    have = len(attachments.for_owner(SOURCE, wish.id))
    if have + len(photos) > MAX_PHOTOS:
        raise ValidationError(translate("DeskError", "A wish keeps at most {0} photos."), MAX_PHOTOS)
    for path in photos:
        # The rider is in the photo (receiving the gift): erased with the rider's record.
        attachments.store(path, SOURCE, wish.id, operator, person_id=wish.rider_id)
    return len(photos)


def _award(wish: Wish, operator: Operator, at: dt.datetime) -> tuple[int, str]:
    """The claimant's points, if they are a live person and the rule is still in use."""
    if wish.claimant_person_id is None:
        return 0, ""
    rule = PointRule.get_or_none(PointRule.code == POINT_RULE)
    if rule is None or rule.retired_at is not None:
        return 0, ""
    person = wish.claimant_person
    if person.voided_at is not None or person.anonymised_at is not None or person.merged_into_id is not None:
        return 0, ""
    entry = points.award(person.id, POINT_RULE, operator, source_type=SOURCE, source_id=wish.id,
                         note=wish.what[:points.NOTE_MAX], at=at)
    return entry.delta, person.name


def fulfil(wish_id: int, data: FulfilInput, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """The rider received what they wished for: photos kept, the claimant's points, the rider told."""
    require(operator, rules.TRANSITIONS[FULFIL].permission)
    given = rules.clean_text(data.given, rules.TEXT_MAX,
                             translate("DeskError", "What was given can be at most {0} characters."))
    note = rules.clean_text(data.note, rules.TEXT_MAX, translate("DeskError", "A note can be at most {0} characters."))
    with write():
        wish, before = _begin(wish_id, FULFIL)
        at = _step_time(at, wish, wish.claimed_at)
        day = rules.as_date(data.fulfilled_on) or at.date()
        if day > at.date():
            raise ValidationError(translate("DeskError", "A wish cannot be fulfilled on a day still to come."))
        if day < wish.created_at.date():
            raise ValidationError(translate("DeskError", "A wish cannot be fulfilled before it was taken down ({0})."),
                                  wish.created_at.strftime("%Y-%m-%d"))
        wish.fulfilled_on, wish.fulfilled_at, wish.fulfilled_by = day, at, operator
        wish.given, wish.fulfil_note = given or wish.what, note
        stored = _store_photos(wish, list(data.photos), operator)
        earned, earner = _award(wish, operator, at)
        _finish(wish, FULFIL, operator, before, at, {"points": earned, "photos": stored})
        notices.post(wish.rider_id, FULFILLED_NOTICE, SOURCE, wish.id,
                     {"rider": _rider_name(wish), "what": wish.what, "claimant": claimant_name(wish)})
    return _done(wish, FULFIL, points=earned, points_to=earner, photos=stored, notice=True)


def undo_fulfilment(wish_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """A fulfilment recorded by mistake: back to claimed, the claimant's points reversed (staff)."""
    require(operator, rules.TRANSITIONS[UNDO].permission)
    reason = rules.clean_reason(reason, translate("DeskError", "Please say why the fulfilment is undone."))
    with write():
        wish, before = _begin(wish_id, UNDO)
        at = _step_time(at, wish, wish.fulfilled_at)
        reversed_lines = points.reverse_for_source(SOURCE, wish.id, reason, operator)
        taken = sum(e.delta for e in reversed_lines)
        taken_from = reversed_lines[0].person.name if reversed_lines else ""
        notices.withdraw(SOURCE, wish.id)  # not yet told: the rider hears nothing
        wish.fulfilled_on = wish.fulfilled_at = wish.fulfilled_by = None
        wish.given = wish.fulfil_note = ""
        _finish(wish, UNDO, operator, before, at, {"reason": reason, "points": taken})
    return _done(wish, UNDO, points=taken, points_to=taken_from)


def add_photos(wish_id: int, photos: Sequence[str | Path], operator: Operator) -> WishDone:
    """Photos that arrive after the fulfilment was recorded (the sponsor sends them later)."""
    require(operator, "wish.fulfil")
    with write():
        wish = _wish(wish_id)
        if wish.status not in (CLAIMED, FULFILLED):
            raise ValidationError(translate("DeskError", "Photos belong to a claimed or fulfilled wish."))
        stored = _store_photos(wish, list(photos), operator)
        audit.record(operator, "wish.add_photos", "wish", wish.id, after={"photos": stored})
    return _done(wish, "add_photos", photos=stored)


def remove_photo(wish_id: int, attachment_id: int, reason: str, operator: Operator) -> WishDone:
    """Take a wrong photo away (staff: it is part of the record of a fulfilment)."""
    require(operator, "attachment.remove")  # the one permission for removing any kept photo
    reason = rules.clean_reason(reason, translate("DeskError", "Please say why the photo is removed."))
    with write():
        wish = _wish(wish_id)
        if attachment_id not in {s.id for s in attachments.for_owner(SOURCE, wish.id)}:
            raise NotFound(translate("DeskError", "That photo no longer exists."))
        attachments.remove(attachment_id, operator, reason)
    return _done(wish, "remove_photo")


# --- withdrawal --------------------------------------------------------------------------------


def withdraw(wish_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> WishDone:
    """The rider no longer needs it (or it was taken down by mistake): off the board, kept on record."""
    require(operator, rules.TRANSITIONS[WITHDRAW].permission)
    reason = rules.clean_reason(reason, translate("DeskError", "Please say why the wish is withdrawn."))
    with write():
        wish, before = _begin(wish_id, WITHDRAW)
        at = _step_time(at, wish, wish.approved_at)
        wish.withdrawn_at, wish.withdraw_reason = at, reason
        _finish(wish, WITHDRAW, operator, before, at)
    return _done(wish, WITHDRAW)


# --- erasing a person --------------------------------------------------------------------------

_FREE_TEXT = ("note", "decline_reason", "withdraw_reason", "fulfil_note")


def forget_rider(person_id: int) -> int:
    """Inside a person's erasure: their wishes stay counted (what, category, dates), but the free
    text that may name them goes, from the wishes and from their audit rows. Photos are erased by
    ``attachments.remove_for_person``. Returns how many wishes were touched."""
    wishes = list(Wish.select().where(Wish.rider == person_id))
    for wish in wishes:
        for name in _FREE_TEXT:
            setattr(wish, name, "")
        wish.save()
        for row in AuditLog.select().where((AuditLog.entity == "wish") & (AuditLog.entity_id == wish.id)):
            row.before, row.after = _scrub(row.before), _scrub(row.after)
            row.save()
    return len(wishes)


def _scrub(text: str) -> str:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return "{}"
    if not isinstance(data, dict):
        return "{}"
    for key in (*_FREE_TEXT, "reason"):
        if data.get(key):
            data[key] = "***"
    return json.dumps(data, ensure_ascii=False)


def points_for(wish_id: int) -> int:
    """The points the wish earned, net of reversals (0 or the rule's amount)."""
    lines = PointEntry.select().where((PointEntry.source_type == SOURCE) & (PointEntry.source_id == wish_id))
    return sum(e.delta for e in lines)


def points_for_person(person_id: int) -> int:
    """The points a person earned by fulfilling wishes, net of reversals."""
    lines = PointEntry.select().where((PointEntry.source_type == SOURCE) & (PointEntry.person == person_id))
    return sum(e.delta for e in lines)
