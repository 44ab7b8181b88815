"""Check-in: visits (service person-times) and the desk's counters.

Submodules: visits.
"""

from desk.services.checkin.visits import (  # noqa: F401 (the duty's public surface)
    REPEAT_WINDOW,
    default_services,
    last_visit,
    usual_services,
    recent_visit,
    CheckInResult,
    check_in,
    void_visit,
    VisitRow,
    visits_between,
    day_bounds,
    month_bounds,
    year_bounds,
    Tally,
    tally,
    counters,
)
