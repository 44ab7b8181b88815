"""Pieces every duty shares: operators and permissions, the audit trail, reasons, masking, catalogs.

Submodules: accounts, attachments, audit, backups, catalogs, masking, notices, permissions, reasons, units.
"""

