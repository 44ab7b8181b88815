"""Erasing a person reaches every place their identity is stored, and then the file itself.

``lifecycle.anonymise_person`` (an admin, on the person's request under the Personal Information
Protection Law) clears the person's own record; this module does the rest, inside the same
write transaction:

- **free text anywhere** (``FREE_TEXT``): notes, reasons, wish texts, event titles, grid
  leaders, partner contacts, the name and contact of a helped elderly person or child... Every
  occurrence of an erased name becomes 已匿名, of an erased phone (also written
  ``138 1234 5678``, ``+86…``, in full-width digits or masked ``138****5678``) or old card code
  ``***``. A grid leader, a unit's contact or a helped person who *is* the erased person is
  cleared outright;
- **audit rows and check-in notices** (``JSON_TEXT``): the same, in every string of their JSON;
- the **file**: after the transaction commits, ``desk.db.purge_file`` vacuums the database and
  truncates its write-ahead log, so no old copy of a page keeps the values (with
  ``secure_delete`` on, freed space is zeroed too).

Points lines, shares and other records the desk writes itself never copy a name: they link the
record (see ``desk.services.points.sources``), so the erased name disappears from them with the
person's record. Names shorter than two characters are not looked for inside other text (a
one-character "name" would blank every text it occurs in); a field that *is* such a name is
still cleared.

Every text column of every table is listed in ``FREE_TEXT``, ``JSON_TEXT`` or ``NOT_PERSONAL``
(a test refuses a new column that is in none), so a new duty's notes cannot be forgotten.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from desk import models
from desk.models import (
    Attachment, AuditLog, Campaign, Share, Event, EventAttendance, EventRegistration, GiftItem, Grid,
    HazardCategory, HazardReport, HelpRecord, Meta, Notice, Operator, PartnerUnit, Person, PointEntry, PointRule,
    Redemption, ServiceType, StockMove, Visit, Wish, WishCategory,
)

ANONYMOUS_NAME = "已匿名"
MASK = "***"
NAME_MIN = 2  # shorter names are only cleared where a field is exactly that name

# Text a volunteer typed or the desk composed that may name anyone: searched and replaced.
FREE_TEXT: dict[type[models.BaseModel], tuple[str, ...]] = {
    Person: ("note", "void_reason"),  # other people's notes ("林小雨的哥哥")
    Visit: ("note", "void_reason"),
    Grid: ("leader_name", "leader_phone", "note"),
    PartnerUnit: ("contact", "phone", "note"),
    PointEntry: ("note",),
    StockMove: ("donor", "reason"),
    Redemption: ("note", "void_reason"),
    Campaign: ("name", "note", "void_reason"),
    Share: ("override_reason", "note", "void_reason"),
    Wish: ("what", "note", "decline_reason", "given", "fulfil_note", "withdraw_reason"),
    Event: ("title", "place", "organiser", "description", "void_reason"),
    EventRegistration: ("void_reason",),
    EventAttendance: ("void_reason",),
    HazardReport: ("place", "description", "resolution", "closed_reason", "void_reason"),
    HelpRecord: ("place", "helped_name", "helped_contact", "what_happened", "void_reason"),
}
# JSON text (audit before/after, a notice's message values): replaced inside every string.
JSON_TEXT: dict[type[models.BaseModel], tuple[str, ...]] = {
    AuditLog: ("before", "after"),
    Notice: ("params",),
}
# Text that names nobody: codes, states, catalog names, file names; the erased record's own
# identity fields are cleared by ``lifecycle`` itself (a namesake's name is theirs, not touched).
NOT_PERSONAL: dict[type[models.BaseModel], tuple[str, ...]] = {
    Meta: ("key", "value"),
    Operator: ("name", "role", "pin_hash"),  # desk accounts, not people of the roster
    Grid: ("name",),
    PartnerUnit: ("name", "kind"),
    Person: ("name", "phone", "pinyin_initials", "pinyin_full", "kind", "platform", "card_code"),
    ServiceType: ("code", "name", "name_en"),
    Visit: ("anon_kind",),
    AuditLog: ("action", "entity"),
    PointRule: ("code", "name", "category"),
    PointEntry: ("source_type",),
    GiftItem: ("name", "unit"),
    StockMove: ("kind", "source_type"),
    Campaign: ("kind", "eligibility"),
    Notice: ("kind", "source_type", "answer"),
    Attachment: ("owner_type", "stored_name", "media_type", "sha256"),
    WishCategory: ("code", "name"),
    Wish: ("courtesy", "status"),
    Event: ("category",),
    EventAttendance: ("method",),
    HazardCategory: ("code", "name", "rule_code"),
    HazardReport: ("state",),
    HelpRecord: ("helped_kind", "outcome"),
}


@dataclass
class Identity:
    """What identified the erased person (and the duplicates merged into them)."""

    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    cards: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, people: list[Person]) -> "Identity":
        """Their names, phones and card codes now, and any they had before (a corrected name, a
        changed phone, a reissued card: read from their audit rows, before those are cleared)."""
        found = cls()
        for p in people:
            found._add(p.name, p.phone, p.card_code)
        ids = [p.id for p in people]
        rows = AuditLog.select(AuditLog.before, AuditLog.after).where(
            (AuditLog.entity == "person") & AuditLog.entity_id.in_(ids))
        for before, after in rows.tuples():
            for raw in (before, after):
                try:
                    data = json.loads(raw or "{}")
                except ValueError:
                    continue
                if isinstance(data, dict):
                    found._add(data.get("name"), data.get("phone"), data.get("card_code"))
        return found

    def _add(self, name: object, phone: object, card: object) -> None:
        if isinstance(name, str) and name.strip() and name.strip() not in (ANONYMOUS_NAME, MASK):
            self.names.add(name.strip())
        if isinstance(phone, str) and phone.isdigit() and len(phone) >= 7:
            self.phones.add(phone)
        if isinstance(card, str) and len(card) >= 6 and card != MASK:
            self.cards.add(card)

    def hints(self) -> list[str]:
        """Substrings a row must contain to be worth reading (a cheap SQL filter before the exact one)."""
        out = [n for n in self.names if len(n) >= NAME_MIN] + list(self.cards)
        for phone in self.phones:
            tail = phone[-4:]
            out += [tail, _full_width(tail)]
        return out


def _full_width(digits: str) -> str:
    return "".join(chr(0xFF10 + int(d)) if d.isdigit() else d for d in digits)


def _phone_pattern(phone: str) -> str:
    """``13812345678`` as typed anywhere: separators, +86, full-width digits, or masked in the middle."""
    digit = [f"[{d}{_full_width(d)}]" for d in phone]
    spaced = r"[\s\-]?".join(digit)
    masked = "".join(digit[:3]) + r"[*＊]{4}" + "".join(digit[-4:])
    return rf"(?:[+＋]?[8８][6６][\s\-]?)?(?:{spaced})|{masked}"


class Scrubber:
    """Replaces the erased identity in a piece of text (or in every string of a JSON value)."""

    def __init__(self, identity: Identity) -> None:
        parts = []
        for phone in sorted(identity.phones):
            parts.append((_phone_pattern(phone), MASK))
        for card in sorted(identity.cards):
            parts.append((re.escape(card), MASK))
        for name in sorted((n for n in identity.names if len(n) >= NAME_MIN), key=len, reverse=True):
            parts.append((re.escape(name), ANONYMOUS_NAME))
        self.identity = identity
        self.replacements = {i: repl for i, (_, repl) in enumerate(parts)}
        self.pattern = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(parts))) if parts else None

    def text(self, value: str) -> str:
        if not value or self.pattern is None:
            return value
        return self.pattern.sub(lambda m: self.replacements[int(m.lastgroup[1:])], value)

    def json_text(self, raw: str) -> str:
        try:
            data = json.loads(raw)
        except ValueError:
            return self.text(raw)
        return json.dumps(self._walk(data), ensure_ascii=False)

    def _walk(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self._walk(v) for v in value]
        if isinstance(value, dict):
            return {k: self._walk(v) for k, v in value.items()}
        return value


def _candidates(model: type[models.BaseModel], names: tuple[str, ...], identity: Identity):
    hints = identity.hints()
    fields = [model._meta.fields[n] for n in names]
    cond = None
    for fld in fields:
        for hint in hints:
            term = fld.contains(hint)
            cond = term if cond is None else (cond | term)
    if cond is None:
        return []
    return list(model.select(model._meta.primary_key, *fields).where(cond))


def _clear_where_it_is_them(identity: Identity) -> int:
    """A grid leader, a unit's contact or a helped person who is the erased person: cleared, not renamed."""
    people = sorted(identity.names | identity.phones)
    if not people:
        return 0
    changed = Grid.update(leader_name="").where(Grid.leader_name.in_(people)).execute()
    changed += Grid.update(leader_phone="").where(Grid.leader_phone.in_(people)).execute()
    changed += PartnerUnit.update(contact="").where(PartnerUnit.contact.in_(people)).execute()
    changed += PartnerUnit.update(phone="").where(PartnerUnit.phone.in_(people)).execute()
    changed += HelpRecord.update(helped_name="").where(HelpRecord.helped_name.in_(people)).execute()
    return changed


def scrub_everywhere(identity: Identity) -> dict[str, int]:
    """Replace ``identity`` (read before the records were cleared) in every text column; call
    inside the erase transaction. Returns how many rows changed, per table."""
    scrubber = Scrubber(identity)
    counts: dict[str, int] = {}
    cleared = _clear_where_it_is_them(identity)
    if cleared:
        counts["cleared"] = cleared
    for table, rewrite in ((FREE_TEXT, scrubber.text), (JSON_TEXT, scrubber.json_text)):
        for model, names in table.items():
            for row in _candidates(model, names, identity):
                changes = {}
                for name in names:
                    old = getattr(row, name)
                    new = rewrite(old) if old else old
                    if new != old:
                        changes[model._meta.fields[name]] = new
                if changes:
                    model.update(changes).where(model._meta.primary_key == row.get_id()).execute()
                    counts[model._meta.table_name] = counts.get(model._meta.table_name, 0) + 1
    return counts


def text_columns() -> set[tuple[str, str]]:
    """Every text column of every table, as (table, column)."""
    return {
        (m._meta.table_name, f.name)
        for m in models.ALL_MODELS for f in m._meta.sorted_fields if isinstance(f, (pw.CharField, pw.TextField))
    }


def classified_columns() -> set[tuple[str, str]]:
    return {(m._meta.table_name, n) for table in (FREE_TEXT, JSON_TEXT, NOT_PERSONAL) for m, names in table.items()
            for n in names}
