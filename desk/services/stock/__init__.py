"""The stock ledger: goods received, adjusted, handed out and redeemed; never below zero.

Submodules: ledger.
"""

from desk.services.stock.ledger import (  # noqa: F401 (the duty's public surface)
    NAME_MAX,
    UNIT_MAX,
    DONOR_MAX,
    QTY_MAX,
    MOVE_KINDS,
    ADJUST_REASONS,
    on_hand,
    on_hand_of,
    on_hand_all,
    items,
    get_item,
    MoveRow,
    moves,
    donors,
    move,
    receive,
    adjust,
    add_item,
    rename_item,
    retire_item,
)
