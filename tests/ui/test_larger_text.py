"""Larger text and English: every widget follows at once, the people tab's columns fit their text."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from desk.services.checkin import visits as checkin
from desk.services.people.records import PersonInput, create_person
from desk.ui import fonts
from desk.ui.checkin_tab import CheckinTab
from desk.ui.main_window import MainWindow
from desk.ui.people_tab import PeopleTab


@pytest.fixture(autouse=True)
def normal_text_after():
    """Each test starts and ends with the normal application font (it is process-wide)."""
    QApplication.setFont(fonts.ui_font(large=False))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    yield
    QApplication.setFont(fonts.ui_font(large=False))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def set_large_text(large: bool) -> None:
    QApplication.setFont(fonts.ui_font(large=large))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


@pytest.fixture
def crowd(volunteer, staff):
    a = create_person(PersonInput("欧阳娜娜", "13312345678", platform="美团外卖", caring_team=True), staff)
    create_person(PersonInput("李四", "13900001111", kind="courier", platform="顺丰速运"), volunteer)
    create_person(PersonInput("王奶奶", None, kind="elderly", party_member=True), volunteer)
    services = [s.id for s in checkin.default_services()]
    checkin.check_in(a.id, services, volunteer, at=dt.datetime.now() - dt.timedelta(days=2))
    return a


def assert_columns_fit(table):
    """No column narrower than Qt's own measure of its header and of its cells."""
    header = table.horizontalHeader()
    for col in range(table.model().columnCount()):
        if table.isColumnHidden(col):
            continue
        title = table.model().headerData(col, header.orientation())
        assert header.sectionSize(col) >= header.sectionSizeHint(col), (title, "header cut")
        assert header.sectionSize(col) >= table.sizeHintForColumn(col), (title, "cells cut")


def test_people_columns_fit_english_headers_and_follow_larger_text(qtbot, staff_ctx, crowd):
    tab = PeopleTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    assert_columns_fit(tab.table)
    phone_before = tab.table.horizontalHeader().sectionSize(tab.model.COL_PHONE)
    set_large_text(True)
    assert tab.table.font().pointSize() == fonts.LARGE_POINT_SIZE
    assert_columns_fit(tab.table)
    assert tab.table.horizontalHeader().sectionSize(tab.model.COL_PHONE) > phone_before


def test_column_fitter_reads_a_sample_of_a_big_table(qtbot):
    from desk.ui.widgets.record_view import fit_columns, record_table
    from desk.ui.widgets.table_model import Column, RecordTableModel

    asked = []

    def name(row):
        asked.append(row)
        return row

    model = RecordTableModel([Column("Name", name), Column("Phone", lambda r: "133****5678")])
    view = record_table(model)
    qtbot.addWidget(view)
    view.show()
    fitter = fit_columns(view, sample=200)
    model.set_rows([f"骑手{i:05d}" for i in range(10_000)])
    assert 0 < len(asked) <= 200  # not 10,000 rows
    asked.clear()
    view.resize(600, 400)
    QApplication.processEvents()  # a layout pass: nothing in the view measures every row behind our back
    assert len(asked) < 200
    widths = fitter.widths()
    assert widths[1] > view.fontMetrics().horizontalAdvance("133****5678")


def label_number_size(label, number: str) -> float:
    """The point size the label draws ``number`` in (its rich text laid out in its current font)."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    at = doc.toPlainText().index(number)
    cursor = QTextCursor(doc)
    cursor.setPosition(at + 1)
    return cursor.charFormat().font().pointSizeF() or QFont(label.font()).pointSizeF()


def test_larger_text_restyles_search_fields_and_counters_at_once(qtbot, ctx, crowd):
    checkin.check_in(crowd.id, [s.id for s in checkin.default_services()], ctx.operator)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("checkin")
    people_page = window.page("people")
    assert page.search.field.font().pointSizeF() == pytest.approx(fonts.BASE_POINT_SIZE * 1.3)
    window.toggle_large_text(True)
    assert page.search.field.font().pointSizeF() == pytest.approx(fonts.LARGE_POINT_SIZE * 1.3)
    assert people_page.search.font().pointSizeF() == pytest.approx(fonts.LARGE_POINT_SIZE * 1.2)
    window.toggle_large_text(False)
    assert page.search.field.font().pointSizeF() == pytest.approx(fonts.BASE_POINT_SIZE * 1.3)


def test_larger_text_grows_the_big_counters_at_once(qtbot, ctx, crowd):
    checkin.check_in(crowd.id, [s.id for s in checkin.default_services()], ctx.operator)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    label = window.page("checkin").counter_labels["today"]
    window.toggle_large_text(True)
    assert label.font().pointSize() == fonts.LARGE_POINT_SIZE
    large = label_number_size(label, "1")
    assert large >= 1.4 * fonts.LARGE_POINT_SIZE  # the big number grew with the text around it
    window.toggle_large_text(False)
    assert 1.4 * fonts.BASE_POINT_SIZE <= label_number_size(label, "1") < large


def test_gift_hand_out_button_follows_larger_text(qtbot, ctx):
    from desk.ui.gifts_tab import GiftsTab

    tab = GiftsTab(ctx)
    qtbot.addWidget(tab)
    set_large_text(True)
    button = tab.panel.hand_button
    assert button.font().pointSizeF() == pytest.approx(fonts.LARGE_POINT_SIZE * 1.2) and button.font().bold()


def test_todays_services_in_english(qtbot, ctx, crowd):
    ctx.settings.language = "en"
    checkin.check_in(crowd.id, [s.id for s in checkin.default_services()], ctx.operator)
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    services = tab.visits.index(0, 5).data()
    assert services == "Drinking water, Rest / cool down / warm up"


def test_todays_services_in_chinese_by_default(qtbot, ctx, crowd):
    checkin.check_in(crowd.id, [s.id for s in checkin.default_services()], ctx.operator)
    tab = CheckinTab(ctx)
    qtbot.addWidget(tab)
    assert tab.visits.index(0, 5).data() == "饮水、休息纳凉取暖"


def test_people_and_gifts_tabs_fit_a_laptop_screen_with_larger_text(qtbot, staff_ctx):
    from desk.ui.gifts_tab import GiftsTab

    set_large_text(True)
    for tab in (PeopleTab(staff_ctx), GiftsTab(staff_ctx)):
        qtbot.addWidget(tab)
        # 1366 pixels wide, less the window frame: wider and its right side is off the screen
        assert tab.minimumSizeHint().width() <= 1340, type(tab).__name__
