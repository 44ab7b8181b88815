"""QR member cards: what goes on each card, and a new code when a card is lost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from desk.db import write_transaction
from desk.errors import Conflict, ValidationError, translate
from desk.models import Operator, Person, db, now
from desk.services.common.masking import mask_phone
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people.records import get_person, new_card_code


@dataclass(frozen=True)
class Card:
    """One member card: only what the card needs (masked phone, no note)."""

    person_id: int
    name: str
    phone: str  # masked
    platform: str
    kind: str
    code: str


def cards_for(person_ids: Iterable[int]) -> list[Card]:
    """Cards for these people, in the order given; merged and anonymised records get none."""
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose at least one person."))
    found = {
        p.id: p
        for p in Person.select().where(
            Person.id.in_(ids) & Person.voided_at.is_null() & Person.anonymised_at.is_null()
        )
    }
    return [
        Card(p.id, p.name, mask_phone(p.phone), p.platform, p.kind, p.card_code)
        for p in (found.get(i) for i in ids)
        if p is not None
    ]


@write_transaction
def reissue_card(person_id: int, operator: Operator) -> Person:
    """A lost card: the person gets a new code, and the old card stops finding them."""
    require(operator, "person.reissue_card")
    person = get_person(person_id)
    if person.voided_at is not None or person.anonymised_at is not None:
        raise Conflict(translate("DeskError", "This person's record is closed; use the current one."))
    with db.atomic():
        before = audit.snapshot(person)
        person.card_code = new_card_code()
        person.updated_at = now()
        person.save()
        audit.record(operator, "person.reissue_card", "person", person.id, before, audit.snapshot(person))
    return person
