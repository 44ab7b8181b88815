"""Grid reports (文明随手拍) and the Caring Rider Team's help records (一老一小).

Submodules:
- ``reports``: record a report (``record_report``, ``add_photos``) and work it through its
  states (``confirm_report``, ``dispatch_report``, ``resolve_report``, ``reject_report``,
  ``mark_duplicate``, ``reopen_report``, ``void_report``); the "report.resolved" check-in notice;
- ``states``: the state machine, written once;
- ``photos``: ``check_photo``, and removing a reporter's photos when they are erased;
- ``queries``: ``categories``, ``staff_members``, ``reports``, ``report_detail``, ``likely_duplicates``;
- ``help``: ``record_help``, ``confirm_help``, ``update_help``, ``void_help``, ``help_records``
  (the helped person's details only for ``help.view_sensitive``);
- ``team``: ``team_members``, ``set_caring_team`` (from people);
- ``figures``: ``figures(start, end)``, the period's figures for the overview and the monthly workbook.

Importing this package registers the notice kind and the erase hook.
"""

from desk.services.grid.reports import (  # noqa: F401 (the duty's public surface)
    NOTICE_KIND,
    ReportInput,
    ReportResult,
    add_photos,
    confirm_report,
    dispatch_report,
    get_report,
    mark_duplicate,
    record_report,
    reject_report,
    reopen_report,
    reporter_answer,
    resolve_report,
    void_report,
)
from desk.services.grid.photos import MAX_PHOTOS, check_photo  # noqa: F401
from desk.services.grid.help import (  # noqa: F401
    HelpInput,
    HelpResult,
    HelpRow,
    confirm_help,
    help_records,
    help_row,
    may_see_sensitive,
    record_help,
    update_help,
    void_help,
)
from desk.services.grid.queries import (  # noqa: F401
    ReportFilter,
    ReportRow,
    categories,
    likely_duplicates,
    report_detail,
    list_reports,
    staff_members,
)
from desk.services.grid.figures import GridFigures, figures  # noqa: F401
from desk.services.grid.team import TeamRow, set_caring_team, team_members  # noqa: F401
