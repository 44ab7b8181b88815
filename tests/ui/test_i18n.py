"""The Chinese UI: every string translated, DeskErrors shown in Chinese, an SC font chosen."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication

from desk.config import RESOURCES
from desk.errors import ValidationError, translate
from desk.services.common import accounts
from desk.ui import app as desk_app
from desk.ui import fonts
from desk.ui.errors import message_of

TS_FILES = sorted((RESOURCES / "i18n").glob("*_zh_CN.ts"))


@pytest.fixture
def chinese(qapp):
    desk_app.install_translations(qapp, "zh_CN")
    yield
    desk_app.install_translations(qapp, "en")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_has_a_chinese_translation(ts):
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").exists(), "run python tools/i18n.py update"


def test_desk_error_is_shown_in_chinese_with_terms(chinese):
    err = ValidationError(translate("DeskError", "The phone {0} already belongs to {1}."), "13812345678", "张阳")
    assert message_of(err) == "手机号 13812345678 已登记为 张阳。"
    role = ValidationError(
        translate("DeskError", "This needs the {0} role; ask a staff member or the administrator."),
        accounts.ROLE_NAMES["admin"],
    )
    assert "管理员" in message_of(role)


def test_english_is_a_setting(qapp):
    desk_app.install_translations(qapp, "en")
    err = ValidationError(translate("DeskError", "Please enter a name."))
    assert message_of(err) == "Please enter a name."


def test_a_simplified_chinese_font_is_chosen(qapp):
    family = fonts.chinese_family()
    assert family in fonts.SC_FAMILIES
    assert "JP" not in family
    assert QApplication.font() is not None
