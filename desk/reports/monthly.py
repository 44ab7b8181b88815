"""The monthly workbook for the community party committee (社区党委工作月报), Qt-free.

A summary sheet first (title, period, who made it; the month and the year to date side by
side; the year month by month; the month's top riders), then one detail sheet per duty. The
layout never changes from month to month: a duty with no records shows 0 and an empty sheet
with its headers, so the committee can paste it into its own table.

Written with openpyxl's write-only mode (memory stays flat for a busy month) under a temporary
name, then renamed: a half-written workbook never appears. Every cell that comes from user text
goes through the formula-safe writer; dates and numbers are real dates and numbers.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from dataclasses import dataclass
from typing import Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk.services.common.cells import fast_text, text_cell
from desk.services.figures import Figures, Report
from desk.services.figures.details import DATE, DATETIME, NUMBER, TEXT, Column, Detail
from desk.services.people.terms import KIND_ZH

TITLE_FONT = Font(name="宋体", size=16, bold=True)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER_WRAP = Alignment(horizontal="center", vertical="center", wrap_text=True)
MONTH_COLUMNS = (("月份", ""), ("服务人次", "person_times"), ("服务人数", "people"), ("新登记", "registered"),
                 ("发放份数", "shares"), ("微心愿完成", "wishes_fulfilled"), ("随手拍上报", "hazard_reports"),
                 ("一老一小", "people_helped"), ("活动场次", "events"), ("活动人次", "attendance"),
                 ("发放积分", "points"))
OUTCOME_ZH = {"taken_home": "送回家", "handed_to_family": "交给家属", "handed_to_community": "交给社区",
              "police_called": "报警求助"}
EVENT_CATEGORY_ZH = {"festival_visit": "节日走访", "health_clinic": "健康义诊", "culture_sports": "文体活动",
                     "safety_legal": "安全法治教育", "volunteering": "志愿服务", "party_building": "党建活动",
                     "meeting": "会议", "other": "其他活动"}
CATEGORY_ZH = {"activity": "社区活动", "gift": "慰问品送上门", "hazard": "随手拍", "help": "一老一小",
               "wish": "微心愿", "event": "参加活动", "manual": "其他"}


def _cell(ws, value, *, font=None, fill=None, border=None, fmt=None, align=None):
    if isinstance(value, str):
        cell = text_cell(ws, value)
    else:
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, dt.datetime):
            cell.number_format = fmt or "yyyy-mm-dd hh:mm"
        elif isinstance(value, dt.date):
            cell.number_format = fmt or "yyyy-mm-dd"
    if font:
        cell.font = font
    if fill:
        cell.fill = fill
    if border:
        cell.border = border
    if align:
        cell.alignment = align
    return cell


def _print_setup(ws, *, landscape: bool, title_rows: str | None = "1:1") -> None:
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


# --- the summary sheet ---------------------------------------------------------------------------


def _summary_rows(now: Figures, ytd: Figures) -> Iterable[tuple[str, object, object] | str]:
    """(label, month, year to date) rows, and section titles as plain strings."""
    yield "一、到访服务"
    yield ("服务人次", now.visits.person_times, ytd.visits.person_times)
    yield ("服务人数（已登记）", now.visits.people, ytd.visits.people)
    yield ("其中未登记散客人次", now.visits.anonymous, ytd.visits.anonymous)
    ytd_service = dict(ytd.visits.by_service)
    for name, times in now.visits.by_service:
        yield (f"　{name}（人次）", times, ytd_service.get(name, 0))
    ytd_kind = dict(ytd.visits.by_kind)
    for code, times in now.visits.by_kind:
        if times or ytd_kind.get(code):
            yield (f"　{KIND_ZH.get(code, code)}（人次）", times, ytd_kind.get(code, 0))
    yield ("新登记人员", now.people.registered, ytd.people.registered)
    yield ("其中新就业群体", now.people.workers, ytd.people.workers)
    yield ("爱心骑手队现有队员", now.people.caring_team, ytd.people.caring_team)
    yield "二、慰问发放"
    yield ("发放份数", now.gifts.shares, ytd.gifts.shares)
    yield ("受益人数", now.gifts.people, ytd.gifts.people)
    yield ("骑手送上门份数", now.gifts.deliveries, ytd.gifts.deliveries)
    ytd_items = {(n, u): q for n, u, q in ytd.gifts.by_item}
    for name, unit in sorted(set(ytd_items) | {(n, u) for n, u, _ in now.gifts.by_item}):
        month_qty = next((q for n, u, q in now.gifts.by_item if (n, u) == (name, unit)), 0)
        yield (f"　{name}（{unit}）", month_qty, ytd_items.get((name, unit), 0))
    ytd_campaigns = {n: s for n, s, _ in ytd.gifts.by_campaign}
    for name in list(ytd_campaigns):
        month_n = next((s for n, s, _ in now.gifts.by_campaign if n == name), 0)
        yield (f"　{name}（份）", month_n, ytd_campaigns[name])
    for name, unit, left in now.gifts.stock_left:
        yield (f"　库存余量：{name}（{unit}）", left, "")
    yield "三、微心愿"
    yield ("收集心愿", now.wishes.taken_down, ytd.wishes.taken_down)
    yield ("审核通过", now.wishes.approved, ytd.wishes.approved)
    yield ("被认领", now.wishes.claimed, ytd.wishes.claimed)
    yield ("已完成", now.wishes.fulfilled, ytd.wishes.fulfilled)
    yield ("未通过", now.wishes.declined, ytd.wishes.declined)
    yield ("致谢认领方（个人/单位）", now.wishes.claimants_thanked, ytd.wishes.claimants_thanked)
    ytd_wish = {c.category: c for c in ytd.wishes.by_category}
    for c in now.wishes.by_category:
        y = ytd_wish.get(c.category)
        yield (f"　{c.category}：收集", c.taken_down, y.taken_down if y else 0)
        yield (f"　{c.category}：完成", c.fulfilled, y.fulfilled if y else 0)
    yield "四、网格随手拍"
    yield ("上报", now.grid.opened, ytd.grid.opened)
    yield ("已解决", now.grid.resolved, ytd.grid.resolved)
    yield ("期末未解决", now.grid.still_open, ytd.grid.still_open)
    yield ("其中逾期", now.grid.overdue, ytd.grid.overdue)
    yield ("解决用时中位数（天）", _days(now.grid.median_days_to_resolve), _days(ytd.grid.median_days_to_resolve))
    ytd_cat = {c.category: c for c in ytd.grid.by_category}
    for c in now.grid.by_category:
        y = ytd_cat.get(c.category)
        yield (f"　{c.category}：上报", c.opened, y.opened if y else 0)
    ytd_grid = {c.grid_name: c for c in ytd.grid.by_grid}
    for c in now.grid.by_grid:
        y = ytd_grid.get(c.grid_name)
        yield (f"　{c.grid_name}：上报", c.opened, y.opened if y else 0)
        yield (f"　{c.grid_name}：解决", c.resolved, y.resolved if y else 0)
    yield "五、一老一小"
    yield ("帮扶老人（人次）", now.grid.help_elderly.total, ytd.grid.help_elderly.total)
    yield ("帮扶儿童（人次）", now.grid.help_child.total, ytd.grid.help_child.total)
    for code, word in OUTCOME_ZH.items():
        month_n = now.grid.help_elderly.by_outcome.get(code, 0) + now.grid.help_child.by_outcome.get(code, 0)
        year_n = ytd.grid.help_elderly.by_outcome.get(code, 0) + ytd.grid.help_child.by_outcome.get(code, 0)
        yield (f"　{word}", month_n, year_n)
    yield "六、活动"
    yield ("举办活动（场）", now.events.events_held, ytd.events.events_held)
    yield ("参加人次", now.events.attendance, ytd.events.attendance)
    yield ("参加人数", now.events.attendees, ytd.events.attendees)
    yield ("其中临时参加人次", now.events.walk_ins, ytd.events.walk_ins)
    ytd_ev = {c.category: c for c in ytd.events.by_category}
    for code, word in EVENT_CATEGORY_ZH.items():
        c = next((c for c in now.events.by_category if c.category == code), None)
        y = ytd_ev.get(code)
        # Every kind, every month: the committee pastes the rows into its own table.
        yield (f"　{word}：场次", c.events if c else 0, y.events if y else 0)
        yield (f"　{word}：人次", c.attendance if c else 0, y.attendance if y else 0)
    yield "七、积分"
    yield ("发放积分", now.points.awarded, ytd.points.awarded)
    yield ("获得积分人次", now.points.awards, ytd.points.awards)
    yield ("获得积分人数", now.points.earners, ytd.points.earners)
    ytd_cat = {c: p for c, p, _ in ytd.points.by_category}
    for cat in sorted(set(ytd_cat) | {c for c, _, _ in now.points.by_category}):
        month_p = next((p for c, p, _ in now.points.by_category if c == cat), 0)
        yield (f"　{CATEGORY_ZH.get(cat, cat)}（积分）", month_p, ytd_cat.get(cat, 0))
    yield ("冲正积分", now.points.reversed, ytd.points.reversed)
    yield ("兑换积分", now.points.redeemed, ytd.points.redeemed)
    yield ("兑换次数", now.points.redemptions, ytd.points.redemptions)


def _days(value: float | None):
    return "" if value is None else value


def _write_summary(wb: Workbook, report: Report, extra_rows: Iterable, unmasked: bool) -> None:
    from desk.services.common.masking import mask_phone

    ws = wb.create_sheet("汇总")
    for col, width in zip("ABCDEFGHIJK", (30, 12, 12, 9, 9, 9, 9, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = width
    _print_setup(ws, landscape=False, title_rows="6:6")
    period = report.period
    ws.append([_cell(ws, f"{report.station}{period.title()}工作月报" if period.kind == "month"
                     else f"{report.station}{period.title()}工作报表", font=TITLE_FONT)])
    ws.append([_cell(ws, "统计期间"), _cell(ws, f"{period.start:%Y-%m-%d} 至 {period.last_day:%Y-%m-%d}")])
    ws.append([_cell(ws, "制表日期"), _cell(ws, report.made_at.date())])
    ws.append([_cell(ws, "制表人"), _cell(ws, report.made_by or "")])
    ws.append([])
    month_head = "本月" if period.kind == "month" else "本期"
    ws.append([_cell(ws, h, font=BOLD, fill=HEAD_FILL, border=BOX) for h in ("项目", month_head, "本年累计")])
    for row in list(_summary_rows(report.now, report.ytd)) + list(extra_rows):
        if isinstance(row, str):
            ws.append([_cell(ws, row, font=BOLD, fill=SECTION_FILL, border=BOX),
                       _cell(ws, "", fill=SECTION_FILL, border=BOX), _cell(ws, "", fill=SECTION_FILL, border=BOX)])
        else:
            ws.append([_cell(ws, row[0], border=BOX), _cell(ws, row[1], border=BOX), _cell(ws, row[2], border=BOX)])
    ws.append([])
    ws.append([_cell(ws, f"{period.year}年逐月", font=BOLD)])
    ws.append([_cell(ws, h, font=BOLD, fill=HEAD_FILL, border=BOX, align=CENTER_WRAP) for h, _f in MONTH_COLUMNS])
    for m in report.months:
        ws.append([_cell(ws, f"{m.month}月", border=BOX)] + [_cell(ws, getattr(m, f), border=BOX)
                                                            for _h, f in MONTH_COLUMNS[1:]])
    # A person who came in March and in May is one person each month, not one in the year: no sum.
    ws.append([_cell(ws, "合计", font=BOLD, border=BOX)] + [
        _cell(ws, "" if f == "people" else sum(getattr(m, f) for m in report.months), font=BOLD, border=BOX)
        for _h, f in MONTH_COLUMNS[1:]])
    ws.append([])
    ws.append([_cell(ws, f"{month_head}积分前十名", font=BOLD)])
    ws.append([_cell(ws, h, font=BOLD, fill=HEAD_FILL, border=BOX) for h in ("排名", "姓名", "手机号", "平台/单位", "积分", "次数")])
    for r in report.now.points.top:
        ws.append([_cell(ws, r.rank, border=BOX), _cell(ws, r.name, border=BOX),
                   _cell(ws, r.phone if unmasked else mask_phone(r.phone), border=BOX),
                   _cell(ws, r.platform, border=BOX), _cell(ws, r.points, border=BOX), _cell(ws, r.deeds, border=BOX)])
    if not report.now.points.top:
        ws.append([_cell(ws, "（本期无）")])


# --- detail sheets --------------------------------------------------------------------------------


LINE_HEIGHT = 15  # points, one line of 11-point text


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (a Chinese
    character is two of them)."""
    room = max(int(width) - 1, 1)
    if 2 * len(text) <= room and "\n" not in text:
        return 1  # most names and notes: no need to look at each character
    lines = 0
    for part in text.splitlines() or [""]:
        used = sum(2 if ord(ch) > 0x2E7F else 1 for ch in part)
        lines += max(1, -(-used // room))
    return lines


def _write_detail(wb: Workbook, detail: Detail) -> int:
    ws = wb.create_sheet(detail.sheet[:31])
    columns: tuple[Column, ...] = detail.columns
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    _print_setup(ws, landscape=detail.landscape)
    # Long text (a description, a resolution, a rule's name) wraps inside its column: unwrapped it
    # was cut off by the next cell, and the last column's ran past the table, so LibreOffice and
    # Excel shrank the whole printed page to fit it. Such a row is as tall as its lines (no office
    # suite grows it by itself) and its cells sit at the top; one-line rows stay plain and quick.
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    ws.append([_cell(ws, c.title, font=BOLD, fill=HEAD_FILL, border=BOX) for c in columns])
    count = 0
    for row in detail.rows:
        lines = max((_lines(str(v), c.width) for c, v in zip(columns, row) if c.kind == TEXT and v), default=1)
        tall = lines > 1
        align = top if tall else None
        cells = []
        for col, value in zip(columns, row):
            if value is None or value == "":
                cells.append(None)
            elif col.kind == DATETIME:
                cells.append(_cell(ws, value, fmt="yyyy-mm-dd hh:mm", align=align))
            elif col.kind == DATE:
                cells.append(_cell(ws, value, fmt="yyyy-mm-dd", align=align))
            elif col.kind == NUMBER:
                cells.append(_cell(ws, value, align=align))
            elif tall:
                cells.append(_cell(ws, str(value), align=wrap))
            else:
                cells.append(fast_text(ws, str(value)))
        if tall:
            ws.row_dimensions[count + 2].height = LINE_HEIGHT * lines
        ws.append(cells)
        if tall:
            del ws.row_dimensions[count + 2]  # written: memory stays flat on a busy month
        count += 1
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def write_workbook(report: Report, details: Iterable[Detail], path: str | os.PathLike[str], *,
                   extra_summary: Iterable = (), unmasked: bool = False) -> Path:
    """Write the workbook to ``path`` (through a temporary file in the same folder)."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.part{path.suffix}")
    wb = Workbook(write_only=True)
    wb.properties.title = f"{report.station}{report.period.title()}工作月报"
    wb.properties.creator = report.made_by or report.station
    _write_summary(wb, report, extra_summary, unmasked)
    for detail in details:
        _write_detail(wb, detail)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


# --- the operation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period_title: str
    sheets: tuple[str, ...]
    unmasked: bool


def default_name(period, station: str = "") -> str:
    from desk.config import STATION_NAME

    return f"{station or STATION_NAME}工作月报-{period.file_stem()}.xlsx"


def export_workbook(period, path: str | os.PathLike[str], operator, *, unmasked: bool = False,
                    progress=None) -> ExportResult:
    """Gather the figures of ``period`` and write the workbook to ``path``; audited.

    Staff export with phones masked; an unmasked export needs ``report.export_unmasked`` (admin)
    and is recorded as such. ``progress(step, total)`` is called as sheets are written.
    """
    from desk.db import write
    from desk.errors import ValidationError, translate
    from desk.services.common import audit
    from desk.services.common.permissions import require
    from desk.services.figures import details as detail_tables
    from desk.services.figures import gather

    require(operator, "report.export_unmasked" if unmasked else "report.export")
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if path.exists() and path.is_dir():
        raise ValidationError(translate("DeskError", "{0} is a folder; choose a file name."), str(path))
    if not path.parent.is_dir():
        raise ValidationError(translate("DeskError", "The folder {0} does not exist."), str(path.parent))
    report = gather(period, made_by=operator.name)
    s, e = period.start, period.end
    makers = detail_tables.DETAILS
    tables = []
    for i, make in enumerate(makers):
        tables.append(make(s, e, unmasked))
        if progress:
            progress(i + 1, len(makers) + 1)
    try:
        write_workbook(report, tables, path, extra_summary=summary_extras(report), unmasked=unmasked)
    except PermissionError:
        raise ValidationError(
            translate("DeskError", "{0} cannot be written: close it in Excel or WPS, or choose another name."),
            path.name) from None
    except OSError as exc:
        raise ValidationError(translate("DeskError", "The workbook could not be written: {0}"), exc.strerror or str(exc)) from None
    if progress:
        progress(len(makers) + 1, len(makers) + 1)
    with write():
        audit.record(operator, "report.export_unmasked" if unmasked else "report.export", "report", None,
                     after={"period": period.title(), "file": path.name, "unmasked": unmasked})
    return ExportResult(path=path, period_title=period.title(), sheets=("汇总", *(t.sheet for t in tables)),
                        unmasked=unmasked)


# The duties' summary rows (wishes, grid reports, help records, events) register here:
# functions (report) -> iterable of section titles and (label, period, year to date) rows.
SUMMARY_EXTRAS: list = []


def summary_extras(report) -> list:
    rows: list = []
    for extra in SUMMARY_EXTRAS:
        rows.extend(extra(report))
    return rows
