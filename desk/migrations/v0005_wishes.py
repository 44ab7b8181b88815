"""Version 5: the wish board (微心愿): wish categories and wishes.

Written as the tables were at this step (explicit SQL), never through today's model classes.
The categories are seeded by ``catalogs.ensure_defaults`` at every start, like other catalogs.
"""

VERSION = 5

_TABLES = (
    """CREATE TABLE IF NOT EXISTS "wish_category" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "code" VARCHAR(30) NOT NULL,
        "name" VARCHAR(30) NOT NULL,
        "sort_order" INTEGER NOT NULL,
        "retired_at" DATETIME)""",
    """CREATE TABLE IF NOT EXISTS "wish" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "rider_id" INTEGER NOT NULL,
        "courtesy" VARCHAR(8) NOT NULL,
        "what" VARCHAR(200) NOT NULL,
        "category_id" INTEGER NOT NULL,
        "value_yuan" INTEGER,
        "wanted_by" DATE,
        "note" VARCHAR(200) NOT NULL,
        "status" VARCHAR(16) NOT NULL,
        "approved_at" DATETIME,
        "approved_by_id" INTEGER,
        "declined_at" DATETIME,
        "declined_by_id" INTEGER,
        "decline_reason" VARCHAR(200) NOT NULL,
        "claimant_person_id" INTEGER,
        "claimant_unit_id" INTEGER,
        "claimed_at" DATETIME,
        "claimed_by_id" INTEGER,
        "promised_on" DATE,
        "fulfilled_on" DATE,
        "given" VARCHAR(200) NOT NULL,
        "fulfil_note" VARCHAR(200) NOT NULL,
        "fulfilled_at" DATETIME,
        "fulfilled_by_id" INTEGER,
        "withdrawn_at" DATETIME,
        "withdraw_reason" VARCHAR(200) NOT NULL,
        "created_by_id" INTEGER NOT NULL,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        FOREIGN KEY ("rider_id") REFERENCES "person" ("id"),
        FOREIGN KEY ("category_id") REFERENCES "wish_category" ("id"),
        FOREIGN KEY ("approved_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("declined_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("claimant_person_id") REFERENCES "person" ("id"),
        FOREIGN KEY ("claimant_unit_id") REFERENCES "partner_unit" ("id"),
        FOREIGN KEY ("claimed_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("fulfilled_by_id") REFERENCES "operator" ("id"),
        FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"))""",
)

_INDEXES = (
    'CREATE UNIQUE INDEX IF NOT EXISTS "wish_category_code" ON "wish_category" ("code")',
    'CREATE INDEX IF NOT EXISTS "wish_rider_id" ON "wish" ("rider_id")',
    'CREATE INDEX IF NOT EXISTS "wish_category_id" ON "wish" ("category_id")',
    'CREATE INDEX IF NOT EXISTS "wish_status" ON "wish" ("status")',
    'CREATE INDEX IF NOT EXISTS "wish_approved_by_id" ON "wish" ("approved_by_id")',
    'CREATE INDEX IF NOT EXISTS "wish_declined_by_id" ON "wish" ("declined_by_id")',
    'CREATE INDEX IF NOT EXISTS "wish_claimant_person_id" ON "wish" ("claimant_person_id")',
    'CREATE INDEX IF NOT EXISTS "wish_claimant_unit_id" ON "wish" ("claimant_unit_id")',
    'CREATE INDEX IF NOT EXISTS "wish_claimed_by_id" ON "wish" ("claimed_by_id")',
    'CREATE INDEX IF NOT EXISTS "wish_fulfilled_on" ON "wish" ("fulfilled_on")',
    'CREATE INDEX IF NOT EXISTS "wish_fulfilled_by_id" ON "wish" ("fulfilled_by_id")',
    'CREATE INDEX IF NOT EXISTS "wish_created_by_id" ON "wish" ("created_by_id")',
    'CREATE INDEX IF NOT EXISTS "wish_created_at" ON "wish" ("created_at")',
    'CREATE INDEX IF NOT EXISTS "wish_status_created_at" ON "wish" ("status", "created_at")',
)


def up(database, migrator) -> None:  # noqa: ARG001 (plain SQL; the migrator is not needed)
    for sql in _TABLES + _INDEXES:
        database.execute_sql(sql)
