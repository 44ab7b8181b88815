"""The audit viewer's queries: filters, pages, readable changes, a formula-safe export, and no
way anywhere in the desk to edit or delete an audit row."""

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.errors import PermissionDenied, ValidationError
from desk.models import AuditLog, ServiceType
from desk.services.checkin import visits as checkin
from desk.services.common import accounts
from desk.services.people import records as people
from desk.services.people.records import PersonInput
from desk.services.points import ledger as points
from desk.services.safety import audit_log
from desk.services.safety.audit_log import AuditFilter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def station(admin, volunteer):
    """Two riders, a check-in each, a correction, a void, points: the rows an admin looks through."""
    water = [ServiceType.get(ServiceType.code == "water").id]
    zhang = people.create_person(PersonInput(name="张阳", phone="13812345678", platform="美团"), volunteer)
    li = people.create_person(PersonInput(name="李娜", phone="13900001111", platform="饿了么"), volunteer)
    visit = checkin.check_in(zhang.id, water, volunteer)
    checkin.check_in(li.id, water, volunteer)
    people.update_person(zhang.id, PersonInput(name="张阳", phone="13812345678", platform="顺丰"), admin)
    checkin.void_visit(visit.id, "重复登记", admin)
    points.award(li.id, "activity", volunteer)
    return {"zhang": zhang, "li": li, "visit": visit}


def test_only_an_admin_reads_the_log(station, volunteer, staff):
    for who in (volunteer, staff):
        with pytest.raises(PermissionDenied):
            audit_log.page(AuditFilter(), who)


def test_newest_first_with_operator_time_record_and_changes(station, admin):
    rows = audit_log.page(AuditFilter(), admin).rows
    assert rows[0].action == "points.award" and rows[0].operator_name == "王阿姨"
    update = next(r for r in rows if r.action == "person.update")
    assert update.operator_name == "管理员" and update.entity == "person" and update.entity_id == station["zhang"].id
    changed = {c.field: (c.before, c.after) for c in update.changes()}
    assert changed["platform"] == ("美团", "顺丰")
    assert "name" not in changed  # unchanged fields are left out
    assert "platform: 美团 → 顺丰" in update.summary()
    void = next(r for r in rows if r.action == "visit.void")
    assert "void_reason" in {c.field for c in void.changes()}


def test_filter_by_operator_kind_and_person(station, admin, volunteer):
    by_admin = audit_log.page(AuditFilter(operator_id=admin.id), admin).rows
    assert {r.action for r in by_admin} == {"person.update", "visit.void", "operator.add"}
    visits = audit_log.page(AuditFilter(kind="visit"), admin).rows
    assert {r.action for r in visits} == {"visit.check_in", "visit.void"}
    pts = audit_log.page(AuditFilter(kind="points"), admin).rows
    assert [r.action for r in pts] == ["points.award"]
    zhang = audit_log.page(AuditFilter(person_id=station["zhang"].id), admin).rows
    assert {r.action for r in zhang} == {"person.create", "visit.check_in", "person.update", "visit.void"}
    assert all(r.person_name == "张阳" for r in zhang)
    li = audit_log.page(AuditFilter(person_id=station["li"].id, kind="points"), admin).rows
    assert len(li) == 1 and li[0].person_name == "李娜"
    assert audit_log.count(AuditFilter(person_id=station["li"].id), admin) == 3


def test_filter_by_whole_days(station, admin):
    rows = list(AuditLog.select().order_by(AuditLog.id))
    # Spread the rows over three days (test set-up only: the desk itself never moves an audit row).
    for i, row in enumerate(rows):
        AuditLog.update(at=dt.datetime(2024, 5, 1 + i % 3, 23, 59, 59)).where(AuditLog.id == row.id).execute()
    day2 = audit_log.page(AuditFilter(since=dt.date(2024, 5, 2), until=dt.date(2024, 5, 2)), admin).rows
    assert {r.id for r in day2} == {row.id for i, row in enumerate(rows) if i % 3 == 1}
    from_day2 = audit_log.count(AuditFilter(since=dt.date(2024, 5, 2)), admin)
    assert from_day2 == len([i for i in range(len(rows)) if i % 3 >= 1])
    with pytest.raises(ValidationError):
        audit_log.page(AuditFilter(since=dt.date(2024, 5, 3), until=dt.date(2024, 5, 1)), admin)


def test_pages_and_more(station, admin):
    everything = audit_log.page(AuditFilter(), admin).rows
    first = audit_log.page(AuditFilter(), admin, limit=3)
    assert first.more and [r.id for r in first.rows] == [r.id for r in everything[:3]]
    second = audit_log.page(AuditFilter(), admin, before_id=first.rows[-1].id, limit=100)
    assert not second.more and [r.id for r in second.rows] == [r.id for r in everything[3:]]


def test_person_filter_uses_the_index(station, admin):
    from desk.models import db

    query = audit_log._query(AuditFilter(person_id=station["zhang"].id), None, 10)
    sql, params = query.sql()
    plan = " ".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "audit_log_person_id" in plan


def test_export_is_formula_safe_text_and_audited(station, admin, tmp_path):
    sneaky = accounts.add_operator("=1+2", "volunteer", by=admin)
    people.create_person(PersonInput(name="@SUM(A1)", note="+cmd|' /C calc'!A0"), sneaky)
    result = audit_log.export_xlsx(AuditFilter(), tmp_path / "audit", admin)
    assert result.path.suffix == ".xlsx" and result.rows == AuditLog.select().count() - 1
    sheet = load_workbook(result.path)["Audit log"]
    rows = list(sheet.iter_rows(values_only=False))
    assert [c.value for c in rows[0]][:3] == ["Time", "Operator", "What"]
    for row in rows[1:]:
        assert isinstance(row[0].value, dt.datetime)
        for cell in row[1:5] + row[6:]:
            if cell.value is not None:  # an empty text cell reads back as nothing
                assert cell.data_type == "s", (cell.coordinate, cell.value)
    texts = [c.value for row in rows for c in row]
    assert "=1+2" in texts  # the operator's name, kept as text
    assert any(str(t).startswith("@SUM(A1) #") for t in texts)  # the person column
    assert AuditLog.select().where(AuditLog.action == "audit.export").count() == 1


def test_export_keeps_to_the_filter_and_translates_through_the_label(station, admin, tmp_path):
    labels = {"Time": "时间", "check-in": "到访签到", "Audit log": "审计日志"}
    result = audit_log.export_xlsx(AuditFilter(kind="visit"), tmp_path / "visits.xlsx", admin,
                                   label=lambda ctx, text: labels.get(text, text))
    sheet = load_workbook(result.path)["审计日志"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "时间" and len(values) == 1 + 3
    assert {row[3] for row in values[1:]} == {"visit.check_in", "visit.void"}
    assert "到访签到" in {row[2] for row in values[1:]}


# Erasing a person's personal data scrubs their audit rows: the erase function and each duty's
# hook it calls (``forget_*``) are the one path allowed to rewrite an audit row.
ERASE_WORDS = ("erase", "forget", "anonymis", "scrub")


def _functions():
    """(file, function name, source) of every function in the desk, and (file, "<module>", source)
    for the schema steps, whose module-level ``up`` may fill a new column of old rows."""
    import ast

    for path in sorted((ROOT / "desk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield rel, node, ast.get_source_segment(text, node) or ""


def _allowed(rel: str, name: str) -> bool:
    if rel == "desk/migrations/v0008_safety_access.py":  # fills audit_log.person_id of old rows, once
        return True
    return any(word in name.lower() for word in ERASE_WORDS)


def test_the_desk_never_edits_or_deletes_audit_rows():
    """No query anywhere in the desk updates or deletes audit rows, except the erase path."""
    patterns = [
        re.compile(r"AuditLog\s*\.\s*(update|delete|replace|bulk_update|truncate_table|drop_table)\b"),
        re.compile(r"(UPDATE|DELETE\s+FROM|REPLACE\s+INTO|DROP\s+TABLE)\s+\"?audit_log", re.IGNORECASE),
    ]
    offenders = [f"{rel} {func.name}: {m.group(0)}" for rel, func, source in _functions()
                 if not _allowed(rel, func.name) for pattern in patterns for m in pattern.finditer(source)]
    assert offenders == []


def test_no_audit_row_is_saved_again_or_deleted_once_read():
    """A row read from AuditLog and then ``.save()``-d or ``.delete_instance()``-d edits history."""
    import ast

    offenders = []
    for rel, func, _source in _functions():
        if _allowed(rel, func.name):
            continue
        rows = set()
        for node in ast.walk(func):
            source = None
            if isinstance(node, ast.Assign):
                source, targets = node.value, node.targets
            elif isinstance(node, ast.For):
                source, targets = node.iter, [node.target]
            if source is not None and "AuditLog" in ast.unparse(source):
                rows |= {t.id for t in targets if isinstance(t, ast.Name)}
        for node in ast.walk(func):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("save", "delete_instance")
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in rows):
                offenders.append(f"{rel}:{node.lineno} ({func.name})")
    assert offenders == []


def test_the_erase_path_is_the_one_that_touches_audit_rows():
    """The allowance is not empty words: the erase path does rewrite audit rows, under those names."""
    touching = {func.name for rel, func, source in _functions()
                if "AuditLog" in source and ".save()" in source and _allowed(rel, func.name)}
    assert touching, "no erase function rewrites audit rows any more: drop the allowance"
