"""People: registration, search, the roster, import/export, merge, grids, member cards.

Submodules: bulk, cards, export, grids, importer, lifecycle, merge, records, roster, sheets, terms, timeline.
"""

from desk.services.people.records import (  # noqa: F401 (the duty's public surface)
    NAME_MAX,
    KINDS,
    WORKER_KINDS,
    PLATFORM_SUGGESTIONS,
    normalise_phone,
    clean_name,
    SURNAME_READINGS,
    pinyin_of,
    surname_sort_key,
    new_card_code,
    PersonInput,
    find_by_phone,
    create_person,
    may_edit_identity,
    update_person,
    get_person,
    search,
    kind_name,
    platforms_in_use,
)
