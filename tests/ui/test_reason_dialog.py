"""Asking for a reason: an empty one keeps the dialog open with the message in place."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from desk.models import Visit
from desk.services.checkin import visits as checkin
from desk.services.people import records as people
from desk.ui.checkin_tab import CheckinTab
from desk.ui.widgets import dialogs


def answer_modal(qtbot, steps):
    """Run ``steps`` against the modal dialog once it is open (exec() blocks until it closes)."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        steps(qtbot, dialog, seen)

    QTimer.singleShot(0, act)
    return seen


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_empty_reason_keeps_the_dialog_open_with_the_message(qtbot):
    def steps(qtbot, dialog, seen):
        field = dialog.findChild(QLineEdit)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # nothing written
        seen["open_after_empty"] = dialog.isVisible()
        message = dialog.findChild(QLabel, "reasonMessage")
        seen["message"] = message.text() if message is not None and message.isVisible() else None
        qtbot.keyClicks(field, "   ")  # blanks are nothing either
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        seen["open_after_blanks"] = dialog.isVisible()
        field.clear()
        qtbot.keyClicks(field, "wrong person")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    seen = answer_modal(qtbot, steps)
    assert dialogs.ask_reason(None, "Void the check-in of 张阳 at 10:05") == "wrong person"
    assert seen["open_after_empty"] and seen["open_after_blanks"]
    assert seen["message"] == "Please write the reason: it is kept with the record."


def test_cancel_gives_none(qtbot):
    def steps(qtbot, dialog, seen):
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Escape)

    answer_modal(qtbot, steps)
    assert dialogs.ask_reason(None, "Reverse 10 points") is None


def test_void_in_check_in_survives_an_empty_reason(qtbot, ctx, volunteer):
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678"), volunteer)
    checkin.check_in(rider.id, [1], volunteer, at=dt.datetime.now() - dt.timedelta(minutes=3))
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)

    def steps(qtbot, dialog, seen):
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)  # Enter with nothing written
        seen["still_open"] = dialog.isVisible()
        qtbot.keyClicks(dialog.findChild(QLineEdit), "pressed twice")
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)

    seen = answer_modal(qtbot, steps)
    tab.void_selected()
    assert seen["still_open"]
    visit = Visit.get()
    assert visit.voided_at is not None and visit.void_reason == "pressed twice"
