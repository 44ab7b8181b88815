"""Schema step 8 (safety): a database of the step before upgrades to the same tables as a new one."""

import json
import sqlite3

from desk import db, migrations, models
from desk.migrations import v0008_safety_access as step

PREVIOUS = max(v for v in migrations.STEPS if v < step.VERSION)


def _schema(path, table):
    with sqlite3.connect(path) as con:
        columns = [tuple(r[1:]) for r in con.execute(f"PRAGMA table_info({table})")]
        indexes = {}
        for _seq, name, unique, *_ in con.execute(f"PRAGMA index_list({table})"):
            cols = [r[2] for r in con.execute(f"PRAGMA index_info({name})")]
            indexes[name] = (unique, cols)
    return columns, indexes


def _as_previous_version(path):
    """A database as the step before left it: no pin_guard, no audit_log.person_id, rows in the log."""
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE pin_guard")
        con.execute("DROP INDEX audit_log_person_id")
        con.execute("ALTER TABLE audit_log DROP COLUMN person_id")
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(PREVIOUS),))
        rows = [
            ("person.update", "person", 7, {"name": "张阳"}, {"name": "张扬"}),
            ("visit.check_in", "visit", 11, {}, {"person": 7, "visited_at": "2024-05-01 09:00:00"}),
            ("distribution.void", "distribution", 3, {"recipient": 9}, {"recipient": 9, "void_reason": "错"}),
            ("points.award", "point_entry", 5, {}, {"person_id": 8, "delta": 10}),
            ("unit.add", "partner_unit", 2, {}, {"name": "物业"}),
            ("people.import", "import", None, {}, {"rows": 3}),
        ]
        for action, entity, entity_id, before, after in rows:
            con.execute(
                "INSERT INTO audit_log (at, operator_id, action, entity, entity_id, before, after) "
                "VALUES ('2024-05-01 09:00:00', NULL, ?, ?, ?, ?, ?)",
                (action, entity, entity_id, json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False)),
            )
        con.execute("INSERT INTO audit_log (at, action, entity, entity_id, before, after) "
                    "VALUES ('2024-05-01', 'odd', 'odd', 1, 'not json', '')")


def test_previous_version_upgrades_to_the_new_schema(tmp_path):
    fresh = tmp_path / "fresh.db"
    db.init_db(fresh)
    models.db.close()
    old = tmp_path / "old.db"
    db.init_db(old)
    models.db.close()
    _as_previous_version(old)

    db.init_db(old)
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    models.db.close()
    for table in ("audit_log", "pin_guard"):
        assert _schema(old, table) == _schema(fresh, table), table

    with sqlite3.connect(old) as con:
        found = dict(con.execute("SELECT action, person_id FROM audit_log"))
    assert found == {"person.update": 7, "visit.check_in": 7, "distribution.void": 9, "points.award": 8,
                     "unit.add": None, "people.import": None, "odd": None}


def test_the_upgrade_runs_once_and_again_harmlessly(tmp_path):
    path = tmp_path / "again.db"
    db.init_db(path)
    models.db.close()
    _as_previous_version(path)
    db.init_db(path)
    step.up(models.db.obj, migrations.migrator_for(models.db.obj))  # idempotent: nothing breaks
    models.db.close()
