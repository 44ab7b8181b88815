"""The pieces several duties share: check-in notices, stored photos, partner units."""

import struct
import zlib

import pytest

from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.models import AuditLog, Notice
from desk.services.common import attachments, notices, units
from desk.services.people.records import PersonInput, create_person


def _png(path, size=2):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


@pytest.fixture
def rider(volunteer):
    return create_person(PersonInput(name="张阳", phone="13800001111"), volunteer)


def test_a_notice_is_passed_on_once_with_its_answer(rider, volunteer):
    seen = []
    notices.register(notices.NoticeKind(
        "test.fixed", "Is it fixed, {name}?", answers=(("yes", "Yes"), ("no", "No")),
        on_answer=lambda n, code, op: seen.append(code)))
    notices.post(rider.id, "test.fixed", "thing", 7, {"name": "张阳"})
    [row] = notices.pending(rider.id)
    assert row.params == {"name": "张阳"} and row.answers[0][0] == "yes"
    with pytest.raises(ValidationError):
        notices.answer(row.id, "maybe", volunteer)
    assert notices.pending(rider.id)  # a refused answer changes nothing
    notices.answer(row.id, "no", volunteer)
    assert notices.pending(rider.id) == [] and seen == ["no"]
    assert AuditLog.select().where(AuditLog.action == "notice.answer").count() == 1


def test_a_newer_notice_replaces_an_unanswered_one_and_withdraw_voids_it(rider):
    notices.register(notices.NoticeKind("test.news", "News for {name}"))
    notices.post(rider.id, "test.news", "thing", 1, {"name": "a"})
    notices.post(rider.id, "test.news", "thing", 1, {"name": "b"})
    assert [r.params["name"] for r in notices.pending(rider.id)] == ["b"]
    notices.withdraw("thing", 1)
    assert notices.pending(rider.id) == []
    assert Notice.select().count() == 2  # voided, not deleted


def test_photos_are_checked_by_content_and_stored_under_generated_names(tmp_path, volunteer, rider):
    photo = _png(tmp_path / "雨靴.png")
    stored = attachments.store(photo, "wish", 1, volunteer, person_id=rider.id)
    kept = attachments.path_of(stored.id)
    assert kept.read_bytes() == photo.read_bytes() and "雨靴" not in kept.name
    fake = tmp_path / "not-a-photo.jpg"
    fake.write_text("hello")
    with pytest.raises(ValidationError):
        attachments.store(fake, "wish", 1, volunteer)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (attachments.MAX_BYTES + 1))
    with pytest.raises(ValidationError):
        attachments.store(big, "wish", 1, volunteer)
    assert len(attachments.for_owner("wish", 1)) == 1
    assert attachments.remove_for_person(rider.id) == 1
    assert not kept.exists()
    with pytest.raises(NotFound):
        attachments.path_of(stored.id)


def test_partner_units_need_staff_and_unique_names(volunteer, staff):
    with pytest.raises(PermissionDenied):
        units.add_unit(units.UnitInput(name="筑业物业"), volunteer)
    unit = units.add_unit(units.UnitInput(name="筑业物业", kind="property", contact="王经理", phone="13900002222"), staff)
    with pytest.raises(ValidationError):
        units.add_unit(units.UnitInput(name="筑业物业"), staff)
    units.retire_unit(unit.id, staff)
    assert units.units() == [] and units.units(include_retired=True)[0].phone == "13900002222"
