"""The micro-wish board (微心愿): a rider's wish from taken down to fulfilled, and the thanks.

Operations (``board``): take_down, approve, decline, claim, release, fulfil, undo_fulfilment,
withdraw, add_photos, remove_photo; ``forget_rider`` inside a person's erasure.
The state machine and input rules: ``rules`` (TRANSITIONS, check, actions).
Reading (``queries``): cards, card, story, claimants, years, open_wishes, thanks, unit_counts.
Figures (``figures`` module): figures.figures(start, end) -> WishFigures, for the tab and the monthly workbook.
Catalog (``categories``): categories, add_category, rename_category, retire_category.
Importing the package registers the check-in notices "wish.fulfilled" and "wish.declined".
"""

from desk.services.wishes.board import (  # noqa: F401 (the duty's public surface)
    ClaimInput,
    FulfilInput,
    WishDone,
    WishInput,
    add_photos,
    approve,
    claim,
    decline,
    forget_rider,
    fulfil,
    release,
    remove_photo,
    take_down,
    undo_fulfilment,
    withdraw,
)
from desk.services.wishes.figures import WishFigures  # noqa: F401 (figures() itself: desk.services.wishes.figures)
