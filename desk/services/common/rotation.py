"""Which backups to keep: the newest of each of the last 14 days and of each of the last 12 months.

A pure function over file names and the time now, so the rule is tested without any file. The
windows are calendar days and calendar months counted back from today (not "the last 14 days
that had a backup"): that is what makes the promise on screen true, that an erased person's
data is gone from every backup within 12 months, even when the PC was off for a while.

Besides those, every backup of the last 24 hours is kept (a mistake made at three o'clock can
still be undone from the one o'clock backup after the five o'clock one is made), the newest
backup is always kept (a PC switched on after a year away still has one), and so is every
safety copy taken before a restore for 14 days (a restore of the wrong
backup can be undone the same day, whatever was backed up after it). Files whose names are not
backups (a volunteer's own copy, an upgrade's copy) are never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

DAILY = 14
MONTHLY = 12
RECENT = dt.timedelta(hours=24)

# desk-20261129-180000.db, desk-20261129-180000-before-restore.db; and the name the first
# ``desk restore`` gave its safety copies: before-restore-20261129-180000.db.
_NAME = re.compile(r"^(?:desk|(?P<old>before-restore))-(?P<stamp>\d{8}-\d{6})(?:-(?P<label>[a-z][a-z-]*))?\.db$")
SAFETY_LABEL = "before-restore"


@dataclass(frozen=True)
class Stamp:
    name: str
    at: dt.datetime
    label: str  # "" for an ordinary backup, "before-restore" for a restore's safety copy


def parse(name: str) -> Stamp | None:
    """The time and kind of a backup from its file name, or None if it is not a backup's name."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    label = SAFETY_LABEL if match["old"] else (match["label"] or "")
    return Stamp(name, at, label)


def file_name(at: dt.datetime, label: str = "") -> str:
    """``desk-YYYYMMDD-HHMMSS[-label].db``: sorts by time, and ``parse`` reads it back."""
    return f"desk-{at:%Y%m%d-%H%M%S}" + (f"-{label}" if label else "") + ".db"


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def to_keep(names: Iterable[str], now: dt.datetime, daily: int = DAILY, monthly: int = MONTHLY) -> set[str]:
    """The backup names (among ``names``) to keep; names that are not backups are kept too."""
    names = list(names)
    stamps = [s for s in map(parse, names) if s is not None]
    keep = {n for n in names if parse(n) is None}
    today = now.date()
    first_day = today - dt.timedelta(days=daily - 1)
    first_month = _month_index(today) - (monthly - 1)
    newest_of_day: dict[dt.date, Stamp] = {}
    newest_of_month: dict[int, Stamp] = {}
    for stamp in stamps:
        day = stamp.at.date()
        if day > today:
            keep.add(stamp.name)  # the clock was wrong when it was made: not ours to judge
            continue
        if now - stamp.at <= RECENT:
            keep.add(stamp.name)
        if day >= first_day:
            if stamp.label == SAFETY_LABEL:
                keep.add(stamp.name)
            if day not in newest_of_day or stamp.at > newest_of_day[day].at:
                newest_of_day[day] = stamp
        month = _month_index(day)
        if month >= first_month and (month not in newest_of_month or stamp.at > newest_of_month[month].at):
            newest_of_month[month] = stamp
    keep |= {s.name for s in newest_of_day.values()}
    keep |= {s.name for s in newest_of_month.values()}
    if stamps:
        keep.add(max(stamps, key=lambda s: s.at).name)
    return keep


def to_delete(names: Iterable[str], now: dt.datetime, daily: int = DAILY, monthly: int = MONTHLY) -> list[str]:
    """The backup names to delete, oldest first."""
    names = list(names)
    keep = to_keep(names, now, daily, monthly)
    gone = [s for s in map(parse, names) if s is not None and s.name not in keep]
    return [s.name for s in sorted(gone, key=lambda s: s.at)]
