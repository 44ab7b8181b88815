"""The sign-in: the operator dialog asks for the PIN and refuses a wrong one; the idle lock
covers the whole window and a PIN lifts it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from desk.models import Operator, PinGuard
from desk.services.safety import access, operators, pins
from desk.ui.main_window import MainWindow
from desk.ui.operator_dialog import OperatorDialog
from tests.ui.helpers import type_text

PIN = "2468"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(pins, "COST", (2**4, 8, 1))


@pytest.fixture
def pins_set(admin, volunteer, staff):
    """Every fixture operator has a PIN, set the way the desk sets them (an admin resets them)."""
    for op, pin in ((admin, "9753"), (volunteer, PIN), (staff, "5791")):
        operators.reset_pin(op.id, pin, by=admin)


def _enter_pin(qtbot, field, pin):
    field.setFocus()
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# --- the operator dialog ------------------------------------------------------------------------


def test_first_start_makes_the_administrator_with_a_pin(qtbot, database):
    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.name.isVisibleTo(dialog) and form.again.isVisibleTo(dialog)
    type_text(qtbot, form.name, "刘主任")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.keyClicks(form.pin, PIN)
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)  # Enter moves on to "PIN again"
    assert dialog.operator is None
    _enter_pin(qtbot, form.again, PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted
    op = Operator.get(Operator.name == "刘主任")
    assert dialog.operator.id == op.id and op.role == "admin"
    assert access.sign_in(op.id, PIN).id == op.id


def test_first_start_refuses_two_different_pins(qtbot, database):
    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.name, "刘主任")
    qtbot.keyClicks(dialog.form.pin, PIN)
    _enter_pin(qtbot, dialog.form.again, "2469")
    assert dialog.operator is None and not Operator.select().exists()
    assert "differ" in dialog.form.message.text()


def test_dialog_asks_for_the_pin_and_refuses_a_wrong_one(qtbot, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.combo.currentData() == volunteer.id
    assert not form.again.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: form.pin.hasFocus())  # name chosen already: type the PIN at once
    _enter_pin(qtbot, form.pin, "1357")
    assert dialog.operator is None and dialog.isVisible()
    assert "Wrong PIN" in form.message.text() and form.pin.text() == ""
    _enter_pin(qtbot, form.pin, PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.operator.id == volunteer.id


def test_three_wrong_pins_make_the_operator_wait(qtbot, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    for _ in range(3):
        _enter_pin(qtbot, dialog.form.pin, "1357")
    assert not dialog.form.pin.isEnabled()
    assert "wait" in dialog.form.message.text() and "30 s" in dialog.form.message.text()
    assert access.wait_left(volunteer.id) > 0
    # Reopening the dialog does not buy new tries.
    again = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(again)
    assert not again.form.pin.isEnabled()


def test_up_and_down_in_the_pin_field_choose_another_name(qtbot, admin, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    before = dialog.form.combo.currentData()
    qtbot.keyClick(dialog.form.pin, Qt.Key.Key_Down)
    assert dialog.form.combo.currentData() != before


def test_upgraded_desk_the_administrator_chooses_a_pin_first(qtbot, admin, volunteer):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert [form.combo.itemData(i) for i in range(form.combo.count())] == [admin.id]
    assert form.again.isVisibleTo(dialog) and "upgraded" in form.message.text()
    qtbot.keyClicks(form.pin, "9753")
    _enter_pin(qtbot, form.again, "9753")
    assert dialog.operator.id == admin.id
    assert access.sign_in(admin.id, "9753")


def test_dialog_has_no_way_to_add_an_operator(qtbot, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    assert not dialog.form.name.isVisibleTo(dialog)
    assert not hasattr(dialog, "new_role")


def test_demo_says_its_pin(qtbot, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id, demo_pin="2468")
    qtbot.addWidget(dialog)
    assert "2468" in dialog.form.hint.text()


# --- the idle lock ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, ctx, pins_set):
    ctx.operator = Operator.get_by_id(ctx.operator.id)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_idle_lock_covers_the_window_and_a_pin_resumes_it(qtbot, window, ctx):
    search = window.current_page().findChild(object, "personSearchField")
    window.idle.set_idle_ms(60)
    qtbot.waitUntil(lambda: window.idle.locked, timeout=3000)
    screen = window.idle.screen
    assert screen.isVisible() and screen.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    # Only the station's name and the operator on duty show; the form waits for the PIN.
    texts = " ".join(label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen))
    assert ctx.settings.station_name in texts and ctx.operator.name in texts
    assert screen.form.pin.hasFocus()
    # Keys go nowhere else: a scan typed at the locked desk does not reach the search field.
    qtbot.keyClicks(search, "1234")
    assert search.text() == ""
    # A shortcut (Ctrl+2: the people tab) does nothing while locked.
    qtbot.keyClick(screen.form.pin, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    _enter_pin(qtbot, screen.form.pin, "1357")
    assert window.idle.locked and "Wrong PIN" in screen.form.message.text()
    window.idle.set_idle_ms(0)
    _enter_pin(qtbot, screen.form.pin, PIN)
    assert not window.idle.locked and not screen.isVisible()
    assert window.centralWidget().isEnabled() and window.ctx.operator.id == ctx.operator.id


def test_the_lock_follows_the_window_size(qtbot, window):
    window.idle.lock()
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: window.idle.screen.geometry() == window.rect())


def test_locking_cancels_an_open_dialog(qtbot, window):
    dialog = QDialog(window)
    dialog.setObjectName("someonesDetails")
    dialog.show()
    qtbot.waitExposed(dialog)
    window.idle.lock()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_switch_operator_on_the_lock_screen(qtbot, window, staff):
    window.idle.lock()
    form = window.idle.screen.form
    qtbot.mouseClick(form.switch_button, Qt.MouseButton.LeftButton)
    assert form.combo.isVisibleTo(form)
    form.combo.setCurrentIndex(form.combo.findData(staff.id))
    _enter_pin(qtbot, form.pin, "5791")
    assert not window.idle.locked
    assert window.ctx.operator.id == staff.id and staff.name in window.operator_label.text()
    assert window.ctx.settings.last_operator_id == staff.id


def test_lock_now_from_the_menu(qtbot, window):
    qtbot.keyClick(window.current_page(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.idle.locked


def test_idle_lock_zero_means_never(qtbot, window):
    window.idle.set_minutes(0)
    assert not window.idle._timer.isActive()
    window.idle.set_minutes(10)
    assert window.idle._timer.isActive()


def test_take_desk_lock_refuses_a_second_desk_plainly(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk.store import desk_lock
    from desk.ui import app

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    with desk_lock(tmp_path / "folder"):
        assert app.take_desk_lock(tmp_path / "folder") is None
    assert said and str(tmp_path / "folder") in said[0][1]
    held = app.take_desk_lock(tmp_path / "folder")
    assert held is not None and held.held
    held.release()


def test_one_enter_is_one_try(qtbot, volunteer, pins_set):
    """The dialog's default button must not take the PIN field's Enter a second time."""
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _enter_pin(qtbot, dialog.form.pin, "1357")
    qtbot.keyClick(dialog.form.pin, Qt.Key.Key_Return)  # an Enter on the empty field costs nothing
    assert PinGuard.get(PinGuard.operator == volunteer.id).failures == 1
    assert "2 more tries" in dialog.form.message.text()


def test_enter_on_the_name_list_goes_on_to_the_pin(qtbot, volunteer, pins_set):
    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.combo.setFocus()
    qtbot.keyClick(dialog.form.combo, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.form.pin and dialog.isVisible()


def test_a_locked_window_can_be_destroyed(qtbot, ctx, pins_set):
    """Events that arrive while a locked window is being destroyed must not reach a dead window."""
    import shiboken6
    from PySide6.QtWidgets import QApplication, QLineEdit

    win = MainWindow(ctx)
    win.show()
    win.idle.lock()
    win.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(win))
    other = QLineEdit()
    qtbot.addWidget(other)
    qtbot.keyClicks(other, "ok")  # input elsewhere still arrives
    QApplication.processEvents()
    assert other.text() == "ok"
