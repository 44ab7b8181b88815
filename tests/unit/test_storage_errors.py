"""A full disk or a read-only data folder: the write fails with a clear message (a ``StorageError``),
nothing saved before is lost, and the desk goes on writing once there is room again.

The error is injected at the database layer (a cursor that fails the way SQLite does, on an
INSERT or at COMMIT); and, where the machine allows it (root, Linux), a real 4 MB tmpfs fills up.
"""

import errno
import os
import sqlite3
import subprocess
import sys

import peewee as pw
import pytest

from desk import db, models
from desk.errors import DISK_FULL, READ_ONLY, WRITE_FAILED, StorageError, storage_error
from desk.models import Person, Visit
from desk.services.checkin import visits
from desk.services.people import records


class FailingCursor:
    def __init__(self, real, when, message):
        self.real, self.when, self.message = real, when, message

    def execute(self, sql, params=()):
        if self.when(sql):
            raise sqlite3.OperationalError(self.message)
        return self.real.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.fixture
def failing(monkeypatch):
    """``failing(when, message)``: from now on, statements for which ``when(sql)`` is true fail."""
    database = models.db.obj
    real = database.cursor

    def install(when, message):
        monkeypatch.setattr(database, "cursor", lambda *a, **k: FailingCursor(real(*a, **k), when, message))

    yield install
    monkeypatch.setattr(database, "cursor", real)


def _rider(operator):
    rider = records.create_person(records.PersonInput(name="张阳", phone="13812345678"), operator)
    visits.check_in(rider.id, [s.id for s in visits.default_services()], operator)
    return rider


@pytest.mark.parametrize("when", [lambda sql: sql.lstrip().upper().startswith("INSERT"),
                                  lambda sql: sql.strip().upper() == "COMMIT"], ids=["insert", "commit"])
def test_a_full_disk_is_said_plainly_and_nothing_saved_is_lost(volunteer, failing, monkeypatch, when):
    rider = _rider(volunteer)
    failing(when, "database or disk is full")
    with pytest.raises(StorageError) as refused:
        records.create_person(records.PersonInput(name="李四", phone="13900001111"), volunteer)
    assert refused.value.template == DISK_FULL
    monkeypatch.undo()  # room again
    assert [p.name for p in Person.select()] == ["张阳"] and Visit.select().count() == 1
    records.create_person(records.PersonInput(name="李四", phone="13900001111"), volunteer)
    visits.check_in(rider.id, [s.id for s in visits.default_services()], volunteer, allow_repeat=True)
    assert Person.select().count() == 2 and Visit.select().count() == 2
    assert models.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_data_folder_is_said_plainly(volunteer, failing, monkeypatch):
    _rider(volunteer)
    failing(lambda sql: sql.strip().upper() == "COMMIT", "attempt to write a readonly database")
    with pytest.raises(StorageError) as refused:
        visits.check_in(Person.get().id, [s.id for s in visits.default_services()], volunteer, allow_repeat=True)
    assert refused.value.template == READ_ONLY
    monkeypatch.undo()
    assert Visit.select().count() == 1


def test_other_database_errors_are_not_mistaken_for_the_disk(volunteer, failing):
    failing(lambda sql: sql.lstrip().upper().startswith("INSERT"), "no such table: person")
    with pytest.raises(pw.OperationalError):
        records.create_person(records.PersonInput(name="李四"), volunteer)


def test_the_errors_of_the_disk_are_told_apart():
    assert storage_error(OSError(errno.ENOSPC, "No space left on device")).template == DISK_FULL
    assert storage_error(OSError(errno.EROFS, "Read-only file system")).template == READ_ONLY
    assert storage_error(PermissionError(errno.EACCES, "Permission denied")).template == READ_ONLY
    assert storage_error(OSError(errno.EIO, "Input/output error")).template == WRITE_FAILED
    wrapped = pw.OperationalError(sqlite3.OperationalError("disk I/O error"), "disk I/O error")
    assert storage_error(wrapped).template == WRITE_FAILED
    assert storage_error(ValueError("database or disk is full")) is None  # only the database's or the OS's
    assert storage_error(pw.IntegrityError("UNIQUE constraint failed: person.phone")) is None




@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs (root on Linux only; skipped elsewhere, the injected tests above cover it)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount
    finally:
        models.db.close()
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_really_full_disk(small_disk):
    models.db.close()
    db.init_db(small_disk / "desk.db")
    from desk.services.common import accounts, catalogs

    catalogs.ensure_defaults()
    operator = accounts.add_operator("管理员")
    rider = _rider(operator)
    stat = os.statvfs(small_disk)
    filler = small_disk / "filler"
    with filler.open("wb") as fh:
        try:
            fh.write(b"\0" * (stat.f_bavail * stat.f_frsize))
        except OSError:
            pass
    refused = 0
    for i in range(50):  # a note long enough to need new pages every few people
        try:
            records.create_person(records.PersonInput(name=f"骑手{i}", note="x" * 400), operator)
        except StorageError as exc:
            assert exc.template == DISK_FULL
            refused += 1
    assert refused > 0
    saved = Person.select().count()
    filler.unlink()
    visits.check_in(rider.id, [s.id for s in visits.default_services()], operator, allow_repeat=True)
    assert Person.select().count() == saved and Visit.select().count() == 2
    models.db.close()
    with sqlite3.connect(small_disk / "desk.db") as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*) FROM person").fetchone()[0] == saved
