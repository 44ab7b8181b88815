"""Rider points (积分制): the append-only ``PointEntry`` ledger and its rules.

Every point a rider has comes from ``award()``; every correction is ``reverse()`` (a reversing
line, never an edit or a delete). A balance is the sum of a person's lines, so nothing can drift.

Other duties call ``award()`` with the record of the deed as the source (``source_type`` +
``source_id``): one event sign-in, one verified hazard report, one gift distribution. The same
source earns the same rule once: the database itself refuses a second live award (a partial
unique index on rule + source), until the first one is reversed. Link the record of *one
person's* deed (an attendance row, not the whole event), since several people cannot share one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, PermissionDenied, ValidationError, translate
from desk.models import Grid, Operator, Person, PointEntry, PointRule, db, now
from desk.services.common import audit
from desk.services.common.permissions import allowed, require
from desk.services.common.reasons import required_reason
from desk.services.points.point_rules import POINTS_CAP, get_rule, rules, whole  # noqa: F401 (re-exported)

NOTE_MAX = 200
REDEMPTION = "redemption"

# How a source record is named on a statement; other duties add theirs as they come.
SOURCE_NAMES = {
    "manual": translate("Term", "by hand"),
    REDEMPTION: translate("Term", "redemption"),
    "distribution": translate("Term", "gift delivery"),
    "event": translate("Term", "community event"),
    "event_attendance": translate("Term", "community event"),
    "hazard": translate("Term", "hazard report"),
    "hazard_report": translate("Term", "hazard report"),
    "help": translate("Term", "help record"),
    "help_record": translate("Term", "help record"),
    "wish": translate("Term", "micro-wish"),
}

PERIODS = {
    "month": translate("Term", "this month"),
    "year": translate("Term", "this year"),
    "all": translate("Term", "all time"),
}


# --- writing the ledger ------------------------------------------------------------------------


def earning_person(person_id: int) -> Person:
    """The person, if points may still be added to or spent from their record."""
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    if person.voided_at is not None or person.anonymised_at is not None:
        raise ValidationError(translate("DeskError", "{0}'s record is closed; points cannot be added to it."), person.name)
    if person.merged_into_id is not None:
        raise ValidationError(translate("DeskError", "{0} was merged into another record; use that one."), person.name)
    return person


def _amount(rule: PointRule, points: object, operator: Operator) -> int:
    if points is None:
        return rule.default_points
    amount = whole(points)
    if amount != rule.default_points and not rule.amount_editable and not allowed(operator, "points.award_any_amount"):
        raise PermissionDenied(
            translate("DeskError", "The rule {0} gives {1} points; only staff can change the amount."),
            rule.name, rule.default_points,
        )
    if not (rule.min_points <= amount <= rule.max_points):
        raise ValidationError(
            translate("DeskError", "{0} points is outside what the rule {1} allows ({2} to {3})."),
            amount, rule.name, rule.min_points, rule.max_points,
        )
    return amount


def _source(source_type: str, source_id: int | None) -> tuple[str, int | None]:
    source_type = (source_type or "").strip()
    if not source_type or len(source_type) > 30:
        raise ValidationError(translate("DeskError", "Unknown kind of source record: {0}."), source_type)
    if source_type == REDEMPTION:
        raise ValidationError(translate("DeskError", "Points are spent only through a redemption."))
    if source_id is not None:
        source_id = whole(source_id)
    return source_type, source_id


def _note(note: str, limit: int = NOTE_MAX) -> str:
    note = (note or "").strip()
    if len(note) > limit:
        raise ValidationError(translate("DeskError", "A note can be at most {0} characters."), limit)
    return note


def _live_award(rule: PointRule, source_type: str, source_id: int) -> PointEntry | None:
    return PointEntry.get_or_none(
        (PointEntry.rule == rule) & (PointEntry.source_type == source_type) & (PointEntry.source_id == source_id)
        & PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null()
    )


def _refuse_twice(rule: PointRule, earlier: PointEntry) -> Conflict:
    return Conflict(
        translate("DeskError", "This deed already earned {0} points under {1} (for {2} on {3}); reverse that entry first."),
        earlier.delta, rule.name, earlier.person.name, earlier.created_at.strftime("%Y-%m-%d"),
    )


def _write_award(person: Person, rule: PointRule, amount: int, operator: Operator, source_type: str,
                 source_id: int | None, note: str, at: dt.datetime) -> PointEntry:
    try:
        with db.atomic():  # a savepoint, so a racing duplicate surfaces as our own Conflict
            entry = PointEntry.create(person=person, delta=amount, rule=rule, source_type=source_type,
                                      source_id=source_id, note=note, created_by=operator, created_at=at)
    except pw.IntegrityError:
        earlier = _live_award(rule, source_type, source_id) if source_id is not None else None
        if earlier is not None:
            raise _refuse_twice(rule, earlier) from None
        raise
    audit.record(operator, "points.award", "point_entry", entry.id, after=audit.snapshot(entry))
    return entry


def _prepare(rule_code: str, operator: Operator | None, points: object, source_type: str,
             source_id: int | None, note: str, at: dt.datetime | None):
    operator = require(operator, "points.award")
    rule = get_rule(rule_code)
    if rule.retired_at is not None:
        raise ValidationError(translate("DeskError", "The rule {0} is retired; choose another."), rule.name)
    amount = _amount(rule, points, operator)
    source_type, source_id = _source(source_type, source_id)
    note = _note(note)
    at = at or now()
    if at > now() + dt.timedelta(minutes=5):
        raise ValidationError(translate("DeskError", "Points cannot be dated in the future."))
    if source_id is not None:
        earlier = _live_award(rule, source_type, source_id)
        if earlier is not None:
            raise _refuse_twice(rule, earlier)
    return operator, rule, amount, source_type, source_id, note, at


@write_transaction
def award(
    person_id: int,
    rule_code: str,
    operator: Operator,
    *,
    source_type: str = "manual",
    source_id: int | None = None,
    points: int | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> PointEntry:
    """Add points to a person for a deed: the only way points are earned.

    ``points`` defaults to the rule's; another amount must lie within the rule's bounds and
    needs a rule whose amount may be changed, or a staff member. ``at`` backdates the line
    (a deed recorded later); it defaults to now. Call inside another operation's
    ``db.atomic()`` to make the award stand or fall with it.
    """
    require(operator, "points.award")
    person = earning_person(person_id)
    operator, rule, amount, source_type, source_id, note, at = _prepare(
        rule_code, operator, points, source_type, source_id, note, at)
    with db.atomic():
        return _write_award(person, rule, amount, operator, source_type, source_id, note, at)


@write_transaction
def award_many(
    person_ids: Iterable[int],
    rule_code: str,
    operator: Operator,
    *,
    points: int | None = None,
    note: str = "",
    source_type: str = "manual",
    at: dt.datetime | None = None,
) -> list[PointEntry]:
    """The same award to several people at once (everyone who helped carry the gifts): all or none."""
    require(operator, "points.award")
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose at least one person."))
    people = [earning_person(pid) for pid in ids]
    operator, rule, amount, source_type, _, note, at = _prepare(rule_code, operator, points, source_type, None, note, at)
    with db.atomic():
        return [_write_award(p, rule, amount, operator, source_type, None, note, at) for p in people]


def check_reversible(entry: PointEntry) -> None:
    """Raise ``Conflict`` if the line cannot be reversed: a correction itself, or reversed already.

    The desk asks this before it asks for a reason, so nobody types one only to be refused.
    """
    if entry.reverses_id is not None:
        raise Conflict(translate("DeskError", "A correction cannot itself be reversed; award the points again instead."))
    if entry.reversed_at is not None:
        raise Conflict(translate("DeskError", "This entry was already reversed on {0}."), entry.reversed_at.strftime("%Y-%m-%d"))


@write_transaction
def reverse_line(entry: PointEntry, reason: str, operator: Operator, at: dt.datetime | None = None) -> PointEntry:
    """Write the reversing line; callers validated the reason and their own permission (rewards uses it too)."""
    require(operator, "points.reverse_linked")
    check_reversible(entry)
    if entry.delta > 0:
        have = balance(entry.person_id)
        if have - entry.delta < 0:
            raise Conflict(
                translate("DeskError", "{0} has already spent these points: the balance is {1}, and taking back {2} would make it negative. Void a redemption first."),
                entry.person.name, have, entry.delta,
            )
    stamp = at or now()
    with db.atomic():
        marked = (PointEntry.update(reversed_at=stamp)
                  .where((PointEntry.id == entry.id) & PointEntry.reversed_at.is_null()).execute())
        if marked != 1:  # another desk reversed it a moment ago
            raise Conflict(translate("DeskError", "This entry was already reversed on {0}."), stamp.strftime("%Y-%m-%d"))
        reversal = PointEntry.create(
            person=entry.person_id, delta=-entry.delta, rule=entry.rule_id, source_type=entry.source_type,
            source_id=entry.source_id, note=reason, reverses=entry, created_by=operator, created_at=stamp,
        )
        audit.record(operator, "points.reverse", "point_entry", reversal.id,
                     before=audit.snapshot(entry), after=audit.snapshot(reversal))
    return reversal


def _reason(reason: str) -> str:
    return required_reason(reason, translate("DeskError", "Please say why this entry is reversed."))


def get_entry(entry_id: int) -> PointEntry:
    entry = PointEntry.get_or_none(PointEntry.id == entry_id)
    if entry is None:
        raise NotFound(translate("DeskError", "There is no points entry {0}."), entry_id)
    return entry


@write_transaction
def reverse(entry_id: int, reason: str, operator: Operator, *, at: dt.datetime | None = None) -> PointEntry:
    """Correct a mistaken line by writing its opposite; both stay on the statement.

    Staff may reverse any line; a volunteer only a line they wrote themselves. ``at`` dates
    the correction (imports, demo data); it defaults to now.
    """
    require(operator, "points.reverse_own")
    reason = _reason(reason)
    entry = get_entry(entry_id)
    if entry.created_by_id != operator.id:
        require(operator, "points.reverse")
    if entry.source_type == REDEMPTION and entry.reverses_id is None:
        raise Conflict(translate("DeskError", "This is a redemption: void it under Rewards, which also puts the goods back."))
    if at is not None and (at < entry.created_at or at > now() + dt.timedelta(minutes=5)):
        raise ValidationError(translate("DeskError", "A correction must be dated between the entry and now."))
    return reverse_line(entry, reason, operator, at)


@write_transaction
def reverse_for_source(source_type: str, source_id: int, reason: str, operator: Operator) -> list[PointEntry]:
    """Reverse every live award linked to a source record (a voided distribution, a rejected report).

    No-op when there is none. The calling operation has already checked that the operator may
    void its record; call inside its ``db.atomic()`` so both stand or fall together.
    """
    require(operator, "points.reverse_linked")
    reason = _reason(reason)
    if source_type == REDEMPTION:
        raise Conflict(translate("DeskError", "This is a redemption: void it under Rewards, which also puts the goods back."))
    live = list(
        PointEntry.select()
        .where((PointEntry.source_type == source_type) & (PointEntry.source_id == source_id)
               & PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null())
        .order_by(PointEntry.id)
    )
    with db.atomic():
        return [reverse_line(entry, reason, operator) for entry in live]


# --- reading -----------------------------------------------------------------------------------


def balance(person_id: int) -> int:
    total = PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0)).where(PointEntry.person == person_id).scalar()
    return int(total or 0)


@dataclass(frozen=True)
class StatementRow:
    """One line of a person's statement, newest first, with the balance after it."""

    id: int
    at: dt.datetime
    rule: str
    delta: int
    balance: int
    source_type: str
    source_id: int | None
    operator: str
    note: str
    reverses_id: int | None
    reversed_at: dt.datetime | None

    @property
    def kind(self) -> str:
        if self.reverses_id is not None:
            return "reversal"
        return REDEMPTION if self.source_type == REDEMPTION else "award"


def statement(person_id: int) -> list[StatementRow]:
    query = (
        PointEntry.select(PointEntry, PointRule, Operator)
        .join(PointRule, pw.JOIN.LEFT_OUTER, on=(PointEntry.rule == PointRule.id))
        .switch(PointEntry)
        .join(Operator, on=(PointEntry.created_by == Operator.id))
        .where(PointEntry.person == person_id)
        .order_by(PointEntry.created_at, PointEntry.id)
    )
    rows, running = [], 0
    for e in query:
        running += e.delta
        rows.append(StatementRow(
            id=e.id, at=e.created_at, rule=e.rule.name if e.rule_id else "", delta=e.delta, balance=running,
            source_type=e.source_type, source_id=e.source_id, operator=e.created_by.name, note=e.note,
            reverses_id=e.reverses_id, reversed_at=e.reversed_at,
        ))
    rows.reverse()
    return rows


def period_start(period: str, today: dt.date | None = None) -> dt.datetime | None:
    if period not in PERIODS:
        raise ValidationError(translate("DeskError", "Unknown period: {0}."), period)
    today = today or dt.date.today()
    if period == "month":
        return dt.datetime(today.year, today.month, 1)
    if period == "year":
        return dt.datetime(today.year, 1, 1)
    return None


@dataclass(frozen=True)
class LeaderRow:
    rank: int
    person_id: int
    name: str
    phone: str
    platform: str
    grid: str
    caring_team: bool
    points: int
    deeds: int


def leaderboard(period: str, *, grid_id: int | None = None, caring_team: bool | None = None, limit: int = 50,
                today: dt.date | None = None) -> list[LeaderRow]:
    """Top people by points *earned* in the period (spending does not lower a rank).

    Reversed awards and their reversals are left out, so a corrected mistake never counts.
    Equal points share a rank (1, 1, 3).
    """
    start = period_start(period, today)
    earned = pw.fn.SUM(PointEntry.delta)
    cond = (PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null() & (PointEntry.source_type != REDEMPTION)
            & Person.voided_at.is_null() & Person.anonymised_at.is_null())
    if start is not None:
        cond &= PointEntry.created_at >= start
    if grid_id is not None:
        cond &= Person.grid == grid_id
    if caring_team is not None:
        cond &= Person.caring_team == bool(caring_team)
    query = (
        PointEntry.select(Person.id, Person.name, Person.phone, Person.platform, Grid.name, Person.caring_team,
                          earned, pw.fn.COUNT(PointEntry.id))
        .join(Person, on=(PointEntry.person == Person.id))
        .join(Grid, pw.JOIN.LEFT_OUTER, on=(Person.grid == Grid.id))
        .where(cond)
        .group_by(Person.id, Person.name, Person.phone, Person.platform, Grid.name, Person.caring_team)
        .having(earned > 0)
        .order_by(earned.desc(), pw.fn.COUNT(PointEntry.id).desc(), Person.name)
        .limit(limit)
        .tuples()
    )
    rows: list[LeaderRow] = []
    for i, (pid, name, phone, platform, grid, caring, pts, deeds) in enumerate(query):
        rank = rows[-1].rank if rows and rows[-1].points == pts else i + 1
        rows.append(LeaderRow(rank, pid, name, phone or "", platform or "", grid or "", bool(caring), int(pts), int(deeds)))
    return rows


def check_ledger() -> list[str]:
    """Problems in the ledger (empty when sound): stray reversal markers, negative balances."""
    problems = []
    marked = {e.id for e in PointEntry.select(PointEntry.id).where(PointEntry.reversed_at.is_null(False))}
    reversed_ids = {e.reverses_id for e in PointEntry.select(PointEntry.reverses).where(PointEntry.reverses.is_null(False))}
    for entry_id in sorted(marked ^ reversed_ids):
        problems.append(f"entry {entry_id}: reversed_at marker and reversing line disagree")
    negatives = (PointEntry.select(PointEntry.person, pw.fn.SUM(PointEntry.delta))
                 .group_by(PointEntry.person).having(pw.fn.SUM(PointEntry.delta) < 0).tuples())
    problems += [f"person {pid}: negative balance {total}" for pid, total in negatives]
    return problems


@dataclass(frozen=True)
class PointsSummary:
    """The month's points figures for the party committee's workbook."""

    points_earned: int  # awards in the period, corrected mistakes left out
    deeds: int
    people: int  # distinct people who earned
    points_redeemed: int
    redemptions: int


def summary(start: dt.datetime, end: dt.datetime) -> PointsSummary:
    """Points earned and redeemed in ``[start, end)``, by the time of each line."""
    in_period = (PointEntry.created_at >= start) & (PointEntry.created_at < end)
    live = PointEntry.reverses.is_null() & PointEntry.reversed_at.is_null()
    earned = (PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0), pw.fn.COUNT(PointEntry.id),
                                pw.fn.COUNT(PointEntry.person.distinct()))
              .where(in_period & live & (PointEntry.source_type != REDEMPTION)).tuples().first())
    spent = (PointEntry.select(pw.fn.COALESCE(pw.fn.SUM(PointEntry.delta), 0), pw.fn.COUNT(PointEntry.id))
             .where(in_period & live & (PointEntry.source_type == REDEMPTION)).tuples().first())
    return PointsSummary(int(earned[0]), int(earned[1]), int(earned[2]), -int(spent[0]), int(spent[1]))
