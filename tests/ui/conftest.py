"""Fixtures for the window tests: a desk context with a volunteer on duty."""

import pytest

from desk.config import Settings
from desk.ui.context import DeskContext


@pytest.fixture
def ctx(volunteer, tmp_path):
    return DeskContext(operator=volunteer, settings=Settings(), data_dir=tmp_path)


@pytest.fixture
def staff_ctx(staff, tmp_path):
    return DeskContext(operator=staff, settings=Settings(), data_dir=tmp_path)


@pytest.fixture
def admin_ctx(admin, tmp_path):
    return DeskContext(operator=admin, settings=Settings(), data_dir=tmp_path)
