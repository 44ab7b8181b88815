"""The wall sheet is public: its PDF carries no phone and no full name; the thank-you list names sponsors."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata

import pytest

from desk.services.common import units
from desk.services.people.records import PersonInput, create_person
from desk.ui.widgets import printing
from desk.ui.wishes.sheets import thanks_html, wall_html
from tests.unit.wish_helpers import wish_in


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Some CJK fonts map glyphs back to Kangxi radicals in the text layer (人 → ⼈): read them as people do.
    return unicodedata.normalize("NFKC", text)


@pytest.fixture
def riders(volunteer):
    return [create_person(PersonInput(name=name, phone=phone), volunteer)
            for name, phone in (("张阳", "13812345678"), ("欧阳娜", "13987654321"))]


def test_the_wall_sheet_pdf_has_no_phone_and_no_full_name(qapp, tmp_path, riders, staff):
    from desk.services.wishes import board

    wish_in("open", riders[0].id, staff, what="一双防滑雨靴")
    second = board.take_down(board.WishInput(riders[1].id, "孩子上学用的新书包", 1, courtesy="nvshi"), staff).wish_id
    board.approve(second, staff)
    wish_in("awaiting", riders[0].id, staff, what="不该上墙的心愿")
    path = printing.write_pdf(wall_html("乐享驿站"), tmp_path / "wall.pdf")
    text = pdf_text(path)
    squeezed = re.sub(r"\s+", "", text)
    assert "雨靴" in squeezed and "书包" in squeezed and "不该上墙" not in squeezed
    assert "张师傅" in squeezed and "欧阳女士" in squeezed
    for person in riders:
        assert person.name not in squeezed
        assert person.phone[-4:] not in squeezed and person.phone[:3] + "****" not in squeezed
    assert not re.search(r"1[3-9]\d{9}", squeezed)


def test_the_thank_you_list_names_each_sponsor_and_counts_units(qapp, tmp_path, riders, staff):
    unit = units.add_unit(units.UnitInput(name="阳光幼儿园", kind="school"), staff)
    helper = create_person(PersonInput(name="李爱心", kind="volunteer"), staff)
    wish_in("fulfilled", riders[0].id, staff, unit_id=unit.id, what="儿童绘本")
    wish_in("fulfilled", riders[1].id, staff, claimant_id=helper.id, what="保温水杯")
    today = dt.date.today()
    path = printing.write_pdf(thanks_html(today.replace(day=1), today, "乐享驿站"), tmp_path / "thanks.pdf")
    squeezed = re.sub(r"\s+", "", pdf_text(path))
    assert "阳光幼儿园(1个心愿)" in squeezed and "李爱心(1个心愿)" in squeezed
    assert "儿童绘本(实送:雨靴一双)" in squeezed and "保温水杯" in squeezed  # the wish, and what was given
    assert "张阳" not in squeezed and "欧阳娜" not in squeezed and "5678" not in squeezed


def test_a_thank_you_letter_for_one_sponsor(qapp, tmp_path, riders, staff):
    unit = units.add_unit(units.UnitInput(name="阳光幼儿园", kind="school"), staff)
    other = units.add_unit(units.UnitInput(name="惠民超市", kind="shop"), staff)
    wish_in("fulfilled", riders[0].id, staff, unit_id=unit.id, what="儿童绘本")
    wish_in("fulfilled", riders[1].id, staff, unit_id=other.id, what="保温水杯")
    today = dt.date.today()
    html = thanks_html(today.replace(day=1), today, "乐享驿站", ("unit", unit.id))
    squeezed = re.sub(r"\s+", "", pdf_text(printing.write_pdf(html, tmp_path / "one.pdf")))
    assert "致阳光幼儿园" in squeezed and "儿童绘本" in squeezed and "保温水杯" not in squeezed
    assert "衷心感谢阳光幼儿园" in squeezed
    assert "超市1" in squeezed  # the year's count per unit still lists every unit (民 may read as a radical)
