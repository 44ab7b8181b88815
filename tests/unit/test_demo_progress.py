"""The demo filler tells a progress callback what it is doing (the window shows it; services stay Qt-free)."""

from desk import demo
from desk.models import Person, Visit


def test_fill_reports_each_filler_before_it_runs_and_the_end(database):
    seen: list[tuple[int, int, str, int]] = []

    def progress(done: int, total: int, filler: str) -> None:
        seen.append((done, total, filler, Person.select().count()))

    demo.fill(people=20, days=5, progress=progress)
    steps = demo.fillers()
    assert steps[:2] == ["desk.demo.people", "desk.demo.checkin"]
    assert [(d, t, f) for d, t, f, _ in seen] == [(i, len(steps), f) for i, f in enumerate(steps)] + [
        (len(steps), len(steps), "")
    ]
    assert seen[0][3] == 0 and seen[1][3] > 0  # told before the people were made, not after
    assert Visit.select().exists() and demo.is_demo()
