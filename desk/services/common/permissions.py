"""Who may do what: one table of permissions, each with the least role that has it.

Every service operation that writes, or that exports personal data, starts with
``require(operator, "name")``; the UI asks ``allowed(operator, "name")`` to hide or disable what
the operator on duty may not do. A permission is named once here, with what it allows; a new
duty adds its lines in its own section.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import PermissionDenied, translate
from desk.models import Operator

VOLUNTEER, STAFF, ADMIN = "volunteer", "staff", "admin"
ROLES = (VOLUNTEER, STAFF, ADMIN)
ROLE_NAMES = {
    VOLUNTEER: translate("Term", "volunteer"),
    STAFF: translate("Term", "staff"),
    ADMIN: translate("Term", "admin"),
}
_RANK = {role: i for i, role in enumerate(ROLES)}


@dataclass(frozen=True)
class Permission:
    name: str
    role: str  # the least role that has it
    what: str  # what it allows, marked for translation (context "Permission")


PERMISSIONS: dict[str, Permission] = {}


def _grant(name: str, role: str, what: str) -> None:
    if name in PERMISSIONS:
        raise ValueError(f"permission {name} named twice")
    PERMISSIONS[name] = Permission(name, role, what)


# --- The desk itself ---------------------------------------------------------------------------
_grant("operator.add_volunteer", VOLUNTEER, translate("Permission", "Add a fellow volunteer as operator"))
_grant("operator.manage", ADMIN, translate("Permission", "Add staff and admins, change roles, reset PINs"))
_grant("catalog.manage", ADMIN, translate("Permission", "Change the service catalog and other catalogs"))
_grant("unit.manage", STAFF, translate("Permission", "Add and change partner units"))
_grant("audit.view", ADMIN, translate("Permission", "Read and export the audit log"))
_grant("backup.make", VOLUNTEER, translate("Permission", "Make a backup"))
_grant("backup.restore", ADMIN, translate("Permission", "Restore a backup"))
_grant("notice.answer", VOLUNTEER, translate("Permission", "Pass on and answer check-in notices"))

# --- Check-in ----------------------------------------------------------------------------------
_grant("visit.check_in", VOLUNTEER, translate("Permission", "Check visitors in"))
_grant("visit.void_today", VOLUNTEER, translate("Permission", "Void a check-in made today"))
_grant("visit.void_any", STAFF, translate("Permission", "Void an older check-in"))

# --- People ------------------------------------------------------------------------------------
_grant("person.register", VOLUNTEER, translate("Permission", "Register a new visitor"))
_grant("person.edit", VOLUNTEER, translate("Permission", "Correct a person's details (not name or phone)"))
_grant("person.edit_identity", STAFF, translate("Permission", "Change a person's name or phone"))
_grant("person.archive", STAFF, translate("Permission", "Archive and bring back people"))
_grant("person.reissue_card", STAFF, translate("Permission", "Reissue a member card"))
_grant("person.merge", STAFF, translate("Permission", "Merge duplicate people"))
_grant("person.import", STAFF, translate("Permission", "Import a roster"))
_grant("person.export", STAFF, translate("Permission", "Export the roster (phones masked)"))
_grant("person.export_unmasked", ADMIN, translate("Permission", "Export full phone numbers"))
_grant("person.erase", ADMIN, translate("Permission", "Erase a person's personal data"))
_grant("grid.manage", STAFF, translate("Permission", "Rename grids, set leaders, assign members"))

# --- Points ------------------------------------------------------------------------------------
_grant("points.award", VOLUNTEER, translate("Permission", "Award points by rule at the rule's amount"))
_grant("points.award_any_amount", STAFF, translate("Permission", "Award points at another amount"))
_grant("points.reverse", STAFF, translate("Permission", "Correct points with a reversing entry"))
_grant("points.rules", ADMIN, translate("Permission", "Manage the points rules"))
_grant("reward.redeem", VOLUNTEER, translate("Permission", "Redeem points for goods"))
_grant("reward.void", STAFF, translate("Permission", "Void a redemption"))
_grant("reward.price", ADMIN, translate("Permission", "Set the points price of goods"))

# --- Stock and gifts ---------------------------------------------------------------------------
_grant("stock.receive", STAFF, translate("Permission", "Receive goods into stock"))
_grant("stock.adjust", STAFF, translate("Permission", "Adjust stock with a reason"))
_grant("stock.items", STAFF, translate("Permission", "Add, rename and retire goods"))
_grant("campaign.manage", STAFF, translate("Permission", "Create, change and void campaigns"))
_grant("gift.hand_out", VOLUNTEER, translate("Permission", "Hand out a share"))
_grant("gift.override", STAFF, translate("Permission", "Hand out beyond the rules (extra share, not eligible)"))
_grant("gift.void", STAFF, translate("Permission", "Void a handed-out share"))
_grant("gift.sign", VOLUNTEER, translate("Permission", "Tick signatures from a signed sheet"))

# --- Wish board (微心愿) ------------------------------------------------------------------------

# --- Events (活动签到) --------------------------------------------------------------------------

# --- Grid reports and help records (网格随手拍, 一老一小) ----------------------------------------

# --- Reports (统计报表) -------------------------------------------------------------------------

# --- Safety (PINs, the idle lock, the audit log) -----------------------------------------------
# operator.add_volunteer, operator.manage and audit.view are above, with the desk itself.
_grant("pin.change_own", VOLUNTEER, translate("Permission", "Change your own PIN (knowing the old one)"))
_grant("desk.idle_lock", ADMIN, translate("Permission", "Set after how many idle minutes the desk locks"))


def rank(role: str) -> int:
    return _RANK.get(role, -1)


def allowed(operator: Operator | None, name: str) -> bool:
    """May ``operator`` do ``name``? Unknown permission names are a programming error."""
    permission = PERMISSIONS[name]
    return operator is not None and bool(getattr(operator, "active", True)) and rank(operator.role) >= rank(permission.role)


def require(operator: Operator | None, name: str) -> Operator:
    """Refuse (``PermissionDenied``) unless ``operator`` may do ``name``; return the operator."""
    permission = PERMISSIONS[name]
    if operator is None:
        raise PermissionDenied(translate("DeskError", "Nobody is on duty: choose who you are first."))
    if not allowed(operator, name):
        raise PermissionDenied(
            translate("DeskError", "This needs the {0} role; ask a staff member or the administrator."),
            ROLE_NAMES[permission.role],
        )
    return operator
