"""Check-in notices: what the desk must tell a person at their next visit, once.

A duty posts a notice when something the person cares about happens (their wish was fulfilled
or declined, their hazard report was resolved). The check-in screen asks ``pending(person_id)``
when that person is chosen, shows each notice's message to the volunteer, and records that it
was passed on (and the person's answer, if the kind asks one) with ``answer(...)``. A notice
is shown once: after it is answered it is never pending again.

A duty registers its kinds at import with ``register(NoticeKind(...))``: the message template
(formatted with the notice's ``params``), the answers the person may give, and what an answer
does (e.g. "not fixed" reopens a report), run inside the same write transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Notice, Operator, now
from desk.services.common import audit
from desk.services.common.permissions import require

SEEN = "seen"  # the answer of a notice that asks nothing: it was passed on


@dataclass(frozen=True)
class NoticeKind:
    kind: str
    # English, marked with translate("Notice", ...); formatted with the notice's params as {name}.
    template: str
    # (code, label) pairs the person may answer; empty: the volunteer only confirms it was told.
    answers: tuple[tuple[str, str], ...] = ()
    # Called as on_answer(notice, code, operator) inside the answer's transaction.
    on_answer: Callable[[Notice, str, Operator], None] | None = None


KINDS: dict[str, NoticeKind] = {}


def register(kind: NoticeKind) -> None:
    KINDS[kind.kind] = kind


_discovered: list[bool] = []


def kind_of(code: str) -> NoticeKind | None:
    """The registered kind; the duties' packages are imported once if it is not known yet.

    A duty registers its kinds when its package is imported. The check-in screen may be the
    first to read a notice (the wish board not opened yet this session), so it must not depend
    on which tab was shown first.
    """
    if code not in KINDS and not _discovered:
        _discovered.append(True)
        import importlib
        import pkgutil

        import desk.services as services

        for info in pkgutil.iter_modules(services.__path__):
            if info.ispkg and info.name != "common":
                importlib.import_module(f"desk.services.{info.name}")
    return KINDS.get(code)


@dataclass(frozen=True)
class NoticeRow:
    id: int
    person_id: int
    kind: str
    template: str
    params: dict[str, Any]
    answers: tuple[tuple[str, str], ...] = field(default=())
    created_at: Any = None


def post(person_id: int, kind: str, source_type: str, source_id: int, params: dict[str, Any]) -> Notice:
    """Queue a notice for ``person_id``; call inside the duty's own write transaction.

    An older unanswered notice about the same record is replaced, so a rider hears only the latest.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notice kind {kind}")
    (Notice.update(voided_at=now())
     .where((Notice.source_type == source_type) & (Notice.source_id == source_id)
            & Notice.shown_at.is_null() & Notice.voided_at.is_null())
     .execute())
    return Notice.create(
        person=person_id, kind=kind, source_type=source_type, source_id=source_id,
        params=json.dumps(params, ensure_ascii=False, default=str),
    )


def withdraw(source_type: str, source_id: int) -> int:
    """Void the unanswered notices about a record (its news was undone); inside the caller's transaction."""
    return (Notice.update(voided_at=now())
            .where((Notice.source_type == source_type) & (Notice.source_id == source_id)
                   & Notice.shown_at.is_null() & Notice.voided_at.is_null())
            .execute())


def forget_person(person_id: int) -> int:
    """Inside a person's erasure: nothing more to tell them, and the messages (which name them) go."""
    (Notice.update(voided_at=now())
     .where((Notice.person == person_id) & Notice.shown_at.is_null() & Notice.voided_at.is_null()).execute())
    return Notice.update(params="{}").where(Notice.person == person_id).execute()


def _row(n: Notice) -> NoticeRow:
    spec = kind_of(n.kind)
    return NoticeRow(
        id=n.id, person_id=n.person_id, kind=n.kind,
        template=spec.template if spec else n.kind,
        params=json.loads(n.params or "{}"),
        answers=spec.answers if spec else (),
        created_at=n.created_at,
    )


def pending(person_id: int) -> list[NoticeRow]:
    """The notices still to pass on to ``person_id``, oldest first."""
    query = (Notice.select()
             .where((Notice.person == person_id) & Notice.shown_at.is_null() & Notice.voided_at.is_null())
             .order_by(Notice.created_at, Notice.id))
    return [_row(n) for n in query]


@dataclass(frozen=True)
class Answered:
    notice_id: int
    answer: str


def answer(notice_id: int, code: str, operator: Operator) -> Answered:
    """Record that the notice was passed on, with the person's answer (``SEEN`` if it asks none)."""
    require(operator, "notice.answer")
    with write():
        notice = Notice.get_or_none(Notice.id == notice_id)
        if notice is None or notice.voided_at is not None:
            raise NotFound(translate("DeskError", "That notice no longer exists."))
        if notice.shown_at is not None:
            raise Conflict(translate("DeskError", "That notice was already passed on."))
        spec = kind_of(notice.kind)
        codes = {c for c, _ in spec.answers} if spec else set()
        if codes and code not in codes:
            raise ValidationError(translate("DeskError", "Please choose one of the answers."))
        if not codes:
            code = SEEN
        before = audit.snapshot(notice)
        notice.shown_at, notice.shown_by, notice.answer = now(), operator, code
        notice.save()
        if spec and spec.on_answer:
            spec.on_answer(notice, code, operator)
        audit.record(operator, "notice.answer", "notice", notice.id, before=before, after=audit.snapshot(notice))
    return Answered(notice_id=notice.id, answer=code)
