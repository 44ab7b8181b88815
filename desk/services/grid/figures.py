"""The grid duty's figures for a period: the overview tab and the monthly workbook both read them.

    figures(date(2024, 11, 1), date(2024, 11, 30)) -> GridFigures

Definitions (voided records never count):
- opened: reports recorded in the period (duplicates and not-confirmed ones included: they
  were reported; ``duplicates`` and ``not_confirmed`` say how many of them ended that way);
- resolved: reports whose resolution is dated in the period;
- still open: reports recorded before the period ended that were neither resolved nor closed
  (not confirmed, duplicate) by then; overdue: those of them past their due date at the end;
- median days to resolve: from recording to resolution, over the reports resolved in the period;
- help records: by the time the help happened, for elderly people and for children, by outcome.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from desk.models import Grid, HazardCategory, HazardReport, HelpRecord
from desk.services.grid.terms import (
    CHILD, CLOSED_STATES, DUPLICATE, ELDERLY, NOT_CONFIRMED, OPEN_STATES, OUTCOMES, RESOLVED,
)


@dataclass(frozen=True)
class Counts:
    """Reports of one grid, one category, or one grid and category."""

    grid_number: int | None
    grid_name: str
    category: str
    opened: int = 0
    resolved: int = 0
    still_open: int = 0
    overdue: int = 0
    median_days: float | None = None


@dataclass(frozen=True)
class HelpFigures:
    helped_kind: str  # elderly | child
    total: int
    confirmed: int
    by_outcome: dict[str, int] = field(default_factory=dict)  # every outcome code, zeros included


@dataclass(frozen=True)
class GridFigures:
    start: dt.date
    end: dt.date  # inclusive
    opened: int
    resolved: int
    still_open: int
    overdue: int
    not_confirmed: int
    duplicates: int
    median_days_to_resolve: float | None
    by_grid: list[Counts]  # every grid, in number order
    by_category: list[Counts]  # every category in use or in the catalog
    by_grid_category: list[Counts]  # only the pairs with something to show
    help_elderly: HelpFigures
    help_child: HelpFigures

    @property
    def help_total(self) -> int:
        return self.help_elderly.total + self.help_child.total


@dataclass
class _Tally:
    opened: int = 0
    resolved: int = 0
    still_open: int = 0
    overdue: int = 0
    days: list[float] = field(default_factory=list)

    def counts(self, number: int | None, grid: str, category: str) -> Counts:
        median = round(statistics.median(self.days), 1) if self.days else None
        return Counts(number, grid, category, self.opened, self.resolved, self.still_open, self.overdue, median)

    def empty(self) -> bool:
        return not (self.opened or self.resolved or self.still_open)


def _days(report: HazardReport) -> float:
    return (report.resolved_at - report.created_at).total_seconds() / 86400


def figures(start: dt.date, end: dt.date) -> GridFigures:
    """Reports and help records of ``start`` to ``end`` (both days included)."""
    begin = dt.datetime.combine(start, dt.time())
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    last_day = min(end, dt.date.today())
    grids = list(Grid.select().order_by(Grid.number))
    cats = list(HazardCategory.select().order_by(HazardCategory.sort_order, HazardCategory.id))
    grid_of = {g.id: g for g in grids}
    cat_of = {c.id: c for c in cats}
    by_grid = {g.id: _Tally() for g in grids}
    by_cat = {c.id: _Tally() for c in cats}
    by_pair: dict[tuple[int, int], _Tally] = {}
    total = _Tally()
    not_confirmed = duplicates = 0
    # Older reports matter only if they were still open at some point of the period.
    relevant = ((HazardReport.created_at >= begin) | HazardReport.state.in_(OPEN_STATES)
                | (HazardReport.resolved_at >= begin) | (HazardReport.closed_at >= begin))
    query = HazardReport.select().where(HazardReport.voided_at.is_null() & (HazardReport.created_at < stop) & relevant)
    for r in query.iterator():
        opened = r.created_at >= begin
        resolved_by_end = r.state == RESOLVED and r.resolved_at is not None and r.resolved_at < stop
        resolved_in = resolved_by_end and r.resolved_at >= begin
        closed_by_end = r.state in CLOSED_STATES and r.closed_at is not None and r.closed_at < stop
        still_open = not resolved_by_end and not closed_by_end
        overdue = still_open and r.due_on is not None and r.due_on < last_day and r.state not in CLOSED_STATES
        if not (opened or resolved_in or still_open):
            continue
        if opened:
            not_confirmed += r.state == NOT_CONFIRMED
            duplicates += r.state == DUPLICATE
        pair = by_pair.setdefault((r.grid_id, r.category_id), _Tally())
        for tally in (total, by_grid.setdefault(r.grid_id, _Tally()), by_cat.setdefault(r.category_id, _Tally()), pair):
            tally.opened += opened
            tally.resolved += resolved_in
            tally.still_open += still_open
            tally.overdue += overdue
            if resolved_in:
                tally.days.append(_days(r))

    def grid_name(gid: int) -> tuple[int | None, str]:
        g = grid_of.get(gid)
        return (g.number, g.name) if g else (None, "")

    def cat_name(cid: int) -> str:
        c = cat_of.get(cid)
        return c.name if c else ""

    totals = total.counts(None, "", "")
    pairs = sorted(by_pair.items(), key=lambda kv: (grid_name(kv[0][0])[0] or 0, cat_of[kv[0][1]].sort_order
                                                   if kv[0][1] in cat_of else 0))
    return GridFigures(
        start=start, end=end, opened=totals.opened, resolved=totals.resolved, still_open=totals.still_open,
        overdue=totals.overdue, not_confirmed=not_confirmed, duplicates=duplicates,
        median_days_to_resolve=totals.median_days,
        by_grid=[t.counts(*grid_name(gid), "") for gid, t in by_grid.items()],
        by_category=[t.counts(None, "", cat_name(cid)) for cid, t in by_cat.items()
                     if not t.empty() or (cid in cat_of and cat_of[cid].retired_at is None)],
        by_grid_category=[t.counts(*grid_name(g), cat_name(c)) for (g, c), t in pairs if not t.empty()],
        help_elderly=_help(ELDERLY, begin, stop),
        help_child=_help(CHILD, begin, stop),
    )


def _help(kind: str, begin: dt.datetime, stop: dt.datetime) -> HelpFigures:
    rows = list(HelpRecord.select(HelpRecord.outcome, HelpRecord.confirmed_at)
                .where((HelpRecord.helped_kind == kind) & HelpRecord.voided_at.is_null()
                       & (HelpRecord.happened_at >= begin) & (HelpRecord.happened_at < stop)).tuples())
    by_outcome = {code: 0 for code in OUTCOMES}
    for outcome, _confirmed in rows:
        by_outcome[outcome] = by_outcome.get(outcome, 0) + 1
    return HelpFigures(kind, len(rows), sum(1 for _o, c in rows if c is not None), by_outcome)
