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


# --- The text layer: what copy, search and pdftotext read must be what was printed ---------

# Kangxi radicals and the CJK radicals supplement: look like 人/手/日, are other characters.
RADICALS = range(0x2E80, 0x2FE0)


@needs_poppler
def test_pdf_text_reads_back_as_printed_whatever_cjk_fonts_the_machine_has(qapp, tmp_path):
    """With Noto Sans CJK installed Qt's PDF writer wrote 人 as ⼈ (U+2F08), 手 as ⼿, 日 as ⽇
    and lost the digits of "Page 1 of 3": printed sheets must use a face that maps back."""
    rows = "".join(f"<tr><td>{i}</td><td>人手日 本人签名</td></tr>" for i in range(150))
    head = "<thead><tr><th>序号</th><th>本人签名</th></tr></thead>"
    html = f"<h1>领取签收表 人手日</h1><table border='1'>{head}{rows}</table>"
    pages = pdf_pages(write_pdf(html, tmp_path / "text.pdf"))
    assert len(pages) >= 3
    text = "".join(pages)
    assert "人手日" in text and "本人签名" in text and "领取签收表" in text
    assert not [c for c in text if ord(c) in RADICALS]
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "本人签名" in page  # the repeated header too


def test_print_font_maps_every_desk_character_back_to_itself(qapp):
    """Font level, independent of poppler: for each character of the desk's translations and
    catalogs, the print face has a glyph, and no lower code point shares it (Qt's PDF writer
    names a glyph by the lowest code point that maps to it)."""
    from PySide6.QtGui import QRawFont

    from desk.config import RESOURCES
    from desk.ui import fonts

    assert fonts.print_families()[0] == fonts.PRINT_FAMILY
    raw = QRawFont.fromFont(fonts.family_for_print())
    assert raw.familyName() == fonts.PRINT_FAMILY
    texts = [p.read_text(encoding="utf-8") for p in sorted((RESOURCES / "i18n").glob("*.ts"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((RESOURCES / "catalogs").glob("*.json"))]
    used = {c for text in texts for c in text if ord(c) >= 0x2E80 and not 0xD800 <= ord(c) < 0xE000}
    assert len(used) > 500
    codes = [c for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]
    glyph_of = dict(zip(codes, raw.glyphIndexesForString("".join(map(chr, codes)))))
    lowest: dict[int, int] = {}
    for code, glyph in glyph_of.items():
        if glyph:
            lowest.setdefault(glyph, code)
    missing = sorted(c for c in used if not glyph_of.get(ord(c)))
    shadowed = sorted(c for c in used if glyph_of.get(ord(c)) and lowest[glyph_of[ord(c)]] != ord(c))
    assert missing == [] and shadowed == []


def test_a_pdf_that_cannot_be_written_is_said_not_saved(qtbot, tmp_path, monkeypatch):
    """Seen at the desk: saving over a PDF still open in a reader (or into a folder the desk may
    not write to) wrote nothing, said nothing, and the volunteer went to print an old sheet."""
    from PySide6.QtWidgets import QFileDialog

    from desk.ui.widgets import dialogs, printing

    target = tmp_path / "no such folder" / "签到表.pdf"
    with pytest.raises(OSError):
        printing.write_pdf("<p>签到表</p>", target)
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(dialogs, "inform", lambda _p, title, text: told.append(text))
    assert printing.save_pdf_as(None, "<p>签到表</p>", "签到表.pdf") is None
    assert len(told) == 1 and str(target) in told[0]
    assert not target.exists()
