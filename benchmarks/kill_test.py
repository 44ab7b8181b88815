"""A desk SIGKILLed while it writes, many times: is anything it acknowledged lost? Is the file sound?

    python benchmarks/kill_test.py [--kills 50] [--longest 1.0] [--seed 14] [--keep DIR]

Each round starts ``tests/crash_writer.py`` (check-ins, points awards, stock receipts through the
services, the desk's own pragmas: WAL, ``synchronous=full``), kills it with SIGKILL after a random
0.02 s to ``--longest`` s of writing, reopens the database, runs ``PRAGMA integrity_check`` and
looks for every record acknowledged so far. CI runs 10 rounds (``tests/unit/test_crash_kills.py``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crash_writer import kill_rounds  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--longest", type=float, default=1.0, help="longest run before a kill, seconds")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, default=None, help="folder for the database (default: a temporary one)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="desk-kill-"))
    path = folder / "desk.db"

    def report(done: int, figures) -> None:
        print(f"kill {done:3d}: integrity {figures.integrity[-1]}, lost so far {len(figures.lost)}", flush=True)

    figures = kill_rounds(path, args.kills, seed=args.seed, longest=args.longest, report=report)
    bad = [i + 1 for i, answer in enumerate(figures.integrity) if answer != "ok"]
    print()
    print(f"database: {path}")
    print(f"kills: {figures.kills} in {figures.seconds:.1f} s")
    print(f"acknowledged records: {figures.total} ("
          + ", ".join(f"{kind} {n}" for kind, n in figures.acknowledged.items()) + ")")
    print(f"lost: {len(figures.lost)}" + (f" (first: {figures.lost[:5]})" if figures.lost else ""))
    print("integrity: ok after every kill" if not bad else f"integrity FAILED after kills {bad}")
    return 0 if not figures.lost and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
