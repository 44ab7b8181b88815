"""Where the desk keeps its data, and its typed settings.

The data folder holds ``desk.db`` (SQLite), ``settings.json``, ``logs/`` and ``backups/``.
Order of precedence: ``--data-dir`` > ``DESK_DATA_DIR`` > the user's data folder
(``user_data_dir``: per platform, the way Qt's AppDataLocation places it). No Qt here.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import json
import os
import sys
from pathlib import Path
from typing import Mapping

STATION_NAME = "乐享驿站"


def _resources() -> Path:
    """The folder of catalogs, translations and fonts.

    In a checkout (``python -m desk``, an editable install, the tests, tools/) it is the
    top-level ``resources/`` beside the package; several worktrees may share one virtualenv, so
    the checkout's own folder wins over whatever the environment maps. Installed from a wheel or
    an sdist it is the package data ``desk.resources``.
    """
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources" / "catalogs").is_dir():
        return checkout / "resources"
    installed = importlib.resources.files("desk.resources")
    if not isinstance(installed, Path):
        # Qt reads fonts and translations from real files only.
        raise RuntimeError(f"Station Desk must be installed as files, not zipped: {installed}")
    return installed


RESOURCES = _resources()


def user_data_dir(
    platform: str | None = None, environ: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    """The user's data folder for the desk, by the rules of Qt's ``QStandardPaths.AppDataLocation``.

    Windows ``%APPDATA%\\StationDesk``, macOS ``~/Library/Application Support/StationDesk``,
    Linux and the rest ``$XDG_DATA_HOME/station-desk`` (``~/.local/share`` when unset). Written
    out here because config sits below the UI: the command line must not need Qt to find it.
    """
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        appdata = environ.get("APPDATA")
        return (Path(appdata) if appdata else home / "AppData" / "Roaming") / "StationDesk"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "StationDesk"
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "station-desk"


def default_data_dir() -> Path:
    """``DESK_DATA_DIR`` if set, else the user's data folder (see ``user_data_dir``)."""
    env = os.environ.get("DESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    folder = user_data_dir()
    if sys.platform == "darwin" and not folder.exists():
        # Version 0.1 kept a Mac's desk under ~/.local/share: a station that has one keeps it.
        legacy = user_data_dir("linux")
        if (legacy / "desk.db").exists():
            return legacy
    return folder


def demo_data_dir(data_dir: Path) -> Path:
    """The demo database lives beside the real one, never in it."""
    return data_dir / "demo"


def db_path(data_dir: Path) -> Path:
    """The SQLite file of a data folder. Opened as a path: never paste it into a URL."""
    return data_dir / "desk.db"


def db_target(data_dir: Path, db_url: str | None = None) -> "str | Path":
    """What to open: ``--db URL`` > ``DESK_DB_URL`` > the SQLite file in the data folder."""
    url = db_url or os.environ.get("DESK_DB_URL")
    return url if url else db_path(data_dir)


@dataclasses.dataclass
class Settings:
    """Settings of one desk, kept as JSON in the data folder."""

    language: str = "zh_CN"  # zh_CN | en
    large_text: bool = False
    station_name: str = STATION_NAME
    last_operator_id: int | None = None
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    # The window locks after this many minutes without a key or a click (0: never); an admin
    # sets it (desk.services.safety.operators.set_idle_lock).
    idle_lock_minutes: int = 10
    # Where the automatic backups go ("": <data folder>/backups); an admin chooses it, e.g. a USB
    # stick (desk.services.common.backups.set_folder). Here, not in the database: a damaged
    # database must not hide where its backups are.
    backup_folder: str = ""

    @classmethod
    def load(cls, data_dir: Path) -> "Settings":
        path = data_dir / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        try:
            return cls(**values)
        except TypeError:
            return cls()

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / "settings.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
