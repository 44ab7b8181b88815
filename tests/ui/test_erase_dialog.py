"""The erase question says what goes, and that old backups keep the data for at most about a year."""

from pathlib import Path

import pytest

from desk import models
from desk.db import sqlite_file
from desk.models import Grid, Person
from desk.services.people import grids
from desk.services.people.records import PersonInput, create_person
from desk.ui import app as desk_app
from desk.ui.people.person_page import PersonPage
from desk.ui.widgets import dialogs


@pytest.fixture
def chinese(qapp):
    desk_app.install_translations(qapp, "zh_CN")
    yield
    desk_app.install_translations(qapp, "en")


def test_the_erase_question_names_the_backups_and_the_click_erases_everywhere(qtbot, admin_ctx, staff, chinese,
                                                                             monkeypatch):
    her = create_person(PersonInput("林小雨", "13912345678", note="常来充电"), staff)
    grid = Grid.get(Grid.number == 2)
    grids.update_grid(grid.id, staff, name=grid.name, leader_name="林小雨", leader_phone="13912345678")
    page = PersonPage(admin_ctx, her.id)
    qtbot.addWidget(page)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append((title, text)) or True)
    page.anonymise_button.click()
    ((title, text),) = asked
    assert "林小雨" in text and "备份" in text and "最多保留约一年" in text and "14 份每日备份" in text
    assert Person.get_by_id(her.id).anonymised_at is not None
    assert Grid.get_by_id(grid.id).leader_name == ""
    database = sqlite_file(models.db.obj.database)
    for path in (database, Path(str(database) + "-wal")):
        if path.exists():
            assert "林小雨".encode() not in path.read_bytes()
