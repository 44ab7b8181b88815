"""Backups of the desk: the database through SQLite's online backup API, checked, and its photos.

One backup is one file ``desk-YYYYMMDD-HHMMSS.db`` in the backup folder (``<data>/backups`` or
a folder an admin chose, a USB stick), a consistent copy made by ``desk.db.backup_file`` while
the desk keeps writing, checked with SQLite's integrity check before it takes its name.
The photos (``<data>/attachments``) go once into ``<backup folder>/attachments``, beside them.

Why not a zip or a folder per backup holding its own photos: a photo never changes once kept
(it is stored under a random name; a removal deletes it), so one copy serves every backup that
lists it, and 26 kept backups of a station with 2 GB of photos take 2 GB on the stick, not 52.
Each backup's own database is its list of photos (the ``attachment`` table: name, size,
SHA-256), so a restore knows exactly which files to bring back and checks each; the rotation
deletes a photo only when no kept backup lists it, which is how an erased person's photos age
out of the backups too. A backup file without its folder (copied elsewhere by hand) still
restores its records; the photos it cannot find are counted and said.

Used by the window (automatic backups on a worker thread, "Back up now", the backup dialog), the
command line (``desk backup``) and the restore (its safety copy). Nothing here uses the ORM's
connection except ``back_up`` finding the database file, so ``automatic`` and ``write_backup``
are safe on a worker thread while the window keeps checking riders in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desk import models
from desk.config import Settings
from desk.db import backup_file, open_file, sqlite_file, write
from desk.errors import ValidationError, translate
from desk.models import Operator
from desk.services.common import audit, backup_status, rotation
from desk.services.common.backup_status import BackupResult
from desk.services.common.permissions import require

log = logging.getLogger(__name__)

FOLDER = backup_status.FOLDER
PHOTOS = "attachments"
AUTO_EVERY_HOURS = 4  # while the window is open; and one when it starts
# How a stored photo is named (``attachments.store``): a year folder and a random hex name. A name
# read from a backup is checked against it before it becomes a path, so a crafted backup cannot
# make a restore write outside the attachments folder.
PHOTO_NAME = re.compile(r"^\d{4}/[0-9a-f]{8,64}\.[a-z]{3,4}$")


@dataclass(frozen=True)
class FolderChoice:
    path: Path  # where backups go now
    chosen: str  # what the admin chose ("": the data folder's backups)
    missing: bool  # the chosen folder is not there (a USB stick not plugged in): ``path`` is the fallback


@dataclass(frozen=True)
class Entry:
    """One backup file in a folder, as its name and size say (nothing opened)."""

    path: Path
    at: dt.datetime
    label: str  # "" or rotation.SAFETY_LABEL
    size: int


def database_file() -> Path:
    """The SQLite file the desk writes to; a server database is backed up by its own tools."""
    path = sqlite_file(models.db.obj.database) if models.db.obj is not None else None
    if path is None or not path.exists():
        raise ValidationError(translate("DeskError", "Only a database file on this PC can be backed up from the desk."))
    return path


def default_target(at: dt.datetime | None = None) -> Path:
    """``<data folder>/backups/desk-YYYYMMDD-HHMMSS.db``, beside the database."""
    source = database_file()
    return source.parent / FOLDER / rotation.file_name(at or dt.datetime.now())


def backup_folder(data_dir: Path, chosen: str = "") -> FolderChoice:
    """Where backups go: the chosen folder if it is there, else ``<data>/backups`` (and say so)."""
    default = Path(data_dir) / FOLDER
    if not chosen:
        return FolderChoice(default, "", False)
    path = Path(chosen).expanduser()
    if path.is_dir() and not inside_the_data(path, data_dir):
        return FolderChoice(path, chosen, False)
    return FolderChoice(default, chosen, True)


def inside_the_data(folder: Path, data_dir: Path) -> bool:
    """The data folder itself or its photos: backups there would prune the desk's own photos."""
    try:
        folder, data_dir = Path(folder).resolve(), Path(data_dir).resolve()
    except OSError:
        return False
    return folder == data_dir or folder.is_relative_to(data_dir / PHOTOS)


def entries(folder: Path) -> list[Entry]:
    """The backups in ``folder``, newest first."""
    found = []
    try:
        files = [p for p in Path(folder).iterdir() if p.is_file()]
    except OSError:
        return []
    for path in files:
        stamp = rotation.parse(path.name)
        if stamp is not None:
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(Entry(path, stamp.at, stamp.label, size))
    return sorted(found, key=lambda e: e.at, reverse=True)


def listed_photos(database: Path) -> list[tuple[str, int, str]]:
    """(stored name, size, sha256) of the photos a desk database keeps, read-only; [] before photos existed."""
    con = open_file(Path(database), immutable=True)
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'").fetchone()
        if not has:
            return []
        rows = con.execute("SELECT stored_name, size, sha256 FROM attachment WHERE removed_at IS NULL").fetchall()
    finally:
        con.close()
    return [(name, size, sha) for name, size, sha in rows if isinstance(name, str) and PHOTO_NAME.match(name)]


def copy_photo(source: Path, target: Path, sha256: str) -> bool:
    """Copy one photo (under a temporary name, synced, then renamed) if its content is what was listed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, tmp.open("wb") as dst:
            for chunk in iter(lambda: src.read(1 << 16), b""):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except FileNotFoundError:
        tmp.unlink(missing_ok=True)
        return False
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    if sha256 and digest.hexdigest() != sha256:
        log.warning("photo %s differs from what was kept (sha256): not copied", source)
        tmp.unlink(missing_ok=True)
        return False
    os.replace(tmp, target)
    return True


def _mirror_photos(copy: Path, photos_from: Path, store: Path) -> tuple[int, int]:
    """Bring the photos the copy lists into the store (those already there are kept): (listed, missing)."""
    listed = listed_photos(copy)
    missing = 0
    for name, size, sha in listed:
        target = store / name
        if target.is_file() and target.stat().st_size == size:
            continue  # photos never change: the one already stored serves this backup too
        if not copy_photo(photos_from / name, target, sha):
            missing += 1
    return len(listed), missing


def write_backup(source: Path, folder: Path, at: dt.datetime | None = None, label: str = "") -> BackupResult:
    """One backup of the database file ``source`` and its photos into ``folder`` (no permission: a
    file-level step of the operations below). Raises OSError or sqlite3.Error when it cannot."""
    at = (at or dt.datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / rotation.file_name(at, label)
    while path.exists():  # two in the same second (a restore right after a backup)
        at += dt.timedelta(seconds=1)
        path = folder / rotation.file_name(at, label)
    backup_file(source, path)
    photos, missing = _mirror_photos(path, source.parent / PHOTOS, folder / PHOTOS)
    return BackupResult(path=path, size=path.stat().st_size, at=at, photos=photos, photos_missing=missing)


def _refusal(path: Path, exc: BaseException) -> ValidationError:
    return ValidationError(translate("DeskError", "The backup could not be written to {0}: {1}"), str(path),
                           getattr(exc, "strerror", None) or str(exc))


def back_up(operator: Operator, target: str | Path | None = None) -> BackupResult:
    """Back up now. ``target``: None for the data folder's backups, a folder for a backup with its
    photos there, a file name for a copy of the database alone. The copy is checked."""
    require(operator, "backup.make")
    source = database_file()
    path = Path(target) if target else source.parent / FOLDER
    if path.exists() and path.resolve() == source.resolve():
        raise ValidationError(translate("DeskError", "Choose another file: this is the database itself."))
    try:
        if path.is_dir() or not target:
            result = write_backup(source, path)
        else:
            backup_file(source, path)
            result = BackupResult(path=path, size=path.stat().st_size, at=dt.datetime.now().replace(microsecond=0))
    except (OSError, sqlite3.Error) as exc:
        backup_status.record_failure(source.parent, dt.datetime.now(), str(exc), str(path))
        raise _refusal(path, exc) from None
    backup_status.record_success(source.parent, result)
    return result


def automatic(source: Path, chosen: str = "", now: dt.datetime | None = None) -> BackupResult:
    """The desk's own backup (at start and every few hours): into the chosen folder or, if it is
    missing, the data folder's; then the rotation. The outcome is written for the status bar.

    The desk's duty, not an operator's: nobody is asked for a permission (the upgrade step's
    backup is the same). Raises ``ValidationError`` when it failed (and the status says so).
    """
    now = now or dt.datetime.now()
    data_dir = Path(source).parent
    choice = backup_folder(data_dir, chosen)
    fell_back = choice.chosen if choice.missing else ""
    if choice.path.is_dir():
        remove_stale_parts(choice.path, now)
    try:
        result = write_backup(Path(source), choice.path, at=now)
    except (OSError, sqlite3.Error) as exc:
        backup_status.record_failure(data_dir, now, getattr(exc, "strerror", None) or str(exc), str(choice.path),
                                     fell_back)
        raise _refusal(choice.path, exc) from None
    result = dataclasses.replace(result, fell_back_from=fell_back)
    try:
        rotate(choice.path, now)
    except (OSError, sqlite3.Error):  # an old file left is not a failed backup
        log.exception("backup rotation in %s", choice.path)
    backup_status.record_success(data_dir, result, folder=str(choice.path))
    return result


@dataclass(frozen=True)
class Rotated:
    deleted: list[str]
    photos_deleted: int


def rotate(folder: Path, now: dt.datetime | None = None) -> Rotated:
    """Delete the backups the rotation does not keep, then the photos no kept backup lists."""
    now = now or dt.datetime.now()
    names = [p.name for p in folder.iterdir() if p.is_file()]
    deleted = rotation.to_delete(names, now)
    for name in deleted:
        (folder / name).unlink(missing_ok=True)
    return Rotated(deleted, _prune_photos(folder))


def _prune_photos(folder: Path) -> int:
    store = folder / PHOTOS
    if not store.is_dir():
        return 0
    wanted: set[str] = set()
    for path in folder.glob("*.db"):
        try:
            wanted |= {name for name, _size, _sha in listed_photos(path)}
        except sqlite3.Error:
            log.warning("cannot read %s: no photo is pruned this time", path)
            return 0
    removed = 0
    for photo in list(store.rglob("*")):
        if photo.is_file() and photo.relative_to(store).as_posix() not in wanted:
            photo.unlink(missing_ok=True)
            removed += 1
    for year in store.iterdir():
        if year.is_dir() and not any(year.iterdir()):
            year.rmdir()
    return removed


def set_folder(settings: Settings, data_dir: Path, folder: str, by: Operator) -> str:
    """Where the automatic backups go ("": the data folder). Saved in the desk's settings, audited."""
    require(by, "backup.configure")
    folder = folder.strip()
    if folder:
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise ValidationError(translate("DeskError", "The folder {0} does not exist."), folder)
        if inside_the_data(path, data_dir):
            raise ValidationError(translate(
                "DeskError", "Choose another folder: {0} holds the desk's own data (a USB stick is best)."), folder)
        try:
            with tempfile.NamedTemporaryFile(dir=path, prefix=".desk-write-test-"):
                pass
        except OSError as exc:
            raise ValidationError(translate("DeskError", "Backups cannot be written to {0}: {1}"), folder,
                                  exc.strerror or str(exc)) from None
        folder = str(path.resolve())
    old = settings.backup_folder
    if old == folder:
        return folder
    with write():
        audit.record(by, "settings.backup_folder", "settings", None,
                     before={"backup_folder": old}, after={"backup_folder": folder})
        settings.backup_folder = folder
        try:
            settings.save(data_dir)
        except OSError as exc:
            settings.backup_folder = old
            raise ValidationError(translate("DeskError", "Could not save the settings: {0}"), exc.strerror or str(exc))
    return folder


def remove_stale_parts(folder: Path, now: dt.datetime) -> None:
    """Temporary files of a backup cut short by a power cut or a kill, an hour old or more (a
    backup another process is writing right now keeps its own)."""
    limit = (now - dt.timedelta(hours=1)).timestamp()
    for part in list(Path(folder).glob("*.part")) + list((Path(folder) / PHOTOS).rglob("*.part")):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            pass
