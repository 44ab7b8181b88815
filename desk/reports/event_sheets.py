"""Sheets printed for events and for the desk's paper days, as HTML for QTextDocument.

- ``sign_in_sheet_html``: an event's sign-in sheet (签到表) on A4: the event's details, then
  序号 / 姓名 / 单位(平台) / 联系电话 / 签到时间 / 签名, registered people first in
  surname-grouped pinyin order with masked phones, then blank rows for walk-ins.
- ``daily_visitor_sheet_html``: the desk's daily visitor sheet (到访登记表) for days the PC is
  off, one tick box per service of the catalog; ``desk.services.checkin.paper_sheet`` types it back in.

The header rows are a ``<thead>``: QTextDocument repeats them at the top of every printed
page; the desk's printing adds "page n of N" under each page. Rows are tall enough to write
in with a pen (about 10 mm). These are Chinese paper documents, so their words are Chinese.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import escape

from desk.config import STATION_NAME
from desk.models import EventRegistration, Person
from desk.services.common import catalogs
from desk.services.common.masking import mask_phone
from desk.services.events import events as event_setup
from desk.services.events import queries as event_queries
from desk.services.people.records import SURNAME_READINGS

WEEKDAYS = "一二三四五六日"
SIGN_IN_TITLE = "{title}　签到表"
DAILY_TITLE = "{station}到访登记表"
# QTextDocument folds runs of spaces, the ideographic one (U+3000) too: gaps are non-breaking spaces.
GAP = "&nbsp;" * 5
DEFAULT_SIGN_IN_ROWS = 30
DEFAULT_DAILY_ROWS = 20
MAX_ROWS = 500

# Two-character surnames: 欧阳娜娜 sorts under 欧阳, not under 欧.
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "长孙", "司徒",
    "宇文", "端木", "独孤", "南宫", "西门", "申屠", "轩辕", "呼延", "澹台", "公冶", "太史", "万俟", "闻人",
)
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,6}$")


def _pinyin(text: str) -> str:
    # Imported here: pypinyin's dictionaries take ~0.6 s to load, paid only when a sheet is made.
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text, errors="default")).lower()


def surname_sort_key(name: str) -> tuple[str, str, str, str]:
    """Sort key that groups people by surname, surnames in pinyin order: 陈, 陈, 李, 欧阳, 张, 张, 章.

    The surname is read as a surname (曾 is zeng, 单 is shan, as in ``people.SURNAME_READINGS``);
    names in Latin letters sort by their letters. Written here because ``people.records`` has
    no such key yet; move it there when it does.
    """
    name = (name or "").strip()
    if not _CJK_NAME.match(name):
        return (name.lower(), "", "", name)
    surname = next((s for s in COMPOUND_SURNAMES if name.startswith(s) and len(name) > len(s)), name[0])
    given = name[len(surname):]
    reading = SURNAME_READINGS.get(surname) or _pinyin(surname)
    return (reading, surname, _pinyin(given), name)


@dataclass(frozen=True)
class SheetPerson:
    """A pre-filled row of the sign-in sheet."""

    person_id: int
    name: str
    platform: str
    phone: str  # masked


def sheet_people(event_id: int) -> list[SheetPerson]:
    """The registered people in the order the sign-in sheet prints them (surname-grouped pinyin).

    The desk's tick list for a signed sheet uses the same order, so a volunteer goes down the
    paper and the screen together.
    """
    query = (
        EventRegistration.select(Person.id, Person.name, Person.platform, Person.phone)
        .join(Person, on=(EventRegistration.person == Person.id))
        .where((EventRegistration.event == event_id) & EventRegistration.voided_at.is_null())
        .tuples()
    )
    rows = [SheetPerson(pid, name, platform or "", mask_phone(phone)) for pid, name, platform, phone in query]
    return sorted(rows, key=lambda r: (surname_sort_key(r.name), r.person_id))


def _when(starts: dt.datetime, ends: dt.datetime) -> str:
    day = f"{starts.year}年{starts.month}月{starts.day}日（星期{WEEKDAYS[starts.weekday()]}）"
    if starts.date() == ends.date():
        return f"{day} {starts:%H:%M}—{ends:%H:%M}"
    return f"{day} {starts:%H:%M} 至 {ends.month}月{ends.day}日 {ends:%H:%M}"


_STYLE = """
h2 {{ text-align: center; font-size: 17pt; margin: 0 0 4px 0; }}
p.sub {{ font-size: 10.5pt; margin: 2px 0; }}
p.note {{ font-size: 9pt; margin: 2px 0 6px 0; }}
p.date {{ font-size: 13pt; margin: 4px 0; }}
table.sheet {{ border-collapse: collapse; }}
table.sheet th {{ background-color: #e6e6e6; font-size: 11pt; padding: 5px 3px; }}
table.sheet th.cap {{ background-color: #ffffff; font-size: 9pt; font-weight: normal; text-align: left; }}
table.sheet td {{ font-size: {cell_pt}pt; padding: {pad}px 4px; }}
td.box {{ font-size: 12pt; text-align: center; }}
td.kind {{ font-size: 9pt; white-space: nowrap; }}
.nw {{ white-space: nowrap; }}
p.foot {{ font-size: 10.5pt; margin-top: 10px; }}
"""

# Cell padding (CSS pixels of QTextDocument) that makes rows at least 10 mm tall on A4, measured
# on the PDF: 10.0 mm with the bundled WenQuanYi font, 11.2 mm with Noto Sans CJK (20 rows to a
# portrait page); the daily sheet's 9.6 / 10.6 mm. Room to sign with a pen.
SIGN_IN_PAD = 9
DAILY_PAD = 9


def sign_in_sheet_html(
    event_id: int,
    *,
    rows: int = DEFAULT_SIGN_IN_ROWS,
    station: str = STATION_NAME,
    printed_on: dt.date | None = None,
) -> str:
    """The event's sign-in sheet: registered people first, then blank rows up to ``rows`` rows in all.

    With more registered people than ``rows``, every one of them is printed and no blank row.
    """
    event = event_setup.get_event(event_id)
    people = sheet_people(event.id)
    total = max(len(people), min(max(0, int(rows)), MAX_ROWS))
    units = "、".join(event_queries.unit_names(event.id))
    body = []
    for n in range(1, total + 1):
        p = people[n - 1] if n <= len(people) else None
        body.append(
            f"<tr><td align='center'>{n}</td><td>{escape(p.name) if p else ''}</td>"
            f"<td>{escape(p.platform) if p else ''}</td><td class='nw'>{escape(p.phone) if p else ''}</td>"
            "<td>&nbsp;</td><td>&nbsp;</td></tr>"
        )
    # The event's name and day head every page too: a page that comes loose still says what it is.
    caption = f"{escape(event.title)}{GAP}{event.starts_at:%Y-%m-%d}{GAP}签到表"
    head = (f"<tr><th colspan='6' class='cap'>{caption}</th></tr>"
            "<tr><th width='7%' class='nw'>序号</th><th width='15%'>姓名</th><th width='17%'>单位(平台)</th>"
            "<th width='17%' class='nw'>联系电话</th><th width='12%' class='nw'>签到时间</th><th>签名</th></tr>")
    details = [f"时间：{_when(event.starts_at, event.ends_at)}", f"地点：{escape(event.place)}"]
    lines = [f"<p class='sub'>{GAP.join(details)}</p>"]
    hosts = []
    if event.organiser:
        hosts.append(f"主办：{escape(event.organiser)}")
    if units:
        hosts.append(f"协办：{escape(units)}")
    if hosts:
        lines.append(f"<p class='sub'>{GAP.join(hosts)}</p>")
    cancelled = ""
    if event.voided_at is not None:
        cancelled = f"<p class='sub'><b>本活动已取消：{escape(event.void_reason)}</b></p>"
    printed = (printed_on or dt.date.today()).isoformat()
    capacity = f"{GAP}限额：{event.capacity} 人" if event.capacity else ""
    note = (f"已报名 {len(people)} 人{capacity}{GAP}请本人签名并写上签到时间；未报名的请在空白行登记。"
            f"{GAP}{escape(station)} {printed} 打印")
    foot = GAP.join((f"应到 {len(people)} 人", "实到 ______ 人", "经办人：____________", "核对人：____________"))
    return f"""<html><head><style>{_STYLE.format(cell_pt=12, pad=SIGN_IN_PAD)}</style></head><body>
<h2>{escape(SIGN_IN_TITLE.format(title=event.title))}</h2>
{''.join(lines)}{cancelled}
<p class="note">{note}</p>
<table class="sheet" width="100%" border="1" cellspacing="0" cellpadding="4">
<thead>{head}</thead>
<tbody>{''.join(body)}</tbody>
</table>
<p class="foot">{foot}</p>
</body></html>"""


KIND_BOXES = "□骑手 □快递 □司机 □其他"


def daily_visitor_sheet_html(
    day: dt.date | None,
    *,
    rows: int = DEFAULT_DAILY_ROWS,
    station: str = STATION_NAME,
) -> str:
    """The desk's paper visitor sheet for a day the PC is off; ``day=None`` leaves the date to write in.

    One tick box per service offered now (the service catalog), so typing it back in is
    one tick per box.
    """
    services = catalogs.services()
    rows = min(max(1, int(rows)), MAX_ROWS)
    if day is None:
        date = "日期：______年____月____日（星期____）"
    else:
        date = f"日期：{day.year}年{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）"
    n_services = len(services)
    service_heads = "".join(f"<th width='{max(5, 42 // max(1, n_services))}%'>{escape(s.name)}</th>"
                            for s in services)
    caption = f"{escape(DAILY_TITLE.format(station=station))}{GAP}{date}"
    head = (
        f"<tr><th colspan='{n_services + 5}' class='cap'>{caption}</th></tr>"
        "<tr><th rowspan='2' width='5%' class='nw'>序号</th><th rowspan='2' width='11%'>姓名</th>"
        "<th rowspan='2' width='9%'>手机<br/>后四位</th><th rowspan='2'>身份（请打√）</th>"
        f"<th colspan='{n_services}'>使用服务（请打√）</th><th rowspan='2' width='8%'>时间</th></tr>"
        f"<tr>{service_heads}</tr>"
    )
    boxes = "".join("<td class='box'>□</td>" for _ in services)
    body = "".join(
        f"<tr><td align='center'>{n}</td><td>&nbsp;</td><td>&nbsp;</td><td class='kind'>{KIND_BOXES}</td>"
        f"{boxes}<td>&nbsp;</td></tr>"
        for n in range(1, rows + 1)
    )
    note = "电脑不能用时使用：来访人员请写姓名（或只写手机后四位），在身份和使用的服务下打√，写上到达时间。" \
           "值班人员事后在“活动签到 → 录入纸质到访登记表”中补录。"
    return f"""<html><head><style>{_STYLE.format(cell_pt=11, pad=DAILY_PAD)}</style></head><body>
<h2>{escape(DAILY_TITLE.format(station=station))}</h2>
<p class="date">{date}{GAP}值班人：____________</p>
<p class="note">{note}</p>
<table class="sheet" width="100%" border="1" cellspacing="0" cellpadding="4">
<thead>{head}</thead>
<tbody>{body}</tbody>
</table>
<p class="foot">共 {rows} 行{GAP}录入人：____________{GAP}录入日期：____________</p>
</body></html>"""
