"""What the backup, restore and damaged-database tests share: a desk with people, visits and photos,
and ways to damage a database file the way disks and bad copies do."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from desk.services.checkin import visits
from desk.services.common import attachments
from desk.services.people import records


def photo(folder: Path, n: int) -> Path:
    """A small file that passes the photo check (PNG signature), different for every ``n``."""
    path = folder / f"photo{n}.png"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(n).randbytes(2000))
    return path


def fill(operator, people: int = 30, checkins: int = 3, photos: int = 2, start: int = 0) -> list[int]:
    """People checked in a few times, and photos kept with records; the ids of the people."""
    water = [s.id for s in visits.default_services()]
    ids = []
    for i in range(start, start + people):
        person = records.create_person(records.PersonInput(name=f"骑手{i}", phone=f"139{i:08d}"), operator)
        ids.append(person.id)
        for _ in range(checkins):
            visits.check_in(person.id, water, operator, allow_repeat=True)
    tmp = Path(attachments.root()).parent / "incoming"
    for n in range(start, start + photos):
        attachments.store(photo(tmp, n), "wish", n + 1, operator)
    return ids


def count(path: Path, sql: str):
    con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def garbage_in_the_middle(path: Path, size: int = 8192, seed: int = 14) -> None:
    """Overwrite ``size`` bytes in the middle of the file with random bytes (a bad copy, a bad sector)."""
    data = bytearray(Path(path).read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + size] = random.Random(seed).randbytes(size)
    Path(path).write_bytes(bytes(data))


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its content (to say "nothing changed")."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}
