"""A person's life in the roster: archived when they move on, anonymised on request.

Archiving hides someone from searches and the roster, keeping all history. Anonymising
(an admin, on the person's request, as the Personal Information Protection Law requires)
erases name, phone, pinyin and note, and the personal values in the person's audit rows,
their photos and the messages waiting for them, while every visit, point, gift and wish stays
counted.
"""

from __future__ import annotations

import json
from typing import Callable

from desk.db import write_transaction
from desk.errors import Conflict, translate
from desk.models import AuditLog, Operator, Person, db, now
from desk.services.common import attachments, audit, notices
from desk.services.common.permissions import require
from desk.services.people.records import get_person, new_card_code
from desk.services.common.reasons import optional_reason

ANONYMOUS_NAME = "已匿名"
# Fields that identify a person; erased from the record and from its audit trail.
PERSONAL_FIELDS = ("name", "phone", "pinyin_initials", "pinyin_full", "note", "card_code")

# What other duties erase with a person (e.g. the photos of their grid reports), called as
# hook(person_id, operator) inside the erase transaction; a duty adds its hook at import.
ERASE_HOOKS: list[Callable[[int, Operator], None]] = []


def on_erase(hook: Callable[[int, Operator], None]) -> None:
    if hook not in ERASE_HOOKS:
        ERASE_HOOKS.append(hook)


@write_transaction
def archive_person(person_id: int, operator: Operator, reason: str = "") -> Person:
    """Hide someone who left from searches; history and totals are kept."""
    require(operator, "person.archive")
    person = get_person(person_id)
    if person.voided_at is not None:
        raise Conflict(translate("DeskError", "{0} was already merged into someone else."), person.name)
    if person.archived_at is not None:
        raise Conflict(translate("DeskError", "{0} is already archived."), person.name)
    reason = optional_reason(reason, limit=100)
    with db.atomic():
        before = audit.snapshot(person)
        person.archived_at = now()
        person.updated_at = now()
        person.save()
        audit.record(operator, "person.archive", "person", person.id, before, audit.snapshot(person) | {"reason": reason})
    return person


@write_transaction
def unarchive_person(person_id: int, operator: Operator) -> Person:
    """Bring back someone who returned."""
    require(operator, "person.archive")
    person = get_person(person_id)
    if person.archived_at is None:
        raise Conflict(translate("DeskError", "{0} is not archived."), person.name)
    if person.anonymised_at is not None:
        raise Conflict(translate("DeskError", "An anonymised record cannot be brought back."))
    return _unarchive(person, operator)


def return_to_roster(person: Person, operator: Operator) -> Person:
    """An archived rider checked in: back on the roster, as part of the check-in (its permission)."""
    require(operator, "visit.check_in")
    if person.archived_at is None or person.anonymised_at is not None:
        return person
    return _unarchive(person, operator)


def _unarchive(person: Person, operator: Operator) -> Person:
    with db.atomic():
        before = audit.snapshot(person)
        person.archived_at = None
        person.updated_at = now()
        person.save()
        audit.record(operator, "person.unarchive", "person", person.id, before, audit.snapshot(person))
    return person


@write_transaction
def anonymise_person(person_id: int, operator: Operator) -> Person:
    """Erase who this was (admin only); their records and the station's totals stay.

    The member card stops working (a new, unprinted code), and earlier audit rows of this
    person lose the personal values too, or the erasure would be only skin deep.
    """
    require(operator, "person.erase")
    person = get_person(person_id)
    if person.anonymised_at is not None:
        raise Conflict(translate("DeskError", "This record is already anonymised."))
    with db.atomic():
        # Duplicates merged into this person carry the same name (and their own audit rows).
        for record in [person] + _aliases(person.id):
            _erase(record)
            # Files that are this person's data (photos they took) go with their name.
            attachments.remove_for_person(record.id)
            for hook in ERASE_HOOKS:
                hook(record.id, operator)
        audit.record(operator, "person.anonymise", "person", person.id, after={"anonymised_at": str(person.anonymised_at)})
    return person


def _aliases(person_id: int) -> list[Person]:
    found, todo = [], [person_id]
    while todo:
        batch = list(Person.select().where(Person.merged_into.in_(todo)))
        found.extend(batch)
        todo = [p.id for p in batch]
    return found


def _erase(person: Person) -> None:
    person.name = ANONYMOUS_NAME
    person.phone = None
    person.pinyin_initials = ""
    person.pinyin_full = ""
    person.note = ""
    person.void_reason = ""
    person.card_code = new_card_code()
    person.anonymised_at = now()
    person.archived_at = person.archived_at or person.anonymised_at
    person.updated_at = now()
    person.save()
    attachments.remove_for_person(person.id)
    notices.forget_person(person.id)
    from desk.services.wishes import board as wishes  # here: the wish board builds on people, not the reverse

    wishes.forget_rider(person.id)
    for row in AuditLog.select().where((AuditLog.entity == "person") & (AuditLog.entity_id == person.id)):
        row.before = _scrub(row.before)
        row.after = _scrub(row.after)
        row.save()


def _scrub(text: str) -> str:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return "{}"
    if not isinstance(data, dict):
        return "{}"
    for key in PERSONAL_FIELDS:
        if data.get(key):
            data[key] = "***"
    return json.dumps(data, ensure_ascii=False)
