"""What the permission matrix (tests/unit/test_permissions_matrix.py) is made of: the world the
operations act on, and one row of the table. The rows live beside the test, and a duty's rows in
``tests/matrix_duties.py``."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from desk.models import GiftItem, Operator, Person, ServiceType
from desk.services.checkin import visits
from desk.services.gifts import shares
from desk.services.people import records

TODAY = dt.date.today()


@dataclass
class World:
    """What the operations act on, made by other operators than the ones being tried."""

    admin: Operator
    staff: Operator
    volunteer: Operator
    other: Operator  # a second volunteer: "someone else's" records are theirs
    rider: Person
    rider2: Person
    item: GiftItem  # mooncakes, 100 in stock
    reward: GiftItem  # raincoats, a reward at 5 points
    campaign_id: int
    folder: Path

    def acting(self, role: str | None) -> Operator | None:
        return None if role is None else getattr(self, role)

    def person(self, name: str, phone: str, by: Operator | None = None) -> Person:
        return records.create_person(records.PersonInput(name=name, phone=phone), by or self.other)

    def share(self, by: Operator | None = None) -> int:
        return shares.hand_out(self.campaign_id, self.rider.id, by or self.other).share_id

    def visit(self, by: Operator | None = None, days_ago: int = 0) -> int:
        at = dt.datetime.now() - dt.timedelta(days=days_ago, minutes=1)
        return visits.check_in(self.rider.id, [self.water], by or self.other, at=at).visit_id

    @property
    def water(self) -> int:
        return ServiceType.get(ServiceType.code == "water").id

    def png(self) -> Path:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        path = self.folder / "photo.png"
        raw = b"\x00\xff\x00\x00\xff\x00\x00"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
                         + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
        return path

    def roster_file(self) -> Path:
        path = self.folder / "名单.csv"
        path.write_text("姓名,手机号\n孙七,13500004444\n", encoding="utf-8")
        return path


Make = Callable[[World, "Operator | None"], Callable[[], Any]]


@dataclass(frozen=True)
class Operation:
    what: str
    function: Callable  # the service function tried (for the coverage test)
    permission: str
    make: Make  # set up as other operators, then return the call made by the operator tried
    writes_to_database: bool = True
