"""The reason a volunteer gives when voiding, reversing or correcting: one rule for every duty."""

from __future__ import annotations

from desk.errors import ValidationError, translate

REASON_MAX = 200  # the void_reason / reason columns hold 200 characters


def optional_reason(text: str | None, limit: int = REASON_MAX) -> str:
    """The reason stripped; refused when longer than ``limit``. Empty is allowed."""
    reason = (text or "").strip()
    if len(reason) > limit:
        raise ValidationError(translate("DeskError", "A reason can be at most {0} characters."), limit)
    return reason


def required_reason(text: str | None, missing: str, limit: int = REASON_MAX) -> str:
    """As ``optional_reason``, but an empty reason raises ``missing`` (a marked DeskError template)."""
    reason = optional_reason(text, limit)
    if not reason:
        raise ValidationError(missing)
    return reason
