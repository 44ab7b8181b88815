"""The stock ledger: receipts, corrections, the catalog, and never below zero."""

import datetime as dt

import pytest

from desk.errors import Conflict, PermissionDenied, ValidationError
from desk.models import AuditLog, GiftItem, StockMove, db
from desk.services.stock import ledger as stock


@pytest.fixture
def mooncakes():
    return GiftItem.get(GiftItem.name == "月饼")


def test_receive_adds_to_on_hand_and_is_audited(staff, mooncakes):
    move = stock.receive(mooncakes.id, 200, staff, donor="筑业物业公司", moved_on=dt.date.today())
    assert stock.on_hand(mooncakes.id) == 200
    assert stock.on_hand_all()[mooncakes.id] == 200
    assert move.kind == "receive" and move.donor == "筑业物业公司"
    assert AuditLog.select().where(AuditLog.action == "stock.receive").count() == 1


@pytest.mark.parametrize("qty", [0, -5, "abc", 2.5, 10_001, 100_000, 1_000_000])
def test_receive_refuses_bad_quantities(staff, mooncakes, qty):
    with pytest.raises(ValidationError):
        stock.receive(mooncakes.id, qty, staff)
    assert StockMove.select().count() == 0


def test_receive_refuses_retired_item(staff, mooncakes):
    stock.retire_item(mooncakes.id, staff)
    with pytest.raises(ValidationError, match="retired"):
        stock.receive(mooncakes.id, 10, staff)
    assert stock.on_hand(mooncakes.id) == 0
    stock.retire_item(mooncakes.id, staff, retired=False)
    stock.receive(mooncakes.id, 10, staff)
    assert stock.on_hand(mooncakes.id) == 10


def test_receive_refuses_future_date(staff, mooncakes):
    with pytest.raises(ValidationError):
        stock.receive(mooncakes.id, 5, staff, moved_on=dt.date.today() + dt.timedelta(days=1))


def test_adjust_needs_reason_and_staff(staff, volunteer, mooncakes):
    stock.receive(mooncakes.id, 10, staff)
    with pytest.raises(ValidationError):
        stock.adjust(mooncakes.id, -2, "  ", staff)
    with pytest.raises(PermissionDenied):
        stock.adjust(mooncakes.id, -2, "damaged", volunteer)
    with pytest.raises(ValidationError):
        stock.adjust(mooncakes.id, 0, "damaged", staff)
    stock.adjust(mooncakes.id, -2, "damaged", staff)
    stock.adjust(mooncakes.id, 1, "returned", staff)
    assert stock.on_hand(mooncakes.id) == 9


def test_stock_never_goes_below_zero(staff, mooncakes):
    stock.receive(mooncakes.id, 3, staff)
    with pytest.raises(ValidationError, match="Only 3"):
        stock.adjust(mooncakes.id, -4, "lost", staff)
    with pytest.raises(ValidationError):
        with db.atomic():
            stock.move(mooncakes.id, -4, "distribute", staff)
    assert stock.on_hand(mooncakes.id) == 3
    assert StockMove.select().count() == 1


def test_move_rolls_back_with_caller(staff, mooncakes):
    stock.receive(mooncakes.id, 5, staff)
    with pytest.raises(RuntimeError):
        with db.atomic():
            stock.move(mooncakes.id, -2, "redeem", staff, source_type="redemption", source_id=1)
            raise RuntimeError("the caller's next step failed")
    assert stock.on_hand(mooncakes.id) == 5


def test_move_refuses_unknown_kind(staff, mooncakes):
    with pytest.raises(ValidationError):
        stock.move(mooncakes.id, 1, "gift", staff)


def test_catalog_add_rename_retire(staff, volunteer):
    with pytest.raises(PermissionDenied):
        stock.add_item("保温杯", "个", volunteer)
    cup = stock.add_item("保温杯", "个", staff)
    with pytest.raises(ValidationError):
        stock.add_item("保温杯", "个", staff)
    with pytest.raises(ValidationError):
        stock.add_item("毛巾", "", staff)
    stock.rename_item(cup.id, "不锈钢保温杯", "只", staff)
    assert GiftItem.get_by_id(cup.id).unit == "只"
    stock.retire_item(cup.id, staff)
    assert cup.id not in [i.id for i in stock.items()]
    with pytest.raises(Conflict):
        stock.retire_item(cup.id, staff)


def test_moves_lists_newest_first(staff, mooncakes):
    stock.receive(mooncakes.id, 5, staff, donor="A")
    stock.adjust(mooncakes.id, -1, "damaged", staff)
    rows = stock.moves(mooncakes.id)
    assert [r.delta for r in rows] == [-1, 5]
    assert rows[1].donor == "A" and rows[0].operator == staff.name


def test_receiving_and_moving_stock_need_permission_and_stay_bounded(volunteer, staff, mooncakes):
    """A volunteer cannot receive goods, and no single move, even a correction, goes past the bound."""
    with pytest.raises(PermissionDenied):
        stock.receive(mooncakes.id, 5, volunteer)
    with pytest.raises(PermissionDenied):
        stock.move(mooncakes.id, 5, "receive", volunteer)
    with pytest.raises(ValidationError):
        stock.move(mooncakes.id, stock.QTY_MAX + 1, "receive", staff)
    with pytest.raises(ValidationError):
        stock.adjust(mooncakes.id, stock.QTY_MAX + 1, "count correction", staff)
    with pytest.raises(ValidationError):  # a "returned by void" line belongs to the record voided
        stock.move(mooncakes.id, 5, "void", volunteer)
    assert StockMove.select().count() == 0
