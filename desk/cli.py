"""The ``desk`` command: opens the window, or runs a maintenance subcommand.

    desk [--data-dir DIR] [--demo]          open the window
    desk demo [--data-dir DIR] [--people N] [--days N]
    desk export --month YYYY-MM [-o FILE]   the monthly workbook for the party committee
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
    export.add_argument("--month", default=None, help="YYYY-MM")
    export.add_argument("--year-to-date", action="store_true", help="January to --month")
    export.add_argument("--from", dest="start", default=None, help="first day YYYY-MM-DD (a custom range)")
    export.add_argument("--to", dest="end", default=None, help="last day YYYY-MM-DD")
    export.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: in this folder)")
    export.add_argument("--operator", default="", help="operator recorded on the export (default: first admin)")
    export.add_argument("--unmasked", action="store_true", help="full phone numbers (needs an admin operator; audited)")
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
    """The desk's own backup (database and photos, into the chosen backup folder, in rotation), or
    with ``-o``: into that folder, or a copy of the database alone into that file."""
    from desk.db import backup_file
    from desk.errors import DeskError
    from desk.services.common import backups

    folder = _data_dir(args)
    source = config.db_path(folder)
    if not source.exists():
        print(f"no database at {source}", file=sys.stderr)
        return 2
    # The online backup API copies a consistent snapshot even while the window is open (WAL),
    # and the copy is checked before it takes the target's name.
    try:
        if args.output is None:
            result = backups.automatic(source, config.Settings.load(folder).backup_folder)
        elif args.output.is_dir():
            result = backups.write_backup(source, args.output)
        else:
            print(f"backed up the database alone (no photos) to {backup_file(source, args.output)}")
            return 0
    except (DeskError, OSError, sqlite3.Error) as exc:
        print(f"the backup failed: {exc}", file=sys.stderr)
        return 1
    if result.fell_back_from:
        print(f"the backup folder {result.fell_back_from} is missing: backed up into the data folder instead")
    missing = f", {result.photos_missing} not found" if result.photos_missing else ""
    print(f"backed up to {result.path} ({result.photos} photos{missing})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place (checked first; the current database kept aside; the swap checked).

    A missing or damaged database is set aside under a name that says so and the backup installed
    (``recovery.recover``); otherwise the restore acts as the database's first administrator.
    """
    from desk import db, models
    from desk.errors import DeskError
    from desk.services.common import accounts, recovery, restore

    folder = _data_dir(args)
    target = config.db_path(folder)
    restore.finish_interrupted(folder)  # a restore cut short by a power cut is undone first
    try:
        info = restore.inspect_backup(args.file)  # before anything is opened or changed
        if not target.exists() or recovery.quick_check(target):
            done = recovery.recover(folder, args.file)
            if target.exists() and done.damaged_kept_as.exists():
                print(f"the damaged database was kept as {done.damaged_kept_as}")
            photos, missing, kept = done.photos, done.photos_missing, None
        else:
            db.init_db(target, upgrade=False)
            admin = accounts.first_admin()
            if admin is None:
                print(f"{target} has no administrator: nothing was changed", file=sys.stderr)
                return 2
            result = restore.restore(admin, args.file, folder, config.Settings.load(folder).backup_folder)
            photos, missing, kept = result.photos, result.photos_missing, result.kept_as
    except DeskError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        models.db.close()
    if kept is not None:
        print(f"the current database was kept as {kept} (before-restore, kept 14 days)")
    lost = f"; {missing} photos of the backup were not found" if missing else ""
    print(f"restored {args.file} ({info.people} people, {info.visits} visits, {photos} photos{lost}) into {target}")
    return 0


def import_report_lines(report, table=None) -> list[str]:
    """``desk import-people``'s plain-text row report (the window shows a table instead)."""
    from desk.services.people.importer import CONFLICT, SKIP, UPDATE

    lines = [f"{report.source}: {report.added} added, {report.updated} updated, {report.skipped} skipped"
             + (f", {report.conflicts} conflict(s) NOT imported" if report.conflicts else "")]
    others = [n for n in table.sheets if n != table.sheet] if table is not None else []
    if others:  # a second sheet (volunteers, last year's list) is easy to miss
        lines.append(f"  sheet {table.sheet}; not read: {', '.join(others)} (choose one with --sheet NAME)")
    for row in report.rows:
        if row.action == CONFLICT:
            lines.append(f"  row {row.row} {row.name or '-'}: NOT IMPORTED: {row.reason}")
        elif row.action == SKIP:
            lines.append(f"  row {row.row} {row.name or '-'}: skipped: {row.reason}")
        elif row.action == UPDATE:
            renamed = f"; was {row.old_name}" if row.old_name else ""
            lines.append(f"  row {row.row} {row.name}: updated ({', '.join(row.changes)}{renamed})")
    if report.conflicts:
        lines.append("  A conflict is a phone or member card that belongs to someone with another name; "
                     "check it, then choose the row in the window's import preview to update that person.")
    return lines


def cmd_import_people(args: argparse.Namespace) -> int:
    """``desk import-people FILE``: import into the desk (or ``--db URL``); prints the row report."""
    from desk import db
    from desk.errors import DeskError
    from desk.services.common import accounts, catalogs
    from desk.services.people import importer

    folder = _data_dir(args)
    folder.mkdir(parents=True, exist_ok=True)
    db.init_db(config.db_target(folder, args.db))
    catalogs.ensure_defaults()
    operator = accounts.operator_for_command(args.operator)
    if operator is None and args.operator and not accounts.list_operators(include_inactive=True):
        operator = accounts.add_operator(args.operator)  # the first operator of a new desk: its admin
    if operator is None:
        print("No such operator. Pass --operator NAME (a staff member or admin of this desk).", file=sys.stderr)
        return 2
    try:
        table = importer.read_table(args.file, args.sheet)
        report = importer.apply_import(table, importer.detect_mapping(table.headers), operator)
    except DeskError as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    print("\n".join(import_report_lines(report, table)))
    return 0


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
    """``desk export --month YYYY-MM`` (or ``--year-to-date``, ``--from/--to``): the workbook for
    the party committee; exit 0 and the file's path on success, a message and 2 on bad input."""
    from desk import db
    from desk.errors import DeskError
    from desk.reports import monthly
    from desk.services import figures
    from desk.services.common import accounts

    try:
        if args.start or args.end:
            if not (args.start and args.end):
                print("give both --from and --to (YYYY-MM-DD)", file=sys.stderr)
                return 2
            period = figures.custom(_day(args.start), _day(args.end))
        elif args.month:
            period = figures.year_to_date(args.month) if args.year_to_date else figures.month(args.month)
        else:
            print("give --month YYYY-MM (or --from YYYY-MM-DD --to YYYY-MM-DD)", file=sys.stderr)
            return 2
    except (DeskError, ValueError) as exc:
        print(f"nothing was exported: {exc}", file=sys.stderr)
        return 2
    folder = _data_dir(args)
    if not (folder / "desk.db").exists() and not getattr(args, "db", None):
        print(f"no database in {folder}", file=sys.stderr)
        return 2
    db.init_db(config.db_target(folder, getattr(args, "db", None)))
    operator = accounts.operator_for_command(args.operator)
    if operator is None:
        print("no such operator: pass --operator NAME (a staff member or admin of this desk)", file=sys.stderr)
        return 2
    output = args.output or Path.cwd() / monthly.default_name(period)
    try:
        result = monthly.export_workbook(period, output, operator, unmasked=args.unmasked)
    except DeskError as exc:
        print(f"nothing was exported: {exc}", file=sys.stderr)
        return 3
    print(result.path)
    return 0


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


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
