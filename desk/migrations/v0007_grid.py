"""Version 7: grid reports (文明随手拍) with their hazard categories, and help records (一老一小)."""

VERSION = 7

_TABLES = (
    """CREATE TABLE IF NOT EXISTS hazard_category (
        id INTEGER NOT NULL PRIMARY KEY,
        code VARCHAR(30) NOT NULL,
        name VARCHAR(30) NOT NULL,
        points INTEGER NOT NULL,
        rule_code VARCHAR(40) NOT NULL,
        sort_order INTEGER NOT NULL,
        retired_at DATETIME)""",
    """CREATE TABLE IF NOT EXISTS hazard_report (
        id INTEGER NOT NULL PRIMARY KEY,
        reporter_id INTEGER REFERENCES person (id),
        grid_id INTEGER NOT NULL REFERENCES grid (id),
        building INTEGER,
        unit INTEGER,
        floor INTEGER,
        place VARCHAR(100) NOT NULL,
        category_id INTEGER NOT NULL REFERENCES hazard_category (id),
        description TEXT NOT NULL,
        seen_at DATETIME NOT NULL,
        state VARCHAR(16) NOT NULL,
        confirmed_at DATETIME,
        confirmed_by_id INTEGER REFERENCES operator (id),
        dispatched_to_id INTEGER REFERENCES operator (id),
        dispatched_at DATETIME,
        dispatched_by_id INTEGER REFERENCES operator (id),
        due_on DATE,
        resolution TEXT NOT NULL,
        resolved_at DATETIME,
        resolved_by_id INTEGER REFERENCES operator (id),
        closed_reason VARCHAR(200) NOT NULL,
        closed_at DATETIME,
        closed_by_id INTEGER REFERENCES operator (id),
        duplicate_of_id INTEGER REFERENCES hazard_report (id),
        reopened_count INTEGER NOT NULL,
        reopened_at DATETIME,
        created_by_id INTEGER NOT NULL REFERENCES operator (id),
        created_at DATETIME NOT NULL,
        voided_at DATETIME,
        voided_by_id INTEGER REFERENCES operator (id),
        void_reason VARCHAR(200) NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS help_record (
        id INTEGER NOT NULL PRIMARY KEY,
        happened_at DATETIME NOT NULL,
        place VARCHAR(100) NOT NULL,
        grid_id INTEGER REFERENCES grid (id),
        helped_kind VARCHAR(10) NOT NULL,
        helped_name VARCHAR(30) NOT NULL,
        helped_age INTEGER,
        helped_contact VARCHAR(60) NOT NULL,
        what_happened TEXT NOT NULL,
        outcome VARCHAR(20) NOT NULL,
        confirmed_by_id INTEGER REFERENCES operator (id),
        confirmed_at DATETIME,
        created_by_id INTEGER NOT NULL REFERENCES operator (id),
        created_at DATETIME NOT NULL,
        voided_at DATETIME,
        voided_by_id INTEGER REFERENCES operator (id),
        void_reason VARCHAR(200) NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS help_record_helper (
        id INTEGER NOT NULL PRIMARY KEY,
        help_record_id INTEGER NOT NULL REFERENCES help_record (id),
        person_id INTEGER NOT NULL REFERENCES person (id))""",
)

_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS hazard_category_code ON hazard_category (code)",
    "CREATE INDEX IF NOT EXISTS hazard_report_reporter_id ON hazard_report (reporter_id)",
    "CREATE INDEX IF NOT EXISTS hazard_report_category_id ON hazard_report (category_id)",
    "CREATE INDEX IF NOT EXISTS hazard_report_seen_at ON hazard_report (seen_at)",
    "CREATE INDEX IF NOT EXISTS hazard_report_dispatched_to_id ON hazard_report (dispatched_to_id)",
    "CREATE INDEX IF NOT EXISTS hazard_report_duplicate_of_id ON hazard_report (duplicate_of_id)",
    "CREATE INDEX IF NOT EXISTS hazard_report_created_at ON hazard_report (created_at)",
    "CREATE INDEX IF NOT EXISTS hazard_report_state_due_on ON hazard_report (state, due_on)",
    "CREATE INDEX IF NOT EXISTS hazard_report_grid_id_category_id_created_at"
    " ON hazard_report (grid_id, category_id, created_at)",
    "CREATE INDEX IF NOT EXISTS hazard_report_resolved_at ON hazard_report (resolved_at)",
    "CREATE INDEX IF NOT EXISTS help_record_happened_at ON help_record (happened_at)",
    "CREATE INDEX IF NOT EXISTS help_record_helped_kind ON help_record (helped_kind)",
    "CREATE INDEX IF NOT EXISTS help_record_helper_person_id ON help_record_helper (person_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS help_record_helper_help_record_id_person_id"
    " ON help_record_helper (help_record_id, person_id)",
)


def up(database, migrator) -> None:  # noqa: ARG001 (plain SQL; the migrator is not needed)
    for sql in _TABLES + _INDEXES:
        database.execute_sql(sql)
