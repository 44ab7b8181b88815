"""What a points line was for, read from the record it links to, never copied into its note.

A duty that awards points links the record of the deed (``source_type`` + ``source_id``) and
leaves the line's note empty; the statement and the person's timeline ask ``describe`` for the
words. So a line for delivering a gift says "中秋慰问 → 林小雨" while 林小雨 is on the roster and
"中秋慰问 → 已匿名" once she was erased: her name was never stored on the deliverer's line.

A duty registers how to describe its records at import: ``register(source_type, fn)``, where
``fn(ids) -> {id: text}`` reads many at once. A line with a note of its own (typed by a
volunteer, or written by an older version of the desk) keeps that note.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Iterable

Describer = Callable[[list[int]], dict[int, str]]
DESCRIBERS: dict[str, Describer] = {}
_discovered: list[bool] = []


def register(source_type: str, describer: Describer) -> None:
    DESCRIBERS[source_type] = describer


def _describer(source_type: str) -> Describer | None:
    """The registered describer; the duties' packages are imported once if it is not known yet
    (a statement may be read before the tab of the duty that wrote the line was opened)."""
    if source_type not in DESCRIBERS and not _discovered:
        _discovered.append(True)
        import desk.services as services

        for info in pkgutil.iter_modules(services.__path__):
            if info.ispkg and info.name != "common":
                importlib.import_module(f"desk.services.{info.name}")
    return DESCRIBERS.get(source_type)


def describe(links: Iterable[tuple[str, int | None]]) -> dict[tuple[str, int], str]:
    """Words for each (source type, source id) link that has a describer and still finds its record."""
    wanted: dict[str, set[int]] = {}
    for source_type, source_id in links:
        if source_id is not None and source_type:
            wanted.setdefault(source_type, set()).add(source_id)
    out: dict[tuple[str, int], str] = {}
    for source_type, ids in wanted.items():
        describer = _describer(source_type)
        if describer is None:
            continue
        for source_id, text in describer(sorted(ids)).items():
            out[(source_type, source_id)] = text
    return out


def note_or_source(note: str, source_type: str, source_id: int | None, described: dict[tuple[str, int], str]) -> str:
    """The line's own note, else what its linked record says."""
    if note:
        return note
    return described.get((source_type, source_id), "") if source_id is not None else ""
