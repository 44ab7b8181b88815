"""Every test gets a fresh SQLite database in a temporary folder, seeded like a new desk."""

import os

# Before anything imports Qt: no display on CI or the developers' machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desk import db, models  # noqa: E402
from desk.services.common import accounts  # noqa: E402
from desk.services.common import catalogs


@pytest.fixture(autouse=True)
def database(tmp_path):
    # Throwaway databases skip the disk syncs (synchronous=off): a third of the suite's time.
    database = db.init_db(tmp_path / "desk.db", fast_unsafe=True)
    catalogs.ensure_defaults()
    yield database
    models.db.close()


@pytest.fixture
def admin(database):
    """The first operator of a desk is its admin."""
    return accounts.add_operator("管理员")


@pytest.fixture
def staff(admin):
    return accounts.add_operator("李社工", role="staff", by=admin)


@pytest.fixture
def volunteer(admin):
    return accounts.add_operator("王阿姨", role="volunteer", by=admin)
