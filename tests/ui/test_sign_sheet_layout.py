"""The printed sign-for sheet: families together, every column wide enough, every page closed."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from desk.models import GiftItem
from desk.reports.gift_sheets import column_widths, sign_sheet_html
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock
from desk.ui.widgets.printing import write_pdf

TODAY = dt.date.today()
NAMES = ["毛林", "马永生", "毛凯明", "马梓", "方斌斌", "范鑫龙", "欧阳娜娜", "欧明", "曾国藩", "岑明"]


def campaign_for(staff, items=1):
    chosen = list(GiftItem.select().order_by(GiftItem.id).limit(items))
    for item in chosen:
        stock.receive(item.id, 200, staff)
    return gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=TODAY, ends_on=TODAY,
        items=[(item.id, 1) for item in chosen]), staff)


def names_in(html):
    return re.findall(r"<tr><td align='center'>\d+</td><td>([^<]*)</td>", html)


def test_sheet_lists_people_by_surname_then_given_name(staff):
    for i, name in enumerate(NAMES):
        people.create_person(people.PersonInput(name=name, phone=f"138000001{i:02d}"), staff)
    campaign = campaign_for(staff)
    expected = ["岑明", "范鑫龙", "方斌斌", "马永生", "马梓", "毛凯明", "毛林", "欧明", "欧阳娜娜", "曾国藩"]
    assert names_in(sign_sheet_html(campaign.id)) == expected
    assert names_in(sign_sheet_html(campaign.id, mode="not_collected")) == expected
    mazi = people.search("马梓")[0]
    yongsheng = people.search("马永生")[0]
    gifts.hand_out(campaign.id, mazi.id, staff)
    gifts.hand_out(campaign.id, yongsheng.id, staff)
    assert names_in(sign_sheet_html(campaign.id, mode="collected")) == ["马永生", "马梓"]


@pytest.mark.parametrize("items", [1, 2, 3, 4, 6])
def test_column_widths_add_up_and_leave_room_to_sign(items):
    widths = column_widths(items)
    assert sum(widths.values()) + widths["item"] * (items - 1) == 100
    assert widths["sign"] >= 10 and widths["note"] >= 8  # room to sign and to write a note


@pytest.mark.parametrize("items", [1, 3])
def test_columns_share_the_whole_page_width(staff, items):
    html = sign_sheet_html(campaign_for(staff, items).id, mode="blank", blank_rows=1)
    heads = [int(w) for w in re.findall(r"<th width='(\d+)%'", html)]
    assert len(heads) == 7 + items and sum(heads) == 100


def dark_runs(image: QImage, x: int, y0: int, y1: int) -> list[int]:
    return [y for y in range(y0, y1) if image.pixelColor(x, y).lightness() < 200]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_last_row_of_every_page_keeps_its_bottom_border(qapp, staff, tmp_path):
    for i in range(50):
        people.create_person(people.PersonInput(name=f"骑手{i:02d}", phone=f"139000000{i:02d}"), staff)
    pdf = write_pdf(sign_sheet_html(campaign_for(staff).id), tmp_path / "sheet.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "p")], check=True)
    for png in sorted(tmp_path.glob("p-*.png")):
        image = QImage(str(png))
        w, h = image.width(), image.height()
        middle = h // 2
        # The table's left border: the first column, scanning right from the page edge, dark at mid-page.
        left = next(x for x in range(w // 3) if image.pixelColor(x, middle).lightness() < 200)
        right = next(x for x in range(w - 1, w * 2 // 3, -1) if image.pixelColor(x, middle).lightness() < 200)
        line_end = max(dark_runs(image, left, middle, h))  # where the table's left side stops on this page
        # ... must end on a horizontal line that closes the last row across the whole table
        closing = [y for y in range(line_end - 3, line_end + 1)
                   if all(image.pixelColor(x, y).lightness() < 200 for x in range(left + 3, right - 3, 7))]
        assert closing, f"{png.name}: the last row is open at the bottom"
