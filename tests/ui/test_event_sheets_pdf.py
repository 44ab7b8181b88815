"""The sign-in sheet and the daily visitor sheet as PDFs: pages, the header on every page, masked
phones, page numbers, rows tall enough to sign with a pen.

With Noto CJK fonts Qt's PDF text layer maps some characters to Kangxi radicals (人 → ⼈) and
loses the digits of the painted page numbers, so the text asserted here avoids those
characters, and the page numbers' digits are checked only with another font.
"""

import datetime as dt
import shutil
import subprocess

import pytest

from desk.reports import event_sheets
from desk.services import events
from desk.services.people import records as people
from desk.ui import fonts
from desk.ui.widgets.printing import write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
START = dt.datetime.now().replace(microsecond=0, second=0) + dt.timedelta(days=1)


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.fixture
def event(staff, volunteer):
    event = events.create_event(events.EventInput(
        title="Anti-fraud talk 反诈讲座", category="safety_legal", starts_at=START,
        ends_at=START + dt.timedelta(hours=2)), staff)
    ids = [people.create_person(people.PersonInput(name=f"骑手{i:02d}", phone=f"139000000{i:02d}", platform="美团"),
                                staff).id for i in range(35)]
    events.register(event.id, ids, volunteer)
    return event


def test_sign_in_sheet_pdf(qapp, event, tmp_path):
    pdf = write_pdf(event_sheets.sign_in_sheet_html(event.id, rows=40), tmp_path / "sheet.pdf")
    pages = pdf_pages(pdf)
    assert len(pages) == 2
    day = START.strftime("%Y-%m-%d")
    for page in pages:
        assert "序号" in page and "签名" in page and "联系电话" in page  # the column header on every page
        assert day in page  # and the event's day, so a loose page says which event it is
        assert "Page" in page or "页" in page
    text = "\n".join(pages)
    assert "139****0000" in text and "139****0034" in text
    assert "13900000001" not in text
    if "Noto" not in (fonts.chinese_family() or ""):
        assert "Page 1 of 2" in pages[0] or "第1页" in pages[0].replace(" ", "")


def test_sign_in_rows_are_tall_enough_to_sign(qapp, event, tmp_path):
    """Measure the rows on the rendered page: at 254 dpi, 10 pixels are a millimetre."""
    from PySide6.QtGui import QImage

    pdf = write_pdf(event_sheets.sign_in_sheet_html(event.id, rows=20), tmp_path / "sheet.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "254", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    x = int(image.width() * 0.6)  # through the sign-in time column: only the row lines are drawn there
    dark = [y for y in range(image.height()) if image.pixelColor(x, y).lightness() < 200]
    lines = [y for i, y in enumerate(dark) if i == 0 or y - dark[i - 1] > 3]
    gaps = sorted(b - a for a, b in zip(lines, lines[1:]))
    body_rows = gaps[len(gaps) // 2]  # the typical row
    assert body_rows >= 95, f"rows are {body_rows / 10} mm"


def test_daily_visitor_sheet_pdf(qapp, admin, tmp_path):
    day = dt.date(2026, 3, 2)
    pdf = write_pdf(event_sheets.daily_visitor_sheet_html(day, rows=30), tmp_path / "daily.pdf", landscape=True)
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "序号" in page and "充电" in page and "2026" in page  # (水 and 手 are among the radicals)
