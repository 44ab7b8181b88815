"""The ``desk`` command: opens the window, or runs a maintenance subcommand.

    desk [--data-dir DIR] [--demo]          open the window
    desk demo [--data-dir DIR] [--people N] [--days N]
    desk export --month YYYY-MM [-o FILE]   (when the monthly workbook lands)
    desk backup [-o FILE] / desk restore FILE
    desk import-people FILE.xlsx|FILE.csv
    desk reset-pin --operator NAME [--pin-file FILE]   a forgotten PIN (needs the data folder)
    desk --version
    desk-window [--demo]                    the window without a console (Windows)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from desk import __version__, config


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="Station Desk (驿站前台) — 乐享驿站前台")
    parser.add_argument("--version", action="version", version=f"Station Desk {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: DESK_DATA_DIR or the user's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a separate demo database full of realistic data")
    parser.add_argument("--db", default=None, metavar="URL", help="database URL instead of the data folder's file (or set DESK_DB_URL)")
    # Build the window, report what it loaded and quit (CI runs it offscreen on the installed wheel).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill a demo database in the data folder")
    demo.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    demo.add_argument("--people", type=int, default=300)
    demo.add_argument("--days", type=int, default=365)
    demo.add_argument("--seed", type=int, default=2023)

    backup = sub.add_parser("backup", help="copy the database to a backup file")
    backup.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    backup.add_argument("-o", "--output", type=Path, default=None)

    restore = sub.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    restore.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    restore.add_argument("file", type=Path)

    importer = sub.add_parser("import-people", help="import a roster from .xlsx or .csv")
    importer.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    importer.add_argument("file", type=Path)
    importer.add_argument("--operator", default="", help="operator name recorded on the import (default: first admin)")
    importer.add_argument("--sheet", default=None, help="sheet of the workbook to read (default: the first with a 姓名 header)")

    reset = sub.add_parser(
        "reset-pin",
        help="set a new PIN for an operator who forgot theirs (whoever can run this can read the data folder anyway)",
    )
    reset.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    reset.add_argument("--operator", required=True, help="the operator's name, as the desk shows it")
    reset.add_argument("--pin-file", type=Path, default=None,
                       help="read the new PIN from the first line of this file instead of asking twice")

    export = sub.add_parser("export", help="write the monthly workbook for the community party committee")
    export.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--month", required=True, help="YYYY-MM")
    export.add_argument("-o", "--output", type=Path, default=None)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return (args.data_dir or config.default_data_dir()).expanduser()


def cmd_demo(args: argparse.Namespace) -> int:
    from desk import db, demo, models
    from desk.services.common import catalogs

    folder = _data_dir(args)
    folder.mkdir(parents=True, exist_ok=True)
    db.init_db(config.db_target(folder, getattr(args, 'db', None)))
    catalogs.ensure_defaults()
    if models.Person.select().exists():
        print(f"{config.db_path(folder)} already holds data; choose an empty --data-dir for the demo.", file=sys.stderr)
        return 2
    started = dt.datetime.now()
    ctx = demo.fill(people=args.people, days=args.days, seed=args.seed)
    seconds = (dt.datetime.now() - started).total_seconds()
    visits = models.Visit.select().count()
    print(f"demo database {config.db_path(folder)}: {len(ctx.people)} people, {visits} visits "
          f"over {ctx.days} days ({seconds:.1f} s)")
    names = ", ".join(f"{op.name} ({op.role})" for op in ctx.operators)
    print(f"demo operators: {names}; every demo PIN is {demo.DEMO_PIN}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    folder = _data_dir(args)
    source = config.db_path(folder)
    if not source.exists():
        print(f"no database at {source}", file=sys.stderr)
        return 2
    target = args.output or folder / "backups" / f"desk-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    # sqlite3's backup API copies a consistent snapshot even while the window is open (WAL).
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    print(f"backed up to {target}")
    return 0


def _tables_of(path: Path) -> set[str]:
    """The tables of the SQLite file ``path``, opened read-only; empty if it is not a database.

    Read-only needs a ``file:`` URI; ``Path.as_uri()`` percent-encodes it, so a folder named
    ``驿站#2 数据`` or ``q?dir`` is not cut at the ``#`` or read as a query.
    """
    if not path.is_file():
        return set()
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    except sqlite3.DatabaseError:
        return set()
    finally:
        con.close()


def cmd_restore(args: argparse.Namespace) -> int:
    folder = _data_dir(args)
    source: Path = args.file
    tables = _tables_of(source)
    if "person" not in tables or "visit" not in tables:
        print(f"{source} is not a Station Desk database; nothing was changed.", file=sys.stderr)
        return 2
    target = config.db_path(folder)
    if target.exists():
        kept = folder / "backups" / f"before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        kept.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(target) as src, sqlite3.connect(kept) as dst:
            src.backup(dst)
        print(f"the current database was kept as {kept}")
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    print(f"restored {source} into {target}")
    return 0


def cmd_import_people(args: argparse.Namespace) -> int:
    try:
        from desk.services.people import importer
    except ImportError:
        print("roster import is not available in this version", file=sys.stderr)
        return 2
    return importer.cli_import(_data_dir(args), args.file, args.operator, args.sheet)


def _new_pin_from_terminal() -> str | None:
    import getpass

    first = getpass.getpass("New PIN (4-8 digits, or a password of 8+ characters): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        print("The two PINs differ; nothing was changed.", file=sys.stderr)
        return None
    return first


def cmd_reset_pin(args: argparse.Namespace) -> int:
    """A forgotten PIN (the administrator's too): access to the data folder is the proof."""
    import getpass
    import socket

    from desk import db
    from desk.errors import DeskError
    from desk.models import Operator
    from desk.services.safety import access

    folder = _data_dir(args)
    target = config.db_target(folder, getattr(args, "db", None))
    path = db.sqlite_file(target)
    if path is not None and not path.exists():
        print(f"no database at {path}", file=sys.stderr)
        return 2
    db.init_db(target)
    if Operator.get_or_none(Operator.name == args.operator.strip()) is None:
        names = ", ".join(op.name for op in Operator.select().order_by(Operator.name)) or "(none)"
        print(f"There is no operator named {args.operator}. Operators: {names}", file=sys.stderr)
        return 2
    if args.pin_file is not None:
        try:
            lines = args.pin_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cannot read {args.pin_file}: {exc}", file=sys.stderr)
            return 2
        pin = lines[0] if lines else ""
    else:
        if not sys.stdin or not sys.stdin.isatty():
            print("no terminal to ask the PIN on: pass --pin-file FILE", file=sys.stderr)
            return 2
        pin = _new_pin_from_terminal()
        if pin is None:
            return 1
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name on some systems: the audit row says so)
        user = "?"
    try:
        op = access.reset_pin_from_command_line(args.operator, pin, who=f"{user}@{socket.gethostname()}")
    except DeskError as exc:
        print(f"Nothing was changed: {exc}", file=sys.stderr)
        return 1
    # Never print or log the PIN itself.
    inactive = "" if op.active else " (this operator is deactivated: an administrator reactivates them in the window)"
    print(f"New PIN set for {op.name}; any wait after wrong PINs is cleared{inactive}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    try:
        from desk.reports import monthly
    except ImportError:
        print("the monthly workbook is not available in this version yet", file=sys.stderr)
        return 2
    return monthly.cli_export(_data_dir(args), args.month, args.output)


COMMANDS = {
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "import-people": cmd_import_people,
    "reset-pin": cmd_reset_pin,
    "export": cmd_export,
}


def _robust_console() -> None:
    """Never crash on printing: a Windows console or a redirect may not speak UTF-8 (cp1252, cp936).

    ``desk --help`` and import reports carry Chinese; a character the console cannot show is
    written as ``\\u9a7f`` instead of ending the command with a UnicodeEncodeError. A window
    started without a console (``desk-window``, pythonw) has no streams at all.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
        elif isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _robust_console()
    args = _parser().parse_args(argv)
    if args.command:
        return COMMANDS[args.command](args)
    from desk.ui.app import run

    return run(_data_dir(args), demo=args.demo, db_url=args.db, smoke_test=args.smoke_test)


def gui_main(argv: list[str] | None = None) -> int:
    """``desk-window``: the same as ``desk``, installed as a GUI script, so Windows opens the
    window without a console window beside it."""
    return main(argv)
