"""At start, before the database is opened: a quick integrity check; a damaged file is said plainly
(not the generic apology box) and the newest good backup offered, with its time and what is lost.

The damaged file is never written over: ``recovery.recover`` renames it ``desk.damaged-….db`` and
leaves it in the data folder for whoever may try to save more from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from desk.config import Settings, db_path
from desk.services.common import recovery, restore
from desk.services.common.restore import BackupInfo
from desk.ui.widgets.dialogs import inform
from desk.ui.widgets.operations import run_op


def age_text(at: dt.datetime, now: dt.datetime) -> str:
    hours = max(0, int((now - at).total_seconds() // 3600))
    if hours < 1:
        return QCoreApplication.translate("DamagedDatabase", "less than an hour ago")
    if hours < 48:
        return QCoreApplication.translate("DamagedDatabase", "{0} hours ago").format(hours)
    return QCoreApplication.translate("DamagedDatabase", "{0} days ago").format(hours // 24)


class DamagedDatabaseDialog(QDialog):
    """Says the database is damaged; offers the newest good backup (Enter) or quitting."""

    def __init__(self, database: Path, problem: str, offer: BackupInfo | None, parent: QWidget | None = None,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        now = now or dt.datetime.now()
        self.setObjectName("damagedDatabase")
        self.setWindowTitle(self.tr("The desk's data file is damaged"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("The desk's data file is damaged"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading, 1)
        layout.addLayout(top)

        said = [self.tr("The file {0} failed its integrity check: it cannot be used safely, and the desk will "
                        "not open it.").format(database)]
        self.damaged_as = recovery.damaged_name(database, now).name
        if offer is not None:
            made = offer.at.strftime("%m-%d %H:%M")
            said.append(self.tr("The newest good backup: made {0} ({1}), with {2} people and {3} check-ins.").format(
                made, age_text(offer.at, now), offer.people, offer.visits))
            said.append("<b>" + self.tr("Backup made {0}: everything recorded after it will be lost.").format(made)
                        + "</b>")
            said.append(self.tr("The damaged file is not written over: it is renamed {0} and stays in the data folder "
                                "({1}), for a technician who may save more from it.").format(
                self.damaged_as, database.parent))
        else:
            said.append("<b>" + self.tr("No good backup was found.") + "</b>")
            said.append(self.tr("Do not delete anything in the data folder ({0}). Ask the administrator or a "
                                "technician for help.").format(database.parent))
        self.text = QLabel("<p>" + "</p><p>".join(said) + "</p>", self)
        self.text.setObjectName("damagedText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        detail = QLabel(self.tr("What the check found: {0}").format(problem[:200]), self)
        detail.setObjectName("damagedDetail")
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #666666")
        layout.addWidget(detail)

        buttons = QDialogButtonBox(self)
        if offer is not None:
            self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("restoreNewest")
            self.restore_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitDamaged")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ask(self) -> bool:
        """True when the volunteer chose to restore (tests answer here)."""
        return self.exec() == QDialog.DialogCode.Accepted


def check_database_at_start(folder: Path, settings: Settings) -> bool:
    """Quick-check the data folder's database; True: go on opening the desk, False: quit (said why)."""
    restore.finish_interrupted(folder)  # a restore cut short by a power cut is undone first
    database = db_path(folder)
    problem = recovery.quick_check(database)
    if not problem:
        return True
    offer = recovery.newest_good_backup(folder, settings.backup_folder)
    now = dt.datetime.now()
    dialog = DamagedDatabaseDialog(database, problem, offer, now=now)
    answered = dialog.ask()
    if offer is None or not answered:
        return False
    done = run_op(None, recovery.recover, folder, offer.path, at=now)
    if done is None:
        return False
    translate = QCoreApplication.translate
    lines = [translate("DamagedDatabase", "The backup made {0} is in place: {1} people, {2} check-ins.").format(
        offer.at.strftime("%m-%d %H:%M"), offer.people, offer.visits)]
    if done.photos_missing:
        lines.append(translate("DamagedDatabase", "{0} photos of that backup were not found.").format(
            done.photos_missing))
    lines.append(translate("DamagedDatabase", "The damaged file is kept as {0}.").format(done.damaged_kept_as))
    lines.append(translate("DamagedDatabase", "Please enter again what was recorded after the backup."))
    inform(None, translate("DamagedDatabase", "Restored from a backup"), "\n\n".join(lines))
    return True
