"""Printed sheets: HTML (built by Qt-free desk.reports) laid out by QTextDocument on A4.

The same document feeds the print preview and the PDF, so what is previewed is what prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)
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


@dataclass(frozen=True)
class _Cut:
    """Where a table that goes on over the page break ends on this page (document coordinates)."""

    y: float
    left: float
    right: float
    width: float  # of the border line
    brush: QBrush


def _padding(table: QTextTable, row: int, col: int, edge: QTextFormat.Property) -> float:
    fmt = table.cellAt(row, col).format().toTableCellFormat()
    return fmt.doubleProperty(edge) if fmt.hasProperty(edge) else table.format().cellPadding()


def _row_edges(doc: QTextDocument, table: QTextTable, row: int, scale: float) -> tuple[float, float, float]:
    """Bottom, left and right edges of a table row, from where Qt laid out its cells' text.

    (``frameBoundingRect`` of a table is offset by its first cell's padding, so it is no help.)
    """
    layout = doc.documentLayout()
    prop = QTextFormat.Property
    bottom = 0.0
    for col in range(table.columns()):
        block = table.cellAt(row, col).lastCursorPosition().block()
        bottom = max(bottom, layout.blockBoundingRect(block).bottom()
                     + _padding(table, row, col, prop.TableCellBottomPadding) * scale)
    first = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block())
    last = layout.blockBoundingRect(table.cellAt(row, table.columns() - 1).firstCursorPosition().block())
    left = first.left() - _padding(table, row, 0, prop.TableCellLeftPadding) * scale
    right = last.right() + _padding(table, row, table.columns() - 1, prop.TableCellRightPadding) * scale
    return bottom, left, right


def _row_line(table: QTextTable, row: int) -> tuple[float, QBrush] | None:
    """The width (CSS pixels) and brush of the line under ``row``, if it is a plain solid one."""
    prop = QTextFormat.Property
    black = QBrush(Qt.GlobalColor.black)
    fmt = table.format()
    if not fmt.borderCollapse():
        return None  # separate borders: Qt closes every cell itself
    cell = table.cellAt(row, 0).format().toTableCellFormat()
    if cell.hasProperty(prop.TableCellBottomBorderStyle):  # a CSS border on the cells
        if cell.bottomBorderStyle() != QTextFrameFormat.BorderStyle.BorderStyle_Solid:
            return None  # dashed cutting lines and the like: leave them to Qt
        width = cell.bottomBorder() if cell.hasProperty(prop.TableCellBottomBorder) else 3.0
        brush = cell.bottomBorderBrush()
        return width, brush if brush.style() != Qt.BrushStyle.NoBrush else black
    if fmt.border() > 0:
        brush = fmt.borderBrush()  # border="1": Qt draws a solid 1-pixel grid inside the table
        return 1.0, brush if brush.style() != Qt.BrushStyle.NoBrush else black
    return None


def _table_cuts(doc: QTextDocument, scale: float) -> dict[int, _Cut]:
    """The last row of a table on each page where the table goes on to the next page.

    Qt leaves that row without its bottom border (it belongs to the next row, printed on the
    next page) and may draw the row's sides down to the page's end: a sign-for sheet then
    looks torn off at the bottom of every page. ``print_html`` clips the page there and draws
    the line itself. ``scale``: device pixels per CSS pixel (Qt scales borders and paddings so).
    """
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    cuts: dict[int, _Cut] = {}
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.rows() < 2:
            continue

        def page_of(row: int) -> int:
            return int(layout.blockBoundingRect(frame.cellAt(row, 0).firstCursorPosition().block()).top() // height)

        pages = [page_of(r) for r in range(frame.rows())]
        for row in range(frame.format().headerRowCount(), frame.rows() - 1):
            line = _row_line(frame, row)
            if pages[row + 1] > pages[row] and line is not None:
                width, brush = line[0] * scale, line[1]
                bottom, left, right = _row_edges(doc, frame, row, scale)
                cuts[pages[row]] = _Cut(bottom, left - width / 2, right + width / 2, width, brush)
    return cuts


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
    cuts = _table_cuts(doc, printer.logicalDpiY() / 96)
    painter = QPainter(printer)
    try:
        for number, page in enumerate(shown):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            cut = cuts.get(page)
            if cut is not None:
                clip.setBottom(min(clip.bottom(), cut.y + cut.width / 2))
            doc.drawContents(painter, clip)
            if cut is not None:  # the last row of the page keeps its bottom border
                painter.fillRect(QRectF(cut.left, cut.y - cut.width / 2, cut.right - cut.left, cut.width), cut.brush)
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
