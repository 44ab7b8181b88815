"""Every test gets a fresh SQLite database in a temporary folder, seeded like a new desk."""

import datetime as dt
import os
import shutil

# Before anything imports Qt: no display on CI or the developers' machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from desk import db, models  # noqa: E402
from desk.services.common import accounts  # noqa: E402
from desk.services.common import catalogs  # noqa: E402

# ``pytest --hypothesis-profile=thorough``: many random examples, for a long run on demand
# (tools/fuzz_services.py); CI keeps each property test's own small, fixed number.
settings.register_profile("thorough", max_examples=600, deadline=None)


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory):
    """A new desk's database (every table, the seeded catalogs), made once for the whole run."""
    path = tmp_path_factory.mktemp("template") / "desk.db"
    db.init_db(path, fast_unsafe=True)
    catalogs.ensure_defaults()
    models.db.close()  # the last connection: SQLite folds the WAL back into the file
    return path


@pytest.fixture(autouse=True)
def database(tmp_path, seeded_database):
    # A copy of the seeded database (2 ms) instead of creating the tables and seeding the
    # catalogs for every test (40 ms: half the suite's time); throwaway, so no disk syncs.
    path = tmp_path / "desk.db"
    shutil.copyfile(seeded_database, path)
    database = db.init_db(path, fast_unsafe=True)
    yield database
    models.db.close()


@pytest.fixture(autouse=True)
def cheap_pin_hashes(monkeypatch):
    """scrypt at the desk's cost takes ~0.1 s a PIN; tests hash at a tiny cost (the parameters
    travel in the stored hash, so every rule is the same). test_safety_access checks the real cost."""
    from desk.services.safety import pins

    monkeypatch.setattr(pins, "COST", (2**4, 8, 1))


DEMO_TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="session")
def demo_filled(tmp_path_factory, seeded_database):
    """The demo station (150 people, a year up to ``DEMO_TODAY``), filled once for the whole run."""
    from desk import demo

    path = tmp_path_factory.mktemp("demo") / "desk.db"
    shutil.copyfile(seeded_database, path)
    db.init_db(path, fast_unsafe=True)
    demo.fill(people=150, days=365, seed=11, today=DEMO_TODAY)
    models.db.close()
    return path


@pytest.fixture
def demo_database(database, demo_filled, tmp_path):
    """This test's own copy of the demo station (each duty's demo test reads it; some write)."""
    models.db.close()
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_filled, path)
    return db.init_db(path, fast_unsafe=True)


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
