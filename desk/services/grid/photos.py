"""Photos of grid reports: checked before anything is written, copied in through the shared
attachments service (linked to the reporter, whose personal data they are), and removed when
the reporter is erased; the report itself stays."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from desk.errors import ValidationError, translate
from desk.models import HazardReport, Operator
from desk.services.common import attachments, audit
from desk.services.common.permissions import require
from desk.services.grid.terms import REPORT_SOURCE
from desk.services.people import lifecycle

MAX_PHOTOS = 6


def check_photo(path: str | os.PathLike[str]) -> Path:
    """Refuse a file that is not a photo or is too large, before anything is written."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        raise ValidationError(translate("DeskError", "The file {0} cannot be read."), path.name) from None
    if attachments.sniff(head) is None:
        raise ValidationError(translate("DeskError", "{0} is not a photo (PNG, JPEG, GIF, BMP or WebP)."), path.name)
    if size > attachments.MAX_BYTES:
        raise ValidationError(
            translate("DeskError", "{0} is too large ({1} MB); photos can be at most {2} MB."),
            path.name, round(size / 1024 / 1024, 1), attachments.MAX_BYTES // 1024 // 1024,
        )
    return path


def store_photos(report: HazardReport, paths: Sequence[Path], operator: Operator) -> int:
    """Copy the photos in; on a failure the files already copied are removed again."""
    require(operator, "hazard.record")
    stored: list[attachments.Stored] = []
    try:
        for path in paths:
            stored.append(attachments.store(path, REPORT_SOURCE, report.id, operator, person_id=report.reporter_id))
    except Exception:
        _forget_files(stored)
        raise
    return len(stored)


def _forget_files(stored: Sequence[attachments.Stored]) -> None:
    for item in stored:
        try:
            (attachments.root() / item.stored_name).unlink(missing_ok=True)
        except (OSError, ValidationError):
            pass


# --- erasing a reporter ------------------------------------------------------------------------


def _on_person_erased(person_id: int, operator: Operator) -> None:
    """The photos of their reports go, whoever stored them; the reports stay (their reporter is
    now the anonymised record), so the grid's figures do not change."""
    for (report_id,) in HazardReport.select(HazardReport.id).where(HazardReport.reporter == person_id).tuples():
        photos = attachments.for_owner(REPORT_SOURCE, report_id)
        for photo in photos:
            attachments.remove(photo.id, operator, "上报人个人信息已删除")
        audit.record(operator, "hazard_report.anonymise", "hazard_report", report_id,
                     after={"photos_removed": len(photos)})


lifecycle.on_erase(_on_person_erased)
