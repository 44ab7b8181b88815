"""What the status bar says about backups: when the last good one was made, whether the last one failed.

Kept in ``<data folder>/backup-status.json`` beside the database, not in it: a backup that failed
because the disk is full or the database is damaged must still be able to say so, and the file
is read at start before the database is opened. It holds no personal data (times, a path, an
error text). Without it (a desk from before, a deleted file) the newest backup in the data
folder's ``backups`` tells the time of the last good one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desk.services.common import rotation

log = logging.getLogger(__name__)

FOLDER = "backups"  # the data folder's own backups, beside the database
STATUS_FILE = "backup-status.json"
OLD_AFTER = dt.timedelta(days=1)

OK, OLD, FAILED, NEVER, FELL_BACK = "ok", "old", "failed", "never", "fell_back"


@dataclass(frozen=True)
class BackupResult:
    """What one backup made (``desk.services.common.backups``): kept here, the lowest module, so the
    status can record it without the two importing each other."""

    path: Path  # where the copy is
    size: int  # bytes
    at: dt.datetime
    photos: int = 0  # photos the backup lists, all in its folder's photo store
    photos_missing: int = 0  # listed but not found (or changed) in the data folder: not backed up
    fell_back_from: str = ""  # the chosen folder that was missing: the backup went to the data folder


@dataclass(frozen=True)
class BackupStatus:
    last_good_at: str = ""  # ISO time of the last good backup
    last_good_path: str = ""
    last_good_size: int = 0
    photos: int = 0
    photos_missing: int = 0
    last_failed_at: str = ""
    last_error: str = ""
    folder: str = ""  # where the last backup went
    fell_back_from: str = ""  # the chosen folder that was missing at the last backup

    @property
    def good_at(self) -> dt.datetime | None:
        return _time(self.last_good_at)

    @property
    def failed_at(self) -> dt.datetime | None:
        return _time(self.last_failed_at)


@dataclass(frozen=True)
class Health:
    level: str  # OK, OLD, FAILED, NEVER, FELL_BACK
    good_at: dt.datetime | None
    status: BackupStatus


def _time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def read(data_dir: Path) -> BackupStatus:
    """The last outcome written for ``data_dir``; without a file, the newest backup there."""
    try:
        raw = json.loads((Path(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
        known = {f.name for f in fields(BackupStatus)}
        return BackupStatus(**{k: v for k, v in raw.items() if k in known})
    except (OSError, ValueError, TypeError):
        pass
    newest = None
    try:
        for path in (Path(data_dir) / FOLDER).iterdir():
            stamp = rotation.parse(path.name)
            if stamp is not None and (newest is None or stamp.at > newest[0].at):
                newest = (stamp, path)
    except OSError:
        pass
    if newest is None:
        return BackupStatus()
    stamp, path = newest
    return BackupStatus(last_good_at=stamp.at.isoformat(), last_good_path=str(path),
                        last_good_size=path.stat().st_size, folder=str(path.parent))


def _write(data_dir: Path, status: BackupStatus) -> None:
    path = Path(data_dir) / STATUS_FILE
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(asdict(status), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:  # a full or read-only data folder: the backup itself said so already
        log.warning("cannot write %s: %s", path, exc)


def record_success(data_dir: Path, result: BackupResult, folder: str = "") -> BackupStatus:
    old = read(data_dir)
    status = BackupStatus(
        last_good_at=result.at.isoformat(), last_good_path=str(result.path), last_good_size=result.size,
        photos=result.photos, photos_missing=result.photos_missing, last_failed_at=old.last_failed_at,
        last_error=old.last_error, folder=folder or str(result.path.parent), fell_back_from=result.fell_back_from,
    )
    _write(data_dir, status)
    return status


def record_failure(data_dir: Path, at: dt.datetime, error: str, folder: str, fell_back_from: str = "") -> BackupStatus:
    old = read(data_dir)
    status = BackupStatus(
        last_good_at=old.last_good_at, last_good_path=old.last_good_path, last_good_size=old.last_good_size,
        photos=old.photos, photos_missing=old.photos_missing, last_failed_at=at.replace(microsecond=0).isoformat(),
        last_error=error[:300], folder=folder, fell_back_from=fell_back_from,
    )
    _write(data_dir, status)
    return status


def health(status: BackupStatus, now: dt.datetime) -> Health:
    """How the status bar shows it: a failure after the last good backup first, then its age."""
    good, failed = status.good_at, status.failed_at
    if failed is not None and (good is None or failed >= good):
        level = FAILED
    elif good is None:
        level = NEVER
    elif now - good > OLD_AFTER:
        level = OLD
    elif status.fell_back_from:
        level = FELL_BACK
    else:
        level = OK
    return Health(level, good, status)
