"""Restoring a backup from inside the window (admin): checked, asked, the window's own connection closed
by the restore, then the window starts a new session on the restored database.

The restore runs on the window's thread, behind a busy cursor, on purpose: the database
connection the window uses belongs to this thread and must be closed while the files are
swapped, and nothing of the window may open it again meanwhile (a timer, a tab refreshing). A
restore is rare and takes seconds; a running automatic backup is waited for first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from desk.services.common import restore
from desk.ui.widgets.dialogs import confirm, inform
from desk.ui.widgets.operations import may, run_op


def restore_in_window(window: QMainWindow, path: Path) -> bool:
    """Check ``path``, ask, restore, start a new session; True when the database was restored."""
    translate = QCoreApplication.translate
    ctx = window.ctx
    if not may(ctx, "backup.restore"):
        return False
    info = run_op(window, restore.inspect_backup, path)
    if info is None:
        return False
    made = info.at.strftime("%Y-%m-%d %H:%M")
    title = translate("RestoreFlow", "Restore a backup")
    question = translate(
        "RestoreFlow",
        "Restore the backup made {0}?\n\n"
        "It holds {1} people, {2} check-ins and {3} photos. Everything recorded after {0} will no longer "
        "be in the desk.\n\n"
        "The database as it is now is first kept as a backup (so this can be undone). The desk then "
        "closes its tabs and asks who is on duty.",
    ).format(made, info.people, info.visits, info.photos)
    if not confirm(window, title, question):
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        window.statusBar().showMessage(translate("RestoreFlow", "Restoring the backup of {0}…").format(made))
        QApplication.processEvents()
        window.prepare_for_restore()  # waits for a running backup; the tabs let go of their rows
        result = run_op(window, restore.restore, ctx.operator, path, ctx.data_dir, ctx.settings.backup_folder)
    finally:
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
    if result is None:  # refused or undone: the desk goes on with the database as it was
        window.restart_session(ask_operator=False)
        return False
    lines = [translate("RestoreFlow", "The backup of {0} is restored: {1} people, {2} check-ins, {3} photos.")
             .format(made, info.people, info.visits, result.photos)]
    if result.photos_missing:
        lines.append(translate(
            "RestoreFlow", "{0} photos of that backup were not found; their records are back without them.")
            .format(result.photos_missing))
    if result.kept_as is not None:
        lines.append(translate("RestoreFlow", "The database as it was before is kept as {0}.").format(result.kept_as))
    inform(window, title, "\n\n".join(lines))
    window.restart_session(ask_operator=True)
    return True
