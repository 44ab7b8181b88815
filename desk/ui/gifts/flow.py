"""Handing out a share with the desk's questions: outside the dates? a staff override?

The service refuses; this turns its refusals into the questions a volunteer can answer, then
tries again with the answer. Shared by the hand-out panel and the delivery dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.errors import DeskError
from desk.models import Distribution, Operator
from desk.services.common import accounts
from desk.services.gifts import shares as gifts
from desk.ui.errors import message_of, show_error
from desk.ui.widgets import dialogs


def hand_out_asking(
    parent: QWidget | None, operator: Operator, campaign_id: int, person_id: int, deliverer: int | None = None
) -> Distribution | None:
    """Hand out one share; ask about dates or an override when the service says so. None if not done."""
    kwargs: dict = {"deliverer": deliverer}
    for _ in range(4):  # each question is asked at most once
        try:
            return gifts.hand_out(campaign_id, person_id, operator, **kwargs)
        except gifts.OutsideCampaignDates as exc:
            if kwargs.get("outside_dates_note"):
                raise
            note = dialogs.ask_text(parent, QCoreApplication.translate("GiftsFlow", "Outside the campaign's dates"),
                                    message_of(exc) + "\n\n" + QCoreApplication.translate("GiftsFlow", "Note why (required), then OK to hand out:"))
            if not note or not note.strip():
                return None
            kwargs["outside_dates_note"] = note.strip()
        except (gifts.AlreadyReceived, gifts.NotEligible) as exc:
            if kwargs.get("override_reason") or not accounts.has_role(operator, "staff"):
                show_error(parent, exc)
                return None
            reason = dialogs.ask_text(
                parent, QCoreApplication.translate("GiftsFlow", "Staff override"),
                message_of(exc) + "\n\n" + QCoreApplication.translate("GiftsFlow", "To hand out anyway, give the reason (it is recorded):"),
            )
            if not reason or not reason.strip():
                return None
            kwargs["override_reason"] = reason.strip()
        except DeskError as exc:
            show_error(parent, exc)
            return None
    return None
