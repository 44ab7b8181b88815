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
