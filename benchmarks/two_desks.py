"""Two desks on one SQLite file, for real: mixed writers side by side, and a long import beside check-ins.

    python benchmarks/two_desks.py [--seconds 30] [--rows 5000] [--fast]

Part 1 runs two processes of ``tests/writer_process.py mixed`` for ``--seconds`` (check-ins,
stock receipts, contested awards and hand-outs, small imports) and checks that every
acknowledged write is in the database once. Part 2 runs ``desk import-people`` with ``--rows``
rows while another process checks a rider in every 0.1 s. The disk syncs stay on (as at a desk)
unless ``--fast``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk import db  # noqa: E402
from desk.models import Distribution, Person, PointEntry, StockMove, Visit  # noqa: E402
from tests import writer_process  # noqa: E402

WRITER = ROOT / "tests" / "writer_process.py"


def _spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _ms(waits: list[float], q: float) -> str:
    return f"{1000 * waits[min(len(waits) - 1, int(q * len(waits)))]:.0f} ms" if waits else "-"


def mixed(folder: Path, seconds: float, env: dict[str, str]) -> None:
    path = folder / "mixed.db"
    writer_process.station(path, fast_unsafe=env.get(writer_process.SYNC_ENV) != "full")
    start_at = time.time() + 2
    outs = [folder / f"mixed-{w}.json" for w in range(2)]
    procs = [_spawn(["mixed", str(path), str(w), str(seconds), str(start_at), str(o)], env) for w, o in enumerate(outs)]
    for proc in procs:
        _o, err = proc.communicate()
        if proc.returncode:
            print(err)
    results = [json.loads(o.read_text()) for o in outs]
    done = {k: [x for r in results for x in r["done"][k]] for k in results[0]["done"]}
    db.init_db(path)
    shares = list(Distribution.select())
    checks = {
        "visits acknowledged = in database": sorted(done["visit"]) == [v.id for v in Visit.select().order_by(Visit.id)],
        "receipts acknowledged = in database": sorted(done["receive"]) == sorted(
            m.id for m in StockMove.select().where(StockMove.donor.startswith("worker"))),
        "awards acknowledged = in database": sorted(e for e, _ in done["award"]) == sorted(
            e.id for e in PointEntry.select().where(PointEntry.source_type == "event_attendance")),
        "each deed earned once": len({k for _, k in done["award"]}) == len(done["award"]),
        "shares acknowledged = in database": sorted(done["share"]) == sorted(s.id for s in shares),
        "one share per person": len({s.recipient_id for s in shares}) == len(shares),
        "imported people all there": Person.select().count()
        == writer_process.ROSTER + sum(len(b) for b in done["import"]),
    }
    calls = sum(r["calls"] for r in results)
    errors = [e for r in results for e in r["errors"]]
    locked = sum("database is locked" in e for e in errors)
    waits = sorted(w for r in results for w in r["waits"])
    print(f"two mixed writers, {seconds:.0f} s: {calls} calls, {len(errors)} errors ({locked} 'database is locked')")
    for kind, items in done.items():
        print(f"  {kind:8} {len(items):5} acknowledged")
    refused = {k: sum(r["refused"][k] for r in results) for k in results[0]["refused"]}
    print(f"  refused by the rules (expected): {refused}")
    slowest = max(tuple(r["slowest"]) for r in results)
    print(f"  call time: median {statistics.median(waits) * 1000:.0f} ms, p95 {_ms(waits, 0.95)}, "
          f"p99 {_ms(waits, 0.99)}, max {_ms(waits, 1)} ({slowest[1]})")
    for name, ok in checks.items():
        print(f"  {'ok ' if ok else 'BAD'} {name}")
    if errors:
        print(errors[0])


def long_import(folder: Path, rows: int, env: dict[str, str]) -> None:
    path = folder / "import.db"
    writer_process.station(path, fast_unsafe=env.get(writer_process.SYNC_ENV) != "full")
    big = folder / "big.csv"
    big.write_text("姓名,手机号,平台\n" + "\n".join(f"新骑手{i},137{i:08d},美团" for i in range(rows)) + "\n",
                   encoding="utf-8")
    stop, out = folder / "stop", folder / "ticker.json"
    start_at = time.time() + 1.5
    ticker = _spawn(["ticker", str(path), "0", "600", str(start_at), str(out), str(stop)], env)
    while time.time() < start_at + 0.5:
        time.sleep(0.05)
    began = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "desk", "--db", f"sqlite:///{path}", "import-people", str(big),
                          "--operator", "李社工"], cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - began
    time.sleep(0.5)
    stop.touch()
    ticker.communicate()
    result = json.loads(out.read_text())
    waits = sorted(result["waits"])
    traceback = "Traceback" in run.stderr
    print(f"import of {rows} rows beside a check-in every 0.1 s: exit {run.returncode}, {took:.1f} s, "
          f"{'a traceback' if traceback else 'no traceback'}; {run.stdout.splitlines()[0] if run.stdout else ''}")
    print(f"  check-ins meanwhile: {result['calls']}, errors {len(result['errors'])}, "
          f"median {_ms(waits, 0.5)}, p95 {_ms(waits, 0.95)}, max {_ms(waits, 1)}")
    if result["errors"]:
        print(result["errors"][0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--fast", action="store_true", help="no disk syncs (synchronous=off)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop(db.DB_URL_ENV, None)
    if not args.fast:
        env[writer_process.SYNC_ENV] = "full"
    with tempfile.TemporaryDirectory(prefix="two-desks-") as tmp:
        mixed(Path(tmp), args.seconds, env)
        long_import(Path(tmp), args.rows, env)


if __name__ == "__main__":
    main()
