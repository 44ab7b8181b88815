"""The window never touches the ORM: widgets read through service queries and write through
service operations, so every rule (permission, limits, audit) holds whichever screen calls it.

A static scan of every module under ``desk/ui``, with no exceptions:
- no import of ``peewee``, ``playhouse``, ``desk.db``, the ``db`` proxy or the ``desk.models`` module;
- a model class imported from ``desk.models`` appears only in type annotations (and as the type
  parameter of a table model's base class), never as a value: no ``Person.select()``,
  ``Grid.get(...)``, ``Visit.create(...)``, ``Person.id == x``;
- no call of a query-builder or transaction method on anything (``.where``, ``.get_or_none``,
  ``.get_by_id``, ``.execute_sql``, ``.atomic``, ``.insert_many``, ``.delete_instance``...), which Qt
  never names that way.
The UI tests add the dynamic half (``tests/ui/test_layers_ui_no_sql.py``): no SQL statement is
sent from a line of ``desk/ui`` (a lazy foreign key such as ``share.recipient.name`` would be).
"""

from __future__ import annotations

import ast
from pathlib import Path

import desk

UI = Path(desk.__file__).parent / "ui"
FORBIDDEN_MODULES = ("peewee", "playhouse", "desk.db")
ORM_METHODS = {
    "where", "get_or_none", "get_by_id", "execute_sql", "atomic", "transaction", "savepoint", "insert_many",
    "insert_from", "delete_instance", "delete_by_id", "bulk_create", "bulk_update", "on_conflict", "create_table",
    "create_tables", "drop_tables", "get_or_create", "connection", "cursor",
}


def _annotation_nodes(tree: ast.AST) -> set[int]:
    """ids of every node inside a type annotation or a class base's type parameter."""
    inside: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            inside.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            mark(node.returns)
            for arg in node.args.args + node.args.kwonlyargs + node.args.posonlyargs:
                mark(arg.annotation)
            mark(node.args.vararg.annotation if node.args.vararg else None)
            mark(node.args.kwarg.annotation if node.args.kwarg else None)
        elif isinstance(node, ast.AnnAssign):
            mark(node.annotation)
        elif isinstance(node, ast.ClassDef):
            for base in node.bases:
                if isinstance(base, ast.Subscript):
                    mark(base.slice)  # RecordTableModel[Person]: a type parameter, not a query
    return inside


def offences(source: str, where: str) -> list[str]:
    tree = ast.parse(source, where)
    found: list[str] = []
    models: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(FORBIDDEN_MODULES) or alias.name == "desk.models":
                    found.append(f"{where}:{node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = {a.name for a in node.names}
            if module.startswith(FORBIDDEN_MODULES) or (module == "desk" and names & {"db", "models"}):
                found.append(f"{where}:{node.lineno}: from {module} import {', '.join(sorted(names))}")
            elif module == "desk.models":
                if "db" in names or "*" in names:
                    found.append(f"{where}:{node.lineno}: from desk.models import db")
                models |= {a.asname or a.name for a in node.names}
    annotations = _annotation_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in models and id(node) not in annotations:
            found.append(f"{where}:{node.lineno}: model {node.id} used as a value (an ORM query or write)")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ORM_METHODS:
            found.append(f"{where}:{node.lineno}: .{node.func.attr}(...) is the ORM")
    return found


def test_the_scan_sees_what_it_forbids():
    """A scan that finds nothing because it looks at nothing would pass too: show it the offences."""
    source = (
        "from desk.models import Grid, Person, db\n"
        "import peewee\n"
        "class M(Base[Person]):\n"
        "    def f(self, p: Person) -> Person:\n"
        "        Grid.select().order_by(Grid.number)\n"
        "        db.execute_sql('PRAGMA wal_checkpoint')\n"
        "        return p.visits.where(1)\n"
    )
    found = offences(source, "probe.py")
    assert any("import db" in f for f in found) and any("import peewee" in f for f in found)
    assert sum("model Grid used as a value" in f for f in found) == 2
    assert any(".execute_sql" in f for f in found) and any(".where" in f for f in found)
    assert not any("model Person" in f for f in found)  # annotations and a table model's type parameter


def test_no_orm_inside_desk_ui():
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 30
    found = [o for path in files
             for o in offences(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent.parent)))]
    assert found == [], "the window uses the ORM; add a service query or operation instead:\n" + "\n".join(found)
