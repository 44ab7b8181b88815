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


# Two-character surnames: 欧阳娜 is 欧阳女士, not 欧女士.
COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯", "司徒",
    "端木", "西门", "独孤", "南宫", "轩辕", "申屠", "呼延", "澹台", "公冶", "太史", "闻人", "赫连", "万俟", "濮阳",
))
# How a printed sheet addresses someone it must not name (stored codes → the words printed).
COURTESIES = {"shifu": "师傅", "nvshi": "女士"}
ANONYMOUS = "一位骑手"


def surname(name: str) -> str:
    """The surname of a Chinese name (欧阳娜 → 欧阳, 张阳 → 张); a latin name's first letter."""
    name = (name or "").strip()
    if not name:
        return ""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    first = name[0]
    return first.upper() if first.isascii() else first


def courtesy_name(name: str, courtesy: str = "shifu", *, anonymised: bool = False) -> str:
    """张阳 → 张师傅 (or 张女士): enough for a wall sheet, no full name."""
    if anonymised or not (name or "").strip():
        return ANONYMOUS
    return surname(name) + COURTESIES.get(courtesy, COURTESIES["shifu"])
