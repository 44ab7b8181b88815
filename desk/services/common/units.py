"""Partner units of the red alliance (红色联盟单位): property companies, kindergartens, shops.

One catalog shared by the wish board (a unit claims a wish) and events (organisers, partners).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.db import write
from desk.errors import NotFound, ValidationError, translate
from desk.models import Operator, PartnerUnit, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.common.text import clean_line, clean_note, phone_text
from desk.services.common.inputs import checked

NAME_MAX = 60
KINDS = {
    "property": translate("Term", "property company"),
    "school": translate("Term", "school or kindergarten"),
    "shop": translate("Term", "shop or business"),
    "public": translate("Term", "public body"),
    "other": translate("Term", "other unit"),
}


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: str = "other"
    contact: str = ""
    phone: str = ""
    note: str = ""


def _clean(data: UnitInput, unit_id: int | None = None) -> dict:
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the unit's name."))
    if len(name) > NAME_MAX:
        raise ValidationError(translate("DeskError", "A unit's name can be at most {0} characters."), NAME_MAX)
    if data.kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of unit: {0}."), data.kind)
    clash = PartnerUnit.select().where(PartnerUnit.name == name)
    if unit_id is not None:
        clash = clash.where(PartnerUnit.id != unit_id)
    if clash.exists():
        raise ValidationError(translate("DeskError", "A unit named {0} already exists."), name)
    contact = clean_line(data.contact, 60, field=translate("Term", "contact person"), too_long=translate(
        "DeskError", "A contact person can be at most {0} characters."))
    phone = "".join(phone_text(data.phone).split())
    if len(phone) > 20:
        raise ValidationError(translate("DeskError", "A phone number can be at most {0} characters."), 20)
    note = clean_note(data.note, 200)
    return {"name": name, "kind": data.kind, "contact": contact, "phone": phone, "note": note}


def units(include_retired: bool = False) -> list[PartnerUnit]:
    query = PartnerUnit.select().order_by(PartnerUnit.name)
    if not include_retired:
        query = query.where(PartnerUnit.retired_at.is_null())
    return list(query)


@checked
def get_unit(unit_id: int) -> PartnerUnit:
    unit = PartnerUnit.get_or_none(PartnerUnit.id == unit_id)
    if unit is None:
        raise NotFound(translate("DeskError", "Partner unit {0} does not exist."), unit_id)
    return unit


@checked
def add_unit(data: UnitInput, operator: Operator) -> PartnerUnit:
    require(operator, "unit.manage")
    values = _clean(data)
    with write():
        unit = PartnerUnit.create(**values)
        audit.record(operator, "unit.add", "partner_unit", unit.id, after=audit.snapshot(unit))
    return unit


@checked
def update_unit(unit_id: int, data: UnitInput, operator: Operator) -> PartnerUnit:
    require(operator, "unit.manage")
    with write():
        unit = get_unit(unit_id)
        values = _clean(data, unit_id)
        before = audit.snapshot(unit)
        for key, value in values.items():
            setattr(unit, key, value)
        unit.save()
        audit.record(operator, "unit.update", "partner_unit", unit.id, before=before, after=audit.snapshot(unit))
    return unit


@checked
def retire_unit(unit_id: int, operator: Operator) -> PartnerUnit:
    """A unit that no longer takes part: kept on its old records, gone from the pickers."""
    require(operator, "unit.manage")
    with write():
        unit = get_unit(unit_id)
        before = audit.snapshot(unit)
        unit.retired_at = now()
        unit.save()
        audit.record(operator, "unit.retire", "partner_unit", unit.id, before=before, after=audit.snapshot(unit))
    return unit
