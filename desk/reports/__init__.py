"""Qt-free reports: the monthly workbook, sheets to print (HTML), masking."""
