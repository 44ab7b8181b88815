"""Tools for schema steps and their tests: plain SQL for either database, and a schema's description.

A step writes its tables in plain SQL, as they were at its version, with the few types that
differ between SQLite and PostgreSQL as placeholders: ``{pk}`` (the integer primary key),
``{bool}``, ``{datetime}``, ``{true}`` and ``{false}``. ``execute()`` fills them in.

``describe()`` reads a live database back (columns, indexes with their ``WHERE``, foreign keys)
so a test can check that an upgraded database has exactly the schema of a new one.
"""

from __future__ import annotations

import re
from typing import Any

import peewee as pw

TYPES = {
    "sqlite": {"pk": "INTEGER NOT NULL PRIMARY KEY", "bool": "INTEGER", "datetime": "DATETIME", "true": "1",
               "false": "0"},
    "postgres": {"pk": "SERIAL NOT NULL PRIMARY KEY", "bool": "BOOLEAN", "datetime": "TIMESTAMP", "true": "true",
                 "false": "false"},
}
_PLACEHOLDER = re.compile(r"\{(pk|bool|datetime|true|false)\}")


def dialect(database: pw.Database) -> str:
    if isinstance(database, pw.PostgresqlDatabase):
        return "postgres"
    if isinstance(database, pw.SqliteDatabase):
        return "sqlite"
    raise RuntimeError(f"unsupported database {type(database).__name__}")


def sql(database: pw.Database, text: str) -> str:
    """``text`` with its type placeholders filled in for ``database``."""
    types = TYPES[dialect(database)]
    return _PLACEHOLDER.sub(lambda match: types[match.group(1)], text)


def execute(database: pw.Database, text: str, params: tuple[Any, ...] = ()) -> Any:
    """Run one statement written with placeholders; parameters are marked ``?`` as in SQLite."""
    statement = sql(database, text)
    if params and dialect(database) == "postgres":
        statement = statement.replace("?", "%s")
    return database.execute_sql(statement, params)


def create_index(database: pw.Database, name: str, table: str, cols: tuple[str, ...], unique: bool = False) -> None:
    """``CREATE [UNIQUE] INDEX IF NOT EXISTS`` named as peewee names them (``table_col1_col2``)."""
    names = ", ".join(f'"{c}"' for c in cols)
    execute(database, f'CREATE {"UNIQUE " if unique else ""}INDEX IF NOT EXISTS "{name}" ON "{table}" ({names})')


def columns(database: pw.Database, table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


def _where(index_sql: str | None) -> str:
    """The condition of a partial index, compared without quotes, brackets, spaces or case."""
    if not index_sql or " where " not in index_sql.lower():
        return ""
    condition = re.split(r"\swhere\s", index_sql, maxsplit=1, flags=re.IGNORECASE)[1]
    return re.sub(r"[\s\"()`]", "", condition).lower()


def describe(database: pw.Database) -> dict[str, dict[str, Any]]:
    """Every table's columns, indexes and foreign keys, in a form two databases can be compared by.

    Column order is left out on purpose: a column added by a later step comes last.
    """
    result: dict[str, dict[str, Any]] = {}
    for table in sorted(database.get_tables()):
        result[table] = {
            "columns": {
                c.name: (c.data_type.upper(), c.null, c.primary_key, c.default) for c in database.get_columns(table)
            },
            "indexes": {
                ix.name: (tuple(ix.columns), ix.unique, _where(ix.sql)) for ix in database.get_indexes(table)
            },
            "foreign_keys": _foreign_keys(database, table),
        }
    return result


def _foreign_keys(database: pw.Database, table: str) -> list[tuple[str, ...]]:
    if dialect(database) == "sqlite":  # with ON DELETE, which peewee's introspection leaves out
        rows = database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
        return sorted((row[3], row[2], row[4], row[6]) for row in rows)
    return sorted((fk.column, fk.dest_table, fk.dest_column, "") for fk in database.get_foreign_keys(table))
