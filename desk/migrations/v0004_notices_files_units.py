"""Version 4: check-in notices, stored files (attachments), partner units' phone and note.

Partner units became a catalog with kinds (``property``, ``school``, ``shop``, ``public``,
``other``); before, ``kind`` was free text nobody chose from. A unit whose kind is not one of
those becomes ``other`` and keeps the old words in its (new, empty) note.
"""

import peewee as pw
from playhouse.migrate import migrate

from desk.migrations.schema import columns, create_index, execute

VERSION = 4

UNIT_KINDS = ("property", "school", "shop", "public", "other")  # as version 4 named them

NOTICE = """CREATE TABLE IF NOT EXISTS "notice" ("id" {pk}, "person_id" INTEGER NOT NULL,
    "kind" VARCHAR(30) NOT NULL, "source_type" VARCHAR(30) NOT NULL, "source_id" INTEGER NOT NULL,
    "params" TEXT NOT NULL, "created_at" {datetime} NOT NULL, "shown_at" {datetime}, "shown_by_id" INTEGER,
    "answer" VARCHAR(30) NOT NULL, "voided_at" {datetime},
    FOREIGN KEY ("person_id") REFERENCES "person" ("id"), FOREIGN KEY ("shown_by_id") REFERENCES "operator" ("id"))"""

ATTACHMENT = """CREATE TABLE IF NOT EXISTS "attachment" ("id" {pk}, "owner_type" VARCHAR(30) NOT NULL,
    "owner_id" INTEGER NOT NULL, "stored_name" VARCHAR(80) NOT NULL, "media_type" VARCHAR(40) NOT NULL,
    "size" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "person_id" INTEGER, "created_by_id" INTEGER NOT NULL,
    "created_at" {datetime} NOT NULL, "removed_at" {datetime},
    FOREIGN KEY ("person_id") REFERENCES "person" ("id"), FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"))"""

# (name, table, columns, unique)
INDEXES = [
    ("notice_person_id", "notice", ("person_id",), False),
    ("notice_created_at", "notice", ("created_at",), False),
    ("notice_shown_by_id", "notice", ("shown_by_id",), False),
    ("notice_person_id_shown_at", "notice", ("person_id", "shown_at"), False),
    ("notice_source_type_source_id", "notice", ("source_type", "source_id"), False),
    ("attachment_stored_name", "attachment", ("stored_name",), True),
    ("attachment_person_id", "attachment", ("person_id",), False),
    ("attachment_created_by_id", "attachment", ("created_by_id",), False),
    ("attachment_owner_type_owner_id", "attachment", ("owner_type", "owner_id"), False),
]


def up(database, migrator) -> None:
    have = columns(database, "partner_unit")
    ops = []
    if "phone" not in have:
        ops.append(migrator.add_column("partner_unit", "phone", pw.CharField(max_length=20, default="")))
    if "note" not in have:
        ops.append(migrator.add_column("partner_unit", "note", pw.CharField(max_length=200, default="")))
    if ops:
        migrate(*ops)
    marks = ", ".join("?" for _ in UNIT_KINDS)
    execute(database, f"""UPDATE "partner_unit" SET "note" = CASE WHEN "note" = '' THEN "kind" ELSE "note" END,
        "kind" = 'other' WHERE "kind" NOT IN ({marks})""", UNIT_KINDS)

    execute(database, NOTICE)
    execute(database, ATTACHMENT)
    for name, table, cols, unique in INDEXES:
        create_index(database, name, table, cols, unique)
