"""Time the People tab at "busy station, 5 years" size: 10,000 people, ~270,000 visits, points.

    python benchmarks/roster.py [--people N] [--fresh]

Reuses the database of busy_station.py (benchmarks/.data/) and adds a points ledger to it
once (about 5 lines per person), then times what a volunteer waits for in the roster:
the query, the tab's first load, sorting every column, and filtering as they type.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.busy_station import build  # noqa: E402
from desk.db import init_db  # noqa: E402
from desk.models import Person, PointEntry, PointRule, Visit, db  # noqa: E402
from desk.services.common import accounts  # noqa: E402
from desk.services.people import merge  # noqa: E402
from desk.services.people import roster  # noqa: E402


def timed(label: str, fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    median = statistics.median(times)
    print(f"{label:<48} median {median:8.1f} ms   max {max(times):8.1f} ms")
    return median


def add_points(n_people: int) -> None:
    rng = random.Random(3)
    op = accounts.list_operators()[0]
    rule = PointRule.select().first()
    rows = [(rng.randrange(1, n_people + 1), rng.choice((3, 5, 10, 20)), rule.id, "manual", "", op.id)
            for _ in range(n_people * 5)]
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO point_entry (person_id, delta, rule_id, source_type, note, created_by_id, created_at)"
            " VALUES (?,?,?,?,?,?, datetime('now'))", rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    folder = ROOT / "benchmarks" / ".data"
    folder.mkdir(exist_ok=True)
    base = folder / f"busy-{args.people}-5-150.db"
    path = folder / f"roster-{args.people}.db"
    if args.fresh or not path.exists():
        if not base.exists():
            build(base, args.people, 5, 150)
        shutil.copyfile(base, path)
        init_db(path)
        add_points(args.people)
    init_db(path)
    print(f"{Person.select().count()} people, {Visit.select().count()} visits, "
          f"{PointEntry.select().count()} point lines")

    timed("roster_rows(): everyone with aggregates", lambda: roster.roster_rows())
    rows = roster.roster_rows()
    for text in ("5678", "zw", "伟", rows[1234].card_code):
        flt = roster.RosterFilter(text=text)
        timed(f"in-memory filter '{text}'", lambda flt=flt: [r for r in rows if flt.accepts(r)])
    timed("find_duplicates()", lambda: merge.find_duplicates(), repeat=3)

    from desk.config import Settings
    from desk.ui.app import make_app
    from desk.ui.context import DeskContext
    from desk.ui.people.roster_model import RosterModel
    from desk.ui.people_tab import PeopleTab
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    make_app(Settings(), [sys.argv[0]])
    ctx = DeskContext(operator=accounts.list_operators()[0], settings=Settings(), data_dir=folder)
    holder = {}

    def first_load():
        tab = PeopleTab(ctx)
        tab.resize(1366, 700)
        tab.show()
        QApplication.processEvents()
        holder["tab"] = tab

    timed("PeopleTab built, loaded and painted", first_load, repeat=3)
    tab = holder["tab"]
    timed("refresh() (reload everyone)", lambda: (tab.refresh(), QApplication.processEvents()))
    for col in range(tab.model.columnCount()):
        title = tab.model.headerData(col, Qt.Orientation.Horizontal)
        order = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
        timed(f"sort by column {col} ({title})",
              lambda col=col: (tab.table.sortByColumn(col, order.reverse() or order[0]), QApplication.processEvents()))
    tab.table.sortByColumn(RosterModel.COL_NAME, Qt.SortOrder.AscendingOrder)

    def typed(text):
        tab.search.setText(text)
        tab.apply_filter()
        QApplication.processEvents()

    for text in ("1", "12", "zw", "伟", ""):
        timed(f"filter as typed '{text}'", lambda text=text: typed(text))
    tab.kind.setCurrentIndex(tab.kind.findData("courier"))
    timed("kind filter + platform filter", lambda: (tab.platform.setCurrentIndex(1), tab.platform.setCurrentIndex(0),
                                                    QApplication.processEvents()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
