"""Text a person typed or a file carried: cleaned where it is validated, and exported as text (issue 8.8, 8.9, 8.10)."""

import datetime as dt
import zipfile

import openpyxl
import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog, Person
from desk.reports import points_sheets
from desk.services.common import cells
from desk.services.common.text import clean_line, clean_note, phone_text, visible
from desk.services.people import importer, roster
from desk.services.people.export import export_roster
from desk.services.people.records import PersonInput, create_person, find_by_phone, normalise_phone, update_person
from desk.services.points import ledger as points

HOSTILE = {
    "name": "=1+1",
    "platform": '=HYPERLINK("http://x.cn","点我")',
    "note": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def _cells(path):
    """Every cell of the first sheet, read back as a spreadsheet program would see it."""
    book = openpyxl.load_workbook(path)
    return [cell for row in book.active.iter_rows() for cell in row]


def _has_formula_xml(path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return any(b"<f>" in archive.read(n) or b"<f " in archive.read(n)
                   for n in archive.namelist() if n.startswith("xl/worksheets/"))


# --- the common rules --------------------------------------------------------------------------


def test_visible_text_rules():
    assert visible("张\x07阳\u200b") == "张阳"
    assert visible("a\tb\r\nc") == "a b c"
    assert visible("a\r\nb\x85c", keep_lines=True) == "a\nb\nc"
    assert visible("x\ud800y\ufeff\u202dz\ufffe") == "xyz"
    assert clean_line("  李   四 ", 30, field="name") == "李 四"
    with pytest.raises(ValidationError, match="invisible"):
        clean_line("\u200b\u200c\u2060", 30, field="name")
    with pytest.raises(ValidationError, match="at most 3"):
        clean_line("abcd", 3, field="name")
    assert clean_line("", 30, field="note") == ""
    assert clean_note(" 第一行\x07 \r\n\r\n\r\n 第二行 ", 50) == "第一行\n\n第二行"
    assert phone_text("\u202d1380013８000\u202c") == "13800138000"


def test_safe_text_for_csv_and_tsv():
    for risky in ("=1+1", "+1+cmd|' /C calc'!A0", "-2+3+cmd|x", "@SUM(A1)", "\t=1", "\r=1", " =1"):
        assert cells.safe_text(risky) == "'" + risky
    for plain in ("张阳", "13812345678", "+86 138 1234 5678", "+86-138-1234-5678", "-5", "3.5", "", "a=b"):
        assert cells.safe_text(plain) == plain
    assert cells.safe_text("坏\x07名\ud800") == "坏名"
    assert cells.tsv([["=1+1", "a\tb", 3], ["+86 138", "@x", None]]) == "'=1+1\ta b\t3\n+86 138\t'@x\t\n"


@pytest.mark.parametrize("write_only", [True, False])
def test_write_row_keeps_text_text_and_numbers_numbers(tmp_path, write_only):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("x") if write_only else book.active
    header = WriteOnlyCell(sheet, value="=HYPERLINK(\"x\")")
    header.font = Font(bold=True)
    when = dt.datetime(2026, 9, 17, 10, 30)
    cells.write_row(sheet, [header, "=1+1", "+8613812345678", "坏\x07名", 5, 2.5, True, when, None, 13812345678],
                    text_columns={9})
    if not write_only:
        cells.set_cell(sheet, 2, 1, "-1+1")
    book.save(tmp_path / "x.xlsx")
    got = openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[0]
    row = [(c.value, c.data_type) for c in got[1]]
    assert row == [('=HYPERLINK("x")', "s"), ("=1+1", "s"), ("+8613812345678", "s"), ("坏名", "s"), (5, "n"),
                   (2.5, "n"), (True, "b"), (when, "d"), (None, "n"), ("13812345678", "s")]
    assert got["A1"].font.b and got["A1"].quotePrefix and got["C1"].quotePrefix and not got["D1"].quotePrefix
    if not write_only:
        assert (got["A2"].value, got["A2"].data_type) == ("-1+1", "s")
    assert not _has_formula_xml(tmp_path / "x.xlsx")


# --- people: text cleaned at the one place it is validated (issue 8.9) --------------------------


def test_person_text_is_cleaned_and_invisible_only_text_refused(volunteer):
    p = create_person(PersonInput("张\x07阳", "\u202d138 1234 5678\u202c", platform="美\u200b团\x1b",
                                  note="常来\x07充电\r\n带孩子"), volunteer)
    p = Person.get_by_id(p.id)
    assert (p.name, p.phone, p.platform, p.pinyin_initials) == ("张阳", "13812345678", "美团", "zy")
    assert p.note == "常来充电\n带孩子"
    for bad in ("\u200b\u200b", "\x07", "\u200d\ufeff"):
        with pytest.raises(ValidationError, match="invisible"):
            create_person(PersonInput(bad, None), volunteer)
    with pytest.raises(ValidationError, match="invisible"):
        update_person(p.id, PersonInput("张阳", "13812345678", platform="\u200b"), volunteer)
    with pytest.raises(ValidationError, match="500"):
        update_person(p.id, PersonInput("张阳", "13812345678", note="长" * 501), volunteer)
    assert Person.select().count() == 1 and Person.get_by_id(p.id).platform == "美团"  # refused: nothing changed


def test_a_full_width_digit_phone_is_stored_normalised_and_cannot_register_twice(volunteer):
    first = create_person(PersonInput("李四", "1380013８000"), volunteer)
    assert Person.get_by_id(first.id).phone == "13800138000"
    with pytest.raises(ValidationError, match="already belongs to 李四"):
        create_person(PersonInput("李四", "13800138000"), volunteer)
    with pytest.raises(ValidationError, match="already belongs to 李四"):
        create_person(PersonInput("李四", "＋８６ １３８ ００１３ ８０００"), volunteer)
    assert find_by_phone("１３８００１３８０００").id == first.id
    assert normalise_phone("\u202d13800138000\u202c") == "13800138000"
    with pytest.raises(ValidationError, match="not a mainland mobile"):
        normalise_phone("1380013８00")


def test_an_imported_row_is_cleaned_too(tmp_path, staff):
    path = tmp_path / "a.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机号", "平台", "备注"])
    book.active.append(["何平\u200b", "\u202d13615251541\u202c", "美团\u200b", "夜班"])
    book.active.append(["\u200b\u200b", "13700002222", "", ""])
    book.save(path)
    # openpyxl refuses to write a BEL: a CSV carries it, as an old system's export would.
    csv = tmp_path / "b.csv"
    csv.write_text("姓名,手机号,平台\n万\x07凯建,1380013８000,\x1b饿了么\n", encoding="utf-8")
    report = importer.import_file(path, staff)
    assert (report.added, report.skipped) == (1, 1)
    assert "invisible" in str(report.rows[1].reason)
    he = Person.get(Person.phone == "13615251541")
    assert (he.name, he.platform) == ("何平", "美团")
    assert importer.import_file(csv, staff).added == 1
    wan = Person.get(Person.phone == "13800138000")
    assert (wan.name, wan.platform) == ("万凯建", "饿了么")


# --- exports (issue 8.8, 8.9, 8.10) --------------------------------------------------------------


def test_roster_export_writes_user_text_as_text_cells(tmp_path, volunteer, admin):
    from desk.services.checkin import visits as checkin

    hostile = create_person(PersonInput(HOSTILE["name"], "13812345678", platform=HOSTILE["platform"],
                                        note=HOSTILE["note"]), volunteer)
    create_person(PersonInput("+86 张", "13900001111", platform="-美团", note="-5 分"), volunteer)
    checkin.check_in(hostile.id, [s.id for s in checkin.default_services()], volunteer)
    path = export_roster(roster.roster_rows(), tmp_path / "名册.xlsx", admin, mask_phones=False)
    assert not _has_formula_xml(path)
    every = _cells(path)
    assert not [c.coordinate for c in every if c.data_type == "f"]
    assert all(c.data_type == "s" for c in every if isinstance(c.value, str))
    values = {c.value for c in every}
    assert {HOSTILE["name"], HOSTILE["platform"], HOSTILE["note"], "+86 张", "-美团", "-5 分"} <= values
    sheet = openpyxl.load_workbook(path).active
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == HOSTILE["name"])
    assert row[0].quotePrefix and row[3].quotePrefix  # stays text when someone edits the cell
    assert (row[1].value, row[1].data_type) == ("13812345678", "s")  # a phone is text, all 11 digits
    assert row[7].data_type == "d" and isinstance(row[7].value, dt.datetime)  # dates stay dates
    assert row[9].data_type == "n" and row[9].value == 1  # counts stay numbers


def test_roster_export_survives_control_characters_already_stored(tmp_path, volunteer, staff):
    """A BEL stored by an older desk made export_roster raise IllegalCharacterError for everyone."""
    p = create_person(PersonInput("坏名", "13812345678", note="备注"), volunteer)
    Person.update(name="坏\x07名", platform="美\x1b团", note="备\x00注\ufffe").where(Person.id == p.id).execute()
    path = export_roster(roster.roster_rows(), tmp_path / "名册.xlsx", staff)
    row = [c.value for c in list(openpyxl.load_workbook(path).active.iter_rows(min_row=2))[0]]
    assert (row[0], row[1], row[3], row[12]) == ("坏名", "138****5678", "美团", "备注")


def test_roster_export_is_masked_by_default_and_full_phones_are_an_audited_admin_choice(tmp_path, staff, admin,
                                                                                         volunteer):
    create_person(PersonInput("张阳", "13812345678"), volunteer)
    create_person(PersonInput("李四", "13900001111"), volunteer)
    rows = roster.roster_rows()
    masked = export_roster(rows, tmp_path / "masked.xlsx", staff)
    assert {c.value for c in _cells(masked) if c.column == 2} == {"手机号", "138****5678", "139****1111"}
    assert not AuditLog.select().where(AuditLog.action == "person.export_unmasked").exists()
    with pytest.raises(PermissionDenied):
        export_roster(rows, tmp_path / "full.xlsx", staff, mask_phones=False)
    assert not (tmp_path / "full.xlsx").exists()
    with pytest.raises(PermissionDenied):
        export_roster(rows, tmp_path / "v.xlsx", volunteer)
    full = export_roster(rows[:1], tmp_path / "full.xlsx", admin, mask_phones=False)
    assert _cells(full)[14 + 1].value in ("13812345678", "13900001111")
    entry = AuditLog.get(AuditLog.action == "person.export_unmasked")
    assert entry.operator_id == admin.id and '"count": 1' in entry.after and "full.xlsx" in entry.after


def test_leaderboard_copy_pastes_names_as_text(staff, volunteer):
    rider = create_person(PersonInput("=HYPERLINK(\"http://x\",\"点我\")", "13812345678", platform="+cmd|calc"),
                          volunteer)
    other = create_person(PersonInput("张阳", "13900001111", platform="+86 美团"), volunteer)
    points.award(rider.id, "activity", staff)
    points.award(other.id, "activity", staff)
    text = points_sheets.leaderboard_tsv(points.leaderboard("all"))
    lines = text.splitlines()
    assert lines[0].split("\t")[:2] == ["Rank", "Name"]
    by_name = {line.split("\t")[1]: line.split("\t") for line in lines[1:]}
    hostile = by_name["'=HYPERLINK(\"http://x\",\"点我\")"]
    assert hostile[2] == "'+cmd|calc" and hostile[4].isdigit()
    assert by_name["张阳"][2] == "'+86 美团"
