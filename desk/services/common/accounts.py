"""Operators: who is on duty at the desk, and what their role lets them do."""

from __future__ import annotations

from desk.errors import NotFound, PermissionDenied, ValidationError, translate
from desk.models import Operator, db
from desk.services.common import audit

ROLES = ("volunteer", "staff", "admin")
ROLE_NAMES = {
    "volunteer": translate("Term", "volunteer"),
    "staff": translate("Term", "staff"),
    "admin": translate("Term", "admin"),
}
_RANK = {role: i for i, role in enumerate(ROLES)}


def list_operators(include_inactive: bool = False) -> list[Operator]:
    query = Operator.select().order_by(Operator.name)
    if not include_inactive:
        query = query.where(Operator.active == True)  # noqa: E712 (peewee expression)
    return list(query)


def get_operator(operator_id: int) -> Operator:
    op = Operator.get_or_none(Operator.id == operator_id)
    if op is None:
        raise NotFound(translate("DeskError", "Operator {0} does not exist."), operator_id)
    return op


def add_operator(name: str, role: str = "volunteer", by: Operator | None = None) -> Operator:
    """Add who sits at the desk. The very first operator may be added by nobody and is an admin."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("DeskError", "Please enter the operator's name."))
    if len(name) > 30:
        raise ValidationError(translate("DeskError", "A name can be at most {0} characters."), 30)
    if role not in ROLES:
        raise ValidationError(translate("DeskError", "Unknown role: {0}."), role)
    if Operator.select().where(Operator.name == name).exists():
        raise ValidationError(translate("DeskError", "An operator named {0} already exists."), name)
    first = not Operator.select().exists()
    if first:
        role = "admin"
    elif role != "volunteer":
        # Anyone on duty may add a fellow volunteer; raising someone's role takes an admin.
        require_role(by, "admin")
    with db.atomic():
        op = Operator.create(name=name, role=role)
        audit.record(by, "operator.add", "operator", op.id, after=audit.snapshot(op))
    return op


def has_role(operator: Operator | None, role: str) -> bool:
    return operator is not None and _RANK.get(operator.role, -1) >= _RANK[role]


def require_role(operator: Operator | None, role: str) -> None:
    if not has_role(operator, role):
        raise PermissionDenied(
            translate("DeskError", "This needs the {0} role; ask a staff member or the administrator."),
            ROLE_NAMES[role],
        )


def operator_for_command(name: str = "") -> Operator | None:
    """Who a command-line task acts as: the named active operator, else the first admin.

    Running a command needs access to the PC's data folder, which is the trust the desk gives it.
    """
    query = Operator.select().where(Operator.active == True)  # noqa: E712
    if name:
        return query.where(Operator.name == name).first()
    return query.where(Operator.role == "admin").order_by(Operator.id).first()
