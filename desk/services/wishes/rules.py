"""The micro-wish state machine, written once: the states, the allowed steps and who may take them.

    awaiting review ──approve──▶ open ──claim──▶ claimed ──fulfil──▶ fulfilled
          │                      ▲  │            │  ▲                    │
          ├──decline──▶ declined │  │            │  └────────undo────────┘
          └──withdraw─▶ withdrawn◀──┘  ◀─release─┘

Every operation in ``board`` asks ``check(wish_status, action)`` before it writes; the UI asks
``actions(status, operator)`` to offer only the steps the operator may take now. Also here:
the input rules (text limits, dates, value) every step shares.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from desk.errors import Conflict, ValidationError, translate
from desk.models import Operator
from desk.services.common.permissions import allowed

AWAITING, OPEN, CLAIMED, FULFILLED, DECLINED, WITHDRAWN = (
    "awaiting", "open", "claimed", "fulfilled", "declined", "withdrawn")
# In board order; the last two are shown behind a filter.
STATES = {
    AWAITING: translate("Term", "awaiting review"),
    OPEN: translate("Term", "open for claims"),
    CLAIMED: translate("Term", "claimed"),
    FULFILLED: translate("Term", "fulfilled"),
    DECLINED: translate("Term", "declined"),
    WITHDRAWN: translate("Term", "withdrawn"),
}
BOARD_STATES = (AWAITING, OPEN, CLAIMED, FULFILLED)
CLOSED_STATES = (DECLINED, WITHDRAWN)

APPROVE, DECLINE, CLAIM, RELEASE, FULFIL, UNDO, WITHDRAW = (
    "approve", "decline", "claim", "release", "fulfil", "undo", "withdraw")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[str, ...]
    target: str
    permission: str
    name: str  # a Term: what the step is called in a message ("claim", "undo the fulfilment")


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    Transition(APPROVE, (AWAITING,), OPEN, "wish.review", translate("Term", "approve")),
    Transition(DECLINE, (AWAITING,), DECLINED, "wish.review", translate("Term", "decline")),
    Transition(CLAIM, (OPEN,), CLAIMED, "wish.claim", translate("Term", "claim")),
    Transition(RELEASE, (CLAIMED,), OPEN, "wish.claim", translate("Term", "release the claim")),
    Transition(FULFIL, (CLAIMED,), FULFILLED, "wish.fulfil", translate("Term", "record as fulfilled")),
    Transition(UNDO, (FULFILLED,), CLAIMED, "wish.undo", translate("Term", "undo the fulfilment")),
    Transition(WITHDRAW, (AWAITING, OPEN), WITHDRAWN, "wish.withdraw", translate("Term", "withdraw")),
)}


def check(status: str, action: str) -> Transition:
    """The transition ``action`` from ``status``, or ``Conflict`` saying which state it needs."""
    step = TRANSITIONS[action]
    if status in step.sources:
        return step
    needed = [STATES[s] for s in step.sources]
    if len(needed) == 1:
        raise Conflict(translate("DeskError", "This wish is {0}; it can {1} only when it is {2}."),
                       STATES.get(status, status), step.name, needed[0])
    raise Conflict(translate("DeskError", "This wish is {0}; it can {1} only when it is {2} or {3}."),
                   STATES.get(status, status), step.name, needed[0], needed[1])


def actions(status: str, operator: Operator | None) -> list[str]:
    """The steps ``operator`` may take on a wish in ``status``, in the state machine's order."""
    return [t.action for t in TRANSITIONS.values() if status in t.sources and allowed(operator, t.permission)]


def is_legal(status: str) -> bool:
    return status in STATES


# --- input rules -------------------------------------------------------------------------------

WHAT_MAX = 200
TEXT_MAX = 200
VALUE_MAX = 10_000  # yuan: a micro-wish is small; a bigger figure is a typing slip
WANTED_AHEAD_DAYS = 366 * 2
PROMISE_AHEAD_DAYS = 366
_SPACE = re.compile(r"\s+")


def clean_text(text: str | None, limit: int, too_long: str) -> str:
    """Strip control characters (a scanner's stray codes, pasted tabs), squeeze spaces, check the length."""
    raw = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in (text or ""))
    # Format characters (zero-width spaces, direction marks) are invisible on screen and paper.
    raw = "".join(ch for ch in raw if unicodedata.category(ch) != "Cf")
    cleaned = _SPACE.sub(" ", raw).strip()
    if len(cleaned) > limit:
        raise ValidationError(too_long, limit)
    return cleaned


def clean_what(text: str | None) -> str:
    what = clean_text(text, WHAT_MAX, translate("DeskError", "A wish can be at most {0} characters."))
    if not what:
        raise ValidationError(translate("DeskError", "Please write what the rider wishes for."))
    return what


def clean_reason(text: str | None, missing: str) -> str:
    reason = clean_text(text, TEXT_MAX, translate("DeskError", "A reason can be at most {0} characters."))
    if not reason:
        raise ValidationError(missing)
    return reason


def clean_value(value: object) -> int | None:
    """Estimated value in whole yuan; empty is allowed."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip()) if not isinstance(value, (int, float)) else float(value)
    except ValueError:
        raise ValidationError(translate("DeskError", "The value must be a number of yuan.")) from None
    if number != number or number < 0:  # NaN or negative
        raise ValidationError(translate("DeskError", "The value cannot be negative."))
    if number > VALUE_MAX:
        raise ValidationError(translate("DeskError", "A micro-wish is worth at most {0} yuan; check the value."),
                              VALUE_MAX)
    return int(round(number))


def as_date(value: object, label_missing: str | None = None) -> dt.date | None:
    if value is None:
        if label_missing:
            raise ValidationError(label_missing)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValidationError(translate("DeskError", "{0} is not a date."), str(value))


def check_time(at: dt.datetime, not_before: dt.datetime | None = None) -> dt.datetime:
    """A step's time: not in the future, not before the wish's earlier steps."""
    from desk.models import now

    if at > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "A step of a wish cannot be dated in the future."))
    if not_before is not None and at < not_before:
        raise ValidationError(
            translate("DeskError", "A step of a wish cannot be dated before the step it follows ({0})."),
            not_before.strftime("%Y-%m-%d %H:%M"))
    return at
