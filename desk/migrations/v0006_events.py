"""Version 6: community events and their sign-in (活动签到): events, partner units, registrations, attendance."""

VERSION = 6

_STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS "event" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "title" VARCHAR(60) NOT NULL,
        "category" VARCHAR(20) NOT NULL,
        "starts_at" DATETIME NOT NULL,
        "ends_at" DATETIME NOT NULL,
        "place" VARCHAR(60) NOT NULL,
        "organiser" VARCHAR(60) NOT NULL,
        "capacity" INTEGER,
        "points" INTEGER NOT NULL,
        "description" TEXT NOT NULL,
        "copied_from_id" INTEGER,
        "created_by_id" INTEGER NOT NULL,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "voided_at" DATETIME,
        "voided_by_id" INTEGER,
        "void_reason" VARCHAR(200) NOT NULL,
        FOREIGN KEY ("copied_from_id") REFERENCES "event" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    'CREATE INDEX IF NOT EXISTS "event_category" ON "event" ("category")',
    'CREATE INDEX IF NOT EXISTS "event_starts_at" ON "event" ("starts_at")',
    'CREATE INDEX IF NOT EXISTS "event_copied_from_id" ON "event" ("copied_from_id")',
    'CREATE INDEX IF NOT EXISTS "event_created_by_id" ON "event" ("created_by_id")',
    'CREATE INDEX IF NOT EXISTS "event_voided_at" ON "event" ("voided_at")',
    'CREATE INDEX IF NOT EXISTS "event_voided_by_id" ON "event" ("voided_by_id")',
    """CREATE TABLE IF NOT EXISTS "event_unit" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "event_id" INTEGER NOT NULL,
        "unit_id" INTEGER NOT NULL,
        FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("unit_id") REFERENCES "partner_unit" ("id"))""",
    'CREATE INDEX IF NOT EXISTS "event_unit_event_id" ON "event_unit" ("event_id")',
    'CREATE INDEX IF NOT EXISTS "event_unit_unit_id" ON "event_unit" ("unit_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "event_unit_event_id_unit_id" ON "event_unit" ("event_id", "unit_id")',
    """CREATE TABLE IF NOT EXISTS "event_registration" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "event_id" INTEGER NOT NULL,
        "person_id" INTEGER NOT NULL,
        "registered_at" DATETIME NOT NULL,
        "walk_in" INTEGER NOT NULL,
        "created_by_id" INTEGER NOT NULL,
        "created_at" DATETIME NOT NULL,
        "voided_at" DATETIME,
        "voided_by_id" INTEGER,
        "void_reason" VARCHAR(200) NOT NULL,
        FOREIGN KEY ("event_id") REFERENCES "event" ("id"),
        FOREIGN KEY ("person_id") REFERENCES "person" ("id"),
        FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    'CREATE INDEX IF NOT EXISTS "event_registration_event_id" ON "event_registration" ("event_id")',
    'CREATE INDEX IF NOT EXISTS "event_registration_person_id" ON "event_registration" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "event_registration_created_by_id" ON "event_registration" ("created_by_id")',
    'CREATE INDEX IF NOT EXISTS "event_registration_voided_by_id" ON "event_registration" ("voided_by_id")',
    # One live registration per person per event; a cancelled one falls outside.
    ('CREATE UNIQUE INDEX IF NOT EXISTS "eventregistration_one_live" ON "event_registration" ("event_id", "person_id") '
     'WHERE ("voided_at" IS NULL)'),
    """CREATE TABLE IF NOT EXISTS "event_attendance" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "event_id" INTEGER NOT NULL,
        "person_id" INTEGER NOT NULL,
        "checked_at" DATETIME NOT NULL,
        "walk_in" INTEGER NOT NULL,
        "method" VARCHAR(10) NOT NULL,
        "created_by_id" INTEGER NOT NULL,
        "created_at" DATETIME NOT NULL,
        "voided_at" DATETIME,
        "voided_by_id" INTEGER,
        "void_reason" VARCHAR(200) NOT NULL,
        FOREIGN KEY ("event_id") REFERENCES "event" ("id"),
        FOREIGN KEY ("person_id") REFERENCES "person" ("id"),
        FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    'CREATE INDEX IF NOT EXISTS "event_attendance_event_id" ON "event_attendance" ("event_id")',
    'CREATE INDEX IF NOT EXISTS "event_attendance_person_id" ON "event_attendance" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "event_attendance_checked_at" ON "event_attendance" ("checked_at")',
    'CREATE INDEX IF NOT EXISTS "event_attendance_created_by_id" ON "event_attendance" ("created_by_id")',
    'CREATE INDEX IF NOT EXISTS "event_attendance_voided_by_id" ON "event_attendance" ("voided_by_id")',
    ('CREATE INDEX IF NOT EXISTS "event_attendance_person_id_checked_at" '
     'ON "event_attendance" ("person_id", "checked_at")'),
    # One live attendance per person per event: the deed their points are linked to.
    ('CREATE UNIQUE INDEX IF NOT EXISTS "eventattendance_one_live" ON "event_attendance" ("event_id", "person_id") '
     'WHERE ("voided_at" IS NULL)'),
)


def up(database, migrator) -> None:
    for statement in _STATEMENTS:
        database.execute_sql(statement)
