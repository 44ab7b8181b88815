"""The leaderboard: top riders by points earned this month, this year or all time; print, copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.people import grids
from desk.reports import points_sheets
from desk.services.points import ledger as points
from desk.ui.context import DeskContext
from desk.ui.errors import term
from desk.ui.points.models import LeaderboardModel
from desk.ui.widgets import printing
from desk.ui.widgets.record_view import record_table


def sheet_tr(text: str) -> str:
    return QCoreApplication.translate("PointsSheet", text)


class LeaderboardPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = QComboBox(self)
        self.period.setObjectName("leaderPeriod")
        for code in ("month", "year", "all"):
            self.period.addItem(term(points.PERIODS[code]), code)
        self.grid = QComboBox(self)
        self.grid.setObjectName("leaderGrid")
        self.caring = QCheckBox(self.tr("Caring Rider Team only"), self)
        self.caring.setObjectName("leaderCaring")
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.copy_button = QPushButton(self.tr("Copy (Ctrl+Shift+C)"), self)
        self.copy_button.setObjectName("leaderCopy")
        self.feedback = QLabel(self)
        self.model = LeaderboardModel(self)
        self.table = record_table(self.model, self, name="leaderTable", multi=True)
        header = self.table.horizontalHeader()
        # No stretched column: a rider's points sit next to their name, not a screen's width away.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(56)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Grid"), self))
        bar.addWidget(self.grid)
        bar.addWidget(self.caring)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)

        self._fill_grids()
        self.period.currentIndexChanged.connect(self.refresh)
        self.grid.currentIndexChanged.connect(self.refresh)
        self.caring.toggled.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_board)
        self.pdf_button.clicked.connect(self.save_pdf)

    def _fill_grids(self) -> None:
        current = self.grid.currentData()
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("All grids"), None)
        for grid in grids.list_grids():
            self.grid.addItem(grid.name, grid.id)
        index = self.grid.findData(current)
        self.grid.setCurrentIndex(max(0, index))
        self.grid.blockSignals(False)

    def refresh(self) -> None:
        self._fill_grids()  # an admin may have renamed a grid meanwhile
        rows = points.leaderboard(self.period.currentData(), grid_id=self.grid.currentData(),
                                  caring_team=True if self.caring.isChecked() else None)
        self.model.set_rows(rows)
        self.feedback.setText(
            self.tr("Points earned in the period; spending does not lower a rank, corrected mistakes are left out.")
        )

    def filters_text(self) -> str:
        parts = [self.grid.currentText()]
        if self.caring.isChecked():
            parts.append(self.caring.text())
        return " · ".join(parts)

    def board_html(self) -> str:
        period = self.period.currentText()
        if self.period.currentData() == "month":
            period = f"{period} ({dt.date.today():%Y-%m})"
        elif self.period.currentData() == "year":
            period = f"{period} ({dt.date.today():%Y})"
        return points_sheets.leaderboard_html(self.model.rows(), station=self.ctx.settings.station_name,
                                              period_title=period, filters=self.filters_text(), tr=sheet_tr)

    def copy(self) -> None:
        QApplication.clipboard().setText(points_sheets.leaderboard_tsv(self.model.rows(), sheet_tr))
        self.feedback.setText(self.tr("{0} rows copied; paste them into a spreadsheet or a message.").format(self.model.rowCount()))

    def print_board(self) -> None:
        printing.preview_html(self, self.board_html(), self.tr("Points leaderboard"))

    def save_pdf(self) -> None:
        printing.save_pdf_as(self, self.board_html(), str(Path.home() / self.tr("points-leaderboard.pdf")))
