"""The catalog of wish categories (seeded from resources/catalogs/wish_categories.json); an admin extends it."""

from __future__ import annotations

from desk.db import write
from desk.errors import NotFound, ValidationError, translate
from desk.models import Operator, WishCategory, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.wishes.rules import clean_text

NAME_MAX = 30


def categories(include_retired: bool = False) -> list[WishCategory]:
    query = WishCategory.select().order_by(WishCategory.sort_order, WishCategory.id)
    if not include_retired:
        query = query.where(WishCategory.retired_at.is_null())
    return list(query)


def get_category(category_id: int) -> WishCategory:
    category = WishCategory.get_or_none(WishCategory.id == category_id)
    if category is None:
        raise NotFound(translate("DeskError", "Unknown category of wish."))
    return category


def by_code(code: str) -> WishCategory:
    category = WishCategory.get_or_none(WishCategory.code == code)
    if category is None:
        raise NotFound(translate("DeskError", "Unknown category of wish."))
    return category


def _name(name: str, category_id: int | None = None) -> str:
    name = clean_text(name, NAME_MAX, translate("DeskError", "A category's name can be at most {0} characters."))
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the category's name."))
    clash = WishCategory.select().where(WishCategory.name == name)
    if category_id is not None:
        clash = clash.where(WishCategory.id != category_id)
    if clash.exists():
        raise ValidationError(translate("DeskError", "The category {0} already exists."), name)
    return name


def add_category(name: str, operator: Operator) -> WishCategory:
    require(operator, "wish.categories")
    with write():
        name = _name(name)
        order = WishCategory.select().count()
        category = WishCategory.create(code=f"custom{order + 1}_{int(now().timestamp())}", name=name, sort_order=order)
        audit.record(operator, "wish_category.add", "wish_category", category.id, after=audit.snapshot(category))
    return category


def rename_category(category_id: int, name: str, operator: Operator) -> WishCategory:
    require(operator, "wish.categories")
    with write():
        category = get_category(category_id)
        before = audit.snapshot(category)
        category.name = _name(name, category_id)
        category.save()
        audit.record(operator, "wish_category.rename", "wish_category", category.id, before, audit.snapshot(category))
    return category


def retire_category(category_id: int, operator: Operator) -> WishCategory:
    """No longer offered for new wishes; the wishes already in it keep it."""
    require(operator, "wish.categories")
    with write():
        category = get_category(category_id)
        before = audit.snapshot(category)
        category.retired_at = now()
        category.save()
        audit.record(operator, "wish_category.retire", "wish_category", category.id, before, audit.snapshot(category))
    return category
