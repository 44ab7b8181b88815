"""The main window: the duty tabs, the operator and the backups in the status bar, remembered geometry."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.services.common import accounts, backups
from desk.ui import fonts
from desk.ui.coming_tab import ComingTab
from desk.ui.backups.status import AutoBackup, BackupStatusButton
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.events.desk_menu import add_desk_menu_actions
from desk.ui.tabs import TABS, TabSpec
from desk.ui.widgets.operations import may, run_op, run_op_in_background


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dutyTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # A tab is built the first time it is shown: the window opens on check-in without
        # paying for the roster, the campaigns and the ledgers (about half a second).
        self._built: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        for spec in TABS:
            holder = QWidget(self)
            holder.setObjectName(f"tab_{spec.key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[spec.key] = holder
            self.tabs.addTab(holder, QCoreApplication.translate("Tabs", spec.title))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # Automatic backups start from app.run (start_automatic_backups), not here: a window built
        # in a test or a smoke test makes none.
        self.auto_backup = AutoBackup(ctx, self)
        self._build_menus()
        self.backup_status = BackupStatusButton(ctx, self.auto_backup, self)
        self.backup_status.clicked.connect(self.open_backups)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("operatorLabel")
        self.statusBar().addPermanentWidget(self.operator_label)
        self.show_operator()
        self._restore_geometry()
        self._on_tab_changed(self.tabs.currentIndex())
        from desk.ui.safety.lock_screen import IdleLock

        self.idle = IdleLock(self, ctx.settings.idle_lock_minutes, ctx.settings.station_name, self.demo_pin())

    # --- tabs -----------------------------------------------------------------------------
    def _make_tab(self, spec: TabSpec) -> QWidget:
        title = QCoreApplication.translate("Tabs", spec.title)
        if importlib.util.find_spec(spec.module) is None:
            return ComingTab(title, self)
        module = importlib.import_module(spec.module)
        return getattr(module, spec.cls)(self.ctx, self)

    def page(self, key: str) -> QWidget:
        """The tab's page, built now if it was not shown yet."""
        if key not in self._built:
            spec = next(t for t in TABS if t.key == key)
            page = self._make_tab(spec)
            self._holders[key].layout().addWidget(page)
            self._built[key] = page
        return self._built[key]

    @property
    def pages(self) -> dict[str, QWidget]:
        """Every tab's page, in window order (builds those not shown yet)."""
        return {spec.key: self.page(spec.key) for spec in TABS}

    def current_page(self) -> QWidget:
        return self.page(TABS[self.tabs.currentIndex()].key)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._holders[key])

    def _on_tab_changed(self, index: int) -> None:
        page = self.page(TABS[index].key)
        if hasattr(page, "refresh"):
            page.refresh()
        if hasattr(page, "focus_first"):
            page.focus_first()

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self._action(desk_menu, self.tr("Change operator…"), "Ctrl+Shift+O", self.change_operator)
        self._action(desk_menu, self.tr("Lock the desk"), "Ctrl+L", lambda: self.idle.lock())
        self.backup_action = self._action(desk_menu, self.tr("Save a copy of the database…"), "Ctrl+Shift+B",
                                          self.back_up)
        self._action(desk_menu, self.tr("Backups…"), None, self.open_backups)
        self.restore_action = self._action(desk_menu, self.tr("Restore a backup…"), None, self.restore_backup)
        self._action(desk_menu, self.tr("Service catalog…"), None, self.edit_services)
        add_desk_menu_actions(self, desk_menu)  # the paper visitor sheet for days the PC is off
        desk_menu.addSeparator()
        self._action(desk_menu, self.tr("Operators…"), None, self.edit_operators)
        self.audit_action = self._action(desk_menu, self.tr("Audit log…"), None, self.open_audit_log)
        desk_menu.addSeparator()
        self._action(desk_menu, self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)

        view = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.tabs.count()):
            self._action(view, self.tabs.tabText(i), f"Ctrl+{i + 1}", lambda _=False, i=i: self.tabs.setCurrentIndex(i))
        view.addSeparator()
        self.large_text_action = self._action(view, self.tr("Larger text"), "Ctrl+=", self.toggle_large_text)
        self.large_text_action.setCheckable(True)
        self.large_text_action.setChecked(self.ctx.settings.large_text)
        language = view.addMenu(self.tr("Language"))
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = self._action(language, label, None, lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Station Desk"), None, self.about)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # --- operator, settings ---------------------------------------------------------------
    def show_operator(self) -> None:
        op = self.ctx.operator
        role = term(accounts.ROLE_NAMES.get(op.role, op.role))
        where = self.tr("demo database") if self.ctx.demo else self.ctx.settings.station_name
        self.operator_label.setText(self.tr("On duty: {0} ({1})  ·  {2}").format(op.name, role, where))
        self.restore_action.setVisible(may(self.ctx, "backup.restore"))
        self.setWindowTitle(self.tr("Station Desk · {0}").format(self.ctx.settings.station_name))
        # The audit log is for administrators only: others do not even see the menu entry.
        self.audit_action.setVisible(may(op, "audit.view"))

    def demo_pin(self) -> str:
        """The demo's PIN, said on its sign-in screens (a real desk says nothing of the kind)."""
        if not self.ctx.demo:
            return ""
        from desk.demo import DEMO_PIN

        return DEMO_PIN

    def change_operator(self) -> None:
        from desk.ui.operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.ctx.operator.id, self, demo_pin=self.demo_pin())
        if dialog.exec() and dialog.operator is not None:
            self.signed_in(dialog.operator)

    def signed_in(self, operator) -> None:
        """``operator`` typed their PIN (operator dialog or lock screen): they are on duty now."""
        changed = operator.id != self.ctx.operator.id
        self.ctx.operator = operator
        if changed:
            self.ctx.settings.last_operator_id = operator.id
            self.ctx.save_settings()
        self.show_operator()
        self._on_tab_changed(self.tabs.currentIndex())

    def edit_operators(self) -> None:
        from desk.ui.safety.operators_dialog import OperatorsDialog

        OperatorsDialog(self.ctx, self).exec()
        # A role may have changed, the operator on duty's own included.
        self.ctx.operator = accounts.get_operator(self.ctx.operator.id)
        self.show_operator()
        self.idle.set_minutes(self.ctx.settings.idle_lock_minutes)

    def open_audit_log(self) -> None:
        if not may(self.ctx.operator, "audit.view"):
            return
        from desk.ui.safety.audit_viewer import AuditViewer

        AuditViewer(self.ctx, self).exec()

    def edit_services(self) -> None:
        from desk.ui.service_catalog_dialog import ServiceCatalogDialog

        dialog = ServiceCatalogDialog(self.ctx.operator, self)
        dialog.exec()
        if dialog.changed:
            for page in self._built.values():
                if hasattr(page, "catalog_changed"):
                    page.catalog_changed()

    def toggle_large_text(self, checked: bool) -> None:
        self.ctx.settings.large_text = bool(checked)
        self.ctx.save_settings()
        QApplication.instance().setFont(fonts.ui_font(large=bool(checked)))
        # Qt posts the change to the windows: deliver it now, so every widget has its new font
        # before the page below measures anything (else it measures the old size).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        self._on_tab_changed(self.tabs.currentIndex())

    def set_language(self, code: str) -> None:
        self.ctx.settings.language = code
        self.ctx.save_settings()
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language is used from the next start of the desk.")
        )

    def back_up(self) -> None:
        """Copy the database (checked) on a worker thread: the desk keeps working meanwhile."""
        if not may(self.ctx, "backup.make") or not self.backup_action.isEnabled():
            return
        suggested = run_op(self, backups.default_target)
        if suggested is None:
            return
        suggested.parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"), str(suggested), "SQLite (*.db)")
        if not path:
            return
        self.backup_action.setEnabled(False)  # one at a time

        def done(result: backups.BackupResult | None) -> None:
            self.backup_action.setEnabled(True)
            self.backup_status.refresh()
            if result is not None:
                self.statusBar().showMessage(self.tr("Backed up to {0} ({1} KB, checked).").format(
                    result.path, max(1, result.size // 1024)), 15000)

        run_op_in_background(self, self.tr("Backing up the database…"), done, backups.back_up, self.ctx.operator, path)

    # --- automatic backups, restore ------------------------------------------------------------
    def start_automatic_backups(self, first_after_ms: int = 3000) -> None:
        self.auto_backup.start(first_after_ms)

    def open_backups(self) -> None:
        from desk.ui.backups.dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self.auto_backup, self)
        dialog.exec()
        self.backup_status.refresh()
        if dialog.chosen_restore is not None:
            self._restore(dialog.chosen_restore)

    def restore_backup(self) -> None:
        """Desk → Restore a backup… (admin): pick a backup file, then restore it from inside the window."""
        if not may(self.ctx, "backup.restore"):
            return
        folder = backups.backup_folder(self.ctx.data_dir, self.ctx.settings.backup_folder).path
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(folder),
                                              self.tr("Station Desk backups (*.db)"))
        if path:
            self._restore(Path(path))

    def _restore(self, path: Path) -> None:
        from desk.ui.backups.restore_flow import restore_in_window

        restore_in_window(self, path)

    def prepare_for_restore(self) -> None:
        """No backup may be reading the database while it is swapped."""
        self.auto_backup.stop()
        self.auto_backup.wait()
        QThreadPool.globalInstance().waitForDone(60_000)  # a "Save a copy of the database…"

    def restart_session(self, ask_operator: bool = True) -> None:
        """After a restore: the tabs are built again on the restored database and who is on duty is
        asked again (the restored database has its own operators). Cancelled, the window closes."""
        if ask_operator:
            for key, page in list(self._built.items()):
                self._holders[key].layout().removeWidget(page)
                page.deleteLater()
            self._built.clear()
            operator = self._ask_operator()
            if operator is None:
                self.close()
                return
            self.ctx.operator = operator
            self.ctx.settings.last_operator_id = operator.id
            self.ctx.save_settings()
            self.show_operator()
            self._on_tab_changed(self.tabs.currentIndex())
            # As at start: after the operator dialog, keystrokes, shortcuts and the scanner must reach
            # the window again (without this, Ctrl+Q and Alt+D went nowhere on X11).
            self.raise_()
            self.activateWindow()
        if self.auto_backup.enabled:
            self.auto_backup.start(first_after_ms=1000)  # a first backup of the restored database
        self.backup_status.refresh()

    def _ask_operator(self):
        from desk.ui.operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.ctx.settings.last_operator_id, self, demo_pin=self.demo_pin())
        return dialog.operator if dialog.exec() else None

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Station Desk"),
            self.tr("Station Desk {0}\nThe front desk of the {1}.\nData folder: {2}").format(
                __version__, self.ctx.settings.station_name, self.ctx.data_dir
            ),
        )

    # --- geometry -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.ctx.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.auto_backup.stop()
        self.auto_backup.wait(30_000)  # a backup half written is thrown away: let it finish
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self.ctx.save_settings()
        super().closeEvent(event)
