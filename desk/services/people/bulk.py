"""Many people written at once (a roster import), with the rules of ``people.create_person``.

Creating 5,000 people one ``create_person`` at a time spends most of its time building
the same SQL again; here the checks run against values loaded once, and rows and their
audit lines go in with a few multi-row inserts. Callers run inside their own transaction.
"""

from __future__ import annotations

import json
import secrets
from typing import Iterable

from desk.errors import ValidationError, translate
from desk.models import AuditLog, Grid, Operator, Person, now
from desk.services.common.audit import snapshot
from desk.services.common.permissions import require
from desk.services.people.records import (
    KINDS, PersonInput, clean_name, clean_person_note, clean_platform, normalise_phone, pinyin_of,
)
from desk.services.common.inputs import checked

CHUNK = 400  # rows per INSERT, well under SQLite's bound-variable limit


def _values(data: PersonInput, grid_ids: set[int]) -> dict:
    """What ``people._validated`` checks, without a query per person."""
    name = clean_name(data.name)
    phone = normalise_phone(data.phone)
    if data.kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), data.kind)
    platform = clean_platform(data.platform)
    note = clean_person_note(data.note)
    if data.grid_id is not None and data.grid_id not in grid_ids:
        raise ValidationError(translate("DeskError", "Unknown grid."))
    initials, full = pinyin_of(name)
    return dict(name=name, phone=phone, kind=data.kind, platform=platform, grid=data.grid_id,
                caring_team=bool(data.caring_team), party_member=bool(data.party_member),
                note=note, pinyin_initials=initials, pinyin_full=full)


def _plain(values: dict) -> dict:
    return {k: (str(v) if k.endswith("_at") and v is not None else v) for k, v in values.items()}


def _audit_rows(operator: Operator, action: str, items: Iterable[tuple[int, dict, dict]]) -> None:
    at = now()
    rows = [
        dict(at=at, operator=operator.id, action=action, entity="person", entity_id=pid, person_id=pid,
             before=json.dumps(before, ensure_ascii=False, default=str),
             after=json.dumps(after, ensure_ascii=False, default=str))
        for pid, before, after in items
    ]
    for i in range(0, len(rows), CHUNK):
        AuditLog.insert_many(rows[i : i + CHUNK]).execute()


@checked
def create_many(items: list[PersonInput], operator: Operator) -> list[int]:
    """Create every person in ``items`` (ids in the same order); any invalid one raises first."""
    require(operator, "person.import")
    grid_ids = {g for (g,) in Grid.select(Grid.id).tuples()}
    taken_phones = {p for (p,) in Person.select(Person.phone).where(Person.phone.is_null(False)).tuples()}
    taken_codes = {c for (c,) in Person.select(Person.card_code).tuples()}
    at = now()
    rows = []
    for data in items:
        values = _values(data, grid_ids)
        if values["phone"]:
            if values["phone"] in taken_phones:
                raise ValidationError(translate("DeskError", "The phone {0} is already in the roster."), values["phone"])
            taken_phones.add(values["phone"])
        code = None
        while code is None or code in taken_codes:
            code = "LX" + "".join(secrets.choice("0123456789") for _ in range(8))
        taken_codes.add(code)
        rows.append(values | dict(card_code=code, created_by=operator.id, created_at=at, updated_at=at))
    for i in range(0, len(rows), CHUNK):
        Person.insert_many(rows[i : i + CHUNK]).execute()
    ids: dict[str, int] = {}
    codes = [r["card_code"] for r in rows]
    for i in range(0, len(codes), CHUNK):
        ids.update(Person.select(Person.card_code, Person.id).where(Person.card_code.in_(codes[i : i + CHUNK])).tuples())
    _audit_rows(operator, "person.create", ((ids[r["card_code"]], {}, _plain(r | {"id": ids[r["card_code"]]}))
                                            for r in rows))
    return [ids[c] for c in codes]


@checked
def update_many(items: list[tuple[Person, PersonInput]], operator: Operator) -> None:
    """Apply each PersonInput to its (loaded) person; phones must stay unique."""
    require(operator, "person.import")
    grid_ids = {g for (g,) in Grid.select(Grid.id).tuples()}
    owners = dict(Person.select(Person.phone, Person.id).where(Person.phone.is_null(False)).tuples())
    audits = []
    for person, data in items:
        values = _values(data, grid_ids)
        owner = owners.get(values["phone"]) if values["phone"] else None
        if owner is not None and owner != person.id:
            raise ValidationError(translate("DeskError", "The phone {0} is already in the roster."), values["phone"])
        before = snapshot(person)
        values["updated_at"] = now()
        Person.update(values).where(Person.id == person.id).execute()
        if values["phone"]:
            owners[values["phone"]] = person.id
        audits.append((person.id, before, before | _plain(values)))
    _audit_rows(operator, "person.update", audits)
