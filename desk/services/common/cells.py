"""Provisional (the fix-data branch brings the real formula-safe writer)."""

from openpyxl.cell import WriteOnlyCell


def text_cell(ws, value: str):
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell
