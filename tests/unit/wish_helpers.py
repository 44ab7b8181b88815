"""Building wishes in any state through the services, as the desk does (shared by the wish tests)."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path

from desk.services.wishes import board, categories
from desk.services.wishes.rules import AWAITING, CLAIMED, DECLINED, FULFILLED, OPEN, WITHDRAWN


def png(path: Path, size: int = 4, rgb: tuple[int, int, int] = (200, 40, 40)) -> Path:
    """A real (tiny) PNG file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def category_id(code: str = "work_gear") -> int:
    return categories.by_code(code).id


def take_down(rider_id: int, operator, what: str = "一双雨靴", **kw) -> int:
    data = board.WishInput(rider_id=rider_id, what=what, category_id=kw.pop("category_id", category_id()), **kw)
    return board.take_down(data, operator).wish_id


def claim_input(person_id: int | None = None, unit_id: int | None = None, days: int = 7) -> board.ClaimInput:
    return board.ClaimInput(promised_on=dt.date.today() + dt.timedelta(days=days), person_id=person_id, unit_id=unit_id)


def wish_in(state: str, rider_id: int, staff, *, claimant_id: int | None = None, unit_id: int | None = None,
            what: str = "一双雨靴") -> int:
    """A wish brought to ``state`` by the usual steps (claimed by the person, else the unit)."""
    wish_id = take_down(rider_id, staff, what)
    if state == AWAITING:
        return wish_id
    if state == DECLINED:
        board.decline(wish_id, "不属于微心愿范围", staff)
        return wish_id
    if state == WITHDRAWN:
        board.withdraw(wish_id, "骑手已自己买了", staff)
        return wish_id
    board.approve(wish_id, staff)
    if state == OPEN:
        return wish_id
    board.claim(wish_id, claim_input(person_id=claimant_id, unit_id=None if claimant_id else unit_id), staff)
    if state == CLAIMED:
        return wish_id
    board.fulfil(wish_id, board.FulfilInput(given="雨靴一双"), staff)
    assert state == FULFILLED
    return wish_id
