"""Errors shown to a volunteer: a DeskError in their language, anything else as a short apology."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import DeskError

log = logging.getLogger("desk")


def message_of(exc: DeskError) -> str:
    """The translated, formatted message of a DeskError (terms among its values translated too)."""
    template = QCoreApplication.translate("DeskError", exc.template)
    params = [QCoreApplication.translate("Term", p) if isinstance(p, str) else p for p in exc.params]
    try:
        return template.format(*params)
    except (IndexError, KeyError):
        return str(exc)


def term(text: str) -> str:
    """Translate a term marked with ``translate("Term", ...)`` in the services."""
    return QCoreApplication.translate("Term", text)


def show_error(parent: QWidget | None, exc: Exception) -> None:
    if isinstance(exc, DeskError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do that"), message_of(exc))
    else:
        report_unexpected(type(exc), exc, exc.__traceback__, parent)


_log_path: Path | None = None


def install_excepthook(log_dir: Path) -> None:
    """Log unexpected exceptions to the data folder and show a short apology instead of a traceback."""
    global _log_path
    log_dir.mkdir(parents=True, exist_ok=True)
    _log_path = log_dir / "desk.log"
    handler = logging.FileHandler(_log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    sys.excepthook = lambda t, e, tb: report_unexpected(t, e, tb, None)


def report_unexpected(exc_type, exc, tb, parent: QWidget | None) -> None:
    if isinstance(exc, DeskError):  # raised out of a slot that forgot to catch it
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do that"), message_of(exc))
        return
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Sorry"),
        QCoreApplication.translate(
            "Errors", "Something went wrong and was not saved. Nothing else was lost.\nDetails are in {0}"
        ).format(str(_log_path or "the log")),
    )
