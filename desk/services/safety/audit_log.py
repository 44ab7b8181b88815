"""Reading the audit log (administrators, ``audit.view``): filter, page, export.

Every create, change and void in the desk writes one ``AuditLog`` row (``common.audit``).
Here they are only read: nothing in the desk edits or deletes an audit row, except erasing a
person's personal data (a test holds every module to that).

Filters: operator, a date range (whole days), a kind (a group of action prefixes: visits,
people, gifts…) and a person (``audit_log.person_id``, filled when the row is written; one
index seek). Pages come newest first, ``PAGE`` rows at a time, by id ("more" asks for the rows
before the last one shown), so a five-year log opens as fast as a new one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import peewee as pw

from desk.db import write
from desk.errors import ValidationError, translate
from desk.models import AuditLog, Operator, Person
from desk.services.common import audit
from desk.services.common.cells import text_cell
from desk.services.common.inputs import checked
from desk.services.common.permissions import require

PAGE = 200
EXPORT_LIMIT = 100_000

# (code, label, action prefixes). Later duties' actions (wish., event., hazard.) land in theirs.
KINDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("visit", translate("AuditKind", "Check-ins"), ("visit.",)),
    ("person", translate("AuditKind", "People and grids"), ("person.", "people.", "grid.")),
    ("gift", translate("AuditKind", "Gifts and stock"), ("campaign.", "distribution.", "stock.", "gift_item.")),
    ("points", translate("AuditKind", "Points and rewards"), ("points.", "point_rule.", "reward.")),
    ("wish", translate("AuditKind", "Wish board"), ("wish.",)),
    ("event", translate("AuditKind", "Events"), ("event.",)),
    ("hazard", translate("AuditKind", "Grid reports and help"), ("hazard.", "report.", "help.")),
    ("operator", translate("AuditKind", "Operators, PINs and settings"), ("operator.", "settings.", "audit.")),
    ("other", translate("AuditKind", "Catalogs, units, notices, photos"),
     ("service.", "unit.", "notice.", "attachment.", "catalog.")),
)

# Readable names of the actions written today; an action not listed shows its code.
ACTION_NAMES: dict[str, str] = {
    "visit.check_in": translate("AuditAction", "check-in"),
    "visit.void": translate("AuditAction", "check-in voided"),
    "person.create": translate("AuditAction", "person registered"),
    "person.update": translate("AuditAction", "person's details changed"),
    "person.reissue_card": translate("AuditAction", "member card reissued"),
    "person.not_duplicate": translate("AuditAction", "marked not a duplicate"),
    "person.merge": translate("AuditAction", "duplicates merged (kept)"),
    "person.merged_away": translate("AuditAction", "duplicates merged (merged away)"),
    "person.archive": translate("AuditAction", "person archived"),
    "person.unarchive": translate("AuditAction", "person back on the roster"),
    "person.anonymise": translate("AuditAction", "personal data erased"),
    "person.assign_grid": translate("AuditAction", "grid assigned"),
    "people.import": translate("AuditAction", "roster imported"),
    "grid.update": translate("AuditAction", "grid changed"),
    "campaign.create": translate("AuditAction", "campaign created"),
    "campaign.update": translate("AuditAction", "campaign changed"),
    "campaign.void": translate("AuditAction", "campaign voided"),
    "distribution.hand_out": translate("AuditAction", "share handed out"),
    "distribution.override": translate("AuditAction", "share handed out beyond the rules"),
    "distribution.void": translate("AuditAction", "share voided"),
    "distribution.sign": translate("AuditAction", "signature ticked"),
    "stock.receive": translate("AuditAction", "goods received"),
    "stock.adjust": translate("AuditAction", "stock adjusted"),
    "gift_item.add": translate("AuditAction", "goods added"),
    "gift_item.rename": translate("AuditAction", "goods renamed"),
    "gift_item.retire": translate("AuditAction", "goods retired"),
    "gift_item.restore": translate("AuditAction", "goods restored"),
    "points.award": translate("AuditAction", "points awarded"),
    "points.reverse": translate("AuditAction", "points corrected"),
    "point_rule.add": translate("AuditAction", "points rule added"),
    "point_rule.update": translate("AuditAction", "points rule changed"),
    "point_rule.retire": translate("AuditAction", "points rule retired"),
    "point_rule.restore": translate("AuditAction", "points rule restored"),
    "reward.price": translate("AuditAction", "reward price set"),
    "reward.redeem": translate("AuditAction", "points redeemed"),
    "reward.void": translate("AuditAction", "redemption voided"),
    "operator.add": translate("AuditAction", "operator added"),
    "operator.role": translate("AuditAction", "operator's role changed"),
    "operator.deactivate": translate("AuditAction", "operator deactivated"),
    "operator.reactivate": translate("AuditAction", "operator reactivated"),
    "operator.pin_set": translate("AuditAction", "PIN set"),
    "operator.pin_changed": translate("AuditAction", "PIN changed"),
    "operator.pin_reset": translate("AuditAction", "PIN reset"),
    "operator.pin_wait": translate("AuditAction", "wrong PINs: made to wait"),
    "settings.idle_lock": translate("AuditAction", "idle lock changed"),
    "audit.export": translate("AuditAction", "audit log exported"),
    "service.add": translate("AuditAction", "service added"),
    "service.retire": translate("AuditAction", "service retired"),
    "unit.add": translate("AuditAction", "partner unit added"),
    "unit.update": translate("AuditAction", "partner unit changed"),
    "unit.retire": translate("AuditAction", "partner unit retired"),
    "notice.answer": translate("AuditAction", "notice answered"),
    "attachment.store": translate("AuditAction", "photo kept"),
    "attachment.remove": translate("AuditAction", "photo removed"),
}

ENTITY_NAMES: dict[str, str] = {
    "visit": translate("AuditEntity", "check-in"),
    "person": translate("AuditEntity", "person"),
    "distribution": translate("AuditEntity", "share"),
    "campaign": translate("AuditEntity", "campaign"),
    "point_entry": translate("AuditEntity", "points line"),
    "point_rule": translate("AuditEntity", "points rule"),
    "redemption": translate("AuditEntity", "redemption"),
    "stock_move": translate("AuditEntity", "stock move"),
    "gift_item": translate("AuditEntity", "goods"),
    "operator": translate("AuditEntity", "operator"),
    "grid": translate("AuditEntity", "grid"),
    "partner_unit": translate("AuditEntity", "partner unit"),
    "service_type": translate("AuditEntity", "service"),
    "notice": translate("AuditEntity", "notice"),
    "attachment": translate("AuditEntity", "photo"),
    "import": translate("AuditEntity", "import"),
    "settings": translate("AuditEntity", "settings"),
    "audit_log": translate("AuditEntity", "audit log"),
}

Label = Callable[[str, str], str]  # (context, English) -> shown text; the UI passes Qt's translate


def _same(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class AuditFilter:
    operator_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    kind: str = ""  # a code of KINDS, or "" for all
    person_id: int | None = None


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


_MISSING = object()


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    operator_name: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    person_name: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def changes(self) -> list[Change]:
        """The fields that changed (a new record: every field it was made with; ``id`` left out)."""
        keys = list(self.after) + [k for k in self.before if k not in self.after]
        out = []
        for key in keys:
            if key == "id":
                continue
            old, new = self.before.get(key, _MISSING), self.after.get(key, _MISSING)
            if self.before and self.after and old == new:
                continue
            out.append(Change(key, None if old is _MISSING else old, None if new is _MISSING else new))
        return out

    def summary(self, limit: int = 160) -> str:
        """The changes on one line: ``name: 张三 → 张山; phone: … → …``."""
        parts = []
        for change in self.changes():
            if change.before is None:
                parts.append(f"{change.field}: {show(change.after)}")
            elif change.after is None:
                parts.append(f"{change.field}: {show(change.before)} → ∅")
            else:
                parts.append(f"{change.field}: {show(change.before)} → {show(change.after)}")
        text = "; ".join(parts)
        return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    more: bool  # older rows match the filter too


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    truncated: bool  # more than EXPORT_LIMIT rows matched; the newest were written


def show(value: Any) -> str:
    """A stored value as a person reads it (no JSON quotes, empty shown as "")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def kind_of(action: str) -> str:
    """The KINDS code an action belongs to ("" when none)."""
    for code, _label, prefixes in KINDS:
        if action.startswith(prefixes):
            return code
    return ""


def kinds() -> list[tuple[str, str]]:
    """(code, English label) of every kind, in menu order."""
    return [(code, label) for code, label, _p in KINDS]


def _prefix_range(prefix: str) -> pw.Expression:
    # "visit." <= action < "visit/" ('/' follows '.'): a range the action index answers, on
    # SQLite and PostgreSQL alike (LIKE 'visit.%' would scan unless case_sensitive_like is on).
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (AuditLog.action >= prefix) & (AuditLog.action < upper)


def _where(flt: AuditFilter) -> pw.Expression | None:
    if flt.since and flt.until and flt.since > flt.until:
        raise ValidationError(translate("DeskError", "The first day {0} is after the last day {1}."),
                              flt.since.isoformat(), flt.until.isoformat())
    conditions = []
    if flt.operator_id is not None:
        conditions.append(AuditLog.operator == flt.operator_id)
    if flt.since:
        conditions.append(AuditLog.at >= dt.datetime.combine(flt.since, dt.time.min))
    if flt.until:
        conditions.append(AuditLog.at < dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time.min))
    if flt.kind:
        prefixes = next((p for code, _l, p in KINDS if code == flt.kind), None)
        if prefixes is None:
            raise ValidationError(translate("DeskError", "Unknown kind of record: {0}."), flt.kind)
        either = _prefix_range(prefixes[0])
        for prefix in prefixes[1:]:
            either = either | _prefix_range(prefix)
        conditions.append(either)
    if flt.person_id is not None:
        conditions.append(AuditLog.person_id == flt.person_id)
    if not conditions:
        return None
    where = conditions[0]
    for condition in conditions[1:]:
        where = where & condition
    return where


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


def _query(flt: AuditFilter, before_id: int | None, limit: int):
    query = (
        AuditLog.select(AuditLog.id, AuditLog.at, AuditLog.action, AuditLog.entity, AuditLog.entity_id,
                        AuditLog.person_id, AuditLog.before, AuditLog.after,
                        Operator.name.alias("operator_name"), Person.name.alias("person_name"))
        .join(Operator, pw.JOIN.LEFT_OUTER, on=(AuditLog.operator == Operator.id))
        .switch(AuditLog)
        .join(Person, pw.JOIN.LEFT_OUTER, on=(AuditLog.person_id == Person.id))
    )
    where = _where(flt)
    if before_id is not None:
        older = AuditLog.id < before_id
        where = older if where is None else where & older
    if where is not None:
        query = query.where(where)
    return query.order_by(AuditLog.id.desc()).limit(limit).dicts()


def _row(d: dict[str, Any]) -> AuditRow:
    return AuditRow(
        id=d["id"], at=d["at"], operator_name=d["operator_name"] or "", action=d["action"], entity=d["entity"],
        entity_id=d["entity_id"], person_id=d["person_id"], person_name=d["person_name"] or "",
        before=_loads(d["before"]), after=_loads(d["after"]),
    )


def page(flt: AuditFilter, operator: Operator, before_id: int | None = None, limit: int = PAGE) -> AuditPage:
    """Up to ``limit`` rows matching ``flt``, newest first, older than ``before_id`` when given."""
    require(operator, "audit.view")
    found = [_row(d) for d in _query(flt, before_id, limit + 1)]
    return AuditPage(found[:limit], more=len(found) > limit)


def count(flt: AuditFilter, operator: Operator) -> int:
    require(operator, "audit.view")
    query = AuditLog.select()
    where = _where(flt)
    return (query.where(where) if where is not None else query).count()


def operators() -> list[tuple[int, str]]:
    """Everyone who may appear in the log, deactivated operators too."""
    return [(op.id, op.name) for op in Operator.select(Operator.id, Operator.name).order_by(Operator.name)]


# Fields whose stored value is the id of a person or of an operator (shown by name).
PERSON_ID_FIELDS = frozenset({"person", "person_id", "recipient", "deliverer", "merged_into", "other"})
OPERATOR_ID_FIELDS = frozenset({"created_by", "voided_by", "shown_by", "operator_id"})


def person_names(rows: list[AuditRow]) -> dict[int, str]:
    """Names of the people the rows' values point at (one query for a page)."""
    ids = {v for row in rows for values in (row.before, row.after) for k, v in values.items()
           if k in PERSON_ID_FIELDS and isinstance(v, int) and not isinstance(v, bool)}
    if not ids:
        return {}
    return dict(Person.select(Person.id, Person.name).where(Person.id.in_(list(ids))).tuples())


def _all_rows(flt: AuditFilter, limit: int) -> Iterator[AuditRow]:
    before_id, given = None, 0
    while given < limit:
        batch = [_row(d) for d in _query(flt, before_id, min(2000, limit - given))]
        if not batch:
            return
        yield from batch
        given += len(batch)
        before_id = batch[-1].id


# --- export --------------------------------------------------------------------------------------

HEADERS = (
    translate("AuditExport", "Time"),
    translate("AuditExport", "Operator"),
    translate("AuditExport", "What"),
    translate("AuditExport", "Action code"),
    translate("AuditExport", "Record"),
    translate("AuditExport", "Record id"),
    translate("AuditExport", "Person"),
    translate("AuditExport", "Changes"),
    translate("AuditExport", "Before (JSON)"),
    translate("AuditExport", "After (JSON)"),
)
WIDTHS = (17, 10, 18, 20, 10, 9, 14, 60, 40, 40)


@checked
def export_xlsx(flt: AuditFilter, path: str | Path, operator: Operator, label: Label = _same) -> ExportResult:
    """Write the rows matching ``flt`` (newest first, at most ``EXPORT_LIMIT``) to ``path``; audited."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    require(operator, "audit.view")
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    total = count(flt, operator)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(label("AuditExport", "Audit log"))
    for i, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = text_cell(sheet, label("AuditExport", text))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    written = 0
    for row in _all_rows(flt, EXPORT_LIMIT):
        when = WriteOnlyCell(sheet, value=row.at)
        when.number_format = "yyyy-mm-dd hh:mm:ss"
        what = ACTION_NAMES.get(row.action)
        entity = ENTITY_NAMES.get(row.entity)
        person = f"{row.person_name} #{row.person_id}" if row.person_id is not None else ""
        sheet.append([
            when,
            text_cell(sheet, row.operator_name),
            text_cell(sheet, label("AuditAction", what) if what else row.action),
            text_cell(sheet, row.action),
            text_cell(sheet, label("AuditEntity", entity) if entity else row.entity),
            row.entity_id,
            text_cell(sheet, person),
            text_cell(sheet, row.summary(limit=30_000)),
            text_cell(sheet, json.dumps(row.before, ensure_ascii=False)[:30_000]),
            text_cell(sheet, json.dumps(row.after, ensure_ascii=False)[:30_000]),
        ])
        written += 1
    try:
        book.save(path)
    except OSError as exc:
        raise ValidationError(translate("DeskError", "Could not save {0}: {1}"), str(path), exc.strerror or str(exc))
    with write():
        audit.record(operator, "audit.export", "audit_log", None, after={
            "rows": written, "file": path.name, "operator_id": flt.operator_id, "kind": flt.kind,
            "since": flt.since.isoformat() if flt.since else None, "until": flt.until.isoformat() if flt.until else None,
            "person_id": flt.person_id,
        })
    return ExportResult(path, written, truncated=total > written)
