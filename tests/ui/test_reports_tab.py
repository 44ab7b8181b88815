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


def test_the_export_follows_the_operator_on_duty(qtbot, ctx, staff, admin):
    """Seen on the demo: the tab was first opened on a volunteer's shift; after 李社工 (staff) took
    over, Export stayed greyed until the desk was restarted."""
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.export_panel.button.isEnabled()
    ctx.operator = staff  # what the main window does on "Change operator", then it refreshes the tab
    tab.refresh()
    assert tab.export_panel.button.isEnabled() and not tab.export_panel.button.toolTip()
    assert not tab.export_panel.unmasked.isVisibleTo(tab)
    ctx.operator = admin
    tab.refresh()
    assert tab.export_panel.unmasked.isVisibleTo(tab)
    tab.export_panel.unmasked.setChecked(True)
    ctx.operator = staff
    tab.refresh()
    assert not tab.export_panel.unmasked.isChecked()  # an admin's choice does not carry over


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("large", [False, True])
def test_the_charts_month_labels_are_never_cut(qtbot, qapp, language, large):
    """Seen at 1366x768 (QtCharts): "12…", "26…" (a January as 26年1月), "10…", "11…" under the bars;
    with pyqtgraph in larger text: no month at all, and no "100" on the left axis."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QFontMetrics

    from desk.ui import app as desk_app
    from desk.ui import fonts
    from desk.ui.reports.chart import MonthChart

    desk_app.install_translations(qapp, language)
    qapp.setFont(fonts.ui_font(large=large))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    try:
        chart = MonthChart()
        qtbot.addWidget(chart)
        chart.resize(560, 240)  # half of the desk's smallest window
        months = headline.last_twelve_months(dt.date(2026, 11, 30))
        for p in months:
            p.values["person_times"] = 260
        chart.show_months(months, {"person_times": "服务人次"})
        chart.show()
        qapp.processEvents()
        plot = chart.getPlotItem()
        [ticks] = plot.getAxis("bottom")._tickLevels  # what setTicks was given
        assert [text for _x, text in ticks] == ["12", *[str(m) for m in range(1, 12)]]
        metrics = QFontMetrics(chart.font())
        # pyqtgraph leaves out a label its axis has no room for: the axes fit the window's font.
        assert plot.getAxis("left").width() >= metrics.horizontalAdvance("300") + 8
        assert plot.getAxis("bottom").height() >= metrics.height() + 8
    finally:
        desk_app.install_translations(qapp, "en")
        qapp.setFont(fonts.ui_font(large=False))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def test_in_larger_text_the_page_scrolls_and_export_stays_reachable(qtbot, qapp, staff_ctx):
    """Seen in larger text at 1366x768: the tiles and charts pushed Export below the screen."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desk.ui import fonts

    qapp.setFont(fonts.ui_font(large=True))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    try:
        tab = ReportsTab(staff_ctx)
        qtbot.addWidget(tab)
        tab.refresh()
        tab.resize(1280, 560)
        tab.show()
        qapp.processEvents()
        assert tab.minimumSizeHint().height() <= 300  # asks the window for no more than it has
        tab.scroll.ensureWidgetVisible(tab.export_panel.button)
        qapp.processEvents()
        button = tab.export_panel.button
        top_left = button.mapTo(tab, button.rect().topLeft())
        assert 0 <= top_left.y() and top_left.y() + button.height() <= tab.height()
    finally:
        qapp.setFont(fonts.ui_font(large=False))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
