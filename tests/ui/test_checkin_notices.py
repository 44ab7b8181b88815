"""The rider hears back at check-in: the notice shows, the volunteer passes it on, once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.models import AuditLog, Notice
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
