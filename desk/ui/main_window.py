"""The main window: the duty tabs, the operator in the status bar, remembered geometry."""

from __future__ import annotations

import importlib
import importlib.util
import shutil

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
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
from desk.models import db
from desk.services.common import accounts
from desk.ui import fonts
from desk.ui.coming_tab import ComingTab
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.tabs import TABS, TabSpec
from desk.ui.widgets.operations import may


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
        self._build_menus()
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
        self._action(desk_menu, self.tr("Back up database…"), "Ctrl+Shift+B", self.back_up)
        self._action(desk_menu, self.tr("Service catalog…"), None, self.edit_services)
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
        self._on_tab_changed(self.tabs.currentIndex())  # pages size their rich text from the font

    def set_language(self, code: str) -> None:
        self.ctx.settings.language = code
        self.ctx.save_settings()
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language is used from the next start of the desk.")
        )

    def back_up(self) -> None:
        source = self.ctx.data_dir / "desk.db"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(self.ctx.data_dir / "backup-desk.db"), "SQLite (*.db)"
        )
        if not path:
            return
        db.execute_sql("PRAGMA wal_checkpoint(FULL)")
        shutil.copyfile(source, path)
        self.statusBar().showMessage(self.tr("Backed up to {0}").format(path), 8000)

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
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self.ctx.save_settings()
        super().closeEvent(event)
