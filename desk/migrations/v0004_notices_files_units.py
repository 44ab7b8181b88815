"""Version 4: check-in notices, stored files (attachments), partner units' phone and note."""

import peewee as pw
from playhouse.migrate import migrate

VERSION = 4


def up(database, migrator) -> None:
    columns = {c.name for c in database.get_columns("partner_unit")}
    ops = []
    if "phone" not in columns:
        ops.append(migrator.add_column("partner_unit", "phone", pw.CharField(max_length=20, default="")))
    if "note" not in columns:
        ops.append(migrator.add_column("partner_unit", "note", pw.CharField(max_length=200, default="")))
    if ops:
        migrate(*ops)
    database.execute_sql(
        """CREATE TABLE IF NOT EXISTS notice (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id),
            kind VARCHAR(30) NOT NULL,
            source_type VARCHAR(30) NOT NULL,
            source_id INTEGER NOT NULL,
            params TEXT NOT NULL,
            created_at DATETIME NOT NULL,
            shown_at DATETIME,
            shown_by_id INTEGER REFERENCES operator (id),
            answer VARCHAR(30) NOT NULL,
            voided_at DATETIME)"""
    )
    database.execute_sql("CREATE INDEX IF NOT EXISTS notice_person_id ON notice (person_id)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS notice_shown_by_id ON notice (shown_by_id)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS notice_created_at ON notice (created_at)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS notice_person_id_shown_at ON notice (person_id, shown_at)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS notice_source_type_source_id ON notice (source_type, source_id)")
    database.execute_sql(
        """CREATE TABLE IF NOT EXISTS attachment (
            id INTEGER NOT NULL PRIMARY KEY,
            owner_type VARCHAR(30) NOT NULL,
            owner_id INTEGER NOT NULL,
            stored_name VARCHAR(80) NOT NULL,
            media_type VARCHAR(40) NOT NULL,
            size INTEGER NOT NULL,
            sha256 VARCHAR(64) NOT NULL,
            person_id INTEGER REFERENCES person (id),
            created_by_id INTEGER NOT NULL REFERENCES operator (id),
            created_at DATETIME NOT NULL,
            removed_at DATETIME)"""
    )
    database.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS attachment_stored_name ON attachment (stored_name)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS attachment_person_id ON attachment (person_id)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS attachment_created_by_id ON attachment (created_by_id)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS attachment_owner_type_owner_id ON attachment (owner_type, owner_id)")
