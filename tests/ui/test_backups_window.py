"""Backups in the window: automatic backups off the window's thread and their state in the status bar,
the backup dialog (folder for an admin, what is kept), restore from inside the window (admin), the
damaged-database dialog at start, and a full disk met while checking a rider in."""

import datetime as dt
import shutil
import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desk import models
from desk.config import Settings
from desk.errors import DISK_FULL, StorageError
from desk.services.common import backup_status, backups
from desk.ui import app as desk_app
from desk.ui.backups import damaged as damaged_ui
from desk.ui.backups.dialog import BackupDialog
from desk.ui.checkin_tab import CheckinTab
from desk.ui.errors import message_of
from desk.ui.main_window import MainWindow
from tests.backup_helpers import count, fill, garbage_in_the_middle
from tests.ui.helpers import press_enter

NOW = dt.datetime(2026, 11, 29, 18, 0)


@pytest.fixture
def window(qtbot, admin_ctx):
    win = MainWindow(admin_ctx)
    qtbot.addWidget(win)
    return win


def test_the_automatic_backup_runs_off_the_window_thread_and_the_status_bar_says_so(qtbot, window, monkeypatch,
                                                                                   tmp_path, admin):
    fill(admin, people=3, photos=1)
    assert window.backup_status.level == backup_status.NEVER
    threads = []
    real = backups.automatic
    monkeypatch.setattr(backups, "automatic", lambda *a, **k: threads.append(threading.get_ident()) or real(*a, **k))
    window.start_automatic_backups(first_after_ms=0)
    qtbot.waitUntil(lambda: window.backup_status.level == backup_status.OK, timeout=10_000)
    assert threads and threads[0] != threading.get_ident()
    assert "Backed up today" in window.backup_status.text() or "已备份" in window.backup_status.text()
    made = list((tmp_path / "backups").glob("desk-*.db"))
    assert len(made) == 1 and count(made[0], "SELECT COUNT(*) FROM person") == 3
    assert window.auto_backup.timer.isActive()
    assert window.auto_backup.timer.interval() == backups.AUTO_EVERY_HOURS * 3600 * 1000
    window.close()  # waits for a backup still running; stops the timer
    assert not window.auto_backup.timer.isActive()


def test_an_old_or_failed_backup_turns_the_status_red(window, tmp_path):
    result = backup_status.BackupResult(tmp_path / "backups" / "desk-20261127-100000.db", 1000,
                                        dt.datetime(2026, 11, 27, 10, 0))
    backup_status.record_success(tmp_path, result)
    window.backup_status.refresh(now=NOW)
    assert window.backup_status.level == backup_status.OLD
    assert "11-27 10:00" in window.backup_status.text()
    assert "#c62828" in window.backup_status.styleSheet()
    backup_status.record_failure(tmp_path, NOW, "No space left on device", str(tmp_path / "backups"))
    window.backup_status.refresh(now=NOW)
    assert window.backup_status.level == backup_status.FAILED
    assert "No space left on device" in window.backup_status.toolTip()
    assert "#c62828" in window.backup_status.styleSheet()


def test_the_backup_dialog_lets_an_admin_choose_a_usb_folder(qtbot, admin_ctx, window, monkeypatch, tmp_path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    dialog = BackupDialog(admin_ctx, window.auto_backup, window)
    qtbot.addWidget(dialog)
    assert "12" in dialog.retention.text() and "14" in dialog.retention.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    dialog.choose_button.click()
    assert admin_ctx.settings.backup_folder == str(usb.resolve())
    assert Settings.load(tmp_path).backup_folder == str(usb.resolve())
    assert str(usb) in dialog.folder_label.text()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: not window.auto_backup.running, timeout=10_000)
    assert dialog.model.rowCount() == 1 and dialog.model.row_record(0).path.parent == usb
    shutil.rmtree(usb)  # the stick is pulled out
    dialog.refresh()
    assert dialog.missing_label.isVisibleTo(dialog) and str(usb) in dialog.missing_label.text()


def test_a_volunteer_sees_the_backups_but_cannot_move_or_restore_them(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = BackupDialog(ctx, window.auto_backup, window)
    qtbot.addWidget(dialog)
    assert not dialog.choose_button.isVisibleTo(dialog) and not dialog.restore_button.isVisibleTo(dialog)
    assert dialog.backup_button.isVisibleTo(dialog)
    assert not window.restore_action.isVisible()


@pytest.fixture
def backed_up(admin, tmp_path):
    """30 people and 2 photos in a backup; 5 more people after it."""
    fill(admin, people=30, photos=2)
    backup = backups.automatic(tmp_path / "desk.db").path
    fill(admin, people=5, photos=0, start=100)
    return backup


def test_restore_from_inside_the_window(qtbot, window, backed_up, monkeypatch, tmp_path, admin):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backed_up), "")))
    monkeypatch.setattr("desk.ui.backups.restore_flow.confirm", lambda parent, title, text: asked.append(text) or True)
    told = []
    monkeypatch.setattr("desk.ui.backups.restore_flow.inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(MainWindow, "_ask_operator", lambda self: admin)
    people_before = window.page("people")
    window.restore_backup()
    assert "30 people" in asked[0] and "2 photos" in asked[0]
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 30
    assert told and "before-restore" in told[0]
    assert window.page("people") is not people_before  # the tabs were built again on the restored database
    from desk.services.people import records

    records.create_person(records.PersonInput(name="恢复后", phone="13700000000"), admin)  # the session works
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 31


def test_a_damaged_backup_is_refused_in_the_window_and_nothing_changes(qtbot, window, backed_up, monkeypatch,
                                                                      tmp_path):
    bad = tmp_path / "bad.db"
    shutil.copyfile(backed_up, bad)
    garbage_in_the_middle(bad)
    shown = []
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    monkeypatch.setattr("desk.ui.backups.restore_flow.confirm", lambda *a: pytest.fail("asked about a bad file"))
    window.restore_backup()
    assert shown and "damaged" in str(shown[0])
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 35


@pytest.fixture
def damaged_desk(admin, tmp_path):
    fill(admin, people=40, photos=1)
    backups.automatic(tmp_path / "desk.db", now=dt.datetime.now() - dt.timedelta(hours=3))
    models.db.close()
    garbage_in_the_middle(tmp_path / "desk.db")
    return tmp_path


def test_a_damaged_database_at_start_offers_the_newest_backup(qtbot, damaged_desk, monkeypatch):
    shown = []

    def answer(dialog):
        shown.append(dialog.text.text())
        return True

    monkeypatch.setattr(damaged_ui.DamagedDatabaseDialog, "ask", answer)
    told = []
    monkeypatch.setattr(damaged_ui, "inform", lambda parent, title, text: told.append(text))
    assert damaged_ui.check_database_at_start(damaged_desk, Settings())
    assert "3 hours ago" in shown[0] or "3 小时前" in shown[0]
    assert "desk.damaged-" in shown[0]
    kept = list(damaged_desk.glob("desk.damaged-*.db"))
    assert len(kept) == 1 and kept[0].name in told[0]
    assert count(damaged_desk / "desk.db", "SELECT COUNT(*) FROM person") == 40


def test_without_a_backup_the_desk_says_so_and_does_not_start(qtbot, damaged_desk, monkeypatch):
    shutil.rmtree(damaged_desk / "backups")
    dialogs_seen = []
    monkeypatch.setattr(damaged_ui.DamagedDatabaseDialog, "ask", lambda d: dialogs_seen.append(d) or False)
    assert not damaged_ui.check_database_at_start(damaged_desk, Settings())
    assert "No good backup" in dialogs_seen[0].text.text() or "没有找到" in dialogs_seen[0].text.text()
    assert not hasattr(dialogs_seen[0], "restore_button")
    assert not list(damaged_desk.glob("desk.damaged-*"))  # nothing was moved


def test_a_full_disk_at_the_counter_is_said_in_chinese_and_the_desk_goes_on(qtbot, ctx, monkeypatch, qapp):
    from desk.services.people import records

    rider = records.create_person(records.PersonInput(name="张阳", phone="13812345678"), ctx.operator)
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    shown = []
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda parent, exc: shown.append(exc))
    database = models.db.obj
    real = database.cursor

    class Full:
        def __init__(self, cursor):
            self.cursor = cursor

        def execute(self, sql, params=()):
            if sql.strip().upper() == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self.cursor.execute(sql, params)

        def __getattr__(self, name):
            return getattr(self.cursor, name)

    monkeypatch.setattr(database, "cursor", lambda *a, **k: Full(real(*a, **k)))
    qtbot.keyClicks(tab.search.field, "5678")
    press_enter(qtbot, tab.search.field)
    assert shown and isinstance(shown[0], StorageError) and shown[0].template == DISK_FULL
    desk_app.install_translations(qapp, "zh_CN")
    try:
        assert message_of(shown[0]).startswith("磁盘已满")
    finally:
        desk_app.install_translations(qapp, "en")
    monkeypatch.setattr(database, "cursor", real)  # room again
    assert tab.search.text() == "5678"  # what was typed stays: Enter again is all it takes
    press_enter(qtbot, tab.search.field)
    assert count(models.db.obj.database, "SELECT COUNT(*) FROM visit WHERE person_id = %d" % rider.id) == 1


def test_the_window_says_a_read_only_data_folder_at_start(qtbot, qapp, tmp_path, monkeypatch):
    from desk import store

    def read_only(*a, **k):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "open_store", read_only)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr("desk.ui.errors.install_excepthook", lambda folder: None)  # no log handler left behind
    try:
        assert desk_app.run(tmp_path / "new") == 1
    finally:
        desk_app.install_translations(qapp, "en")  # run() installed the desk's language: the next tests read English
    assert shown and ("read-only" in shown[0] or "只读" in shown[0])
