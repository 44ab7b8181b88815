"""Chinese fonts: ask for a Simplified-Chinese face by name, never let Qt fall back to a JP face.

Screens use the best SC face the machine has. Printed sheets and PDFs use the bundled
WenQuanYi Micro Hei first, whatever the machine has: Qt's PDF writer builds a PDF's text layer
(what copy, search and ``pdftotext`` read) by looking each glyph up in the font's cmap and
taking the lowest code point that maps to it. Noto Sans CJK / Source Han Sans map Kangxi
radicals to the same glyphs as the everyday ideographs, so 人 comes back as ⼈ (U+2F08), 日 as
⽇; and their Latin digits are shaped to glyphs outside the cmap, so "Page 1 of 3" reads
"Page of". The bundled face maps every glyph back to exactly one character.
"""

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
PRINT_FAMILY = "WenQuanYi Micro Hei"  # the bundled face, see the module docstring
BASE_POINT_SIZE = 11
LARGE_POINT_SIZE = 14
PRINT_POINT_SIZE = 10

_bundled: list[str] = []
_bundled_loaded: list[bool] = []


def bundled_families() -> list[str]:
    """Load the fonts shipped in resources/fonts (once, about 2 ms) and return their families."""
    if not _bundled_loaded:
        folder = RESOURCES / "fonts"
        for path in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _bundled.extend(QFontDatabase.applicationFontFamilies(font_id))
        _bundled_loaded.append(True)
    return list(_bundled)


_chosen: list[str | None] = []


def chinese_family() -> str | None:
    """The first SC family the machine has, counting the bundled one (so every machine has one)."""
    if not _chosen:
        bundled_families()
        _chosen.append(_first_available())
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


def print_families() -> list[str]:
    """The faces printed text asks for: the bundled one, then the screen's for what it lacks."""
    families = [PRINT_FAMILY] if PRINT_FAMILY in bundled_families() else []
    screen = chinese_family()
    if screen and screen not in families:
        families.append(screen)
    return families


def family_for_print() -> QFont:
    font = QFont()
    families = print_families()
    if families:
        font.setFamilies(families)
    font.setPointSize(PRINT_POINT_SIZE)
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
