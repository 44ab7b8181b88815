"""The reports tab: tiles show the workbook's figures, a tile opens its records, export runs
off the UI thread and writes the same numbers; a volunteer cannot export."""

import datetime as dt

import openpyxl
import pytest

from desk.models import ServiceType
from desk.services import figures
from desk.services.checkin import visits as checkin
from desk.services.figures import headline
from desk.services.people import records as people
from desk.ui.reports_tab import ReportsTab


@pytest.fixture
def busy_month(staff):
    water = ServiceType.get(ServiceType.code == "water").id
    for i in range(3):
        p = people.create_person(people.PersonInput(name=f"骑手{i}", phone=f"1380000000{i}"), staff)
        checkin.check_in(p.id, [water], staff)
    checkin.check_in(None, [water], staff, anon_kind="rider")


def test_tiles_show_the_same_figures_as_the_summary(qtbot, staff_ctx, busy_month):
    tab = ReportsTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    shown = {k: t.value.text() for k, t in tab.tiles.tiles.items()}
    year = figures.gather(figures.month(dt.date.today())).ytd
    assert shown["person_times"] == f"{year.visits.person_times:,}" == "4"
    assert shown["people"] == "3"
    assert sum(p.values["person_times"] for p in headline.last_twelve_months()) >= 4
    assert tab.charts["person_times"].values["person_times"][11] == 4


def test_a_tile_opens_the_records_behind_it(qtbot, staff_ctx, busy_month):
    tab = ReportsTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.tiles.tiles["person_times"].opened.emit("person_times")
    assert tab.detail_dialog.model.rowCount() == 4
    names = {tab.detail_dialog.model.index(r, 1).data() for r in range(4)}
    assert "骑手0" in names and "（未登记散客）" in names
    phones = {tab.detail_dialog.model.index(r, 2).data() for r in range(4)}
    assert "138****0000" in phones  # masked on screen too


def test_export_runs_off_the_ui_thread_and_writes_the_workbook(qtbot, staff_ctx, busy_month, tmp_path, monkeypatch):
    tab = ReportsTab(staff_ctx)
    qtbot.addWidget(tab)
    target = tmp_path / "月报.xlsx"
    monkeypatch.setattr(tab.export_panel, "choose_file", lambda suggested: str(target))
    with qtbot.waitSignal(tab.export_panel.exported, timeout=20000) as done:
        tab.export_panel.export()
    assert done.args[0].path == target
    qtbot.waitUntil(lambda: not tab.export_panel.busy())
    wb = openpyxl.load_workbook(target)
    values = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if r and r[0]}
    assert values["服务人次"] == 4
    assert "月报.xlsx" in tab.export_panel.status.text()


def test_a_bad_custom_range_is_refused_in_place(qtbot, staff_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr("desk.ui.widgets.operations.show_error", lambda parent, exc: shown.append(exc))
    tab = ReportsTab(staff_ctx)
    qtbot.addWidget(tab)
    panel = tab.export_panel
    panel.kind_range.setChecked(True)
    panel.start.setDate(panel.end.date().addDays(3))
    monkeypatch.setattr(panel, "choose_file", lambda s: pytest.fail("no file is asked for a bad range"))
    panel.export()
    assert shown and "ends before it starts" in str(shown[0])


def test_a_volunteer_sees_the_figures_but_cannot_export(qtbot, ctx):
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.export_panel.button.isEnabled()
    assert not tab.export_panel.unmasked.isVisibleTo(tab)


def test_dashboard_and_workbook_summary_agree_on_the_demo_station(qtbot, demo_database, tmp_path):
    """Every tile's number is the summary sheet's year-to-date figure, on a year of demo data."""
    from desk.reports import monthly
    from desk.services.common import accounts
    from desk.config import Settings
    from desk.ui.context import DeskContext

    staff = next(op for op in accounts.list_operators() if op.role == "staff")
    tab = ReportsTab(DeskContext(operator=staff, settings=Settings(), data_dir=tmp_path))
    qtbot.addWidget(tab)
    from tests.conftest import DEMO_TODAY

    tab.refresh(DEMO_TODAY)
    # The tiles count January 1st to today: the workbook of that same range, its period column.
    period = figures.custom(DEMO_TODAY.replace(month=1, day=1), DEMO_TODAY)
    result = monthly.export_workbook(period, tmp_path / "demo.xlsx", staff)
    year = {r[0]: r[1] for r in openpyxl.load_workbook(result.path)["汇总"].iter_rows(values_only=True) if r and r[0]}
    labels = {"person_times": "服务人次", "people": "服务人数（已登记）", "wishes_fulfilled": "已完成",
              "hazard_reports": "上报", "people_helped": None, "points_awarded": "发放积分",
              "events": "举办活动（场）", "shares": "发放份数"}
    shown = {k: int(t.value.text().replace(",", "")) for k, t in tab.tiles.tiles.items()}
    for key, label in labels.items():
        expected = year["帮扶老人（人次）"] + year["帮扶儿童（人次）"] if label is None else year[label]
        assert shown[key] == expected, key
    assert shown["person_times"] > 100 and shown["hazard_reports"] > 10 and shown["wishes_fulfilled"] > 10
