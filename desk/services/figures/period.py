"""The period a report covers: a calendar month, the year to date, or a custom range.

Times are the station's local time; a period is ``[start, end)`` on dates, so a visit at
23:59:59 on the last day of the month counts and one at 00:00:00 on the 1st of the next does not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desk.errors import ValidationError, translate

_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
EARLIEST = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day, included
    end: dt.date  # first day after, excluded
    kind: str  # month | ytd | range

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_at(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time())

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def year(self) -> int:
        return self.last_day.year

    def title(self) -> str:
        """The Chinese title a clerk expects: 2026年11月 / 2026年1—11月 / 2026-03-01至2026-05-31."""
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        if self.kind == "ytd":
            return f"{self.start.year}年1—{self.last_day.month}月"
        return f"{self.start:%Y-%m-%d}至{self.last_day:%Y-%m-%d}"

    def file_stem(self) -> str:
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "ytd":
            return f"{self.start.year}-01至{self.last_day:%m}"
        return f"{self.start:%Y%m%d}-{self.last_day:%Y%m%d}"

    def year_to_date(self) -> "Period":
        """January 1st of the period's year to the period's end."""
        return Period(dt.date(self.year, 1, 1), self.end, "ytd")


def _check(day: dt.date) -> None:
    # To the end of next year: today.replace(year=+1) raised on February 29th (no 2029-02-29),
    # and a month of next year could not be exported, its year's later months being "too late".
    latest = dt.date(dt.date.today().year + 1, 12, 31)
    if not EARLIEST <= day <= latest:
        raise ValidationError(translate("DeskError", "{0} is outside the years the desk keeps records for."), str(day))


def month(text: str | dt.date) -> Period:
    """``2026-11`` (also ``2026/11``, ``2026年11月``) → the calendar month."""
    if isinstance(text, dt.date):
        year, mon = text.year, text.month
    else:
        match = _MONTH.match(str(text or ""))
        if not match:
            raise ValidationError(
                translate("DeskError", "{0} is not a month: write it as YYYY-MM, e.g. 2026-11."), str(text))
        year, mon = int(match.group(1)), int(match.group(2))
        if not 1 <= mon <= 12:
            raise ValidationError(
                translate("DeskError", "{0} is not a month: write it as YYYY-MM, e.g. 2026-11."), str(text))
    start = dt.date(year, mon, 1)
    _check(start)
    end = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    return Period(start, end, "month")


def year_to_date(text: str | dt.date) -> Period:
    return month(text).year_to_date()


def custom(first: dt.date, last: dt.date) -> Period:
    """From ``first`` to ``last``, both days included."""
    if last < first:
        raise ValidationError(translate("DeskError", "The period ends before it starts."))
    _check(first)
    _check(last)
    return Period(first, last + dt.timedelta(days=1), "range")


def months_of_year(year: int) -> list[Period]:
    return [month(dt.date(year, m, 1)) for m in range(1, 13)]
