"""Desk → Backups…: where backups go (an admin may choose a folder such as a USB stick), how long they
are kept (and so how long erased personal information stays in them), the backups there, back up
now, and, for an admin, restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.common import backups, rotation
from desk.ui.backups.status import AutoBackup, BackupStatusButton
from desk.ui.context import DeskContext
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class BackupListModel(RecordTableModel[backups.Entry]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Made"), lambda e: e.at.strftime("%Y-%m-%d %H:%M"), lambda e: e.at, CENTER),
                Column(self.tr("Kind"), lambda e: self.tr("Before a restore") if e.label == rotation.SAFETY_LABEL
                       else self.tr("Backup")),
                Column(self.tr("Size"), lambda e: size_text(e.size), lambda e: e.size, NUMBER),
                Column(self.tr("File"), lambda e: e.path.name, tooltip=lambda e: str(e.path)),
            ],
            parent,
        )


class BackupDialog(QDialog):
    def __init__(self, ctx: DeskContext, auto: AutoBackup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.auto = ctx, auto
        self.chosen_restore: Path | None = None  # what the admin asked to restore (the window does it)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)

        self.status = BackupStatusButton(ctx, auto, self)
        self.status.setEnabled(False)  # here it only says; the dialog is already open
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)

        where = QGroupBox(self.tr("Where backups go"), self)
        where_layout = QVBoxLayout(where)
        self.folder_label = QLabel(where)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing_label = QLabel(where)
        self.missing_label.setObjectName("backupFolderMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #b00020")
        where_layout.addWidget(self.folder_label)
        where_layout.addWidget(self.missing_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a folder (e.g. a USB stick)…"), where)
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Use the data folder"), where)
        self.default_button.setObjectName("defaultBackupFolder")
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        where_layout.addLayout(row)
        if not may(ctx, "backup.configure"):
            self.choose_button.setVisible(False)
            self.default_button.setVisible(False)
            where_layout.addWidget(QLabel(self.tr("Only an administrator can change where backups go."), where))
        layout.addWidget(where)

        self.retention = QLabel(self.retention_text(), self)
        self.retention.setObjectName("backupRetention")
        self.retention.setWordWrap(True)
        layout.addWidget(self.retention)

        self.model = BackupListModel(self)
        self.table = record_table(self.model, self, name="backupList", stretch=3)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"), self)
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.setObjectName("restoreFromFile")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (self.restore_button, self.restore_file_button):
            button.setVisible(may(ctx, "backup.restore"))
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        auto.started.connect(self.refresh)
        auto.finished.connect(lambda _r, _e: self.refresh())
        self.refresh()

    def retention_text(self) -> str:
        return self.tr(
            "Kept: every backup of the last 24 hours, one a day for {0} days and one a month for {1} months; "
            "older ones are deleted, with the photos no kept backup needs. Personal information erased from "
            "the desk disappears from the backups only after that: at most {1} months later."
        ).format(rotation.DAILY, rotation.MONTHLY)

    def folder(self) -> backups.FolderChoice:
        return backups.backup_folder(self.ctx.data_dir, self.ctx.settings.backup_folder)

    def refresh(self) -> None:
        choice = self.folder()
        if choice.chosen and not choice.missing:
            self.folder_label.setText(self.tr("Backups go to {0}").format(choice.path))
        else:
            self.folder_label.setText(self.tr("Backups go to the data folder: {0}").format(choice.path))
        self.missing_label.setText(self.tr(
            "The chosen folder {0} is not there (USB stick not plugged in?): backups go to the data folder "
            "until it is back.").format(choice.chosen) if choice.missing else "")
        self.missing_label.setVisible(choice.missing)
        self.model.set_rows(backups.entries(choice.path))
        self.backup_button.setEnabled(not self.auto.running)
        self.status.refresh()

    def choose_folder(self) -> None:
        start = self.ctx.settings.backup_folder or str(self.ctx.data_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"), start)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        run_op(self, backups.set_folder, self.ctx.settings, self.ctx.data_dir, folder, self.ctx.operator)
        self.refresh()

    def back_up_now(self) -> None:
        if self.auto.run_now():
            self.backup_button.setEnabled(False)

    def selected(self) -> backups.Entry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_record(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is not None and may(self.ctx, "backup.restore"):
            self.chosen_restore = entry.path
            self.accept()

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.folder().path),
                                              self.tr("Station Desk backups (*.db)"))
        if path:
            self.chosen_restore = Path(path)
            self.accept()

