"""What a Windows desk meets that Linux hides: a console that cannot print Chinese, the per-user
data folder of each platform, and a window started without a console."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk import cli, config

ROOT = Path(__file__).resolve().parents[2]


def desk_in_cp1252(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``python -m desk`` as a Western Windows console (code page 1252) runs it."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT)}
    env.pop("DESK_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desk", *args], cwd=cwd, env=env, capture_output=True, timeout=120)


def test_help_prints_on_a_console_that_cannot_show_chinese(tmp_path):
    done = desk_in_cp1252("--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
    assert b"Station Desk" in done.stdout and b"UnicodeEncodeError" not in done.stderr


def test_import_people_reports_chinese_names_on_such_a_console(tmp_path):
    sheet = tmp_path / "花名册.csv"
    sheet.write_text("姓名,手机号,平台\n张阳,13812345678,美团\n李雪梅,13987654321,饿了么\n", encoding="utf-8")
    data = tmp_path / "驿站#2 数据"
    done = desk_in_cp1252("import-people", str(sheet), "--data-dir", str(data), "--operator", "刘主任", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
    assert b"UnicodeEncodeError" not in done.stderr
    with sqlite3.connect(data / "desk.db") as con:
        assert {r[0] for r in con.execute("select name from person")} == {"张阳", "李雪梅"}


def test_demo_prints_its_chinese_folder_on_such_a_console(tmp_path):
    data = tmp_path / "驿站 演示"
    done = desk_in_cp1252("demo", "--data-dir", str(data), "--people", "12", "--days", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
    assert b"demo database" in done.stdout and (data / "desk.db").exists()


# --- the per-user data folder, by the platform's rules (QStandardPaths.AppDataLocation) ----

def test_windows_keeps_the_desk_in_appdata(tmp_path):
    roaming = tmp_path / "Users" / "lx" / "AppData" / "Roaming"
    assert config.user_data_dir("win32", {"APPDATA": str(roaming)}, tmp_path) == roaming / "StationDesk"
    assert config.user_data_dir("win32", {}, tmp_path) == tmp_path / "AppData" / "Roaming" / "StationDesk"


def test_macos_keeps_the_desk_in_application_support(tmp_path):
    expected = tmp_path / "Library" / "Application Support" / "StationDesk"
    assert config.user_data_dir("darwin", {"XDG_DATA_HOME": "/elsewhere"}, tmp_path) == expected


def test_linux_follows_xdg_data_home(tmp_path):
    local_share = tmp_path / ".local" / "share" / "station-desk"
    xdg = tmp_path / "xdg"
    assert config.user_data_dir("linux", {"XDG_DATA_HOME": str(xdg)}, tmp_path) == xdg / "station-desk"
    assert config.user_data_dir("linux", {}, tmp_path) == local_share
    # A relative XDG_DATA_HOME is invalid by the spec and ignored.
    assert config.user_data_dir("linux", {"XDG_DATA_HOME": "rel"}, tmp_path) == local_share


@pytest.mark.parametrize("platform, expected", [
    ("win32", ("AppData", "Roaming", "StationDesk")),
    ("darwin", ("Library", "Application Support", "StationDesk")),
    ("linux", (".local", "share", "station-desk")),
])
def test_default_data_dir_on_each_platform(tmp_path, monkeypatch, platform, expected):
    monkeypatch.delenv("DESK_DATA_DIR", raising=False)
    monkeypatch.delenv("APPDATA", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    assert config.default_data_dir() == tmp_path.joinpath(*expected)
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "chosen"))
    assert config.default_data_dir() == tmp_path / "chosen"


def test_a_mac_that_already_has_a_desk_under_local_share_keeps_it(tmp_path, monkeypatch):
    monkeypatch.delenv("DESK_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "darwin")
    legacy = tmp_path / ".local" / "share" / "station-desk"
    legacy.mkdir(parents=True)
    (legacy / "desk.db").write_bytes(b"")
    assert config.default_data_dir() == legacy


# --- a window without a console ---------------------------------------------------------------

def test_the_gui_entry_point_is_declared():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.gui-scripts]\ndesk-window = "desk.cli:gui_main"' in text


def test_without_a_console_there_are_no_streams_and_nothing_crashes(monkeypatch):
    # pythonw (a gui-script on Windows) starts with sys.stdout and sys.stderr set to None.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit) as done:
        cli.gui_main(["--no-such-option"])  # argparse writes its complaint to stderr
    assert done.value.code == 2
