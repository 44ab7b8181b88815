"""Hostile and odd input: every service operation succeeds or refuses with the desk's own error.

For each operation found by reading the services (as the permission matrix finds them), a good
call (``tests/hostile_support.CALLS``) is taken and one or more of its arguments, or fields of
its input dataclass, are replaced with odd values: empty and 10,000-character text, emoji,
control and zero-width characters, lone surrogates, SQL- and formula-looking strings; negative,
zero, huge (2**63), NaN and infinite numbers; dates in 1900, 3000 and 9999, a year ahead;
``None``, lists, bytes and other wrong types. Each call runs in a transaction that is rolled back
afterwards. Asserted:

- only ``DeskError`` (the desk's own errors, shown in Chinese) escapes;
- after a refusal every table is exactly as before;
- after a success nothing stored is wrong: no text longer than its column, no invisible or
  control characters (line breaks only in multi-line text), no date outside a sane window.

CI runs a few derandomized examples per operation (well under a minute in all). For a long run:
``python tools/fuzz_services.py`` (the ``thorough`` profile, random, many examples; prints the
counts of calls, own errors and other exceptions).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import decimal
import hashlib
import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable

import peewee as pw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk import db as desk_db
from desk import models
from desk.config import RESOURCES
from desk.errors import DeskError, NotFound
from desk.services.common import accounts, inputs, units
from desk.services.common.text import has_invisible
from desk.services.events import events
from desk.services.gifts import campaigns
from desk.services.grid import help as helps
from desk.services.grid import reports
from desk.services.people import grids, records
from desk.services.points import ledger
from desk.services.stock import ledger as stock
from desk.services.wishes import categories as wish_categories
from tests.hostile_support import CALLS, TODAY, World, build_world, good_call
from tests.unit.test_permissions_matrix import operations_in_the_services

# --- how long and how many ---------------------------------------------------------------------

THOROUGH = settings.default.max_examples >= 500  # ``--hypothesis-profile=thorough`` (tests/conftest.py)
EXAMPLES = int(os.environ.get("DESK_FUZZ_EXAMPLES", 0)) or (settings.default.max_examples if THOROUGH else 12)
RANDOM = THOROUGH or "DESK_FUZZ_EXAMPLES" in os.environ  # CI: the same examples every run
COUNT_ONLY = os.environ.get("DESK_FUZZ_COUNT_ONLY") == "1"  # tools/fuzz_services.py: count, do not stop
REPORT = os.environ.get("DESK_FUZZ_REPORT")  # where to write the counts (JSON)

COUNTS: collections.Counter = collections.Counter()
OTHER: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

# Every English template that has Chinese: a refusal must be one of them.
CHINESE = {
    message.findtext("source"): message.findtext("translation")
    for ts in (RESOURCES / "i18n").glob("*_zh_CN.ts") for message in ET.parse(ts).getroot().iter("message")
    if message.findtext("translation")
}

# --- odd values --------------------------------------------------------------------------------

NAN, INF = float("nan"), float("inf")
ODD_TEXTS = [
    "", " ", "\t", "\n\n\n", "\x07", "\x00", "张\x07阳", "\u200b", "\u200b\u200d\u2060", "\u202e张阳\u202c",
    "\ufeff", "\ufffe\uffff", "\ud800", "张\udfff阳", "😀" * 12, "👨‍👩‍👧", "'; DROP TABLE person; --", "%", "_%_",
    "=1+1", '=HYPERLINK("http://x","点我")', "@SUM(A1)", "+86 138 1234 5678", "-1", "NaN", "None", "null",
    "9" * 40, "x" * 10_000, "张" * 10_000, "\n".join(["行"] * 3_000), "a\r\nb", "<b>粗</b>", "../../etc/passwd",
    "１３８１２３４５６７８", "Robert'); --", "\\", '"', "\x1b[31m", "\x85\u2028\u2029",
]
ODD_NUMBERS = [0, -1, 1, -2**63 - 1, -2**63, 2**63 - 1, 2**63, 2**64, 10**30, -(10**30), NAN, INF, -INF, 3.5, -0.0,
               True, False, decimal.Decimal("NaN"), decimal.Decimal("1e400"), 10**6, 99_999]
ODD_DATES = [dt.date(1900, 1, 1), dt.date(3000, 1, 1), dt.date.max, dt.date.min, dt.datetime(9999, 12, 31, 23, 59),
             dt.datetime(1900, 1, 1), dt.datetime(3000, 1, 1), dt.datetime.min, TODAY + dt.timedelta(days=366),
             TODAY + dt.timedelta(days=1), dt.datetime.combine(TODAY + dt.timedelta(days=400), dt.time(9)),
             TODAY - dt.timedelta(days=1), dt.datetime.combine(TODAY, dt.time()), dt.date(1999, 12, 31),
             dt.time(12, 0)]
ODD_OTHERS = [None, [], {}, (), object(), b"\xff\xfe", bytearray(b"x"), [None], ["x"], [2**63], [-1], [1.5], [NAN],
              "12", {1, 2}, {"a": 1}, [[1]], range(3), (i for i in range(2))]

any_char = st.characters(codec=None, categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cs", "Co", "Cn"])
wild_text = st.one_of(st.sampled_from(ODD_TEXTS), st.text(any_char, max_size=40), st.text(max_size=300))
wild_number = st.one_of(st.sampled_from(ODD_NUMBERS), st.integers(), st.floats(allow_nan=True, allow_infinity=True))
wild_date = st.one_of(st.sampled_from(ODD_DATES), st.dates(), st.datetimes())
wild_other = st.sampled_from(ODD_OTHERS)
wild = st.one_of(wild_text, wild_number, wild_date, wild_other)

# Odd but of the right kind, so it passes the gate and reaches the duty's own rules.
PLAUSIBLE_TEXTS = [t for t in ODD_TEXTS if len(t) <= 5_000 and "\ud800" not in t and "\udfff" not in t] + [
    "字" * 31, "字" * 61, "字" * 101, "字" * 201, "字" * 501, "字" * 2_001, "字" * 4_999, "1" * 12, "+8613812345678"]
plausible_text = st.one_of(st.sampled_from(PLAUSIBLE_TEXTS), st.text(max_size=60))
plausible_number = st.one_of(st.sampled_from([0, -1, 1, 2, 7, 999_999, 10**6, 10**9, -10**9]),
                             st.integers(-10**9, 10**9))
EARLY, LATE = dt.date(2000, 1, 1), TODAY + dt.timedelta(days=366)
plausible_day = st.one_of(st.sampled_from([EARLY, TODAY, TODAY + dt.timedelta(days=1), TODAY - dt.timedelta(days=1),
                                           TODAY - dt.timedelta(days=400), LATE]), st.dates(EARLY, LATE))
plausible_moment = st.one_of(plausible_day.map(lambda d: dt.datetime.combine(d, dt.time())),
                             st.datetimes(dt.datetime(2000, 1, 1), dt.datetime.combine(LATE, dt.time())))


def odd_list(element: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.lists(element, max_size=4), st.lists(element, max_size=4), wild_other, wild_text, wild_number)


def odd_for(value: Any, folder: Path, depth: int = 0) -> st.SearchStrategy:
    """Odd replacements for a value of a good call: mostly of its own kind, sometimes anything."""
    if isinstance(value, bool):
        return st.one_of(st.booleans(), wild_number, wild)
    if isinstance(value, int):
        return st.one_of(plausible_number, plausible_number, wild_number, wild)
    if isinstance(value, Path):  # never odd text here: a file must only be written under the test's folder
        return st.one_of(odd_path(folder), odd_path(folder), wild_number, wild_date, wild_other)
    if isinstance(value, str):
        return st.one_of(plausible_text, plausible_text, plausible_text, wild_text, wild)
    if isinstance(value, dt.datetime):
        return st.one_of(plausible_moment, plausible_moment, plausible_day, wild_date, wild)
    if isinstance(value, dt.date):
        return st.one_of(plausible_day, plausible_day, plausible_moment, wild_date, wild)
    if isinstance(value, dt.time):
        return st.one_of(st.times(), wild_date, wild)
    if isinstance(value, models.BaseModel):
        return st.one_of(wild_other, wild_number, st.just(models.Operator(id=2**62, name="?")),
                         st.just(models.Person(id=-5, name="?")), st.just(models.Person(id=10**6, name="?")))
    if dataclasses.is_dataclass(value) and depth < 2:
        names = [f.name for f in dataclasses.fields(value)]
        fields = st.sampled_from(names).flatmap(
            lambda name: st.tuples(st.just(name), odd_for(getattr(value, name), folder, depth + 1)))
        changes = st.lists(fields, min_size=1, max_size=3).map(FieldChanges)
        return st.one_of(changes, changes, changes, wild_other, wild_text)
    if isinstance(value, (list, tuple)):
        first = value[0] if value else 1
        return st.one_of(odd_list(odd_for(first, folder, depth + 1)), wild)
    if value is None:
        return st.one_of(plausible_number, plausible_text, plausible_day, wild)
    return wild


def odd_path(folder: Path) -> st.SearchStrategy:
    """Paths under the test's folder only: an odd value must never write outside it (no leading
    ``/``, no ``..``: a backup or an export goes where it is told)."""
    def under(name: str) -> Any:
        return folder / name.replace("..", "_").lstrip("/\\")
    names = st.one_of(st.sampled_from(["", "nope.png", "a" * 300 + ".png", "子/目录/不存在.xlsx", "空.png", "文本.png",
                                       "\ud800.png", "x\x00y.png", "."]), st.text(any_char, max_size=20))
    return names.map(under)


@dataclasses.dataclass(frozen=True)
class FieldChanges:
    """Replace these fields of the good call's dataclass value."""

    changes: list[tuple[str, Any]]


def apply(call: dict[str, Any], changes: list[tuple[str, Any]]) -> dict[str, Any]:
    call = dict(call)
    for name, odd in changes:
        call[name] = _changed(call[name], odd)
    return call


def _changed(value: Any, odd: Any) -> Any:
    if isinstance(odd, FieldChanges) and dataclasses.is_dataclass(value):
        kwargs = {}
        for name, new in odd.changes:
            kwargs[name] = _changed(getattr(value, name), new)
        return dataclasses.replace(value, **kwargs)
    if isinstance(odd, FieldChanges):
        return None
    if isinstance(odd, list) and value and isinstance(value, (list, tuple)):  # odd elements of a good list
        return [_changed(value[0], item) for item in odd]
    return odd


# --- the station the calls act on ----------------------------------------------------------------


@pytest.fixture(scope="module")
def world_file(tmp_path_factory, seeded_database):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "desk.db"
    shutil.copyfile(seeded_database, path)
    desk_db.init_db(path, fast_unsafe=True)
    world = build_world(folder / "files")
    models.db.close()
    return path, world


@pytest.fixture
def world(database, world_file, tmp_path, monkeypatch) -> World:
    monkeypatch.chdir(tmp_path)  # and a relative path that slips through lands in the test's folder
    models.db.close()
    path, made = world_file
    shutil.copyfile(path, tmp_path / "desk.db")
    desk_db.init_db(tmp_path / "desk.db", fast_unsafe=True)
    folder = tmp_path / "files"
    shutil.copytree(made.folder, folder)
    (folder / "空.png").write_bytes(b"")
    (folder / "文本.png").write_text("不是照片", encoding="utf-8")
    return dataclasses.replace(made, folder=folder)


def fingerprint() -> str:
    """Every row of every table, hashed: a refused call must leave it equal."""
    digest = hashlib.sha256()
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        for row in models.db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall():
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# Columns that may hold a date ahead of today (a plan), all others record what happened.
AHEAD = {("event", "starts_at"), ("event", "ends_at"), ("campaign", "starts_on"), ("campaign", "ends_on"),
         ("hazard_report", "due_on"), ("wish", "wanted_by"), ("wish", "promised_on")}
EARLIEST = dt.date(2000, 1, 1)
TEXT_CAP = 2_000  # the longest free text a TextField may hold
MULTI_LINE = {"note", "description", "what_happened", "resolution", "fulfil_note"}
NOT_TEXT = {("audit_log", "before"), ("audit_log", "after"), ("notice", "params"), ("meta", "value")}


def stored_problems() -> list[str]:
    """What no call may store, whatever it was given."""
    problems = []
    latest_done = dt.datetime.now() + dt.timedelta(days=1, minutes=5)
    latest_plan = dt.datetime.now() + dt.timedelta(days=367)
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            column = field.column_name
            where = f"{table}.{column}"
            if isinstance(field, (pw.CharField, pw.TextField)) and (table, column) not in NOT_TEXT:
                cap = field.max_length if isinstance(field, pw.CharField) else TEXT_CAP
                for (value,) in model.select(field).where(field.is_null(False)).tuples():
                    if len(value) > cap:
                        problems.append(f"{where}: {len(value)} characters (at most {cap})")
                    lines_ok = column in MULTI_LINE or isinstance(field, pw.TextField)
                    if has_invisible(value.replace("\n", "") if lines_ok else value):
                        problems.append(f"{where}: invisible characters in {value[:40]!r}")
            elif isinstance(field, (pw.DateField, pw.DateTimeField)):
                for (value,) in model.select(field).where(field.is_null(False)).tuples():
                    if not isinstance(value, dt.date):
                        problems.append(f"{where}: {value!r} is not a date")
                        continue
                    moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
                    latest = latest_plan if (table, column) in AHEAD else latest_done
                    if not (dt.datetime.combine(EARLIEST, dt.time()) <= moment <= latest):
                        problems.append(f"{where}: {value} is outside {EARLIEST} … {latest:%Y-%m-%d}")
    return problems


# --- the test --------------------------------------------------------------------------------------

OPERATIONS = sorted(operations_in_the_services().items())


def test_every_operation_has_a_good_call():
    assert len(OPERATIONS) > 80
    missing = [name for name, function in OPERATIONS if function not in CALLS]
    assert missing == [], "add a good call to tests/hostile_support.CALLS for: " + ", ".join(missing)


def test_every_operation_passes_the_gate_first():
    """A new operation gets ``@checked`` (desk.services.common.inputs) and its type hints resolve."""
    unchecked = [name for name, function in OPERATIONS if not inputs.is_checked(function)]
    assert unchecked == [], "operations without @checked: " + ", ".join(unchecked)
    for name, function in OPERATIONS:
        assert inputs.hints_of(function), name


LOOKUPS = [accounts.get_operator, units.get_unit, events.get_event, campaigns.get_campaign, helps.get_help,
           reports.get_report, grids.get_grid, records.get_person, ledger.get_entry, stock.get_item,
           wish_categories.get_category]


@pytest.mark.parametrize("lookup", LOOKUPS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("odd", [2**63, 2**64, -1, 0, None, 1.5, NAN, "1", "\ud800", True, [1]], ids=repr)
def test_a_lookup_by_an_odd_id_finds_nothing(lookup, odd):
    with pytest.raises(NotFound):
        lookup(odd)


def test_a_file_name_too_long_for_the_disk_is_refused(world):
    from desk.services.common import attachments, backups
    from desk.services.people import export, importer, roster

    too_long = world.folder / ("名" * 200 + ".csv")
    admin = world.op()
    for call in (lambda: importer.import_file(too_long, admin), lambda: backups.back_up(admin, too_long),
                 lambda: export.export_roster(roster.roster_rows(), too_long, admin),
                 lambda: attachments.store(too_long, "wish", world.wish_open, admin)):
        with pytest.raises(DeskError):
            call()


def test_search_takes_any_text():
    for odd in ["\ud800", "x" * 4_000, "\u202d138\u202c", "%_'\"", "\x00", ""]:
        try:
            records.search(odd)
        except DeskError:
            pass


def _short(exc: BaseException) -> str:
    text = str(exc).replace("\n", " ")
    return f"{type(exc).__name__}: {text[:120]}"


@pytest.mark.parametrize("name,function", OPERATIONS, ids=[n.removeprefix("desk.services.") for n, _ in OPERATIONS])
def test_odd_input_is_refused_with_the_desks_own_error_and_changes_nothing(name: str, function: Callable, world):
    template = good_call(function, world)
    changes = st.lists(
        st.sampled_from(sorted(template)).flatmap(lambda key: st.tuples(st.just(key), odd_for(template[key],
                                                                                             world.folder))),
        min_size=1, max_size=2)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=RANDOM is False, database=None,
              suppress_health_check=list(HealthCheck))
    @given(changes=changes)
    def run(changes):
        with models.db.atomic() as transaction:
            call = apply(good_call(function, world), changes)
            before = fingerprint()
            COUNTS["calls"] += 1
            try:
                function(**call)
            except DeskError as refused:
                COUNTS["own errors"] += 1
                assert refused.template in CHINESE, f"no Chinese for {refused.template!r}"
                str(refused)  # formats with its values
                assert fingerprint() == before, f"{name} refused ({refused}) but changed the database"
            except Exception as other:  # noqa: BLE001 (exactly what this test looks for)
                COUNTS["other exceptions"] += 1
                OTHER[name][_short(other)] += 1
                if not COUNT_ONLY:
                    raise
            else:
                COUNTS["accepted"] += 1
                problems = stored_problems()
                if problems:
                    COUNTS["accepted but wrong"] += 1
                    OTHER[name]["stored: " + problems[0]] += 1
                    if not COUNT_ONLY:
                        raise AssertionError(f"{name} stored what it should have refused: {problems[:5]}")
            finally:
                transaction.rollback()

    run()


def teardown_module(module):
    if REPORT:
        Path(REPORT).write_text(json.dumps({"counts": dict(COUNTS), "by_operation": {
            name: dict(found) for name, found in sorted(OTHER.items())}}, ensure_ascii=False, indent=1),
            encoding="utf-8")

