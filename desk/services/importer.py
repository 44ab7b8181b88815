"""Import a roster the station already keeps in Excel (.xlsx) or CSV.

Three steps, so a volunteer sees what will happen before anything changes:
``read_table`` (find the sheet and its header row), ``detect_mapping`` (which column is
姓名, 手机号, 平台…; the user may correct it), ``plan_import`` (per row: add, update or skip
with the reason). ``apply_import`` plans again inside one transaction and carries it out,
so an import is all or nothing, and what it reports is what it did.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desk.errors import DeskError, ValidationError, translate
from desk.models import Grid, Operator, Person, db
from desk.services import accounts, audit, roster_bulk
from desk.services.people import KINDS, PersonInput, clean_name, normalise_phone
from desk.services.roster_terms import KIND_WORDS, truthy

MAX_ROWS = 20000
HEADER_SCAN_ROWS = 10  # a title or a date line often sits above the header

FIELDS = ("name", "phone", "kind", "platform", "grid", "caring_team", "party_member", "note")
FIELD_NAMES = {
    "name": translate("Term", "name"),
    "phone": translate("Term", "phone"),
    "kind": translate("Term", "kind"),
    "platform": translate("Term", "platform / employer"),
    "grid": translate("Term", "grid"),
    "caring_team": translate("Term", "Caring Rider Team"),
    "party_member": translate("Term", "party member"),
    "note": translate("Term", "note"),
}
# Header words seen in stations' spreadsheets, exact forms first; compared without spaces.
HEADER_WORDS = {
    "name": ("姓名", "名字", "骑手姓名", "人员姓名", "姓名（必填）", "name"),
    "phone": ("手机号", "手机", "电话", "手机号码", "联系电话", "电话号码", "联系方式", "phone", "mobile", "tel"),
    "kind": ("类型", "人员类型", "类别", "身份", "群体类型", "kind", "type"),
    "platform": ("平台", "单位", "工作单位", "所属平台", "所属单位", "公司", "所属公司", "企业", "platform", "employer",
                 "company"),
    "grid": ("网格", "所属网格", "网格号", "网格编号", "grid"),
    "caring_team": ("爱心骑手队", "爱心骑手", "爱心骑手队员", "是否爱心骑手", "caringteam"),
    "party_member": ("党员", "是否党员", "政治面貌", "partymember", "party"),
    "note": ("备注", "说明", "其他", "note", "notes", "remark"),
}

ADD, UPDATE, SKIP = "add", "update", "skip"


@dataclass
class SheetTable:
    """The rows of one sheet under its header; ``rows`` hold (row number, cells, formula columns)."""

    source: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object], set[int]]]


@dataclass
class RowPlan:
    """What happens to one row. ``reason`` is a DeskError whose text the UI translates."""

    row: int
    action: str
    name: str = ""
    phone: str | None = None
    data: PersonInput | None = None
    person_id: int | None = None
    reason: DeskError | None = None
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    table: SheetTable
    mapping: dict[int, str]
    rows: list[RowPlan]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def _header_key(text: object) -> str:
    key = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    key = re.sub(r"[\s*＊:：]", "", key)
    return key


def detect_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, from the header words; each field at most once, exact words win."""
    keys = [_header_key(h) for h in headers]
    mapping: dict[int, str] = {}
    for exact in (True, False):
        for fld, words in HEADER_WORDS.items():
            if fld in mapping.values():
                continue
            for i, key in enumerate(keys):
                if i in mapping or not key:
                    continue
                hit = key in words if exact else any(len(w) > 1 and w in key for w in words)
                if hit:
                    mapping[i] = fld
                    break
    return dict(sorted(mapping.items()))


def check_mapping(mapping: dict[int, str]) -> None:
    fields = list(mapping.values())
    if "name" not in fields:
        raise ValidationError(translate("DeskError", "Choose which column holds the name (姓名)."))
    for fld in set(fields):
        if fld not in FIELDS:
            raise ValidationError(translate("DeskError", "Unknown column meaning: {0}."), fld)
        if fields.count(fld) > 1:
            raise ValidationError(translate("DeskError", "Two columns are both marked as {0}; choose one."),
                                  FIELD_NAMES[fld])


# --- reading ---------------------------------------------------------------------------------


def _blank(values: list[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _find_header(rows: list[list[object]]) -> int | None:
    for i, values in enumerate(rows[:HEADER_SCAN_ROWS]):
        if "name" in detect_mapping([("" if v is None else str(v)) for v in values]).values():
            return i
    return None


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        translate("DeskError", "{0} cannot be read: it is not an Excel workbook (.xlsx) or CSV file, or it is damaged."),
        path.name,
    )


def _read_xlsx(path: Path, sheet: str | None) -> SheetTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, TypeError):
        raise _unreadable(path) from None
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise ValidationError(translate("DeskError", "The workbook has no sheet named {0}. Its sheets: {1}."),
                                  sheet, "、".join(names))
        for name in [sheet] if sheet is not None else names:
            all_rows = [list(r) for r in book[name].iter_rows(values_only=True)]
            at = _find_header(all_rows)
            if at is None:
                continue
            if len(all_rows) - at - 1 > MAX_ROWS:
                raise ValidationError(translate("DeskError", "The file has more than {0} rows; split it."), MAX_ROWS)
            unsaved = _unsaved_formulas(path, name, all_rows)
            rows = [(i + 1, r, unsaved.get(i, set())) for i, r in enumerate(all_rows)
                    if i > at and (not _blank(r) or i in unsaved)]
            headers = [("" if v is None else str(v).strip()) for v in all_rows[at]]
            return SheetTable(path.name, name, names, at + 1, headers, rows)
        if sheet is not None:
            raise ValidationError(
                translate("DeskError", "The sheet {0} has no header row with a name column (姓名)."), sheet)
        if all(_blank([c for r in book[n].iter_rows(values_only=True) for c in r]) for n in names):
            raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
        raise ValidationError(
            translate("DeskError", "No sheet of {0} has a header row with a name column (姓名)."), path.name)
    finally:
        book.close()


def _is_formula(value: object) -> bool:
    return (isinstance(value, str) and value.startswith("=")) or type(value).__name__.endswith("Formula")


def _unsaved_formulas(path: Path, sheet: str, values: list[list[object]]) -> dict[int, set[int]]:
    """Cells with a formula but no saved result (a file written by a program, never opened in Excel).

    Excel and WPS save each formula's last result, which is what we import; only when that
    result is missing is the row reported instead of silently read as empty.
    """
    if not any(v is None for row in values for v in row):
        return {}
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        out: dict[int, set[int]] = {}
        for i, formulas in enumerate(book[sheet].iter_rows(values_only=True)):
            row = values[i] if i < len(values) else []
            cols = {j for j, f in enumerate(formulas) if _is_formula(f) and (j >= len(row) or row[j] is None)}
            if cols:
                out[i] = cols
        return out
    finally:
        book.close()


def _read_csv(path: Path) -> SheetTable:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise _unreadable(path)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _unreadable(path)
    sample = text[:4096]
    delimiter = max(",\t;，", key=sample.count) if sample else ","
    all_rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    at = _find_header(all_rows)
    if at is None:
        if _blank([c for r in all_rows for c in r]):
            raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
        raise ValidationError(
            translate("DeskError", "No sheet of {0} has a header row with a name column (姓名)."), path.name)
    rows = [(i + 1, list(r), set()) for i, r in enumerate(all_rows) if i > at and not _blank(list(r))]
    if len(rows) > MAX_ROWS:
        raise ValidationError(translate("DeskError", "The file has more than {0} rows; split it."), MAX_ROWS)
    return SheetTable(path.name, "", [], at + 1, [str(h).strip() for h in all_rows[at]], rows)


def read_table(path: str | Path, sheet: str | None = None) -> SheetTable:
    """The people table in ``path``: the first sheet with a 姓名 header, or ``sheet``."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("DeskError", "The file {0} does not exist."), str(path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ValidationError(
            translate("DeskError", "{0} is an old .xls workbook: open it in Excel or WPS and save it as .xlsx."),
            path.name)
    if path.stat().st_size == 0:
        raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
    table = _read_csv(path) if suffix in (".csv", ".txt") else _read_xlsx(path, sheet)
    if not table.rows:
        raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
    return table


# --- planning --------------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(value))).strip()


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _grid_lookup() -> dict[str, int]:
    lookup = {}
    for grid in Grid.select():
        lookup[_header_key(grid.name)] = grid.id
        lookup[str(grid.number)] = grid.id
        for cn, n in _CN_DIGITS.items():
            if n == grid.number:
                for form in (cn, f"第{cn}网格", f"{cn}网格", f"网格{cn}"):
                    lookup[form] = grid.id
        for form in (f"第{grid.number}网格", f"{grid.number}网格", f"网格{grid.number}", f"{grid.number}号网格"):
            lookup[form] = grid.id
    return lookup


def _parse_row(cells: dict[str, object], default_kind: str, grids: dict[str, int]) -> tuple[PersonInput, set[str]]:
    """A PersonInput from one row; ``given`` lists the fields that had a value in the file."""
    given = {f for f, v in cells.items() if _text(v)}
    name = clean_name(_text(cells.get("name")))
    phone_raw = cells.get("phone")
    if isinstance(phone_raw, str):
        phone_raw = unicodedata.normalize("NFKC", phone_raw).lstrip("'")
    phone = normalise_phone(phone_raw)
    kind_text = _text(cells.get("kind"))
    kind = default_kind
    if kind_text:
        kind = KIND_WORDS.get(_header_key(kind_text)) or (kind_text if kind_text in KINDS else None)
        if kind is None:
            raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), kind_text)
    platform = _text(cells.get("platform"))
    if len(platform) > 30:
        raise ValidationError(translate("DeskError", "A platform or employer can be at most {0} characters."), 30)
    grid_text = _text(cells.get("grid"))
    grid_id = None
    if grid_text:
        grid_id = grids.get(_header_key(grid_text))
        if grid_id is None:
            raise ValidationError(translate("DeskError", "Unknown grid: {0}."), grid_text)
    data = PersonInput(
        name=name, phone=phone, kind=kind, platform=platform, grid_id=grid_id,
        caring_team=truthy(cells.get("caring_team")), party_member=truthy(cells.get("party_member")),
        note=_text(cells.get("note"))[:500],
    )
    return data, given


_FIELD_ATTR = {"name": "name", "phone": "phone", "kind": "kind", "platform": "platform", "grid": "grid_id",
               "caring_team": "caring_team", "party_member": "party_member", "note": "note"}


def _merged_update(person: Person, data: PersonInput, given: set[str]) -> tuple[PersonInput, list[str]]:
    """The person as they are, with what the file says on top; empty cells never erase."""
    current = PersonInput(
        name=person.name, phone=person.phone, kind=person.kind, platform=person.platform, grid_id=person.grid_id,
        caring_team=person.caring_team, party_member=person.party_member, note=person.note,
    )
    changes = []
    for fld in FIELDS:
        attr = _FIELD_ATTR[fld]
        if fld not in given:
            continue
        new = getattr(data, attr)
        if fld == "note" and new and new in current.note:
            continue
        if fld == "note" and current.note:
            new = f"{current.note}；{new}"
        if getattr(current, attr) != new:
            setattr(current, attr, new)
            changes.append(fld)
    return current, changes


def plan_import(table: SheetTable, mapping: dict[int, str], default_kind: str = "rider") -> ImportPlan:
    """Decide each row: add, update (matched by phone) or skip, with the reason."""
    check_mapping(mapping)
    if default_kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), default_kind)
    grids = _grid_lookup()
    by_phone = {p.phone: p for p in Person.select().where(Person.phone.is_null(False))}
    no_phone = {}
    for p in Person.select().where(Person.phone.is_null() & Person.voided_at.is_null() & Person.anonymised_at.is_null()):
        no_phone.setdefault((p.name, p.platform), p)
    seen_phone: dict[str, int] = {}
    seen_key: dict[tuple[str, str], int] = {}
    plans = []
    for row_number, values, unsaved in table.rows:
        cells = {fld: (values[i] if i < len(values) else None) for i, fld in mapping.items()}
        plan = RowPlan(row_number, SKIP, name=_text(cells.get("name")))
        plans.append(plan)
        formula_fields = [FIELD_NAMES[fld] for i, fld in mapping.items() if i in unsaved]
        if formula_fields:
            plan.reason = ValidationError(translate(
                "DeskError", "The {0} cell holds a formula without a saved result; open the file in Excel or WPS, "
                             "save it, and import again."), formula_fields[0])
            continue
        if _blank(list(cells.values())):
            plan.reason = ValidationError(translate("DeskError", "Nothing in the chosen columns."))
            continue
        try:
            data, given = _parse_row(cells, default_kind, grids)
        except DeskError as exc:
            plan.reason = exc
            continue
        plan.name, plan.phone = data.name, data.phone
        if data.phone:
            if data.phone in seen_phone:
                plan.reason = ValidationError(translate("DeskError", "Same phone as row {0} of the file."),
                                              seen_phone[data.phone])
                continue
            seen_phone[data.phone] = row_number
            existing = by_phone.get(data.phone)
        else:
            key = (data.name, data.platform)
            if key in seen_key:
                plan.reason = ValidationError(translate(
                    "DeskError", "Same name and platform as row {0} of the file, and no phone to tell them apart."),
                    seen_key[key])
                continue
            seen_key[key] = row_number
            existing = no_phone.get(key)
        if existing is None:
            plan.action, plan.data = ADD, data
            continue
        plan.person_id = existing.id
        if existing.voided_at is not None or existing.anonymised_at is not None:
            plan.reason = ValidationError(translate("DeskError", "The phone {0} belongs to a closed record."), data.phone)
            continue
        merged, changes = _merged_update(existing, data, given)
        if not changes:
            plan.reason = ValidationError(translate("DeskError", "Already in the roster; nothing new."))
            continue
        plan.action, plan.data, plan.changes = UPDATE, merged, changes
    return ImportPlan(table, dict(mapping), plans)


@dataclass
class ImportReport:
    source: str
    added: int
    updated: int
    skipped: int
    rows: list[RowPlan]


def apply_import(
    table: SheetTable, mapping: dict[int, str], operator: Operator, default_kind: str = "rider"
) -> ImportReport:
    """Plan again and carry the plan out in one transaction: every row, or none."""
    accounts.require_role(operator, "staff")
    with db.atomic():
        plan = plan_import(table, mapping, default_kind)
        adds = [r for r in plan.rows if r.action == ADD]
        updates = [r for r in plan.rows if r.action == UPDATE]
        try:
            for row, pid in zip(adds, roster_bulk.create_many([r.data for r in adds], operator)):
                row.person_id = pid
            loaded = {p.id: p for p in Person.select().where(Person.id.in_([r.person_id for r in updates]))}
            roster_bulk.update_many([(loaded[r.person_id], r.data) for r in updates], operator)
        except DeskError as exc:
            raise ValidationError(
                translate("DeskError", "The import stopped ({0}); nothing was imported."), str(exc)) from exc
        report = ImportReport(table.source, plan.count(ADD), plan.count(UPDATE), plan.count(SKIP), plan.rows)
        audit.record(operator, "people.import", "import", None, after={
            "file": table.source, "sheet": table.sheet, "added": report.added, "updated": report.updated,
            "skipped": report.skipped})
    return report


def import_file(path: str | Path, operator: Operator, sheet: str | None = None,
                default_kind: str = "rider") -> ImportReport:
    """Read, map by the headers, and import: what ``desk import-people FILE`` does."""
    table = read_table(path, sheet)
    return apply_import(table, detect_mapping(table.headers), operator, default_kind)



def report_lines(report: ImportReport) -> list[str]:
    """A plain-text report (the command line's; the window shows a table)."""
    lines = [f"{report.source}: {report.added} added, {report.updated} updated, {report.skipped} skipped"]
    for row in report.rows:
        if row.action == SKIP:
            lines.append(f"  row {row.row} {row.name or '-'}: skipped: {row.reason}")
        elif row.action == UPDATE:
            lines.append(f"  row {row.row} {row.name}: updated ({', '.join(row.changes)})")
    return lines


def cli_import(data_dir: Path, path: Path, operator_name: str = "") -> int:
    """``desk import-people FILE``: import into the desk in ``data_dir``; prints the row report."""
    import sys

    from desk import config, models
    from desk.services import catalogs

    data_dir.mkdir(parents=True, exist_ok=True)
    models.init_db(config.db_url(data_dir))
    catalogs.ensure_defaults()
    if operator_name:
        operator = Operator.get_or_none(Operator.name == operator_name)
        if operator is None and not Operator.select().exists():
            operator = accounts.add_operator(operator_name)  # the first operator of a new desk: its admin
    else:
        operator = (Operator.select().where((Operator.role == "admin") & Operator.active)
                    .order_by(Operator.id).first())
    if operator is None:
        print("No such operator. Pass --operator NAME (a staff member or admin of this desk).", file=sys.stderr)
        return 2
    try:
        report = import_file(path, operator)
    except DeskError as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report_lines(report)))
    return 0
