"""The station's figures for a period: one Qt-free place the dashboard, the monthly workbook
and ``desk export`` all read, so they can never disagree.

``gather(period)`` returns a ``Report``: the figure groups for the period and for the year to
date, the month-by-month row of the year, and the period's top riders. Each group is one
function in ``station`` (visits, people, gifts, points) or the duty's own ``figures`` function
(wishes, events, grid reports and help records), so a duty's tab and the workbook agree too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk.services.events.figures import EventFigures
from desk.services.events.figures import figures as event_figures
from desk.services.figures.period import Period, custom, month, months_of_year, year_to_date  # noqa: F401
from desk.services.figures.station import (  # noqa: F401
    GiftFigures,
    PeopleFigures,
    PointFigures,
    VisitFigures,
    gift_figures,
    people_figures,
    point_figures,
    visit_figures,
)
from desk.services.grid.figures import GridFigures
from desk.services.grid.figures import figures as grid_figures
from desk.services.wishes.figures import WishFigures
from desk.services.wishes.figures import figures as wish_figures


@dataclass(frozen=True)
class Figures:
    """Every figure group for one period."""

    period: Period
    visits: VisitFigures
    people: PeopleFigures
    gifts: GiftFigures
    points: PointFigures
    wishes: WishFigures
    grid: GridFigures
    events: EventFigures


def figures(period: Period) -> Figures:
    s, e = period.start, period.end
    # The duties' own figure functions count both end days: give them the period's last day.
    last = period.last_day
    return Figures(period, visit_figures(s, e), people_figures(s, e), gift_figures(s, e), point_figures(s, e),
                   wish_figures(s, last), grid_figures(s, last), event_figures(s, last))


@dataclass(frozen=True)
class MonthRow:
    month: int
    person_times: int
    people: int
    registered: int
    shares: int
    wishes_fulfilled: int
    hazard_reports: int
    people_helped: int
    events: int
    attendance: int
    points: int


@dataclass(frozen=True)
class Report:
    period: Period
    made_at: dt.datetime
    made_by: str
    station: str
    now: Figures  # the period asked for
    ytd: Figures  # January 1st to the period's end
    months: tuple[MonthRow, ...]  # the period's year, month by month (future months zero)


def month_rows(year: int) -> tuple[MonthRow, ...]:
    rows = []
    for p in months_of_year(year):
        s, e, last = p.start, p.end, p.last_day
        v = visit_figures(s, e)
        g = grid_figures(s, last)
        ev = event_figures(s, last)
        rows.append(MonthRow(p.start.month, v.person_times, v.people, people_figures(s, e).registered,
                             gift_figures(s, e).shares, wish_figures(s, last).fulfilled, g.opened, g.help_total,
                             ev.events_held, ev.attendance, point_figures(s, e, top=0).awarded))
    return tuple(rows)


def gather(period: Period, made_by: str = "", station: str = "") -> Report:
    from desk.config import STATION_NAME
    from desk.models import now

    return Report(period=period, made_at=now(), made_by=made_by, station=station or STATION_NAME,
                  now=figures(period), ytd=figures(period.year_to_date()), months=month_rows(period.year))
