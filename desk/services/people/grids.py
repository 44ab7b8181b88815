"""The community's grids (网格): names, leaders, and which riders belong to each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import peewee as pw

from desk.db import write_transaction
from desk.errors import NotFound, ValidationError, translate
from desk.models import Grid, Operator, Person, db
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.people.records import WORKER_KINDS, clean_name, normalise_phone


@dataclass(frozen=True)
class GridRow:
    id: int
    number: int
    name: str
    leader_name: str
    leader_phone: str
    note: str
    members: int


def list_grids() -> list[GridRow]:
    """Every grid with its number of (live, unarchived) members, in one query."""
    live = Person.voided_at.is_null() & Person.archived_at.is_null()
    count = pw.fn.COUNT(Person.id)
    query = (
        Grid.select(Grid, count.alias("members"))
        .join(Person, pw.JOIN.LEFT_OUTER, on=((Person.grid == Grid.id) & live))
        .group_by(Grid.id)
        .order_by(Grid.number)
    )
    return [
        GridRow(g.id, g.number, g.name, g.leader_name, g.leader_phone, g.note, g.members) for g in query
    ]


def get_grid(grid_id: int) -> Grid:
    grid = Grid.get_or_none(Grid.id == grid_id)
    if grid is None:
        raise NotFound(translate("DeskError", "Unknown grid."))
    return grid


@write_transaction
def update_grid(
    grid_id: int, operator: Operator, *, name: str, leader_name: str = "", leader_phone: str = "", note: str = ""
) -> Grid:
    """Rename a grid and name its leader (staff)."""
    require(operator, "grid.manage")
    grid = get_grid(grid_id)
    name = (name or "").strip()
    if not name or len(name) > 30:
        raise ValidationError(translate("DeskError", "A grid name needs 1 to {0} characters."), 30)
    if Grid.select().where((Grid.name == name) & (Grid.id != grid.id)).exists():
        raise ValidationError(translate("DeskError", "Another grid is already called {0}."), name)
    leader_name = clean_name(leader_name) if (leader_name or "").strip() else ""
    leader_phone = normalise_phone(leader_phone) or ""
    with db.atomic():
        before = audit.snapshot(grid)
        grid.name = name
        grid.leader_name = leader_name
        grid.leader_phone = leader_phone
        grid.note = (note or "").strip()
        grid.save()
        audit.record(operator, "grid.update", "grid", grid.id, before, audit.snapshot(grid))
    return grid


@write_transaction
def assign_members(person_ids: Iterable[int], grid_id: int | None, operator: Operator) -> int:
    """Place people in a grid (``None``: in none); returns how many changed."""
    require(operator, "grid.manage")
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise ValidationError(translate("DeskError", "Choose at least one person."))
    if grid_id is not None:
        get_grid(grid_id)
    people = list(Person.select().where(Person.id.in_(ids) & Person.voided_at.is_null()))
    if len(people) != len(ids):
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    changed = [p for p in people if p.grid_id != grid_id]
    with db.atomic():
        for person in changed:
            before = audit.snapshot(person)
            person.grid = grid_id
            person.save()
            audit.record(operator, "person.assign_grid", "person", person.id, before, audit.snapshot(person))
    return len(changed)


def members(grid_id: int, include_archived: bool = False) -> list[Person]:
    """A grid's member list, riders first, by name."""
    query = Person.select().where((Person.grid == grid_id) & Person.voided_at.is_null())
    if not include_archived:
        query = query.where(Person.archived_at.is_null())
    workers_first = pw.Case(None, [(Person.kind.in_(WORKER_KINDS), 0)], 1)
    return list(query.order_by(workers_first, Person.pinyin_full))
