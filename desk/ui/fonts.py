"""Chinese fonts: ask for a Simplified-Chinese face by name, never let Qt fall back to a JP face."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desk.config import RESOURCES

SC_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
)
BASE_POINT_SIZE = 11
LARGE_POINT_SIZE = 14


def _load_bundled() -> None:
    for path in sorted((RESOURCES / "fonts").glob("*.tt[fc]")) + sorted((RESOURCES / "fonts").glob("*.otf")):
        QFontDatabase.addApplicationFont(str(path))


_chosen: list[str | None] = []


def chinese_family() -> str | None:
    """The first SC family the machine has; the bundled one only when it has none (saves start-up time)."""
    if not _chosen:
        family = _first_available()
        if family is None:
            _load_bundled()
            family = _first_available()
        _chosen.append(family)
    return _chosen[0]


def _first_available() -> str | None:
    available = set(QFontDatabase.families())
    return next((f for f in SC_FAMILIES if f in available), None)


def ui_font(large: bool = False) -> QFont:
    font = QFont()
    family = chinese_family()
    if family:
        font.setFamilies([family])
    font.setPointSize(LARGE_POINT_SIZE if large else BASE_POINT_SIZE)
    return font


def family_for_print() -> QFont:
    font = QFont()
    family = chinese_family()
    if family:
        font.setFamilies([family])
    font.setPointSize(10)
    return font
