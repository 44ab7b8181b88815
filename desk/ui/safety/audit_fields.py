"""Readable names of the fields the audit log stores (a field not listed shows as stored)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.services.common import accounts
from desk.services.safety import audit_log
from desk.ui.errors import term

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditField", "name"),
    "phone": QT_TRANSLATE_NOOP("AuditField", "phone"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "kind"),
    "platform": QT_TRANSLATE_NOOP("AuditField", "platform or employer"),
    "grid": QT_TRANSLATE_NOOP("AuditField", "grid"),
    "caring_team": QT_TRANSLATE_NOOP("AuditField", "Caring Rider Team"),
    "party_member": QT_TRANSLATE_NOOP("AuditField", "party member"),
    "card_code": QT_TRANSLATE_NOOP("AuditField", "member card"),
    "note": QT_TRANSLATE_NOOP("AuditField", "note"),
    "pinyin_initials": QT_TRANSLATE_NOOP("AuditField", "pinyin initials"),
    "pinyin_full": QT_TRANSLATE_NOOP("AuditField", "pinyin"),
    "archived_at": QT_TRANSLATE_NOOP("AuditField", "archived at"),
    "anonymised_at": QT_TRANSLATE_NOOP("AuditField", "erased at"),
    "merged_into": QT_TRANSLATE_NOOP("AuditField", "merged into"),
    "voided_at": QT_TRANSLATE_NOOP("AuditField", "voided at"),
    "voided_by": QT_TRANSLATE_NOOP("AuditField", "voided by"),
    "void_reason": QT_TRANSLATE_NOOP("AuditField", "void reason"),
    "reason": QT_TRANSLATE_NOOP("AuditField", "reason"),
    "created_at": QT_TRANSLATE_NOOP("AuditField", "created at"),
    "created_by": QT_TRANSLATE_NOOP("AuditField", "created by"),
    "updated_at": QT_TRANSLATE_NOOP("AuditField", "changed at"),
    "person": QT_TRANSLATE_NOOP("AuditField", "person"),
    "person_id": QT_TRANSLATE_NOOP("AuditField", "person"),
    "anon_kind": QT_TRANSLATE_NOOP("AuditField", "anonymous visitor"),
    "visited_at": QT_TRANSLATE_NOOP("AuditField", "visited at"),
    "services": QT_TRANSLATE_NOOP("AuditField", "services"),
    "delta": QT_TRANSLATE_NOOP("AuditField", "points"),
    "points": QT_TRANSLATE_NOOP("AuditField", "points"),
    "rule": QT_TRANSLATE_NOOP("AuditField", "points rule"),
    "source_type": QT_TRANSLATE_NOOP("AuditField", "source"),
    "source_id": QT_TRANSLATE_NOOP("AuditField", "source id"),
    "reverses": QT_TRANSLATE_NOOP("AuditField", "corrects line"),
    "reversed_at": QT_TRANSLATE_NOOP("AuditField", "corrected at"),
    "campaign": QT_TRANSLATE_NOOP("AuditField", "campaign"),
    "recipient": QT_TRANSLATE_NOOP("AuditField", "recipient"),
    "deliverer": QT_TRANSLATE_NOOP("AuditField", "deliverer"),
    "handed_at": QT_TRANSLATE_NOOP("AuditField", "handed out at"),
    "signed": QT_TRANSLATE_NOOP("AuditField", "signed"),
    "override_reason": QT_TRANSLATE_NOOP("AuditField", "override reason"),
    "extra_share": QT_TRANSLATE_NOOP("AuditField", "extra share"),
    "lines": QT_TRANSLATE_NOOP("AuditField", "goods"),
    "item": QT_TRANSLATE_NOOP("AuditField", "goods"),
    "quantity": QT_TRANSLATE_NOOP("AuditField", "quantity"),
    "unit": QT_TRANSLATE_NOOP("AuditField", "unit"),
    "donor": QT_TRANSLATE_NOOP("AuditField", "donor"),
    "moved_on": QT_TRANSLATE_NOOP("AuditField", "date"),
    "points_price": QT_TRANSLATE_NOOP("AuditField", "points price"),
    "starts_on": QT_TRANSLATE_NOOP("AuditField", "starts on"),
    "ends_on": QT_TRANSLATE_NOOP("AuditField", "ends on"),
    "eligibility": QT_TRANSLATE_NOOP("AuditField", "who is eligible"),
    "default_points": QT_TRANSLATE_NOOP("AuditField", "points"),
    "min_points": QT_TRANSLATE_NOOP("AuditField", "least points"),
    "max_points": QT_TRANSLATE_NOOP("AuditField", "most points"),
    "amount_editable": QT_TRANSLATE_NOOP("AuditField", "amount may change"),
    "leader_name": QT_TRANSLATE_NOOP("AuditField", "grid leader"),
    "leader_phone": QT_TRANSLATE_NOOP("AuditField", "grid leader's phone"),
    "contact": QT_TRANSLATE_NOOP("AuditField", "contact"),
    "retired_at": QT_TRANSLATE_NOOP("AuditField", "retired at"),
    "role": QT_TRANSLATE_NOOP("AuditField", "role"),
    "active": QT_TRANSLATE_NOOP("AuditField", "may sign in"),
    "pin_state": QT_TRANSLATE_NOOP("AuditField", "PIN"),
    "wrong_pins": QT_TRANSLATE_NOOP("AuditField", "wrong PINs in a row"),
    "wait_seconds": QT_TRANSLATE_NOOP("AuditField", "wait (seconds)"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditField", "idle lock (minutes)"),
    "answer": QT_TRANSLATE_NOOP("AuditField", "answer"),
    "rows": QT_TRANSLATE_NOOP("AuditField", "rows"),
    "file": QT_TRANSLATE_NOOP("AuditField", "file"),
}


_PIN_STATES = {
    "set": QT_TRANSLATE_NOOP("AuditValue", "set"),
    "changed": QT_TRANSLATE_NOOP("AuditValue", "changed"),
    "reset": QT_TRANSLATE_NOOP("AuditValue", "reset"),
}


class Names:
    """Operator and person names for the ids stored in audit values."""

    def __init__(self) -> None:
        self.operators: dict[int, str] = dict(audit_log.operators())
        self.people: dict[int, str] = {}

    def learn(self, rows: list[audit_log.AuditRow]) -> None:
        self.people.update(audit_log.person_names(rows))


def value_text(field: str, value, names: Names | None = None) -> str:
    """A stored value as an administrator reads it: names for ids, words for codes."""
    if value is None:
        return ""
    if field == "role" and isinstance(value, str):
        return term(accounts.ROLE_NAMES.get(value, value))
    if field == "pin_state" and value in _PIN_STATES:
        return QCoreApplication.translate("AuditValue", _PIN_STATES[value])
    if names is not None and isinstance(value, int) and not isinstance(value, bool):
        if field in audit_log.OPERATOR_ID_FIELDS and value in names.operators:
            return names.operators[value]
        if field in audit_log.PERSON_ID_FIELDS:
            name = names.people.get(value)
            return f"{name} #{value}" if name else f"#{value}"
    return audit_log.show(value)


def field_name(field: str) -> str:
    label = _FIELDS.get(field)
    return QCoreApplication.translate("AuditField", label) if label else field


def action_name(action: str) -> str:
    label = audit_log.ACTION_NAMES.get(action)
    return QCoreApplication.translate("AuditAction", label) if label else action


def entity_name(entity: str) -> str:
    label = audit_log.ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("AuditEntity", label) if label else entity


def kind_name(label: str) -> str:
    return QCoreApplication.translate("AuditKind", label)


def summary(row: audit_log.AuditRow, names: Names | None = None, limit: int = 160) -> str:
    """The row's changes on one line, with readable field names (empty values of a new record left out)."""
    parts = []
    for change in row.changes():
        name = field_name(change.field)
        old, new = value_text(change.field, change.before, names), value_text(change.field, change.after, names)
        if change.before is None:
            if new != "":
                parts.append(f"{name}: {new}")
        elif change.after is None:
            parts.append(f"{name}: {old} → ∅")
        else:
            parts.append(f"{name}: {old} → {new}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"
