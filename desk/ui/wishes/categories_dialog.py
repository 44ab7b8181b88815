"""The catalog of wish categories: an admin adds, renames and retires them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk.models import Operator, WishCategory
from desk.services.wishes import categories
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import Column, RecordTableModel


class CategoryModel(RecordTableModel[WishCategory]):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(self.tr("Category"), lambda c: c.name),
            Column(self.tr("State"), lambda c: self.tr("retired") if c.retired_at else self.tr("in use")),
        ], parent)

    def muted(self, record: WishCategory) -> bool:
        return record.retired_at is not None


class CategoriesDialog(QDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.changed = False
        self.setWindowTitle(self.tr("Wish categories"))
        self.resize(420, 400)
        self.model = CategoryModel(self)
        self.table = record_table(self.model, self, name="wishCategories", stretch=0)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        close = QPushButton(self.tr("Close"), self)
        admin = may(operator, "wish.categories")
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setEnabled(admin)
            button.setAutoDefault(False)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(categories.categories(include_retired=True))

    def _chosen(self) -> WishCategory | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def add(self) -> None:
        name = dialogs.ask_text(self, self.tr("New category"), self.tr("Name of the category:"))
        if name and run_op(self, categories.add_category, name, self.operator) is not None:
            self.changed = True
            self.reload()

    def rename(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename category"), self.tr("New name:"), chosen.name)
        if name and run_op(self, categories.rename_category, chosen.id, name, self.operator) is not None:
            self.changed = True
            self.reload()

    def retire(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.retired_at is not None:
            return
        question = self.tr("Retire {0}? Wishes already in it keep it; new wishes cannot choose it.").format(chosen.name)
        if dialogs.confirm(self, self.tr("Retire category"), question):
            if run_op(self, categories.retire_category, chosen.id, self.operator) is not None:
                self.changed = True
                self.reload()
