"""The first ``desk --demo`` shows a progress window at once while the demo fills.

It used to show nothing for 5–10 s, and a volunteer would start it a second time.
"""

import threading

import pytest

from desk import demo, store
from desk.models import Person
from desk.ui import demo_progress
from desk.ui.demo_progress import DemoProgressDialog, fill_with_progress


def test_the_progress_window_is_up_before_the_filling_and_names_each_step(qapp, monkeypatch):
    told: list[tuple[str, bool, str]] = []
    original = DemoProgressDialog.show_step

    def show_step(self, done, total, filler):
        original(self, done, total, filler)
        told.append((filler, self.isVisible(), self.labelText()))

    monkeypatch.setattr(DemoProgressDialog, "show_step", show_step)
    dialog = fill_with_progress(20, 5)
    assert [f for f, _, _ in told] == demo.fillers() + [""]
    assert all(visible for _, visible, _ in told)
    assert "A year of check-ins" in told[1][2]
    assert not dialog.isVisible()
    assert Person.select().count() >= 10 and demo.is_demo()


def test_the_filling_runs_beside_the_window_and_its_error_reaches_the_window(qapp, monkeypatch):
    threads: list[str] = []

    def broken(ctx):
        threads.append(threading.current_thread().name)
        raise RuntimeError("demo filler failed")

    monkeypatch.setattr("desk.demo.people.fill", broken)
    with pytest.raises(RuntimeError, match="demo filler failed"):
        fill_with_progress(20, 5)
    assert threads == ["demo-fill"]  # not the window's thread: the window stays painted
    assert not demo.is_demo()


def test_open_store_fills_a_new_demo_through_the_window_filler(qapp, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(demo_progress, "POLL_MS", 10)
    folder = store.open_store(tmp_path, demo=True, demo_people=20, demo_days=3,
                              fill_demo=lambda people, days: calls.append(fill_with_progress(people, days)))
    assert folder == tmp_path / "demo" and len(calls) == 1 and demo.is_demo()
    store.open_store(tmp_path, demo=True, fill_demo=lambda people, days: calls.append("again"))
    assert len(calls) == 1  # filled once, then reused
