"""The wish board's figures for a period: one Qt-free function the tab and the monthly workbook share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desk.models import Wish, WishCategory
from desk.services.wishes.rules import CLAIMED, DECLINED, FULFILLED, WITHDRAWN


@dataclass(frozen=True)
class CategoryFigures:
    category: str
    taken_down: int
    fulfilled: int


@dataclass(frozen=True)
class WishFigures:
    """Steps that happened from ``start`` to ``end`` (both days included), each counted by its own date.

    A wish taken down in March and fulfilled in April counts as taken down in March and
    fulfilled in April. ``claimed`` counts claims still standing (or fulfilled), not released
    ones; ``fulfilled`` leaves undone fulfilments out. ``claimants_thanked`` is how many
    different people and units fulfilled a wish in the period.
    """

    start: dt.date
    end: dt.date
    taken_down: int
    approved: int
    claimed: int
    fulfilled: int
    declined: int
    withdrawn: int
    by_category: tuple[CategoryFigures, ...]
    claimants_thanked: int


def _between(column, start: dt.date, end: dt.date):
    if isinstance(column, pw.DateField):
        return (column >= start) & (column <= end)
    after_end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    return (column >= dt.datetime.combine(start, dt.time())) & (column < after_end)


def _count(cond) -> int:
    return Wish.select().where(cond).count()


def figures(start: dt.date, end: dt.date) -> WishFigures:
    """The wish board's figures from ``start`` to ``end``, both days included."""
    fulfilled = (Wish.status == FULFILLED) & _between(Wish.fulfilled_on, start, end)
    taken = _between(Wish.created_at, start, end)
    per_category = []
    for category in WishCategory.select().order_by(WishCategory.sort_order, WishCategory.id):
        row = CategoryFigures(category.name, _count(taken & (Wish.category == category.id)),
                              _count(fulfilled & (Wish.category == category.id)))
        if row.taken_down or row.fulfilled or category.retired_at is None:
            per_category.append(row)
    sponsors = {(p, u) for p, u in Wish.select(Wish.claimant_person, Wish.claimant_unit).where(fulfilled).tuples()}
    return WishFigures(
        start=start,
        end=end,
        taken_down=_count(taken),
        approved=_count(_between(Wish.approved_at, start, end)),
        claimed=_count(Wish.status.in_([CLAIMED, FULFILLED]) & _between(Wish.claimed_at, start, end)),
        fulfilled=_count(fulfilled),
        declined=_count((Wish.status == DECLINED) & _between(Wish.declined_at, start, end)),
        withdrawn=_count((Wish.status == WITHDRAWN) & _between(Wish.withdrawn_at, start, end)),
        by_category=tuple(per_category),
        claimants_thanked=len(sponsors),
    )


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def year_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
