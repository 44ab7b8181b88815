"""What every tab needs to know: who is on duty, the settings, the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.config import Settings
from desk.models import Operator


@dataclass
class DeskContext:
    operator: Operator
    settings: Settings
    data_dir: Path
    demo: bool = False

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)
