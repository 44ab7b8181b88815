"""The rotation rule over file names: every backup of the last 24 hours, the newest backup of each of
the last 14 days and of each of the last 12 calendar months, the newest of all, and a restore's
safety copies for 14 days."""

import datetime as dt

from desk.services.common import rotation

NOW = dt.datetime(2026, 11, 29, 18, 0)


def names_every(hours: int, days: int, end: dt.datetime = NOW) -> list[str]:
    at, names = end - dt.timedelta(days=days), []
    while at <= end:
        names.append(rotation.file_name(at))
        at += dt.timedelta(hours=hours)
    return names


def test_names_read_back():
    at = dt.datetime(2026, 1, 2, 3, 4, 5)
    assert rotation.parse(rotation.file_name(at)) == rotation.Stamp("desk-20260102-030405.db", at, "")
    safety = rotation.parse(rotation.file_name(at, rotation.SAFETY_LABEL))
    assert safety.label == rotation.SAFETY_LABEL and safety.at == at
    assert rotation.parse("before-restore-20260102-030405.db").label == rotation.SAFETY_LABEL  # the old CLI's name
    for other in ("desk.db", "我的备份.db", "desk-2026-01-02.db", "desk-20261399-000000.db",
                  "desk-20260102-030405.db.part"):
        assert rotation.parse(other) is None


def test_two_years_every_four_hours_keep_14_days_and_12_months():
    names = names_every(4, 730)
    keep = rotation.to_keep(names, NOW)
    stamps = sorted(rotation.parse(n).at for n in keep)
    days = {s.date() for s in stamps if s.date() > NOW.date() - dt.timedelta(days=14)}
    assert len(days) == 14
    months = {(s.year, s.month) for s in stamps}
    assert len(months) == 12 and min(months) == (2025, 12)
    assert len(keep) == 14 + 11 + 5  # this month's newest is today's; the 5 others of the last 24 hours
    recent = {n for n in keep if NOW - rotation.parse(n).at <= dt.timedelta(hours=24)}
    assert len(recent) == 7
    assert rotation.file_name(NOW) in keep  # the newest
    # The newest of each day and of each month, not the first.
    assert rotation.file_name(dt.datetime(2026, 11, 20, 22, 0)) in keep
    assert rotation.file_name(dt.datetime(2026, 11, 20, 2, 0)) not in keep
    assert rotation.file_name(dt.datetime(2026, 5, 31, 22, 0)) in keep


def test_erased_data_ages_out_within_twelve_months():
    keep = rotation.to_keep(names_every(4, 730), NOW)
    oldest = min(rotation.parse(n).at for n in keep)
    assert NOW - oldest < dt.timedelta(days=366)


def test_delete_is_the_rest_oldest_first_and_never_a_stranger():
    names = names_every(24, 100) + ["我的备份.db", "desk.v3-20250101-000000.bak.db", "notes.txt"]
    gone = rotation.to_delete(names, NOW)
    assert set(gone) == set(names) - rotation.to_keep(names, NOW)
    assert "我的备份.db" not in gone and "notes.txt" not in gone and "desk.v3-20250101-000000.bak.db" not in gone
    assert gone == sorted(gone)


def test_a_pc_off_for_a_year_keeps_its_newest_backup():
    old = [rotation.file_name(dt.datetime(2024, 3, d, 12)) for d in range(1, 10)]
    assert rotation.to_keep(old, NOW) == {old[-1]}


def test_safety_copies_stay_14_days_whatever_came_after_them():
    before = rotation.file_name(dt.datetime(2026, 11, 25, 10, 0), rotation.SAFETY_LABEL)
    later_same_day = rotation.file_name(dt.datetime(2026, 11, 25, 14, 0))
    assert {before, later_same_day} <= rotation.to_keep([before, later_same_day], NOW)
    assert before not in rotation.to_keep([before, later_same_day], NOW + dt.timedelta(days=20))


def test_a_backup_from_the_future_is_kept():
    future = rotation.file_name(NOW + dt.timedelta(days=400))
    assert future in rotation.to_keep([future] + names_every(24, 30), NOW)
