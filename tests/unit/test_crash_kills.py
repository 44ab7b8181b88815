"""The crash regression test: a desk SIGKILLed 10 times while it writes (check-ins, points awards, stock
moves) loses nothing it acknowledged, and the file passes ``PRAGMA integrity_check`` every time.
(``benchmarks/kill_test.py --kills 50`` runs the full version on demand.)"""

import sys

import pytest

from tests.crash_writer import kill_rounds


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_ten_kills_during_writes_lose_nothing_acknowledged(tmp_path):
    figures = kill_rounds(tmp_path / "crash" / "desk.db", kills=10, seed=14)
    assert figures.kills == 10
    assert figures.integrity == ["ok"] * 10
    assert figures.lost == []
    assert figures.total > 50 and all(figures.acknowledged.values())  # it really was writing when killed
