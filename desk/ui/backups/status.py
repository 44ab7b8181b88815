"""Automatic backups on a worker thread, and what the status bar says about them.

``AutoBackup`` makes one backup soon after the window opens and one every few hours
(``backups.AUTO_EVERY_HOURS``) on its own one-thread pool: the copy opens its own SQLite
connections, so the window keeps checking riders in meanwhile and never freezes. A failure does
not open a box in a volunteer's face: the status bar turns red and says so (a failed backup is
the administrator's business, and it is in the log).

``BackupStatusButton`` is the status bar's line: when the last good backup was made, in green;
amber when it went to the data folder because the chosen folder (a USB stick) was missing; red
with a warning icon when the last one is older than a day or failed. Clicking it opens the
backup dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from desk.errors import DeskError
from desk.services.common import backup_status, backups
from desk.ui.context import DeskContext
from desk.ui.errors import message_of

log = logging.getLogger(__name__)

REFRESH_MS = 10 * 60 * 1000  # "older than a day" turns red without waiting for the next backup


class _Signals(QObject):
    finished = Signal(object, object)  # (BackupResult or None, the error or None)


class _Job(QRunnable):
    def __init__(self, signals: _Signals, source: Path, chosen: str) -> None:
        super().__init__()
        self.signals, self.source, self.chosen = signals, source, chosen

    def run(self) -> None:  # on the pool's thread: no ORM here, only files and SQLite's backup API
        try:
            result = backups.automatic(self.source, self.chosen)
        except Exception as exc:  # noqa: BLE001 (shown in the status bar; a bug is logged there too)
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class AutoBackup(QObject):
    """The desk's own backups: at start and every few hours, one at a time, off the window's thread."""

    started = Signal()
    finished = Signal(object, object)  # (BackupResult or None, error text or "")

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.enabled = False  # started by the window (app.run); a paused one (a restore) starts again
        self.last_error = ""  # a failure the status file could not record (a bug)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(backups.AUTO_EVERY_HOURS * 3600 * 1000)
        self.timer.timeout.connect(self.run_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.run_now)

    def source(self) -> Path | None:
        """The database file, or None for a server database (backed up by the server's own tools)."""
        try:
            return backups.database_file()
        except DeskError:
            return None

    def start(self, first_after_ms: int = 3000) -> None:
        if self.source() is None:
            return
        self.enabled = True
        self.timer.start()
        self._first.start(first_after_ms)

    def stop(self) -> None:
        """No more backups until ``start`` (one running goes on: ``wait`` for it)."""
        self.timer.stop()
        self._first.stop()

    def run_now(self) -> bool:
        """Start a backup unless one is running; False when it could not start."""
        source = self.source()
        if self.running or source is None:
            return False
        self.running = True
        signals = _Signals(self)
        signals.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.started.emit()
        self.pool.start(_Job(signals, source, self.ctx.settings.backup_folder))
        return True

    def _done(self, result: object, error: object) -> None:
        self.running = False
        self.sender().deleteLater()
        text = ""
        if isinstance(error, DeskError):
            text = message_of(error)
        elif error is not None:
            log.error("automatic backup failed", exc_info=(type(error), error, error.__traceback__))
            text = str(error)
        self.last_error = text if error is not None and not isinstance(error, DeskError) else ""
        self.finished.emit(result, text)

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for a running backup to end (before a restore, before the window closes)."""
        return self.pool.waitForDone(msecs)


def when(at: dt.datetime, now: dt.datetime) -> str:
    """"today 14:00", "yesterday 18:00", "11-26 18:00"."""
    if at.date() == now.date():
        return QCoreApplication.translate("BackupStatus", "today {0}").format(at.strftime("%H:%M"))
    if at.date() == now.date() - dt.timedelta(days=1):
        return QCoreApplication.translate("BackupStatus", "yesterday {0}").format(at.strftime("%H:%M"))
    return at.strftime("%m-%d %H:%M") if at.year == now.year else at.strftime("%Y-%m-%d %H:%M")


COLOURS = {
    backup_status.OK: ("#1b5e20", ""),
    backup_status.FELL_BACK: ("#5d4037", "#fff3cd"),
    backup_status.OLD: ("#ffffff", "#c62828"),
    backup_status.FAILED: ("#ffffff", "#c62828"),
    backup_status.NEVER: ("#5d4037", "#fff3cd"),
}


class BackupStatusButton(QToolButton):
    """The status bar's word on backups; a click opens the backup dialog."""

    def __init__(self, ctx: DeskContext, auto: AutoBackup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.auto = ctx, auto
        self.setObjectName("backupStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.level = ""
        auto.started.connect(self._running)
        auto.finished.connect(lambda _result, _error: self.refresh())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _running(self) -> None:
        self.setText(self.tr("Backing up…"))
        self.setToolTip("")

    def refresh(self, now: dt.datetime | None = None) -> None:
        if self.auto.source() is None:
            self.setVisible(False)
            return
        now = now or dt.datetime.now()
        health = backup_status.health(backup_status.read(self.ctx.data_dir), now)
        if self.auto.last_error:
            health = backup_status.Health(backup_status.FAILED, health.good_at, health.status)
        self.level = health.level
        status = health.status
        good = when(health.good_at, now) if health.good_at else ""
        if health.level == backup_status.OK:
            text = self.tr("Backed up {0}").format(good)
        elif health.level == backup_status.FELL_BACK:
            text = self.tr("Backed up {0}, into the data folder: the backup folder is missing").format(good)
        elif health.level == backup_status.OLD:
            text = self.tr("Last backup {0}: more than a day ago").format(good)
        elif health.level == backup_status.FAILED:
            failed = when(status.failed_at, now) if status.failed_at else ""
            text = self.tr("Backup failed {0}").format(failed)
            if good:
                text += self.tr(" (last good: {0})").format(good)
        else:
            text = self.tr("No backup yet")
        self.setText(text)
        icon = (QStyle.StandardPixmap.SP_DialogApplyButton if health.level == backup_status.OK
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.setIcon(self.style().standardIcon(icon))
        fg, bg = COLOURS[health.level]
        self.setStyleSheet(f"QToolButton#backupStatus {{ color: {fg}; background: {bg or 'transparent'};"
                           " border-radius: 3px; padding: 1px 6px; font-weight: "
                           f"{'bold' if bg else 'normal'}; }}")
        self.setToolTip(self._details(health, now))

    def _details(self, health: backup_status.Health, now: dt.datetime) -> str:
        status = health.status
        lines = []
        if status.last_good_path:
            lines.append(self.tr("Last good backup: {0}").format(status.last_good_path))
            lines.append(self.tr("{0} photos with it").format(status.photos)
                         + (self.tr(", {0} not found in the data folder").format(status.photos_missing)
                            if status.photos_missing else ""))
        if status.fell_back_from:
            lines.append(self.tr("The backup folder {0} was missing (USB stick not plugged in?).").format(
                status.fell_back_from))
        if health.level == backup_status.FAILED:
            lines.append(self.tr("Why it failed: {0}").format(self.auto.last_error or status.last_error))
        lines.append(self.tr("A backup is made when the desk starts and every {0} hours. Click for more.").format(
            backups.AUTO_EVERY_HOURS))
        return "\n".join(lines)
