"""Catalogs seeded from ``resources/catalogs/*.json``: services, grids, point rules, gift items,
wish categories, hazard categories.

Seeding only adds what is missing (by code, number or name), so an admin's edits survive
every start and a new default reaches old databases.
"""

from __future__ import annotations

import json
from typing import Any

from desk.db import write_transaction
from desk.config import RESOURCES
from desk.errors import NotFound, ValidationError, translate
from desk.models import GiftItem, Grid, HazardCategory, Operator, PointRule, ServiceType, WishCategory, db, now
from desk.services.common import audit
from desk.services.common.permissions import require


def _load(name: str) -> list[dict[str, Any]]:
    return json.loads((RESOURCES / "catalogs" / f"{name}.json").read_text(encoding="utf-8"))


def ensure_defaults() -> None:
    with db.atomic():
        for order, row in enumerate(_load("services")):
            if not ServiceType.select().where(ServiceType.code == row["code"]).exists():
                ServiceType.create(sort_order=order, **row)
        for row in _load("grids"):
            if not Grid.select().where(Grid.number == row["number"]).exists():
                Grid.create(**row)
        for order, row in enumerate(_load("point_rules")):
            if not PointRule.select().where(PointRule.code == row["code"]).exists():
                PointRule.create(sort_order=order, **row)
        for row in _load("gift_items"):
            if not GiftItem.select().where(GiftItem.name == row["name"]).exists():
                GiftItem.create(**row)
        for order, row in enumerate(_load("wish_categories")):
            if not WishCategory.select().where(WishCategory.code == row["code"]).exists():
                WishCategory.create(sort_order=order, **row)
        for order, row in enumerate(_load("hazard_categories")):
            if not HazardCategory.select().where(HazardCategory.code == row["code"]).exists():
                HazardCategory.create(sort_order=order, **row)


def services(include_retired: bool = False) -> list[ServiceType]:
    query = ServiceType.select().order_by(ServiceType.sort_order, ServiceType.id)
    if not include_retired:
        query = query.where(ServiceType.retired_at.is_null())
    return list(query)


@write_transaction
def add_service(name: str, operator: Operator, name_en: str = "", is_default: bool = False) -> ServiceType:
    """An admin extends the service catalog (e.g. 微波炉加热)."""
    require(operator, "catalog.manage")
    name = (name or "").strip()
    if not name or len(name) > 30:
        raise ValidationError(translate("DeskError", "A service name needs 1 to {0} characters."), 30)
    if ServiceType.select().where(ServiceType.name == name).exists():
        raise ValidationError(translate("DeskError", "The service {0} already exists."), name)
    with db.atomic():
        order = (ServiceType.select().count() or 0) + 1
        service = ServiceType.create(
            code=f"custom{order}_{int(now().timestamp())}",
            name=name,
            name_en=name_en.strip(),
            sort_order=order,
            is_default=is_default,
        )
        audit.record(operator, "service.add", "service_type", service.id, after=audit.snapshot(service))
    return service


@write_transaction
def retire_service(service_id: int, operator: Operator) -> ServiceType:
    require(operator, "catalog.manage")
    service = ServiceType.get_or_none(ServiceType.id == service_id)
    if service is None:
        raise NotFound(translate("DeskError", "Unknown service."))
    with db.atomic():
        before = audit.snapshot(service)
        service.retired_at = now()
        service.save()
        audit.record(operator, "service.retire", "service_type", service.id, before, audit.snapshot(service))
    return service
