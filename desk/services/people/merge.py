"""Duplicates in the roster: find them, and merge one person into another.

A merge moves every record that points at the duplicate (visits, points, gifts, campaign
lists, and whatever later duties add) to the person kept, in one transaction. The
duplicate stays as a voided alias with ``merged_into`` set, so history and old member
cards still lead to the right person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import peewee as pw

from desk import models
from desk.db import group_concat, write_transaction
from desk.errors import Conflict, ValidationError, translate
from desk.models import AuditLog, Operator, Person, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people.records import get_person

# Why two people look like one; strongest first.
SAME_PHONE = "same_phone"
SAME_NAME_PLATFORM = "same_name_platform"
SIMILAR_PINYIN = "similar_pinyin"
REASONS = {
    SAME_PHONE: translate("Term", "same phone"),
    SAME_NAME_PLATFORM: translate("Term", "same name and platform"),
    SIMILAR_PINYIN: translate("Term", "same-sounding name"),
}
OTHER_PHONE = "另一手机号 {0}"
_PHONE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_STRENGTH = {SAME_PHONE: 0, SAME_NAME_PLATFORM: 1, SIMILAR_PINYIN: 2}


@dataclass(frozen=True)
class DuplicatePair:
    """Two people who may be one; ``keep`` is the suggestion (older, with a phone)."""

    keep: Person
    drop: Person
    reason: str

    @property
    def key(self) -> tuple[int, int]:
        return (min(self.keep.id, self.drop.id), max(self.keep.id, self.drop.id))


def _live():
    return Person.voided_at.is_null() & Person.anonymised_at.is_null()


def _order(a: Person, b: Person) -> tuple[Person, Person]:
    """Suggest keeping the one with a phone, then the one registered first."""
    def rank(p: Person):
        return (p.phone is None, p.archived_at is not None, p.created_at, p.id)
    return (a, b) if rank(a) <= rank(b) else (b, a)


def find_duplicates(limit: int = 500) -> list[DuplicatePair]:
    """Candidate pairs: same phone; same name and platform; same-sounding names (张伟/章伟).

    Two people with the same name and platform but two different phones are still listed
    (a rider may have changed number) after the likelier pairs. Grouping happens in SQL, so
    this stays quick on a large roster.
    """
    found: dict[tuple[int, int], DuplicatePair] = {}

    def add_group(ids: list[int], reason: str) -> None:
        group = list(Person.select().where(Person.id.in_(ids)).order_by(Person.id))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if reason == SIMILAR_PINYIN and (a.name == b.name or not _platforms_compatible(a, b)):
                    continue
                keep, drop = _order(a, b)
                pair = DuplicatePair(keep, drop, reason)
                old = found.get(pair.key)
                if old is None or _STRENGTH[reason] < _STRENGTH[old.reason]:
                    found[pair.key] = pair

    def groups(*cols, having=None):
        query = (
            Person.select(group_concat(Person.id))
            .where(_live())
            .group_by(*cols)
            .having(having if having is not None else pw.fn.COUNT(Person.id) > 1)
        )
        for (ids,) in query.tuples():
            yield [int(i) for i in str(ids).split(",")]

    # Phones are unique in the table, so "same phone" shows up as a phone typed into the
    # note of a second registration (what a volunteer does when told the phone is taken).
    for a_id, b_id in _phone_in_note_pairs():
        add_group([a_id, b_id], SAME_PHONE)
    for ids in groups(Person.name, Person.platform):
        add_group(ids, SAME_NAME_PLATFORM)
    homophones = (pw.fn.COUNT(Person.name.distinct()) > 1) & (Person.pinyin_full != "")
    for ids in groups(Person.pinyin_full, having=homophones):
        add_group(ids, SIMILAR_PINYIN)
    apart = told_apart()
    pairs = sorted(
        (p for p in found.values() if p.key not in apart),
        key=lambda p: (_STRENGTH[p.reason], p.keep.phone is not None and p.drop.phone is not None, p.keep.pinyin_full),
    )
    return pairs[:limit]


NOT_DUPLICATE = "person.not_duplicate"


@write_transaction
def mark_not_duplicates(a_id: int, b_id: int, operator: Operator) -> None:
    """Someone checked: these two are different people, so the finder stops suggesting them."""
    require(operator, "person.merge")
    if a_id == b_id:
        raise ValidationError(translate("DeskError", "Choose two different people to merge."))
    low, high = sorted((get_person(a_id).id, get_person(b_id).id))
    if (low, high) in told_apart():
        return
    with db.atomic():
        audit.record(operator, NOT_DUPLICATE, "person", low, after={"other": high})


def told_apart() -> set[tuple[int, int]]:
    """Pairs marked "not the same person" (kept in the audit trail, the record of that decision)."""
    pairs = set()
    rows = AuditLog.select(AuditLog.entity_id, AuditLog.after).where(AuditLog.action == NOT_DUPLICATE).tuples()
    for low, after in rows:
        try:
            pairs.add((low, int(json.loads(after)["other"])))
        except (ValueError, KeyError, TypeError):
            continue
    return pairs


def _phone_in_note_pairs() -> list[tuple[int, int]]:
    owners = {}
    noted = Person.select(Person.id, Person.note).where(_live() & (Person.note != "")).tuples()
    pairs = []
    for pid, note in noted:
        for phone in _PHONE_IN_TEXT.findall(note or ""):
            if phone not in owners:
                owners[phone] = Person.get_or_none((Person.phone == phone) & _live())
            owner = owners[phone]
            if owner is not None and owner.id != pid:
                pairs.append((owner.id, pid))
    return pairs


def _platforms_compatible(a: Person, b: Person) -> bool:
    return not a.platform or not b.platform or a.platform == b.platform


def person_references() -> list[pw.ForeignKeyField]:
    """Every foreign key to ``Person`` in every model, found by looking, so new duties are covered."""
    refs = []
    for model in models.ALL_MODELS:
        for fld in model._meta.sorted_fields:
            if isinstance(fld, pw.ForeignKeyField) and fld.rel_model is Person:
                refs.append(fld)
    return refs


def _extra_share(row: pw.Model, fld: pw.ForeignKeyField, keep_id: int) -> None:
    """Both were given a share of one campaign: as one person they had two, so the second is an extra."""
    row.extra_share = True
    row.override_reason = (row.override_reason or translate("DeskError", "duplicate registration merged"))[:200]
    setattr(row, fld.name, keep_id)
    row.save()


# How to move a row whose twin the kept person already has, per table; a link row with no
# business meaning of its own (a campaign's list) is removed, anything else stops the merge.
CLASH_RESOLVERS = {"distribution": _extra_share}


def _move(fld: pw.ForeignKeyField, keep_id: int, drop_id: int, removed: list[dict]) -> int:
    """Point every row of ``fld`` at the kept person; returns how many moved.

    Unique constraints (plain or partial, e.g. one live gift share per campaign) are found by
    trying: the bulk update runs in a savepoint, and only if it fails do rows go one by one.
    """
    model = fld.model
    pk = model._meta.primary_key
    base = fld == drop_id
    if model is Person:
        base &= Person.id != keep_id
    try:
        with db.atomic():
            return model.update({fld: keep_id}).where(base).execute()
    except pw.IntegrityError:
        pass
    count = 0
    for (row_id,) in model.select(pk).where(base).tuples():
        try:
            with db.atomic():
                model.update({fld: keep_id}).where(pk == row_id).execute()
        except pw.IntegrityError:
            _resolve_clash(model, row_id, fld, keep_id, removed)
        count += 1
    return count


def _resolve_clash(model, row_id: int, fld: pw.ForeignKeyField, keep_id: int, removed: list[dict]) -> None:
    table = model._meta.table_name
    row = model.get_by_id(row_id)
    resolver = CLASH_RESOLVERS.get(table)
    try:
        with db.atomic():
            if resolver is not None:
                resolver(row, fld, keep_id)
            elif "voided_at" not in model._meta.fields:
                removed.append({"table": table, **audit.snapshot(row)})
                model.delete_by_id(row_id)
            else:
                raise pw.IntegrityError(table)
    except pw.IntegrityError:
        raise Conflict(
            translate("DeskError", "Both people have a record that may exist only once per person ({0}); "
                                   "void one of them first, then merge."), table) from None


@write_transaction
def merge_people(keep_id: int, drop_id: int, operator: Operator, reason: str = "") -> Person:
    """Merge ``drop`` into ``keep``: move every record, then void ``drop`` as an alias of ``keep``.

    Details the kept person lacks (phone, platform, grid, note, team and party flags) are
    taken from the duplicate. A row that cannot move because the kept person already has
    its twin (e.g. both on one campaign's list) is removed, and kept in full in the audit.
    """
    require(operator, "person.merge")
    if keep_id == drop_id:
        raise ValidationError(translate("DeskError", "Choose two different people to merge."))
    keep, drop = get_person(keep_id), get_person(drop_id)
    for person in (keep, drop):
        if person.voided_at is not None:
            raise Conflict(translate("DeskError", "{0} was already merged into someone else."), person.name)
        if person.anonymised_at is not None:
            raise Conflict(translate("DeskError", "An anonymised record cannot be merged."))
    reason = (reason or "").strip()[:150]
    with db.atomic():
        before_keep, before_drop = audit.snapshot(keep), audit.snapshot(drop)
        moved: dict[str, int] = {}
        removed: list[dict] = []
        for fld in person_references():
            count = _move(fld, keep.id, drop.id, removed)
            if count:
                moved[f"{fld.model._meta.table_name}.{fld.name}"] = count
        phone = drop.phone
        drop.voided_at = now()
        drop.voided_by = operator
        drop.void_reason = (translate("DeskError", "merged") + (f": {reason}" if reason else ""))[:200]
        drop.merged_into = keep
        drop.phone = None  # frees the unique phone for the person kept
        drop.updated_at = now()
        drop.save()
        _absorb(keep, drop, phone)
        keep.save()
        audit.record(operator, "person.merge", "person", keep.id, before_keep,
                     audit.snapshot(keep) | {"merged": drop.id, "moved": moved, "removed": removed, "reason": reason})
        audit.record(operator, "person.merged_away", "person", drop.id, before_drop, audit.snapshot(drop))
    return keep


def _absorb(keep: Person, drop: Person, drop_phone: str | None) -> None:
    if not keep.phone and drop_phone:
        keep.phone = drop_phone
    elif drop_phone and drop_phone != keep.phone:
        # Kept in the note (stored data, so in the station's language): the duplicate finder
        # looks for phones there, and the volunteer sees the rider has a second number.
        keep.note = (keep.note + "；" + OTHER_PHONE.format(drop_phone)).strip("；")
    if not keep.platform:
        keep.platform = drop.platform
    if keep.grid_id is None and drop.grid_id is not None:
        keep.grid = drop.grid_id
    if keep.kind == "other" and drop.kind != "other":
        keep.kind = drop.kind
    keep.caring_team = keep.caring_team or drop.caring_team
    keep.party_member = keep.party_member or drop.party_member
    if drop.note and drop.note not in keep.note:
        keep.note = (keep.note + "；" + drop.note).strip("；")
    if keep.archived_at is not None and drop.archived_at is None:
        keep.archived_at = None  # the duplicate is the one still coming
    keep.updated_at = now()


def resolve_alias(person_id: int) -> Person:
    """The live person behind ``person_id``, following merges (an old card of a merged person)."""
    person = get_person(person_id)
    seen = set()
    while person.merged_into_id is not None and person.id not in seen:
        seen.add(person.id)
        person = get_person(person.merged_into_id)
    return person
