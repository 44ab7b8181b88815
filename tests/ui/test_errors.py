import logging
import sys

from PySide6.QtWidgets import QMessageBox

from desk.errors import ValidationError, translate
from desk.ui import errors


def test_unexpected_error_is_logged_and_apologised_for(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    old_hook = sys.excepthook
    try:
        errors.install_excepthook(tmp_path / "logs")
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.FileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
    log = (tmp_path / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in log
    assert shown and str(tmp_path / "logs" / "desk.log") in shown[0]
    assert "Traceback" not in shown[0]


def test_desk_error_shows_a_plain_warning(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    errors.show_error(None, ValidationError(translate("DeskError", "Please enter a name.")))
    assert shown == ["Please enter a name."] or shown == ["请输入姓名。"]
