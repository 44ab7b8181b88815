"""The view side of every table of records (the model side is ``table_model``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def record_table(
    model: QAbstractItemModel,
    parent: QWidget | None = None,
    *,
    name: str = "",
    stretch: int | None = None,
    multi: bool = False,
    sortable: bool = False,
    alternating: bool = True,
) -> QTableView:
    """The one look of every table of records: whole rows, read-only, no row numbers, columns fit their contents.

    ``stretch`` is the column that takes the spare width (None: the last one); ``multi`` lets
    several rows be picked (Ctrl/Shift), otherwise one; ``sortable`` sorts on a header click;
    ``alternating=False`` leaves the rows unbanded (pickers and short lists in dialogs).
    A caller that needs more (fixed widths, no focus) sets it on the returned view.
    """
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(alternating)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
