"""Printing the events' sheets: an event's sign-in sheet (shown on its page, printed or saved as
PDF) and the desk's daily visitor sheet for days the PC is off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.reports import event_sheets
from desk.services import events
from desk.ui.widgets import printing

MARGIN_MM = 12  # as desk.ui.widgets.printing prints it


def _preview_printer(landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    return printer


class SheetPreview(QWidget):
    """A live print preview of one sheet, with Print and Save as PDF under it."""

    def __init__(self, landscape: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.landscape = landscape
        self._html = ""
        self.printer = _preview_printer(landscape)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setObjectName("sheetPreview")
        self.view.paintRequested.connect(lambda printer: printing.print_html(self._html, printer))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)

    def show_html(self, html: str) -> None:
        self._html = html
        self.view.updatePreview()
        self.view.fitToWidth()

    def html(self) -> str:
        return self._html


class SignInSheetPanel(QWidget):
    """The event's page's sign-in sheet: how many rows, the preview, print, PDF."""

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.event_id: int | None = None
        self.rows = QSpinBox(self)
        self.rows.setObjectName("sheetRows")
        self.rows.setRange(1, event_sheets.MAX_ROWS)
        self.rows.setValue(event_sheets.DEFAULT_SIGN_IN_ROWS)
        self.rows.setToolTip(self.tr("Registered people first, then blank rows up to this many rows in all"))
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.print_button.setObjectName("printSheet")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.preview = SheetPreview(False, self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rows on the sheet (registered people, then blank rows):"), self))
        bar.addWidget(self.rows)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.rows.valueChanged.connect(lambda _v: self._timer.start())
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.save_pdf)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id

    def html(self) -> str:
        if self.event_id is None:
            return ""
        return event_sheets.sign_in_sheet_html(self.event_id, rows=self.rows.value(), station=self.station)

    def refresh(self) -> None:
        self._timer.stop()
        if self.event_id is not None:
            self.preview.show_html(self.html())

    def _title(self) -> str:
        row = events.event_row(self.event_id) if self.event_id is not None else None
        return self.tr("Sign-in sheet: {0}").format(row.title if row else "")

    def print_sheet(self) -> None:
        if self.event_id is not None:
            printing.preview_html(self, self.html(), self._title())

    def save_pdf(self) -> None:
        row = events.event_row(self.event_id) if self.event_id is not None else None
        if row is None:
            return
        suggested = Path.home() / f"{row.starts_at:%Y-%m-%d}-{row.title}-签到表.pdf"
        printing.save_pdf_as(self, self.html(), str(suggested))


class DailySheetDialog(QDialog):
    """Print the desk's daily visitor sheet (到访登记表) ahead of a day the PC will be off."""

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Daily visitor sheet"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("dailyDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.blank_day = QCheckBox(self.tr("Leave the date blank (written by hand)"), self)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, event_sheets.MAX_ROWS)
        self.rows.setValue(event_sheets.DEFAULT_DAILY_ROWS)
        self.preview = SheetPreview(True, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addWidget(self.blank_day)
        day_row.addStretch(1)
        form.addRow(self.tr("Date"), day_row)
        form.addRow(self.tr("Rows"), self.rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(980, 720)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.blank_day.toggled.connect(lambda on: (self.day.setEnabled(not on), self.refresh()))
        self.rows.valueChanged.connect(lambda _v: self.refresh())
        self.print_button.clicked.connect(lambda: printing.preview_html(self, self.html(), self.windowTitle(),
                                                                        landscape=True))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.refresh()

    def chosen_day(self) -> dt.date | None:
        return None if self.blank_day.isChecked() else self.day.date().toPython()

    def html(self) -> str:
        return event_sheets.daily_visitor_sheet_html(self.chosen_day(), rows=self.rows.value(), station=self.station)

    def refresh(self) -> None:
        self.preview.show_html(self.html())

    def save_pdf(self) -> None:
        day = self.chosen_day()
        suggested = Path.home() / (f"{day:%Y-%m-%d}-到访登记表.pdf" if day else "到访登记表.pdf")
        printing.save_pdf_as(self, self.html(), str(suggested), landscape=True)
