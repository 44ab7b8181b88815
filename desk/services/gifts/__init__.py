"""Gifts: campaigns, one share per person, deliveries, sign-for sheets; reads in ``queries``.

Submodules: campaigns, queries, shares.
"""

from desk.services.gifts.shares import (  # noqa: F401 (the duty's public surface)
    TEXT_MAX,
    POINT_RULE,
    SOURCE,
    AlreadyReceived,
    NotEligible,
    OutsideCampaignDates,
    active_person,
    eligible_condition,
    is_eligible,
    live_shares,
    in_dates,
    delivery_earns_points,
    ShareLine,
    HandOutResult,
    hand_out,
    void_distribution,
    set_signed,
    SheetResult,
    record_signed_sheet,
)
from desk.services.gifts.campaigns import (  # noqa: F401 (the duty's public surface)
    NAME_MAX,
    PER_PERSON_MAX,
    KINDS,
    ELIGIBILITY,
    CampaignInput,
    get_campaign,
    create_campaign,
    update_campaign,
    void_campaign,
)
