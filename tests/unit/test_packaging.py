"""An installed desk works without the source tree: build the wheel, run it from another folder.

An editable install finds ``resources/`` in the checkout and hides a wheel that ships without
it (``desk demo`` then failed with FileNotFoundError on services.json, the window opened in
English with no Chinese font). ``.ci/run`` also installs the wheel into a fresh virtualenv.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_INPUTS = ["desk", "resources", "setup.py", "pyproject.toml", "README.md", "LICENSE"]


def _setuptools_major() -> int:
    try:
        import setuptools
    except ImportError:
        return 0
    return int(setuptools.__version__.split(".")[0])


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if _setuptools_major() < 77:
        pytest.skip("building the wheel needs setuptools>=77: pip install -e '.[test]'")
    source = tmp_path_factory.mktemp("source")
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in BUILD_INPUTS:
        if not (ROOT / name).exists():
            continue  # the build itself says what is missing
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=junk)
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    # The build backend in-process: no download, no isolated environment (pip wheel would fetch).
    build = "import sys, setuptools.build_meta as backend; backend.build_wheel(sys.argv[1])"
    subprocess.run([sys.executable, "-c", build, str(dist)], cwd=source, check=True, capture_output=True)
    return next(dist.glob("station_desk-*.whl"))


def test_the_wheel_carries_every_resource_and_the_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "desk/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in (".ts", ".pyc")
    }
    assert "desk/resources/catalogs/services.json" in shipped
    assert sorted(shipped - names) == []
    assert any(name.endswith("licenses/LICENSE") for name in names)
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "desk = desk.cli:main" in entry_points
    assert "[gui_scripts]\ndesk-window = desk.cli:gui_main" in entry_points  # no console window on Windows


def test_the_installed_wheel_fills_a_demo_and_starts_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PYTHONNOUSERSITE": "1"}
    env.pop("DESK_DATA_DIR", None)
    data = tmp_path / "data"

    def desk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "desk", *args], cwd=elsewhere, env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    filled = desk("demo", "--data-dir", str(data), "--people", "20", "--days", "7")
    assert filled.returncode == 0, filled.stderr
    assert (data / "desk.db").exists()
    started = desk("--data-dir", str(data), "--smoke-test")
    assert started.returncode == 0, started.stdout + started.stderr
    assert f"resources: {site / 'desk' / 'resources'}" in started.stdout  # not the checkout's
    assert "到访签到" in started.stdout  # the Chinese translations were loaded from the wheel
    assert "bundled: WenQuanYi Micro Hei" in started.stdout


def test_every_code_folder_is_a_package():
    """A folder of modules without ``__init__.py`` is left out of the wheel (find_packages)."""
    root = Path(__file__).resolve().parents[2] / "desk"
    missing = [str(d.relative_to(root.parent)) for d in root.rglob("*")
               if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py")) and not (d / "__init__.py").exists()]
    assert missing == []
