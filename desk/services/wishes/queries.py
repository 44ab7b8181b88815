"""Reading the wish board: cards for the columns, one wish's story, claimants, thank-you lists.

One query fills the whole board (a few thousand wishes at most); the board filters and
searches the cards in memory, so typing in the search box costs no database round trip.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass

import peewee as pw

from desk.models import Attachment, AuditLog, Operator, PartnerUnit, Person, Wish, WishCategory
from desk.services.common.masking import courtesy_name, mask_phone
from desk.services.wishes.board import SOURCE, _wish
from desk.services.wishes.rules import CLAIMED, FULFILLED

PERSON, UNIT = "person", "unit"


@dataclass(frozen=True)
class WishCard:
    """Everything a card, the detail dialog and the printed sheets show of one wish."""

    id: int
    status: str
    what: str
    category_id: int
    category: str
    rider_id: int
    rider_name: str
    rider_phone: str
    rider_initials: str
    rider_pinyin: str
    rider_anonymised: bool
    courtesy: str
    value_yuan: int | None
    wanted_by: dt.date | None
    note: str
    created_at: dt.datetime
    approved_at: dt.datetime | None
    declined_at: dt.datetime | None
    decline_reason: str
    claimant_kind: str  # person | unit | ""
    claimant_id: int | None
    claimant: str
    claimed_at: dt.datetime | None
    promised_on: dt.date | None
    fulfilled_on: dt.date | None
    given: str
    fulfil_note: str
    withdrawn_at: dt.datetime | None
    withdraw_reason: str
    photo_ids: tuple[int, ...] = ()

    @property
    def rider_courtesy(self) -> str:
        """张师傅: what a wall sheet or a notice may say of the rider."""
        return courtesy_name(self.rider_name, self.courtesy, anonymised=self.rider_anonymised)

    @property
    def rider_phone_masked(self) -> str:
        return mask_phone(self.rider_phone)

    @property
    def claimant_key(self) -> tuple[str, int] | None:
        return (self.claimant_kind, self.claimant_id) if self.claimant_id is not None else None

    def overdue(self, today: dt.date | None = None) -> bool:
        """Claimed, and the promised day has passed: the desk should call the claimant."""
        today = today or dt.date.today()
        return self.status == CLAIMED and self.promised_on is not None and self.promised_on < today

    def matches(self, text: str) -> bool:
        """Search: rider's name, phone tail or pinyin, or words of the wish, claimant or category."""
        text = unicodedata.normalize("NFKC", text or "").strip().lower()
        if not text:
            return True
        if text.isdigit():
            return bool(self.rider_phone) and self.rider_phone.endswith(text)
        if text.isascii() and text.isalpha():
            if self.rider_initials.startswith(text) or self.rider_pinyin.startswith(text):
                return True
        haystack = " ".join((self.rider_name, self.what, self.claimant, self.category, self.given)).lower()
        return all(word in haystack for word in text.split())


@dataclass(frozen=True)
class BoardFilter:
    year: int | None = None  # the year the wish was taken down
    category_id: int | None = None
    claimant: tuple[str, int] | None = None
    text: str = ""

    def accepts(self, card: WishCard) -> bool:
        if self.year is not None and card.created_at.year != self.year:
            return False
        if self.category_id is not None and card.category_id != self.category_id:
            return False
        if self.claimant is not None and card.claimant_key != self.claimant:
            return False
        return card.matches(self.text)


Rider = Person.alias("rider")
Claimant = Person.alias("claimant")


def _query():
    return (
        # The joined ids are selected too: without them peewee would blank the foreign keys.
        Wish.select(Wish, WishCategory.id, WishCategory.name, Rider.id, Rider.name, Rider.phone,
                    Rider.pinyin_initials, Rider.pinyin_full, Rider.anonymised_at, Claimant.id, Claimant.name,
                    PartnerUnit.id, PartnerUnit.name)
        .join(WishCategory, on=(Wish.category == WishCategory.id))
        .switch(Wish).join(Rider, on=(Wish.rider == Rider.id))
        .switch(Wish).join(Claimant, pw.JOIN.LEFT_OUTER, on=(Wish.claimant_person == Claimant.id))
        .switch(Wish).join(PartnerUnit, pw.JOIN.LEFT_OUTER, on=(Wish.claimant_unit == PartnerUnit.id))
    )


def _photos(wish_ids: list[int] | None = None) -> dict[int, list[int]]:
    query = (Attachment.select(Attachment.owner_id, Attachment.id)
             .where((Attachment.owner_type == SOURCE) & Attachment.removed_at.is_null()).order_by(Attachment.id))
    if wish_ids is not None:
        query = query.where(Attachment.owner_id.in_(wish_ids))
    found: dict[int, list[int]] = {}
    for owner, aid in query.tuples():
        found.setdefault(owner, []).append(aid)
    return found


def _card(w: Wish, photos: dict[int, list[int]]) -> WishCard:
    unit = w.claimant_unit_id is not None
    return WishCard(
        id=w.id, status=w.status, what=w.what, category_id=w.category_id, category=w.category.name,
        rider_id=w.rider_id, rider_name=w.rider.name, rider_phone=w.rider.phone or "",
        rider_initials=w.rider.pinyin_initials or "", rider_pinyin=w.rider.pinyin_full or "",
        rider_anonymised=w.rider.anonymised_at is not None, courtesy=w.courtesy, value_yuan=w.value_yuan,
        wanted_by=w.wanted_by, note=w.note, created_at=w.created_at, approved_at=w.approved_at,
        declined_at=w.declined_at, decline_reason=w.decline_reason,
        claimant_kind=UNIT if unit else (PERSON if w.claimant_person_id is not None else ""),
        claimant_id=w.claimant_unit_id if unit else w.claimant_person_id,
        claimant=(w.claimant_unit.name if unit else w.claimant_person.name if w.claimant_person_id else "") or "",
        claimed_at=w.claimed_at, promised_on=w.promised_on, fulfilled_on=w.fulfilled_on, given=w.given,
        fulfil_note=w.fulfil_note, withdrawn_at=w.withdrawn_at, withdraw_reason=w.withdraw_reason,
        photo_ids=tuple(photos.get(w.id, ())),
    )


def cards(statuses: tuple[str, ...] | None = None) -> list[WishCard]:
    """Every wish (or those in ``statuses``) as a card, newest first."""
    query = _query().order_by(Wish.created_at.desc(), Wish.id.desc())
    if statuses:
        query = query.where(Wish.status.in_(list(statuses)))
    photos = _photos()
    return [_card(w, photos) for w in query]


def card(wish_id: int) -> WishCard:
    _wish(wish_id)  # NotFound with a message the desk can show
    w = _query().where(Wish.id == wish_id).get()
    return _card(w, _photos([wish_id]))


@dataclass(frozen=True)
class Step:
    """One line of a wish's story (from the audit trail)."""

    at: dt.datetime
    operator: str
    action: str  # take_down, approve, decline, claim, release, fulfil, undo, withdraw, add_photos
    detail: str


def story(wish_id: int) -> list[Step]:
    rows = (AuditLog.select(AuditLog, Operator.id, Operator.name)
            .join(Operator, pw.JOIN.LEFT_OUTER, on=(AuditLog.operator == Operator.id))
            .where((AuditLog.entity == "wish") & (AuditLog.entity_id == wish_id))
            .order_by(AuditLog.at, AuditLog.id))
    steps = []
    for row in rows:
        after = json.loads(row.after or "{}")
        before = json.loads(row.before or "{}")
        action = row.action.split(".", 1)[-1]
        detail = {
            "decline": after.get("decline_reason", ""),
            "withdraw": after.get("withdraw_reason", ""),
            "undo": after.get("reason", ""),
            "claim": " · ".join(x for x in (_claimant_of(after), after.get("promised_on") or "") if x),
            "release": "：".join(x for x in (_claimant_of(before), after.get("reason", "")) if x),
            "fulfil": after.get("given", ""),
        }.get(action, "")
        steps.append(Step(at=_step_time(after, row.at), operator=row.operator.name if row.operator_id else "",
                          action=action, detail=str(detail or "")))
    return steps


def _step_time(after: dict, recorded: dt.datetime) -> dt.datetime:
    """When the step happened (a step may be recorded later, dated back), else when it was recorded."""
    stamp = after.get("updated_at") or after.get("created_at")
    try:
        return dt.datetime.fromisoformat(stamp) if stamp else recorded
    except (TypeError, ValueError):
        return recorded


def _claimant_of(snapshot: dict) -> str:
    if snapshot.get("claimant_unit"):
        unit = PartnerUnit.get_or_none(PartnerUnit.id == snapshot["claimant_unit"])
        return unit.name if unit else ""
    if snapshot.get("claimant_person"):
        person = Person.get_or_none(Person.id == snapshot["claimant_person"])
        return person.name if person else ""
    return ""


@dataclass(frozen=True)
class ClaimantRef:
    kind: str  # person | unit
    id: int
    name: str


def claimants() -> list[ClaimantRef]:
    """Everyone who holds or held a claim now on the board (for the claimant filter)."""
    units = (PartnerUnit.select(PartnerUnit.id, PartnerUnit.name).distinct()
             .join(Wish, on=(Wish.claimant_unit == PartnerUnit.id)).order_by(PartnerUnit.name).tuples())
    people = (Person.select(Person.id, Person.name).distinct()
              .join(Wish, on=(Wish.claimant_person == Person.id)).order_by(Person.name).tuples())
    return [ClaimantRef(UNIT, i, n) for i, n in units] + [ClaimantRef(PERSON, i, n) for i, n in people]


def years() -> list[int]:
    """The years wishes were taken down in, newest first (this year always offered)."""
    found = {row[0].year for row in Wish.select(pw.fn.MIN(Wish.created_at)).tuples() if row[0]}
    first = min(found) if found else dt.date.today().year
    return list(range(dt.date.today().year, first - 1, -1))


def open_wishes() -> list[WishCard]:
    """The wishes on the wall sheet: approved and not yet claimed, oldest first."""
    return sorted(cards(("open",)), key=lambda c: (c.approved_at or c.created_at, c.id))


@dataclass(frozen=True)
class ThanksGroup:
    """One sponsor and the wishes they fulfilled in a period."""

    kind: str
    id: int
    name: str
    wishes: tuple[WishCard, ...]


def thanks(start: dt.date, end: dt.date) -> list[ThanksGroup]:
    """Per claimant, the wishes fulfilled from ``start`` to ``end`` (both days included); most first."""
    groups: dict[tuple[str, int], list[WishCard]] = {}
    for c in cards((FULFILLED,)):
        if c.fulfilled_on and start <= c.fulfilled_on <= end and c.claimant_key:
            groups.setdefault(c.claimant_key, []).append(c)
    out = [ThanksGroup(kind, cid, items[0].claimant, tuple(sorted(items, key=lambda c: (c.fulfilled_on, c.id))))
           for (kind, cid), items in groups.items()]
    out.sort(key=lambda g: (-len(g.wishes), g.kind != UNIT, g.name))
    return out


@dataclass(frozen=True)
class UnitCount:
    name: str
    fulfilled: int


def unit_counts(year: int) -> list[UnitCount]:
    """The year's wishes fulfilled per partner unit, most first."""
    count = pw.fn.COUNT(Wish.id)
    query = (PartnerUnit.select(PartnerUnit.name, count)
             .join(Wish, on=(Wish.claimant_unit == PartnerUnit.id))
             .where((Wish.status == FULFILLED) & (Wish.fulfilled_on >= dt.date(year, 1, 1))
                    & (Wish.fulfilled_on <= dt.date(year, 12, 31)))
             .group_by(PartnerUnit.name).order_by(count.desc(), PartnerUnit.name).tuples())
    return [UnitCount(name, int(n)) for name, n in query]
