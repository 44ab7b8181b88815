"""Show and print only what the task needs (Personal Information Protection Law)."""

from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    """138****1234; empty for no phone."""
    if not phone:
        return ""
    if len(phone) < 7:
        return "*" * len(phone)
    return f"{phone[:3]}****{phone[-4:]}"


def mask_name(name: str) -> str:
    """张** for lists that leave the station (e.g. a public leaderboard)."""
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)
