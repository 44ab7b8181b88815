"""Restore is safe: the file is checked before anything changes, nobody else may have the database open,
the current database is kept aside first, the swap is checked and undone if wrong, photos come back."""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desk import cli, db, models
from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import Person
from desk.services.common import attachments, backups, restore, rotation
from tests.backup_helpers import count, files_of, fill, garbage_in_the_middle


@pytest.fixture
def station(admin, volunteer, tmp_path):
    """A desk with 30 people and 2 photos, backed up; then more people and a photo came after the backup."""
    fill(volunteer, people=30, photos=2)
    backup = backups.automatic(tmp_path / "desk.db").path
    fill(volunteer, people=5, photos=1, start=100)
    return backup


def test_a_backup_with_garbage_in_its_middle_is_refused_and_nothing_changes(station, admin, tmp_path):
    bad = tmp_path / "bad.db"
    shutil.copyfile(station, bad)
    garbage_in_the_middle(bad)
    models.db.close()
    before = files_of(tmp_path)
    with pytest.raises(ValidationError, match="damaged"):
        restore.restore(admin, bad, tmp_path)
    assert files_of(tmp_path) == before  # not even a safety copy or a staging folder
    assert Person.select().count() == 35  # and the desk's session goes on


def test_files_that_are_not_a_desk_database_are_refused(admin, tmp_path):
    other = tmp_path / "other.db"
    with __import__("sqlite3").connect(other) as con:
        con.execute("CREATE TABLE person (name)")
        con.execute("CREATE TABLE visit (at)")
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 500)
    newer = tmp_path / "newer.db"
    shutil.copyfile(backups.automatic(tmp_path / "desk.db").path, newer)
    with __import__("sqlite3").connect(newer) as con:
        con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    for path, why in ((other, "not a Station Desk database"), (text, "damaged"), (newer, "newer Station Desk"),
                      (tmp_path / "missing.db", "not a file")):
        with pytest.raises(ValidationError, match=why):
            restore.restore(admin, path, tmp_path)


def test_a_good_backup_restores_records_and_photos_and_keeps_the_current_database(station, admin, tmp_path):
    restored = restore.restore(admin, station, tmp_path)
    assert (restored.backup.people, restored.photos, restored.photos_missing) == (30, 2, 0)
    # The session of the desk is on the restored database.
    assert Person.select().count() == 30
    assert {a.stored_name for a in models.Attachment.select()} == {
        p.relative_to(tmp_path / "attachments").as_posix() for p in (tmp_path / "attachments").rglob("*.png")}
    for name, _size, _sha in backups.listed_photos(station):
        assert attachments.path_of(models.Attachment.get(models.Attachment.stored_name == name).id).is_file()
    # What was replaced is a backup (with its 3 photos), kept 14 days by the rotation.
    kept = restored.kept_as
    assert rotation.parse(kept.name).label == rotation.SAFETY_LABEL
    assert count(kept, "SELECT COUNT(*) FROM person") == 35
    assert {n for n, _s, _h in backups.listed_photos(kept)} <= {
        p.relative_to(kept.parent / "attachments").as_posix() for p in (kept.parent / "attachments").rglob("*.png")}
    assert not list(tmp_path.glob(".restore-*"))
    # ... and it restores back.
    again = restore.restore(admin, kept, tmp_path)
    assert Person.select().count() == 35 and again.photos == 3


def test_only_an_admin_restores(station, volunteer, staff, tmp_path):
    for operator in (volunteer, staff, None):
        with pytest.raises(PermissionDenied):
            restore.restore(operator, station, tmp_path)


def test_a_bad_swap_is_rolled_back(station, admin, tmp_path, monkeypatch):
    models.db.close()
    before = files_of(tmp_path)
    before = {k: v for k, v in before.items() if not k.startswith("backups")}

    def wrong(target, info):
        raise ValidationError("The restored database did not match the backup; the database is as it was.")

    monkeypatch.setattr(restore, "after_swap", wrong)
    with pytest.raises(ValidationError, match="as it was"):
        restore.restore(admin, station, tmp_path)
    models.db.close()
    after = {k: v for k, v in files_of(tmp_path).items() if not k.startswith("backups")}
    assert after == before  # the database, its log and its photos, byte for byte
    assert not list(tmp_path.glob(".restore-*"))
    assert Person.select().count() == 35


def test_a_rename_failing_halfway_is_rolled_back(station, admin, tmp_path, monkeypatch):
    real, calls = os.replace, []

    def failing(src, dst):
        calls.append((src, dst))
        if len(calls) == 4:  # after the old database and photos moved aside, before the new ones are in
            raise OSError(5, "Input/output error")
        return real(src, dst)

    models.db.close()
    before = {k: v for k, v in files_of(tmp_path).items() if not k.startswith("backups")}
    monkeypatch.setattr(restore.os, "replace", failing)
    with pytest.raises(ValidationError, match="Input/output error"):
        restore.restore(admin, station, tmp_path)
    monkeypatch.undo()
    models.db.close()
    assert {k: v for k, v in files_of(tmp_path).items() if not k.startswith("backups")} == before
    assert count(tmp_path / "desk.db", "PRAGMA integrity_check") == "ok"


HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1])
    con.execute("SELECT COUNT(*) FROM person").fetchone()  # open in WAL mode: the -shm is locked
    print("ready", flush=True)
    sys.stdin.readline()
""")


def test_restore_is_refused_while_another_process_holds_the_database(station, admin, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "desk.db")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = Person.select().count()
        with pytest.raises(Conflict) as refused:
            restore.restore(admin, station, tmp_path)
        assert f"pid {holder.pid}" in str(refused.value)
        assert Person.select().count() == before  # the session was given back its database
        assert not list((tmp_path / "backups").glob("*before-restore*"))
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    restore.restore(admin, station, tmp_path)  # once it has gone, the restore goes ahead
    assert Person.select().count() == 30


LOCKER = textwrap.dedent("""
    import fcntl, json, os, sys
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.write(fd, json.dumps({"pid": os.getpid(), "host": "前台电脑", "since": "2026-11-29 09:30"}).encode())
    print("ready", flush=True)
    sys.stdin.readline()
""")


def test_restore_is_refused_while_a_desk_window_holds_the_data_folder(station, admin, tmp_path):
    window = subprocess.Popen([sys.executable, "-c", LOCKER, str(tmp_path / "desk.lock")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "ready"
        with pytest.raises(Conflict, match=f"Station Desk \\(前台电脑, pid {window.pid}, 2026-11-29 09:30\\)"):
            restore.restore(admin, station, tmp_path)
    finally:
        window.stdin.close()
        window.wait(timeout=10)
    # Its own lock (a window restoring from inside) does not count.
    fd = os.open(tmp_path / "desk.lock", os.O_RDWR)
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid()}).encode())
        restore.restore(admin, station, tmp_path)
    finally:
        os.close(fd)


def test_the_command_line_restores_safely_too(station, tmp_path, capsys):
    models.db.close()
    bad = tmp_path / "bad.db"
    shutil.copyfile(station, bad)
    garbage_in_the_middle(bad)
    before = files_of(tmp_path)
    assert cli.main(["restore", "--data-dir", str(tmp_path), str(bad)]) == 2
    assert "damaged" in capsys.readouterr().err
    assert files_of(tmp_path) == before
    assert cli.main(["restore", "--data-dir", str(tmp_path), str(station)]) == 0
    out = capsys.readouterr().out
    assert "30" in out and "before-restore" in out
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 30
    models.db.close()
    db.init_db(tmp_path / "desk.db")  # and the desk opens it
    assert Person.select().count() == 30


def test_the_command_line_waits_for_no_one(station, tmp_path, capsys):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "desk.db")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        models.db.close()
        assert cli.main(["restore", "--data-dir", str(tmp_path), str(station)]) == 2
        assert f"pid {holder.pid}" in capsys.readouterr().err
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert count(tmp_path / "desk.db", "SELECT COUNT(*) FROM person") == 35


def test_a_backup_copied_alone_restores_its_records_and_says_which_photos_it_lacks(station, admin, tmp_path):
    alone = tmp_path / "elsewhere" / Path(station).name
    alone.parent.mkdir()
    shutil.copyfile(station, alone)
    shutil.rmtree(tmp_path / "backups" / "attachments")
    for photo in list((tmp_path / "attachments").rglob("*.png"))[:1]:
        photo.unlink()
    restored = restore.restore(admin, alone, tmp_path)
    assert restored.backup.people == 30 and restored.photos + restored.photos_missing == 2
    assert restored.photos_missing >= 1


def test_a_restore_cut_short_between_its_renames_is_undone_at_the_next_start(station, tmp_path):
    """A power cut after the old database was moved aside and before the backup took its place."""
    models.db.close()
    before = {k: v for k, v in files_of(tmp_path).items() if k == "desk.db" or k.startswith("attachments")}
    staging = tmp_path / ".restore-20261129-180000" / "old"
    staging.mkdir(parents=True)
    os.replace(tmp_path / "desk.db", staging / "desk.db")
    os.replace(tmp_path / "attachments", staging / "attachments")
    assert restore.finish_interrupted(tmp_path)
    assert {k: v for k, v in files_of(tmp_path).items() if k == "desk.db" or k.startswith("attachments")} == before
    assert not list(tmp_path.glob(".restore-*"))
    # A swap that had finished only leaves its staging folder behind, which goes.
    (tmp_path / ".restore-20261129-190000" / "old").mkdir(parents=True)
    restore.finish_interrupted(tmp_path)
    assert not list(tmp_path.glob(".restore-*")) and (tmp_path / "desk.db").exists()
