"""Safety: who may act at the desk, and what they did.

Submodules:
- ``pins``: PIN rules; ``hash_pin`` / ``verify`` (scrypt, salted, parameters in the hash).
- ``access``: ``sign_in`` (with the wait after wrong PINs), ``set_first_pin`` (upgraded desks),
  ``change_own_pin``, ``reset_pin_from_command_line`` (``desk reset-pin``), ``choices``.
- ``operators``: the operators' set-up for administrators: ``add_first_admin``, ``add_operator``,
  ``reset_pin``, ``change_role``, ``deactivate``, ``reactivate``, ``set_idle_lock``, ``operator_rows``.
- ``audit_log``: the audit viewer's ``page`` / ``count`` / ``export_xlsx`` with ``AuditFilter``.

The lock of one desk per data folder is ``desk.store.desk_lock`` (no database needed).
"""

from desk.services.safety.access import (  # noqa: F401 (the duty's public surface)
    FREE_TRIES,
    PinNotSet,
    PinWait,
    SignInChoice,
    WrongPin,
    change_own_pin,
    choices,
    reset_pin_from_command_line,
    set_first_pin,
    sign_in,
    wait_after,
    wait_left,
)
from desk.services.safety.operators import (  # noqa: F401 (the duty's public surface)
    OperatorRow,
    add_operator,
    change_role,
    deactivate,
    add_first_admin,
    operator_rows,
    reactivate,
    reset_pin,
    set_idle_lock,
)
