"""`desk --demo` remembers the language and text size chosen in it (they were reset at each start)."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import store
from desk.config import Settings, demo_data_dir
from desk.ui import app as desk_app
from desk.ui import errors as ui_errors
from desk.ui.context import DeskContext
from desk.ui.main_window import MainWindow


@pytest.fixture
def start(monkeypatch):
    """run() up to the operator dialog, without a new QApplication, translators or the demo's fill."""
    seen = {}

    def make_app(settings, argv=None):
        seen["app"] = (settings.language, settings.large_text)
        return QApplication.instance()

    def choose_operator(settings, folder):
        seen["operator"] = (settings.language, settings.large_text, folder)
        return None  # "cancel": run() returns before the window

    def open_store(data_dir, demo=False, db_url=None, **kw):
        folder = demo_data_dir(data_dir) if demo else data_dir
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    monkeypatch.setattr(desk_app, "make_app", make_app)
    monkeypatch.setattr(desk_app, "choose_operator", choose_operator)
    monkeypatch.setattr(store, "open_store", open_store)
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda log_dir: None)

    def run(data_dir, demo=True):
        seen.clear()
        assert desk_app.run(data_dir, demo=demo) == 0
        return seen

    return run


@pytest.fixture
def keep_app_font():
    font = QApplication.font()
    yield
    QApplication.setFont(font)


def test_demo_remembers_larger_text_and_english_across_starts(qtbot, start, volunteer, tmp_path, monkeypatch,
                                                              keep_app_font):
    desk_dir = tmp_path / "desk"
    first = start(desk_dir)
    assert first["operator"][:2] == ("zh_CN", False)
    # The volunteer tries the demo in English with larger text, then closes it.
    demo_dir = demo_data_dir(desk_dir)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **kw: None)
    window = MainWindow(DeskContext(operator=volunteer, settings=Settings(), data_dir=demo_dir, demo=True))
    qtbot.addWidget(window)
    window.toggle_large_text(True)
    window.set_language("en")
    window.close()
    again = start(desk_dir)
    assert again["app"] == ("en", True)  # the window's font and language are made from these
    assert again["operator"] == ("en", True, demo_dir)
    assert Settings.load(desk_dir).language == "zh_CN"  # the real desk is not changed by the demo


def test_first_demo_start_takes_the_desks_language_and_text_size(start, tmp_path):
    desk_dir = tmp_path / "desk"
    Settings(language="en", large_text=True, last_operator_id=7).save(desk_dir)
    seen = start(desk_dir)
    assert seen["app"] == ("en", True)
    assert seen["operator"] == ("en", True, demo_data_dir(desk_dir))


def test_real_desk_reads_its_own_settings(start, tmp_path):
    Settings(language="en", large_text=True).save(tmp_path)
    assert start(tmp_path, demo=False)["operator"] == ("en", True, tmp_path)
