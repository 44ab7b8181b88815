"""Schema versions: one module per step, run in order by ``desk.db.init_db``.

Each step is a module ``vNNNN_what.py`` in this package with ``VERSION = NNNN`` and
``up(database, migrator)``. A step writes the change *as it was then* (create a table with the
columns it had, add a column, add an index) using ``playhouse.migrate`` or plain SQL with the
placeholders of ``desk.migrations.schema``; it never calls today's model classes, which keep
changing. ``SCHEMA_VERSION`` is the highest step.

    v0001  foundation: operators, grids, partner units, people, services, visits, audit
    v0002  points, stock, rewards, gift campaigns (as released: no reversal marker, no extra share)
    v0003  what shipped later under "2": reversed_at, extra_share, Redemption.note, their indexes
    v0004  check-in notices, attachments, partner units' phone and note
    v0005  wish board; v0006 events; v0007 grid reports and help; v0008 safety (reserved)

Real databases written by the old releases are in ``tests/data`` (``make_old_databases.py``
says how they were made); ``tests/unit/test_migrations.py`` upgrades each one.

A new database gets today's tables at once and the current version. An older one is first
backed up next to its file (SQLite), then every missing step runs in one transaction.
A database with no version row but with tables is version 1 (the first release wrote none).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterator

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from desk import models as m

log = logging.getLogger(__name__)

_STEP_NAME = re.compile(r"^v(\d{4})_\w+$")


def _discover() -> dict[int, ModuleType]:
    steps: dict[int, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        match = _STEP_NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        version = int(match.group(1))
        if getattr(module, "VERSION", version) != version:
            raise RuntimeError(f"migration {info.name} says VERSION={module.VERSION}")
        if version in steps:
            raise RuntimeError(f"two migration steps for version {version}")
        steps[version] = module
    return dict(sorted(steps.items()))


STEPS = _discover()
SCHEMA_VERSION = max(STEPS)


def current_version(database: pw.Database) -> int:
    """The schema version written in the database; 0 for an empty one."""
    if not database.table_exists(m.Meta._meta.table_name):
        return 1 if database.table_exists(m.Person._meta.table_name) else 0
    row = database.execute_sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        return 1 if database.table_exists(m.Person._meta.table_name) else 0
    return int(row[0])


def _set_version(database: pw.Database, version: int) -> None:
    # An upsert both SQLite and PostgreSQL understand (REPLACE is SQLite-only).
    m.Meta.insert(key="schema_version", value=str(version)).on_conflict(
        conflict_target=[m.Meta.key], update={m.Meta.value: str(version)}
    ).execute()


def migrator_for(database: pw.Database) -> SchemaMigrator:
    if isinstance(database, pw.PostgresqlDatabase):
        return PostgresqlMigrator(database)
    return SqliteMigrator(database)


def upgrade(database: pw.Database, backup: Callable[[int], Path | None] | None = None) -> Path | None:
    """Bring ``database`` to ``SCHEMA_VERSION``; return the backup file, if one was taken.

    ``backup(version)`` copies the database before the first step runs (``desk.db`` passes one
    for a SQLite file); this module knows nothing of files.
    """
    version = current_version(database)
    if version == 0:
        with database.atomic():
            if current_version(database) == 0:  # another desk may have made it while we waited
                database.create_tables(m.ALL_MODELS, safe=True)
                _set_version(database, SCHEMA_VERSION)
        return None
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema {version} is newer than this program ({SCHEMA_VERSION}); update Station Desk"
        )
    if version == SCHEMA_VERSION:
        return None
    taken = backup(version) if backup is not None else None
    log.info("upgrading schema %s -> %s (backup %s)", version, SCHEMA_VERSION, taken)
    with _foreign_keys_deferred(database):
        with database.atomic():
            version = current_version(database)  # a second desk may have upgraded it meanwhile
            if not database.table_exists(m.Meta._meta.table_name):
                database.execute_sql(
                    'CREATE TABLE "meta" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)')
            migrator = migrator_for(database)
            for step, module in STEPS.items():
                if step > version:
                    module.up(database, migrator)
                    _set_version(database, step)
            _check_foreign_keys(database)
    return taken


@contextlib.contextmanager
def _foreign_keys_deferred(database: pw.Database) -> Iterator[None]:
    """SQLite's way to change a table: foreign keys off while the steps run, checked before commit.

    Adding a NOT NULL column rebuilds the table (copy, drop, rename); with the foreign keys on,
    dropping a table that others point to would fail or cascade. The pragma only takes effect
    outside a transaction, so it wraps the step's transaction.
    """
    if not isinstance(database, pw.SqliteDatabase) or not database.pragma("foreign_keys"):
        yield
        return
    database.pragma("foreign_keys", 0)
    try:
        yield
    finally:
        database.pragma("foreign_keys", 1)


def _check_foreign_keys(database: pw.Database) -> None:
    if isinstance(database, pw.SqliteDatabase):
        broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"schema upgrade would break {len(broken)} references, first: {broken[0]}")
