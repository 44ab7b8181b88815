"""The long hostile-input run: every service operation, many random odd calls, and the counts.

    python tools/fuzz_services.py [--examples N] [--stop]

Runs ``tests/unit/test_hostile_input.py`` with the ``thorough`` hypothesis profile (random, not
the fixed examples CI uses; ``--examples`` per operation, default 600) and prints how many calls
were made, how many the desk refused with its own error, how many it accepted, and how many
raised anything else or stored something wrong (both must be 0). By default every call is
counted and the run goes on; ``--stop`` stops at the first failure and shows it shrunk.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=600, help="odd calls per operation")
    parser.add_argument("--stop", action="store_true", help="stop at the first failure")
    args = parser.parse_args()
    report = Path(tempfile.mkdtemp(prefix="desk-fuzz-")) / "counts.json"
    env = dict(os.environ, DESK_FUZZ_REPORT=str(report), DESK_FUZZ_EXAMPLES=str(args.examples))
    if not args.stop:
        env["DESK_FUZZ_COUNT_ONLY"] = "1"
    started = time.monotonic()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-profile=thorough",
               "tests/unit/test_hostile_input.py", "-k", "odd_input"]
    result = subprocess.run(command, cwd=ROOT, env=env)
    if not report.exists():
        return result.returncode or 1
    data = json.loads(report.read_text(encoding="utf-8"))
    counts = data["counts"]
    print(f"\n{len(data.get('by_operation', {}))} operations with problems; {time.monotonic() - started:.0f} s")
    for name, found in data.get("by_operation", {}).items():
        for what, n in found.items():
            print(f"  {n:5d}  {name}: {what}")
    print("calls: {calls}, own errors: {own}, accepted: {ok}, other exceptions: {other}, stored wrong: {wrong}".format(
        calls=counts.get("calls", 0), own=counts.get("own errors", 0), ok=counts.get("accepted", 0),
        other=counts.get("other exceptions", 0), wrong=counts.get("accepted but wrong", 0)))
    bad = counts.get("other exceptions", 0) + counts.get("accepted but wrong", 0)
    return 1 if bad or result.returncode else 0


if __name__ == "__main__":
    raise SystemExit(main())
