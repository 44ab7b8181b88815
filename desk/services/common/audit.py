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


def record(
    operator: Operator | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Write one audit row; call it inside the operation's transaction. Every row names its operator."""
    if operator is None:
        raise PermissionDenied(translate("DeskError", "Nobody is on duty: choose who you are first."))
    return AuditLog.create(
        operator=operator,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=json.dumps(before or {}, ensure_ascii=False, default=str),
        after=json.dumps(after or {}, ensure_ascii=False, default=str),
    )


def history(entity: str, entity_id: int) -> list[AuditLog]:
    return list(
        AuditLog.select()
        .where((AuditLog.entity == entity) & (AuditLog.entity_id == entity_id))
        .order_by(AuditLog.at, AuditLog.id)
    )
