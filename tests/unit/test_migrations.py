"""Schema versions: new databases, and real databases of every earlier release upgraded in place.

The files in ``tests/data`` were written by the old releases' own code (see
``tests/data/make_old_databases.py``), not by today's models.
"""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from desk import db, migrations, models
from desk.errors import Conflict
from desk.migrations import schema
from desk.models import Campaign, Distribution, Meta, Person, PointEntry, Visit
from desk.services import gifts, points, stock
from desk.services.common import accounts, catalogs
from desk.services.people import PersonInput, create_person

DATA = Path(__file__).resolve().parent.parent / "data"

# file -> the version its release wrote, what it holds
OLD = {
    "desk-v1.db": 1,
    "desk-v2.db": 2,
    "desk-v2-late.db": 2,
    "desk-v4.db": 4,
}
DUTY_TABLES = {"point_entry", "stock_move", "campaign", "distribution", "redemption"}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def _version_in(path: Path) -> int | None:
    with sqlite3.connect(path) as con:
        try:
            row = con.execute("select value from meta where key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            return None
    return int(row[0]) if row else None


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("fresh") / "new.db"
    database = db.init_db(path)
    described = schema.describe(database)
    database.close()
    return described


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "station" / name
    target.parent.mkdir()
    shutil.copyfile(DATA / name, target)
    return target


def test_new_database_is_at_current_version(tmp_path):
    db.init_db(tmp_path / "new.db")
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    assert models.db.table_exists("point_entry")


def test_steps_are_numbered_without_gaps():
    assert list(migrations.STEPS) == list(range(1, migrations.SCHEMA_VERSION + 1))
    for version, step in migrations.STEPS.items():
        assert step.VERSION == version and callable(step.up)


def test_pragmas_protect_records(tmp_path):
    database = db.init_db(tmp_path / "real.db")  # the test fixture's database skips disk syncs
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 1000


@pytest.mark.parametrize("name", sorted(OLD))
def test_old_release_is_backed_up_and_upgraded_with_its_data(name, tmp_path, fresh_schema):
    path = _copy(name, tmp_path)
    written = OLD[name]
    before = _counts(path)
    assert (_version_in(path) or 1) == written

    db.init_db(path)

    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    backups = sorted(path.parent.glob(f"{path.stem}.v{written}-*.bak.db"))
    if written < migrations.SCHEMA_VERSION:
        # The backup is the database as it was, next to it, before any step ran.
        assert len(backups) == 1
        assert _counts(backups[0]) == before
        assert _version_in(backups[0]) == (None if written == 1 else written)
    else:
        assert backups == []
    after = _counts(path)
    assert {t: after[t] for t in before if t != "meta"} == {t: n for t, n in before.items() if t != "meta"}
    # Exactly the schema of a new database: every table, column, index (with its WHERE) and foreign key.
    assert schema.describe(models.db.obj) == fresh_schema
    assert models.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert models.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert models.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []

    zhang = Person.get(Person.name == "张阳")
    assert zhang.phone == "13812345678" and zhang.platform == "美团"
    assert Visit.select().where(Visit.voided_at.is_null()).count() == 4
    assert Visit.select().where(Visit.person.is_null()).get().anon_kind == "courier"
    if written >= 2:
        _check_duty_records(zhang)


def _check_duty_records(zhang: Person) -> None:
    mooncake = stock.items()[0]
    assert mooncake.name == "月饼" and stock.on_hand(mooncake.id) == 50 - 2 - 6 + 1
    assert points.balance(zhang.id) == 20 + 20 + 10 - 30
    zhao = Person.get(Person.name == "赵小红")
    lines = points.statement(zhao.id)
    assert [(r.delta, r.balance) for r in lines] == [(-8, 0), (8, 8)]  # newest first
    # A line reversed before the marker existed is marked as reversed: it cannot be reversed twice.
    assert lines[1].reversed_at is not None and lines[0].reverses_id == lines[1].id
    with pytest.raises(Conflict):
        points.check_reversible(PointEntry.get_by_id(lines[1].id))
    shares = list(Distribution.select().where(Distribution.recipient == zhao, Distribution.voided_at.is_null()))
    assert len(shares) == 2 and sorted(s.extra_share for s in shares) == [False, True]
    assert all(s.override_reason for s in shares if s.extra_share)


@pytest.mark.parametrize("name", sorted(OLD))
def test_upgraded_database_keeps_the_rules(name, tmp_path):
    """The one-share and one-award indexes and the foreign keys hold after the upgrade; the services work."""
    path = _copy(name, tmp_path)
    db.init_db(path)
    catalogs.ensure_defaults()  # as the desk does when it opens (a v1 database has no point rules yet)
    staff = accounts.get_operator(2)
    assert staff.name == "李社工" and staff.role == "staff"
    newcomer = create_person(PersonInput(name="孙悟", phone="13600003333"), staff)
    campaign = Campaign.select().first() if OLD[name] >= 2 else None
    if campaign is None:
        item = stock.add_item("雨伞", "把", staff)
        stock.receive(item.id, 5, staff)
        campaign = gifts.create_campaign(gifts.CampaignInput(
            name="春节慰问", kind="spring", starts_on=dt.date.today(), ends_on=dt.date.today(), items=[(item.id, 1)]
        ), staff)
    share = gifts.hand_out(campaign.id, newcomer.id, staff, outside_dates_note="补发")
    with pytest.raises(gifts.AlreadyReceived):
        gifts.hand_out(campaign.id, newcomer.id, staff, outside_dates_note="补发")
    with pytest.raises(pw.IntegrityError), models.db.atomic():  # the database itself refuses it
        Distribution.create(campaign=campaign, recipient=newcomer, created_by=staff)
    assert points.statement(newcomer.id) == []

    award = points.award(newcomer.id, "activity", staff, source_type="event_attendance", source_id=77)
    with pytest.raises(Conflict):
        points.award(newcomer.id, "activity", staff, source_type="event_attendance", source_id=77)
    with pytest.raises(pw.IntegrityError), models.db.atomic():
        PointEntry.create(person=newcomer, delta=5, rule=award.rule_id, source_type="event_attendance",
                          source_id=77, created_by=staff)
    with pytest.raises(pw.IntegrityError), models.db.atomic():  # foreign keys are on again
        Visit.create(person=99999, created_by=staff)
    assert points.statement(newcomer.id)[0].delta == award.delta
    assert share.recipient_id == newcomer.id


def test_database_without_any_version_row_or_meta_table_is_version_1(tmp_path):
    path = _copy("desk-v1.db", tmp_path)
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE meta")
    db.init_db(path)
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION
    assert Person.select().count() == 4
    assert len(list(path.parent.glob("desk-v1.v1-*.bak.db"))) == 1


def test_a_failing_step_changes_nothing(tmp_path, monkeypatch):
    path = _copy("desk-v2.db", tmp_path)
    before = _counts(path)

    def broken(database, migrator):
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations.STEPS[migrations.SCHEMA_VERSION], "up", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        db.init_db(path)
    models.db.close()
    assert _version_in(path) == 2 and _counts(path) == before
    monkeypatch.undo()
    db.init_db(path)  # and the next start upgrades it
    assert migrations.current_version(models.db) == migrations.SCHEMA_VERSION


def test_newer_database_is_refused(tmp_path):
    db.init_db(tmp_path / "future.db")
    Meta.update(value=str(migrations.SCHEMA_VERSION + 1)).where(Meta.key == "schema_version").execute()
    models.db.close()
    with pytest.raises(RuntimeError):
        db.init_db(tmp_path / "future.db")


def test_placeholders_fill_in_per_database():
    sqlite = pw.SqliteDatabase(":memory:")
    postgres = pw.PostgresqlDatabase("x")
    text = 'CREATE TABLE t ("id" {pk}, "b" {bool} NOT NULL, "at" {datetime}) -- {false}'
    assert schema.sql(sqlite, text) == (
        'CREATE TABLE t ("id" INTEGER NOT NULL PRIMARY KEY, "b" INTEGER NOT NULL, "at" DATETIME) -- 0')
    assert schema.sql(postgres, text) == (
        'CREATE TABLE t ("id" SERIAL NOT NULL PRIMARY KEY, "b" BOOLEAN NOT NULL, "at" TIMESTAMP) -- false')
