"""Backing up the desk's database from the window: one consistent copy, checked, through
``desk.db.backup_file`` (SQLite's online backup API), like the command line and the upgrade step.

Safe to run on a worker thread: it reads no model, and the copy opens its own connections, so a
window that keeps checking riders in meanwhile loses nothing (committed writes still in the WAL
are in the copy).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desk import models
from desk.db import backup_file, sqlite_file
from desk.errors import ValidationError, translate
from desk.models import Operator
from desk.services.common.permissions import require
from desk.services.common.inputs import checked

FOLDER = "backups"


@dataclass(frozen=True)
class BackupResult:
    path: Path  # where the copy is
    size: int  # bytes
    at: dt.datetime


def database_file() -> Path:
    """The SQLite file the desk writes to; a server database is backed up by its own tools."""
    path = sqlite_file(models.db.obj.database) if models.db.obj is not None else None
    if path is None or not path.exists():
        raise ValidationError(translate("DeskError", "Only a database file on this PC can be backed up from the desk."))
    return path


def default_target(at: dt.datetime | None = None) -> Path:
    """``<data folder>/backups/desk-YYYYMMDD-HHMMSS.db``, beside the database."""
    source = database_file()
    at = at or dt.datetime.now()
    return source.parent / FOLDER / f"{source.stem}-{at:%Y%m%d-%H%M%S}{source.suffix}"


@checked
def back_up(operator: Operator, target: str | Path | None = None) -> BackupResult:
    """Copy the database to ``target`` (default: the data folder's backups); the copy is checked."""
    require(operator, "backup.make")
    source = database_file()
    path = Path(target) if target else default_target()
    try:
        if path.exists() and path.resolve() == source.resolve():
            raise ValidationError(translate("DeskError", "Choose another file: this is the database itself."))
        backup_file(source, path)
    except (OSError, sqlite3.Error) as exc:
        raise ValidationError(translate("DeskError", "The backup could not be written to {0}: {1}"), str(path),
                              getattr(exc, "strerror", None) or str(exc)) from None
    return BackupResult(path=path, size=path.stat().st_size, at=dt.datetime.now())
