"""Found by using the points and gifts tabs as a volunteer would: each test failed before its fix."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.models import Distribution, GiftItem, PointEntry, Redemption
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock
from desk.ui.gifts_tab import GiftsTab
from desk.ui.points.award_dialog import AwardDialog
from desk.ui.points.rewards_dialogs import RedeemDialog
from desk.ui.points_tab import PointsTab
from desk.ui.widgets import dialogs, printing
from tests.ui.test_gifts_tab import campaign, scan  # noqa: F401 (fixture)


@pytest.fixture
def rider(staff):
    return people.create_person(people.PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)


def type_over(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def test_award_amount_typed_out_of_range_is_not_replaced_by_the_default(qtbot, staff, rider):
    dialog = AwardDialog(staff, [rider.id])
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.amount, "0")  # the rule allows 1 to 20; Qt would quietly keep 5
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert PointEntry.select().count() == 0 and dialog.result() == 0
    assert "1" in dialog.message.text() and dialog.amount.text() == "5"
    # once the volunteer has seen the number kept, the award goes through as shown
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [e.delta for e in PointEntry.select()] == [5]


def test_award_amount_typed_empty_with_ctrl_enter_is_refused(qtbot, staff, rider):
    dialog = AwardDialog(staff, [rider.id])
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.amount, "")
    dialog.amount.lineEdit().clear()
    dialog.submit()
    assert PointEntry.select().count() == 0 and dialog.message.text()


def test_redeem_quantity_typed_zero_then_enter_redeems_nothing(qtbot, staff, admin, rider):
    raincoat = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(raincoat.id, 10, admin)
    stock.receive(raincoat.id, 5, admin)
    points.award(rider.id, "help_lost", staff, points=40)
    dialog = RedeemDialog(staff, rider.id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.quantity, "0")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert Redemption.select().count() == 0 and dialog.message.text()
    assert points.balance(rider.id) == 40 and stock.on_hand(raincoat.id) == 5


def test_reversing_a_correction_is_refused_before_asking_for_a_reason(qtbot, staff_ctx, staff, rider, monkeypatch):
    tab = PointsTab(staff_ctx)
    qtbot.addWidget(tab)
    entry = points.award(rider.id, "gift_delivery", staff)
    points.reverse(entry.id, "送错人了", staff)
    tab.statement.show_person(rider.id)
    asked, shown = [], []
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: asked.append(a) or "再来一次")
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda _p, exc: shown.append(exc))
    for row in (0, 1):  # the correction, then the line already reversed
        tab.statement.table.selectRow(row)
        tab.statement.reverse_selected()
    assert asked == [] and len(shown) == 2
    assert PointEntry.select().count() == 2


def test_statement_pdf_is_suggested_in_the_home_folder(qtbot, staff_ctx, staff, rider, monkeypatch):
    tab = PointsTab(staff_ctx)
    qtbot.addWidget(tab)
    points.award(rider.id, "activity", staff)
    tab.statement.show_person(rider.id)
    suggested = []
    monkeypatch.setattr(printing, "save_pdf_as", lambda _p, _h, name, **k: suggested.append(name))
    tab.statement.save_pdf()
    tab.leaderboard.save_pdf()
    assert len(suggested) == 2 and all(Path(s).parent == Path.home() for s in suggested)


def test_status_card_is_fresh_after_a_void(qtbot, ctx, campaign, rider, monkeypatch):  # noqa: F811
    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    scan(qtbot, tab, "5678")
    tab.panel.search.set_text("5678")
    assert "✘" in tab.panel.card.text()
    tab.shares_view.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "wrong rider")
    tab.void_selected()
    assert Distribution.get().voided_at is not None
    assert "✘" not in tab.panel.card.text() and "✔" in tab.panel.card.text()
    assert gifts.live_shares(campaign.id, rider.id) == []


def test_signed_sheet_enter_ticks_the_row_number_typed_not_the_current_row(qtbot, ctx, staff, campaign):  # noqa: F811
    from desk.ui.gifts.sheet_dialogs import SignedSheetDialog

    for n in range(2, 16):
        people.create_person(people.PersonInput(name=f"骑手{n:02d}", phone=f"138000000{n:02d}"), staff)
    dialog = SignedSheetDialog(ctx.operator, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 15
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 1))  # the volunteer clicked the first row earlier
    dialog.filter.setFocus()
    qtbot.keyClicks(dialog.filter, "13")  # row 13 on the paper; every phone here starts with 13
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert [r.number for r in dialog.model.rows() if r.ticked] == [13]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "1")  # matches many rows; row 1 is the one typed
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert [r.number for r in dialog.model.rows() if r.ticked] == [1, 13]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "138")  # every phone, and no row 138: nothing ticked, a hint instead
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert [r.number for r in dialog.model.rows() if r.ticked] == [1, 13]
    assert "15" in dialog.counter.text()


def test_leaderboard_points_sit_near_the_name_on_a_wide_screen(qtbot, staff_ctx, staff, rider):
    points.award(rider.id, "activity", staff)
    tab = PointsTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    tab.refresh()
    tab.pages.setCurrentWidget(tab.leaderboard)
    header = tab.leaderboard.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) > 0)
    # the points column sits in the left half, next to the name, not at the far edge of the screen
    assert header.sectionPosition(6) < tab.leaderboard.table.width() / 2


def test_voiding_an_already_voided_row_says_so_without_asking_a_reason(qtbot, staff_ctx, ctx, staff, admin, rider,
                                                                       campaign, monkeypatch):  # noqa: F811
    coat = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(coat.id, 10, admin)
    stock.receive(coat.id, 5, admin)
    points.award(rider.id, "help_lost", staff, points=40)
    rewards.void_redemption(rewards.redeem(rider.id, coat.id, 1, staff).id, "不要了", staff)
    asked = []
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: asked.append(a) or "再作废一次")
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda *a: None)
    tab = PointsTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    page = tab.rewards
    page.refresh()
    page.history_table.setCurrentIndex(page.history.index(0, 0))
    page.void_selected()
    assert page.feedback.text()

    gifts_tab = GiftsTab(ctx)
    qtbot.addWidget(gifts_tab)
    gifts.void_distribution(gifts.hand_out(campaign.id, rider.id, ctx.operator).share_id, "登记错了", ctx.operator)
    gifts_tab.show_campaign()
    gifts_tab.shares_view.setCurrentIndex(gifts_tab.shares_model.index(0, 0))
    gifts_tab.void_selected()
    assert asked == [] and gifts_tab.panel.feedback.text()


def test_a_refused_hand_out_clears_the_previous_success_line(qtbot, ctx, campaign, rider, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    scan(qtbot, tab, "5678")
    assert "张阳" in tab.panel.feedback.text()
    scan(qtbot, tab, rider.card_code)  # the same rider again: refused
    assert Distribution.select().count() == 1
    assert "✔" not in tab.panel.feedback.text() and "✘" in tab.panel.card.text()


def test_stock_dialog_says_what_was_received_and_corrected(qtbot, staff_ctx, campaign):  # noqa: F811
    from desk.ui.gifts.stock_dialog import StockDialog

    dialog = StockDialog(staff_ctx.operator, campaign.id)
    qtbot.addWidget(dialog)
    coat = GiftItem.get(GiftItem.name == "雨衣")
    dialog.r_item.setCurrentIndex(dialog.r_item.findData(coat.id))
    dialog.r_qty.setValue(80)
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    assert "80" in dialog.feedback.text() and "雨衣" in dialog.feedback.text()
    dialog.a_item.setCurrentIndex(dialog.a_item.findData(coat.id))
    dialog.a_delta.setValue(-3)
    dialog.a_reason.setCurrentText("damaged")
    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    assert stock.on_hand(coat.id) == 77 and "-3" in dialog.feedback.text() and "77" in dialog.feedback.text()


def test_campaign_summary_mentions_the_hand_picked_list(qtbot, ctx, staff):
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    elder = people.create_person(people.PersonInput(name="赵大爷", phone="13900000009", kind="elderly"), staff)
    import datetime as dt

    gifts.create_campaign(gifts.CampaignInput(
        name="2026年中秋慰问", kind="mid_autumn", starts_on=dt.date.today(), ends_on=dt.date.today(),
        items=[(mooncakes.id, 1)], member_ids=[elder.id]), staff)
    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert "+ 1 hand-picked" in tab.summary.text()


def test_rule_dialog_does_not_save_a_points_box_typed_out_of_range(qtbot, admin):
    from desk.models import PointRule
    from desk.ui.points.rules_page import RuleDialog

    dialog = RuleDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("防汛值守")
    type_over(qtbot, dialog.high, "0")  # meant 0? Qt would quietly keep 20
    dialog.submit()
    assert not PointRule.select().where(PointRule.name == "防汛值守").exists() and dialog.message.text()


def test_campaign_dialog_does_not_save_a_quantity_typed_out_of_range(qtbot, staff, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk.models import Campaign
    from desk.ui.gifts.campaign_dialog import CampaignDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dialog = CampaignDialog(staff, None)
    qtbot.addWidget(dialog)
    dialog.show()
    box, spin = dialog.item_boxes[GiftItem.get(GiftItem.name == "月饼").id]
    box.setChecked(True)
    type_over(qtbot, spin, "0")
    dialog.save()
    assert Campaign.select().count() == 0 and shown


def test_the_reason_question_says_what_is_being_undone(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    seen = []

    def answer(dialog):
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.field.setText("送错了")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs.ReasonDialog, "exec", answer)
    assert dialogs.ask_reason(None, "冲正 +10 分（2026-11-29 参加社区活动）") == "送错了"
    assert any("冲正 +10 分" in text for text in seen)  # said in the dialog, not only in its title bar
