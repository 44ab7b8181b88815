"""Chinese fonts: ask for a Simplified-Chinese face by name, never let Qt fall back to a JP face."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

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


class _ScaledFont(QObject):
    """Keeps a widget's text a fixed factor of its parent's, also after View → Larger text."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        # A widget given its own font no longer follows the application's; its parent does,
        # and tells us with a FontChange.
        parent = widget.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        parent = self.widget.parentWidget()
        font = QFont(parent.font() if parent is not None else QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.factor)
        if self.bold:
            font.setBold(True)
        self.widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Show ``widget``'s text ``factor`` times as big as the text around it, now and when the size changes.

    Use this, not ``setFont()`` with a computed size: such a font keeps its size for good.
    """
    _ScaledFont(widget, factor, bold)
