from desk.config import Settings
from desk.ui.coming_tab import ComingTab
from desk.ui.main_window import MainWindow
from desk.ui.tabs import TABS


def test_window_has_every_duty_tab_and_shows_operator(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.tabs.count() == len(TABS)
    assert ctx.operator.name in window.operator_label.text()
    for key, page in window.pages.items():
        window.show_tab(key)  # every tab opens: built, or a "coming" page
        assert window.current_page() is page


def test_tabs_are_built_when_first_shown(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert list(window._built) == ["checkin"]
    window.show_tab("people")
    assert set(window._built) == {"checkin", "people"}


def test_unbuilt_duties_show_a_coming_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window.page("wishes"), ComingTab)


def test_geometry_and_large_text_are_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.toggle_large_text(True)
    window.close()
    saved = Settings.load(ctx.data_dir)
    assert saved.large_text and saved.window_geometry
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.width() == 700


def test_admin_adds_a_service_and_check_in_offers_it(qtbot, admin_ctx):
    from desk.models import ServiceType
    from desk.ui.service_catalog_dialog import ServiceCatalogDialog

    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    dialog = ServiceCatalogDialog(admin_ctx.operator, window)
    qtbot.addWidget(dialog)
    from tests.ui.helpers import type_text

    type_text(qtbot, dialog.name, "微波炉加热")
    dialog.add()
    assert ServiceType.select().where(ServiceType.name == "微波炉加热").exists()
    window.page("checkin").catalog_changed()
    assert len(window.page("checkin").services.boxes) == 8


def test_volunteer_cannot_change_the_catalog(qtbot, ctx):
    from desk.ui.service_catalog_dialog import ServiceCatalogDialog

    dialog = ServiceCatalogDialog(ctx.operator)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()


def test_first_start_adds_the_administrator(qtbot, database):
    from desk.services.common import accounts
    from desk.ui.operator_dialog import OperatorDialog
    from tests.ui.helpers import type_text

    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.name, "刘主任")
    qtbot.keyClicks(dialog.form.pin, "2468")
    qtbot.keyClicks(dialog.form.again, "2468")
    dialog.accept()
    assert dialog.operator is not None and dialog.operator.role == "admin"
    assert [op.name for op in accounts.list_operators()] == ["刘主任"]


def test_operator_dialog_remembers_the_last_operator(qtbot, volunteer, staff, admin):
    from desk.services.safety import operators
    from desk.ui.operator_dialog import OperatorDialog

    for op in (admin, staff):
        operators.reset_pin(op.id, "5791", by=admin)
    dialog = OperatorDialog(last_operator_id=staff.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.pin, "5791")
    dialog.accept()
    assert dialog.operator.id == staff.id


def test_operator_dialog_adds_nobody(qtbot, volunteer):
    """New operators are added inside the window by someone signed in (Desk → Operators…)."""
    from desk.models import Operator
    from desk.ui.operator_dialog import OperatorDialog

    dialog = OperatorDialog(last_operator_id=volunteer.id)
    qtbot.addWidget(dialog)
    assert not dialog.form.name.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.operator is None and Operator.select().count() == 2
