"""Packaging glue that pyproject.toml cannot express on its own (everything else is there).

The data files live in the top-level ``resources/`` folder (catalogs, translations, the bundled
font), but an installed desk must find them wherever pip puts it, so they ship inside the
package as ``desk.resources`` and are found through ``importlib.resources`` (see
``desk.config.RESOURCES``). A new folder under resources/ needs a line in RESOURCE_FILES;
tests/unit/test_packaging.py builds the wheel and fails on any file left behind.
"""

from setuptools import find_packages, setup

# What each resources/ folder ships; the .ts sources stay in the repository.
RESOURCE_FILES = {
    "catalogs": ["*.json"],
    "i18n": ["*.qm"],
    "fonts": ["*.ttc", "*.ttf", "*.otf", "README.md"],
}

setup(
    packages=find_packages(include=["desk", "desk.*"])
    + ["desk.resources"]
    + [f"desk.resources.{folder}" for folder in RESOURCE_FILES],
    package_dir={"desk.resources": "resources"},
    package_data={f"desk.resources.{folder}": patterns for folder, patterns in RESOURCE_FILES.items()},
)
