"""Community events (活动签到): set up, registrations, attendance with points, figures.

Operations: ``create_event``, ``update_event``, ``cancel_event`` (reverses attendance points),
``template_from`` (copy a past event), ``register`` / ``unregister`` (capacity warned through
the result), ``mark_present`` / ``mark_new_person`` (walk-ins registered in the same step),
``mark_many`` (a signed paper sheet), ``mark_all_registered``, ``remove_attendance``.
Queries: ``list_events``, ``event_row``, ``registrations``, ``attendances``, ``events_of_person``,
``figures`` (the one the monthly workbook uses).

Submodules: events, registrations, attendance, queries, figures.
"""

from desk.services.events.events import (  # noqa: F401 (the duty's public surface)
    CATEGORIES,
    DEFAULT_PLACE,
    POINT_RULE,
    ATTENDANCE_SOURCE,
    EventInput,
    CancelResult,
    point_rule,
    default_points,
    get_event,
    create_event,
    update_event,
    event_input,
    template_from,
    cancel_event,
)
from desk.services.events.registrations import (  # noqa: F401
    RegistrationResult,
    live_registrations,
    registered_count,
    register,
    roster_for,
    unregister,
)
from desk.services.events.attendance import (  # noqa: F401
    AttendanceResult,
    BulkAttendanceResult,
    mark_present,
    mark_new_person,
    mark_many,
    not_yet_signed_in,
    mark_all_registered,
    may_remove,
    remove_attendance,
)
from desk.services.events.queries import (  # noqa: F401
    UPCOMING,
    PAST,
    ALL,
    EventRow,
    list_events,
    event_row,
    events_of_person,
    RegistrationRow,
    registrations,
    AttendanceRow,
    attendances,
    unit_names,
)
from desk.services.events.figures import (  # noqa: F401
    CategoryFigures,
    EventFigures,
    figures,
    month_figures,
    year_figures,
)
