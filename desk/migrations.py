"""Schema steps, one small function per version, run by ``models.init_db``.

A new database gets every table at once. An older one is copied to a backup file first
(SQLite), then each missing step runs inside one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Callable

import peewee as pw

from desk import models as m

log = logging.getLogger(__name__)


def _to_2(database: pw.Database) -> None:
    """Version 2: the tables of the points, stock, rewards and gift-campaign duties."""
    database.create_tables(m.DUTY_MODELS, safe=True)


STEPS: dict[int, Callable[[pw.Database], None]] = {2: _to_2}


def current_version(database: pw.Database) -> int:
    if not database.table_exists(m.Meta._meta.table_name):
        return 0
    row = m.Meta.get_or_none(m.Meta.key == "schema_version")
    return int(row.value) if row else 0


def _set_version(version: int) -> None:
    # An upsert both SQLite and PostgreSQL understand (REPLACE is SQLite-only).
    m.Meta.insert(key="schema_version", value=str(version)).on_conflict(
        conflict_target=[m.Meta.key], update={m.Meta.value: str(version)}
    ).execute()


def backup_sqlite(path: str, version: int) -> Path:
    """Copy the live database (WAL included) next to it before an upgrade."""
    src = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src.with_name(f"{src.stem}.v{version}-{stamp}.bak{src.suffix}")
    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    return dest


def upgrade(database: pw.Database, sqlite_path: str | None = None) -> Path | None:
    """Bring ``database`` to ``SCHEMA_VERSION``; return the backup file, if one was taken."""
    version = current_version(database)
    if version == 0 and not database.table_exists(m.Person._meta.table_name):
        with database.atomic():
            database.create_tables(m.ALL_MODELS, safe=True)
            _set_version(m.SCHEMA_VERSION)
        return None
    if version > m.SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema {version} is newer than this program ({m.SCHEMA_VERSION}); update Station Desk"
        )
    if version == m.SCHEMA_VERSION:
        return None
    backup = backup_sqlite(sqlite_path, version) if sqlite_path else None
    log.info("upgrading schema %s -> %s (backup %s)", version, m.SCHEMA_VERSION, backup)
    with database.atomic():
        for step in range(version + 1, m.SCHEMA_VERSION + 1):
            STEPS[step](database)
            _set_version(step)
    return backup
