"""Pieces every duty shares: operators and permissions, the audit trail, reasons, masking, catalogs,
the text rules for what people type, and the formula-safe cell writer for every export.

Submodules: accounts, attachments, audit, backups, catalogs, cells, masking, notices, permissions, reasons, text,
units.
"""
