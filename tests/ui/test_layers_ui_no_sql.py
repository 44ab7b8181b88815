"""The window sends no SQL of its own: every statement comes from a service.

The static scan (``tests/unit/test_layers_ui_no_orm.py``) cannot see a lazy foreign key on a
record a service returned (``share.recipient.name``, ``entry.rule.name``): peewee then runs a
query from the widget's own line. Here SQLite's trace callback looks, for every statement, at
the innermost frame of the desk's code on the stack; it must be a service (or the models), never
``desk/ui``. The desk is driven through its everyday work: every tab built and every table cell
drawn, a check-in, a hand-out, a delivery, an award, a redemption, a person's page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

import desk
import desk.ui
from desk import models
from desk.models import GiftItem
from desk.services.checkin import visits
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.points import ledger as points
from desk.services.points import rewards
from desk.services.stock import ledger as stock
from desk.ui.main_window import MainWindow
from desk.ui.people.person_page import PersonPage
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter

DESK = str(Path(desk.__file__).parent)
UI = str(Path(desk.ui.__file__).parent)
TODAY = dt.date.today()


@contextlib.contextmanager
def statements_from_the_ui():
    found: list[str] = []

    def trace(statement: str) -> None:
        frame = sys._getframe(1)
        while frame is not None:
            name = frame.f_code.co_filename
            if name.startswith(DESK):
                if name.startswith(UI):
                    found.append(f"{Path(name).relative_to(DESK)}:{frame.f_lineno}: {statement[:90]}")
                return
            frame = frame.f_back

    connection = models.db.connection()
    connection.set_trace_callback(trace)
    try:
        yield found
    finally:
        connection.set_trace_callback(None)


def draw_every_cell(widget) -> int:
    """What painting does: ask every table model under ``widget`` for every cell."""
    cells = 0
    for model in widget.findChildren(QAbstractItemModel):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole + 2):
                    model.data(index, role)
                cells += 1
    return cells


@pytest.fixture
def desk_with_a_day(staff, volunteer, admin):
    rider = people.create_person(people.PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)
    elder = people.create_person(people.PersonInput(name="赵桂英", phone="13700000000", kind="elderly",
                                                    party_member=True), staff)
    mooncakes = GiftItem.get(GiftItem.name == "月饼")
    raincoat = GiftItem.get(GiftItem.name == "雨衣")
    stock.receive(mooncakes.id, 50, staff)
    stock.receive(raincoat.id, 10, staff)
    rewards.set_price(raincoat.id, 5, admin)
    campaign = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY + dt.timedelta(days=7),
        items=[(mooncakes.id, 1)], member_ids=[elder.id]), staff)
    visits.check_in(rider.id, [s.id for s in visits.default_services()], volunteer,
                    at=dt.datetime.now() - dt.timedelta(days=3))
    points.award(rider.id, "manual", staff, points=30)
    rewards.redeem(rider.id, raincoat.id, 1, staff)
    return rider, elder, campaign


def test_the_window_sends_no_sql_of_its_own(qtbot, staff_ctx, desk_with_a_day, monkeypatch):
    rider, elder, campaign = desk_with_a_day
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    with statements_from_the_ui() as found:
        window = MainWindow(staff_ctx)
        qtbot.addWidget(window)
        for key in window.pages:
            window.show_tab(key)
        assert draw_every_cell(window) > 50

        checkin = window.page("checkin")
        qtbot.keyClicks(checkin.search.field, "5678")
        press_enter(qtbot, checkin.search.field)
        draw_every_cell(checkin)

        gifts_tab = window.page("gifts")
        qtbot.keyClicks(gifts_tab.panel.search.field, "5678")
        press_enter(qtbot, gifts_tab.panel.search.field)
        draw_every_cell(gifts_tab)

        draw_every_cell(window.page("points"))

        page = PersonPage(staff_ctx, rider.id)
        qtbot.addWidget(page)
        draw_every_cell(page)
    assert visits.counters()["today"].person_times == 1
    assert gifts.live_shares(campaign.id, rider.id)
    assert found == [], "SQL sent from the window's own lines:\n" + "\n".join(found)


def test_award_and_redeem_dialogs_describe_what_they_did_without_sql(qtbot, staff_ctx, desk_with_a_day):
    from desk.ui.points.statement_page import StatementPage

    rider, _elder, _campaign = desk_with_a_day
    page = StatementPage(staff_ctx)
    qtbot.addWidget(page)
    page.show_person(rider.id)
    with statements_from_the_ui() as found:
        from desk.ui.points.award_dialog import AwardDialog
        from desk.ui.points.rewards_dialogs import RedeemDialog

        award = AwardDialog(staff_ctx.operator, [rider.id])
        qtbot.addWidget(award)
        award.select_rule("activity")
        award.submit()
        assert award.entries and award.awarded_to == ["张阳"]
        redeem = RedeemDialog(staff_ctx.operator, rider.id)
        qtbot.addWidget(redeem)
        redeem.submit()
        assert redeem.redemption is not None
        draw_every_cell(page)
    assert found == [], "SQL sent from the window's own lines:\n" + "\n".join(found)


def test_the_detector_sees_a_lazy_look_up_from_a_widget_line(staff, desk_with_a_day):
    """The check above would pass if it saw nothing: a lazy foreign key run from a ``desk/ui`` line is caught."""
    share = gifts.hand_out(desk_with_a_day[2].id, desk_with_a_day[0].id, staff)
    row = models.Distribution.get_by_id(share.share_id)
    code = compile("name = row.recipient.name", str(Path(UI) / "gifts" / "probe.py"), "exec")
    with statements_from_the_ui() as found:
        exec(code, {"row": row})  # noqa: S102 (a line that claims to be in desk/ui)
    assert len(found) == 1 and "probe.py:1: SELECT" in found[0]
