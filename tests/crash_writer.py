"""A desk killed while it writes: nothing it acknowledged may be lost, and the file must stay sound.

    python tests/crash_writer.py DB_FILE SEED      the writer: writes until it is killed

The writer opens the database as the desk does (WAL, ``synchronous=full``), then checks riders in,
awards points and receives stock through the services, and prints ``kind id`` on stdout (flushed)
after each one returned: an acknowledged record. ``kill_rounds`` starts it, SIGKILLs it at a
random moment, reopens the database, checks ``PRAGMA integrity_check`` and that every record ever
acknowledged is there, and does it again. ``tests/unit/test_crash_kills.py`` runs 10 rounds in CI;
``benchmarks/kill_test.py --kills 50`` the full measurement.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = {"visit": "visit", "award": "point_entry", "receive": "stock_move"}


def write_until_killed(path: str, seed: int) -> None:
    sys.path.insert(0, str(ROOT))
    from desk import db
    from desk.models import GiftItem, Operator, Person
    from desk.services import checkin, points, stock

    db.init_db(path)  # the desk's own pragmas: the disk syncs stay on
    staff = Operator.get(Operator.role == "staff")
    volunteer = Operator.get(Operator.role == "volunteer")
    people = [p.id for p in Person.select(Person.id).order_by(Person.id).limit(60)]
    raincoat = GiftItem.get(GiftItem.name == "雨衣").id
    water = checkin.default_services()[0].id
    rng = random.Random(seed)
    deed = seed * 1_000_000  # each run awards its own deeds: a deed earns once
    print("ready", flush=True)
    while True:
        kind = rng.choices(("visit", "award", "receive"), weights=(5, 3, 2))[0]
        if kind == "visit":
            done = checkin.check_in(rng.choice(people), [water], volunteer, allow_repeat=True).id
        elif kind == "award":
            deed += 1
            done = points.award(rng.choice(people), "activity", staff, source_type="event_attendance",
                                source_id=deed).id
        else:
            done = stock.receive(raincoat, 1, staff, donor="crash test").id
        print(kind, done, flush=True)


@dataclass
class Figures:
    kills: int = 0
    acknowledged: dict[str, int] = field(default_factory=dict)
    lost: list[tuple[str, int]] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)  # the answer of each check after a kill
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.acknowledged.values())


def _reader(stream, lines: list[str]) -> None:
    for raw in stream:  # a line is complete only with its newline: a print cut by the kill is not an ack
        if raw.endswith(b"\n"):
            lines.append(raw.decode().strip())


def kill_rounds(path: Path, kills: int, seed: int = 14, longest: float = 0.5,
                report=None) -> Figures:
    """Start the writer, kill it after a random 0.02 s to ``longest`` s of writing, check, ``kills`` times."""
    from tests import writer_process

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        writer_process.station(path)  # operators, 60 riders, stock (closed again)
    rng = random.Random(seed)
    figures = Figures(acknowledged={kind: 0 for kind in TABLES})
    acked: dict[str, list[int]] = {kind: [] for kind in TABLES}
    started = time.perf_counter()
    for round_ in range(kills):
        child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), str(path), str(seed * 1000 + round_)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lines: list[str] = []
        reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while "ready" not in lines:
            if child.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the writer did not start: " + child.stderr.read().decode(errors="replace"))
            time.sleep(0.01)
        time.sleep(rng.uniform(0.02, longest))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(timeout=10)
        child.stderr.close()
        for line in lines[lines.index("ready") + 1:]:
            kind, number = line.split()
            acked[kind].append(int(number))
        figures.kills += 1
        figures.integrity.append(_check(path, acked, figures))
        if report:
            report(round_ + 1, figures)
    figures.acknowledged = {kind: len(ids) for kind, ids in acked.items()}
    figures.seconds = time.perf_counter() - started
    return figures


def _check(path: Path, acked: dict[str, list[int]], figures: Figures) -> str:
    """Reopen the database as the next desk would (the log is replayed) and look for every acknowledged id."""
    con = sqlite3.connect(path)
    try:
        answer = "; ".join(row[0] for row in con.execute("PRAGMA integrity_check").fetchmany(5))
        for kind, ids in acked.items():
            present = {row[0] for row in con.execute(f"SELECT id FROM {TABLES[kind]}")}
            figures.lost = [x for x in figures.lost if x[0] != kind] + [(kind, i) for i in ids if i not in present]
    finally:
        con.close()
    return answer


if __name__ == "__main__":
    write_until_killed(sys.argv[1], int(sys.argv[2]))
