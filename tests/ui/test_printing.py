"""Printed sheets: page numbers, and no blank sheet after a full page."""

import shutil
import subprocess

import pytest

from desk.reports.cards import card_sheet_html
from desk.services.people.cards import Card
from desk.ui.people.card_printing import CARD_PAGE
from desk.ui.widgets.printing import write_pdf

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def cards(n: int) -> list[Card]:
    return [Card(person_id=i, name=f"骑手{i}", phone="138****0000", platform="美团", kind="rider", code=f"LX{i:08d}") for i in range(n)]


@needs_poppler
def test_long_sheet_numbers_its_pages(qapp, tmp_path):
    rows = "".join(f"<tr><td>{i}</td><td>张三</td></tr>" for i in range(200))
    pages = pdf_pages(write_pdf(f"<table border='1'><thead><tr><th>序号</th></tr></thead>{rows}</table>", tmp_path / "a.pdf"))
    assert len(pages) > 2
    assert "Page 1 of" in pages[0] or "第1页/共" in pages[0].replace(" ", "")
    assert all(p.strip() for p in pages)


@needs_poppler
@pytest.mark.parametrize("n, expected", [(10, 1), (11, 2), (20, 2)])
def test_ten_cards_fill_one_page_and_no_blank_page_follows(qapp, tmp_path, n, expected):
    pdf = write_pdf(card_sheet_html(cards(n), "乐享驿站"), tmp_path / "cards.pdf", **CARD_PAGE)
    pages = pdf_pages(pdf)
    assert len(pages) == expected
    assert all("会员卡" in page for page in pages)
