"""One checkbox per service of the catalog; Alt+1…Alt+9 toggle them from the keyboard."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from desk.models import ServiceType
from desk.services.common import catalogs


class ServicesPanel(QGroupBox):
    def __init__(self, english: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Services used (Alt+number)"))
        self.english = english
        self.boxes: dict[int, QCheckBox] = {}
        self._grid = QGridLayout(self)
        self._shortcuts: list[QShortcut] = []
        self.reload()

    def reload(self) -> None:
        checked = self.checked_ids()
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setParent(None)
        self.boxes.clear()
        self._shortcuts.clear()
        services: list[ServiceType] = catalogs.services()
        for i, service in enumerate(services):
            label = service.name_en if self.english and service.name_en else service.name
            label = label.replace("&", "&&")  # a literal ampersand, not a mnemonic
            box = QCheckBox(f"{i + 1}  {label}" if i < 9 else label, self)
            box.setObjectName(f"service_{service.code}")
            box.setChecked(service.id in checked)
            self.boxes[service.id] = box
            self._grid.addWidget(box, i // 2, i % 2)
            if i < 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{i + 1}"), self.window())
                shortcut.activated.connect(box.toggle)
                self._shortcuts.append(shortcut)

    def checked_ids(self) -> list[int]:
        return [sid for sid, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, service_ids: list[int]) -> None:
        wanted = set(service_ids)
        for sid, box in self.boxes.items():
            box.setChecked(sid in wanted)
