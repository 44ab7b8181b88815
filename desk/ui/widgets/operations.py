"""One way for a screen to run a service operation and show its refusal.

    result = run_op(self, gifts.hand_out, campaign_id, person_id, self.ctx.operator)
    if result is None:
        return  # refused: the volunteer has seen why, nothing changed

A ``DeskError`` is shown as a plain message in the volunteer's language: in a message box over
``parent``, or, when ``parent`` is a function such as ``self.message.setText``, inline under a
form. Anything else is a bug: it goes on to the application's exception hook, which logs it and
shows the apology box with the log path. Operations return a result object on success; for the
few that return nothing, ``try_op`` answers ``REFUSED`` on refusal, so the two are told apart.
A question the desk asks before trying again (a repeat check-in, an override) is caught by the
function that asks it, which runs inside ``run_op``.
"""

from __future__ import annotations

from typing import Callable, TypeVar, Union

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desk.errors import DeskError, storage_error
from desk.services.common.permissions import allowed
from desk.ui.errors import message_of, report_unexpected, show_error

T = TypeVar("T")


class Refused:
    """The answer of ``try_op`` when the operation was refused (and the refusal shown)."""

    _instance: "Refused | None" = None

    def __new__(cls) -> "Refused":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = Refused()

Shown = Union[QWidget, Callable[[str], object], None]


def show_refusal(show: Shown, exc: DeskError) -> None:
    """A message box over a widget, or the message handed to a function (an inline label)."""
    if show is None or isinstance(show, QWidget):
        show_error(show, exc)
    else:
        show(message_of(exc))


def try_op(show: Shown, operation: Callable[..., T], *args, **kwargs) -> T | Refused:
    """Run ``operation(*args, **kwargs)``; on a ``DeskError`` show it and answer ``REFUSED``."""
    try:
        return operation(*args, **kwargs)
    except DeskError as exc:
        show_refusal(show, exc)
        return REFUSED
    except Exception as exc:
        # A full or read-only disk met outside a write transaction (a file, the settings): said
        # plainly like a refusal; the desk keeps running. Anything else is a bug: it goes on.
        error = storage_error(exc)
        if error is None:
            raise
        show_refusal(show, error)
        return REFUSED


def run_op(parent: Shown, operation: Callable[..., T], *args, **kwargs) -> T | None:
    """Run ``operation(*args, **kwargs)``; on a ``DeskError`` show it and answer None."""
    result = try_op(parent, operation, *args, **kwargs)
    return None if result is REFUSED else result


def may(ctx_or_operator, permission: str) -> bool:
    """May the operator on duty do ``permission``? For hiding and disabling controls."""
    operator = getattr(ctx_or_operator, "operator", ctx_or_operator)
    return allowed(operator, permission)


class _Signals(QObject):
    finished = Signal(object, object)  # (result or None, the DeskError or None)


class _Job(QRunnable):
    def __init__(self, signals: _Signals, operation: Callable, args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.signals, self.operation, self.args, self.kwargs = signals, operation, args, kwargs

    def run(self) -> None:  # on a pool thread
        try:
            result = self.operation(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 (a refusal or a bug: the window's thread shows it)
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


def run_op_in_background(parent: QWidget, busy: str, done: Callable[[object], None], operation: Callable,
                         *args, **kwargs) -> None:
    """Run a long operation (a backup) on a worker thread, so the window does not freeze.

    The busy cursor is on and ``busy`` is in the status bar meanwhile. Afterwards, on the window's
    thread, a refusal is shown like ``run_op``'s and anything else reported as unexpected; then
    ``done(result)`` runs, with None when it was refused or failed. Only for operations that use no
    ORM connection of the window's thread (a backup opens its own): a peewee connection belongs to
    the thread that opened it.
    """
    signals = _Signals(parent)
    status = parent.window().statusBar() if hasattr(parent.window(), "statusBar") else None
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    if status is not None:
        status.showMessage(busy)

    def finished(result: object, error: object) -> None:
        QApplication.restoreOverrideCursor()
        if status is not None:
            status.clearMessage()
        signals.deleteLater()
        if error is not None and not isinstance(error, DeskError) and storage_error(error) is not None:
            error = storage_error(error)
        if isinstance(error, DeskError):
            show_refusal(parent, error)
        elif error is not None:
            report_unexpected(type(error), error, error.__traceback__, parent)
        done(result)

    signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(signals, operation, args, kwargs))
