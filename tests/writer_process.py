"""A second desk in another process: writes to one SQLite file for a while and says what it wrote.

Used by ``tests/unit/test_concurrency.py`` (two of these side by side, a few seconds) and by hand
for the long measurement:

    python tests/writer_process.py mixed DB_FILE WORKER SECONDS START_AT OUT.json
    python tests/writer_process.py ticker DB_FILE WORKER SECONDS START_AT OUT.json [STOP_FILE]

``mixed`` does check-ins, stock receipts, contested points awards (both workers try the same
deeds), contested hand-outs (the same people, stock running out) and small roster imports.
``ticker`` checks a rider in every 0.1 s, like the window during a long import.
Every write the services acknowledged is listed in OUT.json with its id, every refusal the
rules expect is counted, and anything else (a lock error, a traceback) is kept as an error.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk import db  # noqa: E402
from desk.errors import Conflict, ValidationError  # noqa: E402
from desk.models import Campaign, GiftItem, Operator, Person  # noqa: E402
from desk.services import checkin, gifts, points, stock  # noqa: E402
from desk.services.people import importer  # noqa: E402

CONTESTED_PEOPLE = 60  # the first people of the roster: both workers award and hand out to them
ROSTER = 60
SYNC_ENV = "DESK_TEST_SYNC"  # "full": the workers keep the real disk syncs (the long run by hand)
MOONCAKES = 40  # fewer than the people: the last hand-outs are refused for stock


def station(path: Path, fast_unsafe: bool = True) -> None:
    """A desk with operators, 60 riders, a campaign and some stock; closed again for the workers."""
    import datetime as dt

    from desk import models
    from desk.services.common import accounts, catalogs

    db.init_db(path, fast_unsafe=fast_unsafe)
    catalogs.ensure_defaults()
    admin = accounts.add_operator("管理员")
    staff = accounts.add_operator("李社工", role="staff", by=admin)
    accounts.add_operator("王阿姨", role="volunteer", by=admin)
    roster = path.with_name("roster.csv")
    rows = "\n".join(f"骑手{i},139{i:08d}" for i in range(ROSTER))
    roster.write_text(f"姓名,手机号\n{rows}\n", encoding="utf-8")
    importer.import_file(roster, staff)
    mooncake = stock.items()[0]
    stock.receive(mooncake.id, MOONCAKES, staff)
    gifts.create_campaign(gifts.CampaignInput(
        name="中秋慰问", kind="mid_autumn", starts_on=dt.date.today(), ends_on=dt.date.today(),
        items=[(mooncake.id, 1)]), staff)
    models.db.close()


def _setting() -> tuple[Operator, Operator, list[int], int, int, int]:
    staff = Operator.get(Operator.role == "staff")
    volunteer = Operator.get(Operator.role == "volunteer")
    people = [p.id for p in Person.select(Person.id).order_by(Person.id).limit(CONTESTED_PEOPLE)]
    campaign = Campaign.select().order_by(Campaign.id).first().id
    raincoat = GiftItem.get(GiftItem.name == "雨衣").id
    water = checkin.default_services()[0].id
    return staff, volunteer, people, campaign, raincoat, water


def mixed(path: str, worker: int, seconds: float, start_at: float, out: str) -> None:
    db.init_db(path, fast_unsafe=os.environ.get(SYNC_ENV) != "full")
    staff, volunteer, people, campaign, raincoat, water = _setting()
    rng = random.Random(worker)
    done: dict[str, list] = {"visit": [], "receive": [], "award": [], "share": [], "import": []}
    refused: dict[str, int] = {"award": 0, "share": 0, "stock": 0}
    errors: list[str] = []
    calls = 0
    award_k = share_k = 0
    scratch = Path(out).with_suffix(".csv")
    while time.time() < start_at:
        time.sleep(0.005)
    deadline = start_at + seconds
    waits: list[float] = []
    slowest = (0.0, "")
    while time.time() < deadline:
        calls += 1
        began = time.perf_counter()
        kind = rng.choices(["visit", "receive", "award", "share", "import"], weights=[40, 15, 25, 15, 5])[0]
        try:
            if kind == "visit":
                visit = checkin.check_in(rng.choice(people), [water], volunteer, allow_repeat=True)
                done["visit"].append(visit.id)
            elif kind == "receive":
                move = stock.receive(raincoat, 1, staff, donor=f"worker {worker}")
                done["receive"].append(move.id)
            elif kind == "award":
                award_k += 1  # both workers try deed k: exactly one may earn it
                person = people[award_k % len(people)]
                try:
                    entry = points.award(person, "activity", staff, source_type="event_attendance", source_id=award_k)
                    done["award"].append([entry.id, award_k])
                except Conflict:
                    refused["award"] += 1
            elif kind == "share":
                share_k += 1
                if share_k > len(people):
                    continue
                try:
                    share = gifts.hand_out(campaign, people[share_k - 1], volunteer)
                    done["share"].append(share.id)
                except gifts.AlreadyReceived:
                    refused["share"] += 1
                except ValidationError as exc:  # stock ran out: the desk says how many are left
                    if "left in stock" not in str(exc):
                        raise
                    refused["stock"] += 1
            else:
                base = 15000000000 + worker * 10_000_000 + calls * 10
                rows = [f"骑手{worker}-{calls}-{i},{base + i}" for i in range(3)]
                scratch.write_text("姓名,手机号\n" + "\n".join(rows) + "\n", encoding="utf-8")
                report = importer.import_file(scratch, staff)
                done["import"].append([str(base + i) for i in range(3)] if report.added == 3 else [])
        except Exception:  # noqa: BLE001 (everything unexpected is the finding)
            errors.append(traceback.format_exc())
        waits.append(time.perf_counter() - began)
        slowest = max(slowest, (waits[-1], kind))
    scratch.unlink(missing_ok=True)
    Path(out).write_text(json.dumps({"calls": calls, "done": done, "refused": refused, "errors": errors,
                                     "waits": sorted(waits), "slowest": slowest}))


def ticker(path: str, worker: int, seconds: float, start_at: float, out: str, stop_file: str = "") -> None:
    db.init_db(path, fast_unsafe=os.environ.get(SYNC_ENV) != "full")
    _staff, volunteer, people, _campaign, _raincoat, water = _setting()
    rng = random.Random(worker)
    visits, errors, waits = [], [], []
    while time.time() < start_at:
        time.sleep(0.005)
    deadline = start_at + seconds
    while time.time() < deadline and not (stop_file and Path(stop_file).exists()):
        began = time.perf_counter()
        try:
            visits.append(checkin.check_in(rng.choice(people), [water], volunteer, allow_repeat=True).id)
        except Exception:  # noqa: BLE001
            errors.append(traceback.format_exc())
        waits.append(time.perf_counter() - began)
        time.sleep(0.1)
    Path(out).write_text(json.dumps({"calls": len(waits), "done": {"visit": visits}, "errors": errors,
                                     "waits": sorted(waits)}))


if __name__ == "__main__":
    mode, db_file, worker_id, secs, start, result, *rest = sys.argv[1:]
    {"mixed": mixed, "ticker": ticker}[mode](db_file, int(worker_id), float(secs), float(start), result, *rest)
