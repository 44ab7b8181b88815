"""The sign-for sheet of a campaign (领取签收表), as HTML for QTextDocument.

Rows are pre-filled with the eligible people (or those not yet collected, or those who
collected), or are blank for names written by hand. Phones print masked. The header row is
a ``<thead>``: QTextDocument repeats it at the top of every printed page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from desk.config import STATION_NAME
from desk.models import Person
from desk.services.common.masking import mask_phone
from desk.services.people.records import surname_sort_key
from desk.services.gifts import queries as gift_queries

# The sheet is a Chinese paper document signed at the station's door.
from desk.services.gifts import shares as gifts
TITLE = "{station}{campaign}领取签收表"
SUBTITLE = "活动日期：{start} 至 {end}　　每人：{share}　　打印：{printed}"
HEAD_NO = "序号"
HEAD_NAME = "姓名"
HEAD_PHONE = "手机号"
HEAD_PLATFORM = "平台/单位"
HEAD_DATE = "领取日期"
HEAD_SIGN = "本人签名"
HEAD_NOTE = "备注"
FOOT = "共 {rows} 行　　经办人：__________　　核对人：__________"
DELIVERED = "送上门（{0}）"
SIGNED_MARK = "已签"

MODES = ("eligible", "not_collected", "collected", "blank")


@dataclass(frozen=True)
class SheetRow:
    name: str = ""
    phone: str = ""
    platform: str = ""
    day: str = ""
    note: str = ""
    quantities: tuple[str, ...] = ()


def _rows(campaign_id: int, mode: str, blank_rows: int, per_person: list[int]) -> list[SheetRow]:
    qty = tuple(str(q) for q in per_person)
    if mode == "blank":
        return [SheetRow(quantities=tuple("" for _ in per_person)) for _ in range(max(0, blank_rows))]
    # By surname then given name in pinyin: a volunteer finds 马永生 among the 马 family.
    if mode == "collected":
        shares = sorted(gift_queries.shares(campaign_id, include_voided=False),
                        key=lambda s: (surname_sort_key(s.name), s.handed_at, s.id))
        return [
            SheetRow(
                name=s.name, phone=mask_phone(s.phone), platform=s.platform, day=s.handed_at.strftime("%m-%d"),
                note="；".join(x for x in (DELIVERED.format(s.deliverer) if s.deliverer else "",
                                          SIGNED_MARK if s.signed else "") if x),
                quantities=qty,
            )
            for s in shares
        ]
    found: list[Person] = (
        gift_queries.not_collected(campaign_id) if mode == "not_collected" else gift_queries.eligible_people(campaign_id)
    )
    people = sorted(found, key=lambda p: (surname_sort_key(p.name), p.id))
    rows = [SheetRow(name=p.name, phone=mask_phone(p.phone), platform=p.platform, quantities=qty) for p in people]
    return rows + [SheetRow(quantities=tuple("" for _ in per_person)) for _ in range(max(0, blank_rows))]


def column_widths(items: int) -> dict[str, int]:
    """Percent of the page width per column (``item`` is each item's), summing to 100.

    The signature and note columns share what the others leave: fixed percentages that do not
    add up gave the last column the remainder (3% with three items, too narrow to write in).
    """
    per_item = min(7, 30 // items) if items else 0
    widths = {"no": 5, "name": 10, "phone": 14, "platform": 11, "item": per_item, "day": 9}
    rest = 100 - sum(widths.values()) - per_item * max(0, items - 1)
    widths["sign"] = rest * 3 // 5
    widths["note"] = rest - widths["sign"]
    return widths


def sign_sheet_html(
    campaign_id: int,
    *,
    mode: str = "eligible",
    blank_rows: int = 0,
    station: str = STATION_NAME,
    printed_on: dt.date | None = None,
) -> str:
    """The whole sheet. ``mode``: eligible | not_collected | collected | blank (``blank_rows`` rows).

    Pre-filled modes add ``blank_rows`` empty rows at the end for walk-ins.
    """
    if mode not in MODES:
        raise ValueError(mode)
    campaign = gifts.get_campaign(campaign_id, live=False)
    lines = gift_queries.campaign_lines(campaign.id)
    rows = _rows(campaign.id, mode, blank_rows, [ln.per_person for ln in lines])
    share = "、".join(f"{ln.item.name} {ln.per_person}{ln.item.unit}" for ln in lines)
    printed = (printed_on or dt.date.today()).isoformat()
    w = column_widths(len(lines))
    item_heads = "".join(
        f"<th width='{w['item']}%'>{escape(ln.item.name)}<br/><span class='unit'>({escape(ln.item.unit)})</span></th>"
        for ln in lines
    )
    head = (
        f"<tr><th width='{w['no']}%' class='nw'>{HEAD_NO}</th><th width='{w['name']}%'>{HEAD_NAME}</th>"
        f"<th width='{w['phone']}%' class='nw'>{HEAD_PHONE}</th><th width='{w['platform']}%'>{HEAD_PLATFORM}</th>"
        f"{item_heads}<th width='{w['day']}%' class='nw'>{HEAD_DATE}</th><th width='{w['sign']}%'>{HEAD_SIGN}</th>"
        f"<th width='{w['note']}%'>{HEAD_NOTE}</th></tr>"
    )
    body = []
    for n, row in enumerate(rows, start=1):
        cells = "".join(f"<td align='center'>{escape(q)}</td>" for q in row.quantities)
        body.append(
            f"<tr><td align='center'>{n}</td><td>{escape(row.name)}</td><td class='nw'>{escape(row.phone)}</td>"
            f"<td>{escape(row.platform)}</td>{cells}<td align='center'>{escape(row.day)}</td>"
            f"<td>&nbsp;</td><td>{escape(row.note)}</td></tr>"
        )
    title = TITLE.format(station=escape(station), campaign=escape(campaign.name))
    subtitle = SUBTITLE.format(start=campaign.starts_on.isoformat(), end=campaign.ends_on.isoformat(),
                               share=escape(share), printed=printed)
    return f"""<html><head><style>
h2 {{ text-align: center; margin: 0; }}
p.sub {{ text-align: center; font-size: 9pt; margin: 4px 0 8px 0; }}
table.sheet {{ border-collapse: collapse; }}
table.sheet th {{ background-color: #e8e8e8; font-size: 10pt; padding: 4px; }}
table.sheet td {{ font-size: 10.5pt; padding: 10px 4px; }}
.nw {{ white-space: nowrap; }}
span.unit {{ font-size: 8pt; font-weight: normal; }}
p.foot {{ font-size: 9pt; margin-top: 8px; }}
</style></head><body>
<h2>{title}</h2>
<p class="sub">{subtitle}</p>
<table class="sheet" width="100%" border="1" cellspacing="0" cellpadding="4">
<thead>{head}</thead>
<tbody>{''.join(body)}</tbody>
</table>
<p class="foot">{FOOT.format(rows=len(rows))}</p>
</body></html>"""
