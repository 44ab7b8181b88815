"""The dashboard's headline figures: this year so far against the same days last year, and
the last twelve months of a few series. Every number comes from the same figure functions as
the monthly workbook, so the dashboard and the summary sheet show the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from desk.services.figures import station
from desk.services.figures.details import Detail
from desk.services.figures.period import Period, custom, month

# key -> (figure for [start, end), the records behind it as a detail table)
Provider = Callable[[dt.date, dt.date], int]
DetailMaker = Callable[[dt.date, dt.date, bool], Detail]


@dataclass(frozen=True)
class HeadlineSpec:
    key: str
    value: Provider
    detail: DetailMaker | None = None


def _person_times(s: dt.date, e: dt.date) -> int:
    return station.visit_figures(s, e).person_times


def _people(s: dt.date, e: dt.date) -> int:
    return station.visit_figures(s, e).people


def _points(s: dt.date, e: dt.date) -> int:
    return station.point_figures(s, e, top=0).awarded


def _shares(s: dt.date, e: dt.date) -> int:
    return station.gift_figures(s, e).shares


def _last(e: dt.date) -> dt.date:
    return e - dt.timedelta(days=1)  # the duties' figure functions take the last day, included


def _wishes_fulfilled(s: dt.date, e: dt.date) -> int:
    from desk.services.wishes.figures import figures

    return figures(s, _last(e)).fulfilled


def _hazard_reports(s: dt.date, e: dt.date) -> int:
    from desk.services.grid.figures import figures

    return figures(s, _last(e)).opened


def _people_helped(s: dt.date, e: dt.date) -> int:
    from desk.services.grid.figures import figures

    return figures(s, _last(e)).help_total


def _events(s: dt.date, e: dt.date) -> int:
    from desk.services.events.figures import figures

    return figures(s, _last(e)).events_held


def _details():
    from desk.services.figures import details

    return details


HEADLINES: list[HeadlineSpec] = [
    HeadlineSpec("person_times", _person_times, lambda s, e, u: _details().visits(s, e, u)),
    HeadlineSpec("people", _people, lambda s, e, u: _details().visits(s, e, u)),
    HeadlineSpec("wishes_fulfilled", _wishes_fulfilled, lambda s, e, u: _details().wishes(s, e, u)),
    HeadlineSpec("hazard_reports", _hazard_reports, lambda s, e, u: _details().hazards(s, e, u)),
    HeadlineSpec("people_helped", _people_helped, lambda s, e, u: _details().helps(s, e, u)),
    HeadlineSpec("points_awarded", _points, lambda s, e, u: _details().points(s, e, u)),
    HeadlineSpec("events", _events, lambda s, e, u: _details().events(s, e, u)),
    HeadlineSpec("shares", _shares, lambda s, e, u: _details().gifts(s, e, u)),
]

# key -> figure for [start, end), drawn month by month on the dashboard's chart.
SERIES: dict[str, Provider] = {"person_times": _person_times, "hazard_reports": _hazard_reports}


@dataclass(frozen=True)
class Headline:
    key: str
    value: int  # this year, January 1st to today
    last_year: int  # the same days of last year

    @property
    def change(self) -> float | None:
        """The change against last year as a fraction (0.25 = +25 %), None when last year had none."""
        if not self.last_year:
            return None
        return (self.value - self.last_year) / self.last_year


def this_year(today: dt.date) -> Period:
    return custom(dt.date(today.year, 1, 1), today)


def same_days_last_year(today: dt.date) -> Period:
    try:
        last = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        last = today.replace(year=today.year - 1, day=28)
    return custom(dt.date(last.year, 1, 1), last)


def headlines(today: dt.date | None = None) -> list[Headline]:
    today = today or dt.date.today()
    now, before = this_year(today), same_days_last_year(today)
    return [Headline(spec.key, spec.value(now.start, now.end), spec.value(before.start, before.end))
            for spec in HEADLINES]


def headline_detail(key: str, today: dt.date | None = None, unmasked: bool = False) -> Detail | None:
    """The records behind a headline tile (this year so far), as a detail table."""
    today = today or dt.date.today()
    spec = next((s for s in HEADLINES if s.key == key), None)
    if spec is None or spec.detail is None:
        return None
    period = this_year(today)
    return spec.detail(period.start, period.end, unmasked)


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    values: dict[str, int]


def last_twelve_months(today: dt.date | None = None) -> list[MonthPoint]:
    """The twelve calendar months ending with this one, oldest first."""
    today = today or dt.date.today()
    points = []
    y, m = today.year, today.month
    for _ in range(12):
        p = month(dt.date(y, m, 1))
        points.append(MonthPoint(y, m, {key: fn(p.start, p.end) for key, fn in SERIES.items()}))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(points))
