"""Version 3: the columns and indexes added after version 2 shipped without a step of their own.

``point_entry.reversed_at`` and the one-live-award index; ``distribution.extra_share`` and
the one-live-share index; ``redemption.note``.
"""

import peewee as pw
from playhouse.migrate import migrate

VERSION = 3


def _columns(database, table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


def up(database, migrator) -> None:
    ops = []
    if "reversed_at" not in _columns(database, "point_entry"):
        ops.append(migrator.add_column("point_entry", "reversed_at", pw.DateTimeField(null=True)))
    if "extra_share" not in _columns(database, "distribution"):
        ops.append(migrator.add_column("distribution", "extra_share", pw.BooleanField(default=False)))
    if "note" not in _columns(database, "redemption"):
        ops.append(migrator.add_column("redemption", "note", pw.CharField(max_length=200, default="")))
    if ops:
        migrate(*ops)
    database.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS pointentry_one_live_award ON point_entry "
        "(rule_id, source_type, source_id) WHERE source_id IS NOT NULL AND reverses_id IS NULL "
        "AND reversed_at IS NULL"
    )
    database.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS distribution_one_live_share ON distribution "
        "(campaign_id, recipient_id) WHERE voided_at IS NULL AND extra_share = 0"
    )
