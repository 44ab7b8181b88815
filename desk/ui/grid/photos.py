"""Photo thumbnails: decoded at thumbnail size (a 12-megapixel phone photo never loads whole)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

THUMB = QSize(96, 96)


def thumbnail(path: Path | str, size: QSize = THUMB) -> QPixmap:
    """The picture scaled into ``size`` while it is decoded; an empty pixmap if it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos lie on their side without their EXIF turn
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(path.name)
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1200, 800)
        label.setPixmap(thumbnail(path, QSize(int(screen.width() * 0.8), int(screen.height() * 0.8))))
        QVBoxLayout(self).addWidget(label)


class PhotoStrip(QWidget):
    """A row of thumbnails; a click opens the photo large. ``remove_requested`` for unsaved ones."""

    remove_requested = Signal(int)  # the index of a photo not yet saved

    def __init__(self, parent: QWidget | None = None, removable: bool = False) -> None:
        super().__init__(parent)
        self.removable = removable
        self.paths: list[Path] = []
        self.inner = QWidget(self)
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.inner)
        scroll.setWidgetResizable(True)
        scroll.setFixedHeight(THUMB.height() + 26)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.hide()  # shown once there is a photo

    def set_paths(self, paths: list[Path]) -> None:
        while self.row.count() > 1:
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.paths = list(paths)
        self.setVisible(bool(self.paths))
        for i, path in enumerate(self.paths):
            button = QToolButton(self.inner)
            button.setIcon(thumbnail(path))
            button.setIconSize(THUMB)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Click to see it large") if not self.removable
                              else self.tr("Click to see it large; right-click to take it out"))
            button.clicked.connect(lambda _=False, p=path: PhotoViewer(p, self).exec())
            if self.removable:
                button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                button.customContextMenuRequested.connect(lambda _pos, i=i: self.remove_requested.emit(i))
            self.row.insertWidget(self.row.count() - 1, button)
