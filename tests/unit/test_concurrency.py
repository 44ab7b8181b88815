"""Two desks, or a desk and a command, writing one SQLite file at the same time.

Every write transaction begins IMMEDIATE, so a second writer waits on the busy timeout instead
of failing with "database is locked". The processes are real (``tests/writer_process.py``), the
runs short; ``python tests/writer_process.py`` runs the same thing for longer by hand.
"""

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import peewee as pw

from desk import db, models
from desk.models import Distribution, Person, PointEntry, StockMove, Visit
from desk.services import gifts, stock
from tests import writer_process

ROOT = Path(__file__).resolve().parent.parent.parent
WRITER = ROOT / "tests" / "writer_process.py"
def _run(mode: str, path: Path, workers: int, seconds: float, tmp_path: Path) -> list[dict]:
    start_at = time.time() + 1.0  # both are importing and connecting meanwhile
    outs = [tmp_path / f"{mode}-{w}.json" for w in range(workers)]
    procs = [
        subprocess.Popen([sys.executable, str(WRITER), mode, str(path), str(w), str(seconds), str(start_at), str(out)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w, out in enumerate(outs)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=seconds + 60)
        assert proc.returncode == 0, err
    return [json.loads(out.read_text()) for out in outs]


def test_two_processes_write_side_by_side_without_lock_errors_or_lost_records(tmp_path):
    path = tmp_path / "desk.db"
    writer_process.station(path)
    results = _run("mixed", path, workers=2, seconds=3.0, tmp_path=tmp_path)

    errors = [e for r in results for e in r["errors"]]
    assert errors == [], errors[0]
    done = {kind: [x for r in results for x in r["done"][kind]] for kind in results[0]["done"]}
    db.init_db(path)
    # Everything acknowledged is there, once; nothing is there that was not acknowledged.
    assert sorted(done["visit"]) == [v.id for v in Visit.select().order_by(Visit.id)]
    received = StockMove.select().where(StockMove.kind == "receive", StockMove.donor.startswith("worker"))
    assert sorted(done["receive"]) == sorted(m.id for m in received)
    awarded = PointEntry.select().where(PointEntry.source_type == "event_attendance")
    assert sorted(e for e, _k in done["award"]) == sorted(e.id for e in awarded)
    deeds = [k for _e, k in done["award"]]
    assert len(deeds) == len(set(deeds))  # each deed earned once, though both workers tried it
    shares = list(Distribution.select())
    assert sorted(done["share"]) == sorted(s.id for s in shares)
    assert len({s.recipient_id for s in shares}) == len(shares)  # one share per person
    mooncake = stock.items()[0]
    assert stock.on_hand(mooncake.id) == writer_process.MOONCAKES - len(shares) >= 0
    phones = [p for batch in done["import"] for p in batch]
    assert Person.select().count() == writer_process.ROSTER + len(phones)
    assert Person.select().where(Person.phone.in_(phones)).count() == len(phones)
    # The workers really were contending: each wrote, and the contested rules refused some.
    # (A loaded machine can starve one worker for a while: it need only have written at all.)
    assert all(r["calls"] > 0 for r in results) and sum(r["calls"] for r in results) > 40
    assert sum(r["refused"]["award"] + r["refused"]["share"] for r in results) > 0


def test_a_long_import_while_the_window_checks_riders_in(tmp_path):
    path = tmp_path / "desk.db"
    writer_process.station(path)
    rows = 2000
    big = tmp_path / "名单.csv"
    big.write_text("姓名,手机号,平台\n" + "\n".join(f"新骑手{i},137{i:08d},美团" for i in range(rows)) + "\n",
                   encoding="utf-8")
    stop = tmp_path / "stop"
    start_at = time.time() + 1.0
    out = tmp_path / "ticker.json"
    ticker = subprocess.Popen(
        [sys.executable, str(WRITER), "ticker", str(path), "0", "60", str(start_at), str(out), str(stop)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while time.time() < start_at + 0.3:
        time.sleep(0.05)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop(db.DB_URL_ENV, None)
    imported = subprocess.run(
        [sys.executable, "-m", "desk", "--db", f"sqlite:///{path}", "import-people", str(big), "--operator", "李社工"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    time.sleep(0.3)  # a few more check-ins after the import
    stop.touch()
    _o, err = ticker.communicate(timeout=30)
    assert ticker.returncode == 0, err
    assert imported.returncode == 0, imported.stderr
    assert "Traceback" not in imported.stderr
    assert f"{rows} added" in imported.stdout
    result = json.loads(out.read_text())
    assert result["errors"] == [], result["errors"][0]
    db.init_db(path)
    assert Person.select().count() == writer_process.ROSTER + rows
    assert sorted(result["done"]["visit"]) == [v.id for v in Visit.select().order_by(Visit.id)]
    assert result["calls"] >= 3


def test_every_transaction_takes_the_write_lock_first(tmp_path):
    """A reader-then-writer cannot be overtaken: the second desk's BEGIN waits instead."""
    db.init_db(tmp_path / "desk.db")
    other = pw.SqliteDatabase(str(tmp_path / "desk.db"), timeout=0.2)
    with db.write():
        assert models.db.in_transaction()
        try:
            other.execute_sql("BEGIN IMMEDIATE")
        except pw.OperationalError as exc:
            assert "locked" in str(exc)
        else:
            raise AssertionError("the second writer got the lock while the first held it")
    other.execute_sql("BEGIN IMMEDIATE")  # free again once the first committed
    other.execute_sql("COMMIT")
    other.close()


def test_the_checks_of_contested_operations_run_inside_the_write_transaction(monkeypatch, staff, volunteer):
    """One share, stock never below zero, one award per deed, no double void: checked under the lock."""
    from desk.services.gifts import shares
    from desk.services.people import PersonInput, create_person
    from desk.services.points import ledger, rewards
    from desk.services.stock import ledger as stock_ledger

    rider = create_person(PersonInput(name="张阳", phone="13812345678"), staff)
    mooncake = stock.items()[0]
    stock.receive(mooncake.id, 3, staff)
    rewards.set_price(mooncake.id, 5, models.Operator.get(models.Operator.role == "admin"))
    campaign = gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=dt.date.today(), ends_on=dt.date.today(),
        items=[(mooncake.id, 1)]), staff)
    checks: list[tuple[str, bool]] = []

    def watch(module, name):
        real = getattr(module, name)

        def checked(*args, **kwargs):
            checks.append((name, models.db.in_transaction()))
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, checked)

    for module, name in ((shares, "live_shares"), (stock_ledger, "on_hand"), (stock_ledger, "on_hand_all"),
                         (ledger, "_live_award"), (ledger, "balance")):
        watch(module, name)
    share = gifts.hand_out(campaign.id, rider.id, volunteer)
    ledger.award(rider.id, "activity", staff, source_type="event_attendance", source_id=1)
    rewards.redeem(rider.id, mooncake.id, 1, volunteer)
    gifts.void_distribution(share.id, "发错了", staff)
    assert {name for name, _ in checks} == {"live_shares", "on_hand", "on_hand_all", "_live_award", "balance"}
    assert [name for name, inside in checks if not inside] == []
