"""Click through the points tab and check the ledger in the database."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.models import GiftItem, PointEntry, PointRule, Redemption
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock
from desk.services.people.records import PersonInput
from desk.ui.points.award_dialog import AwardDialog
from desk.ui.points.rewards_dialogs import RedeemDialog
from desk.ui.points.rules_page import RuleDialog
from desk.ui.points_tab import PointsTab
from desk.ui.widgets import dialogs, printing
from tests.ui.helpers import press_enter, type_text


@pytest.fixture
def tab(qtbot, staff_ctx):
    widget = PointsTab(staff_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def rider(staff):
    return people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)


@pytest.fixture
def second(staff):
    return people.create_person(PersonInput(name="李强", phone="13900004321", platform="饿了么"), staff)


def answer_dialog(monkeypatch, cls, fill):
    """Replace a modal exec(): fill the dialog as a volunteer would, then click its button."""

    def fake_exec(dialog):
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def test_award_through_the_dialog_writes_one_ledger_line(qtbot, tab, rider, staff, monkeypatch):
    qtbot.keyClicks(tab.statement.search.field, "5678")
    press_enter(qtbot, tab.statement.search.field)
    assert tab.statement.person_id == rider.id

    def fill(dialog):
        dialog.select_rule("help_lost")
        dialog.amount.setValue(30)
        type_text(qtbot, dialog.note, "送走失儿童回家")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(monkeypatch, AwardDialog, fill)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    entries = list(PointEntry.select())
    assert len(entries) == 1
    e = entries[0]
    assert (e.person_id, e.rule.code, e.delta, e.note, e.created_by_id) == (rider.id, "help_lost", 30, "送走失儿童回家", staff.id)
    assert tab.statement.model.rowCount() == 1
    assert "30" in tab.statement.card.text()


def test_award_several_riders_at_once(qtbot, tab, rider, second, monkeypatch):
    def fill(dialog):
        for tail in ("5678", "4321"):
            qtbot.keyClicks(dialog.search.field, tail)
            press_enter(qtbot, dialog.search.field)
        assert dialog.person_ids() == [rider.id, second.id]
        dialog.select_rule("activity")
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answer_dialog(monkeypatch, AwardDialog, fill)
    tab.statement.award()
    assert {(e.person_id, e.delta) for e in PointEntry.select()} == {(rider.id, 5), (second.id, 5)}


def test_bad_award_stays_open_and_changes_nothing(qtbot, tab, monkeypatch):
    def fill(dialog):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nobody chosen
        assert dialog.message.text() and dialog.result() == 0

    answer_dialog(monkeypatch, AwardDialog, fill)
    tab.statement.award()
    assert PointEntry.select().count() == 0


def test_reverse_selected_entry_writes_a_correction(qtbot, tab, rider, staff, monkeypatch):
    entry = points.award(rider.id, "gift_delivery", staff)
    tab.statement.show_person(rider.id)
    tab.statement.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_a, **_k: "送错人了")
    tab.statement.table.setFocus()
    qtbot.keyClick(tab.statement.table, Qt.Key.Key_Delete)
    reversal = PointEntry.get(PointEntry.reverses == entry.id)
    assert reversal.delta == -10 and reversal.note == "送错人了"
    assert points.balance(rider.id) == 0
    assert tab.statement.model.rowCount() == 2
    # a second try on the same line is refused and changes nothing
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda *_a: None)
    tab.statement.table.selectRow(1)
    qtbot.mouseClick(tab.statement.reverse_button, Qt.MouseButton.LeftButton)
    assert PointEntry.select().count() == 2


@pytest.fixture
def raincoat(admin):
    item = GiftItem.get(GiftItem.name == "雨衣")
    rewards.set_price(item.id, 30, admin)
    stock.receive(item.id, 2, admin)
    return item


def test_redeem_and_refusal(qtbot, tab, rider, staff, raincoat, monkeypatch):
    points.award(rider.id, "help_lost", staff, points=40)
    tab.statement.show_person(rider.id)

    def too_many(dialog):
        dialog.quantity.setValue(2)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "40" in dialog.message.text() and dialog.result() == 0

    answer_dialog(monkeypatch, RedeemDialog, too_many)
    tab.statement.redeem()
    assert Redemption.select().count() == 0

    def one(dialog):
        dialog.select_item(raincoat.id)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    answer_dialog(monkeypatch, RedeemDialog, one)
    qtbot.keyClick(tab, Qt.Key.Key_F3)
    assert Redemption.select().count() == 1
    assert points.balance(rider.id) == 10 and stock.on_hand(raincoat.id) == 1
    # voiding it from the statement puts both back
    tab.statement.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_a, **_k: "不要了")
    tab.statement.reverse_selected()
    assert points.balance(rider.id) == 40 and stock.on_hand(raincoat.id) == 2


def test_leaderboard_copy_is_tab_separated(qtbot, tab, rider, second, staff):
    points.award(rider.id, "help_lost", staff)
    points.award(second.id, "activity", staff)
    tab.pages.setCurrentWidget(tab.leaderboard)
    assert tab.leaderboard.model.rowCount() == 2
    qtbot.mouseClick(tab.leaderboard.copy_button, Qt.MouseButton.LeftButton)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[1].split("\t")[:2] == ["1", "张阳"] and lines[2].split("\t")[1] == "李强"
    tab.leaderboard.caring.setChecked(True)
    assert tab.leaderboard.model.rowCount() == 0


def test_statement_pdf_masks_the_phone(tab, rider, staff, tmp_path):
    points.award(rider.id, "activity", staff)
    tab.statement.show_person(rider.id)
    pdf = printing.write_pdf(tab.statement.statement_html(), tmp_path / "s.pdf", landscape=True)
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "138****5678" in text and "13812345678" not in text


def test_rules_admin_only(qtbot, tab, admin_ctx, monkeypatch):
    tab.pages.setCurrentWidget(tab.rules)
    assert not tab.rules.add_button.isEnabled()  # staff may read, not change
    page = PointsTab(admin_ctx).rules
    qtbot.addWidget(page)
    page.refresh()
    assert page.add_button.isEnabled()

    def fill(dialog):
        type_text(qtbot, dialog.name, "防汛值守")
        dialog.default.setValue(8)
        dialog.submit()

    answer_dialog(monkeypatch, RuleDialog, fill)
    page.add_rule()
    assert PointRule.get(PointRule.name == "防汛值守").default_points == 8
