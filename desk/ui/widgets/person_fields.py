"""The fields every person form shares: kind, platform (with suggestions) and grid pickers."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desk.services.people import grids

from desk.services.people import records as people
from desk.ui.errors import term


def name_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(people.NAME_MAX)
    return edit


def phone_edit(parent: QWidget) -> QLineEdit:
    """Any spelling a rider dictates (spaces, dashes, +86): the service normalises it."""
    edit = QLineEdit(parent)
    hint = QCoreApplication.translate("PersonFields", "11-digit mobile, optional")
    edit.setPlaceholderText(hint)
    # Wide enough for the whole hint: a narrow dialog cut "可不填" (optional) off, and that is the point.
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 24)
    return edit


def kind_combo(parent: QWidget, kinds: Iterable[str] | None = None, with_any: str | None = None) -> QComboBox:
    """Kinds of person in the volunteer's language; data is the kind code (None for "any")."""
    combo = QComboBox(parent)
    if with_any is not None:
        combo.addItem(with_any, None)
    for code in kinds if kinds is not None else people.KINDS:
        combo.addItem(term(people.KINDS[code]), code)
    return combo


def platform_combo(parent: QWidget) -> QComboBox:
    """Free text with the platforms already used at this desk first, then the usual ones."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems([""] + people.platforms_in_use())
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def grid_combo(parent: QWidget, first: str, first_value=None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(first, first_value)
    for g in grids.list_grids():
        combo.addItem(g.name, g.id)
    return combo
