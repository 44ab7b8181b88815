import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from desk.models import Grid, Person
from desk.services.checkin import visits as checkin
from desk.services.points import ledger as points
from desk.services.people import records as people
from desk.services.people.records import PersonInput, create_person
from desk.ui.people import card_printing
from desk.ui.people.duplicates_dialog import DuplicatesDialog
from desk.ui.people.export_dialog import ExportDialog
from desk.ui.people.grids_dialog import GridsDialog
from desk.ui.people.import_dialog import ImportDialog
from desk.ui.people.person_dialog import PersonDialog
from desk.ui.people.person_page import PersonPage
from desk.ui.people.roster_model import RosterModel
from desk.ui.people_tab import PeopleTab
from desk.ui.widgets import dialogs
from tests.ui.helpers import press_enter, type_text


@pytest.fixture
def crowd(volunteer, staff):
    g2 = Grid.get(Grid.number == 2)
    a = create_person(PersonInput("张阳", "13812345678", platform="美团", grid_id=g2.id, caring_team=True), staff)
    b = create_person(PersonInput("李四", "13900001111", kind="courier", platform="顺丰"), volunteer)
    c = create_person(PersonInput("王奶奶", None, kind="elderly", party_member=True), volunteer)
    services = [s.id for s in checkin.default_services()]
    checkin.check_in(a.id, services, volunteer, at=dt.datetime.now() - dt.timedelta(days=2))
    checkin.check_in(a.id, services, volunteer)
    points.award(b.id, "activity", staff)
    return a, b, c


@pytest.fixture
def tab(qtbot, staff_ctx, crowd):
    widget = PeopleTab(staff_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch):
    """Person pages the tab opens (their exec() would block the test)."""
    shown = []
    monkeypatch.setattr(PersonPage, "exec", lambda self: shown.append(self.person_id) or 0)
    return shown


def shown_names(tab):
    return [tab.proxy.record_at(r).name for r in range(tab.proxy.rowCount())]


def test_roster_lists_people_with_figures(tab, crowd):
    a, b, c = crowd
    assert sorted(shown_names(tab)) == sorted(["张阳", "李四", "王奶奶"])
    row = next(tab.proxy.record_at(r) for r in range(3) if tab.proxy.record_at(r).id == a.id)
    assert row.visits_this_year == 2 and row.last_visit is not None
    cols = {tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())}
    assert {"Name", "Phone", "Points", "Visits this year", "Caring team"} <= cols
    texts = [tab.proxy.index(r, RosterModel.COL_PHONE).data() for r in range(3)]
    assert "138****5678" in texts  # masked on screen too


def test_sort_on_any_column(tab, crowd):
    tab.table.sortByColumn(RosterModel.COL_POINTS, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab)[0] == "李四"
    tab.table.sortByColumn(RosterModel.COL_YEAR, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab)[0] == "张阳"
    tab.table.sortByColumn(RosterModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert shown_names(tab) == ["李四", "王奶奶", "张阳"]  # by pinyin: li, wang, zhang
    for col in range(tab.model.columnCount()):
        tab.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        assert tab.proxy.rowCount() == 3


def test_filters(tab, crowd):
    tab.kind.setCurrentIndex(tab.kind.findData("courier"))
    assert shown_names(tab) == ["李四"]
    tab.kind.setCurrentIndex(0)
    tab.grid.setCurrentIndex(tab.grid.findData(Grid.get(Grid.number == 2).id))
    assert shown_names(tab) == ["张阳"]
    tab.grid.setCurrentIndex(0)
    tab.team.setCurrentIndex(tab.team.findData(True))
    assert shown_names(tab) == ["张阳"]
    tab.team.setCurrentIndex(0)
    tab.platform.setCurrentIndex(tab.platform.findData("顺丰"))
    assert shown_names(tab) == ["李四"]
    tab.platform.setCurrentIndex(0)
    assert "3 of 3" in tab.count.text()


def test_search_phone_tail_name_pinyin(qtbot, tab):
    qtbot.keyClicks(tab.search, "1111")
    tab.apply_filter()
    assert shown_names(tab) == ["李四"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "wnn")
    tab.apply_filter()
    assert shown_names(tab) == ["王奶奶"]
    tab.search.clear()
    type_text(qtbot, tab.search, "张")
    tab.apply_filter()
    assert shown_names(tab) == ["张阳"]


def test_scanned_card_opens_the_person(qtbot, tab, crowd, opened):
    # A scanner types faster than the filter's debounce, then Enter.
    qtbot.keyClicks(tab.search, crowd[1].card_code)
    press_enter(qtbot, tab.search)
    assert opened == [crowd[1].id]


def test_archived_filter(tab, crowd, staff):
    from desk.services.people.lifecycle import archive_person

    archive_person(crowd[1].id, staff)
    tab.refresh()
    assert "李四" not in shown_names(tab)
    tab.archived.setCurrentIndex(tab.archived.findData("archived"))
    assert shown_names(tab) == ["李四"]


def test_add_person_dialog_validates_then_saves(qtbot, staff):
    dialog = PersonDialog(staff)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "赵六")
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.accept()
    assert "12345" in dialog.message.text() and Person.select().count() == 0
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "136 0000 3333")
    dialog.kind.setCurrentIndex(dialog.kind.findData("courier"))
    dialog.platform.setCurrentText("中通")
    dialog.grid.setCurrentIndex(dialog.grid.findData(Grid.get(Grid.number == 5).id))
    dialog.caring_team.setChecked(True)
    dialog.accept()
    p = Person.get(Person.phone == "13600003333")
    assert (p.name, p.kind, p.platform, p.grid.number, p.caring_team, p.pinyin_initials) == (
        "赵六", "courier", "中通", 5, True, "zl")


def test_edit_person_keeps_pinyin_in_step(qtbot, staff, crowd):
    dialog = PersonDialog(staff, crowd[0].id)
    qtbot.addWidget(dialog)
    assert dialog.phone.text() == "13812345678" and dialog.caring_team.isChecked() and dialog.caring_team.isEnabled()
    dialog.name.clear()
    type_text(qtbot, dialog.name, "欧阳娜")
    dialog.accept()
    assert Person.get_by_id(crowd[0].id).pinyin_initials == "oyn"
    dup = PersonDialog(staff, crowd[1].id)
    qtbot.addWidget(dup)
    dup.phone.setText("13812345678")
    dup.accept()
    assert "already belongs" in dup.message.text()


def test_person_page_timeline_archive_and_erase(qtbot, admin_ctx, crowd, monkeypatch):
    a = crowd[0]
    page = PersonPage(admin_ctx, a.id)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2 and "张阳" in page.header.text()
    assert "138****5678" in page.header.text() and "13812345678" not in page.header.text()
    assert not page.anonymise_button.isHidden()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "回老家了")
    page.archive_button.click()
    assert Person.get_by_id(a.id).archived_at is not None
    page.archive_button.click()
    assert Person.get_by_id(a.id).archived_at is None
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.anonymise_button.click()
    p = Person.get_by_id(a.id)
    assert p.anonymised_at is not None and p.phone is None
    assert not page.edit_button.isEnabled()
    assert page.model.rowCount() == 2  # the visits stay


def test_person_page_hides_erase_from_volunteers(qtbot, ctx, crowd):
    page = PersonPage(ctx, crowd[0].id)
    qtbot.addWidget(page)
    assert page.anonymise_button.isHidden()


def test_duplicates_dialog_merges(qtbot, staff_ctx, crowd, volunteer, monkeypatch):
    twin = create_person(PersonInput("张阳", None, platform="美团", note="临时"), volunteer)
    dialog = DuplicatesDialog(staff_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    pair = dialog.current()
    assert (pair.keep.id, pair.drop.id) == (crowd[0].id, twin.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog.merge_button.click()
    assert Person.get_by_id(twin.id).merged_into_id == crowd[0].id
    assert dialog.model.rowCount() == 0 and dialog.merged == 1


def test_duplicates_dialog_remembers_not_the_same_person(qtbot, staff_ctx, crowd, volunteer, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    create_person(PersonInput("张阳", None, platform="美团"), volunteer)
    dialog = DuplicatesDialog(staff_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.skip_button.click()
    assert dialog.model.rowCount() == 0
    again = DuplicatesDialog(staff_ctx)  # opened another day
    qtbot.addWidget(again)
    assert again.model.rowCount() == 0


def test_grids_dialog_rename_leader_and_members(qtbot, staff_ctx, crowd):
    dialog = GridsDialog(staff_ctx)
    qtbot.addWidget(dialog)
    assert dialog.grid_model.rowCount() == 6
    dialog.grid_table.selectRow(1)
    assert dialog.member_model.rowCount() == 1
    dialog.name.clear()
    type_text(qtbot, dialog.name, "东门网格")
    type_text(qtbot, dialog.leader, "刘网格长")
    dialog.save_button.click()
    assert Grid.get(Grid.number == 2).name == "东门网格" and dialog.changed
    dialog.grid_table.selectRow(1)
    dialog.member_table.selectAll()
    dialog.remove_button.click()
    assert Person.get_by_id(crowd[0].id).grid_id is None


def test_assign_to_grid_from_roster(tab, crowd, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    tab.table.selectAll()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("第四网格", True)))
    tab.assign_button.click()
    assert {p.grid.number for p in Person.select()} == {4}


def test_import_dialog_maps_previews_imports_and_reports(qtbot, staff_ctx, crowd, tmp_path):
    path = tmp_path / "名单.xlsx"
    book = openpyxl.Workbook()
    for row in (["序号", "姓名", "联系电话", "所属平台", "备注"], [1, "孙七", 13500004444, "闪送", ""],
                [2, "李四", "139-0000-1111", "", "换了站点"], [3, "周八", "123", "", ""]):
        book.active.append(row)
    book.save(path)
    dialog = ImportDialog(staff_ctx, path)
    qtbot.addWidget(dialog)
    assert dialog.load()
    assert dialog.mapping() == {1: "name", 2: "phone", 3: "platform", 4: "note"}
    dialog.combos[4].setCurrentIndex(0)  # the user decides not to import the notes
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    assert "1 to add, 0 to update, 2 skipped" in dialog.summary.text()
    assert Person.select().count() == 3  # nothing written by the preview
    dialog.next_button.click()
    assert dialog.report is not None and dialog.report.added == 1
    assert Person.get(Person.phone == "13500004444").platform == "闪送"
    reasons = [dialog.rows_model.index(r, 4).data() for r in range(3)]
    assert any("123" in r for r in reasons)
    dialog.next_button.click()  # Close


def test_import_dialog_refuses_a_broken_file(qtbot, staff_ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"garbage")
    dialog = ImportDialog(staff_ctx, bad)
    qtbot.addWidget(dialog)
    assert not dialog.load()
    assert shown and "bad.xlsx" in shown[0]


def test_export_writes_the_shown_rows(tab, tmp_path, monkeypatch):
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(tab, "choose_export_file", lambda: str(out))
    monkeypatch.setattr(ExportDialog, "ask", lambda self: self.mask_phones())  # the dialog's defaults
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    tab.kind.setCurrentIndex(tab.kind.findData("rider"))
    tab.export_file()
    values = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert len(values) == 2 and values[1][:2] == ["张阳", "138****5678"]


def test_card_sheet_renders_in_qtextdocument(qtbot, staff_ctx, crowd, tmp_path):
    html = card_printing.card_html(staff_ctx, [p.id for p in crowd])
    doc = QTextDocument()
    doc.setHtml(html)
    images = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    qr = [name for name in images if len(name) > 200]
    assert len(qr) == 3
    for name in qr:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull() and image.width() > 100
    from desk.ui.widgets.printing import write_pdf

    pdf = write_pdf(html, tmp_path / "cards.pdf")
    assert pdf.stat().st_size > 5000


def test_print_cards_goes_through_preview(tab, crowd, monkeypatch):
    seen = []
    monkeypatch.setattr(card_printing, "preview_html", lambda parent, html, title, **kw: seen.append((html, title)))
    tab.table.selectAll()
    tab.print_selected_cards()
    assert len(seen) == 1 and seen[0][0].count("会员卡") == 3


def test_cards_to_pdf(tab, crowd, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.table.selectAll()
    tab.save_selected_cards_pdf()
    assert out.exists() and out.stat().st_size > 5000


def test_printed_cards_scan_back_to_their_codes(staff_ctx, crowd, tmp_path):
    """With zbar and poppler installed (not on CI), read the printed QR codes back."""
    import shutil
    import subprocess

    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg / pdftoppm not installed")
    from desk.ui.widgets.printing import write_pdf

    write_pdf(card_printing.card_html(staff_ctx, [p.id for p in crowd]), tmp_path / "c.pdf", **card_printing.CARD_PAGE)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(tmp_path / "c.pdf"), str(tmp_path / "p")], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")], capture_output=True, text=True).stdout
    assert set(out.split()) == {p.card_code for p in crowd}


def test_old_card_of_a_merged_duplicate_opens_the_kept_person(qtbot, tab, crowd, staff, opened):
    from desk.services.people import merge

    twin = create_person(PersonInput("张阳", None, platform="美团"), staff)
    merge.merge_people(crowd[0].id, twin.id, staff)
    tab.refresh()
    qtbot.keyClicks(tab.search, Person.get_by_id(twin.id).card_code)
    press_enter(qtbot, tab.search)
    assert opened == [crowd[0].id]
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == ""


def test_tab_keys_win_over_the_search_fields_own_bindings(tab, monkeypatch):
    """On Linux (xcb) a line edit takes Ctrl+E as "end of line": Export never fired from the search."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    for key, mods in ((Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)):
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, mods)
        assert tab.eventFilter(tab.search, override) is True
    typing = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.eventFilter(tab.search, typing) is False  # undo in the search field stays its own
    exported = []
    monkeypatch.setattr(ExportDialog, "ask", lambda self: exported.append(1))
    tab.search.setFocus()
    from PySide6.QtTest import QTest
    QTest.keyClick(tab.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [1]


def test_file_dialogs_start_in_the_home_folder_not_the_programs(tab, monkeypatch, crowd):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[2]) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a[2]) or ("", ""))
    monkeypatch.setattr(ExportDialog, "ask", lambda self: True)
    tab.export_file()
    tab.import_file()
    card_printing.save_cards_pdf(tab, tab.ctx, [crowd[0].id])
    home = str(Path.home())
    assert len(asked) == 3 and all(a.startswith(home) for a in asked), asked


def test_a_volunteer_is_told_import_needs_staff_before_choosing_a_file(qtbot, ctx, crowd, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(PeopleTab, "choose_import_file", lambda self: asked.append(1) or "")
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.import_file()
    assert asked == [] and len(shown) == 1 and "role" in shown[0]


def _conflict_file(tmp_path):
    path = tmp_path / "a.xlsx"
    book = openpyxl.Workbook()
    for row in (["姓名", "手机号", "平台"], ["孙七", "13500004444", "闪送"],
                ["王五", "13812345678", "饿了么"]):  # 张阳's number in the roster
        book.active.append(row)
    book.save(path)
    return path


def test_import_preview_shows_a_conflict_and_leaves_it_alone(qtbot, staff_ctx, crowd, tmp_path):
    """Issue 8.7: a row with 张阳's phone and another name was shown as an ordinary update and renamed him."""
    from desk.services.people.importer import CONFLICT
    from desk.ui.people.import_dialog import CONFLICT_BACKGROUND

    zhang = crowd[0]
    dialog = ImportDialog(staff_ctx, _conflict_file(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.load()
    dialog.next_button.click()  # the preview
    model = dialog.rows_model
    row = next(i for i in range(model.rowCount()) if model.row_record(i).action == CONFLICT)
    action = model.index(row, model.COL_ACTION)
    assert action.data() == "CONFLICT: keep"
    assert action.data(Qt.ItemDataRole.BackgroundRole) == CONFLICT_BACKGROUND
    assert action.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "张阳" in model.index(row, 4).data() and "王五" in model.index(row, 4).data()
    ordinary = model.index(1 - row, model.COL_ACTION)
    assert ordinary.data() == "add" and ordinary.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not dialog.conflict_note.isHidden() and "1 conflicts" in dialog.conflict_note.text()
    assert "1 to add, 0 to update, 1 skipped" in dialog.summary.text()
    assert dialog.rows_table.currentIndex().row() == row  # the conflict is in view
    dialog.next_button.click()  # Import, nothing ticked
    assert dialog.report.conflicts == 1 and dialog.report.added == 1
    assert Person.get_by_id(zhang.id).name == "张阳"
    assert "nobody was renamed" in dialog.conflict_note.text()


def test_import_preview_applies_a_conflict_only_when_ticked(qtbot, staff_ctx, crowd, tmp_path):
    from desk.services.people.importer import CONFLICT

    zhang = crowd[0]
    dialog = ImportDialog(staff_ctx, _conflict_file(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load()
    dialog.next_button.click()
    model = dialog.rows_model
    row = next(i for i in range(model.rowCount()) if model.row_record(i).action == CONFLICT)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.rows_table.setFocus()
    dialog.rows_table.selectRow(row)
    qtbot.keyClick(dialog.rows_table, Qt.Key.Key_Space)  # staff choose this row
    assert model.index(row, model.COL_ACTION).data() == "CONFLICT: update anyway"
    assert "1 to add, 1 to update, 0 skipped" in dialog.summary.text()
    qtbot.keyClick(dialog.rows_table, Qt.Key.Key_Space)  # …and change their mind
    assert model.index(row, model.COL_ACTION).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(row, model.COL_ACTION), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)  # a click in the box
    assert not model.setData(model.index(1 - row, model.COL_ACTION), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)  # an ordinary row has no box
    dialog.next_button.click()  # Import
    assert dialog.report.updated == 1 and dialog.report.conflicts == 0
    renamed = Person.get_by_id(zhang.id)
    assert (renamed.name, renamed.platform) == ("王五", "饿了么")
    assert model.index(row, model.COL_ACTION).data() == "update (conflict chosen)"


def test_export_dialog_says_how_many_of_how_many_and_hides_digits_by_default(qtbot, tab, crowd, tmp_path,
                                                                             monkeypatch):
    """Issue 8.10: the export defaulted to full phones and did not say a search limited it."""
    from PySide6.QtWidgets import QDialog

    type_text(qtbot, tab.search, "张")
    tab.apply_filter()
    dialog = tab.export_dialog(tab.proxy.rowCount())
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "Export 1 / 3 people (filtered by the search)"
    assert dialog.hint_label.isVisibleTo(dialog)
    assert dialog.masked.isChecked() and not dialog.full.isEnabled()  # staff: masked only
    tab.kind.setCurrentIndex(tab.kind.findData("rider"))
    both = tab.export_dialog(tab.proxy.rowCount())
    qtbot.addWidget(both)
    assert both.count_label.text().startswith("Export 1 / 3 people (filtered: search “张”、")
    tab.search.clear()
    tab.kind.setCurrentIndex(0)
    tab.apply_filter()
    everyone = tab.export_dialog(tab.proxy.rowCount())
    qtbot.addWidget(everyone)
    assert everyone.count_label.text() == "Export 3 / 3 people" and not everyone.hint_label.isVisibleTo(everyone)

    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)  # Enter: the defaults
    monkeypatch.setattr(tab, "choose_export_file", lambda: str(out))
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    tab.export_file()
    phones = {r[1].value for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2)}
    assert phones == {"138****5678", "139****1111", None}


def test_an_admin_may_choose_full_phones_and_the_export_is_audited(qtbot, admin_ctx, crowd, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desk.models import AuditLog

    tab = PeopleTab(admin_ctx)
    qtbot.addWidget(tab)

    def choose_full(dialog):
        assert dialog.masked.isChecked() and dialog.full.isEnabled()
        dialog.full.setChecked(True)
        return QDialog.DialogCode.Accepted

    out = tmp_path / "full.xlsx"
    monkeypatch.setattr(ExportDialog, "exec", choose_full)
    monkeypatch.setattr(tab, "choose_export_file", lambda: str(out))
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    tab.export_file()
    phones = {r[1].value for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2)}
    assert phones == {"13812345678", "13900001111", None}
    entry = AuditLog.get(AuditLog.action == "person.export_unmasked")
    assert '"count": 3' in entry.after and entry.operator_id == admin_ctx.operator.id


def test_a_volunteer_is_told_export_needs_staff_before_any_question(qtbot, ctx, crowd, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(ExportDialog, "exec", lambda self: asked.append(1) or 0)
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.export_file()
    assert asked == [] and len(shown) == 1 and "role" in shown[0]


def test_a_volunteer_corrects_details_but_not_someone_elses_name_or_phone(qtbot, ctx, staff, crowd):
    someone = create_person(PersonInput("赵六", "13600006666", platform="美团"), staff)
    dialog = PersonDialog(ctx.operator, someone.id)
    qtbot.addWidget(dialog)
    assert not dialog.name.isEnabled() and not dialog.phone.isEnabled() and not dialog.identity_hint.isHidden()
    assert not dialog.caring_team.isEnabled()  # the team's members are staff's choice (team.manage)
    dialog.platform.setCurrentText("饿了么")
    dialog.accept()
    assert people.get_person(someone.id).platform == "饿了么"
    own = create_person(PersonInput("孙七", "13500005555"), ctx.operator)  # registered just now by this volunteer
    mine = PersonDialog(ctx.operator, own.id)
    qtbot.addWidget(mine)
    assert mine.name.isEnabled()  # a typo fixed at once
    mine.name.setText("孙琪")
    mine.accept()
    assert people.get_person(own.id).name == "孙琪"
