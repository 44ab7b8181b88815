"""The wish board in the window: a wish from the rider's words to fulfilled with a photo, asserted on the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.models import PointEntry, Wish
from desk.services.common import attachments, units
from desk.services.people.records import PersonInput, create_person
from desk.services.points import ledger as points
from desk.services.wishes import board
from desk.ui.wishes import step_dialogs
from desk.ui.wishes.detail_dialog import WishDialog
from desk.ui.wishes.step_dialogs import ClaimDialog, FulfilDialog
from desk.ui.wishes.take_down_dialog import TakeDownDialog
from desk.ui.wishes_tab import WishesTab
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter, type_text
from tests.unit.wish_helpers import png, wish_in


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput(name="张阳", phone="13812341111"), volunteer)


@pytest.fixture
def helper(volunteer):
    return create_person(PersonInput(name="李爱心", phone="13912342222", kind="volunteer"), volunteer)


def make_tab(qtbot, ctx) -> WishesTab:
    tab = WishesTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.focus_first()
    return tab


def only_wish() -> Wish:
    [wish] = list(Wish.select())
    return wish


def test_take_down_approve_claim_fulfil_with_a_photo(qtbot, staff_ctx, rider, helper, monkeypatch, tmp_path):
    tab = make_tab(qtbot, staff_ctx)

    def take_down(dialog: TakeDownDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.search.field, "1111")  # the rider's phone tail, then Enter
        press_enter(qtbot, dialog.search.field)
        assert dialog.person_id == rider.id
        qtbot.waitUntil(dialog.what.hasFocus)  # Enter moved on to the wish
        type_text(qtbot, dialog.what, "一双雨靴（42码）")
        dialog.category.setCurrentIndex(dialog.category.findText("工作装备"))
        dialog.value.setValue(80)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TakeDownDialog, "exec", take_down)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a tab key, from the search
    wish = only_wish()
    assert (wish.status, wish.what, wish.rider_id, wish.value_yuan) == ("awaiting", "一双雨靴（42码）", rider.id, 80)
    assert tab.board.models["awaiting"].rowCount() == 1 and "张阳" in tab.feedback.text()

    steps = []

    def run_detail(dialog: WishDialog) -> int:
        steps.append(sorted(dialog.buttons))
        qtbot.mouseClick(dialog.buttons[next_action[0]], Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(WishDialog, "exec", run_detail)
    next_action = ["approve"]
    view = tab.board.views["awaiting"]
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(tab.board.models["awaiting"].index(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the selected wish
    assert only_wish().status == "open" and steps[-1] == ["approve", "decline", "withdraw"]
    assert tab.board.models["open"].rowCount() == 1

    def claim(dialog: ClaimDialog) -> int:
        dialog.show()
        dialog.activateWindow()  # as on screen: keys go to the dialog, not to the board behind it
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.search.field, "2222")
        press_enter(qtbot, dialog.search.field)
        assert dialog.as_person.isChecked() and dialog.person_id == helper.id
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ClaimDialog, "exec", claim)
    next_action[0] = "claim"
    tab.open_wish(wish.id)
    wish = only_wish()
    assert wish.status == "claimed" and wish.claimant_person_id == helper.id
    assert wish.promised_on == dt.date.today() + dt.timedelta(days=14)

    photo = png(tmp_path / "领到雨靴.png", size=40)
    monkeypatch.setattr(step_dialogs, "choose_photos", lambda parent: [str(photo)])

    def fulfil(dialog: FulfilDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.photo_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.given, "雨靴一双")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FulfilDialog, "exec", fulfil)
    next_action[0] = "fulfil"
    tab.open_wish(wish.id)
    wish = only_wish()
    assert (wish.status, wish.given, wish.fulfilled_on) == ("fulfilled", "雨靴一双", dt.date.today())
    [stored] = attachments.for_owner("wish", wish.id)
    assert attachments.path_of(stored.id).read_bytes() == photo.read_bytes()
    assert points.balance(helper.id) == points.get_rule("wish_fulfilled").default_points
    assert PointEntry.select().where(PointEntry.source_type == "wish").count() == 1
    assert "李爱心" in tab.feedback.text()
    # The card in the fulfilled column shows the photo as a thumbnail.
    assert tab.board.models["fulfilled"].card_at(0).photo_ids == (stored.id,)
    tab.board.views["fulfilled"].viewport().grab()
    assert len(tab.board.thumbs) == 1


def test_a_volunteer_is_offered_only_the_steps_they_may_take(qtbot, ctx, rider, helper, staff):
    waiting = wish_in("awaiting", rider.id, staff)
    claimed = wish_in("claimed", rider.id, staff, claimant_id=helper.id)
    fulfilled = wish_in("fulfilled", rider.id, staff, claimant_id=helper.id)
    seen = {}
    for wish_id in (waiting, claimed, fulfilled):
        dialog = WishDialog(ctx.operator, wish_id)
        qtbot.addWidget(dialog)
        seen[wish_id] = sorted(dialog.buttons)
    assert seen == {waiting: ["withdraw"], claimed: ["fulfil", "release"], fulfilled: []}


def test_decline_asks_a_reason_and_the_card_moves_behind_the_filter(qtbot, staff_ctx, rider, monkeypatch):
    wish_id = wish_in("awaiting", rider.id, staff_ctx.operator)
    tab = make_tab(qtbot, staff_ctx)
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title: "价值超出微心愿范围")
    dialog = WishDialog(staff_ctx.operator, wish_id, tab)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons["decline"], Qt.MouseButton.LeftButton)
    assert Wish.get_by_id(wish_id).decline_reason == "价值超出微心愿范围"
    assert "decline" not in dialog.buttons and dialog.changed
    tab.refresh()
    assert not tab.board.closed_shown() and tab.board.models["closed"].rowCount() == 1
    tab.closed.setChecked(True)
    assert tab.board.closed_shown()


def test_search_finds_a_wish_by_rider_or_words_and_enter_opens_it(qtbot, ctx, rider, helper, staff, monkeypatch):
    boots = wish_in("open", rider.id, staff, what="一双雨靴")
    wish_in("open", helper.id, staff, what="儿童绘本")
    tab = make_tab(qtbot, ctx)
    opened = []
    monkeypatch.setattr(WishDialog, "exec", lambda dialog: opened.append(dialog.wish_id) or 0)
    for text in ("1111", "zy", "zhangyang", "张阳"):
        tab.search.clear()
        type_text(qtbot, tab.search, text)
        tab.apply_filter()
        assert [c.id for c in tab.visible_cards()] == [boots], text
    tab.search.clear()
    type_text(qtbot, tab.search, "绘本")
    press_enter(qtbot, tab.search)
    assert opened == [boots + 1]
    tab.search.clear()
    tab.apply_filter()
    assert len(tab.visible_cards()) == 2


def test_filters_by_category_claimant_and_year(qtbot, ctx, rider, helper, staff):
    unit = units.add_unit(units.UnitInput(name="筑业物业", kind="property"), staff)
    by_unit = wish_in("claimed", rider.id, staff, unit_id=unit.id)
    by_person = wish_in("fulfilled", rider.id, staff, claimant_id=helper.id)
    tab = make_tab(qtbot, ctx)
    tab.claimant.setCurrentIndex(tab.claimant.findText("筑业物业"))
    assert [c.id for c in tab.visible_cards()] == [by_unit]
    tab.claimant.setCurrentIndex(tab.claimant.findText("李爱心"))
    assert [c.id for c in tab.visible_cards()] == [by_person]
    tab.claimant.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findText("健康"))
    assert tab.visible_cards() == []
    tab.category.setCurrentIndex(0)
    tab.year.setCurrentIndex(tab.year.findData(dt.date.today().year))
    assert len(tab.visible_cards()) == 2


def test_a_claim_past_its_promised_day_stands_out(qtbot, ctx, rider, helper, staff):
    long_ago = dt.datetime.now() - dt.timedelta(days=30)
    wish_id = board.take_down(board.WishInput(rider.id, "保温杯", 1), staff, at=long_ago).wish_id
    board.approve(wish_id, staff, at=long_ago)
    board.claim(wish_id, board.ClaimInput(promised_on=long_ago.date() + dt.timedelta(days=7), person_id=helper.id),
                staff, at=long_ago)
    tab = make_tab(qtbot, ctx)
    view = tab.board.views["claimed"]
    assert tab.board.models["claimed"].card_at(0).overdue()
    image = view.viewport().grab().toImage()
    red = QColor("#d32f2f").rgb()
    assert any(image.pixel(x, y) == red for x in range(0, image.width(), 2) for y in range(0, min(image.height(), 140)))
    dialog = WishDialog(ctx.operator, wish_id)
    qtbot.addWidget(dialog)
    assert "Overdue" in dialog.header.text()


def test_take_down_without_a_rider_says_what_to_do(qtbot, ctx):
    dialog = TakeDownDialog(ctx.operator)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.what, "雨靴")
    dialog.take_down()
    assert Wish.select().count() == 0 and dialog.message.text()
