"""The records behind a dashboard tile: the same detail table the workbook writes, on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.services.figures.details import DATE, DATETIME, NUMBER, Detail
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import NUMBER as RIGHT
from desk.ui.widgets.table_model import Column, RecordTableModel

SHOW_AT_MOST = 5000  # the rest is in the workbook; a dialog is for a look, not for paging


def _shown(kind: str, value) -> str:
    if value is None:
        return ""
    if kind == DATETIME and isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == DATE and isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value)


class DetailDialog(QDialog):
    def __init__(self, title: str, detail: Detail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("detailDialog")
        rows = []
        for i, row in enumerate(detail.rows):
            if i >= SHOW_AT_MOST:
                break
            rows.append(row)
        columns = [
            Column(c.title, (lambda r, i=i, k=c.kind: _shown(k, r[i])), sort_key=(lambda r, i=i: r[i] if r[i] is not None else ""),
                   align=RIGHT if c.kind == NUMBER else Column.__dataclass_fields__["align"].default)
            for i, c in enumerate(detail.columns)
        ]
        self.model = RecordTableModel(columns, self)
        self.model.set_rows(rows)
        self.table = record_table(self.model, self, name="detailTable", sortable=True)
        note = self.tr("{0} records").format(len(rows))
        if len(rows) >= SHOW_AT_MOST:
            note = self.tr("The first {0} records; export the workbook for all of them.").format(SHOW_AT_MOST)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b> — {note}", self))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(960, 560)
