"""Time the events tab's queries on five busy years: 600 events, 24,000 registrations,
18,000 sign-ins (some removed) and their points lines, 10,000 people.

    python benchmarks/events.py [--fresh]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.db import init_db  # noqa: E402
from desk.models import db  # noqa: E402
from desk.services import events  # noqa: E402
from desk.services.common import accounts, catalogs  # noqa: E402
from desk.services.people import timeline  # noqa: E402

N_PEOPLE, YEARS, PER_YEAR, REGISTERED, CAME = 10_000, 5, 120, 40, 30


def build(path: Path, seed: int = 11) -> None:
    rng = random.Random(seed)
    init_db(path)
    catalogs.ensure_defaults()
    op = accounts.add_operator("基准测试")
    rule = events.point_rule().id
    now = dt.datetime.now().replace(microsecond=0)
    first = now - dt.timedelta(days=365 * YEARS)
    with db.atomic():
        con = db.connection()
        con.executemany(
            "INSERT INTO person (name, phone, pinyin_initials, pinyin_full, kind, platform, card_code, caring_team,"
            " party_member, note, void_reason, created_at, updated_at) VALUES (?,?,'','','rider','美团',?,0,0,'','',"
            " datetime('now'), datetime('now'))",
            [(f"骑手{i}", f"139{i:08d}", f"LX{i:08d}") for i in range(N_PEOPLE)],
        )
        cats = list(events.CATEGORIES)
        reg_id = att_id = 0
        for e in range(1, YEARS * PER_YEAR + 1):
            starts = first + dt.timedelta(days=e * 365 * YEARS / (YEARS * PER_YEAR), hours=rng.randint(0, 8))
            ends = starts + dt.timedelta(hours=2)
            voided = now.isoformat(sep=" ") if rng.random() < 0.02 else None
            con.execute(
                "INSERT INTO event (id, title, category, starts_at, ends_at, place, organiser, capacity, points,"
                " description, created_by_id, created_at, updated_at, voided_at, void_reason)"
                " VALUES (?,?,?,?,?,'乐享驿站多功能会议室','',50,5,'',?,?,?,?,'')",
                (e, f"活动{e}", rng.choice(cats), starts.isoformat(sep=" "), ends.isoformat(sep=" "), op.id,
                 starts.isoformat(sep=" "), starts.isoformat(sep=" "), voided))
            who = rng.sample(range(1, N_PEOPLE + 1), REGISTERED)
            for pid in who:
                reg_id += 1
                con.execute("INSERT INTO event_registration (id, event_id, person_id, registered_at, walk_in,"
                            " created_by_id, created_at, void_reason) VALUES (?,?,?,?,0,?,?,'')",
                            (reg_id, e, pid, starts.isoformat(sep=" "), op.id, starts.isoformat(sep=" ")))
            if ends > now:
                continue
            for pid in who[:CAME]:
                att_id += 1
                removed = starts.isoformat(sep=" ") if rng.random() < 0.02 else None
                con.execute("INSERT INTO event_attendance (id, event_id, person_id, checked_at, walk_in, method,"
                            " created_by_id, created_at, voided_at, void_reason) VALUES (?,?,?,?,0,'sheet',?,?,?,'')",
                            (att_id, e, pid, starts.isoformat(sep=" "), op.id, starts.isoformat(sep=" "), removed))
                con.execute("INSERT INTO point_entry (person_id, delta, rule_id, source_type, source_id, note,"
                            " created_by_id, created_at) VALUES (?,5,?,'event_attendance',?,'',?,?)",
                            (pid, rule, att_id, op.id, starts.isoformat(sep=" ")))
    db.execute_sql("ANALYZE")


def timed(label: str, fn, repeat: int = 10) -> None:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    print(f"{label:<44} median {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "desk-bench-events.db"
    if args.fresh or not path.exists():
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - t:.1f} s")
    else:
        init_db(path)
    busiest = events.list_events(events.PAST, limit=1)[0].id
    person = 4242
    today = dt.date.today()
    timed("list_events(upcoming)", lambda: events.list_events(events.UPCOMING))
    timed("list_events(past, limit=500)", lambda: events.list_events(events.PAST, limit=500))
    timed("figures(this month)", lambda: events.month_figures(today))
    timed("figures(this year)", lambda: events.year_figures(today))
    timed("registrations(event)", lambda: events.registrations(busiest))
    timed("attendances(event)", lambda: events.attendances(busiest))
    timed("events_of_person", lambda: events.events_of_person(person))
    timed("timeline(person)", lambda: timeline.timeline(person))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
