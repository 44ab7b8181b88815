"""Who may act: PIN rules and hashing, sign-in and the wait after wrong PINs, roles, resets."""

import datetime as dt
import logging
import time

import pytest

from desk import db, models
from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import AuditLog, Operator
from desk.services.common import accounts
from desk.services.safety import access, operators, pins
from desk.services.safety.access import PinNotSet, PinWait, WrongPin

PIN = "2468"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """scrypt at full cost takes ~0.1 s a PIN; the rules are the same at a tiny cost."""
    monkeypatch.setattr(pins, "COST", (2**4, 8, 1))


def _with_pin(op, pin=PIN):
    Operator.update(pin_hash=pins.hash_pin(pin)).where(Operator.id == op.id).execute()
    return Operator.get_by_id(op.id)


# --- PIN rules and hashing ----------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["2468", "4829", "90817263", "482915", "long password 8", "一二三四五六七八", "1234567890"])
def test_good_pins_pass_the_rules(pin):
    assert pins.check_rules(pin)


@pytest.mark.parametrize("pin", ["", "123", "1234", "0000", "9876", "3210", "12345678", "abc1234", " 2468", "24\x0768",
                                 "x" * 65, None, 2468])
def test_weak_or_odd_pins_are_refused(pin):
    with pytest.raises(ValidationError):
        pins.check_rules(pin)


def test_full_width_digits_are_the_same_pin():
    stored = pins.hash_pin("２４６８")  # a Chinese input method left in full-width mode
    assert pins.verify("2468", stored)
    assert pins.check_rules("２４６８") == "2468"


def test_hash_is_salted_scrypt_with_its_parameters(monkeypatch):
    monkeypatch.setattr(pins, "COST", (2**15, 8, 1))  # the real cost
    started = time.perf_counter()
    stored = pins.hash_pin(PIN)
    seconds = time.perf_counter() - started
    algorithm, n, r, p, salt, key = stored.split("$")
    assert (algorithm, n, r, p) == ("scrypt", "32768", "8", "1")
    assert len(stored) <= Operator.pin_hash.max_length
    assert PIN not in stored
    assert stored != pins.hash_pin(PIN)  # a fresh salt every time
    assert pins.verify(PIN, stored) and not pins.verify("2469", stored)
    assert seconds < 5, f"one hash took {seconds:.2f} s"


@pytest.mark.parametrize("stored", ["", None, "plain", "scrypt$16$8$1$AAAA$BBBB", "scrypt$1073741824$8$1$c2FsdHNhbHQ=$" + "A" * 44,
                                    "md5$x", "scrypt$17$8$1$c2FsdHNhbHQ=$" + "A" * 44])
def test_a_malformed_or_tampered_hash_never_matches(stored):
    started = time.perf_counter()
    assert not pins.verify(PIN, stored)
    assert time.perf_counter() - started < 1  # a huge n in the file is refused, not computed


def test_weaker_hashes_are_renewed_at_sign_in(admin, monkeypatch):
    op = _with_pin(admin)
    monkeypatch.setattr(pins, "COST", (2**5, 8, 1))
    assert pins.needs_rehash(op.pin_hash)
    access.sign_in(op.id, PIN)
    renewed = Operator.get_by_id(op.id).pin_hash
    assert renewed.startswith("scrypt$32$") and not pins.needs_rehash(renewed)


# --- sign-in and the wait after wrong PINs ------------------------------------------------------


def test_right_pin_signs_in(admin):
    op = _with_pin(admin)
    assert access.sign_in(op.id, PIN).id == op.id


def test_wait_schedule():
    assert [access.wait_after(n) for n in range(1, 11)] == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]


def test_three_free_tries_then_an_increasing_wait(admin):
    op = _with_pin(admin)
    t0 = dt.datetime(2024, 5, 1, 9, 0, 0)
    for left in (2, 1):
        with pytest.raises(WrongPin) as wrong:
            access.sign_in(op.id, "1357", at=t0)
        assert wrong.value.tries_left == left and wrong.value.wait_seconds == 0
    with pytest.raises(WrongPin) as third:
        access.sign_in(op.id, "1357", at=t0)
    assert third.value.wait_seconds == 30
    # While waiting, even the right PIN is not checked.
    with pytest.raises(PinWait) as waiting:
        access.sign_in(op.id, PIN, at=t0 + dt.timedelta(seconds=10))
    assert waiting.value.seconds == 20
    with pytest.raises(WrongPin) as fourth:
        access.sign_in(op.id, "1357", at=t0 + dt.timedelta(seconds=31))
    assert fourth.value.wait_seconds == 60
    assert access.wait_left(op.id, at=t0 + dt.timedelta(seconds=31)) == 60
    # The right PIN after the wait clears the count.
    assert access.sign_in(op.id, PIN, at=t0 + dt.timedelta(seconds=92)).id == op.id
    with pytest.raises(WrongPin) as again:
        access.sign_in(op.id, "1357", at=t0 + dt.timedelta(seconds=100))
    assert again.value.tries_left == 2


def test_the_wait_survives_a_restart(admin, tmp_path):
    op = _with_pin(admin)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(op.id, "1357")
    models.db.close()
    db.init_db(tmp_path / "desk.db", fast_unsafe=True)  # the desk is closed and opened again
    assert 0 < access.wait_left(op.id) <= 30
    with pytest.raises(PinWait):
        access.sign_in(op.id, PIN)


def test_a_clock_set_back_does_not_make_the_wait_endless(admin):
    op = _with_pin(admin)
    t0 = dt.datetime(2024, 5, 1, 9, 0, 0)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(op.id, "1357", at=t0)
    assert access.wait_left(op.id, at=t0 - dt.timedelta(days=2)) == access.MAX_WAIT_S


def test_waits_are_per_operator(admin, volunteer):
    boss, helper = _with_pin(admin), _with_pin(volunteer, "5791")
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(boss.id, "1357")
    assert access.sign_in(helper.id, "5791").id == helper.id


def test_wrong_pins_are_audited_when_they_cost_a_wait(admin):
    op = _with_pin(admin)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(op.id, "1357")
    row = AuditLog.get(AuditLog.action == "operator.pin_wait")
    assert row.entity_id == op.id and '"wait_seconds": 30' in row.after


def test_deactivated_operator_cannot_sign_in(admin, volunteer):
    helper = _with_pin(volunteer)
    operators.deactivate(helper.id, by=admin)
    with pytest.raises(PermissionDenied):
        access.sign_in(helper.id, PIN)
    assert helper.id not in [c.id for c in access.choices()]


# --- upgraded desks: operators without a PIN ----------------------------------------------------


def test_operator_without_pin_is_asked_to_choose_one(admin):
    with pytest.raises(PinNotSet):
        access.sign_in(admin.id, PIN)
    assert access.set_first_pin(admin.id, PIN).pin_hash
    assert access.sign_in(admin.id, PIN).id == admin.id
    with pytest.raises(Conflict):  # the second claim of the same account
        access.set_first_pin(admin.id, "1357")
    assert AuditLog.get(AuditLog.action == "operator.pin_set").operator_id == admin.id


def test_after_an_upgrade_the_administrator_sets_a_pin_first(admin, volunteer):
    assert access.admins_must_set_pin_first()
    assert [c.name for c in access.choices()] == [admin.name]
    with pytest.raises(PermissionDenied):
        access.set_first_pin(volunteer.id, "5791")
    access.set_first_pin(admin.id, PIN)
    assert {c.name for c in access.choices()} == {admin.name, volunteer.name}
    assert access.set_first_pin(volunteer.id, "5791").pin_hash


def test_first_admin_gets_a_pin(database):
    op = operators.add_first_admin("刘主任", PIN)
    assert op.role == "admin" and access.sign_in(op.id, PIN).id == op.id
    with pytest.raises(Conflict):
        operators.add_first_admin("又一个", PIN)


def test_first_admin_needs_a_good_pin(database):
    with pytest.raises(ValidationError):
        operators.add_first_admin("刘主任", "1111")
    assert not Operator.select().exists()


# --- who may add, raise, reset, deactivate ------------------------------------------------------


def test_volunteer_may_add_a_fellow_volunteer_only(volunteer):
    new = operators.add_operator("小陈", "volunteer", "5791", by=volunteer)
    assert new.role == "volunteer" and access.sign_in(new.id, "5791")
    for role in ("staff", "admin"):
        with pytest.raises(PermissionDenied):
            operators.add_operator("某人", role, "5791", by=volunteer)
    assert not Operator.select().where(Operator.name == "某人").exists()


def test_staff_cannot_add_an_admin_or_raise_a_role(staff, volunteer):
    with pytest.raises(PermissionDenied):
        operators.add_operator("某人", "admin", "5791", by=staff)
    with pytest.raises(PermissionDenied):
        operators.change_role(volunteer.id, "admin", by=staff)
    with pytest.raises(PermissionDenied):
        operators.change_role(staff.id, "admin", by=staff)


def test_admin_adds_staff_with_a_pin(admin):
    op = operators.add_operator("李社工", "staff", "5791", by=admin)
    assert op.role == "staff" and access.sign_in(op.id, "5791")
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity_id == op.id).order_by(AuditLog.id)]
    assert actions == ["operator.add", "operator.pin_set"]


def test_nobody_on_duty_adds_nobody(admin):
    with pytest.raises(PermissionDenied):
        operators.add_operator("某人", "volunteer", "5791", by=None)


def test_admin_resets_a_forgotten_pin_and_clears_the_wait(admin, volunteer):
    helper = _with_pin(volunteer)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(helper.id, "1357")
    operators.reset_pin(helper.id, "5791", by=admin)
    assert access.wait_left(helper.id) == 0
    assert access.sign_in(helper.id, "5791").id == helper.id


def test_only_an_admin_resets_a_pin(staff, volunteer):
    with pytest.raises(PermissionDenied):
        operators.reset_pin(volunteer.id, "5791", by=staff)


def test_roles_change_but_the_desk_keeps_an_administrator(admin, staff):
    with pytest.raises(Conflict):
        operators.change_role(admin.id, "staff", by=admin)
    operators.change_role(staff.id, "admin", by=admin)
    operators.change_role(admin.id, "volunteer", by=admin)
    assert Operator.get_by_id(admin.id).role == "volunteer"
    # The demoted admin's old session object no longer manages anything.
    with pytest.raises(PermissionDenied):
        operators.change_role(staff.id, "volunteer", by=admin)
    row = AuditLog.get((AuditLog.action == "operator.role") & (AuditLog.entity_id == admin.id))
    assert '"admin"' in row.before and '"volunteer"' in row.after


def test_deactivate_and_reactivate(admin, volunteer):
    with pytest.raises(Conflict):
        operators.deactivate(admin.id, by=admin)  # not yourself
    operators.deactivate(volunteer.id, by=admin)
    assert not Operator.get_by_id(volunteer.id).active
    with pytest.raises(PermissionDenied):  # a deactivated operator acts no more
        operators.add_operator("小陈", "volunteer", "5791", by=volunteer)
    operators.reactivate(volunteer.id, by=admin)
    assert Operator.get_by_id(volunteer.id).active


def test_last_admin_cannot_be_deactivated(admin, staff):
    operators.change_role(staff.id, "admin", by=admin)
    operators.deactivate(admin.id, by=staff)
    with pytest.raises(Conflict):
        operators.change_role(staff.id, "staff", by=staff)


def test_change_own_pin_checks_the_old_one(volunteer, admin):
    helper = _with_pin(volunteer)
    with pytest.raises(WrongPin):
        access.change_own_pin(helper, "1357", "5791")
    with pytest.raises(ValidationError):  # a bad new PIN costs no try
        access.change_own_pin(helper, PIN, "1111")
    access.change_own_pin(helper, PIN, "5791")
    assert access.sign_in(helper.id, "5791")
    assert AuditLog.get(AuditLog.action == "operator.pin_changed").operator_id == helper.id


def test_operator_rows_say_who_has_a_pin_and_who_waits(admin, volunteer):
    _with_pin(admin)
    helper = _with_pin(volunteer)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(helper.id, "1357")
    rows = {r.name: r for r in operators.operator_rows()}
    assert rows[admin.name].has_pin and rows[admin.name].wait_seconds == 0
    assert rows[volunteer.name].wait_seconds > 0


# --- secrets stay secret ------------------------------------------------------------------------


def test_pins_and_hashes_never_reach_the_audit_rows_or_the_log(admin, caplog):
    caplog.set_level(logging.DEBUG)
    operators.reset_pin(admin.id, "9517", by=admin)
    op = operators.add_operator("小陈", "volunteer", "35798642", by=admin)
    access.change_own_pin(op, "35798642", "86420975")
    with pytest.raises(WrongPin):
        access.sign_in(op.id, "11223344")
    accounts.add_operator("旧式", "volunteer", by=admin)  # a snapshot of a whole operator row
    hashes = [o.pin_hash for o in Operator.select() if o.pin_hash]
    audit_texts = [r.before + r.after for r in AuditLog.select()]
    assert not any("pin_hash" in text for text in audit_texts)
    for secret in ["9517", "35798642", "86420975", "11223344", *hashes]:
        assert not any(secret in text for text in audit_texts + [caplog.text]), secret


# --- the idle lock setting ----------------------------------------------------------------------


def test_admin_sets_the_idle_lock(admin, volunteer, tmp_path):
    from desk.config import Settings

    settings = Settings()
    assert settings.idle_lock_minutes == 10
    operators.set_idle_lock(settings, tmp_path, 3, by=admin)
    assert Settings.load(tmp_path).idle_lock_minutes == 3
    row = AuditLog.get(AuditLog.action == "settings.idle_lock")
    assert '"idle_lock_minutes": 10' in row.before and '"idle_lock_minutes": 3' in row.after
    with pytest.raises(PermissionDenied):
        operators.set_idle_lock(settings, tmp_path, 0, by=volunteer)
    for bad in (-1, 241, "5", True):
        with pytest.raises(ValidationError):
            operators.set_idle_lock(settings, tmp_path, bad, by=admin)
    assert Settings.load(tmp_path).idle_lock_minutes == 3


# --- desk reset-pin -----------------------------------------------------------------------------


def test_reset_pin_from_the_command_line(admin, tmp_path, capsys):
    from desk import cli

    _with_pin(admin)
    for _ in range(3):
        with pytest.raises(WrongPin):
            access.sign_in(admin.id, "1357")
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("97531\n", encoding="utf-8")
    assert cli.main(["reset-pin", "--data-dir", str(tmp_path), "--operator", admin.name, "--pin-file", str(pin_file)]) == 0
    out = capsys.readouterr().out
    assert "97531" not in out and admin.name in out
    assert access.sign_in(admin.id, "97531").id == admin.id
    row = AuditLog.get(AuditLog.action == "operator.pin_reset")
    assert "desk reset-pin" in row.after and "97531" not in row.after


def test_reset_pin_asks_twice_on_the_terminal(admin, tmp_path, monkeypatch, capsys):
    import getpass
    import sys

    from desk import cli

    answers = iter(["97531", "97531"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert cli.main(["reset-pin", "--data-dir", str(tmp_path), "--operator", admin.name]) == 0
    assert access.sign_in(admin.id, "97531")

    differ = iter(["97531", "97532"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(differ))
    assert cli.main(["reset-pin", "--data-dir", str(tmp_path), "--operator", admin.name]) == 1


def test_reset_pin_refuses_unknown_names_and_weak_pins(admin, tmp_path, capsys):
    from desk import cli

    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("1111\n", encoding="utf-8")
    assert cli.main(["reset-pin", "--data-dir", str(tmp_path), "--operator", "谁", "--pin-file", str(pin_file)]) == 2
    assert admin.name in capsys.readouterr().err
    assert cli.main(["reset-pin", "--data-dir", str(tmp_path), "--operator", admin.name, "--pin-file", str(pin_file)]) == 1
    assert not Operator.get_by_id(admin.id).pin_hash
