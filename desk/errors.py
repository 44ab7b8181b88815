"""Errors a volunteer can act on.

Services raise ``DeskError`` with an English message template marked for translation.
The UI shows it in the volunteer's language (``desk.ui.errors.message_of``); the services
themselves never import Qt.
"""

from __future__ import annotations

from typing import Any


def translate(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate; the UI translates it when it shows the message.

    lupdate recognises calls named ``translate(context, text)``. Here it only returns the
    text, so services stay free of Qt.
    """
    return text


class DeskError(Exception):
    """A rule of the station was broken; nothing was changed.

    ``template`` is the untranslated English text with ``{0}``, ``{1}`` placeholders,
    ``args`` the values for them: plain strings or numbers. A string that is a term marked
    with ``translate("Term", ...)`` (a role, a kind of person) is translated too.
    """

    def __init__(self, template: str, *args: Any) -> None:
        super().__init__(template, *args)
        self.template = template
        self.params = tuple(args)

    def __str__(self) -> str:
        return self.template.format(*self.params)


class ValidationError(DeskError):
    """Input that the desk cannot accept (empty name, bad phone, unknown service...)."""


class NotFound(DeskError):
    """The record asked for does not exist (or was voided)."""


class PermissionDenied(DeskError):
    """The operator's role may not do this."""


class Conflict(DeskError):
    """The action clashes with what is already recorded (e.g. already voided)."""


class RepeatVisit(DeskError):
    """The person was checked in minutes ago; the desk asks before counting again."""

    def __init__(self, template: str, *args: Any, previous: Any = None) -> None:
        super().__init__(template, *args)
        self.previous = previous


class StorageError(DeskError):
    """The data folder cannot be written (disk full, read-only, a failing drive); nothing was saved."""


DISK_FULL = translate("DeskError", "The disk is full: what you just did was not saved; everything saved before is "
                                   "kept. Free some space on the disk (or ask the administrator), then try again.")
READ_ONLY = translate("DeskError", "The data folder is read-only: what you just did was not saved; everything saved "
                                   "before is kept. Ask the administrator to make the data folder writable again.")
WRITE_FAILED = translate("DeskError", "The data folder could not be written ({0}): what you just did was not saved; "
                                      "everything saved before is kept. Check the disk, then try again.")

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
_ENOSPC, _EDQUOT, _EROFS, _EACCES, _EPERM = 28, 122, 30, 13, 1


def storage_error(exc: BaseException | None) -> StorageError | None:
    """The volunteer's message for a write that failed because of the disk, or None for any other error.

    One place for the whole desk: ``desk.db.write()`` raises it instead of SQLite's
    "database or disk is full" / "attempt to write a readonly database" / an OSError, and the
    window's ``run_op`` does the same for anything that escapes a transaction. Looks through
    peewee's wrapper (the original exception is its first argument) and the exception's context.
    """
    seen = 0
    while exc is not None and seen < 8:
        seen += 1
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        found = _classify(inner) if inner is not None else None
        found = found or _classify(exc)
        if found is not None:
            return found
        exc = exc.__cause__ or exc.__context__
    return None


def _classify(exc: BaseException) -> StorageError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    module = type(exc).__module__
    is_sqlite = module.startswith("sqlite3") or module == "peewee"
    if primary == _SQLITE_FULL or (is_sqlite and "database or disk is full" in text):
        return StorageError(DISK_FULL)
    if primary == _SQLITE_READONLY or (is_sqlite and "readonly database" in text):
        return StorageError(READ_ONLY)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or (is_sqlite and "disk i/o error" in text):
        return StorageError(WRITE_FAILED, str(exc).split("\n")[0][:120])
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in (_ENOSPC, _EDQUOT):
            return StorageError(DISK_FULL)
        if exc.errno in (_EROFS, _EACCES, _EPERM):
            return StorageError(READ_ONLY)
        return StorageError(WRITE_FAILED, exc.strerror or str(exc))
    return None
