"""A data folder may be called anything a volunteer types: ``#``, ``?``, spaces, Chinese.

Once a database URL was pasted together from the path: ``hash#dir`` wrote to ``hash``, and
``q?dir`` raised a TypeError. Paths are opened as paths, and a ``file:`` URI, where one is
needed (read-only), is percent-encoded.
"""

import sqlite3

import pytest

from desk import cli, models

ODD_NAMES = ["hash#dir", "q?dir", "驿站#2 数据"]


def people_in(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("select count(*) from person").fetchone()[0]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_demo_writes_desk_db_inside_that_exact_folder(tmp_path, name):
    root = tmp_path / "stations"
    folder = root / name
    assert cli.main(["demo", "--data-dir", str(folder), "--people", "12", "--days", "3"]) == 0
    models.db.close()
    assert sorted(root.rglob("desk.db")) == [folder / "desk.db"]
    assert people_in(folder / "desk.db") >= 10


@pytest.mark.parametrize("name", ODD_NAMES)
def test_backup_and_restore_work_in_that_folder(tmp_path, name, capsys):
    folder = tmp_path / "stations" / name
    cli.main(["demo", "--data-dir", str(folder), "--people", "12", "--days", "3"])
    models.db.close()
    backup = folder / "backups" / f"{name}.db"
    assert cli.main(["backup", "--data-dir", str(folder), "-o", str(backup)]) == 0
    assert cli.main(["restore", "--data-dir", str(folder), str(backup)]) == 0, capsys.readouterr().err
    assert people_in(folder / "desk.db") == people_in(backup)
    assert len(list((folder / "backups").glob("desk-*-before-restore.db"))) == 1
