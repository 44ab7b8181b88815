"""One way for a screen to run a service operation and show its refusal.

    result = run_op(self, gifts.hand_out, campaign_id, person_id, self.ctx.operator)
    if result is None:
        return  # refused: the volunteer has seen why, nothing changed

A ``DeskError`` is shown as a plain message in the volunteer's language; anything else goes
to the apology box with the log path. Operations return a result object (never None) on success.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtWidgets import QWidget

from desk.errors import DeskError
from desk.services.common.permissions import allowed
from desk.ui.errors import show_error

T = TypeVar("T")


def run_op(parent: QWidget | None, operation: Callable[..., T], *args, **kwargs) -> T | None:
    try:
        return operation(*args, **kwargs)
    except DeskError as exc:
        show_error(parent, exc)
        return None


def may(ctx_or_operator, permission: str) -> bool:
    """May the operator on duty do ``permission``? For hiding and disabling controls."""
    operator = getattr(ctx_or_operator, "operator", ctx_or_operator)
    return allowed(operator, permission)
