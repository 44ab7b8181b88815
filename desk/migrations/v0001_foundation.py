"""Version 1: the foundation tables (operators, grids, units, people, services, visits, audit).

Nothing to do on upgrade: a version-1 database already has them. A new database is made
from today's models directly (``desk.migrations.upgrade``).
"""

VERSION = 1


def up(database, migrator) -> None:
    pass
