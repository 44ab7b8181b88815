"""Builders the grid duty's tests share (unit and window tests): photos, riders, a report."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path

from desk.models import Grid, HazardCategory
from desk.services.grid import reports
from desk.services.people.records import PersonInput, create_person


def png(path: Path, size: int = 4) -> Path:
    """A real (tiny) PNG, written without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x30\x90\xd0" * size for _ in range(size))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def grid(number: int) -> Grid:
    return Grid.get(Grid.number == number)


def category(code: str) -> HazardCategory:
    return HazardCategory.get(HazardCategory.code == code)


def rider(operator, name: str = "张阳", phone: str = "13800001111", grid_number: int | None = 3, **extra):
    return create_person(PersonInput(name=name, phone=phone, grid_id=grid(grid_number).id if grid_number else None,
                                     **extra), operator)


def report(operator, reporter_id: int | None, *, grid_number: int = 3, building: int | None = 3, unit: int | None = 2,
           code: str = "entrance_bikes", at: dt.datetime | None = None, **extra) -> reports.ReportResult:
    data = reports.ReportInput(grid_id=grid(grid_number).id, category_id=category(code).id, reporter_id=reporter_id,
                               building=building, unit=unit, description="自行车把楼道出入口堵住了", **extra)
    return reports.record_report(data, operator, at=at)
