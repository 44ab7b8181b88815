"""Automatic backups: the database (online backup API, checked) and its photos, into the data folder's
``backups`` or the folder an admin chose (a USB stick; missing: the data folder, and said), kept in
rotation, with the outcome written for the status bar."""

import datetime as dt
import errno
import os
import sqlite3

import pytest

from desk.config import Settings
from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog
from desk.services.common import attachments, backup_status, backups, rotation
from tests.backup_helpers import count, fill

NOW = dt.datetime(2026, 11, 29, 18, 0)


def test_a_backup_holds_the_records_and_its_photos_once(volunteer, tmp_path):
    fill(volunteer, people=5, photos=3)
    first = backups.automatic(tmp_path / "desk.db", now=NOW)
    assert first.path == tmp_path / "backups" / "desk-20261129-180000.db"
    assert count(first.path, "SELECT COUNT(*) FROM visit") == 15
    assert count(first.path, "PRAGMA integrity_check") == "ok"
    assert (first.photos, first.photos_missing) == (3, 0)
    store = tmp_path / "backups" / "attachments"
    stored = sorted(p.relative_to(store).as_posix() for p in store.rglob("*") if p.is_file())
    assert stored == sorted(row[0] for row in backups.listed_photos(first.path))
    for name in stored:
        assert (store / name).read_bytes() == (tmp_path / "attachments" / name).read_bytes()
    # The next backup lists the same photos and copies none of them again.
    times = {name: (store / name).stat().st_mtime_ns for name in stored}
    second = backups.automatic(tmp_path / "desk.db", now=NOW + dt.timedelta(hours=4))
    assert second.photos == 3 and {n: (store / n).stat().st_mtime_ns for n in stored} == times
    # One self-contained file: opening a backup leaves nothing beside it.
    with sqlite3.connect(second.path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in (tmp_path / "backups").glob("desk-*")) == [first.path.name, second.path.name]


def test_the_status_says_when_the_last_good_backup_was_made(volunteer, tmp_path):
    assert backup_status.health(backup_status.read(tmp_path), NOW).level == backup_status.NEVER
    result = backups.automatic(tmp_path / "desk.db", now=NOW)
    status = backup_status.read(tmp_path)
    assert status.good_at == NOW and status.last_good_path == str(result.path)
    assert backup_status.health(status, NOW + dt.timedelta(hours=23)).level == backup_status.OK
    assert backup_status.health(status, NOW + dt.timedelta(hours=25)).level == backup_status.OLD
    # Without the status file (an older desk) the newest backup's name tells the time.
    (tmp_path / backup_status.STATUS_FILE).unlink()
    assert backup_status.read(tmp_path).good_at == NOW


def test_a_failed_backup_is_said_until_a_good_one_follows(volunteer, tmp_path, monkeypatch):
    backups.automatic(tmp_path / "desk.db", now=NOW)

    def full(source, target, check=True):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "backup_file", full)
    later = NOW + dt.timedelta(hours=4)
    with pytest.raises(ValidationError, match="No space left"):
        backups.automatic(tmp_path / "desk.db", now=later)
    health = backup_status.health(backup_status.read(tmp_path), later)
    assert health.level == backup_status.FAILED and health.good_at == NOW
    assert "No space left" in health.status.last_error
    monkeypatch.undo()
    backups.automatic(tmp_path / "desk.db", now=later + dt.timedelta(minutes=5))
    assert backup_status.health(backup_status.read(tmp_path), later).level == backup_status.OK


def test_the_chosen_folder_is_used_and_a_missing_one_falls_back_to_the_data_folder(volunteer, tmp_path):
    fill(volunteer, people=2, photos=1)
    usb = tmp_path / "U盘" / "驿站备份"
    usb.mkdir(parents=True)
    on_usb = backups.automatic(tmp_path / "desk.db", chosen=str(usb), now=NOW)
    assert on_usb.path.parent == usb and on_usb.fell_back_from == ""
    assert len(list((usb / "attachments").rglob("*.png"))) == 1
    usb.rename(tmp_path / "U盘" / "unplugged")
    fallback = backups.automatic(tmp_path / "desk.db", chosen=str(usb), now=NOW + dt.timedelta(hours=1))
    assert fallback.path.parent == tmp_path / "backups" and fallback.fell_back_from == str(usb)
    health = backup_status.health(backup_status.read(tmp_path), NOW + dt.timedelta(hours=1))
    assert health.level == backup_status.FELL_BACK and health.status.fell_back_from == str(usb)


def test_rotation_deletes_old_backups_and_the_photos_only_they_listed(volunteer, staff, tmp_path):
    fill(volunteer, people=2, photos=2)
    gone, kept = attachments.for_owner("wish", 1)[0], attachments.for_owner("wish", 2)[0]
    old = backups.automatic(tmp_path / "desk.db", now=NOW - dt.timedelta(days=400))
    attachments.remove(gone.id, staff, "拍错了")  # (an erased person's photo goes the same way)
    backups.automatic(tmp_path / "desk.db", now=NOW)
    store = tmp_path / "backups" / "attachments"
    assert not old.path.exists()
    assert not (store / gone.stored_name).exists() and (store / kept.stored_name).exists()
    assert not any(p for p in store.iterdir() if p.is_dir() and not any(p.iterdir()))


def test_rotation_on_disk_follows_the_rule(tmp_path, volunteer):
    folder = tmp_path / "backups"
    first = backups.automatic(tmp_path / "desk.db", now=NOW - dt.timedelta(days=60))
    names = [rotation.file_name(NOW - dt.timedelta(hours=6 * i)) for i in range(1, 200)]
    for name in names:
        (folder / name).write_bytes(first.path.read_bytes())
    (folder / "我的备份.db").write_bytes(first.path.read_bytes())
    result = backups.rotate(folder, NOW)
    left = {p.name for p in folder.glob("*.db")}
    assert left == rotation.to_keep(names + [first.path.name, "我的备份.db"], NOW)
    assert set(result.deleted).isdisjoint(left) and "我的备份.db" in left


def test_a_backup_interrupted_long_ago_leaves_no_temporary_file(volunteer, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "desk-20261128-100000.db.part"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    fresh = folder / "desk-20261129-175959.db.part"  # another process writing right now
    fresh.write_bytes(b"half")
    backups.automatic(tmp_path / "desk.db")
    assert not stale.exists() and fresh.exists()


def test_the_menu_backup_into_a_folder_brings_the_photos(volunteer, tmp_path):
    fill(volunteer, people=1, photos=2)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = backups.back_up(volunteer, usb)
    assert result.path.parent == usb and result.photos == 2
    assert len(list((usb / "attachments").rglob("*.png"))) == 2
    assert backup_status.read(tmp_path).last_good_path == str(result.path)


def test_only_an_admin_chooses_the_backup_folder_and_it_is_audited(admin, volunteer, tmp_path):
    settings = Settings()
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(PermissionDenied):
        backups.set_folder(settings, tmp_path, str(usb), volunteer)
    with pytest.raises(ValidationError):
        backups.set_folder(settings, tmp_path, str(tmp_path / "nowhere"), admin)
    assert settings.backup_folder == ""
    assert backups.set_folder(settings, tmp_path, str(usb), admin) == str(usb.resolve())
    assert Settings.load(tmp_path).backup_folder == str(usb.resolve())
    row = AuditLog.get(AuditLog.action == "settings.backup_folder")
    assert row.operator_id == admin.id and str(usb.resolve()) in row.after
    assert backups.set_folder(settings, tmp_path, "", admin) == ""
    assert Settings.load(tmp_path).backup_folder == ""


def test_the_data_folder_itself_cannot_be_the_backup_folder(admin, volunteer, tmp_path):
    """Its photo store would be the desk's own photos, pruned by the rotation."""
    fill(volunteer, people=1, photos=1)
    for inside in (tmp_path, tmp_path / "attachments"):
        with pytest.raises(ValidationError, match="own data"):
            backups.set_folder(Settings(), tmp_path, str(inside), admin)
    # Set by hand in settings.json: ignored, said, and the photos are safe.
    result = backups.automatic(tmp_path / "desk.db", chosen=str(tmp_path))
    assert result.path.parent == tmp_path / "backups" and result.fell_back_from == str(tmp_path)
    assert len(list((tmp_path / "attachments").rglob("*.png"))) == 1


def test_the_command_line_backup_is_the_desks_own_backup(volunteer, tmp_path, capsys):
    from desk import cli

    fill(volunteer, people=2, photos=1)
    assert cli.main(["backup", "--data-dir", str(tmp_path)]) == 0
    assert "1 photos" in capsys.readouterr().out
    assert len(backups.entries(tmp_path / "backups")) == 1
    assert backup_status.read(tmp_path).photos == 1
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli.main(["backup", "--data-dir", str(tmp_path), "-o", str(usb)]) == 0
    assert len(backups.entries(usb)) == 1 and len(list((usb / "attachments").rglob("*.png"))) == 1
    assert cli.main(["backup", "--data-dir", str(tmp_path), "-o", str(tmp_path / "copy.db")]) == 0
    assert "no photos" in capsys.readouterr().out and count(tmp_path / "copy.db", "SELECT COUNT(*) FROM person") == 2
