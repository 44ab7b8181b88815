"""Points rules (积分规则): the catalog of deeds that earn points, managed by an admin.

A rule has a code (what other duties name in ``points.award``), a Chinese name, default
points with lowest/highest bounds, and whether the amount may be changed at the desk.
Retired rules earn nothing new but keep showing on old entries.
"""

from __future__ import annotations

import re

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Operator, PointRule, db, now
from desk.services.common import audit
from desk.services.common.permissions import require

RULE_NAME_MAX = 40
POINTS_CAP = 1000  # no deed at this desk is worth more; a typo guard above every rule's own bounds


def rules(include_retired: bool = False) -> list[PointRule]:
    query = PointRule.select().order_by(PointRule.retired_at.is_null(False), PointRule.sort_order, PointRule.id)
    if not include_retired:
        query = query.where(PointRule.retired_at.is_null())
    return list(query)


def get_rule(code: str) -> PointRule:
    rule = PointRule.get_or_none(PointRule.code == code)
    if rule is None:
        raise NotFound(translate("DeskError", "There is no points rule {0}."), code)
    return rule


def whole(value: object) -> int:
    if isinstance(value, bool) or value is None:
        raise ValidationError(translate("DeskError", "Please enter a whole number of points."))
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError(translate("DeskError", "Please enter a whole number of points."))
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(translate("DeskError", "Please enter a whole number of points.")) from None


def _check_bounds(default_points: object, min_points: object, max_points: object) -> tuple[int, int, int]:
    low, default, high = whole(min_points), whole(default_points), whole(max_points)
    if not (1 <= low <= default <= high <= POINTS_CAP):
        raise ValidationError(
            translate("DeskError", "Points must satisfy 1 ≤ lowest ≤ default ≤ highest ≤ {0}."), POINTS_CAP
        )
    return default, low, high


def _check_rule_name(name: str, rule_id: int | None = None) -> str:
    name = re.sub(r"\s+", " ", (name or "").strip())
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the rule's name."))
    if len(name) > RULE_NAME_MAX:
        raise ValidationError(translate("DeskError", "A rule name can be at most {0} characters."), RULE_NAME_MAX)
    clash = PointRule.select().where(PointRule.name == name)
    if rule_id is not None:
        clash = clash.where(PointRule.id != rule_id)
    if clash.exists():
        raise ValidationError(translate("DeskError", "A rule named {0} already exists."), name)
    return name


@write_transaction
def add_rule(
    name: str,
    default_points: int,
    operator: Operator,
    *,
    min_points: int = 1,
    max_points: int | None = None,
    amount_editable: bool = False,
    category: str = "manual",
) -> PointRule:
    """An admin adds a way to earn points (e.g. 防汛值守)."""
    require(operator, "points.rules")
    name = _check_rule_name(name)
    default, low, high = _check_bounds(default_points, min_points, max_points if max_points is not None else max(100, whole(default_points)))
    with db.atomic():
        order = (PointRule.select(pw.fn.MAX(PointRule.sort_order)).scalar() or 0) + 1
        code = f"custom_{order}"
        while PointRule.select().where(PointRule.code == code).exists():
            order += 1
            code = f"custom_{order}"
        rule = PointRule.create(
            code=code, name=name, default_points=default, min_points=low, max_points=high,
            amount_editable=bool(amount_editable), category=(category or "manual")[:20], sort_order=order,
        )
        audit.record(operator, "point_rule.add", "point_rule", rule.id, after=audit.snapshot(rule))
    return rule


@write_transaction
def update_rule(
    rule_id: int,
    operator: Operator,
    *,
    name: str | None = None,
    default_points: int | None = None,
    min_points: int | None = None,
    max_points: int | None = None,
    amount_editable: bool | None = None,
) -> PointRule:
    """Rename a rule or change its points; entries already written keep their amounts."""
    require(operator, "points.rules")
    rule = PointRule.get_or_none(PointRule.id == rule_id)
    if rule is None:
        raise NotFound(translate("DeskError", "There is no points rule {0}."), rule_id)
    new_name = _check_rule_name(name, rule.id) if name is not None else rule.name
    default, low, high = _check_bounds(
        rule.default_points if default_points is None else default_points,
        rule.min_points if min_points is None else min_points,
        rule.max_points if max_points is None else max_points,
    )
    with db.atomic():
        before = audit.snapshot(rule)
        rule.name, rule.default_points, rule.min_points, rule.max_points = new_name, default, low, high
        if amount_editable is not None:
            rule.amount_editable = bool(amount_editable)
        rule.save()
        audit.record(operator, "point_rule.update", "point_rule", rule.id, before, audit.snapshot(rule))
    return rule


@write_transaction
def retire_rule(rule_id: int, operator: Operator, retired: bool = True) -> PointRule:
    """Stop a rule earning points (or bring it back); old entries keep showing it."""
    require(operator, "points.rules")
    rule = PointRule.get_or_none(PointRule.id == rule_id)
    if rule is None:
        raise NotFound(translate("DeskError", "There is no points rule {0}."), rule_id)
    if retired == (rule.retired_at is not None):
        raise Conflict(
            translate("DeskError", "The rule {0} is already retired.") if retired
            else translate("DeskError", "The rule {0} is in use, not retired."),
            rule.name,
        )
    with db.atomic():
        before = audit.snapshot(rule)
        rule.retired_at = now() if retired else None
        rule.save()
        audit.record(operator, "point_rule.retire" if retired else "point_rule.restore", "point_rule", rule.id,
                     before, audit.snapshot(rule))
    return rule
