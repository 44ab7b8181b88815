"""Points: the append-only ledger, rules, and the points supermarket (``rewards``).

Submodules: ledger, point_rules, rewards.
"""

from desk.services.points.ledger import (  # noqa: F401 (the duty's public surface)
    NOTE_MAX,
    REDEMPTION,
    SOURCE_NAMES,
    PERIODS,
    earning_person,
    award,
    award_many,
    check_reversible,
    reverse_line,
    get_entry,
    reverse,
    reverse_for_source,
    balance,
    StatementRow,
    statement,
    period_start,
    LeaderRow,
    leaderboard,
    check_ledger,
    PointsSummary,
    summary,
)
from desk.services.points.point_rules import (  # noqa: F401 (the duty's public surface)
    RULE_NAME_MAX,
    POINTS_CAP,
    rules,
    get_rule,
    whole,
    add_rule,
    update_rule,
    retire_rule,
)
