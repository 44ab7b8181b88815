"""Open the desk's database in a data folder: real or demo. Shared by the window and the CLI."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Callable

from desk import config, db, models
from desk.locking import DeskInUse, DeskLock, desk_lock  # noqa: F401 (the one-desk-per-folder lock, re-exported)
from desk.services import grid as _grid  # noqa: F401 (registers its check-in notice kind and erase hook)
from desk.services.common import catalogs

log = logging.getLogger(__name__)


def open_store(
    data_dir: Path,
    demo: bool = False,
    demo_people: int = 300,
    demo_days: int = 365,
    db_url: str | None = None,
    fill_demo: Callable[[int, int], object] | None = None,
) -> Path:
    """Bind the models to the database of ``data_dir`` (its demo folder with ``demo``); return that folder.

    A demo database is filled the first time it is opened, then reused, so ``desk --demo``
    starts in about a second after the first run. ``fill_demo(people, days)`` does the filling
    instead of ``desk.demo.fill`` (the window shows progress while it runs).
    """
    folder = config.demo_data_dir(data_dir) if demo else data_dir
    folder.mkdir(parents=True, exist_ok=True)
    db.init_db(config.db_path(folder) if demo else config.db_target(folder, db_url))
    catalogs.ensure_defaults()
    if demo:
        from desk import demo as demo_data

        if not demo_data.is_demo():
            log.info("filling the demo database in %s", folder)
            if fill_demo is not None:
                fill_demo(demo_people, demo_days)
            else:
                demo_data.fill(people=demo_people, days=demo_days)
    return folder


def release_thread_connection() -> None:
    """Close the calling thread's own database connection (a worker thread's, when it is done)."""
    models.db.close()


# --- Who else has the database open (restore refuses while anyone does) -------------------------
LOCK_FILE = "desk.lock"  # the one-desk-per-folder lock file a window holds (desk.locking)
_SHM_DEAD_MAN_SWITCH = 128  # the byte of <db>-shm every SQLite connection in WAL mode holds a read lock on


def database_in_use(folder: Path) -> str | None:
    """Who else has the data folder's database open, in a few words; None when nobody (that can be seen).

    Two signs: a desk window holds ``desk.lock`` (the one-desk-per-folder lock; this process's own
    lock does not count), and any program with the SQLite file open in WAL mode (a window, a
    command-line import, a SQLite browser) holds a read lock on one byte of ``desk.db-shm``.
    On Linux the holder's process id and command come from ``/proc``.

    Call it only when this process has closed its own connections to the file: a POSIX lock probe
    closes its descriptor, and closing any descriptor of a file drops every lock the process
    holds on it (SQLite's included). On Windows neither probe runs; there a file that is open
    cannot be renamed, so the restore's swap fails and is rolled back instead.
    """
    holder = _lock_file_holder(Path(folder) / LOCK_FILE)
    if holder:
        return holder
    return _shm_holder(config.db_path(Path(folder)).with_name(config.db_path(Path(folder)).name + "-shm"))


def _lock_file_holder(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            note = _lock_note(path)
            if note.get("pid") == os.getpid():
                return None  # this window's own lock: it is restoring from inside
            parts = [str(note[k]) for k in ("host", "pid", "since") if note.get(k)]
            if note.get("pid"):
                parts[parts.index(str(note["pid"]))] = f"pid {note['pid']}"
            return "Station Desk" + (f" ({', '.join(parts)})" if parts else "")
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _lock_note(path: Path) -> dict:
    try:
        raw = json.loads(path.read_bytes()[:4096].decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _shm_holder(shm: Path) -> str | None:
    if not shm.exists():
        return None
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return None
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DEAD_MAN_SWITCH)
        except OSError:
            pids = _posix_lock_pids(shm)
            if not pids:
                return "?"
            return ", ".join(f"pid {pid}: {_command(pid)}" if _command(pid) else f"pid {pid}" for pid in pids[:3])
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DEAD_MAN_SWITCH)
        return None
    finally:
        os.close(fd)


def _posix_lock_pids(path: Path) -> list[int]:
    """The processes holding POSIX locks on ``path`` (Linux ``/proc/locks``; elsewhere none known)."""
    try:
        inode = path.stat().st_ino
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    pids = []
    for line in lines:
        fields = line.split()
        # "3: POSIX  ADVISORY  READ 4242 08:01:1234567 128 128"
        if "->" in fields:  # a process waiting for the lock, not holding it
            continue
        if len(fields) >= 8 and fields[1] == "POSIX" and fields[5].rsplit(":", 1)[-1] == str(inode):
            pid = int(fields[4]) if fields[4].isdigit() else None
            if pid and pid != os.getpid() and pid not in pids:
                pids.append(pid)
    return pids


def _command(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    return " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)[:80]
