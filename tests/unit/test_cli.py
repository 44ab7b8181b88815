import sqlite3
import subprocess
import sys

from desk import __version__, cli, models
from desk.models import Person, Visit


def test_version(capsys):
    try:
        cli.main(["--version"])
    except SystemExit as done:
        assert done.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_desk_works():
    out = subprocess.run([sys.executable, "-m", "desk", "--version"], capture_output=True, text=True, check=True)
    assert "Station Desk" in out.stdout


def test_demo_fills_an_empty_folder_and_refuses_a_full_one(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert cli.main(["demo", "--data-dir", str(folder), "--people", "40", "--days", "30"]) == 0
    assert Person.select().count() >= 30
    assert Visit.select().count() > 30
    assert cli.main(["demo", "--data-dir", str(folder)]) == 2
    assert "already holds data" in capsys.readouterr().err


def test_data_dir_from_environment(tmp_path, monkeypatch):
    from desk import config

    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "x"))
    assert config.default_data_dir() == tmp_path / "x"


def test_backup_and_restore_keep_the_current_database(tmp_path, capsys):
    folder = tmp_path / "desk"
    cli.main(["demo", "--data-dir", str(folder), "--people", "20", "--days", "5"])
    people = Person.select().count()
    models.db.close()
    backup = tmp_path / "b.db"
    assert cli.main(["backup", "--data-dir", str(folder), "-o", str(backup)]) == 0
    with sqlite3.connect(backup) as con:
        assert con.execute("select count(*) from person").fetchone()[0] == people
    assert cli.main(["restore", "--data-dir", str(folder), str(backup)]) == 0
    kept = list((folder / "backups").glob("desk-*-before-restore.db"))
    assert len(kept) == 1


def test_restore_refuses_a_file_that_is_not_a_desk_database(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    assert cli.main(["restore", "--data-dir", str(tmp_path / "d"), str(junk)]) == 2
    assert not (tmp_path / "d" / "desk.db").exists()
