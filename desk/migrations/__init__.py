"""Schema versions: one module per step, run in order by ``desk.db.init_db``.

Each step is a module ``vNNNN_what.py`` in this package with ``VERSION = NNNN`` and
``up(database, migrator)``. A step writes the change *as it was then* (create a table with the
columns it had, add a column, add an index) using ``playhouse.migrate`` or plain SQL; it never
calls today's model classes, which keep changing. ``SCHEMA_VERSION`` is the highest step.

A new database gets today's tables at once and the current version. An older one is first
backed up next to its file (SQLite), then every missing step runs in one transaction.
A database with no version row but with tables is version 1 (the first release wrote none).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import pkgutil
import re
from pathlib import Path
from types import ModuleType

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


def backup_before_upgrade(path: Path, version: int) -> Path:
    """Copy the database (WAL included) next to it before an upgrade: ``desk.v2-<stamp>.bak.db``."""
    from desk.db import backup_file

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(path, path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}"), check=False)


def upgrade(database: pw.Database, sqlite_path: Path | None = None) -> Path | None:
    """Bring ``database`` to ``SCHEMA_VERSION``; return the backup file, if one was taken."""
    version = current_version(database)
    if version == 0:
        with database.atomic():
            database.create_tables(m.ALL_MODELS, safe=True)
            _set_version(database, SCHEMA_VERSION)
        return None
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema {version} is newer than this program ({SCHEMA_VERSION}); update Station Desk"
        )
    if version == SCHEMA_VERSION:
        return None
    backup = backup_before_upgrade(sqlite_path, version) if sqlite_path and sqlite_path.exists() else None
    log.info("upgrading schema %s -> %s (backup %s)", version, SCHEMA_VERSION, backup)
    migrator = migrator_for(database)
    with database.atomic():
        if not database.table_exists(m.Meta._meta.table_name):
            database.execute_sql("CREATE TABLE meta (key VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)")
        for step, module in STEPS.items():
            if step > version:
                module.up(database, migrator)
                _set_version(database, step)
    return backup
