"""Opening the desk's database: the URL or file, the pragmas, the write lock, backups.

``desk.models`` holds only the tables and the ``db`` proxy; this module binds that proxy to a
real database and runs the schema steps of ``desk.migrations``.

Where the database is:
- a filesystem path (the SQLite file in the data folder) is opened as a path, never pasted
  into a URL: a folder named ``驿站#2`` or ``q?dir`` must work;
- a URL (``--db URL`` or ``DESK_DB_URL``): ``sqlite:///…`` or ``postgresql://…`` through
  ``playhouse.db_url``, so a larger station can move to a server without rewiring.

Writes: every transaction on SQLite begins ``IMMEDIATE`` (it takes the write lock at once), so
a second desk or a command-line import waits on the busy timeout instead of failing with
"database is locked" when it reads before it writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sqlite3
from pathlib import Path
from typing import Callable, Iterator, ParamSpec, TypeVar
from urllib.parse import unquote

import peewee as pw

from desk import migrations, models
from desk.errors import storage_error

BUSY_TIMEOUT_MS = 15_000
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_MS,
}
DB_URL_ENV = "DESK_DB_URL"

P = ParamSpec("P")
R = TypeVar("R")


class DeskSqliteDatabase(pw.SqliteDatabase):
    """SQLite whose transactions take the write lock when they begin (``BEGIN IMMEDIATE``)."""

    def begin(self, lock_type: str | None = None) -> None:  # type: ignore[override]
        return super().begin(lock_type or "IMMEDIATE")


def sqlite_file(target: str | os.PathLike[str]) -> Path | None:
    """The file behind ``target`` if it is a SQLite path or ``sqlite:///`` URL, else None."""
    text = os.fspath(target)
    if isinstance(target, os.PathLike) or "://" not in text:
        return Path(text)
    if text.startswith("sqlite:///"):
        # A URL: what follows '?' are options; a '?' in a folder name is written %3F.
        rest = unquote(text[len("sqlite:///") :].split("?", 1)[0])
        return None if rest in ("", ":memory:") else Path(rest)
    return None


def connect(target: str | os.PathLike[str], *, fast_unsafe: bool = False) -> pw.Database:
    """A database for ``target`` (a path or a URL), not yet bound to the models.

    ``fast_unsafe`` turns off the disk syncs: only for throwaway test databases.
    """
    text = os.fspath(target)
    path = sqlite_file(target)
    pragmas = dict(SQLITE_PRAGMAS)
    if fast_unsafe:
        pragmas["synchronous"] = "off"
    if path is not None and (isinstance(target, os.PathLike) or "://" not in text):
        return DeskSqliteDatabase(str(path), pragmas=pragmas)
    if text.startswith("sqlite"):
        if path is None:
            return DeskSqliteDatabase(":memory:", pragmas=pragmas)
        return DeskSqliteDatabase(str(path), pragmas=pragmas)
    from playhouse.db_url import connect as url_connect

    return url_connect(text)


def init_db(target: str | os.PathLike[str], *, fast_unsafe: bool = False, upgrade: bool = True) -> pw.Database:
    """Open ``target``, bind ``models.db`` to it and bring its schema up to date.

    An older schema is backed up next to the file first (SQLite), then upgraded step by step.
    """
    database = connect(target, fast_unsafe=fast_unsafe)
    if models.db.obj is not None and not models.db.is_closed():
        models.db.close()
    models.db.initialize(database)
    models.db.connect(reuse_if_open=True)
    if upgrade:
        path = sqlite_file(target)
        migrations.upgrade(
            database, (lambda version: backup_before_upgrade(path, version)) if path and path.exists() else None
        )
    return database


def backup_before_upgrade(path: Path, version: int) -> Path:
    """Copy the database (WAL included) next to it before an upgrade: ``desk.v2-<stamp>.bak.db``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(path, path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}"), check=False)


def is_sqlite(database: pw.Database | None = None) -> bool:
    database = database if database is not None else models.db.obj
    return isinstance(database, pw.SqliteDatabase)


@contextlib.contextmanager
def write() -> Iterator[object]:
    """One write transaction: ``with write(): ...``. Nested, it becomes a savepoint.

    On SQLite the outermost one begins IMMEDIATE (see ``DeskSqliteDatabase``), so the write
    lock is taken before anything is read and writers queue instead of failing.

    A write the disk refuses (full, read-only, failing) is rolled back and becomes a
    ``StorageError`` with a message a volunteer can act on, instead of SQLite's English; what was
    saved before stays, and the connection is left ready for the next write once there is room.
    """
    try:
        with models.db.atomic() as transaction:
            yield transaction
    except (pw.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        error = storage_error(exc)
        if error is None:
            raise
        _end_failed_transaction()
        raise error from exc


def _end_failed_transaction() -> None:
    """After a failed COMMIT SQLite may still hold the transaction open; the next BEGIN would fail."""
    if models.db.transaction_depth() > 0:
        return  # a savepoint: the outer transaction rolls back
    try:
        connection = models.db.connection()
        if getattr(connection, "in_transaction", False):
            connection.rollback()
    except Exception:  # noqa: BLE001 (the error the volunteer sees is the disk's, raised next)
        pass


def write_transaction(operation: Callable[P, R]) -> Callable[P, R]:
    """Run a whole service operation in one write transaction: ``@write_transaction`` above its ``def``.

    Its checks then read what its writes will change, with the write lock held: two desks
    cannot both see "no share yet", "5 left in stock" or "not voided yet" and both write.
    The same as putting the whole body under ``with write():``; a refusal raised inside
    rolls everything back.
    """

    @functools.wraps(operation)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with write():
            return operation(*args, **kwargs)

    return run


def group_concat(expr, separator: str = ","):
    """Portable string aggregation (SQLite ``group_concat``, PostgreSQL ``string_agg``)."""
    if is_sqlite():
        return pw.fn.group_concat(expr, separator)
    return pw.fn.string_agg(pw.Cast(expr, "text"), separator)


def backup_file(source: Path, target: Path, *, check: bool = True) -> Path:
    """Copy the SQLite database ``source`` to ``target`` through the online backup API.

    Consistent even while a window writes (WAL); the copy is written under a temporary name,
    checked with ``PRAGMA integrity_check`` and only then renamed to ``target``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    if not source.exists():
        raise FileNotFoundError(source)
    # A plain path, not a ``file:`` URI: a folder name with ``#`` or ``?`` must not be cut.
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # One self-contained file: a copy of a WAL database says "WAL" in its header, and
            # opening it later (even read-only) would leave -wal and -shm files beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
            if check:
                result = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if result != "ok":
                    raise sqlite3.DatabaseError(f"backup failed its integrity check: {result}")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def check_file(con: sqlite3.Connection, quick: bool = False, limit: int = 3) -> list[str]:
    """What SQLite's own check finds wrong in an open database file (``[]``: nothing).

    ``quick`` is ``quick_check`` (the start of the desk: structure, no index cross-check);
    otherwise ``integrity_check`` (a backup before it is restored, a restored database).
    """
    rows = [str(row[0]) for row in con.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")
            .fetchmany(limit)]
    return [] if rows == ["ok"] else rows


def open_file(path: Path, read_only: bool = False, immutable: bool = False, timeout: float = 15.0
              ) -> sqlite3.Connection:
    """A plain SQLite connection to a database file (not the models' one), for checks and copies.

    ``read_only`` writes nothing into the file (no checkpoint); ``immutable`` also takes no lock
    and leaves no ``-wal``/``-shm`` beside it (a backup on a write-protected USB stick). A
    ``file:`` URI from ``Path.as_uri()``: a folder named ``驿站#2`` or ``q?dir`` is not cut.
    """
    if not (read_only or immutable):
        return sqlite3.connect(path, timeout=timeout)
    options = "mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(Path(path).resolve().as_uri() + "?" + options, uri=True, timeout=timeout)


@contextlib.contextmanager
def bound(target: str | os.PathLike[str]) -> Iterator[pw.Database]:
    """Bind the models to ``target`` for a block (tools and tests), closing it afterwards."""
    database = init_db(target)
    try:
        yield database
    finally:
        database.close()
