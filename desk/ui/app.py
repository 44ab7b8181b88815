"""Start the window: Qt application, fonts, translations, who is on duty, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desk.config import RESOURCES, Settings, demo_data_dir
from desk.models import Operator
from desk.ui import fonts

_translators: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def make_app(settings: Settings, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Station Desk")
    app.setOrganizationName("Lexiang Station")
    app.setFont(fonts.ui_font(settings.large_text))
    install_translations(app, settings.language)
    return app


def install_translations(app: QApplication, language: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # Qt's own strings (OK/Cancel, print preview) first, then the desk's, one file per area.
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _translators.append(qt_base)
    for qm in sorted((RESOURCES / "i18n").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)


def choose_operator(settings: Settings, data_dir: Path) -> Operator | None:
    from desk.ui.operator_dialog import OperatorDialog

    dialog = OperatorDialog(settings.last_operator_id)
    if not dialog.exec() or dialog.operator is None:
        return None
    settings.last_operator_id = dialog.operator.id
    settings.save(data_dir)
    return dialog.operator


def load_settings(data_dir: Path, demo: bool = False) -> Settings:
    """The settings of the desk, or of its demo with ``demo``.

    The demo keeps its own settings (its operators are not the real desk's) and remembers what
    is chosen in it; only on its very first start does it take the desk's language and text size.
    """
    if not demo:
        return Settings.load(data_dir)
    folder = demo_data_dir(data_dir)
    if (folder / "settings.json").exists():
        return Settings.load(folder)
    desk = Settings.load(data_dir)
    return Settings(language=desk.language, large_text=desk.large_text)


def run(data_dir: Path, demo: bool = False, db_url: str | None = None) -> int:
    """Open the window on the database in ``data_dir`` (its demo folder with ``demo``)."""
    from desk.store import open_store
    from desk.ui.context import DeskContext
    from desk.ui.errors import install_excepthook
    from desk.ui.main_window import MainWindow

    # Read before the window is made: its language and font come from them.
    settings = load_settings(data_dir, demo)
    app = make_app(settings)
    install_excepthook(data_dir / "logs")
    folder = open_store(data_dir, demo=demo, db_url=db_url)
    operator = choose_operator(settings, folder)
    if operator is None:
        return 0
    window = MainWindow(DeskContext(operator=operator, settings=settings, data_dir=folder, demo=demo))
    window.show()
    # After the operator dialog closes, make sure keystrokes (and a scanner) reach the window.
    window.raise_()
    window.activateWindow()
    return app.exec()
