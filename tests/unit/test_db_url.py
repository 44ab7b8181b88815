"""Where the database is: the data folder's file, ``--db URL`` or ``DESK_DB_URL``; portable SQL."""

import sqlite3

import peewee as pw
import pytest

from desk import cli, config, db, models, store
from desk.models import Person
from desk.services.common import accounts
from desk.services.people import PersonInput, create_person


def _people_in(path) -> list[str]:
    with sqlite3.connect(path) as con:
        return sorted(r[0] for r in con.execute("select name from person"))


def test_the_database_setting_prefers_db_then_environment_then_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(db.DB_URL_ENV, raising=False)
    assert config.db_target(tmp_path) == tmp_path / "desk.db"
    monkeypatch.setenv(db.DB_URL_ENV, "sqlite:///from-env.db")
    assert config.db_target(tmp_path) == "sqlite:///from-env.db"
    assert config.db_target(tmp_path, "postgresql://desk@127.0.0.1/desk") == "postgresql://desk@127.0.0.1/desk"


@pytest.mark.parametrize("folder_name", ["驿站#2", "q?dir", "with space"])
def test_a_plain_path_and_a_sqlite_url_open_the_same_named_file(tmp_path, folder_name):
    folder = tmp_path / folder_name
    folder.mkdir()
    admin = None
    # In a URL, a '?' starts the options: a folder name with one is written %3F.
    url = f"sqlite:///{str(folder / 'by-url.db').replace('?', '%3F')}"
    for target in (folder / "by-path.db", url):
        db.init_db(target)
        admin = accounts.add_operator("管理员")
        create_person(PersonInput(name=f"张{len(str(target))}"), admin)
        models.db.close()
    # Each file sits exactly where it was asked for: nothing cut at '#' or '?'.
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".db") == ["by-path.db", "by-url.db"]
    assert len(_people_in(folder / "by-path.db")) == len(_people_in(folder / "by-url.db")) == 1


def test_sqlite_file_of_each_kind_of_target(tmp_path):
    assert db.sqlite_file(tmp_path / "a#b.db") == tmp_path / "a#b.db"
    assert db.sqlite_file(f"sqlite:///{tmp_path}/a#b.db?timeout=5") == tmp_path / "a#b.db"
    assert db.sqlite_file(f"sqlite:///{tmp_path}/q%3Fdir/a.db") == tmp_path / "q?dir" / "a.db"
    assert db.sqlite_file("sqlite:///:memory:") is None
    assert db.sqlite_file("postgresql://desk@127.0.0.1:5432/desk") is None


def test_import_people_writes_where_db_or_the_environment_points(tmp_path, monkeypatch):
    csv = tmp_path / "名单.csv"
    csv.write_text("姓名,手机号\n张阳,13812345678\n李娜,13900001111\n", encoding="utf-8")
    folder, elsewhere, from_env = tmp_path / "data", tmp_path / "by #flag.db", tmp_path / "env.db"
    monkeypatch.delenv(db.DB_URL_ENV, raising=False)
    args = ["--data-dir", str(folder), "--db", f"sqlite:///{elsewhere}",
            "import-people", str(csv), "--operator", "王站长"]
    assert cli.main(args) == 0
    models.db.close()
    assert _people_in(elsewhere) == ["张阳", "李娜"]
    assert not (folder / "desk.db").exists()

    monkeypatch.setenv(db.DB_URL_ENV, f"sqlite:///{from_env}")
    assert cli.main(["--data-dir", str(folder), "import-people", str(csv), "--operator", "王站长"]) == 0
    models.db.close()
    assert _people_in(from_env) == ["张阳", "李娜"]
    assert not (folder / "desk.db").exists()


def test_the_window_store_opens_the_url(tmp_path, monkeypatch):
    monkeypatch.delenv(db.DB_URL_ENV, raising=False)
    target = tmp_path / "server.db"
    store.open_store(tmp_path / "data", db_url=f"sqlite:///{target}")
    assert models.db.obj.database == str(target)
    assert Person.select().count() == 0 and target.exists()


def test_group_concat_is_the_one_place_for_string_aggregation(admin):
    for name in ("张阳", "李娜"):
        create_person(PersonInput(name=name), admin)
    ids = Person.select(db.group_concat(Person.id)).scalar()
    assert sorted(int(i) for i in ids.split(",")) == [p.id for p in Person.select().order_by(Person.id)]
    live = models.db.obj
    models.db.initialize(pw.PostgresqlDatabase("desk"))  # only compiled, never connected
    try:
        sql, _params = Person.select(db.group_concat(Person.id)).sql()
    finally:
        models.db.initialize(live)
    assert "string_agg(CAST(" in sql and "group_concat" not in sql.lower()
