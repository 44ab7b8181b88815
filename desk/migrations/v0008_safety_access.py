"""Version 8 (safety): wrong-PIN waits per operator, and the person each audit row is about.

``audit_log.person_id`` is filled for the rows already written, from the same keys
``desk.services.common.audit`` reads today: the person record itself, else ``person``,
``person_id`` or ``recipient`` in the values after, then before.
"""

import json

import peewee as pw
from playhouse.migrate import migrate

VERSION = 8

_PERSON_KEYS = ("person", "person_id", "recipient")


def _person_of(entity: str, entity_id, before: str, after: str):
    if entity == "person" and entity_id is not None:
        return entity_id
    for text in (after, before):
        try:
            values = json.loads(text or "{}")
        except ValueError:
            continue
        if not isinstance(values, dict):
            continue
        for key in _PERSON_KEYS:
            value = values.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def up(database, migrator) -> None:
    columns = {c.name for c in database.get_columns("audit_log")}
    if "person_id" not in columns:
        migrate(migrator.add_column("audit_log", "person_id", pw.IntegerField(null=True)))
    database.execute_sql('CREATE INDEX IF NOT EXISTS "audit_log_person_id" ON "audit_log" ("person_id")')
    # Written for both databases (base-store's migration helpers do the same once merged).
    postgres = isinstance(database, pw.PostgresqlDatabase)
    pk = "SERIAL NOT NULL PRIMARY KEY" if postgres else "INTEGER NOT NULL PRIMARY KEY"
    stamp = "TIMESTAMP" if postgres else "DATETIME"
    database.execute_sql(
        f'CREATE TABLE IF NOT EXISTS "pin_guard" ("id" {pk}, "operator_id" INTEGER NOT NULL, '
        f'"failures" INTEGER NOT NULL, "wait_until" {stamp}, "last_failure_at" {stamp}, '
        'FOREIGN KEY ("operator_id") REFERENCES "operator" ("id") ON DELETE CASCADE)'
    )
    database.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "pin_guard_operator_id" ON "pin_guard" ("operator_id")')

    updates = []
    cursor = database.execute_sql(
        'SELECT "id", "entity", "entity_id", "before", "after" FROM "audit_log" WHERE "person_id" IS NULL'
    )
    for row_id, entity, entity_id, before, after in cursor:
        person = _person_of(entity, entity_id, before, after)
        if person is not None:
            updates.append((person, row_id))
    sql = f'UPDATE "audit_log" SET "person_id" = {database.param} WHERE "id" = {database.param}'
    for person, row_id in updates:
        database.execute_sql(sql, (person, row_id))
