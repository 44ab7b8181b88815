"""The events' tables: a database of the previous version upgrades to the same schema as a new
one (step v0006), and the events' permissions per role."""

import pytest

from desk import db, migrations, models
from desk.models import Meta, Person
from desk.services.common import permissions

TABLES = ("event", "event_unit", "event_registration", "event_attendance")


def schema(database) -> dict:
    out = {}
    for table in TABLES:
        columns = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        indexes = {}
        for _seq, name, unique, _origin, partial in database.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
            cols = [r[2] for r in database.execute_sql(f'PRAGMA index_info("{name}")').fetchall()]
            indexes[name] = (unique, partial, cols)
        fks = sorted(database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall())
        out[table] = (columns, indexes, [fk[2:] for fk in fks])
    return out


def test_previous_version_upgrades_to_the_same_schema_as_a_new_database(tmp_path):
    fresh = db.init_db(tmp_path / "fresh.db")
    expected = schema(fresh)
    assert set(expected) == set(TABLES) and all(expected[t][0] for t in TABLES)
    models.db.close()

    path = tmp_path / "old.db"
    old = db.init_db(path)
    Person.create(name="张阳", card_code="LX00000001")
    for table in reversed(TABLES):
        old.execute_sql(f'DROP TABLE "{table}"')
    Meta.update(value="5").where(Meta.key == "schema_version").execute()
    models.db.close()

    upgraded = db.init_db(path)
    assert migrations.current_version(upgraded) == migrations.SCHEMA_VERSION >= 6
    assert schema(upgraded) == expected
    assert Person.get(Person.card_code == "LX00000001").name == "张阳"
    assert list(tmp_path.glob("old.v5-*.bak.db"))


@pytest.mark.parametrize("name, volunteer_may, staff_may", [
    ("event.manage", False, True),
    ("event.cancel", False, True),
    ("event.register", True, True),
    ("event.attend", True, True),
    ("event.remove_attendance", False, True),
])
def test_event_permissions_per_role(volunteer, staff, admin, name, volunteer_may, staff_may):
    assert permissions.allowed(volunteer, name) is volunteer_may
    assert permissions.allowed(staff, name) is staff_may
    assert permissions.allowed(admin, name) is True
