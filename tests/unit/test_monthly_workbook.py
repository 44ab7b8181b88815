"""The monthly workbook: sheets, headers, real dates and numbers, formula-safe text, masked
phones, the summary's figures equal to the figures functions, and ``desk export``."""

import datetime as dt
import os
import shutil
import subprocess
import sys

import openpyxl
import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog
from desk.reports import monthly
from desk.services import figures
from desk.services.people import records as people
from tests.unit.test_figures import NOV, station  # noqa: F401 (the hand-built station)

DETAIL_SHEETS = ["到访明细", "慰问发放明细", "微心愿明细", "随手拍明细", "一老一小明细", "活动签到明细", "积分明细"]


def summary_values(ws):
    return {row[0]: (row[1], row[2]) for row in ws.iter_rows(values_only=True) if row and row[0]}


@pytest.fixture
def book(station, staff, tmp_path):  # noqa: F811
    result = monthly.export_workbook(NOV, tmp_path / "月报.xlsx", staff)
    return result, openpyxl.load_workbook(result.path)


def test_the_summary_comes_first_and_every_duty_has_its_sheet(book):
    result, wb = book
    assert wb.sheetnames[0] == "汇总"
    assert wb.sheetnames[1:] == DETAIL_SHEETS
    assert wb["汇总"]["A1"].value == "乐享驿站2026年11月工作月报"
    assert result.path.name == "月报.xlsx" and not list(result.path.parent.glob(".*part*"))


def test_summary_figures_are_the_figures_functions(book):
    _, wb = book
    values = summary_values(wb["汇总"])
    report = figures.gather(NOV)
    assert values["服务人次"] == (report.now.visits.person_times, report.ytd.visits.person_times) == (4, 5)
    assert values["服务人数（已登记）"][0] == 2
    assert values["其中未登记散客人次"][0] == 1
    assert values["发放份数"][0] == 2 and values["骑手送上门份数"][0] == 1
    assert values["发放积分"][0] == report.now.points.awarded


def test_detail_sheets_have_frozen_bold_headers_filters_and_real_types(book):
    _, wb = book
    ws = wb["到访明细"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["A1"].value == "到访时间"
    assert ws.auto_filter.ref == "A1:H5"
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&A" in ws.oddHeader.center.text
    first = [c for c in ws[2]]
    assert isinstance(first[0].value, dt.datetime) and first[0].value == dt.datetime(2026, 11, 1)
    assert first[2].value == "138****0001"  # masked by default
    points_ws = wb["积分明细"]
    assert all(isinstance(r[3], int) for r in points_ws.iter_rows(min_row=2, values_only=True))


def test_a_month_without_records_keeps_the_layout_with_zeros(staff, tmp_path):
    result = monthly.export_workbook(figures.month("2025-02"), tmp_path / "empty.xlsx", staff)
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[:1] == ["汇总"] and all(n in wb.sheetnames for n in DETAIL_SHEETS)
    values = summary_values(wb["汇总"])
    assert values["服务人次"] == (0, 0) and values["发放份数"] == (0, 0)
    for label in ("收集心愿", "已完成", "上报", "已解决", "帮扶老人（人次）", "帮扶儿童（人次）", "举办活动（场）", "参加人次"):
        assert values[label] == (0, 0), label
    assert values["　节日走访：场次"] == (0, 0)  # every kind of event, every month: the layout stays
    assert wb["到访明细"].max_row == 1


def test_user_text_starting_with_a_formula_stays_text(staff, tmp_path):
    zhang = people.create_person(people.PersonInput(name="=1+1", phone="13900000009", platform="@SUM(A1)"), staff)
    from desk.services.checkin import visits as checkin
    from desk.models import ServiceType

    checkin.check_in(zhang.id, [ServiceType.get(ServiceType.code == "water").id], staff)
    result = monthly.export_workbook(figures.month(dt.date.today()), tmp_path / "f.xlsx", staff)
    ws = openpyxl.load_workbook(result.path)["到访明细"]
    name, platform = ws.cell(2, 2), ws.cell(2, 5)
    assert name.data_type == "s" and name.value == "=1+1"
    assert platform.data_type == "s" and platform.value == "@SUM(A1)"


def test_unmasked_needs_an_admin_and_is_audited(station, staff, admin, tmp_path):  # noqa: F811
    with pytest.raises(PermissionDenied):
        monthly.export_workbook(NOV, tmp_path / "x.xlsx", staff, unmasked=True)
    assert not (tmp_path / "x.xlsx").exists()
    monthly.export_workbook(NOV, tmp_path / "x.xlsx", admin, unmasked=True)
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["到访明细"]
    assert ws.cell(2, 3).value == "13800000001"
    assert AuditLog.select().where(AuditLog.action == "report.export_unmasked").count() == 1


def test_a_volunteer_cannot_export(volunteer, tmp_path):
    with pytest.raises(PermissionDenied):
        monthly.export_workbook(NOV, tmp_path / "x.xlsx", volunteer)


def test_a_file_open_in_excel_is_a_clear_message_and_nothing_half_written(station, staff, tmp_path, monkeypatch):  # noqa: F811
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"the old one")

    def locked(src, dst):
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(monthly.os, "replace", locked)
    with pytest.raises(ValidationError) as err:
        monthly.export_workbook(NOV, target, staff)
    assert "Excel" in str(err.value)
    assert target.read_bytes() == b"the old one"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["月报.xlsx"]


def test_a_missing_folder_or_a_folder_as_file_is_refused(staff, tmp_path):
    with pytest.raises(ValidationError):
        monthly.export_workbook(NOV, tmp_path / "nope" / "x.xlsx", staff)
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(ValidationError):
        monthly.export_workbook(NOV, tmp_path / "dir.xlsx", staff)


def _desk(*args, cwd):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=120)


def test_desk_export_prints_the_path_and_refuses_bad_months(database, admin, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    database.close()
    shutil.copy(database.database, folder / "desk.db")
    repo = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    out = tmp_path / "out.xlsx"
    ok = _desk("export", "--month", "2026-11", "--data-dir", str(folder), "-o", str(out), cwd=repo)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == str(out) and out.exists()
    assert openpyxl.load_workbook(out).sheetnames[0] == "汇总"
    for bad in ("2026-13", "bogus"):
        run = _desk("export", "--month", bad, "--data-dir", str(folder), cwd=repo)
        assert run.returncode == 2 and bad in run.stderr
    run = _desk("export", "--month", "2026-11", "--data-dir", str(folder), "-o", str(tmp_path / "no" / "x.xlsx"), cwd=repo)
    assert run.returncode == 3 and "does not exist" in run.stderr


def test_duty_sections_are_the_duties_own_figures(tmp_path, staff, admin):
    """A hazard report resolved and one left open, from the grid duty's own service: the summary
    shows what the duty's figures function says, and the detail sheet lists both."""
    from desk.services.grid import reports as grid_reports
    from tests import grid_support

    rider = grid_support.rider(staff)
    done = grid_support.report(staff, rider.id)
    grid_support.report(staff, rider.id, building=7, code="stairwell_clutter")
    grid_reports.resolve_report(done.report_id, "已清理", staff, without_dispatch=True)
    month = figures.month(dt.date.today())
    result = monthly.export_workbook(month, tmp_path / "g.xlsx", staff)
    wb = openpyxl.load_workbook(result.path)
    values = summary_values(wb["汇总"])
    from desk.services.grid.figures import figures as grid_figures

    duty = grid_figures(month.start, month.last_day)
    assert values["上报"][0] == duty.opened == 2
    assert values["已解决"][0] == duty.resolved == 1
    assert values["期末未解决"][0] == duty.still_open == 1
    sheet = list(wb["随手拍明细"].iter_rows(min_row=2, values_only=True))
    assert len(sheet) == 2 and {r[8] for r in sheet} == {"已解决", "已上报"}
    assert all(r[3] == "138****1111" for r in sheet)


def test_the_hazard_sheet_says_not_confirmed_and_its_resolved_rows_match_the_summary(tmp_path, staff):
    """不属实 (found false), as on the grid tab, not 未核实 ("not checked yet"); a report found false
    after it was resolved has no resolution time, so counting the sheet gives the summary's 已解决."""
    from desk.models import HazardReport
    from desk.services.grid import reports as grid_reports
    from tests import grid_support

    rider = grid_support.rider(staff)
    kept = grid_support.report(staff, rider.id)
    false = grid_support.report(staff, rider.id, building=7, code="stairwell_clutter")
    for made in (kept, false):
        grid_reports.resolve_report(made.report_id, "已清理", staff, without_dispatch=True)
    grid_reports.reject_report(false.report_id, "复查没有杂物", staff)
    # A database from before the fix still holds the old resolution of a report found false.
    HazardReport.update(resolved_at=dt.datetime.now().replace(microsecond=0), resolution="已清理").where(
        HazardReport.id == false.report_id).execute()
    month = figures.month(dt.date.today())
    wb = openpyxl.load_workbook(monthly.export_workbook(month, tmp_path / "g.xlsx", staff).path)
    rows = {r[0]: r for r in wb["随手拍明细"].iter_rows(min_row=2, values_only=True)}
    assert rows[false.report_id][8] == "不属实"
    assert rows[false.report_id][11] is None and rows[false.report_id][12] is None
    assert rows[kept.report_id][8] == "已解决" and rows[kept.report_id][12] == "已清理"
    with_resolution = sum(1 for r in rows.values() if r[11] is not None)
    assert with_resolution == summary_values(wb["汇总"])["已解决"][0] == 1


def test_help_records_never_show_who_was_helped(tmp_path, staff, admin):
    from desk.services.grid import help as grid_help
    from desk.services.people.records import PersonInput, create_person

    rider = create_person(PersonInput(name="李强", phone="13800000002"), staff)
    record = grid_help.record_help(
        grid_help.HelpInput(helper_ids=[rider.id], happened_at=dt.datetime.now().replace(microsecond=0),
                            place="3号楼游乐场", helped_kind="child", helped_name="小明明", helped_age=6,
                            helped_contact="13911112222", what_happened="孩子在游乐场哭", outcome="taken_home"),
        staff, confirm=True)
    assert record is not None
    result = monthly.export_workbook(figures.month(dt.date.today()), tmp_path / "h.xlsx", admin, unmasked=True)
    wb = openpyxl.load_workbook(result.path)
    texts = [str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not any("小明明" in s or "13911112222" in s or "游乐场" in s for s in texts)
    assert any("李强" in s for s in texts)  # the rider who helped is recognised
    values = summary_values(wb["汇总"])
    assert values["帮扶儿童（人次）"][0] == 1


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (.ci/run installs libreoffice-calc)")
def test_the_workbook_opens_in_a_real_office_suite(station, staff, tmp_path):  # noqa: F811
    """LibreOffice converts the workbook to PDF: it opens cleanly, every sheet prints with its name."""
    result = monthly.export_workbook(NOV, tmp_path / "月报.xlsx", staff)
    office = shutil.which("libreoffice") or shutil.which("soffice")
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running office, no first-run wizard
    run = subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                          "--outdir", str(tmp_path), str(result.path)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "月报.pdf"
    assert pdf.exists(), run.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "2026年11月工作月报" in text.replace(" ", "")
    for sheet in ["汇总", *DETAIL_SHEETS]:
        assert sheet in text


def test_long_text_wraps_and_its_row_is_as_tall_as_its_lines(tmp_path, staff):
    """Seen printing the demo's November: descriptions and rule names cut off by the next cell, and
    the last column's text running past the table, so the hazard sheet printed at half size.
    LibreOffice and WPS keep a row one line tall whatever it wraps: the height is written."""
    from desk.services.grid import reports as grid_reports
    from tests import grid_support

    rider = grid_support.rider(staff)
    long = grid_reports.record_report(grid_reports.ReportInput(
        grid_id=grid_support.grid(3).id, category_id=grid_support.category("entrance_bikes").id,
        reporter_id=rider.id, building=3, description="3号楼2单元门口停满自行车，老人进出不方便，" * 3), staff)
    short = grid_support.report(staff, rider.id, building=9, code="fire_lane")
    wb = openpyxl.load_workbook(monthly.export_workbook(figures.month(dt.date.today()), tmp_path / "g.xlsx",
                                                        staff).path)
    ws = wb["随手拍明细"]
    row_of = {r[0].value: r[0].row for r in ws.iter_rows(min_row=2)}
    assert ws.row_dimensions[row_of[long.report_id]].height >= 3 * monthly.LINE_HEIGHT
    for cell in ws[row_of[long.report_id]]:
        if cell.value is not None:
            assert cell.alignment.vertical == "top", cell.coordinate  # the row's cells line up
            if isinstance(cell.value, str):
                assert cell.alignment.wrap_text, (cell.coordinate, cell.value)
    assert ws.row_dimensions[row_of[short.report_id]].height is None  # one line: left plain


def test_fast_text_takes_the_quick_path_only_for_safe_text():
    from openpyxl import Workbook

    from desk.services.common.cells import fast_text

    ws = Workbook(write_only=True).create_sheet("x")
    assert fast_text(ws, "张阳 美团") == "张阳 美团"
    for risky in ("=1+1", "+86 138", "@SUM(A1)", "-2", "\tx", "铃\x07声"):
        cell = fast_text(ws, risky)
        assert cell.data_type == "s" and "\x07" not in cell.value
