"""The same desk on PostgreSQL (opt-in): set ``DESK_TEST_PG_URL`` to a THROWAWAY database.

    DESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:54321/desk_test python -m pytest tests/unit/test_postgres.py

The test empties that database's ``public`` schema first. It needs ``psycopg2-binary``
(``pip install -e '.[postgres]'``). Without the variable every test here is skipped.
"""

import datetime as dt
import os

import peewee as pw
import pytest

from desk import db, migrations, models
from desk.errors import Conflict, RepeatVisit
from desk.migrations import schema
from desk.models import Distribution, Person
from desk.services import checkin, gifts, points, stock
from desk.services.common import accounts, catalogs
from desk.services.people import PersonInput, create_person, merge, roster
from desk.services.points import rewards

PG_URL = os.environ.get("DESK_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(not PG_URL, reason="set DESK_TEST_PG_URL to run the PostgreSQL tests")


def _empty() -> None:
    models.db.close()
    database = db.connect(PG_URL)
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()


@pytest.fixture
def pg():
    _empty()
    database = db.init_db(PG_URL)
    catalogs.ensure_defaults()
    yield database
    database.close()


def test_everyday_operations_on_postgresql(pg):
    assert isinstance(pg, pw.PostgresqlDatabase)
    admin = accounts.add_operator("管理员")
    staff = accounts.add_operator("李社工", role="staff", by=admin)
    zhang = create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), staff)
    twin = create_person(PersonInput(name="张阳", platform="美团"), staff)
    water = checkin.default_services()[0]
    checkin.check_in(zhang.id, [water.id], staff)
    with pytest.raises(RepeatVisit):
        checkin.check_in(zhang.id, [water.id], staff)

    mooncake = stock.items()[0]
    stock.receive(mooncake.id, 5, staff, donor="幸福里物业")
    campaign = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=dt.date.today(), ends_on=dt.date.today(),
        items=[(mooncake.id, 1)]), staff)
    share = gifts.hand_out(campaign.id, zhang.id, staff)
    with pytest.raises(gifts.AlreadyReceived):
        gifts.hand_out(campaign.id, zhang.id, staff)
    with pytest.raises(pw.IntegrityError), models.db.atomic():  # the partial unique index, PostgreSQL's
        Distribution.create(campaign=campaign, recipient=zhang, created_by=staff)
    assert stock.on_hand(mooncake.id) == 4

    points.award(zhang.id, "activity", staff, points=20, source_type="event_attendance", source_id=1)
    with pytest.raises(Conflict):
        points.award(zhang.id, "activity", staff, source_type="event_attendance", source_id=1)
    rewards.set_price(mooncake.id, 10, admin)
    rewards.redeem(zhang.id, mooncake.id, 1, staff)
    assert points.balance(zhang.id) == 10
    assert [r.delta for r in points.statement(zhang.id)] == [-10, 20]
    assert points.leaderboard("all")[0].person_id == zhang.id

    assert [(p.keep.id, p.drop.id) for p in merge.find_duplicates()] == [(zhang.id, twin.id)]  # string_agg
    rows = {r.id: r for r in roster.roster_rows()}
    assert rows[zhang.id].points == 10
    gifts.void_distribution(share.id, "发错了", staff)
    merge.merge_people(zhang.id, twin.id, staff)
    assert Person.get_by_id(twin.id).merged_into_id == zhang.id
    assert stock.on_hand(mooncake.id) == 4


def test_an_old_schema_upgrades_on_postgresql_to_a_new_ones_schema(pg):
    fresh = schema.describe(pg)
    _empty()
    # A version-1 database: the foundation tables only, partner units without phone and note.
    database = db.connect(PG_URL)
    with database.bind_ctx(models.FOUNDATION_MODELS):
        database.create_tables(models.FOUNDATION_MODELS)
    database.execute_sql('ALTER TABLE "partner_unit" DROP COLUMN "phone", DROP COLUMN "note"')
    database.execute_sql("INSERT INTO partner_unit (name, kind, contact) VALUES ('幸福里物业', '物业', '陈经理')")
    database.execute_sql("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    database.close()

    upgraded = db.init_db(PG_URL)
    assert migrations.current_version(upgraded) == migrations.SCHEMA_VERSION
    assert schema.describe(upgraded) == fresh
    assert upgraded.execute_sql("SELECT kind, note FROM partner_unit").fetchall() == [("other", "物业")]
