"""Export the roster to an Excel workbook the importer can read back.

Phones are masked (138****5678) unless an operator with ``person.export_unmasked`` (admin)
chooses full numbers; such an export is written to the audit log with how many people it
held. Every cell goes through the formula-safe writer (``desk.services.common.cells``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desk.db import write
from desk.errors import ValidationError, translate
from desk.models import Operator
from desk.services.common import audit
from desk.services.common.cells import write_row
from desk.services.common.masking import mask_phone
from desk.services.common.permissions import require
from desk.services.people.roster import RosterRow
from desk.services.people.terms import KIND_ZH, YES_NO

# The header words are the importer's own, so an exported roster imports unchanged.
HEADERS = ("姓名", "手机号", "类型", "平台", "网格", "爱心骑手队", "党员", "首次到访", "最近到访", "今年到访次数",
           "积分", "会员卡号", "备注", "状态")
WIDTHS = (10, 14, 12, 10, 10, 10, 6, 17, 17, 12, 8, 13, 24, 8)


def _when(sheet, value: dt.datetime | None):
    """A real date cell (Excel sorts and filters it as a date), shown to the minute."""
    if not value:
        return ""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value.replace(second=0, microsecond=0))
    cell.number_format = "yyyy-mm-dd hh:mm"
    return cell


def export_roster(rows: list[RosterRow], path: str | Path, operator: Operator, *, mask_phones: bool = True) -> Path:
    """Write ``rows`` to ``path`` (.xlsx), phones masked; in full only for an admin (audited either way)."""
    require(operator, "person.export")
    if not mask_phones:
        require(operator, "person.export_unmasked")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("人员名册")
    for i, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    # Drop-down filters on the header: the clerk sorts and picks a grid or platform in Excel.
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    write_row(sheet, header)
    for r in rows:
        phone = mask_phone(r.phone) if mask_phones else (r.phone or "")
        status = "已匿名" if r.anonymised else ("已归档" if r.archived else "")
        # Phones and card codes are text: a number column would drop a leading 0 or show 1.38E+10.
        write_row(sheet, [
            r.name, phone, KIND_ZH.get(r.kind, r.kind), r.platform, r.grid_name, YES_NO[r.caring_team],
            YES_NO[r.party_member], _when(sheet, r.first_visit), _when(sheet, r.last_visit), r.visits_this_year, r.points,
            r.card_code, r.note, status,
        ], text_columns=(1, 11))
    try:
        book.save(path)
    except OSError as exc:
        raise ValidationError(translate("DeskError", "Could not save {0}: {1}"), str(path), exc.strerror or str(exc))
    # Every export of personal data is on record; a full-phone export under its own name.
    with write():
        audit.record(operator, "person.export" if mask_phones else "person.export_unmasked", "person", None,
                     after={"file": path.name, "count": len(rows), "phones_masked": bool(mask_phones)})
    return path
