"""A damaged database at start: a quick check, and the newest good backup offered in its place.

Before, a damaged ``desk.db`` gave the generic apology box, or the desk started and failed tab
by tab. Now the window runs ``quick_check`` before it opens the database; when it fails, it says
so and offers ``newest_good_backup`` with its time (what was recorded after it is lost).
``recover`` never writes over the damaged file: it is renamed ``desk.damaged-YYYYMMDD-HHMMSS.db``
(its ``-wal`` beside it under the same name, so the pair can still be opened by someone who
tries to save more from it) and stays in the data folder; then the backup is installed the way a
restore does it (staged, checked, renames undone on failure). Photos are only added: nothing
of the data folder's photos is taken away.

No permission is asked: with the database damaged nobody can sign in, and the person at the PC
is offered only a checked backup of this same desk; the damaged file is kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desk import config
from desk.db import check_file, open_file
from desk.errors import Conflict, ValidationError, translate
from desk.services.common import backups
from desk.services.common.restore import SIDE_FILES, BackupInfo, _Moves, in_use, inspect_backup, install

log = logging.getLogger(__name__)

# What SQLite says of a damaged file (as opposed to a locked, missing or unreadable one).
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")


@dataclass(frozen=True)
class Recovered:
    backup: BackupInfo
    damaged_kept_as: Path
    photos: int
    photos_missing: int


def quick_check(path: Path) -> str | None:
    """What is wrong with the database file ``path`` (SQLite's quick check), or None when it is fine.

    Read-only (nothing is written into a file that may be damaged, no checkpoint); a database that
    is missing, locked or cannot be opened is not called damaged here: the start goes on and says
    what it meets.
    """
    path = Path(path)
    if not path.is_file():
        return None
    try:
        con = open_file(path, read_only=True)
        try:
            problems = check_file(con, quick=True)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        return text if any(word in text.lower() for word in _DAMAGE_WORDS) else None
    return "; ".join(problems)[:300] or None


def candidates(data_dir: Path, chosen: str = "") -> list[backups.Entry]:
    """Every backup of this desk that could be restored, newest first (the chosen folder and the data folder's)."""
    folders = [backups.backup_folder(data_dir, chosen).path, Path(data_dir) / backups.FOLDER]
    seen: set[Path] = set()
    found: list[backups.Entry] = []
    for folder in folders:
        key = folder.resolve() if folder.exists() else folder
        if key in seen:
            continue
        seen.add(key)
        found += backups.entries(folder)
    return sorted(found, key=lambda e: e.at, reverse=True)


def newest_good_backup(data_dir: Path, chosen: str = "", tries: int = 20) -> BackupInfo | None:
    """The newest backup that passes every check of a restore (a damaged one is passed over)."""
    for entry in candidates(data_dir, chosen)[:tries]:
        try:
            return inspect_backup(entry.path)
        except ValidationError as exc:
            log.warning("backup %s is not usable: %s", entry.path, exc)
    return None


def damaged_name(target: Path, at: dt.datetime) -> Path:
    return target.with_name(f"{target.stem}.damaged-{at:%Y%m%d-%H%M%S}{target.suffix}")


def recover(data_dir: Path, backup: str | Path, at: dt.datetime | None = None) -> Recovered:
    """Set the damaged database aside (renamed, kept) and install ``backup`` in its place.

    ``at`` names the damaged file (the dialog that asked has already said that name)."""
    data_dir, backup = Path(data_dir), Path(backup)
    info = inspect_backup(backup)
    holder = in_use(data_dir)
    if holder:
        raise Conflict(translate(
            "DeskError", "The database is open in another program ({0}). Close it first; nothing was changed."),
            holder)
    target = config.db_path(data_dir)
    kept = damaged_name(target, at or dt.datetime.now())
    moves = _Moves()
    try:
        for suffix in ("",) + SIDE_FILES:
            side = target.with_name(target.name + suffix)
            if side.exists():
                moves.move(side, kept.with_name(kept.name + suffix))
        photos, missing = install(backup, info, data_dir, replace_photos=False)
    except (OSError, sqlite3.Error) as exc:
        moves.undo()
        raise ValidationError(translate(
            "DeskError", "The backup could not be put in place ({0}); the database is as it was."),
            getattr(exc, "strerror", None) or str(exc)) from None
    except BaseException:
        moves.undo()
        raise
    log.warning("damaged database kept as %s; restored %s", kept, backup)
    return Recovered(info, kept, photos, missing)
