"""Demo check-ins: regulars who come most days, passers-by, busier summers and winters."""

from __future__ import annotations

import datetime as dt

from desk.models import ServiceType, Visit, VisitService, db, now
from desk.services.people.records import WORKER_KINDS

# Riders come for water and a rest; charging in the afternoon; the meeting room is rare.
SERVICE_WEIGHTS = {"water": 8, "rest": 6, "charging": 5, "wifi": 4, "books": 2, "medical": 1, "meeting": 1}
SEASON = {1: 1.3, 2: 0.8, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.3, 7: 1.6, 8: 1.6, 9: 1.1, 10: 0.9, 11: 1.0, 12: 1.3}


def fill(ctx) -> None:
    rng = ctx.rng
    services = {s.code: s.id for s in ServiceType.select()}
    codes = [c for c in SERVICE_WEIGHTS if c in services]
    workers = [p for p in ctx.people if p.kind in WORKER_KINDS and p.archived_at is None and p.voided_at is None]
    if not workers:
        return
    # A few regulars account for most visits, as at any real desk.
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(workers))]
    rng.shuffle(workers)
    habits = {p.id: rng.sample(codes, k=rng.choice((1, 2, 2, 3))) for p in workers}
    operators = ctx.operators
    moment = now()
    visits: list[tuple] = []
    links: list[tuple[int, int]] = []
    next_id = (Visit.select(Visit.id).order_by(Visit.id.desc()).scalar() or 0) + 1
    day = ctx.first_day
    while day <= ctx.today:
        weekend = day.weekday() >= 5
        mean = (4.0 if weekend else 6.5) * SEASON[day.month]
        count = max(0, int(rng.gauss(mean, mean / 3)))
        for _ in range(count):
            at = ctx.random_time(day)
            if day == moment.date():
                # Today's list should not be empty whatever the hour the demo is made at.
                since_midnight = (moment - dt.datetime.combine(day, dt.time())).total_seconds()
                at = moment - dt.timedelta(seconds=rng.uniform(60, max(120, min(since_midnight, 6 * 3600))))
            if at >= moment:
                continue
            anonymous = rng.random() < 0.06
            person = None if anonymous else rng.choices(workers, weights)[0]
            chosen = habits[person.id] if person and rng.random() < 0.8 else rng.sample(codes, k=rng.choice((1, 2)))
            registered = person.created_at if person else None
            if registered is not None and registered > at:
                continue
            op = rng.choice(operators)
            voided = rng.random() < 0.01
            visits.append(
                (
                    next_id,
                    person.id if person else None,
                    rng.choice(WORKER_KINDS[:3]) if anonymous else "",
                    at,
                    "",
                    op.id,
                    at,
                    at + dt.timedelta(minutes=3) if voided else None,
                    op.id if voided else None,
                    "重复签到" if voided else "",
                )
            )
            links.extend((next_id, services[c]) for c in chosen)
            next_id += 1
        day += dt.timedelta(days=1)
    fields = [
        Visit.id, Visit.person, Visit.anon_kind, Visit.visited_at, Visit.note, Visit.created_by,
        Visit.created_at, Visit.voided_at, Visit.voided_by, Visit.void_reason,
    ]
    with db.atomic():
        for chunk in range(0, len(visits), 500):
            Visit.insert_many(visits[chunk : chunk + 500], fields=fields).execute()
        for chunk in range(0, len(links), 500):
            VisitService.insert_many(links[chunk : chunk + 500], fields=[VisitService.visit, VisitService.service]).execute()
