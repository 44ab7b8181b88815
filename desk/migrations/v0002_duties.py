"""Version 2: the tables of the points, stock, rewards and gift-campaign duties, as released.

The tables exactly as version 2 created them (taken from a database that release wrote):
no ``point_entry.reversed_at``, ``distribution.extra_share`` or ``redemption.note`` yet, and
none of the partial unique indexes; step 3 adds those. ``{pk}``, ``{bool}`` and ``{datetime}``
are the column types of the database at hand (``desk.migrations.schema.execute``).
"""

from desk.migrations.schema import create_index, execute

VERSION = 2

TABLES = [
    """CREATE TABLE IF NOT EXISTS "point_rule" ("id" {pk}, "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(40) NOT NULL, "default_points" INTEGER NOT NULL, "min_points" INTEGER NOT NULL,
    "max_points" INTEGER NOT NULL, "amount_editable" {bool} NOT NULL, "category" VARCHAR(20) NOT NULL,
    "sort_order" INTEGER NOT NULL, "retired_at" {datetime})""",
    """CREATE TABLE IF NOT EXISTS "point_entry" ("id" {pk}, "person_id" INTEGER NOT NULL,
    "delta" INTEGER NOT NULL, "rule_id" INTEGER, "source_type" VARCHAR(30) NOT NULL, "source_id" INTEGER,
    "note" VARCHAR(200) NOT NULL, "reverses_id" INTEGER, "created_by_id" INTEGER NOT NULL,
    "created_at" {datetime} NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id"), FOREIGN KEY ("rule_id") REFERENCES "point_rule" ("id"),
    FOREIGN KEY ("reverses_id") REFERENCES "point_entry" ("id"),
    FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "gift_item" ("id" {pk}, "name" VARCHAR(30) NOT NULL,
    "unit" VARCHAR(8) NOT NULL, "points_price" INTEGER, "retired_at" {datetime})""",
    """CREATE TABLE IF NOT EXISTS "stock_move" ("id" {pk}, "item_id" INTEGER NOT NULL,
    "delta" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "source_type" VARCHAR(30) NOT NULL,
    "source_id" INTEGER, "donor" VARCHAR(60) NOT NULL, "reason" VARCHAR(200) NOT NULL, "moved_on" DATE NOT NULL,
    "created_by_id" INTEGER NOT NULL, "created_at" {datetime} NOT NULL,
    FOREIGN KEY ("item_id") REFERENCES "gift_item" ("id"),
    FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "redemption" ("id" {pk}, "person_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL, "quantity" INTEGER NOT NULL, "points" INTEGER NOT NULL,
    "created_by_id" INTEGER NOT NULL, "created_at" {datetime} NOT NULL, "voided_at" {datetime},
    "voided_by_id" INTEGER, "void_reason" VARCHAR(200) NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id"), FOREIGN KEY ("item_id") REFERENCES "gift_item" ("id"),
    FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
    FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "campaign" ("id" {pk}, "name" VARCHAR(60) NOT NULL,
    "kind" VARCHAR(20) NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL,
    "eligibility" VARCHAR(20) NOT NULL, "note" TEXT NOT NULL, "created_by_id" INTEGER NOT NULL,
    "created_at" {datetime} NOT NULL, "voided_at" {datetime}, "voided_by_id" INTEGER,
    "void_reason" VARCHAR(200) NOT NULL,
    FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
    FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "campaign_item" ("id" {pk}, "campaign_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL, "per_person" INTEGER NOT NULL,
    FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id"), FOREIGN KEY ("item_id") REFERENCES "gift_item" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "campaign_member" ("id" {pk}, "campaign_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id"), FOREIGN KEY ("person_id") REFERENCES "person" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "distribution" ("id" {pk}, "campaign_id" INTEGER NOT NULL,
    "recipient_id" INTEGER NOT NULL, "deliverer_id" INTEGER, "handed_at" {datetime} NOT NULL,
    "signed" {bool} NOT NULL, "override_reason" VARCHAR(200) NOT NULL, "note" VARCHAR(200) NOT NULL,
    "created_by_id" INTEGER NOT NULL, "created_at" {datetime} NOT NULL, "voided_at" {datetime},
    "voided_by_id" INTEGER, "void_reason" VARCHAR(200) NOT NULL,
    FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id"), FOREIGN KEY ("recipient_id") REFERENCES "person" ("id"),
    FOREIGN KEY ("deliverer_id") REFERENCES "person" ("id"), FOREIGN KEY ("created_by_id") REFERENCES "operator" ("id"),
    FOREIGN KEY ("voided_by_id") REFERENCES "operator" ("id"))""",
    """CREATE TABLE IF NOT EXISTS "distribution_line" ("id" {pk}, "distribution_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL, "quantity" INTEGER NOT NULL,
    FOREIGN KEY ("distribution_id") REFERENCES "distribution" ("id"),
    FOREIGN KEY ("item_id") REFERENCES "gift_item" ("id"))""",
]

# (name, table, columns, unique)
INDEXES = [
    ("point_rule_code", "point_rule", ("code",), True),
    ("point_entry_person_id", "point_entry", ("person_id",), False),
    ("point_entry_rule_id", "point_entry", ("rule_id",), False),
    ("point_entry_reverses_id", "point_entry", ("reverses_id",), True),
    ("point_entry_created_by_id", "point_entry", ("created_by_id",), False),
    ("point_entry_created_at", "point_entry", ("created_at",), False),
    ("point_entry_person_id_created_at", "point_entry", ("person_id", "created_at"), False),
    ("gift_item_name", "gift_item", ("name",), True),
    ("stock_move_item_id", "stock_move", ("item_id",), False),
    ("stock_move_created_by_id", "stock_move", ("created_by_id",), False),
    ("stock_move_created_at", "stock_move", ("created_at",), False),
    ("stock_move_item_id_created_at", "stock_move", ("item_id", "created_at"), False),
    ("stock_move_source_type_source_id", "stock_move", ("source_type", "source_id"), False),
    ("redemption_person_id", "redemption", ("person_id",), False),
    ("redemption_item_id", "redemption", ("item_id",), False),
    ("redemption_created_by_id", "redemption", ("created_by_id",), False),
    ("redemption_created_at", "redemption", ("created_at",), False),
    ("redemption_voided_by_id", "redemption", ("voided_by_id",), False),
    ("campaign_created_by_id", "campaign", ("created_by_id",), False),
    ("campaign_voided_by_id", "campaign", ("voided_by_id",), False),
    ("campaign_item_campaign_id", "campaign_item", ("campaign_id",), False),
    ("campaign_item_item_id", "campaign_item", ("item_id",), False),
    ("campaign_item_campaign_id_item_id", "campaign_item", ("campaign_id", "item_id"), True),
    ("campaign_member_campaign_id", "campaign_member", ("campaign_id",), False),
    ("campaign_member_person_id", "campaign_member", ("person_id",), False),
    ("campaign_member_campaign_id_person_id", "campaign_member", ("campaign_id", "person_id"), True),
    ("distribution_campaign_id", "distribution", ("campaign_id",), False),
    ("distribution_recipient_id", "distribution", ("recipient_id",), False),
    ("distribution_deliverer_id", "distribution", ("deliverer_id",), False),
    ("distribution_handed_at", "distribution", ("handed_at",), False),
    ("distribution_created_by_id", "distribution", ("created_by_id",), False),
    ("distribution_voided_at", "distribution", ("voided_at",), False),
    ("distribution_voided_by_id", "distribution", ("voided_by_id",), False),
    ("distribution_campaign_id_recipient_id", "distribution", ("campaign_id", "recipient_id"), False),
    ("distribution_line_distribution_id", "distribution_line", ("distribution_id",), False),
    ("distribution_line_item_id", "distribution_line", ("item_id",), False),
]


def up(database, migrator) -> None:
    for statement in TABLES:
        execute(database, statement)
    for name, table, columns, unique in INDEXES:
        create_index(database, name, table, columns, unique)
