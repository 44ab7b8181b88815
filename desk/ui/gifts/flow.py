"""Handing out a share with the desk's questions: outside the dates? a staff override?

The service refuses; this turns its refusals into the questions a volunteer can answer, then
tries again with the answer. Shared by the hand-out panel and the delivery dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.models import Operator
from desk.services.gifts import shares as gifts
from desk.ui.errors import message_of
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op


def hand_out_asking(
    parent: QWidget | None, operator: Operator, campaign_id: int, person_id: int, deliverer: int | None = None
) -> gifts.HandOutResult | None:
    """Hand out one share; ask about dates or an override when the service says so. None if not done."""
    return run_op(parent, _hand_out_answering, parent, operator, campaign_id, person_id, deliverer)


def _hand_out_answering(
    parent: QWidget | None, operator: Operator, campaign_id: int, person_id: int, deliverer: int | None
) -> gifts.HandOutResult | None:
    """Each question is asked at most once; a refusal nobody can answer here goes on to ``run_op``."""
    kwargs: dict = {"deliverer": deliverer}
    while True:
        try:
            return gifts.hand_out(campaign_id, person_id, operator, **kwargs)
        except gifts.OutsideCampaignDates as exc:
            if "outside_dates_note" in kwargs:
                raise
            note = dialogs.ask_text(
                parent, QCoreApplication.translate("GiftsFlow", "Outside the campaign's dates"),
                message_of(exc) + "\n\n"
                + QCoreApplication.translate("GiftsFlow", "Note why (required), then OK to hand out:"),
            )
            if not note or not note.strip():
                return None
            kwargs["outside_dates_note"] = note.strip()
        except (gifts.AlreadyReceived, gifts.NotEligible) as exc:
            if "override_reason" in kwargs or not may(operator, "gift.override"):
                raise
            reason = dialogs.ask_text(
                parent, QCoreApplication.translate("GiftsFlow", "Staff override"),
                message_of(exc) + "\n\n"
                + QCoreApplication.translate("GiftsFlow", "To hand out anyway, give the reason (it is recorded):"),
            )
            if not reason or not reason.strip():
                return None
            kwargs["override_reason"] = reason.strip()
