"""Managing the points rules: admin only, sane bounds, retired rules stay on old entries."""

import pytest

from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import AuditLog
from desk.services.people import records as people
from desk.services.points import point_rules
from desk.services.points import ledger as points


def test_seeded_rules_cover_the_deeds_of_the_station():
    codes = {r.code for r in point_rules.rules()}
    assert {"activity", "gift_delivery", "help_lost", "wish_fulfilled", "manual"} <= codes
    assert any(code.startswith("hazard_") for code in codes)


def test_add_rename_change_and_retire(admin):
    rule = point_rules.add_rule("防汛值守", 8, admin, max_points=20, amount_editable=True)
    assert rule.code.startswith("custom_") and rule.min_points == 1
    point_rules.update_rule(rule.id, admin, name="防汛巡查", default_points=6, max_points=15)
    rule = points.get_rule(rule.code)
    assert (rule.name, rule.default_points, rule.max_points) == ("防汛巡查", 6, 15)
    p = people.create_person(people.PersonInput(name="赵六"), admin)
    entry = points.award(p.id, rule.code, admin)
    point_rules.retire_rule(rule.id, admin)
    assert rule.code not in {r.code for r in point_rules.rules()}
    assert rule.code in {r.code for r in point_rules.rules(include_retired=True)}
    # the old entry still names the retired rule
    assert points.statement(p.id)[0].rule == "防汛巡查" and entry.delta == 6
    with pytest.raises(Conflict):
        point_rules.retire_rule(rule.id, admin)
    point_rules.retire_rule(rule.id, admin, retired=False)
    assert AuditLog.select().where(AuditLog.entity == "point_rule").count() == 4


def test_only_admin_manages_rules(staff):
    with pytest.raises(PermissionDenied):
        point_rules.add_rule("防汛值守", 8, staff)
    rule = points.get_rule("activity")
    with pytest.raises(PermissionDenied):
        point_rules.update_rule(rule.id, staff, default_points=6)


@pytest.mark.parametrize(
    "default,low,high",
    [(0, 1, 10), (5, 6, 10), (12, 1, 10), (5, 1, 5000), ("x", 1, 10), (2.5, 1, 10)],
)
def test_bad_bounds_are_refused(admin, default, low, high):
    with pytest.raises(ValidationError):
        point_rules.add_rule("新规则", default, admin, min_points=low, max_points=high)


def test_names_are_required_and_unique(admin):
    with pytest.raises(ValidationError):
        point_rules.add_rule("  ", 5, admin)
    with pytest.raises(ValidationError):
        point_rules.add_rule("参加社区活动", 5, admin)
    with pytest.raises(ValidationError):
        point_rules.add_rule("长" * 41, 5, admin)
