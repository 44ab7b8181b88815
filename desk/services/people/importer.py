"""Import a roster the station already keeps in Excel (.xlsx) or CSV.

Three steps, so a volunteer sees what will happen before anything changes:
``read_table`` (find the sheet and its header row), ``detect_mapping`` (which column is
姓名, 手机号, 平台…; the user may correct it), ``plan_import`` (per row: add, update, conflict
or skip with the reason). ``apply_import`` plans again inside one transaction and carries it
out, so an import is all or nothing, and what it reports is what it did.

A row whose phone (or member card code) belongs to someone with a different name is a
*conflict*, not an update: a recycled number or a typo would otherwise rename a rider and
hand them another person's visits, points and gifts. Conflicts are left alone unless staff
choose them row by row (``chosen`` in ``apply_import``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from desk.errors import DeskError, ValidationError, translate
from desk.models import Grid, Operator, Person, db
from desk.services.common import audit
from desk.services.common.masking import mask_phone
from desk.services.common.permissions import require
from desk.services.common.text import phone_text, visible
from desk.services.people import bulk as roster_bulk
from desk.services.people.records import (
    KINDS, NOTE_MAX, PersonInput, clean_name, clean_platform, normalise_phone,
)
from desk.services.people.sheets import (  # noqa: F401 (the importer's public names)
    FIELD_NAMES, FIELDS, HEADER_WORDS, MAX_ROWS, SheetTable, blank, detect_mapping, header_key, read_table,
)
from desk.services.people.terms import KIND_WORDS, truthy

ADD, UPDATE, CONFLICT, SKIP = "add", "update", "conflict", "skip"


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
    old_name: str = ""  # the roster's name, when the file gives this phone another one
    chosen: bool = False  # a conflict staff chose to apply (after ``apply_import``)


@dataclass
class ImportPlan:
    table: SheetTable
    mapping: dict[int, str]
    rows: list[RowPlan]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


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


# --- planning --------------------------------------------------------------------------------


def _text(value: object, keep_invisible: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value))
    return re.sub(r"\s+", " ", text if keep_invisible else visible(text)).strip()


# A totals or signature line under the table (合计：8人, 制表人：…) is not a person.
_FOOTER = re.compile(r"^(合计|总计|小计|共计|累计|总人数|制表|填表|审核|负责人)")

_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _grid_lookup() -> dict[str, int]:
    lookup = {}
    for grid in Grid.select():
        lookup[header_key(grid.name)] = grid.id
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
    name = clean_name(_text(cells.get("name"), keep_invisible=True))  # a name of only invisible marks is refused
    phone_raw = cells.get("phone")
    more = []
    if isinstance(phone_raw, str):
        phone_raw = phone_text(phone_raw).lstrip("'")
        # Two numbers in one cell (13812345678/13912345678): the first is the phone, the others
        # go to the note, where the duplicate finder also looks for phones.
        found = _MOBILE.findall(phone_raw)
        if len(found) > 1 and not _MOBILE.sub("", phone_raw).strip(" /,;，；、和或\\"):
            phone_raw, more = found[0], found[1:]
    phone = normalise_phone(phone_raw)
    kind_text = _text(cells.get("kind"))
    kind = default_kind
    if kind_text:
        kind = KIND_WORDS.get(header_key(kind_text)) or (kind_text if kind_text in KINDS else None)
        kind = kind or _kind_in(header_key(kind_text))
        if kind is None:
            raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), kind_text)
    platform = clean_platform(_text(cells.get("platform")))
    grid_text = _text(cells.get("grid"))
    grid_id = None
    if grid_text:
        grid_id = grids.get(header_key(grid_text))
        if grid_id is None:
            raise ValidationError(translate("DeskError", "Unknown grid: {0}."), grid_text)
    data = PersonInput(
        name=name, phone=phone, kind=kind, platform=platform, grid_id=grid_id,
        caring_team=truthy(cells.get("caring_team")), party_member=truthy(cells.get("party_member")),
        note="；".join(x for x in [_text(cells.get("note"))] + more if x)[:NOTE_MAX],
    )
    return data, given


def _kind_in(word: str) -> str | None:
    """美团骑手, 顺丰快递员: a known kind word inside a longer one (the longest known word wins)."""
    for known in sorted((w for w in KIND_WORDS if len(w) > 1 and not w.isascii()), key=len, reverse=True):
        if known in word:
            return KIND_WORDS[known]
    return None


_FIELD_ATTR = {"name": "name", "phone": "phone", "kind": "kind", "platform": "platform", "grid": "grid_id",
               "caring_team": "caring_team", "party_member": "party_member", "note": "note"}
# Fields that say who a row is, not what to change: they find the person and are never written.
IDENTIFYING = ("phone", "card_code")


def _name_key(name: str) -> str:
    """Names that are the same name written differently (Li Si / li si, full-width letters)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "")).casefold()


def _card_key(value: object) -> str:
    return re.sub(r"\s+", "", _text(value)).upper()


def _merged_update(person: Person, data: PersonInput, given: set[str]) -> tuple[PersonInput, list[str]]:
    """The person as they are, with what the file says on top; empty cells never erase."""
    current = PersonInput(
        name=person.name, phone=person.phone, kind=person.kind, platform=person.platform, grid_id=person.grid_id,
        caring_team=person.caring_team, party_member=person.party_member, note=person.note,
    )
    changes = []
    for fld in FIELDS:
        attr = _FIELD_ATTR.get(fld)
        if attr is None or fld not in given:
            continue
        new = getattr(data, attr)
        if fld == "note" and new and new in current.note:
            continue
        if fld == "note" and current.note:
            new = f"{current.note}；{new}"
        if getattr(current, attr) != new:
            setattr(current, attr, new)
            changes.append(fld)
    if len(current.note) > NOTE_MAX:
        raise ValidationError(translate(
            "DeskError", "The note would grow beyond {0} characters; shorten the person's note first."), NOTE_MAX)
    return current, changes


def _follow_merges(person: Person | None, people: dict[int, Person]) -> Person | None:
    """The old card of a merged duplicate names the person it was merged into."""
    for _hop in range(5):
        if person is None or person.merged_into_id is None:
            break
        person = people.get(person.merged_into_id)
    return person


def plan_import(table: SheetTable, mapping: dict[int, str], default_kind: str = "rider") -> ImportPlan:
    """Decide each row: add, update (matched by phone or card code), conflict or skip, with the reason."""
    check_mapping(mapping)
    if default_kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), default_kind)
    grids = _grid_lookup()
    by_phone = {p.phone: p for p in Person.select().where(Person.phone.is_null(False))}
    by_card: dict[str, Person] = {}
    by_id: dict[int, Person] = {}
    if "card_code" in mapping.values():
        for p in Person.select():
            by_card[p.card_code.upper()] = p
            by_id[p.id] = p
    seen_card: dict[str, int] = {}
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
        if blank(list(cells.values())):
            plan.reason = ValidationError(translate("DeskError", "Nothing in the chosen columns."))
            continue
        if _FOOTER.match(plan.name):
            plan.reason = ValidationError(translate("DeskError", "A totals or signature line, not a person."))
            continue
        try:
            data, given = _parse_row(cells, default_kind, grids)
        except DeskError as exc:
            plan.reason = exc
            continue
        plan.name, plan.phone = data.name, data.phone
        card = _card_key(cells.get("card_code"))
        if card:
            if card in seen_card:
                plan.reason = ValidationError(translate("DeskError", "Same member card code as row {0} of the file."),
                                              seen_card[card])
                continue
            seen_card[card] = row_number
        # A card of another desk (or a mistyped one) finds nobody: the row is matched by phone alone.
        card_owner = _follow_merges(by_card.get(card), by_id) if card else None
        if data.phone:
            if data.phone in seen_phone:
                plan.reason = ValidationError(translate("DeskError", "Same phone as row {0} of the file."),
                                              seen_phone[data.phone])
                continue
            seen_phone[data.phone] = row_number
            existing = by_phone.get(data.phone)
            if existing is not None and card_owner is not None and card_owner.id != existing.id:
                plan.reason = ValidationError(translate(
                    "DeskError", "The phone {0} belongs to {1} but the member card {2} to {3}; correct the file."),
                    mask_phone(data.phone), existing.name, card, card_owner.name)
                continue
            existing = existing or card_owner
        elif card_owner is not None:
            existing = card_owner
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
            if data.phone and existing.phone == data.phone:
                plan.reason = ValidationError(translate("DeskError", "The phone {0} belongs to a closed record."),
                                              data.phone)
            else:
                plan.reason = ValidationError(translate(
                    "DeskError", "The member card {0} belongs to a closed record."), card)
            continue
        try:
            merged, changes = _merged_update(existing, data, given)
        except DeskError as exc:
            plan.reason = exc
            continue
        if not changes:
            plan.reason = ValidationError(translate("DeskError", "Already in the roster; nothing new."))
            continue
        plan.action, plan.data, plan.changes = UPDATE, merged, changes
        if "name" in changes:  # show who is in the roster now
            plan.old_name = existing.name
        if _name_key(existing.name) != _name_key(data.name):
            # Someone else's phone or card: a recycled number, a typo, or the wrong column.
            plan.action = CONFLICT
            if data.phone and existing.phone == data.phone:
                plan.reason = ValidationError(translate(
                    "DeskError", "Conflict: the phone {0} belongs to {1} in the roster, not {2}."),
                    mask_phone(data.phone), existing.name, data.name)
            else:
                plan.reason = ValidationError(translate(
                    "DeskError", "Conflict: the member card {0} belongs to {1} in the roster, not {2}."),
                    card, existing.name, data.name)
    return ImportPlan(table, dict(mapping), plans)


@dataclass
class ImportReport:
    source: str
    added: int
    updated: int  # conflicts staff chose included
    skipped: int
    rows: list[RowPlan]
    conflicts: int = 0  # conflicts left alone


def apply_import(
    table: SheetTable, mapping: dict[int, str], operator: Operator, default_kind: str = "rider",
    chosen: Iterable[tuple[int, int]] = (),
) -> ImportReport:
    """Plan again and carry the plan out in one transaction: every row, or none.

    ``chosen`` holds the conflicts staff decided to apply, as (row number, person id) pairs
    from the preview: a conflict applies only if the new plan still names the same person.
    """
    require(operator, "person.import")
    chosen = set(chosen)
    with db.atomic():
        plan = plan_import(table, mapping, default_kind)
        for r in plan.rows:
            if r.action == CONFLICT and (r.row, r.person_id) in chosen:
                r.action, r.chosen = UPDATE, True
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
        report = ImportReport(table.source, plan.count(ADD), plan.count(UPDATE), plan.count(SKIP), plan.rows,
                              plan.count(CONFLICT))
        audit.record(operator, "people.import", "import", None, after={
            "file": table.source, "sheet": table.sheet, "added": report.added, "updated": report.updated,
            "skipped": report.skipped, "conflicts_left": report.conflicts,
            "conflicts_applied": [{"row": r.row, "person": r.person_id, "was": r.old_name, "now": r.name}
                                  for r in plan.rows if r.chosen]})
    return report


def import_file(path: str | Path, operator: Operator, sheet: str | None = None,
                default_kind: str = "rider") -> ImportReport:
    """Read, map by the headers, and import: what ``desk import-people FILE`` does."""
    require(operator, "person.import")
    table = read_table(path, sheet)
    return apply_import(table, detect_mapping(table.headers), operator, default_kind)
