"""Open the desk's database in a data folder: real or demo. Shared by the window and the CLI."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from desk import config, db
from desk.locking import DeskInUse, DeskLock, desk_lock  # noqa: F401 (the one-desk-per-folder lock, re-exported)
from desk.services.common import catalogs

log = logging.getLogger(__name__)


def open_store(
    data_dir: Path,
    demo: bool = False,
    demo_people: int = 300,
    demo_days: int = 365,
    db_url: str | None = None,
    fill_demo: Callable[[int, int], object] | None = None,
) -> Path:
    """Bind the models to the database of ``data_dir`` (its demo folder with ``demo``); return that folder.

    A demo database is filled the first time it is opened, then reused, so ``desk --demo``
    starts in about a second after the first run. ``fill_demo(people, days)`` does the filling
    instead of ``desk.demo.fill`` (the window shows progress while it runs).
    """
    folder = config.demo_data_dir(data_dir) if demo else data_dir
    folder.mkdir(parents=True, exist_ok=True)
    db.init_db(config.db_path(folder) if demo else config.db_target(folder, db_url))
    catalogs.ensure_defaults()
    if demo:
        from desk import demo as demo_data

        if not demo_data.is_demo():
            log.info("filling the demo database in %s", folder)
            if fill_demo is not None:
                fill_demo(demo_people, demo_days)
            else:
                demo_data.fill(people=demo_people, days=demo_days)
    return folder
