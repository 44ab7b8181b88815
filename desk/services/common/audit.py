"""The audit trail: who changed what, when, before and after."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee as pw

from desk.errors import PermissionDenied, translate
from desk.models import AuditLog, Operator


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, pw.Model):
        return value.get_id()
    return value


def snapshot(record: pw.Model | None) -> dict[str, Any]:
    """The stored fields of ``record`` as JSON-friendly values (foreign keys as ids)."""
    if record is None:
        return {}
    return {name: _plain(value) for name, value in record.__data__.items()}


# Never written to the audit trail, whoever passes them: a PIN's hash is a secret, and a row
# that says "pin changed" tells the story without it.
SECRET_FIELDS = frozenset({"pin", "pin_hash", "new_pin", "old_pin"})
# Where a snapshot names the person a record is about (audit_log.person_id, v0008 reads the same).
PERSON_FIELDS = ("person", "person_id", "recipient")


def _without_secrets(values: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (values or {}).items() if k not in SECRET_FIELDS}


def person_of(entity: str, entity_id: int | None, before: dict[str, Any], after: dict[str, Any]) -> int | None:
    """The person an audit row is about: the person record itself, else the first person field."""
    if entity == "person" and entity_id is not None:
        return entity_id
    for values in (after, before):
        for key in PERSON_FIELDS:
            value = values.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def record(
    operator: Operator | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Write one audit row; call it inside the operation's transaction. Every row names its operator.

    Audit rows are append-only: nothing in the desk updates or deletes them (a test holds
    every module to it), except erasing a person's personal data.
    """
    if operator is None:
        raise PermissionDenied(translate("DeskError", "Nobody is on duty: choose who you are first."))
    before, after = _without_secrets(before), _without_secrets(after)
    return AuditLog.create(
        operator=operator,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=json.dumps(before, ensure_ascii=False, default=str),
        after=json.dumps(after, ensure_ascii=False, default=str),
        person_id=person_of(entity, entity_id, before, after),
    )


def history(entity: str, entity_id: int) -> list[AuditLog]:
    return list(
        AuditLog.select()
        .where((AuditLog.entity == entity) & (AuditLog.entity_id == entity_id))
        .order_by(AuditLog.at, AuditLog.id)
    )
