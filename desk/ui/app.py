"""Start the window: Qt application, fonts, translations, who is on duty, the main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.config import RESOURCES, Settings, db_target, demo_data_dir
from desk.errors import storage_error
from desk.models import Operator
from desk.ui import fonts

_translators: list[QTranslator] = []  # kept alive: Qt does not own installed translators
loaded_translations: list[Path] = []  # the desk's .qm files in use (the smoke test reports them)


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
    loaded_translations.clear()
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
            loaded_translations.append(qm)


def choose_operator(settings: Settings, data_dir: Path) -> Operator | None:
    from desk import demo
    from desk.ui.operator_dialog import OperatorDialog

    # A demo database says its operators' PIN on the sign-in; a real desk says nothing of the kind.
    dialog = OperatorDialog(settings.last_operator_id, demo_pin=demo.DEMO_PIN if demo.is_demo() else "")
    if not dialog.exec() or dialog.operator is None:
        return None
    settings.last_operator_id = dialog.operator.id
    settings.save(data_dir)
    return dialog.operator


_held_locks: dict = {}  # data folder -> its lock, held for the life of the process


def take_desk_lock(folder: Path):
    """Take the one-desk lock of ``folder``; if another desk holds it, say so plainly and return None.

    Not at all rather than read-only: a read-only desk would have to disable every button of
    every tab and still fail on the first write a volunteer tried; the usual cause is a second
    double-click, and the volunteer's fix is the window already open.
    """
    from desk.store import DeskInUse, desk_lock

    key = Path(folder).resolve()
    held = _held_locks.get(key)
    if held is not None and held.held:  # this process opened the folder already (a second run())
        return held
    try:
        _held_locks[key] = desk_lock(folder).acquire()
    except DeskInUse as exc:
        holder = exc.holder
        where = ""
        if holder.host or holder.pid:
            where = QCoreApplication.translate("App", "It was opened on the computer {0} at {1} (process {2}).").format(
                holder.host or "?", holder.since or "?", holder.pid or "?")
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "The desk is already open"),
            QCoreApplication.translate(
                "App",
                "Another window or another computer is using this data folder:\n{0}\n\n{1}\n\n"
                "Please go to the desk window that is already open. This copy closes now, so that no record "
                "is written twice or lost.",
            ).format(exc.folder, where),
        )
        return None
    return _held_locks[key]


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


def run(data_dir: Path, demo: bool = False, db_url: str | None = None, smoke_test: bool = False) -> int:
    """Open the window on the database in ``data_dir`` (its demo folder with ``demo``).

    ``smoke_test`` builds the window with the first administrator on duty, reports what it
    loaded (translations, fonts, resources) and quits: proof that an installed copy starts.
    """
    from desk.store import open_store
    from desk.ui.context import DeskContext
    from desk.ui.demo_progress import fill_with_progress
    from desk.ui.errors import install_excepthook, message_of
    from desk.ui.main_window import MainWindow

    # Read before the window is made: its language and font come from them.
    settings = load_settings(data_dir, demo)
    app = make_app(settings)
    install_excepthook(data_dir / "logs")
    # One desk per data folder, decided before the database is even opened (or upgraded).
    if take_desk_lock(demo_data_dir(data_dir) if demo else data_dir) is None:
        return 3
    if not smoke_test and isinstance(db_target(data_dir, db_url), Path):
        # A damaged file is said plainly and the newest good backup offered, before anything opens it.
        from desk.ui.backups.damaged import check_database_at_start

        if not check_database_at_start(demo_data_dir(data_dir) if demo else data_dir, settings):
            return 1
    # The first --demo fills a year of data: a progress window shows at once instead of nothing.
    try:
        folder = open_store(data_dir, demo=demo, db_url=db_url, fill_demo=fill_with_progress)
    except Exception as exc:
        refusal = storage_error(exc)  # a full disk or a read-only data folder, met at start
        if refusal is None:
            raise
        QMessageBox.critical(None, QCoreApplication.translate("Errors", "Cannot do that"), message_of(refusal))
        return 1
    if smoke_test:
        return _smoke_test(settings, folder, demo)
    operator = choose_operator(settings, folder)
    if operator is None:
        return 0
    window = MainWindow(DeskContext(operator=operator, settings=settings, data_dir=folder, demo=demo))
    window.show()
    window.start_automatic_backups()  # one now (off the window's thread), then every few hours
    # After the operator dialog closes, make sure keystrokes (and a scanner) reach the window.
    window.raise_()
    window.activateWindow()
    return app.exec()


def _smoke_failure(exc_type, exc, tb) -> None:
    traceback.print_exception(exc_type, exc, tb)
    print("smoke test FAILED: an unexpected error", file=sys.stderr)
    os._exit(1)


def _smoke_test(settings: Settings, folder: Path, demo: bool) -> int:
    """Build every tab of the window as the first administrator, say what was loaded, quit."""
    from PySide6.QtCore import QCoreApplication

    from desk import __version__
    from desk.config import RESOURCES
    from desk.services.common import accounts
    from desk.ui.context import DeskContext
    from desk.ui.main_window import MainWindow
    from desk.ui.tabs import TABS

    admin = accounts.first_admin()
    if admin is None:
        print(f"smoke test: no administrator in {folder}; fill it first (desk demo --data-dir DIR)", file=sys.stderr)
        return 1
    # No apology box in a smoke test: nobody is there to close it, and the run would hang.
    sys.excepthook = _smoke_failure
    try:
        window = MainWindow(DeskContext(operator=admin, settings=settings, data_dir=folder, demo=demo))
        window.show()
        pages = window.pages  # builds every tab
        QCoreApplication.processEvents()
    except Exception:  # noqa: BLE001 (reported, and the run fails)
        traceback.print_exc()
        print("smoke test FAILED: the window could not be built", file=sys.stderr)
        return 1
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    print(f"Station Desk {__version__}: window built with {len(pages)} tabs on {folder}")
    print(f"resources: {RESOURCES}")
    print(f"language {settings.language}: {len(loaded_translations)} translation files "
          f"({', '.join(p.name for p in loaded_translations)})")
    print("tabs: " + " · ".join(titles))
    print(f"screen font: {fonts.chinese_family()}; printed sheets: {', '.join(fonts.print_families())}; "
          f"bundled: {', '.join(fonts.bundled_families()) or 'none'}")
    problems = []
    if settings.language == "zh_CN" and (not loaded_translations or titles[0] == TABS[0].title):
        problems.append("the Chinese translations did not load")
    if fonts.chinese_family() is None:
        problems.append("no Chinese font")
    if fonts.PRINT_FAMILY not in fonts.bundled_families():
        problems.append(f"the bundled font is missing from {RESOURCES / 'fonts'}")
    window.close()
    for problem in problems:
        print(f"smoke test FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0
