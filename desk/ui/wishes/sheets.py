"""Printing the board: the wall sheet of open wishes, and the thank-you list for sponsors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.reports import wish_sheets
from desk.services.wishes import queries
from desk.ui.widgets import printing


def wall_html(station: str) -> str:
    return wish_sheets.wall_sheet_html(queries.open_wishes(), station=station)


def thanks_html(start: dt.date, end: dt.date, station: str, claimant: tuple[str, int] | None = None) -> str:
    """The thank-you list for everyone who fulfilled a wish in the period, or for one sponsor."""
    groups = [g for g in queries.thanks(start, end) if claimant is None or (g.kind, g.id) == claimant]
    return wish_sheets.thanks_html(groups, queries.unit_counts(end.year), start, end, year=end.year, station=station,
                                   sponsor=groups[0].name if claimant is not None and groups else "")


class SheetDialog(QDialog):
    """Print preview (print from there) or a PDF of one sheet; the thank-you list asks for a period."""

    def __init__(self, kind: str, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "wall" | "thanks"
        self.station = station
        self.setWindowTitle(self.tr("Wall sheet of open wishes") if kind == "wall" else self.tr("Thank-you list"))
        layout = QVBoxLayout(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        self.preset = QComboBox(self)
        self.sponsor = QComboBox(self)
        self.sponsor.setObjectName("thanksSponsor")
        if kind == "wall":
            count = len(queries.open_wishes())
            text = self.tr("{0} open wishes as cards; riders as surname + 师傅/女士, no phone, no full name.")
            label = QLabel(text.format(count), self)
            label.setWordWrap(True)
            layout.addWidget(label)
        else:
            for edit in (self.start, self.end):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
            for label, code in ((self.tr("This year"), "year"), (self.tr("This month"), "month"),
                                (self.tr("Last year"), "last_year"), (self.tr("Chosen dates"), "custom")):
                self.preset.addItem(label, code)
            self.preset.currentIndexChanged.connect(lambda _i: self._preset())
            self.sponsor.addItem(self.tr("Everyone who fulfilled a wish"), None)
            for ref in queries.claimants():
                self.sponsor.addItem(ref.name, (ref.kind, ref.id))
            form = QFormLayout()
            form.addRow(self.tr("For"), self.sponsor)
            form.addRow(self.tr("Period"), self.preset)
            form.addRow(self.tr("From"), self.start)
            form.addRow(self.tr("To"), self.end)
            layout.addLayout(form)
            hint = self.tr("Per sponsor, the wishes fulfilled in the period; then the year's count per partner unit.")
            layout.addWidget(QLabel(hint, self))
            self._preset()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)

    def _preset(self) -> None:
        today = dt.date.today()
        code = self.preset.currentData()
        if code == "year":
            start, end = dt.date(today.year, 1, 1), today
        elif code == "month":
            start, end = today.replace(day=1), today
        elif code == "last_year":
            start, end = dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
        else:
            return
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return (start, end) if start <= end else (end, start)

    def html(self) -> str:
        if self.kind == "wall":
            return wall_html(self.station)
        return thanks_html(*self.period(), self.station, self.sponsor.currentData())

    def suggested_name(self) -> str:
        if self.kind == "wall":
            return f"微心愿认领墙-{dt.date.today().isoformat()}.pdf"
        start, end = self.period()
        who = f"-{self.sponsor.currentText()}" if self.sponsor.currentData() else ""
        return f"微心愿感谢名单{who}-{start.isoformat()}至{end.isoformat()}.pdf"

    def preview(self) -> None:
        printing.preview_html(self, self.html(), self.windowTitle())

    def save_pdf(self) -> None:
        printing.save_pdf_as(self, self.html(), str(Path.home() / self.suggested_name()))


def open_preview(parent: QWidget, html: str, title: str) -> QPrintPreviewDialog:
    """A print preview shown without blocking (for screenshots); the caller closes it."""
    printer = printing._printer()  # noqa: SLF001 (the same A4 set-up as every sheet)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: printing.print_html(html, p))
    dialog.resize(900, 700)
    dialog.show()
    return dialog
