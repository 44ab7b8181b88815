"""The member-card sheet (会员卡): credit-card-sized cards, ten to an A4 page, as HTML.

QTextDocument lays it out for print preview and PDF. A CSS pixel there is 1/96 inch, so
a card of 85.6 x 54 mm is 324 x 204 px. The QR image is a PNG data URI whose pixel size is
an exact multiple of its printed size: Qt then scales it cleanly instead of resampling.
A transparent strut as tall as a card holds every row at card height, whatever the text.
"""

from __future__ import annotations

from html import escape

import segno

from desk.services.people.cards import Card
from desk.services.people.records import KINDS

CARD_W, CARD_H = 324, 204  # 85.6 x 54 mm
PER_ROW = 2
ROWS_PER_PAGE = 5  # 5 x 54 mm = 270 mm fits inside A4 with 12 mm margins
MODULE_PX = 5  # printed size of one QR module: 21-module code -> 105 px, about 28 mm with its border
# Printed words: a Chinese card for a Chinese station.
TITLE = "{station} · 会员卡"
FOOT = "到驿站出示此码即可签到"
KIND_SHORT = {"rider": "外卖骑手", "courier": "快递员", "ride_hailing": "网约车司机", "freight": "货车司机",
              "other": "新就业群体", "elderly": "居民", "child": "儿童/家庭", "volunteer": "志愿者",
              "partner": "共建单位"}


def qr_data_uri(code: str) -> tuple[str, int]:
    """(PNG data URI, printed size in px) of the QR code carrying ``code``."""
    qr = segno.make(code, error="m", micro=False)
    modules = qr.symbol_size(scale=1, border=2)[0]
    # Rendered at 4x its printed size so the PDF keeps sharp module edges at 384 ppi.
    return qr.png_data_uri(scale=MODULE_PX * 4, border=2), modules * MODULE_PX


_STRUT = (
    # A 1x1 transparent PNG, stretched to card height.
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


CUT = "border: 1px dashed #999999;"  # lines to cut along


def _card(card: Card, station: str) -> str:
    uri, size = qr_data_uri(card.code)
    kind = KIND_SHORT.get(card.kind, "")
    sub = " · ".join(x for x in (card.platform, kind) if x)
    return f"""
<table width="{CARD_W}" cellspacing="0" cellpadding="0" style="border: none;">
<tr><td colspan="3" bgcolor="#b5282e" style="padding: 4px 8px; color: #ffffff; font-size: 10pt; font-weight: bold;">
{escape(TITLE.format(station=station))}</td></tr>
<tr>
<td rowspan="2" width="1"><img src="{_STRUT}" width="1" height="{CARD_H - 26}"></td>
<td width="{size + 16}" align="center" valign="middle" style="padding: 4px 8px 0 8px;">
<img src="{uri}" width="{size}" height="{size}"><br>
<span style="font-family: monospace; font-size: 8pt;">{escape(card.code)}</span></td>
<td valign="middle" style="padding: 4px 6px 0 4px;">
<p style="font-size: 16pt; font-weight: bold; margin: 0;">{escape(card.name)}</p>
<p style="font-size: 10pt; margin: 4px 0 0 0;">{escape(card.phone)}</p>
<p style="font-size: 9pt; color: #444444; margin: 4px 0 0 0;">{escape(sub)}</p></td>
</tr>
<tr><td colspan="2" align="center" style="font-size: 8pt; color: #666666; padding-bottom: 4px;">{escape(FOOT)}</td></tr>
</table>"""


def card_sheet_html(cards: list[Card], station: str) -> str:
    """Pages of cards, two across and five down, with dashed lines to cut along."""
    per_page = PER_ROW * ROWS_PER_PAGE
    pages = []
    for start in range(0, len(cards), per_page):
        chunk = cards[start : start + per_page]
        rows = []
        for r in range(0, len(chunk), PER_ROW):
            cells = [f'<td width="{CARD_W}" valign="top" style="{CUT}">{_card(c, station)}</td>'
                     for c in chunk[r : r + PER_ROW]]
            cells += [f'<td width="{CARD_W}"></td>'] * (PER_ROW - len(cells))
            rows.append("<tr>" + "".join(cells) + "</tr>")
        brk = ' style="page-break-before: always;"' if pages else ""
        pages.append(
            f'<table align="center" cellspacing="0" cellpadding="0" border="0" '
            f'style="border-collapse: collapse;"{brk}>' + "".join(rows) + "</table>"
        )
    return "<html><body>" + "".join(pages) + "</body></html>"


def kind_label(code: str) -> str:
    return KINDS.get(code, code)
