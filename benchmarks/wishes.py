"""Time the wish board with 2,000 wishes (about fifteen years of a busy station), 400 of them with photos.

    python benchmarks/wishes.py [--wishes N] [--fresh]

Builds benchmarks/.data/wishes-N.db once (bulk inserts, the state mix of a real board), then
times what a volunteer waits for: reading every card, the tab's first load, a refresh (model
reset + paint of every column), typing in the search box, and scrolling a long column to the
end (thumbnails decoded at card size and cached).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.db import init_db  # noqa: E402
from desk.demo.wishes import PALETTES, WISHES, png_bytes  # noqa: E402
from desk.models import Person, Wish, WishCategory, db  # noqa: E402
from desk.services.common import accounts, catalogs, units  # noqa: E402
from desk.services.people.records import pinyin_of  # noqa: E402

STATES = (("fulfilled", 70), ("claimed", 8), ("open", 10), ("awaiting", 4), ("declined", 5), ("withdrawn", 3))


def timed(label: str, fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    median = statistics.median(times)
    print(f"{label:<52} median {median:8.1f} ms   max {max(times):8.1f} ms")
    return median


def build(path: Path, n_wishes: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    init_db(path)
    catalogs.ensure_defaults()
    op = accounts.add_operator("基准测试")
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟强磊军勇杰涛斌超明辉鹏飞浩宇俊峰龙凯晨阳旭东海波"
    names = [rng.choice(surnames) + rng.choice(given) + rng.choice(given) for _ in range(1500)]
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO person (name, phone, pinyin_initials, pinyin_full, kind, platform, caring_team, party_member,"
            " card_code, note, void_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,datetime('now'),"
            " datetime('now'))",
            [(n, f"13{i:09d}", *pinyin_of(n), "rider", "美团", 0, 0, f"LX{i:08d}", "", "")
             for i, n in enumerate(names)])
    unit_ids = [units.add_unit(units.UnitInput(name=f"共建单位{i}"), op).id for i in range(12)]
    people = [p.id for p in Person.select(Person.id)]
    cats = {c.code: c.id for c in WishCategory.select()}
    photos_dir = path.parent / "attachments" / "bench"
    photos_dir.mkdir(parents=True, exist_ok=True)
    picture = png_bytes(640, 480, PALETTES[0])
    today = dt.datetime.now().replace(microsecond=0)
    wishes, attachments = [], []
    for i in range(n_wishes):
        status = rng.choices([s for s, _ in STATES], weights=[w for _, w in STATES])[0]
        code, what, value = rng.choice(WISHES)
        made = today - dt.timedelta(days=rng.randrange(1, 15 * 365))
        claimed = status in ("claimed", "fulfilled")
        unit = rng.choice(unit_ids) if claimed and rng.random() < 0.6 else None
        person = rng.choice(people) if claimed and unit is None else None
        wishes.append((
            rng.choice(people), "shifu", what, cats[code], value, "", status,
            None if status == "awaiting" else made, person, unit, made if claimed else None,
            (made + dt.timedelta(days=14)).date() if claimed else None,
            (made + dt.timedelta(days=10)).date() if status == "fulfilled" else None,
            what if status == "fulfilled" else "", "", "不符合" if status == "declined" else "",
            "不需要了" if status == "withdrawn" else "", made if status == "declined" else None,
            made if status == "withdrawn" else None, op.id, made, made,
        ))
    columns = ("rider_id, courtesy, what, category_id, value_yuan, note, status, approved_at, claimant_person_id,"
               " claimant_unit_id, claimed_at, promised_on, fulfilled_on, given, fulfil_note, decline_reason,"
               " withdraw_reason, declined_at, withdrawn_at, created_by_id, created_at, updated_at")
    with db.atomic():
        db.connection().executemany(
            f"INSERT INTO wish ({columns}) VALUES ({', '.join('?' * len(wishes[0]))})", wishes)
        fulfilled = [w.id for w in Wish.select(Wish.id).where(Wish.status == "fulfilled")]
        for n, wish_id in enumerate(rng.sample(fulfilled, min(400, len(fulfilled)))):
            name = f"bench/{n:05d}.png"
            (photos_dir / f"{n:05d}.png").write_bytes(picture)
            attachments.append(("wish", wish_id, name, "image/png", len(picture), "0" * 64, op.id))
        db.connection().executemany(
            "INSERT INTO attachment (owner_type, owner_id, stored_name, media_type, size, sha256, created_by_id,"
            " created_at) VALUES (?,?,?,?,?,?,?, datetime('now'))", attachments)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wishes", type=int, default=2000)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    folder = ROOT / "benchmarks" / ".data" / f"wishes-{args.wishes}"
    path = folder / "desk.db"
    if args.fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        build(path, args.wishes)
    init_db(path)
    print(f"{Wish.select().count()} wishes, {Wish.select().where(Wish.status == 'fulfilled').count()} fulfilled")

    from PySide6.QtWidgets import QApplication

    from desk.config import Settings
    from desk.services.wishes import queries
    from desk.ui.app import make_app
    from desk.ui.context import DeskContext
    from desk.ui.wishes_tab import WishesTab

    timed("queries.cards(): every wish as a card", queries.cards)
    make_app(Settings(), [sys.argv[0]])
    ctx = DeskContext(operator=accounts.list_operators()[0], settings=Settings(), data_dir=folder)
    holder = {}

    def first_load():
        tab = WishesTab(ctx)
        tab.resize(1366, 700)
        tab.show()
        QApplication.processEvents()
        holder["tab"] = tab

    timed("WishesTab built, loaded and painted", first_load, repeat=3)
    tab = holder["tab"]
    timed("refresh(): read, model reset, paint every column", lambda: (tab.refresh(), tab.repaint(),
                                                                        QApplication.processEvents()))
    timed("model reset + paint only (cards already read)", lambda: (tab.apply_filter(), tab.repaint(),
                                                                     QApplication.processEvents()))
    for text in ("1", "雨靴", "wl", ""):
        def typed(text=text):
            tab.search.setText(text)
            tab.apply_filter()
            tab.repaint()
            QApplication.processEvents()
        timed(f"search typed '{text}' (filter + paint)", typed)
    view = tab.board.views["fulfilled"]

    def scroll():
        bar = view.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
            bar.setValue(value)
            view.viewport().repaint()
        bar.setValue(0)

    tab.board.thumbs._cache.clear()  # noqa: SLF001 (a cold cache: every thumbnail decoded once)
    timed("scroll the fulfilled column to the end, page by page", scroll, repeat=3)
    print(f"thumbnails cached: {len(tab.board.thumbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
