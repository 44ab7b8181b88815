"""The printed sign-for sheet: masked phones, item columns, the header on every page."""

import datetime as dt
import shutil
import subprocess

import pytest

from desk.models import GiftItem
from desk.reports.gift_sheets import sign_sheet_html
from desk.services.gifts import shares as gifts
from desk.services.people import records as people
from desk.services.stock import ledger as stock
from desk.ui.widgets.printing import write_pdf

TODAY = dt.date.today()


@pytest.fixture
def campaign(staff):
    for i in range(45):
        people.create_person(people.PersonInput(name=f"骑手{i:02d}", phone=f"138000000{i:02d}", platform="美团"), staff)
    coat, bag = GiftItem.get(GiftItem.name == "雨衣"), GiftItem.get(GiftItem.name == "斜挎包")
    stock.receive(coat.id, 50, staff)
    stock.receive(bag.id, 50, staff)
    return gifts.create_campaign(gifts.CampaignInput(
        name="2026年春节慰问", kind="spring", starts_on=TODAY, ends_on=TODAY, items=[(coat.id, 1), (bag.id, 1)]), staff)


def test_html_has_items_masked_phones_and_a_thead(campaign):
    html = sign_sheet_html(campaign.id, blank_rows=3)
    assert "<thead>" in html and "雨衣" in html and "斜挎包" in html and "本人签名" in html
    assert "138****0001" in html and "13800000001" not in html
    assert html.count("<tr>") == 1 + 45 + 3


def test_blank_and_collected_modes(campaign, staff):
    assert sign_sheet_html(campaign.id, mode="blank", blank_rows=20).count("<tr>") == 21
    person = people.search("0007")[0]
    gifts.hand_out(campaign.id, person.id, staff)
    collected = sign_sheet_html(campaign.id, mode="collected")
    assert collected.count("<tr>") == 2 and person.name in collected
    assert person.name not in sign_sheet_html(campaign.id, mode="not_collected")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_repeats_the_header_on_every_page(qapp, campaign, tmp_path):
    pdf = write_pdf(sign_sheet_html(campaign.id, blank_rows=20), tmp_path / "sheet.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2
    assert all("本人签名" in page for page in pages)
    assert "138****0044" in text
