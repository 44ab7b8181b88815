"""The layers hold: Qt only in ``desk/ui``, the ORM never in ``desk/ui``, no import circles.

    desk/ui (PySide6)  ->  desk/services, desk/reports (no Qt)  ->  desk/models (peewee only)
                                         desk/db, desk/migrations (set-up, schema steps)
"""

import ast
import subprocess
import sys
from pathlib import Path

DESK = Path(__file__).resolve().parent.parent.parent / "desk"
ROOT = DESK.parent
QT = ("PySide6", "shiboken6")

# Model classes the window may query itself: none. (The six places that did moved behind
# service functions; keep it empty.)
ORM_IN_UI_ALLOWED: set[tuple[str, str]] = set()


def _modules(under: Path = DESK):
    for path in sorted(under.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.AST, top_level_only: bool = False):
    """(line, imported module or module.name) of every import in ``tree``."""
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def _is_ui(path: Path) -> bool:
    return path.is_relative_to(DESK / "ui")


def test_no_qt_below_the_ui_by_reading_the_imports():
    found = []
    for path, tree in _modules():
        if _is_ui(path):
            continue
        for line, name in _imports(tree):
            if name.split(".")[0] in QT:
                found.append(f"{_rel(path)}:{line} imports {name}")
        # The CLI opens the window only when asked to (inside main()); nothing else may reach the UI.
        for line, name in _imports(tree, top_level_only=path.name == "cli.py"):
            if name.startswith("desk.ui"):
                found.append(f"{_rel(path)}:{line} imports {name}")
    assert found == []


def test_no_qt_below_the_ui_when_everything_else_is_imported():
    """Import every module outside ``desk/ui`` in a fresh interpreter: PySide6 must stay unloaded."""
    names = [_module_name(path) for path, _ in _modules() if not _is_ui(path) and path.name != "__main__.py"]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))\n"
        "print(len([m for m in sys.modules if m.startswith('desk.services')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded, services = out.stdout.splitlines()
    assert loaded == "[]"
    assert int(services) > 20  # it really imported the services


def test_the_ui_reaches_the_database_only_through_services():
    """No ``Model.select/get/create``, no field expressions, no ``db`` in ``desk/ui``: service calls only."""
    found = set()
    for path, tree in _modules(DESK / "ui"):
        models = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "desk.models":
                models |= {alias.asname or alias.name for alias in node.names if alias.name != "now"}
        for line, name in _imports(tree):
            if name in ("desk.models", "desk.db") or name.startswith("desk.db.") or name in ("desk.models.db",):
                if name != "desk.models.db":  # reported below, where it is used
                    found.add((_rel(path), f"import {name}"))
        for node in ast.walk(tree):
            # Model classes may name types (``operator: Operator``); touching one is a query.
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in models:
                found.add((_rel(path), f"{node.value.id}.{node.attr}"))
    new = sorted(found - ORM_IN_UI_ALLOWED)
    assert new == [], "the window queries the database itself; add a service function instead"
    gone = sorted(ORM_IN_UI_ALLOWED - found)
    assert gone == [], "fixed: take these out of ORM_IN_UI_ALLOWED"


def test_no_import_circles():
    """Follow every import between the desk's modules (also those inside functions): no cycle."""
    names = {_module_name(path): tree for path, tree in _modules()}
    graph = {}
    for name, tree in names.items():
        edges = set()
        for _line, imported in _imports(tree):
            if imported in names:
                edges.add(imported)
            elif imported.rsplit(".", 1)[0] in names:
                edges.add(imported.rsplit(".", 1)[0])
        graph[name] = edges - {name}

    cycles = []
    state: dict[str, int] = {}

    def visit(node, trail):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_database_specific_sql_stays_in_the_database_module():
    """``GROUP_CONCAT``, pragmas and raw SQL live in ``desk/db.py`` and the schema steps only.

    Everything else goes through peewee expressions or ``desk.db.group_concat()``, so the same
    services run on SQLite and PostgreSQL. (``desk/ui`` is held by the ORM test above.)
    """
    found = []
    for path, tree in _modules():
        if path.name == "db.py" and path.parent == DESK or path.is_relative_to(DESK / "migrations") or _is_ui(path):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.lower() == "group_concat":
                found.append(f"{_rel(path)}:{node.lineno} {node.attr}")
            if isinstance(node, ast.Attribute) and node.attr in ("execute_sql", "pragma", "raw"):
                found.append(f"{_rel(path)}:{node.lineno} {node.attr}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "PRAGMA" in node.value.upper():
                found.append(f"{_rel(path)}:{node.lineno} {node.value[:40]!r}")
    assert found == []
