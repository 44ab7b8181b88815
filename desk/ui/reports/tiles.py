"""The dashboard's headline tiles: one big number each, with the change against last year."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk.services.figures.headline import Headline

# Tile titles by headline key (marked for lupdate; translated when shown).
_SOURCE = {
    "person_times": QT_TRANSLATE_NOOP("ReportTiles", "Service person-times"),
    "people": QT_TRANSLATE_NOOP("ReportTiles", "Distinct visitors"),
    "shares": QT_TRANSLATE_NOOP("ReportTiles", "Gift shares handed out"),
    "points_awarded": QT_TRANSLATE_NOOP("ReportTiles", "Points awarded"),
    "wishes_fulfilled": QT_TRANSLATE_NOOP("ReportTiles", "Wishes fulfilled"),
    "hazard_reports": QT_TRANSLATE_NOOP("ReportTiles", "Hazard reports"),
    "people_helped": QT_TRANSLATE_NOOP("ReportTiles", "Elderly and children helped"),
    "events": QT_TRANSLATE_NOOP("ReportTiles", "Events held"),
}


def tile_title(key: str) -> str:
    return QCoreApplication.translate("ReportTiles", _SOURCE.get(key, key))


class Tile(QFrame):
    """A clickable tile; Enter or a click asks for the records behind it."""

    opened = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(tile_title(key), self)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(self)
        self.change.setObjectName("tileChange")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        self.setToolTip(self.tr("Click or press Enter to see the records behind this figure."))

    def show_headline(self, h: Headline) -> None:
        self.value.setText(f"{h.value:,}")
        if h.change is None:
            self.change.setText(self.tr("last year: {0}").format(f"{h.last_year:,}"))
            self.change.setStyleSheet("")
        else:
            pct = round(h.change * 100)
            arrow = "▲" if pct > 0 else ("▼" if pct < 0 else "＝")
            self.change.setText(self.tr("{0} {1}% on last year ({2})").format(arrow, abs(pct), f"{h.last_year:,}"))
            self.change.setStyleSheet("color: #2e7d32;" if pct >= 0 else "color: #c62828;")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.key)
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        self.columns = columns
        self.tiles: dict[str, Tile] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_headlines(self, headlines: list[Headline]) -> None:
        for i, h in enumerate(headlines):
            tile = self.tiles.get(h.key)
            if tile is None:
                tile = Tile(h.key, self)
                tile.opened.connect(self.opened)
                self.tiles[h.key] = tile
                self._layout.addWidget(tile, i // self.columns, i % self.columns)
            tile.show_headline(h)
