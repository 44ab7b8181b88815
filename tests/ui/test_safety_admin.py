"""The administrator's screens: the operators' set-up and the audit viewer (filters, export)."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from desk.models import AuditLog, Operator, ServiceType
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.services.people.records import PersonInput
from desk.services.safety import access, pins
from desk.ui.main_window import MainWindow
from desk.ui.safety import audit_viewer, pin_dialogs
from desk.ui.safety.audit_viewer import AuditViewer
from desk.ui.safety.operators_dialog import OperatorsDialog
from desk.ui.safety.pin_dialogs import NewOperator, NewPin
from desk.ui.widgets import dialogs


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(pins, "COST", (2**4, 8, 1))
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    shown = []
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda parent, exc: shown.append(exc))
    return shown


# --- operators ----------------------------------------------------------------------------------


def test_admin_adds_staff_with_a_pin(qtbot, admin_ctx, monkeypatch):
    monkeypatch.setattr(pin_dialogs, "ask_new_operator", lambda parent, roles: NewOperator("李社工", "staff", "5791"))
    dialog = OperatorsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    op = Operator.get(Operator.name == "李社工")
    assert op.role == "staff" and access.sign_in(op.id, "5791").id == op.id
    assert "李社工" in [r.name for r in dialog.model.rows()]


def test_volunteer_may_add_only_a_volunteer_and_manage_nothing(qtbot, ctx, monkeypatch):
    offered = []

    def ask(parent, roles):
        offered.append(roles)
        return NewOperator("小陈", "volunteer", "5791")

    monkeypatch.setattr(pin_dialogs, "ask_new_operator", ask)
    dialog = OperatorsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.role_button.isEnabled() and not dialog.reset_button.isEnabled()
    assert not dialog.active_button.isEnabled() and not dialog.idle.isEnabled()
    dialog.add_button.click()
    assert offered == [("volunteer",)]
    assert Operator.get(Operator.name == "小陈").role == "volunteer"


def test_admin_resets_a_pin_changes_a_role_and_deactivates(qtbot, admin_ctx, volunteer, monkeypatch):
    dialog = OperatorsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.model.rows()) if r.id == volunteer.id)
    dialog.table.selectRow(row)
    monkeypatch.setattr(pin_dialogs, "ask_new_pin", lambda *a, **k: NewPin("", "5791"))
    dialog.reset_button.click()
    assert access.sign_in(volunteer.id, "5791")
    monkeypatch.setattr(pin_dialogs, "ask_role", lambda parent, name, current: "staff")
    dialog.role_button.click()
    assert Operator.get_by_id(volunteer.id).role == "staff"
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog.active_button.click()
    assert not Operator.get_by_id(volunteer.id).active
    assert "deactivated" in dialog.model.data(dialog.model.index(
        next(i for i, r in enumerate(dialog.model.rows()) if r.id == volunteer.id), 3))
    assert dialog.active_button.text() == "Reactivate"


def test_change_my_pin_checks_the_old_one(qtbot, ctx, admin, monkeypatch, quiet):
    from desk.services.safety import operators

    operators.reset_pin(ctx.operator.id, "2468", by=admin)
    dialog = OperatorsDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(pin_dialogs, "ask_new_pin", lambda *a, **k: NewPin("1357", "5791"))
    dialog.own_pin_button.click()
    assert quiet and not access.pins.verify("5791", Operator.get_by_id(ctx.operator.id).pin_hash)
    monkeypatch.setattr(pin_dialogs, "ask_new_pin", lambda *a, **k: NewPin("2468", "5791"))
    dialog.own_pin_button.click()
    assert access.sign_in(ctx.operator.id, "5791")


def test_admin_sets_the_idle_lock_and_the_window_follows(qtbot, admin_ctx, monkeypatch):
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)

    def set_two(dialog):
        dialog.idle.setValue(2)
        dialog.idle_button.click()
        return 0

    monkeypatch.setattr(OperatorsDialog, "exec", set_two)
    window.edit_operators()
    assert admin_ctx.settings.idle_lock_minutes == 2
    assert window.idle._idle_ms == 120_000


def test_pin_dialog_refuses_two_different_new_pins(qtbot):
    dialog = pin_dialogs.PinDialog("t", "i", None, ask_old=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "5791")
    qtbot.keyClicks(dialog.again, "5792")
    dialog.accept()
    assert dialog.result() == 0 and "differ" in dialog.message.text()


# --- the audit viewer ---------------------------------------------------------------------------


@pytest.fixture
def logged(admin, volunteer):
    water = [ServiceType.get(ServiceType.code == "water").id]
    zhang = people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), volunteer)
    li = people.create_person(PersonInput(name="=HYPERLINK(\"x\")", phone="13900001111"), volunteer)
    checkin.check_in(zhang.id, water, volunteer)
    checkin.check_in(li.id, water, volunteer)
    people.update_person(zhang.id, PersonInput(name="张阳", phone="13812345678", platform="顺丰"), admin)
    return {"zhang": zhang, "li": li}


def test_audit_log_menu_is_for_admins_only(qtbot, ctx, admin_ctx):
    volunteer_window = MainWindow(ctx)
    qtbot.addWidget(volunteer_window)
    assert not volunteer_window.audit_action.isVisible()
    admin_window = MainWindow(admin_ctx)
    qtbot.addWidget(admin_window)
    assert admin_window.audit_action.isVisible()


def test_viewer_filters_and_shows_changes_side_by_side(qtbot, admin_ctx, volunteer, logged, monkeypatch):
    viewer = AuditViewer(admin_ctx)
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() == AuditLog.select().count()
    viewer.operator.setCurrentIndex(viewer.operator.findData(volunteer.id))
    assert {r.action for r in viewer.model.rows()} == {"person.create", "visit.check_in"}
    viewer.operator.setCurrentIndex(0)
    viewer.kind.setCurrentIndex(viewer.kind.findData("person"))
    assert {r.action for r in viewer.model.rows()} == {"person.create", "person.update"}
    monkeypatch.setattr(audit_viewer, "ask_person", lambda parent: logged["zhang"].id)
    viewer.person_button.click()
    assert {r.action for r in viewer.model.rows()} == {"person.create", "person.update"}
    assert "张阳" in viewer.person_label.text()
    viewer.kind.setCurrentIndex(0)
    assert {r.action for r in viewer.model.rows()} == {"person.create", "person.update", "visit.check_in"}
    # The newest row (the correction) is chosen: its changed field side by side.
    update = next(i for i, r in enumerate(viewer.model.rows()) if r.action == "person.update")
    viewer.table.selectRow(update)
    cells = [[viewer.changes.data(viewer.changes.index(r, c)) for c in range(3)] for r in range(viewer.changes.rowCount())]
    assert ["platform or employer", "美团", "顺丰"] in cells
    viewer.person_clear.click()
    viewer.since.setDate(QDate.currentDate().addDays(1))
    viewer.until.setDate(QDate.currentDate().addDays(2))
    assert viewer.model.rowCount() == 0
    viewer.all_days.setChecked(True)
    assert viewer.model.rowCount() == AuditLog.select().count()


def test_viewer_pages_with_more(qtbot, admin_ctx, logged, monkeypatch):
    monkeypatch.setattr(audit_viewer.audit_log, "PAGE", 2)
    monkeypatch.setattr(audit_viewer.audit_log.page, "__defaults__", (None, 2))
    viewer = AuditViewer(admin_ctx)
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() == 2 and viewer.more_button.isEnabled()
    while viewer.more_button.isEnabled():
        viewer.more_button.click()
    assert viewer.model.rowCount() == AuditLog.select().count()
    ids = [r.id for r in viewer.model.rows()]
    assert ids == sorted(ids, reverse=True)


def test_viewer_exports_the_filtered_rows_as_text(qtbot, admin_ctx, logged, tmp_path, monkeypatch):
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_viewer, "ask_save_path", lambda parent, suggested: str(target))
    viewer = AuditViewer(admin_ctx)
    qtbot.addWidget(viewer)
    viewer.kind.setCurrentIndex(viewer.kind.findData("person"))
    viewer.export_button.click()
    rows = list(load_workbook(target).active.iter_rows())
    assert len(rows) == 1 + 3  # two registrations and a correction
    values = [c.value for row in rows[1:] for c in row]
    assert any(str(v).startswith("=HYPERLINK") for v in values)
    for row in rows[1:]:
        assert isinstance(row[0].value, dt.datetime)
        for cell in row[1:]:
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
    assert AuditLog.select().where(AuditLog.action == "audit.export").count() == 1


def test_viewer_offers_no_edit_or_delete(qtbot, admin_ctx, logged):
    from PySide6.QtWidgets import QAbstractItemView, QPushButton

    viewer = AuditViewer(admin_ctx)
    qtbot.addWidget(viewer)
    assert viewer.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    labels = {b.text().lower() for b in viewer.findChildren(QPushButton)}
    assert not any(word in label for label in labels for word in ("delete", "edit", "remove", "void"))


def test_pin_dialog_shows_only_the_fields_it_asks_for(qtbot):
    dialog = pin_dialogs.PinDialog("t", "i", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name.isVisible() and not dialog.role.isVisible() and not dialog.old.isVisible()
    assert dialog.new.isVisible() and dialog.again.isVisible()


def test_viewer_names_operators_and_people_in_values(qtbot, admin_ctx, admin, volunteer, logged):
    visit = checkin.visits_between(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))[0]
    checkin.void_visit(visit.id, "重复登记", admin)
    viewer = AuditViewer(admin_ctx)
    qtbot.addWidget(viewer)
    void = next(i for i, r in enumerate(viewer.model.rows()) if r.action == "visit.void")
    viewer.table.selectRow(void)
    cells = {viewer.changes.data(viewer.changes.index(r, 0)): viewer.changes.data(viewer.changes.index(r, 2))
             for r in range(viewer.changes.rowCount())}
    assert cells["voided by"] == admin.name and cells["void reason"] == "重复登记"
    assert viewer.changes.edited
    check_in = next(i for i, r in enumerate(viewer.model.rows()) if r.action == "visit.check_in")
    viewer.table.selectRow(check_in)
    cells = {viewer.changes.data(viewer.changes.index(r, 0)): viewer.changes.data(viewer.changes.index(r, 2))
             for r in range(viewer.changes.rowCount())}
    assert cells["person"].endswith(f"#{viewer.model.rows()[check_in].person_id}")
    assert cells["person"].split(" #")[0] in ("张阳", "=HYPERLINK(\"x\")")
    assert not viewer.changes.edited
