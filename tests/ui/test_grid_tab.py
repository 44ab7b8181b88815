"""Click through the 网格随手拍 tab and check the database: a report from the rider's words to
resolved with points, a confirmed help record, and what a volunteer may not see."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desk.config import Settings
from desk.models import Attachment, HazardReport, HelpRecord, Notice, PointEntry
from desk.services.common import attachments, notices
from desk.services.grid import help as helps
from desk.services.grid import reports
from desk.services.grid.terms import DISPATCHED, DUPLICATE, REPORTED, RESOLVED
from desk.services.points import ledger
from desk.ui import app as desk_app
from desk.ui.context import DeskContext
from desk.ui.grid.action_dialogs import DispatchDialog, ResolveDialog
from desk.ui.grid.help_dialog import HelpDialog
from desk.ui.grid.report_dialog import ReportDialog
from desk.ui.grid.team_page import AddMemberDialog
from desk.ui.grid_tab import GridTab
from desk.ui.widgets import dialogs
from tests.grid_support import category, grid, png, report, rider as make_rider
from tests.ui.helpers import press_enter, type_text


def answer_dialog(monkeypatch, cls, fill):
    """Replace a modal exec(): fill the dialog as a volunteer would, then click its button."""

    def fake_exec(dialog):
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def rider(staff):
    return make_rider(staff, "张阳", "13812345678", grid_number=3)


def make_tab(qtbot, ctx):
    tab = GridTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()  # the tab's keys (F2, F3) need the focus inside the window
    qtbot.waitUntil(tab.isActiveWindow)
    tab.refresh()
    tab.focus_first()
    return tab


def test_a_report_goes_from_the_riders_words_to_resolved_with_points(qtbot, staff_ctx, rider, staff, monkeypatch,
                                                                    tmp_path):
    tab = make_tab(qtbot, staff_ctx)
    photo = png(tmp_path / "楼道.png", size=40)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))

    def fill(dialog: ReportDialog):
        qtbot.keyClicks(dialog.search.field, "5678")
        press_enter(qtbot, dialog.search.field)
        assert dialog.reporter_id == rider.id
        assert dialog.grid_group.checkedId() == grid(3).id  # the rider's own grid, chosen for them
        qtbot.keyClicks(dialog.building, "3")
        dialog.unit.setValue(2)
        click(qtbot, dialog.category_group.button(category("entrance_bikes").id))
        type_text(qtbot, dialog.description, "自行车把楼道出入口堵住了")
        click(qtbot, dialog.photo_button)
        assert len(dialog.photos.paths) == 1
        click(qtbot, dialog.save_button)

    answer_dialog(monkeypatch, ReportDialog, fill)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    saved = HazardReport.get()
    assert (saved.reporter_id, saved.grid_id, saved.building, saved.unit, saved.state) == (
        rider.id, grid(3).id, 3, 2, REPORTED)
    assert saved.description == "自行车把楼道出入口堵住了"
    [stored] = attachments.for_owner("hazard_report", saved.id)
    assert attachments.path_of(stored.id).read_bytes() == photo.read_bytes()
    assert ledger.balance(rider.id) == 0  # typed in: nothing earned yet
    assert tab.reports.panel.report_id() == saved.id
    assert tab.reports.panel.photos.paths  # the thumbnail strip shows it

    def dispatch(dialog: DispatchDialog):
        dialog.staff.setCurrentIndex(dialog.staff.findData(staff.id))
        dialog.due.setDate(QDate.currentDate().addDays(2))
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, DispatchDialog, dispatch)
    click(qtbot, tab.reports.panel.buttons["dispatch"])
    saved = HazardReport.get_by_id(saved.id)
    assert saved.state == DISPATCHED and saved.dispatched_to_id == staff.id
    assert saved.due_on == dt.date.today() + dt.timedelta(days=2)

    def resolve(dialog: ResolveDialog):
        assert dialog.without_dispatch.isHidden()  # it was dispatched: nothing to say
        type_text(qtbot, dialog.what_done, "物业已将自行车移至车棚")
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, ResolveDialog, resolve)
    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    saved = HazardReport.get_by_id(saved.id)
    assert saved.state == RESOLVED and saved.resolution == "物业已将自行车移至车棚"
    assert ledger.balance(rider.id) == 5
    assert PointEntry.get().source_id == saved.id
    assert "5" in tab.reports.panel.feedback.text()
    [notice] = notices.pending(rider.id)
    assert notice.params["place"] == "3号楼2单元"


def test_the_dialog_warns_of_a_likely_duplicate_and_links_to_it(qtbot, ctx, rider, volunteer, monkeypatch):
    first = report(volunteer, rider.id, building=3, code="parking")
    dialog = ReportDialog(ctx, reporter_id=rider.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.building.setValue(3)
    assert dialog.warning.isHidden()
    click(qtbot, dialog.category_group.button(category("parking").id))
    qtbot.waitUntil(lambda: not dialog.warning.isHidden())
    assert [r.id for r in dialog.duplicates.rows()] == [first.report_id]
    click(qtbot, dialog.link_button)
    second = HazardReport.get(HazardReport.id != first.report_id)
    assert second.state == DUPLICATE and second.duplicate_of_id == first.report_id


def test_bad_input_is_refused_in_chinese_and_nothing_is_saved(qtbot, qapp, ctx, staff, tmp_path):
    no_grid = make_rider(staff, "李娜", "13900002222", grid_number=None)
    desk_app.install_translations(qapp, "zh_CN")
    try:
        dialog = ReportDialog(ctx, reporter_id=no_grid.id)
        qtbot.addWidget(dialog)
        assert dialog.grid_group.checkedId() == -1  # in no grid: the volunteer must choose
        dialog.building.setValue(3)
        click(qtbot, dialog.save_button)
        assert "网格" in dialog.message.text()
        fake = tmp_path / "photo.jpg"
        fake.write_text("not a photo")
        dialog.add_photo_files([str(fake)])
        assert "不是照片" in dialog.message.text() and dialog.photo_paths == []
    finally:
        desk_app.install_translations(qapp, "en")
    assert HazardReport.select().count() == 0 and Attachment.select().count() == 0


def test_a_volunteer_sees_the_report_but_not_the_staff_actions(qtbot, ctx, rider, volunteer, monkeypatch):
    made = report(volunteer, rider.id)
    tab = make_tab(qtbot, ctx)
    tab.reports.select_report(made.report_id)
    panel = tab.reports.panel
    assert panel.report_id() == made.report_id
    assert all(button.isHidden() for button in panel.buttons.values())
    assert not panel.add_photo_button.isHidden()
    opened = []
    for cls in (DispatchDialog, ResolveDialog):
        monkeypatch.setattr(cls, "exec", lambda dialog: opened.append(dialog) or 0)
    tab.reports.table.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert opened == []  # the shortcuts do not open what the hidden buttons would


def test_a_help_record_is_confirmed_with_points(qtbot, ctx, staff, rider, monkeypatch, tmp_path):
    volunteer_tab = make_tab(qtbot, ctx)
    volunteer_tab.pages.setCurrentWidget(volunteer_tab.helps)

    def record(dialog: HelpDialog):
        assert dialog.confirm_now.isHidden()  # a volunteer records; staff confirm
        qtbot.keyClicks(dialog.search.field, "5678")
        press_enter(qtbot, dialog.search.field)
        type_text(qtbot, dialog.place, "阳光花园游乐场")
        click(qtbot, dialog.kind_group.buttons()[1])  # child
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("taken_home"))
        type_text(qtbot, dialog.name, "小明")
        dialog.age.setValue(6)
        type_text(qtbot, dialog.story, "孩子在游乐场哭，找不到家")
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, HelpDialog, record)
    qtbot.keyClick(volunteer_tab, Qt.Key.Key_F3)
    saved = HelpRecord.get()
    assert (saved.helped_kind, saved.outcome, saved.helped_name, saved.confirmed_at) == ("child", "taken_home", "小明",
                                                                                          None)
    assert ledger.balance(rider.id) == 0

    staff_tab = make_tab(qtbot, DeskContext(operator=staff, settings=Settings(), data_dir=tmp_path))
    staff_tab.pages.setCurrentWidget(staff_tab.helps)
    staff_tab.helps.table.selectRow(0)

    def confirm(dialog: HelpDialog):
        assert dialog.name.text() == "小明" and dialog.helper_ids == [rider.id]
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, HelpDialog, confirm)
    click(qtbot, staff_tab.helps.confirm_button)
    saved = HelpRecord.get_by_id(saved.id)
    assert saved.confirmed_by_id == staff.id
    assert ledger.balance(rider.id) == 20
    assert PointEntry.get().rule.code == "help_child"


def test_a_volunteers_view_shows_no_helped_persons_name(qtbot, ctx, staff, rider, tmp_path):
    helps.record_help(helps.HelpInput(helper_ids=[rider.id], helped_kind="elderly", outcome="handed_to_family",
                                      place="菜市场", helped_name="王大爷", helped_age=81,
                                      helped_contact="女儿 13900001234", what_happened="老人在菜市场迷路"),
                      staff, confirm=True)

    def everything_shown(page) -> str:
        model, view = page.model, page.table
        cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                 for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        return " ".join(cells) + " " + page.detail.text()

    tab = make_tab(qtbot, ctx)
    tab.pages.setCurrentWidget(tab.helps)
    tab.helps.table.selectRow(0)
    shown = everything_shown(tab.helps)
    assert "张阳" in shown and "handed to family" in shown
    for secret in ("王大爷", "81", "13900001234", "菜市场", "迷路"):
        assert secret not in shown

    staff_tab = make_tab(qtbot, DeskContext(operator=staff, settings=Settings(), data_dir=tmp_path))
    staff_tab.pages.setCurrentWidget(staff_tab.helps)
    staff_tab.helps.table.selectRow(0)
    shown = everything_shown(staff_tab.helps)
    assert "王大爷" in shown and "13900001234" in shown


def test_the_team_page_adds_and_removes_members(qtbot, staff_ctx, rider, monkeypatch):
    tab = make_tab(qtbot, staff_ctx)
    tab.pages.setCurrentWidget(tab.team)
    assert tab.team.model.rowCount() == 0

    def add(dialog: AddMemberDialog):
        qtbot.keyClicks(dialog.search.field, "5678")
        press_enter(qtbot, dialog.search.field)

    answer_dialog(monkeypatch, AddMemberDialog, add)
    click(qtbot, tab.team.add_button)
    assert [r.name for r in tab.team.model.rows()] == ["张阳"]
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    tab.team.table.selectRow(0)
    click(qtbot, tab.team.remove_button)
    assert tab.team.model.rowCount() == 0


def test_the_overview_counts_and_opens_a_grids_list(qtbot, staff_ctx, rider, staff):
    made = report(staff, rider.id, grid_number=5)
    reports.dispatch_report(made.report_id, staff.id, dt.date.today(), staff)
    report(staff, rider.id, grid_number=2, building=5)
    tab = make_tab(qtbot, staff_ctx)
    tab.pages.setCurrentWidget(tab.overview)
    f = tab.overview.figures
    assert (f.opened, f.still_open) == (2, 2)
    row = next(i for i, c in enumerate(tab.overview.grids_model.rows()) if c.grid_number == 5)
    tab.overview._open_grid(tab.overview.grids_model, row)
    assert tab.pages.currentWidget() is tab.reports
    assert [r.id for r in tab.reports.model.rows()] == [made.report_id]


def test_a_not_fixed_answer_shows_on_the_report(qtbot, staff_ctx, rider, staff, volunteer):
    made = report(staff, rider.id)
    reports.resolve_report(made.report_id, "已清理", staff, without_dispatch=True)
    [notice] = notices.pending(rider.id)
    notices.answer(notice.id, "not_fixed", volunteer)
    tab = make_tab(qtbot, staff_ctx)
    tab.reports.select_report(made.report_id)
    assert "reopened" in tab.reports.panel.title.text()
    assert "NOT fixed" in tab.reports.panel.body.text()
    assert Notice.get().answer == "not_fixed"


def test_a_long_report_page_scrolls_instead_of_growing_the_window(qtbot, qapp, staff_ctx, rider, staff, tmp_path):
    """Seen on a 1366x768 screen: showing a resolved report with its story, photo, duplicates and
    points made the tab ~770 px tall, so the main window grew past the screen and hid its status bar."""
    first = reports.record_report(reports.ReportInput(
        grid_id=grid(3).id, category_id=category("entrance_bikes").id, reporter_id=rider.id, building=3, unit=2,
        description="3号楼2单元自行车把楼道出入口堵住了，老人进出不方便，" * 4,
        photos=[png(tmp_path / "a.png", size=40)]), staff)
    report(staff, rider.id, duplicate_of=first.report_id)
    reports.dispatch_report(first.report_id, staff.id, dt.date.today(), staff)
    reports.resolve_report(first.report_id, "物业已将自行车移至车棚，并在单元门口贴了提示" * 3, staff)
    tab = make_tab(qtbot, staff_ctx)
    tab.reports.select_report(first.report_id)
    qapp.processEvents()  # the labels' new text asks for a new layout: let it happen
    assert tab.reports.panel.report_id() == first.report_id and tab.reports.panel.photos.paths
    # What the page asks of the window (the desk's own tabs need well under 768 - menus - status bar).
    assert tab.pages.minimumSizeHint().height() <= 520
    # It scrolls up and down only: the action buttons keep their width (in English, larger text,
    # a plain scroll area let the splitter cut "Resolved…" and "Void…" at the side).
    from PySide6.QtCore import QCoreApplication, QEvent

    from desk.ui import fonts

    qapp.setFont(fonts.ui_font(large=True))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    try:
        tab.resize(1280, 600)
        qapp.processEvents()
        panel = tab.reports.panel
        assert tab.reports.panel_scroll.viewport().width() >= panel.minimumSizeHint().width()
    finally:
        qapp.setFont(fonts.ui_font(large=False))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
