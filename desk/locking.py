"""One desk per data folder: an operating-system lock on ``<data folder>/desk.lock``.

The window takes the lock before it opens the database and keeps it until the process ends;
a second window on the same folder (a double click twice, a second PC on a shared folder)
is refused and told who holds it. Commands that must not run beside the window (restore)
ask the same lock. No Qt here: the command line uses it too.

Why an OS lock: it dies with the process. After a crash, a kill or a power cut nothing is
left to clean up; the lock file may stay on disk, but it is the lock *on* it that counts.
POSIX: ``fcntl.flock`` on the whole file (advisory; the holder's note stays readable).
Windows: ``msvcrt.locking`` on one byte far past the note (Windows locks are mandatory, so
the note itself is left unlocked for the refused copy to read).

Why not the ``filelock`` package: its 4.x line is some 15,000 lines, and on a file system
without ``flock`` it falls back to a "soft" lock, a file that outlives a crash. Here, when
the file system cannot lock at all, the desk opens anyway and says so in the log: a
volunteer must never be locked out of the desk by the lock.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_NAME = "desk.lock"
# Windows: the byte that is locked. Past any note, so the note stays readable by others.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder, as its lock file says (best effort: the note may be missing)."""

    pid: int | None = None
    host: str = ""
    user: str = ""
    since: str = ""  # local time, "YYYY-MM-DD HH:MM"
    program: str = ""

    def describe(self) -> str:
        """One English line for the log and the command line ("PC-1, process 4242, since 09:30")."""
        parts = [p for p in (self.host, f"process {self.pid}" if self.pid else "", f"since {self.since}" if self.since
                             else "") if p]
        return ", ".join(parts) or "unknown"


class DeskInUse(RuntimeError):
    """Another window or command holds the data folder."""

    def __init__(self, folder: Path, holder: Holder) -> None:
        super().__init__(f"another Station Desk is using {folder} ({holder.describe()})")
        self.folder = folder
        self.holder = holder


class DeskLock:
    """The lock of one data folder. ``acquire()`` never waits: a second desk is told at once."""

    def __init__(self, folder: Path, program: str = "window") -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self.program = program
        self._fd: int | None = None
        self.degraded = False  # the file system could not lock; the desk runs without it

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "DeskLock":
        """Take the lock or raise ``DeskInUse``; returns self."""
        if self._fd is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        # Not inheritable (Python's default): a program started from the desk must not keep
        # the lock alive after the desk itself has died.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            taken = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            log.warning("cannot lock %s (%s): this desk runs without the one-desk-per-folder guard", self.path, exc)
            self.degraded = True
            return self
        if not taken:
            os.close(fd)
            raise DeskInUse(self.folder, read_holder(self.folder))
        self._fd = fd
        self._write_note()
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _clear(fd)
            _unlock(fd)
        except OSError:
            pass  # closing releases it anyway
        finally:
            os.close(fd)

    def _write_note(self) -> None:
        note = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "program": self.program,
        }
        data = json.dumps(note, ensure_ascii=False).encode("utf-8")
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
            os.ftruncate(self._fd, len(data))
        except OSError as exc:  # the note is a courtesy; the lock is what counts
            log.warning("cannot write the holder's note in %s: %s", self.path, exc)

    def __enter__(self) -> "DeskLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def desk_lock(folder: Path, program: str = "window") -> DeskLock:
    """The lock of the data folder ``folder`` (not taken yet: call ``acquire()`` or use ``with``)."""
    return DeskLock(folder, program)


def read_holder(folder: Path) -> Holder:
    """What the lock file of ``folder`` says about its holder (empty when there is no note)."""
    try:
        with open(Path(folder) / LOCK_NAME, "rb") as handle:
            raw = json.loads(handle.read(4096).decode("utf-8"))
    except (OSError, ValueError):
        return Holder()
    if not isinstance(raw, dict):
        return Holder()
    pid = raw.get("pid")
    return Holder(
        pid=pid if isinstance(pid, int) else None,
        host=str(raw.get("host", ""))[:80],
        user=str(raw.get("user", ""))[:80],
        since=str(raw.get("since", ""))[:20],
        program=str(raw.get("program", ""))[:40],
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name on some Windows services: the note does without)
        return ""


if sys.platform == "win32":  # pragma: no cover (tested on Windows only)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError as exc:
            # EDEADLOCK / EACCES: another process holds the byte.
            if exc.errno in (13, 36):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _clear(fd: int) -> None:
    """Empty the note on a clean release, so a stale note is never mistaken for a holder."""
    os.ftruncate(fd, 0)
