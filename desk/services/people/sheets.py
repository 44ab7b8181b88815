"""Reading a station's roster file: find the sheet, its header row and what each column holds.

The first step of an import (``desk.services.importer``): a workbook or CSV becomes a
``SheetTable`` of raw cells, and the header words (姓名, 手机号, 平台…) suggest a mapping the
volunteer confirms. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desk.errors import ValidationError, translate

MAX_ROWS = 20000
HEADER_SCAN_ROWS = 10  # a title or a date line often sits above the header

FIELDS = ("name", "phone", "kind", "platform", "grid", "caring_team", "party_member", "note", "card_code")
FIELD_NAMES = {
    "name": translate("Term", "name"),
    "phone": translate("Term", "phone"),
    "kind": translate("Term", "kind"),
    "platform": translate("Term", "platform / employer"),
    "grid": translate("Term", "grid"),
    "caring_team": translate("Term", "Caring Rider Team"),
    "party_member": translate("Term", "party member"),
    "note": translate("Term", "note"),
    "card_code": translate("Term", "member card code"),
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
    # Only to recognise a person (an exported roster read back); a card code is never changed by an import.
    "card_code": ("会员卡号", "卡号", "会员卡", "会员卡编号", "cardcode", "card"),
}

# Columns a part-word match must not take: 身份证号 is not 身份 (kind), 紧急联系人电话 not the phone,
# 银行卡号 not the member card.
NEVER_GUESSED = ("身份证", "证件", "紧急联系", "银行")


@dataclass
class SheetTable:
    """The rows of one sheet under its header; ``rows`` hold (row number, cells, formula columns)."""

    source: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object], set[int]]]


def header_key(text: object) -> str:
    key = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    key = re.sub(r"[\s*＊:：]", "", key)
    return key


def detect_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, from the header words; each field at most once, exact words win."""
    keys = [header_key(h) for h in headers]
    mapping: dict[int, str] = {}
    for exact in (True, False):
        for fld, words in HEADER_WORDS.items():
            if fld in mapping.values():
                continue
            for i, key in enumerate(keys):
                if i in mapping or not key:
                    continue
                hit = key in words if exact else (any(len(w) > 1 and w in key for w in words)
                                                  and not any(n in key for n in NEVER_GUESSED))
                if hit:
                    mapping[i] = fld
                    break
    return dict(sorted(mapping.items()))


# --- reading ---------------------------------------------------------------------------------


def blank(values: list[object]) -> bool:
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
            _fill_merged(path, book[name], all_rows)
            at = _find_header(all_rows)
            if at is None:
                continue
            if len(all_rows) - at - 1 > MAX_ROWS:
                raise ValidationError(translate("DeskError", "The file has more than {0} rows; split it."), MAX_ROWS)
            unsaved = _unsaved_formulas(path, name, all_rows)
            rows = [(i + 1, r, unsaved.get(i, set())) for i, r in enumerate(all_rows)
                    if i > at and (not blank(r) or i in unsaved)]
            headers = [("" if v is None else str(v).strip()) for v in all_rows[at]]
            return SheetTable(path.name, name, names, at + 1, headers, rows)
        if sheet is not None:
            raise ValidationError(
                translate("DeskError", "The sheet {0} has no header row with a name column (姓名)."), sheet)
        if all(blank([c for r in book[n].iter_rows(values_only=True) for c in r]) for n in names):
            raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
        raise ValidationError(
            translate("DeskError", "No sheet of {0} has a header row with a name column (姓名)."), path.name)
    finally:
        book.close()


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell [^>]*ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _fill_merged(path: Path, sheet, rows: list[list[object]]) -> None:
    """Give every cell of a merged area its value: a 网格 cell merged down over its riders
    belongs to each of them (a read-only sheet keeps it in the top-left cell only)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(sheet._worksheet_path)
    except (KeyError, AttributeError, OSError, zipfile.BadZipFile):
        return
    for first, last in _MERGE.findall(xml):
        (r1, c1), (r2, c2) = coordinate_to_tuple(first.decode()), coordinate_to_tuple(last.decode())
        if r1 > len(rows) or c1 > len(rows[r1 - 1]):
            continue
        value = rows[r1 - 1][c1 - 1]
        for r in range(r1 - 1, min(r2, len(rows))):
            row = rows[r]
            row.extend([None] * (c2 - len(row)))
            for c in range(c1 - 1, c2):
                if row[c] is None:
                    row[c] = value


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
        if blank([c for r in all_rows for c in r]):
            raise ValidationError(translate("DeskError", "{0} is empty: there is nobody to import."), path.name)
        raise ValidationError(
            translate("DeskError", "No sheet of {0} has a header row with a name column (姓名)."), path.name)
    rows = [(i + 1, list(r), set()) for i, r in enumerate(all_rows) if i > at and not blank(list(r))]
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
