"""Time the desk's everyday operations on a busy station's five years of data.

    python benchmarks/busy_station.py [--people N] [--years N] [--per-day N] [--fresh]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.db import init_db  # noqa: E402
from desk.models import Person, ServiceType, Visit, VisitService, db  # noqa: E402
from desk.services.common import accounts  # noqa: E402
from desk.services.common import catalogs  # noqa: E402
from desk.services.checkin import visits as checkin  # noqa: E402
from desk.services.people import records as people  # noqa: E402


def build(path: Path, n_people: int, years: int, per_day: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    init_db(path)
    catalogs.ensure_defaults()
    op = accounts.add_operator("基准测试")
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟强磊军勇杰涛斌超明辉鹏飞浩宇俊峰龙凯晨阳旭东海波"
    rows, phones = [], set()
    for i in range(n_people):
        name = rng.choice(surnames) + rng.choice(given) + (rng.choice(given) if rng.random() < 0.7 else "")
        phone = None
        while phone is None or phone in phones:
            phone = "1" + rng.choice("3578") + f"{rng.randrange(10**9):09d}"
        phones.add(phone)
        initials, full = people.pinyin_of(name)
        rows.append((name, phone, initials, full, "rider", rng.choice(["美团", "饿了么", "顺丰"]), f"LX{i:08d}"))
    services = [s.id for s in ServiceType.select()]
    start = dt.date.today() - dt.timedelta(days=365 * years)
    visits, links, vid = [], [], 0
    for d in range(365 * years):
        day = start + dt.timedelta(days=d)
        for _ in range(max(0, int(rng.gauss(per_day, per_day / 4)))):
            vid += 1
            at = dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))
            visits.append((vid, rng.randrange(1, n_people + 1), "", at.isoformat(sep=" "), "", op.id, at.isoformat(sep=" ")))
            links.extend((vid, s) for s in rng.sample(services, k=2))
    with db.atomic():
        con = db.connection()
        con.executemany(
            "INSERT INTO person (name, phone, pinyin_initials, pinyin_full, kind, platform, card_code, caring_team,"
            " party_member, note, void_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,0,'','',"
            " datetime('now'), datetime('now'))",
            rows,
        )
        con.executemany(
            "INSERT INTO visit (id, person_id, anon_kind, visited_at, note, created_by_id, created_at, void_reason)"
            " VALUES (?,?,?,?,?,?,?,'')",
            visits,
        )
        con.executemany("INSERT INTO visit_service (visit_id, service_id) VALUES (?,?)", links)
    db.execute_sql("ANALYZE")


def timed(label: str, fn, repeat: int = 20) -> None:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    print(f"{label:<48} median {statistics.median(samples):8.2f} ms   max {max(samples):8.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--per-day", type=int, default=150)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    folder = ROOT / "benchmarks" / ".data"
    folder.mkdir(exist_ok=True)
    path = folder / f"busy-{args.people}-{args.years}-{args.per_day}.db"
    if args.fresh or not path.exists():
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        build(path, args.people, args.years, args.per_day)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
    init_db(path)
    print(f"{Person.select().count()} people, {Visit.select().count()} visits, {VisitService.select().count()} service lines")
    op = accounts.list_operators()[0]
    someone = Person.get_by_id(1234)
    timed("search: phone last 4 digits", lambda: people.search(someone.phone[-4:]))
    timed("search: pinyin initials 'zw'", lambda: people.search("zw"))
    timed("search: one Chinese character '伟'", lambda: people.search("伟"))
    timed("search: scanned card code", lambda: people.search(someone.card_code))
    timed("usual services of a rider", lambda: checkin.usual_services(someone.id))
    timed("today's list", lambda: checkin.visits_between(*checkin.day_bounds(dt.date.today())))
    timed("counters: today, month, year", lambda: checkin.counters())
    timed("check in (with repeat check, audit)", lambda: checkin.check_in(someone.id, [1, 2], op, allow_repeat=True), 10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
