"""What erasing a person costs, and what ``secure_delete`` costs every day.

    python benchmarks/erase.py [DATABASE]   # default: a fresh demo station (a year, ~300 people)
    python benchmarks/erase.py --busy       # busy_station.py's five years (270,000 check-ins), each
                                            # with its audit row as the desk writes it

On a copy of the database: erases the person with the most records (visits, points, shares,
wishes, reports) and times the write transaction (clearing and scrubbing every text column and
audit row), the ``VACUUM`` and the WAL checkpoint; then the same on a fresh copy without the
vacuum. Then times 500 check-ins and their voids with ``secure_delete`` off and on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import peewee as pw  # noqa: E402

from desk import db as desk_db  # noqa: E402
from desk import models  # noqa: E402
from desk.models import Person, PointEntry, Visit  # noqa: E402
from desk.services.checkin import visits  # noqa: E402
from desk.services.common import accounts  # noqa: E402
from desk.services.common.permissions import allowed  # noqa: E402
from desk.services.people import lifecycle  # noqa: E402


def busiest() -> int:
    counts = (Visit.select(Visit.person, pw.fn.COUNT(Visit.id)).where(Visit.person.is_null(False))
              .group_by(Visit.person).order_by(pw.fn.COUNT(Visit.id).desc()).limit(20).tuples())
    best = max(counts, key=lambda row: row[1] + PointEntry.select().where(PointEntry.person == row[0]).count())
    return best[0]


def erase(path: Path, vacuum: bool) -> dict:
    desk_db.init_db(path)
    admin = next(o for o in accounts.list_operators() if allowed(o, "person.erase"))
    person_id = busiest()
    records = Visit.select().where(Visit.person == person_id).count()
    started = time.perf_counter()
    lifecycle._anonymise(person_id, admin)
    transaction = time.perf_counter() - started
    purge = desk_db.purge_file(vacuum=vacuum)
    total = time.perf_counter() - started
    wal = Path(str(path) + "-wal")
    result = {"visits of the person": records, "transaction s": round(transaction, 3), **purge,
              "total s": round(total, 3), "file MB": round(path.stat().st_size / 1e6, 2),
              "wal bytes after": wal.stat().st_size if wal.exists() else 0}
    models.db.close()
    return result


def daily(path: Path, secure: int, n: int = 500) -> float:
    desk_db.SQLITE_PRAGMAS["secure_delete"] = secure
    desk_db.init_db(path)
    admin = accounts.list_operators()[0]
    riders = [p.id for p in Person.select(Person.id).where(Person.anonymised_at.is_null()).limit(n)]
    service = [visits.default_services()[0].id]
    start = dt.datetime.now() - dt.timedelta(days=1)
    started = time.perf_counter()
    for i, rider in enumerate(riders):
        made = visits.check_in(rider, service, admin, at=start + dt.timedelta(seconds=i), allow_repeat=True)
        visits.void_visit(made.visit_id, "基准测试", admin)
    elapsed = time.perf_counter() - started
    models.db.close()
    desk_db.SQLITE_PRAGMAS["secure_delete"] = 1
    return elapsed / max(len(riders), 1) * 1000


def build_busy(path: Path) -> None:
    """busy_station's database plus one audit row per check-in, shaped like the desk's own."""
    import json

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from busy_station import build

    build(path, 10_000, 5, 150)
    con = models.db.connection()
    rows = con.execute("SELECT id, person_id, visited_at, created_by_id FROM visit").fetchall()
    with models.db.atomic():
        con.executemany(
            "INSERT INTO audit_log (at, operator_id, action, entity, entity_id, before, after)"
            " VALUES (?, ?, 'visit.check_in', 'visit', ?, '{}', ?)",
            [(at, op, vid, json.dumps({"id": vid, "person": pid, "anon_kind": "", "visited_at": at, "note": "",
                                        "created_by": op, "created_at": at, "voided_at": None, "voided_by": None,
                                        "void_reason": "", "services": ["water", "charging"]}, ensure_ascii=False))
             for vid, pid, at, op in rows])
    models.db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?")
    parser.add_argument("--busy", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="desk-erase-"))
    source = Path(args.database) if args.database else None
    if args.busy:
        source = work / "busy.db"
        build_busy(source)
    if source is None:
        from desk import demo

        source = work / "demo.db"
        desk_db.init_db(source)
        from desk.services.common import catalogs

        catalogs.ensure_defaults()
        demo.fill()
        models.db.close()
    print(f"database: {source} ({source.stat().st_size / 1e6:.1f} MB)")
    for vacuum in (True, False):
        copy = work / f"erase-{vacuum}.db"
        shutil.copyfile(source, copy)
        print(f"erase, vacuum={vacuum}:", erase(copy, vacuum))
    for secure in (0, 1):
        copy = work / f"daily-{secure}.db"
        shutil.copyfile(source, copy)
        print(f"check-in + void, secure_delete={secure}: {daily(copy, secure):.2f} ms each")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
