"""A damaged database at start: the quick check finds it, the newest good backup is offered, and the
damaged file is set aside under a name that says so, never written over."""

import datetime as dt
import hashlib
import shutil
import subprocess
import sys

import pytest

from desk import cli, models
from desk.errors import Conflict
from desk.models import Person
from desk.services.common import backups, recovery
from tests.backup_helpers import count, files_of, fill, garbage_in_the_middle
from tests.unit.test_restore import HOLDER

NOW = dt.datetime(2026, 11, 29, 18, 0)


@pytest.fixture
def damaged(volunteer, tmp_path):
    """Backups at 10:00 and 14:00 (a third at 16:00 is itself damaged), then the desk's file damaged."""
    fill(volunteer, people=40, photos=2)
    backups.automatic(tmp_path / "desk.db", now=NOW.replace(hour=10))
    fill(volunteer, people=5, photos=1, start=100)
    good = backups.automatic(tmp_path / "desk.db", now=NOW.replace(hour=14)).path
    bad = backups.automatic(tmp_path / "desk.db", now=NOW.replace(hour=16)).path
    garbage_in_the_middle(bad, seed=3)
    fill(volunteer, people=3, photos=0, start=200)  # recorded after the last good backup: lost
    models.db.close()
    garbage_in_the_middle(tmp_path / "desk.db")
    return good


def test_the_quick_check_tells_a_damaged_file_from_a_good_one(volunteer, tmp_path):
    fill(volunteer, people=40, photos=0)
    models.db.close()
    path = tmp_path / "desk.db"
    assert recovery.quick_check(path) is None
    assert recovery.quick_check(tmp_path / "missing.db") is None  # a new desk, not a damaged one
    broken = tmp_path / "broken.db"
    shutil.copyfile(path, broken)
    garbage_in_the_middle(broken)
    assert recovery.quick_check(broken)
    header = tmp_path / "header.db"
    shutil.copyfile(path, header)
    with header.open("r+b") as fh:
        fh.write(b"\0" * 100)
    assert "not a database" in recovery.quick_check(header)
    # The check writes nothing into the file it judges.
    before = broken.read_bytes()
    recovery.quick_check(broken)
    assert broken.read_bytes() == before
    wal = tmp_path / "broken.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_newest_good_backup_is_offered_and_a_damaged_one_passed_over(damaged, tmp_path):
    assert recovery.quick_check(tmp_path / "desk.db")
    offer = recovery.newest_good_backup(tmp_path)
    assert offer.path == damaged and offer.at == NOW.replace(hour=14)
    assert offer.people == 45


def test_recovering_keeps_the_damaged_file_and_installs_the_backup(damaged, tmp_path):
    damaged_bytes = hashlib.sha256((tmp_path / "desk.db").read_bytes()).hexdigest()
    photos_before = files_of(tmp_path / "attachments")
    done = recovery.recover(tmp_path, damaged)
    assert done.damaged_kept_as.name.startswith("desk.damaged-") and done.damaged_kept_as.parent == tmp_path
    assert hashlib.sha256(done.damaged_kept_as.read_bytes()).hexdigest() == damaged_bytes
    assert recovery.quick_check(tmp_path / "desk.db") is None
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 45
    assert (done.photos, done.photos_missing) == (3, 0)
    after = files_of(tmp_path / "attachments")
    assert all(after[name] == content for name, content in photos_before.items())  # nothing taken away


def test_recovering_brings_back_photos_lost_from_the_data_folder(damaged, tmp_path):
    shutil.rmtree(tmp_path / "attachments")
    done = recovery.recover(tmp_path, damaged)
    assert done.photos == 3 and len(files_of(tmp_path / "attachments")) == 3


def test_recovery_is_refused_while_another_program_has_the_file_open(damaged, tmp_path):
    before = files_of(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.replace("person", "sqlite_master"),
                               str(tmp_path / "desk.db")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(Conflict, match=f"pid {holder.pid}"):
            recovery.recover(tmp_path, damaged)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert {k: v for k, v in files_of(tmp_path).items() if not k.endswith(("-wal", "-shm"))} == before


def test_the_command_line_restore_sets_a_damaged_database_aside(damaged, tmp_path, capsys):
    assert cli.main(["restore", "--data-dir", str(tmp_path), str(damaged)]) == 0
    assert "desk.damaged-" in capsys.readouterr().out
    assert len(list(tmp_path.glob("desk.damaged-*.db"))) == 1
    from desk import db

    db.init_db(tmp_path / "desk.db")
    assert Person.select().count() == 45
