"""Typing a paper visitor sheet back in (到访登记表补录): the days the desk's PC was off.

Each row of the paper sheet (``desk.reports.event_sheets.daily_visitor_sheet_html``) is typed
as what the visitor wrote (a phone's last digits, a name, or both: ``张伟 5678``), a time and
the services ticked. ``check_sheet`` resolves every row to exactly one person and says, per row,
what is wrong (nobody or several people match, a bad time, the same person twice, already
entered); ``enter_sheet`` writes all the check-ins in one transaction, or none: a refused sheet
keeps every row the volunteer typed, and the rows to fix are named.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desk.db import write
from desk.errors import ValidationError, translate
from desk.models import Operator, Person, ServiceType, Visit, now
from desk.services.checkin.visits import REPEAT_WINDOW, check_in, default_services
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people import records as people

MAX_AGE_DAYS = 62  # two months: older sheets would change figures already sent upward
MAX_ROWS = 500
PAPER_NOTE = "纸质到访登记表补录"  # kept on each visit, so the check-in list shows where it came from
DEFAULT_TIME = dt.time(12, 0)

# What can be wrong with a row; the desk words each one in the volunteer's language.
NO_WHO = "no_who"  # services ticked but no name, phone or kind
NO_MATCH = "no_match"  # detail: (what was typed,)
MANY = "many"  # detail: (what was typed, how many match, "name (platform, 138****5678)", ...)
CLOSED = "closed"  # detail: (name,)
BAD_TIME = "bad_time"  # detail: (what was typed,)
FUTURE_TIME = "future_time"  # detail: ("HH:MM",)
BAD_SERVICE = "bad_service"  # detail: (service id,)
BAD_KIND = "bad_kind"  # detail: (kind,)
DUPLICATE = "duplicate"  # detail: (earlier row number,)
ALREADY = "already"  # detail: ("HH:MM" of the visit already recorded,)


@dataclass(frozen=True)
class PaperRow:
    """One typed row of a paper sheet."""

    who: str = ""
    time: str = ""  # 14:05, 1405, 14.05, 14点05, 9; empty: the sheet's default time
    service_ids: tuple[int, ...] = ()  # empty: the desk's default services
    anon_kind: str = ""  # a visitor who wrote no name: counted anonymously as this kind

    @property
    def blank(self) -> bool:
        return not (self.who.strip() or self.time.strip() or self.service_ids or self.anon_kind)


@dataclass(frozen=True)
class RowCheck:
    """How one row resolves; ``problem`` is empty when it can be checked in."""

    index: int  # position in the rows given (0-based)
    person_id: int | None = None
    name: str = ""
    at: dt.datetime | None = None
    service_ids: tuple[int, ...] = ()
    anon_kind: str = ""
    problem: str = ""
    detail: tuple = ()
    blank: bool = False

    @property
    def ok(self) -> bool:
        return not self.problem and not self.blank


class SheetRowsRefused(ValidationError):
    """Some rows need fixing; nothing was checked in. ``checks`` holds every row's outcome."""

    def __init__(self, template: str, *args, checks: Sequence[RowCheck] = ()) -> None:
        super().__init__(template, *args)
        self.checks = tuple(checks)

    @property
    def problems(self) -> list[RowCheck]:
        return [c for c in self.checks if c.problem]


@dataclass(frozen=True)
class PaperSheetResult:
    day: dt.date
    visit_ids: tuple[int, ...] = field(default_factory=tuple)
    named: int = 0
    anonymous: int = 0

    @property
    def count(self) -> int:
        return len(self.visit_ids)


_TIME = re.compile(r"^(\d{1,2})(?:[:：.\s点时](\d{1,2})?分?)?$|^(\d{2})(\d{2})$")
_CARD = re.compile(r"^LX\d{8}$", re.IGNORECASE)
_NAME_DIGITS = re.compile(r"^(?P<name>.*?)[\s,，/]*(?P<digits>\d{4,11})?$")


def parse_time(text: str) -> dt.time | None:
    """``14:05``, ``14：05``, ``1405``, ``14.05``, ``14点05``, ``9``; None if it is not a time."""
    text = unicodedata.normalize("NFKC", (text or "").strip())
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    hour, minute = int(hour), int(minute or 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _describe(person: Person) -> str:
    from desk.services.common.masking import mask_phone

    extra = "，".join(x for x in (person.platform, mask_phone(person.phone)) if x)
    return f"{person.name}（{extra}）" if extra else person.name


def _live(query):
    return query.where(Person.voided_at.is_null() & Person.anonymised_at.is_null() & Person.merged_into.is_null())


def resolve(who: str) -> list[Person]:
    """Everyone a typed cell could mean: a card code, phone digits, an exact name, or name + phone tail.

    A name must match exactly (张伟 is not 张伟明): a paper sheet is read, not searched.
    """
    text = unicodedata.normalize("NFKC", (who or "").strip())
    if not text:
        return []
    if _CARD.match(text):
        return people.search(text.upper(), include_archived=True)[:1]
    compact = re.sub(r"[\s\-]", "", text)
    if compact.isdigit():
        if len(compact) < 4:
            return []
        cond = Person.phone == compact if len(compact) >= 11 else Person.phone.endswith(compact)
        return list(_live(Person.select().where(cond)).order_by(Person.id).limit(20))
    match = _NAME_DIGITS.match(text)
    name = re.sub(r"\s+", "", match.group("name")) if match else text
    digits = match.group("digits") if match else None
    if not name:
        return []
    query = _live(Person.select().where(Person.name == name))
    if digits:
        query = query.where(Person.phone == digits if len(digits) >= 11 else Person.phone.endswith(digits))
    return list(query.order_by(Person.id).limit(20))


def _check_day(day: dt.date) -> None:
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError(translate("DeskError", "Please choose the date written on the sheet."))
    today = now().date()
    if day > today:
        raise ValidationError(translate("DeskError", "The sheet's date {0} is in the future; check the date."),
                              day.isoformat())
    if day < today - dt.timedelta(days=MAX_AGE_DAYS):
        raise ValidationError(translate(
            "DeskError",
            "The sheet's date {0} is more than {1} days ago: those figures were already reported; it cannot be typed in."),
            day.isoformat(), MAX_AGE_DAYS)


def _services(ids: Iterable[int]) -> tuple[tuple[int, ...], int | None]:
    """The row's services (defaults when none ticked) and the first unknown or retired id."""
    ids = tuple(dict.fromkeys(int(i) for i in ids))
    if not ids:
        return tuple(s.id for s in default_services()), None
    live = {s.id for s in ServiceType.select(ServiceType.id).where(
        ServiceType.id.in_(list(ids)) & ServiceType.retired_at.is_null())}
    bad = next((i for i in ids if i not in live), None)
    return ids, bad


def _existing_visit(person_id: int, at: dt.datetime) -> Visit | None:
    return (Visit.select().where((Visit.person == person_id) & Visit.voided_at.is_null()
                                 & (Visit.visited_at > at - REPEAT_WINDOW) & (Visit.visited_at < at + REPEAT_WINDOW))
            .order_by(Visit.visited_at).first())


def _check_row(index: int, row: PaperRow, day: dt.date, default_time: dt.time, moment: dt.datetime) -> RowCheck:
    if row.blank:
        return RowCheck(index, blank=True)
    service_ids, bad_service = _services(row.service_ids)
    if bad_service is not None:
        return RowCheck(index, problem=BAD_SERVICE, detail=(bad_service,))
    if row.time.strip():
        when = parse_time(row.time)
        if when is None:
            return RowCheck(index, problem=BAD_TIME, detail=(row.time.strip(),))
    else:
        when = default_time
    at = dt.datetime.combine(day, when)
    if at > moment + dt.timedelta(minutes=5):
        return RowCheck(index, problem=FUTURE_TIME, detail=(when.strftime("%H:%M"),))
    who = row.who.strip()
    if not who:
        if not row.anon_kind:
            return RowCheck(index, problem=NO_WHO)
        if row.anon_kind not in people.KINDS:
            return RowCheck(index, problem=BAD_KIND, detail=(row.anon_kind,))
        return RowCheck(index, at=at, service_ids=service_ids, anon_kind=row.anon_kind)
    found = resolve(who)
    if not found:
        return RowCheck(index, problem=NO_MATCH, detail=(who,))
    if len(found) > 1:
        return RowCheck(index, problem=MANY, detail=(who, len(found), *[_describe(p) for p in found[:3]]))
    person = found[0]
    earlier = _existing_visit(person.id, at)
    if earlier is not None:
        return RowCheck(index, person.id, person.name, at, service_ids, problem=ALREADY,
                        detail=(earlier.visited_at.strftime("%H:%M"),))
    return RowCheck(index, person.id, person.name, at, service_ids)


def check_sheet(day: dt.date, rows: Sequence[PaperRow], *, default_time: dt.time = DEFAULT_TIME) -> list[RowCheck]:
    """Every row's outcome, in order (nothing written). Blank rows are marked ``blank`` and skipped."""
    _check_day(day)
    if len(rows) > MAX_ROWS:
        raise ValidationError(translate("DeskError", "A sheet can have at most {0} rows."), MAX_ROWS)
    moment = now()
    checks = [_check_row(i, row, day, default_time, moment) for i, row in enumerate(rows)]
    # The same person twice within ten minutes on one sheet is a row typed twice.
    seen: dict[int, list[RowCheck]] = {}
    for i, check in enumerate(checks):
        if check.ok and check.person_id is not None:
            twin = next((c for c in seen.get(check.person_id, []) if abs(c.at - check.at) < REPEAT_WINDOW), None)
            if twin is not None:
                checks[i] = RowCheck(check.index, check.person_id, check.name, check.at, check.service_ids,
                                     problem=DUPLICATE, detail=(twin.index + 1,))
                continue
            seen.setdefault(check.person_id, []).append(check)
    return checks


def enter_sheet(day: dt.date, rows: Sequence[PaperRow], operator: Operator, *,
                default_time: dt.time = DEFAULT_TIME) -> PaperSheetResult:
    """Check in every row of a paper sheet dated ``day``, all in one transaction, or none.

    Refused with ``SheetRowsRefused`` (its ``checks`` name the rows to fix) when any row does
    not resolve to exactly one person, or is otherwise wrong; nothing is written then.
    """
    require(operator, "visit.check_in")
    with write():
        checks = check_sheet(day, rows, default_time=default_time)
        problems = [c for c in checks if c.problem]
        if problems:
            raise SheetRowsRefused(translate(
                "DeskError", "{0} rows of the sheet need attention (marked in red); nothing was checked in yet."),
                len(problems), checks=checks)
        todo = [c for c in checks if c.ok]
        if not todo:
            raise ValidationError(translate("DeskError", "The sheet has no filled rows to check in."))
        visits = [check_in(c.person_id, c.service_ids, operator, anon_kind=c.anon_kind, allow_repeat=True, at=c.at,
                           note=PAPER_NOTE) for c in todo]
        audit.record(operator, "visit.paper_sheet", "visit", visits[0].id,
                     after={"day": day.isoformat(), "visits": [v.id for v in visits]})
    named = sum(1 for c in todo if c.person_id is not None)
    return PaperSheetResult(day, tuple(v.id for v in visits), named, len(todo) - named)
