"""The grid duty's words: report states, who was helped, how a help ended, how a place is written."""

from __future__ import annotations

from desk.errors import ValidationError, translate

# --- report states -----------------------------------------------------------------------------
REPORTED = "reported"
DISPATCHED = "dispatched"
RESOLVED = "resolved"
NOT_CONFIRMED = "not_confirmed"
DUPLICATE = "duplicate"

STATES = {
    REPORTED: translate("Term", "reported"),
    DISPATCHED: translate("Term", "dispatched"),
    RESOLVED: translate("Term", "resolved"),
    NOT_CONFIRMED: translate("Term", "not confirmed"),
    DUPLICATE: translate("Term", "duplicate"),
}
OPEN_STATES = (REPORTED, DISPATCHED)
CLOSED_STATES = (NOT_CONFIRMED, DUPLICATE)

# --- help records ------------------------------------------------------------------------------
ELDERLY = "elderly"
CHILD = "child"
HELPED_KINDS = {
    ELDERLY: translate("Term", "elderly person"),
    CHILD: translate("Term", "child"),
}
# The points rule a confirmed help earns, by who was helped.
HELP_RULES = {ELDERLY: "help_elderly", CHILD: "help_child"}

OUTCOMES = {
    "taken_home": translate("Term", "taken home"),
    "handed_to_family": translate("Term", "handed to family"),
    "handed_to_community": translate("Term", "handed to the community"),
    "police_called": translate("Term", "police called"),
}

# Source types on the points ledger (one report; one helper's part in a help).
REPORT_SOURCE = "hazard_report"
HELP_SOURCE = "help_record"


def format_place(building: int | None, unit: int | None, floor: int | None, text: str = "") -> str:
    """A place as the community writes it: 3号楼2单元4层, then any free text (stored data, Chinese)."""
    parts = []
    if building:
        parts.append(f"{building}号楼")
    if unit:
        parts.append(f"{unit}单元")
    if floor is not None and floor != 0:
        parts.append(f"{floor}层" if floor > 0 else f"地下{-floor}层")
    where = "".join(parts)
    text = (text or "").strip()
    return f"{where} {text}".strip() if where and text else where or text


def capped(value: str | None, limit: int, what: str) -> str:
    """Free text of a report or a help record, trimmed; longer than ``limit`` is refused, not cut."""
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(translate("DeskError", "{0} can be at most {1} characters."), what, limit)
    return value
