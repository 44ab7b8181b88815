"""The wish board's printed sheets, as HTML for QTextDocument (Qt-free).

- The wall sheet (微心愿认领墙): the open wishes as cards for the station's wall. A rider is
  named only as surname + 师傅/女士; no phone, no full name: the wall is public.
- The thank-you list (感谢名单): per sponsor, the wishes they fulfilled in a period, and the
  year's count per partner unit.

Both are Chinese paper documents, so their fixed words are Chinese here, like the other sheets.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Sequence

from desk.config import STATION_NAME
from desk.services.wishes.queries import ThanksGroup, UnitCount, WishCard

WALL_TITLE = "{station}微心愿认领墙"
WALL_SUB = "以下心愿已经社区审核，欢迎爱心人士和共建单位认领。认领请到驿站前台登记。　打印：{printed}"
WALL_EMPTY = "目前没有待认领的微心愿。"
WALL_FOOT = "共 {n} 个心愿待认领　　联系：驿站前台"
CARD_WHO = "—— {rider}的心愿"
CARD_BY = "希望在 {day} 前"
CARD_VALUE = "约 {value} 元"
THANKS_TITLE = "{station}微心愿感谢名单"
THANKS_FOR = "——致{name}"
THANKS_SUB = "{start} 至 {end}　　共 {n} 个心愿由 {sponsors} 位爱心人士和共建单位认领完成　　打印：{printed}"
THANKS_SUB_ONE = "{start} 至 {end}　　共认领完成 {n} 个微心愿　　打印：{printed}"
THANKS_GROUP = "{name}（{n} 个心愿）"
THANKS_HEAD = ("完成日期", "心愿", "类别", "心愿人")
GIVEN = "（实送：{given}）"
THANKS_EMPTY = "这段时间还没有完成的微心愿。"
UNITS_TITLE = "{year}年共建单位认领完成情况"
UNITS_HEAD = ("共建单位", "完成心愿数")
UNITS_EMPTY = "今年还没有共建单位完成的微心愿。"
THANKS_FOOT = "衷心感谢各位对新就业群体的关心和帮助！"
THANKS_FOOT_ONE = "衷心感谢{name}对新就业群体的关心和帮助！"

_STYLE = """
h2 { text-align: center; margin: 0; font-size: 20pt; }
p.sub { text-align: center; font-size: 10pt; margin: 4px 0 10px 0; }
p.no { font-size: 10pt; color: #777777; margin: 0; }
span.cat { color: #8a3b00; }
p.what { font-size: 18pt; font-weight: bold; margin: 6px 0 6px 0; }
p.who { font-size: 12pt; margin: 0; }
p.by { font-size: 10pt; color: #444444; margin: 3px 0 0 0; }
h3 { font-size: 13pt; margin: 14px 0 4px 0; }
table.list th { background-color: #e8e8e8; font-size: 10pt; padding: 4px; }
table.list td { font-size: 10.5pt; padding: 5px 4px; }
p.foot { font-size: 10pt; margin-top: 10px; }
"""


def _page(body: str) -> str:
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"


WALL_WHAT_MAX = 24  # characters: two lines of a card at most; the desk has the whole wish
WALL_LINE_CHARS = 12  # characters of a wish on one line of a half-page card
# Heights in mm on A4 with 12 mm margins, measured on the printed sheet: a page's body, the
# title block, a row of cards whose wishes take one line, and each extra line.
WALL_PAGE_MM, WALL_TITLE_MM, WALL_ROW_MM, WALL_LINE_MM = 262, 20, 37, 9


def _wall_what(what: str) -> str:
    return what if len(what) <= WALL_WHAT_MAX else what[: WALL_WHAT_MAX - 1] + "…"


def _card_cell(card: WishCard) -> str:
    extra = [CARD_BY.format(day=card.wanted_by.strftime("%Y-%m-%d"))] if card.wanted_by else []
    if card.value_yuan:
        extra.append(CARD_VALUE.format(value=card.value_yuan))
    return (
        f"<td width='50%' valign='top'>"
        f"<p class='no'>No.{card.id}　<span class='cat'>【{escape(card.category)}】</span></p>"
        f"<p class='what'>{escape(_wall_what(card.what))}</p>"
        f"<p class='who'>{escape(CARD_WHO.format(rider=card.rider_courtesy))}</p>"
        f"<p class='by'>{escape('　'.join(extra)) or '&nbsp;'}</p>"
        "</td>"
    )


def wall_sheet_html(cards: Sequence[WishCard], *, station: str = STATION_NAME, printed_on: dt.date | None = None,
                    columns: int = 2) -> str:
    """The open wishes as cards, ``columns`` to a row. Only the rider's courtesy name is printed.

    Each page is a table of its own, so a card is never cut in two by a page break.
    """
    printed = (printed_on or dt.date.today()).isoformat()
    pages: list[list[str]] = [[]]
    room = WALL_PAGE_MM - WALL_TITLE_MM
    for start in range(0, len(cards), columns):
        row = cards[start:start + columns]
        lines = max(1 if len(_wall_what(c.what)) <= WALL_LINE_CHARS else 2 for c in row)
        height = WALL_ROW_MM + WALL_LINE_MM * (lines - 1)
        if height > room and pages[-1]:
            pages.append([])
            room = WALL_PAGE_MM
        room -= height
        cells = [_card_cell(c) for c in row] + ["<td width='50%'>&nbsp;</td>"] * (columns - len(row))
        pages[-1].append("<tr>" + "".join(cells) + "</tr>")
    body = (
        f"<h2>{escape(WALL_TITLE.format(station=station))}</h2>"
        f"<p class='sub'>{escape(WALL_SUB.format(printed=printed))}</p>"
    )
    filled = [p for p in pages if p]
    for number, rows in enumerate(filled):
        breaker = " style='page-break-after: always'" if number < len(filled) - 1 else ""
        body += (f"<table class='cards' width='100%' border='1' cellspacing='4' cellpadding='8'{breaker}>"
                 + "".join(rows) + "</table>")
    if not cards:
        body += f"<p>{WALL_EMPTY}</p>"
    body += f"<p class='foot'>{WALL_FOOT.format(n=len(cards))}</p>"
    return _page(body)


def _table(head: Sequence[str], rows: list[Sequence[str]], widths: Sequence[str]) -> str:
    heads = "".join(f"<th width='{w}'>{escape(h)}</th>" for h, w in zip(head, widths))
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<table class='list' width='100%' border='1' cellspacing='0' cellpadding='4'>"
            f"<thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table>")


def thanks_html(groups: Sequence[ThanksGroup], units: Sequence[UnitCount], start: dt.date, end: dt.date, *,
                year: int | None = None, station: str = STATION_NAME, printed_on: dt.date | None = None,
                sponsor: str = "") -> str:
    """Per sponsor the wishes they fulfilled from ``start`` to ``end``; then ``year``'s count per unit.

    ``sponsor`` names the one sponsor the list is printed for (in the title), if it is for one.
    """
    printed = (printed_on or dt.date.today()).isoformat()
    total = sum(len(g.wishes) for g in groups)
    sub = (THANKS_SUB_ONE if sponsor else THANKS_SUB).format(
        start=start.isoformat(), end=end.isoformat(), n=total, sponsors=len(groups), printed=printed)
    title = THANKS_TITLE.format(station=station) + (THANKS_FOR.format(name=sponsor) if sponsor else "")
    body = f"<h2>{escape(title)}</h2><p class='sub'>{escape(sub)}</p>"
    if not groups:
        body += f"<p>{THANKS_EMPTY}</p>"
    for group in groups:
        body += f"<h3>{escape(THANKS_GROUP.format(name=group.name, n=len(group.wishes)))}</h3>"
        rows = [(c.fulfilled_on.isoformat() if c.fulfilled_on else "",
                 c.what + (GIVEN.format(given=c.given) if c.given and c.given != c.what else ""), c.category,
                 c.rider_courtesy)
                for c in group.wishes]
        body += _table(THANKS_HEAD, rows, ("16%", "50%", "16%", "18%"))
    year = year or end.year
    body += f"<h3>{escape(UNITS_TITLE.format(year=year))}</h3>"
    if units:
        body += _table(UNITS_HEAD, [(u.name, u.fulfilled) for u in units], ("70%", "30%"))
    else:
        body += f"<p>{UNITS_EMPTY}</p>"
    foot = THANKS_FOOT_ONE.format(name=sponsor) if sponsor else THANKS_FOOT
    body += f"<p class='foot'>{escape(foot)}</p>"
    return _page(body)
