import base64
import re

import pytest
import segno

from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import AuditLog
from desk.reports import cards as card_sheet
from desk.services.people import cards
from desk.services.people import merge
from desk.services.people import records as people
from desk.services.people.records import PersonInput, create_person


@pytest.fixture
def three(volunteer):
    return [
        create_person(PersonInput("张阳", "13812345678", platform="美团"), volunteer),
        create_person(PersonInput("欧阳建国", "13900001111", kind="courier", platform="顺丰"), volunteer),
        create_person(PersonInput("刘奶奶", None, kind="elderly"), volunteer),
    ]


def test_cards_carry_masked_phone_and_code_in_order(three):
    got = cards.cards_for([three[1].id, three[0].id, three[2].id])
    assert [c.name for c in got] == ["欧阳建国", "张阳", "刘奶奶"]
    assert got[1].phone == "138****5678" and got[2].phone == ""
    assert got[1].code == three[0].card_code
    with pytest.raises(ValidationError):
        cards.cards_for([])


def test_merged_people_get_no_card(three, staff):
    twin = create_person(PersonInput("张阳", None, platform="美团"), staff)
    merge.merge_people(three[0].id, twin.id, staff)
    assert [c.person_id for c in cards.cards_for([three[0].id, twin.id])] == [three[0].id]


def test_sheet_html_has_ten_cards_a_page_masked_phones_and_qr_of_each_code(three):
    many = cards.cards_for([p.id for p in three]) * 4  # 12 cards -> two pages
    html = card_sheet.card_sheet_html(many, "乐享驿站")
    assert html.count("乐享驿站 · 会员卡") == 12
    assert html.count("page-break-before") == 1
    assert "13812345678" not in html and "138****5678" in html
    uris = re.findall(r'src="(data:image/png;base64,[^"]+)"', html)
    qr_uris = [u for u in uris if u != card_sheet._STRUT]
    assert len(qr_uris) == 12
    expected = segno.make(three[0].card_code, error="m", micro=False).png_data_uri(scale=card_sheet.MODULE_PX * 4, border=2)
    assert qr_uris[0] == expected
    assert base64.b64decode(qr_uris[0].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"


def test_names_are_escaped(volunteer):
    p = create_person(PersonInput("<b>王</b>", "13700002222"), volunteer)
    html = card_sheet.card_sheet_html(cards.cards_for([p.id]), "驿站")
    assert "<b>王</b>" not in html and "&lt;b&gt;王&lt;/b&gt;" in html


def test_reissue_card_changes_code_and_old_card_stops_working(three, volunteer, staff):
    old = three[0].card_code
    with pytest.raises(PermissionDenied):  # a lost card is reissued by staff: the old one stops working
        cards.reissue_card(three[0].id, volunteer)
    new = cards.reissue_card(three[0].id, staff).card_code
    assert new != old and new.startswith("LX")
    assert people.search(old) == []
    assert people.search(new)[0].id == three[0].id
    assert AuditLog.select().where(AuditLog.action == "person.reissue_card").count() == 1
    merge.merge_people(three[0].id, three[1].id, staff)  # three[1] is closed now
    with pytest.raises(Conflict):
        cards.reissue_card(three[1].id, staff)
