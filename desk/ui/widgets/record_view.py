"""The view side of every table of records (the model side is ``table_model``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget


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
    # Widths from a sample of rows (ColumnFitter below), not ResizeToContents, which measures
    # every row on every change: a list that grows (today's check-ins, shares, sign-ins) stays quick.
    view.column_fitter = ColumnFitter(view)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ColumnFitter(QObject):
    """Sizes a big table's columns from a sample of its rows and its header texts, in the current font.

    ``ResizeToContents`` measures every row on every change (seconds at 10,000 people); fixed
    pixel widths cut the text as soon as the font grows (View → Larger text) or the language
    changes. This measures the header and up to ``sample`` rows spread over the table, once
    after each reload and again when the font changes; the columns stay resizable by hand.
    """

    def __init__(self, view: QTableView, sample: int = 200, max_chars: int = 30) -> None:
        super().__init__(view)
        self.view = view
        self.sample = sample
        self.max_chars = max_chars  # a long note or address does not push the other columns away
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = view.model()
        model.modelReset.connect(lambda: self.fit(grow_only=True))
        model.layoutChanged.connect(lambda *_: self.fit(grow_only=True))  # a filter shows other rows
        view.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self.fit()  # bigger or smaller: measure again from scratch
        return False

    def widths(self) -> list[int]:
        """What each column needs: its header (text and sort arrow) and the widest sampled cell."""
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        cells = view.fontMetrics()
        # What QStyledItemDelegate puts around a cell's text, plus a little air.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        cell_pad = 2 * (margin + 1) + cells.horizontalAdvance("0")
        cap = cells.horizontalAdvance("0") * self.max_chars
        rows = model.rowCount()
        picked = range(0, rows, max(1, rows // self.sample)) if self.sample else range(0)
        out = []
        for col in range(model.columnCount()):
            widest = 0
            for row in picked:
                text = model.index(row, col).data()
                if text not in (None, ""):
                    widest = max(widest, cells.horizontalAdvance(str(text)))
            # The header measures only its own text: cheap, and in its current font.
            out.append(max(header.sectionSizeHint(col), min(widest + cell_pad, cap)))
        return out

    def fit(self, grow_only: bool = False) -> None:
        header = self.view.horizontalHeader()
        for col, width in enumerate(self.widths()):
            if not grow_only or width > header.sectionSize(col):
                header.resizeSection(col, width)


def fit_columns(view: QTableView, sample: int = 200, max_chars: int = 30) -> ColumnFitter:
    """Size ``view``'s columns from a sample of rows and the headers, now and after reloads and font changes.

    A view made by ``record_table`` has its fitter already: it is tuned, not doubled."""
    fitter = getattr(view, "column_fitter", None)
    if fitter is None:
        fitter = view.column_fitter = ColumnFitter(view, sample, max_chars)
    else:
        fitter.sample, fitter.max_chars = sample, max_chars
        fitter.fit()
    return fitter
