"""One backup path (``desk.db.backup_file``: the online backup API, then an integrity check),
used by the window's menu (``backups.back_up``), the command line and the upgrade step.

The window's old menu copied the file while the desk kept writing: committed check-ins that
were still in the write-ahead log were missing from the copy, which said "Backed up".
"""

import shutil
import sqlite3

import pytest

from desk import models
from desk.db import backup_file
from desk.services.checkin import visits
from desk.services.common import backups
from desk.services.people import records


def _count(path, sql):
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchone()[0]


@pytest.fixture
def busy_desk(volunteer, tmp_path):
    """A desk with committed check-ins (still in the WAL), another connection's committed rows,
    and a third connection in the middle of a transaction it has not committed."""
    source = tmp_path / "desk.db"
    rider = records.create_person(records.PersonInput(name="张阳", phone="13812345678"), volunteer)
    water = [s.id for s in visits.default_services()]
    for minutes in range(5):
        visits.check_in(rider.id, water, volunteer, allow_repeat=True)
    other = sqlite3.connect(source, isolation_level=None)
    other.execute("INSERT INTO meta (key, value) VALUES ('committed-by-another-desk', 'yes')")
    writing = sqlite3.connect(source, isolation_level=None, timeout=0.1)
    writing.execute("BEGIN IMMEDIATE")
    writing.execute("INSERT INTO meta (key, value) VALUES ('not-committed', 'no')")
    yield source
    writing.execute("ROLLBACK")
    writing.close()
    other.close()


def test_a_backup_holds_every_committed_record_and_nothing_uncommitted(busy_desk, tmp_path):
    copy = backup_file(busy_desk, tmp_path / "backups" / "copy.db")
    assert _count(copy, "SELECT COUNT(*) FROM visit") == 5
    assert _count(copy, "SELECT COUNT(*) FROM meta WHERE key = 'committed-by-another-desk'") == 1
    assert _count(copy, "SELECT COUNT(*) FROM meta WHERE key = 'not-committed'") == 0
    assert _count(copy, "PRAGMA integrity_check") == "ok"
    assert not (tmp_path / "backups" / "copy.db.part").exists()


def test_a_plain_file_copy_would_have_lost_them(busy_desk, tmp_path):
    """Why the menu no longer copies the file: the committed check-ins are still in desk.db-wal."""
    plain = shutil.copyfile(busy_desk, tmp_path / "plain.db")
    try:
        copied = _count(plain, "SELECT COUNT(*) FROM visit")
    except sqlite3.OperationalError:  # not even the tables: they are in the log too
        copied = 0
    assert copied < 5


def test_the_window_backs_up_into_the_data_folder(volunteer, tmp_path):
    records.create_person(records.PersonInput(name="李四"), volunteer)
    done = backups.back_up(volunteer)
    assert done.path.parent == tmp_path / "backups" and done.path.name.startswith("desk-")
    assert done.size == done.path.stat().st_size > 0
    assert _count(done.path, "SELECT COUNT(*) FROM person") == 1


def test_a_backup_onto_the_database_itself_is_refused(volunteer, tmp_path):
    from desk.errors import ValidationError

    with pytest.raises(ValidationError):
        backups.back_up(volunteer, tmp_path / "desk.db")
    assert _count(tmp_path / "desk.db", "PRAGMA integrity_check") == "ok"
    assert models.db.is_closed() is False
