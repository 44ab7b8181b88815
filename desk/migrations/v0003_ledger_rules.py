"""Version 3: what the points and gifts duties added after version 2 was released.

Those changes shipped while the schema still said 2 (commits "reversed_at marker", "extra_share",
"visit (person, time) index"), so a version-2 database may have none of them or all of them:
each part here looks before it adds.

- ``point_entry.reversed_at``, filled in for lines already reversed (from their reversing line),
  the ``(source_type, source_id)`` index, and the partial unique index that lets one deed earn
  a rule once (``pointentry_one_live_award``);
- ``distribution.extra_share`` and the partial unique index of one live ordinary share per
  person and campaign (``distribution_one_live_share``). Before it, a double click could write
  a second share: such a later share is kept and marked an extra share, with a reason saying why;
- ``redemption.note``;
- the ``visit (person_id, visited_at)`` index (a person's last visit in one seek).
"""

import peewee as pw
from playhouse.migrate import migrate

from desk.migrations.schema import columns, execute

VERSION = 3

# Said on the hand-out list for a second share that an older desk let through.
DUPLICATE_REASON = "升级时发现的重复领取（旧版未拦截）"


def up(database, migrator) -> None:
    ops = []
    if "reversed_at" not in columns(database, "point_entry"):
        ops.append(migrator.add_column("point_entry", "reversed_at", pw.DateTimeField(null=True)))
    if "extra_share" not in columns(database, "distribution"):
        ops.append(migrator.add_column("distribution", "extra_share", pw.BooleanField(default=False)))
    if "note" not in columns(database, "redemption"):
        ops.append(migrator.add_column("redemption", "note", pw.CharField(max_length=200, default="")))
    if ops:
        migrate(*ops)

    # A line reversed before the marker existed is marked now, with its reversal's time.
    execute(database, """UPDATE "point_entry" SET "reversed_at" = (
        SELECT r."created_at" FROM "point_entry" AS r WHERE r."reverses_id" = "point_entry"."id")
        WHERE "reversed_at" IS NULL
        AND "id" IN (SELECT "reverses_id" FROM "point_entry" WHERE "reverses_id" IS NOT NULL)""")
    # Every live share after a person's first of a campaign is an extra one.
    execute(database, """UPDATE "distribution" SET "extra_share" = {true}, "override_reason" = CASE
        WHEN "override_reason" = '' THEN ? ELSE "override_reason" END
        WHERE "voided_at" IS NULL AND "extra_share" = {false} AND "id" NOT IN (
            SELECT MIN("id") FROM "distribution" WHERE "voided_at" IS NULL AND "extra_share" = {false}
            GROUP BY "campaign_id", "recipient_id")""", (DUPLICATE_REASON,))

    execute(database, 'CREATE INDEX IF NOT EXISTS "point_entry_source_type_source_id" '
                      'ON "point_entry" ("source_type", "source_id")')
    execute(database, 'CREATE UNIQUE INDEX IF NOT EXISTS "pointentry_one_live_award" '
                      'ON "point_entry" ("rule_id", "source_type", "source_id") '
                      'WHERE ((("source_id" IS NOT NULL) AND ("reverses_id" IS NULL)) AND ("reversed_at" IS NULL))')
    execute(database, 'CREATE UNIQUE INDEX IF NOT EXISTS "distribution_one_live_share" '
                      'ON "distribution" ("campaign_id", "recipient_id") '
                      'WHERE (("voided_at" IS NULL) AND ("extra_share" = {false}))')
    execute(database, 'CREATE INDEX IF NOT EXISTS "visit_person_id_visited_at" ON "visit" ("person_id", "visited_at")')
