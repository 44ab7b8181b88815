"""Help records (一老一小): riders of the Caring Rider Team who helped a lost elderly person or child.

A volunteer records what the riders told; a staff member confirms it, and each helper earns
the ``help_elderly`` / ``help_child`` points once (the ledger links that helper's own row).
Who was helped (name, age, contact, where and what happened) is personal information about
children and elderly people: ``help_records`` returns it only to an operator with
``help.view_sensitive``; everyone else learns that the help happened and how it ended.
Nothing here prints or exports those fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

import peewee as pw

from desk.db import write
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Grid, HelpRecord, HelpRecordHelper, Operator, Person, PointEntry, now
from desk.services.common import audit
from desk.services.common.permissions import allowed, require
from desk.services.common.reasons import required_reason
from desk.services.grid.terms import HELP_RULES, HELP_SOURCE, HELPED_KINDS, OUTCOMES, capped
from desk.services.points import ledger, sources
from desk.services.common.inputs import checked

PLACE_MAX, NAME_MAX, CONTACT_MAX, TEXT_MAX = 100, 30, 60, 500
HELPERS_MAX = 10
AGE_MAX = 120
SENSITIVE = ("place", "helped_name", "helped_age", "helped_contact", "what_happened")


@dataclass
class HelpInput:
    helper_ids: Sequence[int]
    helped_kind: str  # elderly | child
    outcome: str
    place: str
    happened_at: dt.datetime | None = None  # default: now
    helped_name: str = ""
    helped_age: int | None = None
    helped_contact: str = ""
    what_happened: str = ""
    grid_id: int | None = None


@dataclass(frozen=True)
class HelpResult:
    record_id: int
    helpers: tuple[str, ...]
    confirmed: bool
    points_each: int = 0  # points each helper earned by this operation
    points_reversed: int = 0


@dataclass(frozen=True)
class HelpRow:
    """A help record as the operator on duty may see it: ``sensitive_shown`` False leaves the
    helped person's details as None."""

    id: int
    happened_at: dt.datetime
    helped_kind: str
    outcome: str
    helpers: tuple[str, ...]
    helper_ids: tuple[int, ...]
    confirmed: bool
    confirmed_by: str
    confirmed_at: dt.datetime | None
    recorded_by: str
    grid_name: str
    points: int  # live points the helpers earned for it, together
    voided: bool
    void_reason: str
    sensitive_shown: bool
    place: str | None = None
    helped_name: str | None = None
    helped_age: int | None = None
    helped_contact: str | None = None
    what_happened: str | None = None
    extra: dict = field(default_factory=dict)


@checked
def get_help(record_id: int) -> HelpRecord:
    record = HelpRecord.get_or_none(HelpRecord.id == record_id)
    if record is None:
        raise NotFound(translate("DeskError", "There is no help record #{0}."), record_id)
    return record


def _validated(data: HelpInput, stamp: dt.datetime) -> dict:
    ids = list(dict.fromkeys(int(i) for i in data.helper_ids or ()))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose the rider or riders who helped."))
    if len(ids) > HELPERS_MAX:
        raise ValidationError(translate("DeskError", "At most {0} helpers can be named on one record."), HELPERS_MAX)
    people = {p.id: p for p in Person.select().where(Person.id.in_(ids) & Person.voided_at.is_null()
                                                      & Person.anonymised_at.is_null())}
    if len(people) != len(ids):
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    if data.helped_kind not in HELPED_KINDS:
        raise ValidationError(translate("DeskError", "Say whether an elderly person or a child was helped."))
    if data.outcome not in OUTCOMES:
        raise ValidationError(translate("DeskError", "Choose how it ended."))
    place = capped(data.place, PLACE_MAX, translate("Term", "The place"))
    if not place:
        raise ValidationError(translate("DeskError", "Where did it happen? Enter the place."))
    age = data.helped_age
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= AGE_MAX):
        raise ValidationError(translate("DeskError", "{0} must be a number from {1} to {2}."),
                              translate("Term", "The age"), 0, AGE_MAX)
    happened = (data.happened_at or stamp).replace(microsecond=0)
    if happened > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "A time in the future cannot be recorded."))
    if data.grid_id is not None and not Grid.select().where(Grid.id == data.grid_id).exists():
        raise ValidationError(translate("DeskError", "Unknown grid."))
    return dict(
        helper_ids=ids, happened_at=happened, place=place, grid=data.grid_id, helped_kind=data.helped_kind,
        helped_name=capped(data.helped_name, NAME_MAX, translate("Term", "The name")),
        helped_age=age, helped_contact=capped(data.helped_contact, CONTACT_MAX, translate("Term", "The contact")),
        what_happened=capped(data.what_happened, TEXT_MAX, translate("Term", "What happened")), outcome=data.outcome,
    )


def _stamp(at: dt.datetime | None) -> dt.datetime:
    stamp = (at or now()).replace(microsecond=0)
    if stamp > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "A time in the future cannot be recorded."))
    return stamp


def _names(record: HelpRecord) -> tuple[str, ...]:
    return tuple(h.person.name for h in record.helpers.order_by(HelpRecordHelper.id))


def _award_helpers(record: HelpRecord, operator: Operator, points: int | None, at: dt.datetime) -> int:
    """Each helper's points for this help, once; returns the points each earned."""
    rule = HELP_RULES[record.helped_kind]
    each = 0
    for helper in record.helpers.order_by(HelpRecordHelper.id):
        person = helper.person
        if person.voided_at is not None or person.anonymised_at is not None:
            continue  # an erased record earns nothing; the others still do
        entry = ledger.award(person.id, rule, operator, source_type=HELP_SOURCE, source_id=helper.id,
                             points=points, at=at)  # the statement reads "一老一小 #id" by the link
        each = entry.delta
    return each


@checked
def record_help(data: HelpInput, operator: Operator, *, confirm: bool = False, points: int | None = None,
                at: dt.datetime | None = None) -> HelpResult:
    """Record a help; ``confirm`` (staff) confirms it at once, which awards the helpers' points."""
    require(operator, "help.record")
    if confirm:
        require(operator, "help.confirm")
    stamp = _stamp(at)
    values = _validated(data, stamp)
    ids = values.pop("helper_ids")
    with write():
        record = HelpRecord.create(created_by=operator, created_at=stamp, **values)
        for pid in ids:
            HelpRecordHelper.create(help_record=record, person=pid)
        audit.record(operator, "help_record.record", "help_record", record.id,
                     after=audit.snapshot(record) | {"helpers": ids})
        each = _confirm(record, operator, points, stamp) if confirm else 0
    return HelpResult(record.id, _names(record), confirm, points_each=each)


def _confirm(record: HelpRecord, operator: Operator, points: int | None, stamp: dt.datetime) -> int:
    before = audit.snapshot(record)
    record.confirmed_by, record.confirmed_at = operator, stamp
    record.save()
    each = _award_helpers(record, operator, points, stamp)
    audit.record(operator, "help_record.confirm", "help_record", record.id, before=before,
                 after=audit.snapshot(record) | {"points_each": each})
    return each


@checked
def confirm_help(record_id: int, operator: Operator, *, points: int | None = None,
                 at: dt.datetime | None = None) -> HelpResult:
    """A staff member confirms the help happened: every helper earns the rule's points (once)."""
    require(operator, "help.confirm")
    stamp = _stamp(at)
    with write():
        record = get_help(record_id)
        if record.voided_at is not None:
            raise Conflict(translate("DeskError", "Help record #{0} was voided; it cannot change."), record.id)
        if record.confirmed_at is not None:
            raise Conflict(translate("DeskError", "Help record #{0} was already confirmed on {1}."),
                           record.id, record.confirmed_at.strftime("%Y-%m-%d"))
        each = _confirm(record, operator, points, stamp)
    return HelpResult(record.id, _names(record), True, points_each=each)


@checked
def update_help(record_id: int, data: HelpInput, operator: Operator) -> HelpResult:
    """Staff correct a record (while confirming it, usually); a confirmed one keeps its helpers."""
    require(operator, "help.confirm")
    require(operator, "help.view_sensitive")  # changing what one cannot read would be blind
    with write():
        record = get_help(record_id)
        if record.voided_at is not None:
            raise Conflict(translate("DeskError", "Help record #{0} was voided; it cannot change."), record.id)
        values = _validated(data, record.created_at)
        ids = values.pop("helper_ids")
        current = [h.person_id for h in record.helpers.order_by(HelpRecordHelper.id)]
        if record.confirmed_at is not None and set(ids) != set(current):
            raise Conflict(translate("DeskError", "The helpers of a confirmed record cannot change; "
                                                  "void it and record it again."))
        if record.confirmed_at is not None and values["helped_kind"] != record.helped_kind:
            raise Conflict(translate("DeskError", "The helpers of a confirmed record cannot change; "
                                                  "void it and record it again."))
        before = audit.snapshot(record) | {"helpers": current}
        for key, value in values.items():
            setattr(record, key, value)
        record.save()
        if set(ids) != set(current):
            HelpRecordHelper.delete().where(HelpRecordHelper.help_record == record).execute()
            for pid in ids:
                HelpRecordHelper.create(help_record=record, person=pid)
        audit.record(operator, "help_record.update", "help_record", record.id, before=before,
                     after=audit.snapshot(record) | {"helpers": ids})
    return HelpResult(record.id, _names(record), record.confirmed_at is not None)


@checked
def void_help(record_id: int, reason: str, operator: Operator) -> HelpResult:
    """A record made by mistake: voided, and the helpers' points for it taken back."""
    require(operator, "help.void")
    why = required_reason(reason, translate("DeskError", "Please say why the help record is voided."))
    with write():
        record = get_help(record_id)
        if record.voided_at is not None:
            raise Conflict(translate("DeskError", "Help record #{0} was voided; it cannot change."), record.id)
        before = audit.snapshot(record)
        taken = 0
        for helper in record.helpers:
            taken -= sum(e.delta for e in ledger.reverse_for_source(HELP_SOURCE, helper.id, why, operator))
        record.voided_at, record.voided_by, record.void_reason = now(), operator, why
        record.save()
        audit.record(operator, "help_record.void", "help_record", record.id, before=before,
                     after=audit.snapshot(record) | {"points_reversed": taken})
    return HelpResult(record.id, _names(record), record.confirmed_at is not None, points_reversed=taken)


# --- reading -----------------------------------------------------------------------------------


def may_see_sensitive(operator: Operator | None) -> bool:
    return allowed(operator, "help.view_sensitive")


def _helper_map(record_ids: list[int]) -> dict[int, list[tuple[int, str, int]]]:
    """record id -> [(person id, name, helper row id)]."""
    found: dict[int, list[tuple[int, str, int]]] = {}
    if not record_ids:
        return found
    query = (HelpRecordHelper.select(HelpRecordHelper.help_record, Person.id, Person.name, HelpRecordHelper.id)
             .join(Person).where(HelpRecordHelper.help_record.in_(record_ids)).order_by(HelpRecordHelper.id).tuples())
    for rid, pid, name, hid in query:
        found.setdefault(rid, []).append((pid, name, hid))
    return found


def _points_map(helper_rows: list[int]) -> dict[int, int]:
    if not helper_rows:
        return {}
    query = (PointEntry.select(PointEntry.source_id, pw.fn.SUM(PointEntry.delta))
             .where((PointEntry.source_type == HELP_SOURCE) & PointEntry.source_id.in_(helper_rows))
             .group_by(PointEntry.source_id).tuples())
    return {sid: int(total or 0) for sid, total in query}


def help_records(operator: Operator | None, *, since: dt.date | None = None, helped_kind: str | None = None,
                 person_id: int | None = None, unconfirmed_only: bool = False, include_voided: bool = True,
                 record_id: int | None = None, limit: int = 500) -> list[HelpRow]:
    """Help records, newest first, as ``operator`` may see them (sensitive fields only for staff)."""
    show = may_see_sensitive(operator)
    query = (HelpRecord.select(HelpRecord, Grid).join(Grid, pw.JOIN.LEFT_OUTER, on=(HelpRecord.grid == Grid.id))
             .order_by(HelpRecord.happened_at.desc(), HelpRecord.id.desc()).limit(limit))
    if record_id is not None:
        query = query.where(HelpRecord.id == record_id)
    if since is not None:
        query = query.where(HelpRecord.happened_at >= dt.datetime.combine(since, dt.time()))
    if helped_kind:
        query = query.where(HelpRecord.helped_kind == helped_kind)
    if unconfirmed_only:
        query = query.where(HelpRecord.confirmed_at.is_null() & HelpRecord.voided_at.is_null())
    if not include_voided:
        query = query.where(HelpRecord.voided_at.is_null())
    if person_id is not None:
        query = query.where(HelpRecord.id.in_(
            HelpRecordHelper.select(HelpRecordHelper.help_record).where(HelpRecordHelper.person == person_id)))
    records = list(query)
    helpers = _helper_map([r.id for r in records])
    points = _points_map([h[2] for hs in helpers.values() for h in hs])
    operators = {o.id: o.name for o in Operator.select(Operator.id, Operator.name)}
    rows = []
    for r in records:
        mine = helpers.get(r.id, [])
        sensitive = {name: getattr(r, name) for name in SENSITIVE} if show else {}
        rows.append(HelpRow(
            id=r.id, happened_at=r.happened_at, helped_kind=r.helped_kind, outcome=r.outcome,
            helpers=tuple(h[1] for h in mine), helper_ids=tuple(h[0] for h in mine),
            confirmed=r.confirmed_at is not None, confirmed_by=operators.get(r.confirmed_by_id, ""),
            confirmed_at=r.confirmed_at, recorded_by=operators.get(r.created_by_id, ""),
            grid_name=r.grid.name if r.grid_id else "", points=sum(points.get(h[2], 0) for h in mine),
            voided=r.voided_at is not None, void_reason=r.void_reason, sensitive_shown=show, **sensitive,
        ))
    return rows


def help_row(record_id: int, operator: Operator | None) -> HelpRow:
    get_help(record_id)  # NotFound with the desk's message
    return help_records(operator, record_id=record_id)[0]


def _describe_helpers(ids: list[int]) -> dict[int, str]:
    """A helper's points line: the help record's number only (who was helped is not for every page)."""
    rows = HelpRecordHelper.select(HelpRecordHelper.id, HelpRecordHelper.help_record).where(
        HelpRecordHelper.id.in_(ids)).tuples()
    return {hid: f"一老一小 #{record_id}" for hid, record_id in rows}


sources.register(HELP_SOURCE, _describe_helpers)
