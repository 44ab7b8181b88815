"""Render every tab of the demo database to PNG (docs/screenshots/<tab>.png), offscreen.

    python tools/screenshots.py [--out docs/screenshots] [--lang zh_CN|en] [--size 1366x768]

A newcomer sees the desk working at once, and a reviewer can look at every screen
without a display. Tabs may offer ``screenshot_states()``: extra (name, callable) pairs that
put the tab into an interesting state (a dialog open, a person chosen) before a grab.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _dialogs(window):
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible() and isinstance(w, QDialog)]


def grab_with_dialogs(window):
    """The window, with any dialog a state opened (a window of its own) drawn centred over it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    image = window.grab()
    painter = QPainter(image)
    for dialog in _dialogs(window):
        shot = dialog.grab()
        painter.drawPixmap(QPoint((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2), shot)
    painter.end()
    return image


def close_dialogs(window) -> None:
    for dialog in _dialogs(window):
        dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse a demo folder (default: a fresh one)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desk.config import Settings
    from desk.demo import DEMO_PIN
    from desk.services.common import accounts
    from desk.services.safety import access
    from desk.services.common.permissions import least_privileged
    from desk.store import open_store
    from desk.ui.app import make_app
    from desk.ui.context import DeskContext
    from desk.ui.main_window import MainWindow
    from desk.ui.tabs import TABS

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="desk-shots-"))
    settings = Settings(language=args.lang)
    make_app(settings, [sys.argv[0]])
    folder = open_store(data_dir, demo=True)
    # The screens as a volunteer sees them, signed in as the desk does: with the demo's PIN.
    operator = access.sign_in(least_privileged(accounts.list_operators()).id, DEMO_PIN)
    window = MainWindow(DeskContext(operator=operator, settings=settings, data_dir=folder, demo=True))
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        page = window.current_page()
        key = TABS[i].key
        window.grab().save(str(args.out / f"{key}.png"))
        for name, action in getattr(page, "screenshot_states", lambda: [])():
            action()
            QApplication.processEvents()
            grab_with_dialogs(window).save(str(args.out / f"{key}-{name}.png"))
        close_dialogs(window)
    _safety_screens(window, folder, settings, args.out)
    print(f"screenshots in {args.out}")
    return 0


def _safety_screens(window, folder: Path, settings, out: Path) -> None:
    """The sign-in, the lock screen, and the administrator's operators and audit log."""
    from PySide6.QtWidgets import QApplication

    from desk.demo import DEMO_PIN
    from desk.services.common import accounts
    from desk.services.safety import access
    from desk.ui.context import DeskContext
    from desk.ui.operator_dialog import OperatorDialog
    from desk.ui.safety.audit_viewer import AuditViewer
    from desk.ui.safety.operators_dialog import OperatorsDialog

    def grab(widget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    dialog = OperatorDialog(window.ctx.operator.id, demo_pin=DEMO_PIN)
    grab(dialog, "sign-in")
    dialog.close()
    window.tabs.setCurrentIndex(0)
    window.idle.lock()
    grab(window, "locked")
    window.idle.screen.form.pin.setText(DEMO_PIN)
    window.idle.screen.form.submit()
    admin = access.sign_in(accounts.first_admin().id, DEMO_PIN)
    admin_ctx = DeskContext(operator=admin, settings=settings, data_dir=folder, demo=True)
    for name, screen in (("operators", OperatorsDialog(admin_ctx, window)),
                         ("audit-log", AuditViewer(admin_ctx, window))):
        grab(screen, name)
        screen.close()


if __name__ == "__main__":
    raise SystemExit(main())
