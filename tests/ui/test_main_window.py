from desk.config import Settings
from desk.ui.coming_tab import ComingTab
from desk.ui.main_window import MainWindow
from desk.ui.tabs import TABS


def test_window_has_every_duty_tab_and_shows_operator(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.tabs.count() == len(TABS)
    assert ctx.operator.name in window.operator_label.text()
    for key, page in window.pages.items():
        window.show_tab(key)  # every tab opens: built, or a "coming" page
        assert window.current_page() is page


def test_tabs_are_built_when_first_shown(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert list(window._built) == ["checkin"]
    window.show_tab("people")
    assert set(window._built) == {"checkin", "people"}


def test_unbuilt_duties_show_a_coming_page(qtbot, ctx, monkeypatch):
    from desk.ui import main_window
    from desk.ui.tabs import TabSpec

    # A duty whose module does not exist yet (every named duty may be built by now).
    monkeypatch.setattr(main_window, "TABS", [*TABS, TabSpec("later", "Later", "desk.ui.no_such_tab", "NoSuchTab")])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window.page("later"), ComingTab)


def test_geometry_and_large_text_are_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.toggle_large_text(True)
    window.close()
    saved = Settings.load(ctx.data_dir)
    assert saved.large_text and saved.window_geometry
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.width() == 700


def test_admin_adds_a_service_and_check_in_offers_it(qtbot, admin_ctx):
    from desk.models import ServiceType
    from desk.ui.service_catalog_dialog import ServiceCatalogDialog

    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    dialog = ServiceCatalogDialog(admin_ctx.operator, window)
    qtbot.addWidget(dialog)
    from tests.ui.helpers import type_text

    type_text(qtbot, dialog.name, "微波炉加热")
    dialog.add()
    assert ServiceType.select().where(ServiceType.name == "微波炉加热").exists()
    window.page("checkin").catalog_changed()
    assert len(window.page("checkin").services.boxes) == 8


def test_volunteer_cannot_change_the_catalog(qtbot, ctx):
    from desk.ui.service_catalog_dialog import ServiceCatalogDialog

    dialog = ServiceCatalogDialog(ctx.operator)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()


def test_first_start_adds_the_administrator(qtbot, database):
    from desk.services.common import accounts
    from desk.ui.operator_dialog import OperatorDialog
    from tests.ui.helpers import type_text

    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.name, "刘主任")
    qtbot.keyClicks(dialog.form.pin, "2468")
    qtbot.keyClicks(dialog.form.again, "2468")
    dialog.accept()
    assert dialog.operator is not None and dialog.operator.role == "admin"
    assert [op.name for op in accounts.list_operators()] == ["刘主任"]


def test_operator_dialog_remembers_the_last_operator(qtbot, volunteer, staff, admin):
    from desk.services.safety import operators
    from desk.ui.operator_dialog import OperatorDialog

    for op in (admin, staff):
        operators.reset_pin(op.id, "5791", by=admin)
    dialog = OperatorDialog(last_operator_id=staff.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.pin, "5791")
    dialog.accept()
    assert dialog.operator.id == staff.id


def test_operator_dialog_adds_nobody(qtbot, volunteer):
    """New operators are added inside the window by someone signed in (Desk → Operators…)."""
    from desk.models import Operator
    from desk.ui.operator_dialog import OperatorDialog

    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    assert not dialog.form.name.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.operator is None and Operator.select().count() == 2


def test_the_backup_menu_copies_on_a_worker_and_says_where(qtbot, ctx, monkeypatch, tmp_path):
    """The old menu copied the file on the window's thread (it froze for seconds) and could
    miss committed check-ins still in the log; now a checked copy is made off the window's thread."""
    import sqlite3
    import threading

    from PySide6.QtWidgets import QApplication, QFileDialog

    from desk.services.checkin import visits
    from desk.services.common import backups
    from desk.services.people import records

    rider = records.create_person(records.PersonInput(name="张阳", phone="13812345678"), ctx.operator)
    for _ in range(3):
        visits.check_in(rider.id, [s.id for s in visits.default_services()], ctx.operator, allow_repeat=True)
    target = tmp_path / "U盘" / "驿站备份.db"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    threads = []
    real = backups.back_up
    monkeypatch.setattr(backups, "back_up", lambda *a, **k: threads.append(threading.get_ident()) or real(*a, **k))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.back_up()
    assert not window.backup_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    assert threads and threads[0] != threading.get_ident()
    assert str(target) in window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is None
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT COUNT(*) FROM visit").fetchone()[0] == 3


def test_a_refused_backup_says_why_and_leaves_the_menu_usable(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    shown = []
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "desk.db"), "")))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.back_up()  # onto the database itself
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    assert shown and "Backed up" not in window.statusBar().currentMessage()
