"""Putting a backup back: checked before anything changes, the current database kept aside, the swap
checked and undone if the result is not right.

The first ``desk restore`` copied whatever file it was given over the database: a backup with
8 KB of garbage in its middle was installed (and the desk then could not start), and a restore
while the window had the database open left a malformed file 3 times out of 3. Now:

1. ``inspect_backup`` opens the file read-only (``immutable``: nothing is written beside it, a
   write-protected USB stick works) and checks it: SQLite's integrity check, the desk's own
   tables, a schema version this program can open. Refused: nothing changed.
2. Nobody else may have the database open (``desk.store.database_in_use``: a desk window's lock,
   SQLite's own lock on the ``-shm`` file); the window restores from inside after closing its
   own connection.
3. The current database and its photos are backed up first (``backups.write_backup``, a safety
   copy ``desk-…-before-restore.db`` that the rotation keeps for 14 days); if that fails, nothing
   changed.
4. The backup and the photos it lists are staged in the data folder (``.restore-…``), the staged
   copy is checked again, then moved into place by renames, each one remembered; the installed
   database is checked (integrity, version, the same counts as the backup). Any failure undoes
   the renames in reverse order, so the old database and photos are back as they were.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desk import config, db, migrations, models
from desk.errors import Conflict, ValidationError, translate
from desk.models import Operator
from desk.services.common import backups, rotation
from desk.services.common.permissions import require

log = logging.getLogger(__name__)

# The tables every Station Desk database has had since its first release.
REQUIRED_TABLES = frozenset({"meta", "operator", "person", "visit", "audit_log"})
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: dt.datetime  # when it was made (its name), else the file's time
    schema_version: int
    people: int
    visits: int
    photos: int  # photos it lists
    size: int


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    kept_as: Path | None  # the safety copy of the database that was replaced
    photos: int  # photos put back
    photos_missing: int  # listed by the backup but found nowhere (their records are back, not the files)


def _refused(path: Path, template: str, *values) -> ValidationError:
    """``template`` starts with ``{0}``, the file's name."""
    return ValidationError(template, path.name, *values)


NEWER = translate(
    "DeskError", "{0} cannot be restored: a newer Station Desk made it; update this one first. Nothing was changed.")
DAMAGED = translate("DeskError", "{0} cannot be restored: the file is damaged ({1}). Nothing was changed.")


def inspect_database(path: Path, con: sqlite3.Connection) -> BackupInfo:
    """Check an open desk database thoroughly; refuse (``ValidationError``) if it is not a good one."""
    try:
        problems = db.check_file(con)
        if problems:
            raise _refused(path, DAMAGED, "; ".join(problems)[:200])
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= tables:
            raise _refused(path, translate(
                "DeskError", "{0} cannot be restored: it is not a Station Desk database. Nothing was changed."))
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row is not None and str(row[0]).isdigit() else 1
        if version > migrations.SCHEMA_VERSION:
            raise _refused(path, NEWER)
        people = con.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        visits = con.execute("SELECT COUNT(*) FROM visit").fetchone()[0]
        photos = (con.execute("SELECT COUNT(*) FROM attachment WHERE removed_at IS NULL").fetchone()[0]
                  if "attachment" in tables else 0)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise _refused(path, DAMAGED, str(exc)) from None
    stamp = rotation.parse(path.name)
    at = stamp.at if stamp else dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return BackupInfo(path, at, version, people, visits, photos, path.stat().st_size)


def inspect_backup(path: str | Path) -> BackupInfo:
    """Open ``path`` read-only and check it is a good Station Desk database this program can open."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("DeskError", "{0} is not a file. Nothing was changed."), str(path))
    try:
        con = db.open_file(path, immutable=True)
    except sqlite3.Error as exc:
        raise _refused(path, DAMAGED, str(exc)) from None
    try:
        return inspect_database(path, con)
    finally:
        con.close()


def _same(info: BackupInfo, other: BackupInfo) -> bool:
    return (info.schema_version, info.people, info.visits, info.photos) == (
        other.schema_version, other.people, other.visits, other.photos)


def check_installed(target: Path, info: BackupInfo) -> None:
    """The database now in place is good and is the backup (the swap did what it should)."""
    con = sqlite3.connect(target)
    try:
        installed = inspect_database(target, con)
    finally:
        con.close()
    if not _same(installed, info):
        raise ValidationError(translate(
            "DeskError", "The restored database did not match the backup; the database is as it was."))


class _Moves:
    """Renames that can be undone in reverse order."""

    def __init__(self) -> None:
        self.done: list[tuple[Path, Path]] = []

    def move(self, source: Path, target: Path) -> None:
        os.replace(source, target)
        self.done.append((source, target))

    def undo(self) -> None:
        for source, target in reversed(self.done):
            try:
                os.replace(target, source)
            except OSError:
                log.exception("could not move %s back to %s", target, source)
        self.done.clear()


def _staging(data_dir: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        folder = data_dir / f".restore-{stamp}" if n == 0 else data_dir / f".restore-{stamp}-{n}"
        try:
            folder.mkdir(parents=True)
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(data_dir / f".restore-{stamp}")


def _stage_photos(staged_db: Path, photo_sources: list[Path], target: Path) -> tuple[int, int]:
    """Copy the photos the staged database lists from the first place that has each one, checked."""
    found = missing = 0
    for name, _size, sha in backups.listed_photos(staged_db):
        if (target / name).is_file() or any(backups.copy_photo(src / name, target / name, sha)
                                            for src in photo_sources):
            found += 1
        else:
            missing += 1
    return found, missing


# Tests replace this to make the installed database look wrong (a swap that must be undone).
after_swap: Callable[[Path, BackupInfo], None] = check_installed


def install(backup: Path, info: BackupInfo, data_dir: Path, replace_photos: bool = True) -> tuple[int, int]:
    """Stage the backup and its photos in the data folder, then swap them in; undone on any failure.

    ``replace_photos``: the attachments folder becomes exactly what the backup lists (the old one
    was kept by the safety copy); without it (a damaged database set aside) photos are only added.
    Returns (photos put back, photos missing). No permission: a file-level step of ``restore``
    and of the damaged-database recovery, which check who may.
    """
    target = config.db_path(data_dir)
    photos_dir = data_dir / backups.PHOTOS
    staging = _staging(data_dir)
    moves = _Moves()
    try:
        staged = staging / target.name
        shutil.copyfile(backup, staged)  # the main file only: a backup is one file
        con = sqlite3.connect(staged)
        try:
            if not _same(inspect_database(backup, con), info):
                raise _refused(backup, translate(
                    "DeskError", "{0} cannot be restored: it changed while it was being read. Nothing was changed."))
        finally:
            con.close()
        sources = [backup.parent / backups.PHOTOS, photos_dir]
        new_photos = staging / backups.PHOTOS if replace_photos else photos_dir
        found, missing = _stage_photos(staged, sources, new_photos)
        old = staging / "old"
        old.mkdir()
        for suffix in SIDE_FILES:
            side = target.with_name(target.name + suffix)
            if side.exists():
                moves.move(side, old / side.name)
        if target.exists():
            moves.move(target, old / target.name)
        if replace_photos:
            if photos_dir.exists():
                moves.move(photos_dir, old / backups.PHOTOS)
            new_photos.mkdir(exist_ok=True)
            moves.move(new_photos, photos_dir)
        moves.move(staged, target)
        after_swap(target, info)
    except BaseException:
        moves.undo()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return found, missing


def finish_interrupted(data_dir: Path) -> list[str]:
    """Tidy up after a restore cut short (a power cut, a kill) between its renames; what was done.

    If the database is missing while a staging folder holds the old one, the old database and
    photos are put back (the desk must never start on an empty database because of a restore);
    otherwise the swap had finished and the staging folder (the old files, kept by the safety
    copy too) is removed.
    """
    target = config.db_path(data_dir)
    done = []
    for staging in sorted(Path(data_dir).glob(".restore-*")):
        old = staging / "old"
        if not target.exists() and (old / target.name).exists():
            for name in [target.name] + [target.name + suffix for suffix in SIDE_FILES] + [backups.PHOTOS]:
                if (old / name).exists() and not (data_dir / name).exists():
                    os.replace(old / name, data_dir / name)
            done.append(f"put back the database from {staging.name}")
        shutil.rmtree(staging, ignore_errors=True)
        done.append(f"removed {staging.name}")
    for line in done:
        log.warning("interrupted restore: %s", line)
    return done


def _bound_to(target: Path) -> bool:
    path = db.sqlite_file(models.db.obj.database) if models.db.obj is not None else None
    try:
        return path is not None and path.resolve() == target.resolve()
    except OSError:
        return False


def in_use(data_dir: Path) -> str | None:
    from desk.store import database_in_use  # the data folder's lock: above the services

    return database_in_use(data_dir)


def restore(operator: Operator, backup: str | Path, data_dir: Path, backup_folder: str = "") -> RestoreResult:
    """Put ``backup`` in place of the data folder's database (admin). The current database is backed up
    first into the backup folder (``backup_folder`` as chosen in the settings). When the desk's own
    session is on that database (the window), its connection is closed first and opened again on
    the restored database afterwards (or on the old one, if the restore was refused or undone)."""
    require(operator, "backup.restore")
    backup, data_dir = Path(backup), Path(data_dir)
    target = config.db_path(data_dir)
    if target.exists() and backup.resolve() == target.resolve():
        raise ValidationError(translate("DeskError", "That is the database itself: choose a backup file."))
    info = inspect_backup(backup)
    bound = _bound_to(target)
    if bound:
        models.db.close()
    try:
        holder = in_use(data_dir)
        if holder:
            raise Conflict(translate(
                "DeskError", "The database is open in another program ({0}). Close it first; nothing was changed."),
                holder)
        kept = None
        if target.exists():
            folder = backups.backup_folder(data_dir, backup_folder).path
            try:
                kept = backups.write_backup(target, folder, label=rotation.SAFETY_LABEL).path
            except (OSError, sqlite3.Error) as exc:
                raise ValidationError(translate(
                    "DeskError", "The current database could not be kept aside first ({0}); nothing was changed."),
                    getattr(exc, "strerror", None) or str(exc)) from None
        try:
            photos, missing = install(backup, info, data_dir)
        except OSError as exc:
            raise ValidationError(translate(
                "DeskError", "The backup could not be put in place ({0}); the database is as it was."),
                exc.strerror or str(exc)) from None
        except sqlite3.Error as exc:
            raise ValidationError(translate(
                "DeskError", "The restored database was not right ({0}); the database is as it was."),
                str(exc)) from None
    finally:
        if bound:
            db.init_db(target)
    log.info("restored %s into %s (the database before is kept as %s)", backup, target, kept)
    return RestoreResult(info, kept, photos, missing)
