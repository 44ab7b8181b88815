"""Printed sheets: HTML (built by Qt-free desk.reports) laid out by QTextDocument on A4.

The same document feeds the print preview and the PDF, so what is previewed is what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.ui.fonts import family_for_print


def _printer(landscape: bool = False, margin_mm: float = 12) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
    return printer


FOOTER_MM = 8  # room under each page's body for "Page n of N"


def _footer_height(printer: QPrinter, numbered: bool = True) -> float:
    return FOOTER_MM / 25.4 * printer.resolution() if numbered else 0.0


def _document(html: str, printer: QPrinter, numbered: bool = True) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(family_for_print())
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    # Without these two lines Qt lays the text out for the screen and rows spill onto a second page.
    doc.documentLayout().setPaintDevice(printer)
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - _footer_height(printer, numbered)))
    return doc


def _pages_with_content(doc: QTextDocument) -> list[int]:
    """The pages that show something. A table that fills a page exactly pushes the empty block
    Qt always keeps after it onto a page of its own; nobody wants that blank sheet printed."""
    body = doc.pageSize()
    scale = 0.05  # a thumbnail is enough to see whether anything is drawn
    width = max(4, int(body.width() * scale) // 4 * 4)  # a multiple of 4: no row padding bytes
    kept = []
    for page in range(doc.pageCount()):
        image = QImage(width, max(1, int(body.height() * scale)), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(0, -page * body.height())
        doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.end()
        pixels = bytes(image.constBits())
        if pixels.count(255) != len(pixels):
            kept.append(page)
    return kept or [0]


def print_html(html: str, printer: QPrinter, numbered: bool = True) -> None:
    """Paint the sheet page by page, each with "Page n of N" under it.

    QTextDocument.print_() numbers pages only when it lays them out itself, and then on
    screen metrics; painting the pages here keeps the printer layout (repeated table headers
    included) and lets a volunteer put a dropped stack of sign-for sheets back in order.
    """
    doc = _document(html, printer, numbered)
    body = doc.pageSize()
    shown = _pages_with_content(doc)
    pages = len(shown)
    footer_font = QFont(family_for_print())
    footer_font.setPointSize(8)
    painter = QPainter(printer)
    try:
        for number, page in enumerate(shown):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            if not numbered:
                continue
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, body.height(), body.width(), _footer_height(printer)),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                QCoreApplication.translate("Printing", "Page {0} of {1}").format(number + 1, pages),
            )
    finally:
        painter.end()


def write_pdf(
    html: str, path: str | Path, landscape: bool = False, *, numbered: bool = True, margin_mm: float = 12
) -> Path:
    """Write the sheet to a PDF file (works with no printer installed)."""
    printer = _printer(landscape, margin_mm)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_html(html, printer, numbered)
    return Path(path)


def preview_html(
    parent: QWidget | None,
    html: str,
    title: str,
    landscape: bool = False,
    *,
    numbered: bool = True,
    margin_mm: float = 12,
) -> None:
    """Print preview; its toolbar prints, and a PDF can be saved from the same document.

    ``numbered=False`` leaves out "Page n of N" (member cards are cut apart anyway).
    """
    printer = _printer(landscape, margin_mm)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: print_html(html, p, numbered))
    dialog.resize(1000, 760)
    dialog.exec()


def save_pdf_as(
    parent: QWidget | None,
    html: str,
    suggested_name: str,
    landscape: bool = False,
    *,
    numbered: bool = True,
    margin_mm: float = 12,
) -> Path | None:
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
    return write_pdf(html, path, landscape, numbered=numbered, margin_mm=margin_mm)
