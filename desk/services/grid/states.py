"""The report state machine, written once: which action may leave which state, and for where.

    reported ──dispatch──▶ dispatched ──resolve──▶ resolved
        │                      │                      │
        ├──────resolve (without dispatch, said so)────┤
        ├──reject / duplicate──┴──▶ not confirmed / duplicate of #N
        └── a resolved report: reject (a later "not confirmed"), reopen ("not fixed")

``confirm`` (staff say it is real, the reporter earns points) keeps the state. Every operation
in ``reports`` asks ``check(report, action)`` before it writes anything.
"""

from __future__ import annotations

from desk.errors import Conflict, translate
from desk.services.grid.terms import DISPATCHED, DUPLICATE, NOT_CONFIRMED, REPORTED, RESOLVED, STATES

CONFIRM, DISPATCH, RESOLVE, REJECT, MARK_DUPLICATE, REOPEN = (
    "confirm", "dispatch", "resolve", "reject", "duplicate", "reopen")

# action -> (the states it may start from, the state it leads to; None: decided by the action)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    CONFIRM: ((REPORTED, DISPATCHED), None),
    DISPATCH: ((REPORTED, DISPATCHED), DISPATCHED),  # from dispatched: sent to someone else
    RESOLVE: ((REPORTED, DISPATCHED), RESOLVED),
    REJECT: ((REPORTED, DISPATCHED, RESOLVED), NOT_CONFIRMED),
    MARK_DUPLICATE: ((REPORTED, DISPATCHED), DUPLICATE),
    REOPEN: ((RESOLVED, NOT_CONFIRMED, DUPLICATE), None),  # back to dispatched, or reported if never sent
}

ACTION_NAMES = {
    CONFIRM: translate("Term", "confirm it"),
    DISPATCH: translate("Term", "dispatch it"),
    RESOLVE: translate("Term", "resolve it"),
    REJECT: translate("Term", "mark it not confirmed"),
    MARK_DUPLICATE: translate("Term", "mark it a duplicate"),
    REOPEN: translate("Term", "reopen it"),
}


def allowed_actions(state: str, voided: bool = False) -> list[str]:
    """The actions a report in ``state`` offers (the UI enables its buttons from this)."""
    if voided:
        return []
    return [action for action, (sources, _target) in TRANSITIONS.items() if state in sources]


def check(report, action: str) -> str | None:
    """Refuse (``Conflict``) an action the report's state does not allow; return the target state."""
    if report.voided_at is not None:
        raise Conflict(translate("DeskError", "Report #{0} was voided; it cannot change."), report.id)
    sources, target = TRANSITIONS[action]
    if report.state not in sources:
        raise Conflict(translate("DeskError", "Report #{0} is {1}: you cannot {2}."),
                       report.id, STATES.get(report.state, report.state), ACTION_NAMES[action])
    return target
