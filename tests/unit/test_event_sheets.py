"""The printed sheets' HTML: the sign-in sheet (签到表) and the daily visitor sheet (到访登记表)."""

import datetime as dt
import re

import pytest

from desk.reports import event_sheets
from desk.services import events
from desk.services.common import catalogs, units
from desk.services.people import records as people

START = dt.datetime.now().replace(microsecond=0, second=0) + dt.timedelta(days=2)


@pytest.fixture
def event(staff):
    unit = units.add_unit(units.UnitInput("阳光幼儿园", kind="school"), staff)
    return events.create_event(events.EventInput(
        title="京剧脸谱手工课", category="culture_sports", starts_at=START, ends_at=START + dt.timedelta(hours=2),
        organiser="筑业花园社区党委", unit_ids=[unit.id], capacity=25), staff)


def add(staff, name, phone, platform=""):
    return people.create_person(people.PersonInput(name=name, phone=phone, platform=platform), staff)


def names_in_order(html):
    return re.findall(r"<tr><td align='center'>\d+</td><td>([^<]*)</td>", html)


def test_surname_grouped_pinyin_order():
    names = ["张伟", "章明", "李强", "曾涛", "欧阳娜", "单勇", "陈杰", "张阿三", "Tom", "区华"]
    ordered = sorted(names, key=event_sheets.surname_sort_key)
    assert ordered == ["陈杰", "李强", "区华", "欧阳娜", "单勇", "Tom", "曾涛", "张阿三", "张伟", "章明"]


def test_sign_in_sheet_lists_registered_people_first_with_masked_phones(staff, volunteer, event):
    ids = [add(staff, n, p, pl).id for n, p, pl in (
        ("张伟", "13800001111", "美团"), ("李强", "13900002222", "顺丰"), ("曾涛", "13700003333", ""),
        ("陈杰", "13600004444", "饿了么"))]
    events.register(event.id, ids, volunteer)
    html = event_sheets.sign_in_sheet_html(event.id, rows=10, printed_on=dt.date(2026, 3, 1))
    assert names_in_order(html)[:4] == ["陈杰", "李强", "曾涛", "张伟"]
    assert "138****1111" in html and "13800001111" not in html and "顺丰" in html
    for head in ("序号", "姓名", "单位(平台)", "联系电话", "签到时间", "签名"):
        assert f">{head}</th>" in html
    assert "<thead>" in html and html.index("<thead>") < html.index("序号") < html.index("</thead>")
    # The event's name and day are in the repeated header too, for a page that comes loose.
    assert START.strftime("%Y-%m-%d") in html[html.index("<thead>"):html.index("</thead>")]
    assert html.count("<tr>") == 2 + 10  # two header rows, 4 registered + 6 blank
    for text in ("京剧脸谱手工课", "乐享驿站多功能会议室", "筑业花园社区党委", "阳光幼儿园", "已报名 4 人",
                 "限额：25 人", START.strftime("%H:%M")):
        assert text in html


def test_more_registered_than_rows_prints_everyone(staff, volunteer, event):
    ids = [add(staff, f"骑手{i}", f"1380000{i:04d}").id for i in range(12)]
    events.register(event.id, ids, volunteer)
    html = event_sheets.sign_in_sheet_html(event.id, rows=5)
    assert len(names_in_order(html)) == 12 and html.count("<tr>") == 2 + 12


def test_cancelled_event_says_so(staff, event):
    events.cancel_event(event.id, "暴雨预警", staff)
    assert "本活动已取消：暴雨预警" in event_sheets.sign_in_sheet_html(event.id)


def test_daily_visitor_sheet_has_a_tick_box_per_service(admin):
    day = dt.date(2026, 3, 2)
    html = event_sheets.daily_visitor_sheet_html(day, rows=15)
    services = catalogs.services()
    for head in ("序号", "姓名", "手机<br/>后四位", "身份（请打√）", "使用服务（请打√）", "时间"):
        assert head in html
    for s in services:
        assert f">{s.name}</th>" in html
    assert "2026年3月2日（星期一）" in html
    assert "□骑手 □快递 □司机 □其他" in html
    assert html.count("<td class='box'>□</td>") == 15 * len(services)
    catalogs.retire_service(services[-1].id, admin)
    assert f">{services[-1].name}</th>" not in event_sheets.daily_visitor_sheet_html(day)
    assert "______年____月____日" in event_sheets.daily_visitor_sheet_html(None)
