"""The rider hears back at check-in: the notice shows, the volunteer passes it on, once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QTabWidget

from desk.models import AuditLog, Notice
from desk.services.checkin import visits
from desk.services.common import notices
from desk.services.people.records import PersonInput, create_person
from desk.ui.checkin_tab import CheckinTab
from tests.ui.helpers import press_enter
from tests.unit.wish_helpers import wish_in


@pytest.fixture
def tab(qtbot, ctx):
    widget = CheckinTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_first()
    return widget


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)


def test_a_fulfilled_wish_is_told_once_at_check_in(qtbot, tab, rider, staff):
    helper = create_person(PersonInput(name="李爱心", kind="volunteer"), staff)
    wish_in("fulfilled", rider.id, staff, claimant_id=helper.id, what="雨靴")
    qtbot.keyClicks(tab.search.field, "5678")
    press_enter(qtbot, tab.search.field)  # checked in
    assert not tab.notices.isHidden()
    [text] = tab.notices.messages()
    assert "张师傅" in text and "雨靴" in text and "李爱心" in text and "张阳" not in text
    [row] = notices.pending(rider.id)
    told = tab.notices.findChild(type(tab.check_in_button), "noticeAnswer_seen")
    qtbot.mouseClick(told, Qt.MouseButton.LeftButton)
    notice = Notice.get_by_id(row.id)
    assert notice.shown_at is not None and notice.answer == "seen" and notice.shown_by_id == tab.ctx.operator.id
    assert AuditLog.select().where((AuditLog.action == "notice.answer") & (AuditLog.entity_id == row.id)).count() == 1
    assert tab.notices.isHidden()
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()  # chosen again: nothing more to tell
    assert tab.notices.isHidden() and notices.pending(rider.id) == []


def test_a_declined_wish_gives_the_reason(qtbot, tab, rider, staff):
    from desk.services.wishes import board

    wish_id = wish_in("awaiting", rider.id, staff, what="一台电动车")
    board.decline(wish_id, "价值超出微心愿范围", staff)
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()  # chosen, not yet checked in: the volunteer sees it already
    [text] = tab.notices.messages()
    assert "一台电动车" in text and "价值超出微心愿范围" in text


def test_a_notice_that_asks_an_answer_shows_its_buttons(qtbot, tab, rider, volunteer):
    answered = []
    notices.register(notices.NoticeKind(
        "test.hazard", "Your report “{what}” was handled. Is it fixed?",
        answers=(("fixed", "Fixed"), ("not_fixed", "Not fixed")),
        on_answer=lambda notice, code, operator: answered.append(code)))
    notices.post(rider.id, "test.hazard", "hazard_report", 1, {"what": "楼道堆放杂物"})
    qtbot.keyClicks(tab.search.field, "5678")
    tab.search.run_search()
    assert tab.notices.findChild(type(tab.check_in_button), "noticeAnswer_seen") is None
    button = tab.notices.findChild(type(tab.check_in_button), "noticeAnswer_not_fixed")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert answered == ["not_fixed"] and notices.pending(rider.id) == []
    assert tab.notices.isHidden()


def test_nobody_chosen_shows_no_notices(qtbot, tab, rider, staff):
    wish_in("fulfilled", rider.id, staff, claimant_id=create_person(PersonInput(name="李爱心"), staff).id)
    assert tab.notices.isHidden()
    qtbot.keyClicks(tab.search.field, "0000")
    tab.search.run_search()
    assert tab.notices.isHidden()


def test_after_told_the_next_scan_still_checks_in(qtbot, ctx, rider, staff, volunteer):
    """Seen on the real desk: clicking 已转告 removed the focused button, and the next card
    scan went nowhere: the focus moved on to the tab bar of the window, outside the tab."""
    window = QTabWidget()
    qtbot.addWidget(window)
    window.addTab(QLineEdit(), "before")  # like the window's other tabs, earlier in the focus chain
    tab = CheckinTab(ctx)
    window.addTab(tab, "check-in")
    window.setCurrentWidget(tab)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    other = create_person(PersonInput(name="李四", phone="13900001111"), volunteer)
    wish_in("fulfilled", rider.id, staff, claimant_id=create_person(PersonInput(name="李爱心"), staff).id)
    qtbot.keyClicks(tab.search.field, "5678")
    press_enter(qtbot, tab.search.field)  # checked in; the notice shows
    told = tab.notices.findChild(type(tab.check_in_button), "noticeAnswer_seen")
    told.setFocus()  # a mouse click gives the button the focus
    qtbot.mouseClick(told, Qt.MouseButton.LeftButton)
    assert tab.notices.isHidden()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search.field)
    card = other.card_code
    qtbot.keyClicks(QApplication.focusWidget(), card)
    assert tab.search.text() == card
    press_enter(qtbot, QApplication.focusWidget())
    today = visits.visits_between(*visits.day_bounds(dt.date.today()))
    assert sorted(v.person_id for v in today) == sorted([rider.id, other.id])


def test_four_notices_are_readable_in_a_laptop_window(qtbot, ctx, rider, staff):
    """Seen on the real desk (1280x740): a rider with four notices got four rows squeezed to
    half a line each, the text cut off at the top and bottom."""
    helper = create_person(PersonInput(name="李爱心"), staff)
    for what in ("儿子的一个篮球和一副护膝", "孩子暑假的游泳课", "冬天骑车用的防风手套", "一袋大米和一桶油"):
        wish_in("fulfilled", rider.id, staff, claimant_id=helper.id, what=what)
    window = QTabWidget()  # as in the main window: the tab gets the room there is, no more
    qtbot.addWidget(window)
    tab = CheckinTab(ctx)
    window.addTab(tab, "check-in")
    window.resize(1280, 650)
    window.show()
    qtbot.waitExposed(window)
    assert tab.height() < 640
    tab.search.set_text("5678")
    qtbot.waitUntil(lambda: len(tab.notices.messages()) == 4)
    QApplication.processEvents()
    labels = tab.notices.findChildren(QLabel, "noticeText")
    assert len(labels) == 4
    for label in labels:
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert window.height() == 650  # the window did not grow past the screen
    scroll = tab.notices.findChild(QScrollArea)
    assert scroll is not None and scroll.viewport().height() >= labels[0].height()  # the first is whole


def test_notices_do_not_make_the_desk_taller(qtbot, ctx, rider, staff):
    """Seen on the real desk with Larger text: a rider with a notice pushed the window past the
    bottom of a 768-pixel screen (today's list and the status bar were gone). The notices sit
    where the list of matches leaves room, so showing them needs no more height."""
    wish_in("fulfilled", rider.id, staff, claimant_id=create_person(PersonInput(name="李爱心"), staff).id,
            what="冬天骑车用的防风手套")
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1270, 620)
    tab.show()
    before = tab.minimumSizeHint().height()
    tab.search.set_text("5678")
    assert tab.notices.isVisible()
    assert tab.minimumSizeHint().height() <= before
