"""Operators: who is on duty at the desk. What a role lets them do is in ``permissions``."""

from __future__ import annotations

from desk.errors import NotFound, PermissionDenied, ValidationError, translate
from desk.models import Operator, db
from desk.services.common import audit
from desk.services.common.permissions import ADMIN, ROLE_NAMES, ROLES, VOLUNTEER, rank, require  # noqa: F401 (re-exported)


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


def add_operator(name: str, role: str = VOLUNTEER, by: Operator | None = None) -> Operator:
    """Add who sits at the desk. The very first operator is added by nobody and is an admin.

    Anyone on duty may add a fellow volunteer (``operator.add_volunteer``); adding staff or an
    admin takes ``operator.manage``.
    """
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
        role = ADMIN
    else:
        require(by, "operator.add_volunteer" if role == VOLUNTEER else "operator.manage")
    with db.atomic():
        op = Operator.create(name=name, role=role)
        # The first operator of a desk adds themselves: the audit row names them, never nobody.
        audit.record(by or op, "operator.add", "operator", op.id, after=audit.snapshot(op))
    return op


def has_role(operator: Operator | None, role: str) -> bool:
    """Old role test, kept for code written before ``permissions``; ask ``permissions.allowed``."""
    return operator is not None and rank(operator.role) >= rank(role)


def require_role(operator: Operator | None, role: str) -> None:
    """Old role check, kept for code written before ``permissions``: use ``require(operator, name)``."""
    if not has_role(operator, role):
        raise PermissionDenied(
            translate("DeskError", "This needs the {0} role; ask a staff member or the administrator."),
            ROLE_NAMES[role],
        )


def operator_for_command(name: str = "") -> Operator | None:
    """Who a command-line task acts as: the named active operator, else the first admin.

    Running a command needs access to the PC's data folder, which is the trust the desk gives it.
    """
    if name:
        return Operator.select().where((Operator.active == True) & (Operator.name == name)).first()  # noqa: E712
    return first_admin()


def first_admin() -> Operator | None:
    """The desk's first active administrator (the smoke test and command-line tasks act as them)."""
    return (Operator.select().where((Operator.active == True) & (Operator.role == "admin"))  # noqa: E712
            .order_by(Operator.id).first())
