import sqlite3

from desk import db, migrations, models
from desk.models import FOUNDATION_MODELS, Meta, Person, PointEntry


def test_new_database_is_at_current_version(tmp_path):
    db.init_db(tmp_path / 'new.db')
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    assert models.db.table_exists("point_entry")


def test_pragmas_protect_records(tmp_path):
    database = db.init_db(tmp_path / "real.db")  # the test fixture's database skips disk syncs
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 1000


def test_version_1_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.db"
    # Build a database exactly as version 1 of the desk left it, with a record in it.
    db.init_db(tmp_path / 'scratch.db')
    models.db.close()
    import peewee as pw

    old = pw.SqliteDatabase(str(path))
    with old.bind_ctx(FOUNDATION_MODELS):
        old.create_tables(FOUNDATION_MODELS)
        Meta.create(key="schema_version", value="1")
        Person.create(name="张阳", card_code="LX00000001")
    old.close()

    db.init_db(path)
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    assert models.db.table_exists("point_entry")
    assert Person.get(Person.card_code == "LX00000001").name == "张阳"
    assert PointEntry.select().count() == 0
    backups = list(tmp_path.glob("old.v1-*.bak.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        names = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        assert "person" in names and "point_entry" not in names
        assert con.execute("select value from meta where key='schema_version'").fetchone()[0] == "1"


def test_newer_database_is_refused(tmp_path):
    import pytest

    db.init_db(tmp_path / 'future.db')
    Meta.update(value=str(migrations.SCHEMA_VERSION + 1)).where(Meta.key == "schema_version").execute()
    models.db.close()
    with pytest.raises(RuntimeError):
        db.init_db(tmp_path / 'future.db')
