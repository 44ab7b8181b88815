"""The demo database: a living station a newcomer can click through (``desk demo``, ``desk --demo``).

Each duty adds a module here with ``fill(ctx: DemoContext)`` and one line in ``FILLERS``;
they run in order, each on what the earlier ones made.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import random
from dataclasses import dataclass, field
from typing import Callable

from desk.models import Meta, Operator, Person, db

# Order matters: people first, then the duties that use them; points last, so riders spend in
# the points supermarket what events, wishes, gift deliveries and reports earned them.
# A duty's module that does not exist yet is skipped, so each duty adds only its own file.
FILLERS = [
    "desk.demo.people",
    "desk.demo.checkin",
    "desk.demo.gifts",
    "desk.demo.wishes",
    "desk.demo.events",
    "desk.demo.grid",
    "desk.demo.points",
]


@dataclass
class DemoContext:
    """What every demo filler gets: a seeded random source, the operators and the people."""

    rng: random.Random
    today: dt.date
    days: int
    n_people: int
    operators: list[Operator] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    @property
    def first_day(self) -> dt.date:
        return self.today - dt.timedelta(days=self.days - 1)

    def random_time(self, day: dt.date) -> dt.datetime:
        """A believable moment at the desk: lunch and dinner rushes are busiest."""
        hour = self.rng.choices(
            range(8, 22), weights=[2, 3, 4, 6, 9, 8, 5, 4, 4, 6, 8, 7, 4, 2]
        )[0]
        return dt.datetime.combine(day, dt.time(hour, self.rng.randrange(60), self.rng.randrange(60)))


DEMO_OPERATORS = (("刘主任", "admin"), ("李社工", "staff"), ("王阿姨", "volunteer"), ("小陈", "volunteer"))
# Every demo operator signs in with this PIN (README and the demo's sign-in say so). A real
# desk refuses easy PINs like 1234; this one passes the same rules.
DEMO_PIN = "2468"


def _operators() -> list[Operator]:
    """The desk's regulars: a party-committee director (admin), a social worker, two volunteers."""
    from desk.services.common import accounts
    from desk.services.safety import operators as safety_operators

    existing = {op.name: op for op in accounts.list_operators()}
    made: list[Operator] = []
    for name, role in DEMO_OPERATORS:
        if name not in existing:
            if not existing:
                existing[name] = safety_operators.add_first_admin(name, DEMO_PIN)
            else:
                by = made[0] if made else next(iter(existing.values()))
                existing[name] = safety_operators.add_operator(name, role, DEMO_PIN, by=by)
        made.append(existing[name])
    return made


def is_demo() -> bool:
    row = Meta.get_or_none(Meta.key == "demo")
    return row is not None and row.value == "1"


# (done, total, filler about to run) -> None; the last call has done == total and filler "".
Progress = Callable[[int, int, str], None]


def fillers() -> list[str]:
    """The demo modules that exist in this version, in the order they run."""
    return [name for name in FILLERS if importlib.util.find_spec(name) is not None]


def fill(
    people: int = 300,
    days: int = 365,
    seed: int = 2023,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoContext:
    """Fill the bound (empty) database with ``people`` people and ``days`` days of activity.

    ``progress`` is told before each filler runs (and once at the end), so a window can show
    what is happening during the first ``desk --demo``; it may be called from a worker thread.
    """
    ctx = DemoContext(rng=random.Random(seed), today=today or dt.date.today(), days=max(1, days), n_people=max(10, people))
    steps = fillers()
    report = progress or (lambda done, total, name: None)
    # One outer transaction: each service call inside becomes a savepoint, so the demo costs
    # one disk sync instead of one per record (synchronous=full makes every commit wait).
    with db.atomic():
        ctx.operators = _operators()
        for done, name in enumerate(steps):
            report(done, len(steps), name)
            importlib.import_module(name).fill(ctx)
    with db.atomic():
        Meta.insert(key="demo", value="1").on_conflict(conflict_target=[Meta.key], update={Meta.value: "1"}).execute()
    report(len(steps), len(steps), "")
    return ctx
