"""Printed sheets: HTML (built by Qt-free desk.reports) laid out by QTextDocument on A4.

The same document feeds the print preview and the PDF, so what is previewed is what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.ui.fonts import family_for_print


def _printer(landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    return printer


def _document(html: str, printer: QPrinter) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(family_for_print())
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    # Without these two lines Qt lays the text out for the screen and rows spill onto a second page.
    doc.documentLayout().setPaintDevice(printer)
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    return doc


def print_html(html: str, printer: QPrinter) -> None:
    _document(html, printer).print_(printer)


def write_pdf(html: str, path: str | Path, landscape: bool = False) -> Path:
    """Write the sheet to a PDF file (works with no printer installed)."""
    printer = _printer(landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_html(html, printer)
    return Path(path)


def preview_html(parent: QWidget | None, html: str, title: str, landscape: bool = False) -> None:
    """Print preview; its toolbar prints, and a PDF can be saved from the same document."""
    printer = _printer(landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: print_html(html, p))
    dialog.resize(1000, 760)
    dialog.exec()


def save_pdf_as(parent: QWidget | None, html: str, suggested_name: str, landscape: bool = False) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        suggested_name,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return write_pdf(html, path, landscape)
