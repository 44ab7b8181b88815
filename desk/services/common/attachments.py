"""Files the desk keeps: photos of fulfilled wishes and of hazards.

One small service so where the files live can change later (several desks on one server will
keep them in the database): ``store`` checks that a file really is an image (by its content,
not its name), limits its size and copies it into ``<data folder>/attachments/<year>/`` under a
generated name; the original path is never opened again. ``path_of`` gives the stored file to
show or thumbnail (thumbnails are made by the UI), ``remove`` takes one away (a record of it
stays), ``remove_for_person`` erases a person's files. Backups copy the folder.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from desk.db import sqlite_file, write
from desk.errors import NotFound, ValidationError, translate
from desk.models import Attachment, Operator, db, now
from desk.services.common import audit
from desk.services.common.permissions import require
from desk.services.common.reasons import required_reason

MAX_BYTES = 8 * 1024 * 1024
FOLDER = "attachments"

# Leading bytes of the image formats a phone or camera produces.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", ".png"),
    (b"\xff\xd8\xff", 0, "image/jpeg", ".jpg"),
    (b"GIF87a", 0, "image/gif", ".gif"),
    (b"GIF89a", 0, "image/gif", ".gif"),
    (b"BM", 0, "image/bmp", ".bmp"),
)


def sniff(head: bytes) -> tuple[str, str] | None:
    """(media type, extension) of an image by its first bytes, or None."""
    for magic, offset, media, ext in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return media, ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


def root() -> Path:
    """The attachments folder beside the database file."""
    path = sqlite_file(db.obj.database) if db.obj is not None else None
    if path is None:
        raise ValidationError(translate("DeskError", "Photos can only be kept with a database file on this PC."))
    return path.resolve().parent / FOLDER


@dataclass(frozen=True)
class Stored:
    id: int
    stored_name: str
    media_type: str
    size: int


def store(source: str | os.PathLike[str], owner_type: str, owner_id: int, operator: Operator,
          person_id: int | None = None) -> Stored:
    """Copy an image file into the data folder for a record; call inside the owner's write
    transaction (or alone: it opens its own)."""
    require(operator, "attachment.add")
    source = Path(source)
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        raise ValidationError(translate("DeskError", "The file {0} cannot be read."), source.name) from None
    kind = sniff(head)
    if kind is None:
        raise ValidationError(translate("DeskError", "{0} is not a photo (PNG, JPEG, GIF, BMP or WebP)."), source.name)
    if size > MAX_BYTES:
        raise ValidationError(
            translate("DeskError", "{0} is too large ({1} MB); photos can be at most {2} MB."),
            source.name, round(size / 1024 / 1024, 1), MAX_BYTES // 1024 // 1024,
        )
    media, ext = kind
    year = str(now().year)
    name = f"{year}/{secrets.token_hex(12)}{ext}"
    folder = root() / year
    folder.mkdir(parents=True, exist_ok=True)
    target = root() / name
    digest = hashlib.sha256()
    tmp = target.with_name(target.name + ".part")
    try:
        with source.open("rb") as src, tmp.open("wb") as dst:
            for chunk in iter(lambda: src.read(1 << 16), b""):
                digest.update(chunk)
                dst.write(chunk)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise ValidationError(translate("DeskError", "The photo could not be saved in the data folder (disk full?).")) from None
    try:
        with write():
            row = Attachment.create(owner_type=owner_type, owner_id=owner_id, stored_name=name, media_type=media,
                                    size=size, sha256=digest.hexdigest(), person=person_id, created_by=operator)
            audit.record(operator, "attachment.store", "attachment", row.id, after=audit.snapshot(row))
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return Stored(id=row.id, stored_name=name, media_type=media, size=size)


def for_owner(owner_type: str, owner_id: int) -> list[Stored]:
    query = (Attachment.select()
             .where((Attachment.owner_type == owner_type) & (Attachment.owner_id == owner_id)
                    & Attachment.removed_at.is_null())
             .order_by(Attachment.id))
    return [Stored(a.id, a.stored_name, a.media_type, a.size) for a in query]


def path_of(attachment_id: int) -> Path:
    """The stored file, to show or thumbnail."""
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None or row.removed_at is not None:
        raise NotFound(translate("DeskError", "That photo no longer exists."))
    return root() / row.stored_name


def _unlink(row: Attachment) -> None:
    try:
        (root() / row.stored_name).unlink(missing_ok=True)
    except OSError:
        pass


def remove(attachment_id: int, operator: Operator, reason: str) -> None:
    """Take a photo away (the file is deleted; the record of it stays, with the reason)."""
    require(operator, "attachment.remove")
    reason = required_reason(reason, translate("DeskError", "Please say why this photo is removed."))
    with write():
        row = Attachment.get_or_none(Attachment.id == attachment_id)
        if row is None or row.removed_at is not None:
            raise NotFound(translate("DeskError", "That photo no longer exists."))
        before = audit.snapshot(row)
        row.removed_at = now()
        row.save()
        audit.record(operator, "attachment.remove", "attachment", row.id, before=before,
                     after={"removed_at": row.removed_at, "reason": reason})
    _unlink(row)


def remove_for_person(person_id: int) -> int:
    """Erase the files that are a person's personal data; call inside the erase transaction."""
    rows = list(Attachment.select().where((Attachment.person == person_id) & Attachment.removed_at.is_null()))
    for row in rows:
        row.removed_at = now()
        row.person = None
        row.save()
        _unlink(row)
    return len(rows)


def copy_tree(target: Path) -> int:
    """Copy the attachments folder into ``target`` (for backups); the number of files copied."""
    try:
        src = root()
    except ValidationError:
        return 0
    if not src.exists():
        return 0
    shutil.copytree(src, target, dirs_exist_ok=True)
    return sum(1 for p in target.rglob("*") if p.is_file())
