"""The Caring Rider Team (爱心骑手队): who is a member is a fact about the person, kept here."""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import Conflict, translate
from desk.models import Operator, Person, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people.records import get_person


@dataclass(frozen=True)
class TeamChange:
    person_id: int
    name: str
    member: bool
    changed: bool  # False: they already were (or were not) a member


def set_caring_team(person_id: int, member: bool, operator: Operator) -> TeamChange:
    """Add someone to the team or take them off it (``team.manage``), audited."""
    require(operator, "team.manage")
    with db.atomic():
        person = get_person(person_id)
        if person.voided_at is not None or person.anonymised_at is not None:
            raise Conflict(translate("DeskError", "This person's record is closed; use the current one."))
        if person.caring_team == bool(member):
            return TeamChange(person.id, person.name, bool(member), False)
        before = audit.snapshot(person)
        person.caring_team = bool(member)
        person.updated_at = now()
        person.save()
        audit.record(operator, "person.caring_team", "person", person.id, before, audit.snapshot(person))
    return TeamChange(person.id, person.name, bool(member), True)


def caring_team(include_archived: bool = False) -> list[Person]:
    """The team's members, by name."""
    query = Person.select().where((Person.caring_team == True) & Person.voided_at.is_null()  # noqa: E712
                                  & Person.anonymised_at.is_null())
    if not include_archived:
        query = query.where(Person.archived_at.is_null())
    return list(query.order_by(Person.pinyin_full, Person.id))
