"""The formula-safe writer: every workbook and CSV/TSV the desk produces writes cells through here.

Text that came from a person (a name, a platform, a note) must never become a formula in the
office program that opens the file. A name typed as ``=HYPERLINK("http://…","点我")`` would
otherwise be a live link, and ``=1+1`` would show 2 (OWASP "CSV injection"). And text that
an .xlsx file cannot hold (control characters, lone surrogates) must not stop the export for
everyone, whatever older versions of the desk stored.

- xlsx: ``write_row(sheet, values)`` (or ``text_cell`` / ``set_cell``) writes every string
  as a real text cell (openpyxl would store a string starting with ``=`` as a formula), with
  Excel's "quote prefix" on text that starts with ``=``, ``+``, ``-``, ``@``: the cell shows the
  text unchanged (a phone ``+86…`` stays ``+86…``) and stays text when someone edits it.
  Numbers, dates and booleans stay numbers, dates and booleans.
- CSV/TSV: ``safe_text(value)`` prefixes risky text with a single quote, as the guidance says
  for files without cell types; a plain number or phone (digits, spaces, ``+``, ``-``, ``.``)
  is left as it is, since it can hold no function. ``tsv(rows)`` builds the text to paste.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Collection, Iterable, Sequence

# What the XML of an .xlsx may not hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Harmless in any spreadsheet: no letters, so no function or reference (-5, +86 138 1234 5678, 3.5).
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d ]*(?:[.-]\d+)*")

_KEEP_TYPES = (int, float, Decimal, dt.date, dt.datetime, dt.time)  # bool is an int


def cell_text(value: object) -> str:
    """``value`` as text an .xlsx can hold: illegal characters removed, nothing else changed."""
    return _ILLEGAL.sub("", "" if value is None else str(value))


def is_risky(text: str) -> bool:
    """Would a spreadsheet read ``text`` as a formula (or a command) when it is typed or imported?"""
    return text.startswith(("\t", "\r")) or text.lstrip().startswith(FORMULA_STARTS)


def safe_text(value: object) -> str:
    """Text for a file without cell types (CSV, TSV, the clipboard): risky text gets a leading ``'``."""
    text = cell_text(value)
    if is_risky(text) and not _PLAIN_NUMBER.fullmatch(text.strip()):
        return "'" + text
    return text


def _fill(cell, value: object):
    """Put ``value`` in ``cell``: strings as text cells, numbers and dates as they are."""
    if value is None or isinstance(value, _KEEP_TYPES):
        cell.value = value
        return cell
    text = cell_text(value)
    if not text:
        cell.value = None  # an empty cell, not an empty string
        return cell
    cell.value = text  # openpyxl binds "=…" as a formula here; the next line makes it text again
    cell.data_type = "s"
    if is_risky(text):
        cell.quotePrefix = True
    return cell


def text_cell(sheet, value: object):
    """A cell (for ``sheet.append``) holding ``value`` as text, whatever it starts with."""
    from openpyxl.cell import WriteOnlyCell

    return _fill(WriteOnlyCell(sheet), None if value is None else str(value))


def fast_text(sheet, value: str):
    """Text for a write-only row, the quick way: the string itself when it is safe as it is (most
    names and notes), a text cell only when it needs one (formula-like or unholdable characters).

    Creating a cell object per value costs a third of a busy month's workbook; this keeps the
    detail sheets within twice the time of xlsxwriter (benchmarks/workbook.py).
    """
    if value and not is_risky(value) and not _ILLEGAL.search(value):
        return value
    return text_cell(sheet, value)


def safe_cell(sheet, value: object, text: bool = False):
    """One value for ``sheet.append``, made safe: a cell, a string, a number, a date.

    A cell built by the caller (for its font or number format) keeps them; its text is made
    safe. ``text`` writes a number as text (a phone or card code that arrived as an int).
    """
    from openpyxl.cell import Cell, WriteOnlyCell

    if isinstance(value, Cell):
        if isinstance(value.value, str):
            _fill(value, value.value)
        return value
    if text and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if value is None or isinstance(value, _KEEP_TYPES):
        return value
    return _fill(WriteOnlyCell(sheet), value)


def write_row(sheet, values: Iterable[object], text_columns: Collection[int] = ()) -> None:
    """``sheet.append(values)`` with every value made safe; ``text_columns`` (0-based) are always text."""
    sheet.append([safe_cell(sheet, v, i in text_columns) for i, v in enumerate(values)])


def set_cell(sheet, row: int, column: int, value: object, text: bool = False):
    """``sheet.cell(row, column)`` given ``value``, made safe (for a normal, not write-only, sheet)."""
    if text and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        value = str(value)
    return _fill(sheet.cell(row=row, column=column), value)


def tsv(rows: Iterable[Sequence[object]]) -> str:
    """Tab-separated text to paste into a spreadsheet or a chat: one line per row, each cell made safe."""
    lines = []
    for row in rows:
        lines.append("\t".join(re.sub(r"[\t\r\n]+", " ", safe_text(v)) for v in row))
    return "\n".join(lines) + "\n"
