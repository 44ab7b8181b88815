"""Signing in: the PIN check, the wait after wrong PINs, the first PIN of an upgraded desk.

Wrong PINs: the first ``FREE_TRIES`` (3) in a row cost nothing; from the third on, each one
makes that operator wait 30 s, then 1, 2, 4, 8 and at most 15 minutes. While waiting, a PIN is
not even checked. The count is per operator and kept in the database (``PinGuard``), so
restarting the desk does not reset it; a right PIN, or a PIN reset, clears it.

An operator without a PIN (a desk upgraded from a version without PINs, or a first admin
made by ``desk import-people``) sets one at their first sign-in. While no active administrator
has a PIN, only administrators can sign in: the person who upgrades the desk claims the
administrator's account first, and from then on every operator has a PIN or is asked for one.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from desk.db import write
from desk.errors import Conflict, NotFound, PermissionDenied, translate
from desk.models import Operator, PinGuard
from desk.services.common import audit
from desk.services.common.inputs import checked
from desk.services.common.permissions import allowed, require
from desk.services.safety import pins

FREE_TRIES = 3
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60


def wait_after(failures: int) -> int:
    """Seconds an operator waits after ``failures`` wrong PINs in a row (0 for the free tries)."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_S * 2 ** min(failures - FREE_TRIES, 10), MAX_WAIT_S)


class WrongPin(PermissionDenied):
    """The PIN did not match. ``tries_left`` free tries remain; ``wait_seconds`` before the next."""

    def __init__(self, template: str, *args, tries_left: int = 0, wait_seconds: int = 0) -> None:
        super().__init__(template, *args)
        self.tries_left = tries_left
        self.wait_seconds = wait_seconds


class PinWait(PermissionDenied):
    """Too many wrong PINs: no PIN is checked for ``seconds`` more."""

    def __init__(self, template: str, *args, seconds: int = 0) -> None:
        super().__init__(template, *args)
        self.seconds = seconds


class PinNotSet(Conflict):
    """The operator has no PIN yet: they choose one (``set_first_pin``)."""


@dataclass(frozen=True)
class SignInChoice:
    """One name the sign-in offers."""

    id: int
    name: str
    role: str
    has_pin: bool
    wait_seconds: int


def _now(at: dt.datetime | None) -> dt.datetime:
    return at if at is not None else dt.datetime.now()


def _active(operator_id: int) -> Operator:
    op = Operator.get_or_none(Operator.id == operator_id)
    if op is None:
        raise NotFound(translate("DeskError", "Operator {0} does not exist."), operator_id)
    if not op.active:
        raise PermissionDenied(
            translate("DeskError", "{0} no longer signs in at this desk; ask the administrator."), op.name
        )
    return op


def has_pin(operator: Operator) -> bool:
    return bool(operator.pin_hash)


# Who keeps the desk (adds operators, resets PINs): the administrators, as the permission table says.
KEEPER = "operator.manage"


def keepers() -> list[Operator]:
    """The active operators who may manage operators (the administrators)."""
    return [op for op in Operator.select().where(Operator.active == True) if allowed(op, KEEPER)]  # noqa: E712


def admins_must_set_pin_first() -> bool:
    """True while there are active administrators and none of them has a PIN (an upgraded desk)."""
    admins = keepers()
    return bool(admins) and not any(has_pin(op) for op in admins)


def _seconds_left(guard: PinGuard | None, now: dt.datetime) -> int:
    if guard is None or guard.wait_until is None or guard.wait_until <= now:
        return 0
    # A clock set back must not turn 30 seconds into a day.
    return min(math.ceil((guard.wait_until - now).total_seconds()), MAX_WAIT_S)


def wait_left(operator_id: int, at: dt.datetime | None = None) -> int:
    """Seconds before ``operator_id`` may try a PIN again (0: now)."""
    return _seconds_left(PinGuard.get_or_none(PinGuard.operator == operator_id), _now(at))


def choices(at: dt.datetime | None = None) -> list[SignInChoice]:
    """Who may sign in, by name (only administrators while they must set their PIN first)."""
    now = _now(at)
    found = list(Operator.select().where(Operator.active == True).order_by(Operator.name))  # noqa: E712
    if admins_must_set_pin_first():
        found = [op for op in found if allowed(op, KEEPER)]
    guards = {g.operator_id: g for g in PinGuard.select()}
    return [SignInChoice(op.id, op.name, op.role, has_pin(op), _seconds_left(guards.get(op.id), now)) for op in found]


def _refuse_while_waiting(op: Operator, now: dt.datetime) -> None:
    left = wait_left(op.id, now)
    if left:
        raise PinWait(
            translate("DeskError", "Too many wrong PINs for {0}. Wait {1} seconds, then try again."),
            op.name, left, seconds=left,
        )


def sign_in(operator_id: int, pin: str, at: dt.datetime | None = None) -> Operator:
    """The operator, if ``pin`` is theirs; else ``WrongPin`` / ``PinWait`` / ``PinNotSet``.

    A wrong PIN is written down (that is the point), so unlike other operations a refusal
    here does change the database: the operator's ``PinGuard``.
    """
    op = _active(operator_id)
    now = _now(at)
    _refuse_while_waiting(op, now)
    if not has_pin(op):
        raise PinNotSet(translate("DeskError", "{0} has no PIN yet: choose one now."), op.name)
    # The slow hash runs before the write lock is taken: a second desk process never waits on it.
    ok = pins.verify(pin, op.pin_hash)
    fresh = pins.hash_pin(pin) if ok and pins.needs_rehash(op.pin_hash) else None
    with write():
        guard = PinGuard.get_or_none(PinGuard.operator == op.id)
        if ok:
            if guard is not None and (guard.failures or guard.wait_until):
                guard.failures, guard.wait_until = 0, None
                guard.save()
            if fresh:
                Operator.update(pin_hash=fresh).where(Operator.id == op.id).execute()
        else:
            failures = (guard.failures if guard else 0) + 1
            wait = wait_after(failures)
            until = now + dt.timedelta(seconds=wait) if wait else None
            if guard is None:
                PinGuard.create(operator=op.id, failures=failures, wait_until=until, last_failure_at=now)
            else:
                guard.failures, guard.wait_until, guard.last_failure_at = failures, until, now
                guard.save()
            if wait:
                # Who typed is unknown; the row is filed under the operator whose PIN was tried.
                audit.record(op, "operator.pin_wait", "operator", op.id,
                             after={"wrong_pins": failures, "wait_seconds": wait})
    if ok:
        return Operator.get_by_id(op.id)
    if wait:
        raise WrongPin(
            translate("DeskError", "Wrong PIN for {0}. Wait {1} seconds before the next try."),
            op.name, wait, tries_left=0, wait_seconds=wait,
        )
    left = FREE_TRIES - failures
    raise WrongPin(
        translate("DeskError", "Wrong PIN for {0}. {1} more tries, then the desk makes you wait."),
        op.name, left, tries_left=left,
    )


def _store_pin(op: Operator, stored: str, actor: Operator, state: str, extra: dict | None = None) -> None:
    """Write a new PIN hash, clear the wrong-PIN count, audit without the value. Inside ``write()``."""
    Operator.update(pin_hash=stored).where(Operator.id == op.id).execute()
    PinGuard.update(failures=0, wait_until=None).where(PinGuard.operator == op.id).execute()
    audit.record(actor, f"operator.pin_{state}", "operator", op.id, after={"pin_state": state} | (extra or {}))


def set_first_pin(operator_id: int, pin: str) -> Operator:
    """An operator without a PIN chooses one, and is signed in."""
    op = _active(operator_id)
    if has_pin(op):
        raise Conflict(translate("DeskError", "{0} already has a PIN: type it, or ask the administrator to reset it."),
                       op.name)
    if not allowed(op, KEEPER) and admins_must_set_pin_first():
        raise PermissionDenied(
            translate("DeskError", "The administrator sets a PIN first; ask them to sign in once.")
        )
    stored = pins.hash_pin(pins.check_rules(pin))
    with write():
        # Only if still without a PIN: two windows racing to claim one account, one wins.
        claimed = Operator.update(pin_hash=stored).where(
            (Operator.id == op.id) & (Operator.pin_hash.is_null() | (Operator.pin_hash == ""))
        ).execute()
        if claimed != 1:
            raise Conflict(translate("DeskError", "{0} already has a PIN: type it, or ask the administrator to reset it."),
                           op.name)
        audit.record(op, "operator.pin_set", "operator", op.id, after={"pin_state": "set"})
    return Operator.get_by_id(op.id)


@checked
def change_own_pin(operator: Operator, old_pin: str, new_pin: str) -> Operator:
    """The operator on duty changes their own PIN; the old one is checked (and counted) first."""
    require(operator, "pin.change_own")
    text = pins.check_rules(new_pin)  # a bad new PIN costs no try of the old one
    op = sign_in(operator.id, old_pin)
    stored = pins.hash_pin(text)
    with write():
        _store_pin(op, stored, op, "changed")
    return Operator.get_by_id(op.id)


def reset_pin_from_command_line(name: str, new_pin: str, who: str) -> Operator:
    """``desk reset-pin``: whoever can run commands on the data folder sets a new PIN.

    That access is the proof (it already gives the whole database). Audited under the
    operator whose PIN it is, with ``who`` (user and computer) written down.
    """
    op = Operator.get_or_none(Operator.name == (name or "").strip())
    if op is None:
        raise NotFound(translate("DeskError", "There is no operator named {0}."), name)
    stored = pins.hash_pin(pins.check_rules(new_pin))
    with write():
        _store_pin(op, stored, op, "reset", {"by": "desk reset-pin", "who": who[:80]})
    return Operator.get_by_id(op.id)
