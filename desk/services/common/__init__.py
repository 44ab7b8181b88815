"""Pieces every duty shares: operators and permissions, the audit trail, reasons, masking, catalogs.

Submodules: accounts, audit, catalogs, masking, reasons.
"""

