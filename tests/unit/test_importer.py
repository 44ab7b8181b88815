"""Roster import: every awkward file a station might hand the desk, made by the tests themselves."""

import datetime as dt
import time

import openpyxl
import pytest

from desk.cli import import_report_lines

from desk.errors import DeskError, PermissionDenied, ValidationError
from desk.models import AuditLog, Grid, Person
from desk.services.people import importer
from desk.services.people import roster
from desk.services.people.importer import ADD, CONFLICT, SKIP, UPDATE
from desk.services.people.records import PersonInput, create_person
from desk.services.people.export import export_roster


def _xlsx(path, rows, title="Sheet1", extra_sheets=()):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for name, more in extra_sheets:
        other = book.create_sheet(name)
        for row in more:
            other.append(row)
    book.save(path)
    return path


def _plan(path, sheet=None):
    table = importer.read_table(path, sheet)
    return importer.plan_import(table, importer.detect_mapping(table.headers))


def _reasons(plan):
    return {r.row: (r.action, str(r.reason) if r.reason else "") for r in plan.rows}


def test_detects_chinese_headers_and_variants():
    headers = ["序号", "姓名", "联系电话（手机）", "所属平台", "网格", "类型", "是否党员", "爱心骑手队", "备注"]
    mapping = importer.detect_mapping(headers)
    assert mapping == {1: "name", 2: "phone", 3: "platform", 4: "grid", 5: "kind", 6: "party_member",
                       7: "caring_team", 8: "note"}
    assert importer.detect_mapping(["名字", "手机号", "单位"]) == {0: "name", 1: "phone", 2: "platform"}
    assert importer.detect_mapping(["电话", "手机"]) == {0: "phone"}  # each field once
    # An ID-card column is common in a station's roster and is none of ours (not 身份, the kind).
    assert importer.detect_mapping(["姓名", "身份证号码", "紧急联系人电话", "联系电话", "人员类别"]) == {
        0: "name", 3: "phone", 4: "kind"}


def test_imports_a_typical_station_workbook(tmp_path, staff):
    path = _xlsx(tmp_path / "骑手名单.xlsx", [
        ["乐享驿站骑手名单（2026年）"],  # a title line above the header
        ["姓名", "手机号", "平台", "网格", "类型", "爱心骑手", "党员", "备注"],
        ["张阳", 13812345678, "美团", "第二网格", "外卖骑手", "是", "", "常来充电"],
        ["李四", "139 0000 1111", "顺丰", 3, "快递员", "", "中共党员", ""],
        ["王五", "+86 137-0000-2222", "滴滴出行", "网格1", "网约车", "√", "否", None],
        ["刘奶奶", None, "", "六", "老人", "", "党员", "独居"],
    ])
    table = importer.read_table(path)
    assert table.header_row == 2
    report = importer.apply_import(table, importer.detect_mapping(table.headers), staff)
    assert (report.added, report.updated, report.skipped) == (4, 0, 0)
    zhang = Person.get(Person.phone == "13812345678")
    assert (zhang.name, zhang.platform, zhang.grid.number, zhang.kind, zhang.caring_team, zhang.pinyin_initials) == (
        "张阳", "美团", 2, "rider", True, "zy")
    li = Person.get(Person.phone == "13900001111")
    assert (li.kind, li.party_member, li.grid.number) == ("courier", True, 3)
    wang = Person.get(Person.phone == "13700002222")
    assert (wang.kind, wang.caring_team, wang.party_member, wang.grid.number) == ("ride_hailing", True, False, 1)
    liu = Person.get(Person.name == "刘奶奶")
    assert (liu.phone, liu.kind, liu.party_member, liu.grid.number) == (None, "elderly", True, 6)
    assert AuditLog.select().where(AuditLog.action == "people.import").count() == 1


def test_matches_existing_people_by_phone_and_updates_only_what_the_file_says(tmp_path, volunteer, staff):
    old = create_person(PersonInput("张阳", "13812345678", platform="美团", note="老骑手"), volunteer)
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "电话", "单位", "网格", "备注"],
        ["张阳", "138-1234-5678", "", "2", ""],  # only the grid is new; an empty platform erases nothing
        ["李四", "13900001111", "顺丰", "", ""],
    ])
    plan = _plan(path)
    assert [(r.action, r.changes) for r in plan.rows] == [(UPDATE, ["grid"]), (ADD, [])]
    report = importer.apply_import(plan.table, plan.mapping, staff)
    assert (report.added, report.updated, report.skipped) == (1, 1, 0)
    p = Person.get_by_id(old.id)
    assert (p.platform, p.grid.number, p.note) == ("美团", 2, "老骑手")
    # The same file again changes nothing.
    again = importer.apply_import(plan.table, plan.mapping, staff)
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    assert "nothing new" in str(again.rows[0].reason)


def test_a_phone_of_someone_with_another_name_is_a_conflict_not_a_rename(tmp_path, volunteer, staff):
    """Issue 8.7: 何平's row carried 万凯建's phone, and 万凯建 became 何平 with all his history."""
    from desk.services.checkin import visits as checkin

    wan = create_person(PersonInput("万凯建", "13615251541", platform="美团"), volunteer)
    checkin.check_in(wan.id, [s.id for s in checkin.default_services()], volunteer)
    create_person(PersonInput("Li Si", "13900001111"), volunteer)
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号", "平台"],
        ["何平", "13615251541", "饿了么"],  # a recycled number or a typo
        ["li si", "13900001111", "顺丰"],  # the same name written differently: an ordinary update
        ["赵六", "13700002222", ""],
    ])
    plan = _plan(path)
    conflict, same, new = plan.rows
    assert (conflict.action, conflict.old_name, conflict.person_id) == (CONFLICT, "万凯建", wan.id)
    assert "万凯建" in str(conflict.reason) and "何平" in str(conflict.reason) and "136****1541" in str(conflict.reason)
    assert (same.action, new.action) == (UPDATE, ADD)
    assert (plan.count(CONFLICT), plan.count(UPDATE), plan.count(ADD), plan.count(SKIP)) == (1, 1, 1, 0)

    report = importer.apply_import(plan.table, plan.mapping, staff)  # by default a conflict changes nothing
    assert (report.added, report.updated, report.skipped, report.conflicts) == (1, 1, 0, 1)
    kept = Person.get_by_id(wan.id)
    assert (kept.name, kept.platform, kept.pinyin_initials) == ("万凯建", "美团", "wkj")
    lines = "\n".join(import_report_lines(report))
    assert "1 conflict(s) NOT imported" in lines and "row 2 何平: NOT IMPORTED: Conflict" in lines and "万凯建" in lines

    # Chosen for another person (the roster changed since the preview): still nothing.
    importer.apply_import(plan.table, plan.mapping, staff, chosen={(2, wan.id + 100)})
    assert Person.get_by_id(wan.id).name == "万凯建"
    # Chosen row by row by staff: applied, and the import's audit line says who was renamed.
    report = importer.apply_import(plan.table, plan.mapping, staff, chosen={(2, wan.id)})
    assert (report.updated, report.conflicts) == (1, 0) and report.rows[0].chosen
    assert (Person.get_by_id(wan.id).name, Person.get_by_id(wan.id).platform) == ("何平", "饿了么")
    last = AuditLog.select().where(AuditLog.action == "people.import").order_by(AuditLog.id.desc()).first()
    assert '"was": "万凯建"' in last.after and '"now": "何平"' in last.after


def test_a_member_card_code_identifies_a_person_too(tmp_path, volunteer, staff):
    zhang = create_person(PersonInput("张阳", None), volunteer)
    li = create_person(PersonInput("李四", "13900001111"), volunteer)
    sun = create_person(PersonInput("孙八", None), volunteer)
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号", "平台", "会员卡号"],
        ["张阳", "", "美团", zhang.card_code.lower()],  # found by card: an update
        ["王五", "", "", li.card_code],  # someone else's card: a conflict
        ["赵六", "13900001111", "", sun.card_code + " "],  # phone and card of two people: corrected by hand
        ["钱七", "", "", "LX00000000"],  # another desk's card: nobody here, a new person
    ])
    table = importer.read_table(path)
    mapping = importer.detect_mapping(table.headers)
    assert mapping[3] == "card_code"
    plan = importer.plan_import(table, mapping)
    by_card, other_card, two_people, foreign = plan.rows
    assert (by_card.action, by_card.person_id, by_card.changes) == (UPDATE, zhang.id, ["platform"])
    assert (other_card.action, other_card.old_name) == (CONFLICT, "李四")
    assert li.card_code in str(other_card.reason)
    assert two_people.action == SKIP and "李四" in str(two_people.reason) and "孙八" in str(two_people.reason)
    assert foreign.action == ADD
    report = importer.apply_import(table, mapping, staff)
    assert (report.added, report.updated, report.skipped, report.conflicts) == (1, 1, 1, 1)
    assert Person.get_by_id(li.id).name == "李四" and Person.get_by_id(zhang.id).platform == "美团"
    assert Person.get(Person.name == "钱七").card_code != "LX00000000"  # cards are issued here, never imported


def test_rows_skipped_with_reasons(tmp_path, staff):
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机", "平台", "网格", "类型"],
        ["张阳", "13812345678", "美团", "", ""],
        ["张阳2", "13812345678", "美团", "", ""],  # same phone again in the file
        ["", "13900001111", "", "", ""],  # no name
        ["李四", "12345", "", "", ""],  # bad phone
        ["王五", "13700002222", "", "第九网格", ""],  # no such grid
        ["赵六", "13600003333", "", "", "宇航员"],  # unknown kind
        ["周七", None, "美团", "", ""],
        ["周七", None, "美团", "", ""],  # same person twice, no phone
        ["x" * 31, "13500004444", "", "", ""],
        [None, None, None, None, None],  # blank rows are ignored silently
    ])
    plan = _plan(path)
    got = _reasons(plan)
    assert got[2][0] == ADD and got[8][0] == ADD
    assert got[3] == (SKIP, "Same phone as row 2 of the file.")
    assert got[4][0] == SKIP and "name" in got[4][1]
    assert got[5][0] == SKIP and "12345" in got[5][1]
    assert got[6] == (SKIP, "Unknown grid: 第九网格.")
    assert got[7] == (SKIP, "Unknown kind of person: 宇航员.")
    assert got[9][0] == SKIP and "row 8" in got[9][1]
    assert got[10][0] == SKIP and "30" in got[10][1]
    assert 11 not in got
    report = importer.apply_import(plan.table, plan.mapping, staff)
    assert (report.added, report.skipped) == (2, 7)


def test_a_grid_cell_merged_down_over_its_riders_belongs_to_each(tmp_path, staff):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["驿站骑手花名册"], ["网格", "姓名", "手机号", "单位"], ["第一网格", "甲一", 13800000001, "美团"],
                [None, "甲二", 13800000002, None], [None, "甲三", 13800000003, None],
                ["第二网格", "乙一", 13800000004, "顺丰"], [None, "乙二", 13800000005, "顺丰"]):
        sheet.append(row)
    for area in ("A1:D1", "A3:A5", "D3:D5", "A6:A7"):
        sheet.merge_cells(area)
    book.save(tmp_path / "merged.xlsx")
    importer.import_file(tmp_path / "merged.xlsx", staff)
    got = {p.name: (p.grid.number, p.platform) for p in Person.select()}
    assert got == {"甲一": (1, "美团"), "甲二": (1, "美团"), "甲三": (1, "美团"), "乙一": (2, "顺丰"), "乙二": (2, "顺丰")}


def test_two_phones_in_one_cell_first_is_the_phone_the_other_goes_to_the_note(tmp_path, staff):
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号", "备注"],
        ["甲", "13800000001/13900000001", "夜班"], ["乙", "13800000002、13900000002", None],
        ["丙", "13800000003/0571-8888", None],
    ])
    got = _reasons(_plan(path))
    assert got[4][0] == SKIP
    importer.apply_import(*(lambda p: (p.table, p.mapping))(_plan(path)), staff)
    assert {p.name: (p.phone, p.note) for p in Person.select()} == {
        "甲": ("13800000001", "夜班；13900000001"), "乙": ("13800000002", "13900000002")}


def test_kind_words_inside_longer_ones(tmp_path, staff):
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号", "类型"],
        ["甲", 13800000001, "美团骑手"], ["乙", 13800000002, "顺丰快递员"], ["丙", 13800000003, "货拉拉货车司机"],
        ["丁", 13800000004, "宇航员"],
    ])
    got = _reasons(_plan(path))
    assert got[5] == (SKIP, "Unknown kind of person: 宇航员.")
    importer.apply_import(*(lambda p: (p.table, p.mapping))(_plan(path)), staff)
    assert {p.name: p.kind for p in Person.select()} == {"甲": "rider", "乙": "courier", "丙": "freight"}


def test_totals_and_signature_lines_under_the_table_are_not_people(tmp_path, staff):
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号"],
        ["李 明", 13812345678],
        ["合计：1人", None],
        ["制表人：刘主任", None],
    ])
    got = _reasons(_plan(path))
    assert got[2][0] == ADD
    assert got[3] == (SKIP, "A totals or signature line, not a person.") and got[4][0] == SKIP
    importer.apply_import(*(lambda p: (p.table, p.mapping))(_plan(path)), staff)
    assert [p.name for p in Person.select()] == ["李明"]


def test_phone_numbers_as_numbers_floats_and_text(tmp_path, staff):
    path = _xlsx(tmp_path / "a.xlsx", [
        ["姓名", "手机号"],
        ["甲", 13812345678],
        ["乙", 13900001111.0],
        ["丙", "'13700002222"],
        ["丁", "８６１３６００００３３３３".replace("８６", "+86")],  # full-width digits from a Chinese IME
        ["戊", "1.38123E+10"],  # Excel's scientific display, digits lost: refused, not guessed
    ])
    got = _reasons(_plan(path))
    assert [got[r][0] for r in range(2, 6)] == [ADD] * 4
    assert got[6][0] == SKIP
    importer.apply_import(*(lambda p: (p.table, p.mapping))(_plan(path)), staff)
    assert {p.phone for p in Person.select()} == {"13812345678", "13900001111", "13700002222", "13600003333"}


def test_formulas_use_saved_results_and_report_unsaved_ones(tmp_path, staff):
    path = tmp_path / "f.xlsx"
    _xlsx(path, [["姓名", "手机号", "平台"], ["张阳", "=\"138\"&\"12345678\"", "美团"], ["李四", "13900001111", "=A3"]])
    # openpyxl saves formulas without results (as a program would): those rows are reported.
    got = _reasons(_plan(path))
    assert got[2][0] == SKIP and "formula" in got[2][1]
    assert got[3][0] == SKIP and "formula" in got[3][1]
    # A workbook saved by Excel or WPS carries each formula's result: write those results in.
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    results = {"B2": "13812345678", "C3": "美团"}
    cached = re.sub(r'<c r="(B2|C3)"( t="\w+")?><f>(.*?)</f><v\s*/>(</c>)|<c r="(B2|C3)"( t="\w+")?><f>(.*?)</f><v></v>(</c>)',
                    lambda m: f'<c r="{m[1] or m[5]}" t="str"><f>{m[3] or m[7]}</f><v>{results[m[1] or m[5]]}</v></c>', xml)
    assert cached.count("<v>") >= 2, xml
    out = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, cached.encode() if item.filename == "xl/worksheets/sheet1.xml" else data)
    plan = _plan(out)
    assert [r.action for r in plan.rows] == [ADD, ADD]
    assert plan.rows[0].data.phone == "13812345678" and plan.rows[1].data.platform == "美团"


@pytest.mark.parametrize("content, fragment", [
    (b"this is not a workbook", "cannot be read"),
    (b"PK\x03\x04broken zip", "cannot be read"),
])
def test_broken_files(tmp_path, content, fragment):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        importer.read_table(path)
    assert fragment in str(exc.value)


def test_empty_files(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        importer.read_table(empty)
    blank = _xlsx(tmp_path / "blank.xlsx", [])
    with pytest.raises(ValidationError, match="empty"):
        importer.read_table(blank)
    header_only = _xlsx(tmp_path / "header.xlsx", [["姓名", "手机号"]])
    with pytest.raises(ValidationError, match="empty"):
        importer.read_table(header_only)
    csv_empty = tmp_path / "e.csv"
    csv_empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="empty"):
        importer.read_table(csv_empty)


def test_wrong_sheet_and_sheet_choice(tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [["说明：本表为统计数据"], ["月份", "人次"], ["1月", 30]], title="统计",
                 extra_sheets=[("名单", [["姓名", "电话"], ["张阳", "13812345678"]])])
    table = importer.read_table(path)  # the first sheet with a 姓名 header is found
    assert (table.sheet, table.sheets) == ("名单", ["统计", "名单"])
    with pytest.raises(ValidationError, match="no header row"):
        importer.read_table(path, sheet="统计")
    with pytest.raises(ValidationError, match="no sheet named"):
        importer.read_table(path, sheet="Sheet9")
    stats_only = _xlsx(tmp_path / "b.xlsx", [["月份", "人次"], ["1月", 30]])
    with pytest.raises(ValidationError, match="No sheet"):
        importer.read_table(stats_only)


def test_old_xls_and_missing_file(tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError, match=".xlsx"):
        importer.read_table(old)
    with pytest.raises(ValidationError, match="does not exist"):
        importer.read_table(tmp_path / "nope.xlsx")


@pytest.mark.parametrize("encoding, delimiter", [("utf-8-sig", ","), ("gb18030", ","), ("utf-8", "\t")])
def test_csv_in_the_encodings_excel_and_wps_write(tmp_path, staff, encoding, delimiter):
    text = delimiter.join(["姓名", "手机号", "平台"]) + "\n" + delimiter.join(["张阳", "138 1234 5678", "美团"]) + "\n"
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode(encoding))
    report = importer.import_file(path, staff)
    assert report.added == 1 and Person.get().phone == "13812345678"


def test_mapping_must_name_the_name_column_once(tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [["姓名", "手机号"], ["张阳", "13812345678"]])
    table = importer.read_table(path)
    with pytest.raises(ValidationError):
        importer.plan_import(table, {1: "phone"})
    with pytest.raises(ValidationError):
        importer.plan_import(table, {0: "name", 1: "name"})
    # The user may say which column is which (here: the phone column is ignored).
    plan = importer.plan_import(table, {0: "name"})
    assert plan.rows[0].data.phone is None


def test_import_needs_staff_and_never_half_applies(tmp_path, volunteer, staff, monkeypatch):
    create_person(PersonInput("李四", "13900001111"), volunteer)
    path = _xlsx(tmp_path / "a.xlsx", [["姓名", "手机号", "平台"], ["张阳", "13812345678", "美团"],
                                       ["李四", "13900001111", "顺丰"]])
    table = importer.read_table(path)
    mapping = importer.detect_mapping(table.headers)
    with pytest.raises(PermissionDenied):
        importer.apply_import(table, mapping, volunteer)

    def failing(items, operator):
        raise ValidationError("The phone {0} is already in the roster.", "13900001111")

    monkeypatch.setattr(importer.roster_bulk, "update_many", failing)
    with pytest.raises(DeskError, match="nothing was imported"):
        importer.apply_import(table, mapping, staff)
    assert [p.name for p in Person.select()] == ["李四"]  # 张阳 was added first, then rolled back
    assert AuditLog.select().where(AuditLog.action == "person.create").count() == 1
    monkeypatch.undo()
    report = importer.apply_import(table, mapping, staff)
    assert (report.added, report.updated) == (1, 1)
    assert Person.get(Person.name == "李四").platform == "顺丰"
    zhang = Person.get(Person.name == "张阳")
    assert zhang.card_code.startswith("LX") and len(zhang.card_code) == 10 and zhang.created_by_id == staff.id
    assert AuditLog.select().where((AuditLog.action == "person.create") & (AuditLog.entity_id == zhang.id)).count() == 1
    assert AuditLog.select().where(AuditLog.action == "person.update").count() == 1


def test_five_thousand_rows(tmp_path, staff):
    rows = [["姓名", "手机号", "平台", "网格"]]
    for i in range(5000):
        rows.append([f"骑手{i}", 13000000000 + i * 7, ("美团", "饿了么", "顺丰")[i % 3], (i % 6) + 1])
    rows.append(["骑手重复", 13000000000, "美团", 1])  # a duplicate row at the very end
    path = _xlsx(tmp_path / "big.xlsx", rows)
    started = time.perf_counter()
    report = importer.import_file(path, staff)
    elapsed = time.perf_counter() - started
    assert (report.added, report.skipped) == (5000, 1)
    assert Person.select().count() == 5000
    assert Person.get(Person.name == "骑手4999").pinyin_initials.startswith("qs")
    assert elapsed < 30


def test_export_roundtrip(tmp_path, volunteer, staff, admin):
    grid = Grid.get(Grid.number == 4)
    zhang = create_person(PersonInput("张阳", "13812345678", platform="美团", grid_id=grid.id, caring_team=True),
                          staff)
    from desk.services.checkin import visits as checkin
    checkin.check_in(zhang.id, [s.id for s in checkin.default_services()], volunteer)
    create_person(PersonInput("刘奶奶", None, kind="elderly", party_member=True, note="独居"), volunteer)
    path = export_roster(roster.roster_rows(), tmp_path / "名册", admin, mask_phones=False)
    assert path.suffix == ".xlsx"
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["姓名", "手机号", "类型"]
    assert values[2][:5] == ["张阳", "13812345678", "外卖骑手", "美团", "第四网格"]
    assert sheet.auto_filter.ref == "A1:N3" and sheet.freeze_panes == "A2"
    assert values[1][7] is None and isinstance(values[2][7], dt.datetime)  # a date Excel can filter on
    masked = export_roster(roster.roster_rows(), tmp_path / "masked.xlsx", staff)  # masked unless asked
    assert openpyxl.load_workbook(masked).active["B3"].value == "138****5678"
    # Into a fresh desk: the exported file imports as the same people.
    from desk import db
    from desk.services.common import accounts, catalogs

    db.init_db(tmp_path / "fresh.db", fast_unsafe=True)
    catalogs.ensure_defaults()
    admin = accounts.add_operator("站长")
    table = importer.read_table(path)
    mapping = importer.detect_mapping(table.headers)
    assert set(mapping.values()) == {"name", "phone", "kind", "platform", "grid", "caring_team", "party_member", "note",
                                     "card_code"}
    report = importer.apply_import(table, mapping, admin)
    assert report.added == 2
    zhang = Person.get(Person.phone == "13812345678")
    assert (zhang.grid.number, zhang.caring_team, zhang.kind) == (4, True, "rider")
    liu = Person.get((Person.name == "刘奶奶") & Person.voided_at.is_null())
    assert (liu.kind, liu.party_member, liu.note) == ("elderly", True, "独居")


def test_cli_import_people(tmp_path, capsys):
    from desk import models
    from desk.cli import main

    path = _xlsx(tmp_path / "名单.xlsx", [["姓名", "手机号"], ["张阳", "13812345678"], ["李四", "123"]])
    data = tmp_path / "desk"
    assert main(["import-people", "--data-dir", str(data), str(path), "--operator", "王站长"]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "row 3" in out and "123" in out
    assert models.Person.get().name == "张阳"
    assert models.Operator.get().role == "admin"
    two = _xlsx(tmp_path / "两页.xlsx", [["姓名", "手机号"], ["王五", "13700002222"]], title="骑手",
                extra_sheets=[("志愿者", [["姓名", "电话"], ["赵六", "13600003333"]])])
    assert main(["import-people", "--data-dir", str(data), str(two)]) == 0
    assert "not read: 志愿者" in capsys.readouterr().out
    assert main(["import-people", "--data-dir", str(data), str(two), "--sheet", "志愿者"]) == 0
    assert models.Person.get(models.Person.phone == "13600003333").name == "赵六"
    broken = tmp_path / "bad.xlsx"
    broken.write_bytes(b"nope")
    assert main(["import-people", "--data-dir", str(data), str(broken)]) == 1
    assert "Nothing was imported" in capsys.readouterr().err
