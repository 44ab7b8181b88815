"""The operators' set-up (Desk → Operators…): who may sign in, with which role and PIN.

Only an administrator (``operator.manage``) adds staff and administrators, changes a role,
resets someone's PIN, deactivates or reactivates an operator. Anyone on duty may add a fellow
*volunteer* (``operator.add_volunteer``): a new volunteer on a Sunday shift gets a name and a
PIN of their own instead of borrowing someone else's, so every record still names who did it;
the administrator sees who added whom in the audit log and can deactivate them.

Every new operator gets a PIN when added through here. (``accounts.add_operator`` still
makes an operator without one, for tests and the demo; such an operator chooses a PIN at the
first sign-in.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desk.config import Settings
from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Operator, PinGuard
from desk.services.common import accounts, audit
from desk.services.common.inputs import checked
from desk.services.common.permissions import ADMIN, ROLES, VOLUNTEER, allowed, require
from desk.services.safety import access, pins

IDLE_LOCK_MAX_MINUTES = 240


@dataclass(frozen=True)
class OperatorRow:
    """One line of the operators' list."""

    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    wait_seconds: int
    created_at: dt.datetime


def operator_rows(at: dt.datetime | None = None) -> list[OperatorRow]:
    """Every operator, active first, then by name."""
    now = at or dt.datetime.now()
    guards = {g.operator_id: g for g in PinGuard.select()}
    rows = [
        OperatorRow(op.id, op.name, op.role, bool(op.active), access.has_pin(op),
                    access._seconds_left(guards.get(op.id), now), op.created_at)
        for op in Operator.select().order_by(Operator.name)
    ]
    return sorted(rows, key=lambda r: not r.active)


def _fresh(by: Operator | None) -> Operator | None:
    """``by`` as the database has it now: a role lowered or an operator deactivated since they
    signed in counts at once."""
    return Operator.get_or_none(Operator.id == by.id) if by is not None else None


def _get(operator_id: int) -> Operator:
    op = Operator.get_or_none(Operator.id == operator_id)
    if op is None:
        raise NotFound(translate("DeskError", "Operator {0} does not exist."), operator_id)
    return op


def add_first_admin(name: str, pin: str) -> Operator:
    """The first start of a desk: the first operator is its administrator, with a PIN."""
    if Operator.select().exists():
        raise Conflict(translate("DeskError", "This desk already has operators; an administrator adds new ones."))
    stored = pins.hash_pin(pins.check_rules(pin))
    with write():
        op = accounts.add_operator(name, ADMIN)
        Operator.update(pin_hash=stored).where(Operator.id == op.id).execute()
        audit.record(op, "operator.pin_set", "operator", op.id, after={"pin_state": "set"})
    return Operator.get_by_id(op.id)


@checked
def add_operator(name: str, role: str, pin: str, by: Operator) -> Operator:
    """Add an operator with their PIN (typed by the new operator themselves, twice, in the window)."""
    if role not in ROLES:
        raise ValidationError(translate("DeskError", "Unknown role: {0}."), role)
    by = require(_fresh(by), "operator.add_volunteer" if role == VOLUNTEER else "operator.manage")
    stored = pins.hash_pin(pins.check_rules(pin))
    with write():
        op = accounts.add_operator(name, role, by=by)
        Operator.update(pin_hash=stored).where(Operator.id == op.id).execute()
        audit.record(by, "operator.pin_set", "operator", op.id, after={"pin_state": "set"})
    return Operator.get_by_id(op.id)


@checked
def reset_pin(operator_id: int, new_pin: str, by: Operator) -> Operator:
    """An administrator gives an operator a new PIN (they forgot it) and clears their wait."""
    by = require(_fresh(by), "operator.manage")
    op = _get(operator_id)
    stored = pins.hash_pin(pins.check_rules(new_pin))
    with write():
        access._store_pin(op, stored, by, "reset")
    return Operator.get_by_id(op.id)


def _keep_an_admin(op: Operator, new_role: str | None = None) -> None:
    """The desk always keeps an active operator who may manage operators (an administrator).

    ``op`` is about to be deactivated (``new_role`` None) or to get ``new_role``.
    """
    if not (op.active and allowed(op, access.KEEPER)):
        return
    if new_role is not None and allowed(Operator(role=new_role, active=True), access.KEEPER):
        return
    if not any(other.id != op.id for other in access.keepers()):
        raise Conflict(
            translate("DeskError", "{0} is the last administrator: make someone else administrator first."), op.name
        )


@checked
def change_role(operator_id: int, role: str, by: Operator) -> Operator:
    """Raise or lower an operator's role; the desk always keeps one active administrator."""
    by = require(_fresh(by), "operator.manage")
    if role not in ROLES:
        raise ValidationError(translate("DeskError", "Unknown role: {0}."), role)
    with write():
        op = _get(operator_id)
        if role == op.role:  # nothing to change
            return op
        _keep_an_admin(op, role)
        before = {"role": op.role}
        Operator.update(role=role).where(Operator.id == op.id).execute()
        audit.record(by, "operator.role", "operator", op.id, before=before, after={"role": role})
    return Operator.get_by_id(operator_id)


@checked
def deactivate(operator_id: int, by: Operator) -> Operator:
    """The operator can no longer sign in; their records keep their name."""
    by = require(_fresh(by), "operator.manage")
    with write():
        op = _get(operator_id)
        if op.id == by.id:
            raise Conflict(translate("DeskError", "You cannot deactivate yourself while on duty."))
        if not op.active:
            return op
        _keep_an_admin(op)
        Operator.update(active=False).where(Operator.id == op.id).execute()
        audit.record(by, "operator.deactivate", "operator", op.id, before={"active": True}, after={"active": False})
    return Operator.get_by_id(operator_id)


@checked
def reactivate(operator_id: int, by: Operator) -> Operator:
    by = require(_fresh(by), "operator.manage")
    with write():
        op = _get(operator_id)
        if op.active:
            return op
        Operator.update(active=True).where(Operator.id == op.id).execute()
        audit.record(by, "operator.reactivate", "operator", op.id, before={"active": False}, after={"active": True})
    return Operator.get_by_id(operator_id)


@checked
def set_idle_lock(settings: Settings, data_dir: Path, minutes: int, by: Operator) -> int:
    """After how many idle minutes the window locks (0: never). Saved in the desk's settings, audited."""
    by = require(_fresh(by), "desk.idle_lock")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= IDLE_LOCK_MAX_MINUTES:
        raise ValidationError(
            translate("DeskError", "The idle lock is 0 (never) to {0} minutes."), IDLE_LOCK_MAX_MINUTES
        )
    old = settings.idle_lock_minutes
    if old == minutes:
        return minutes
    with write():
        audit.record(by, "settings.idle_lock", "settings", None,
                     before={"idle_lock_minutes": old}, after={"idle_lock_minutes": minutes})
        settings.idle_lock_minutes = minutes
        try:
            settings.save(data_dir)
        except OSError as exc:
            settings.idle_lock_minutes = old
            raise ValidationError(translate("DeskError", "Could not save the settings: {0}"), exc.strerror or str(exc))
    return minutes
