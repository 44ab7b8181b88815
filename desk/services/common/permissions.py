"""Who may do what: one table of permissions, each with the least role that has it.

Every service operation that writes, or that exports personal data, starts with
``require(operator, "name")``; the UI asks ``allowed(operator, "name")`` to hide or disable what
the operator on duty may not do. A permission is named once here, with what it allows; a new
duty adds its lines in its own section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

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
_grant("backup.configure", ADMIN, translate("Permission", "Choose the folder the automatic backups go to"))
_grant("notice.answer", VOLUNTEER, translate("Permission", "Pass on and answer check-in notices"))
_grant("attachment.add", VOLUNTEER, translate("Permission", "Keep a photo with a record"))
_grant("attachment.remove", STAFF, translate("Permission", "Remove a kept photo"))

# --- Check-in ----------------------------------------------------------------------------------
_grant("visit.check_in", VOLUNTEER, translate("Permission", "Check visitors in"))
_grant("visit.void_today", VOLUNTEER, translate("Permission", "Void a check-in made today"))
_grant("visit.void_any", STAFF, translate("Permission", "Void an older check-in"))

# --- People ------------------------------------------------------------------------------------
_grant("person.register", VOLUNTEER, translate("Permission", "Register a new visitor"))
_grant("person.edit", VOLUNTEER, translate("Permission", "Correct a person's details (not name or phone)"))
# Except on a record the same operator registered today (a typo fixed at once): see people.records.
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
_grant("points.reverse_own", VOLUNTEER, translate("Permission", "Correct points you awarded yourself"))
# Used inside another operation that voids the deed's record and checked its own permission.
_grant("points.reverse_linked", VOLUNTEER, translate("Permission", "Take back the points of a record being voided"))
_grant("points.rules", ADMIN, translate("Permission", "Manage the points rules"))
_grant("reward.redeem", VOLUNTEER, translate("Permission", "Redeem points for goods"))
_grant("reward.void", STAFF, translate("Permission", "Void a redemption"))
_grant("reward.void_own", VOLUNTEER, translate("Permission", "Void a redemption you recorded yourself"))
_grant("reward.price", ADMIN, translate("Permission", "Set the points price of goods"))

# --- Stock and gifts ---------------------------------------------------------------------------
_grant("stock.receive", STAFF, translate("Permission", "Receive goods into stock"))
_grant("stock.adjust", STAFF, translate("Permission", "Adjust stock with a reason"))
_grant("stock.items", STAFF, translate("Permission", "Add, rename and retire goods"))
_grant("campaign.manage", STAFF, translate("Permission", "Create, change and void campaigns"))
_grant("gift.hand_out", VOLUNTEER, translate("Permission", "Hand out a share"))
_grant("gift.override", STAFF, translate("Permission", "Hand out beyond the rules (extra share, not eligible)"))
_grant("gift.void", STAFF, translate("Permission", "Void a handed-out share"))
_grant("gift.void_today", VOLUNTEER, translate("Permission", "Void a share you handed out today"))
_grant("stock.return", VOLUNTEER,
       translate("Permission", "Put goods back into stock when a share or redemption is voided"))
_grant("gift.sign", VOLUNTEER, translate("Permission", "Tick signatures from a signed sheet"))

# --- Wish board (微心愿) ------------------------------------------------------------------------
# The desk takes wishes down and records claims and fulfilments as they happen (a volunteer is
# there when the rider or sponsor comes); deciding what goes on the board, and undoing a
# fulfilment (which takes points back), is staff's. Categories are a catalog: admin.
_grant("wish.take_down", VOLUNTEER, translate("Permission", "Take down a rider's micro-wish"))
_grant("wish.review", STAFF, translate("Permission", "Approve a micro-wish for the board or decline it"))
_grant("wish.claim", VOLUNTEER, translate("Permission", "Record or release a claim on a micro-wish"))
_grant("wish.fulfil", VOLUNTEER, translate("Permission", "Record a micro-wish as fulfilled, with photos"))
_grant("wish.withdraw", VOLUNTEER, translate("Permission", "Withdraw a micro-wish at the rider's request"))
_grant("wish.undo", STAFF, translate("Permission", "Undo a fulfilment (takes the points back)"))
_grant("wish.categories", ADMIN, translate("Permission", "Add, rename and retire micro-wish categories"))

# --- Events (活动签到) --------------------------------------------------------------------------
_grant("event.manage", STAFF, translate("Permission", "Create, change and copy community events"))
_grant("event.cancel", STAFF, translate("Permission", "Cancel an event (its attendance points are reversed)"))
_grant("event.register", VOLUNTEER, translate("Permission", "Register people for an event and take them off"))
_grant("event.attend", VOLUNTEER, translate("Permission", "Sign people in at an event (walk-ins, signed sheets)"))
_grant("event.remove_attendance", STAFF, translate(
    "Permission", "Remove anyone's attendance (reverses its points); a volunteer only their own of today"))

# --- Grid reports and help records (网格随手拍, 一老一小) ----------------------------------------
_grant("hazard.record", VOLUNTEER, translate("Permission", "Record a grid report (随手拍) and add its photos"))
_grant("hazard.confirm", STAFF, translate("Permission", "Confirm a grid report is real (the reporter earns points)"))
_grant("hazard.dispatch", STAFF, translate("Permission", "Send a grid report to a staff member with a due date"))
_grant("hazard.resolve", STAFF, translate("Permission", "Mark a grid report resolved"))
_grant("hazard.reject", STAFF, translate("Permission", "Mark a grid report not confirmed or a duplicate"))
_grant("hazard.reopen", STAFF, translate("Permission", "Reopen a closed grid report"))
_grant("hazard.void", STAFF, translate("Permission", "Void a grid report recorded by mistake"))
_grant("help.record", VOLUNTEER, translate("Permission", "Record that riders helped an elderly person or a child"))
_grant("help.confirm", STAFF, translate("Permission", "Confirm a help record (the helpers earn points)"))
_grant("help.view_sensitive", STAFF, translate("Permission", "See the name, age, contact and story of a helped person"))
_grant("help.void", STAFF, translate("Permission", "Void a help record"))
_grant("team.manage", STAFF, translate("Permission", "Add and remove members of the Caring Rider Team"))

# --- Reports (统计报表) -------------------------------------------------------------------------
_grant("report.export", STAFF, translate("Permission", "Export the monthly workbook (phones masked)"))
_grant("report.export_unmasked", ADMIN, translate("Permission", "Export the monthly workbook with full phone numbers"))

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


def least_privileged(operators: Iterable[Operator]) -> Operator | None:
    """The operator who may do the least (a volunteer, if there is one); None for none.

    For tools that show the desk as a given kind of operator sees it, without naming roles.
    """
    return min(operators, key=lambda op: sum(allowed(op, name) for name in PERMISSIONS), default=None)


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
