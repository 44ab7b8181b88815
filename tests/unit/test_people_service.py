import pytest

from desk.errors import ValidationError
from desk.models import AuditLog, Person
from desk.services.people import records as people
from desk.services.people.records import PersonInput


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        (13812345678, "13812345678"),
        (13812345678.0, "13812345678"),
        ("", None),
        (None, None),
    ],
)
def test_phone_normalised(raw, expected):
    assert people.normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345678901", "1381234567", "138123456789", "abc", "23812345678"])
def test_bad_phone_refused(raw):
    with pytest.raises(ValidationError):
        people.normalise_phone(raw)


def test_pinyin_initials_and_full():
    assert people.pinyin_of("张阳") == ("zy", "zhangyang")
    assert people.pinyin_of("Tom Li")[0].startswith("t")


def test_surnames_read_as_surnames_so_the_search_finds_what_the_rider_says(volunteer):
    assert people.pinyin_of("曾宁波") == ("znb", "zengningbo")
    assert people.pinyin_of("单丽")[0] == "sl"
    assert people.pinyin_of("曾经")[1] == "zengjing"  # a name, whatever the word means elsewhere
    person = people.create_person(PersonInput(name="曾宁波"), volunteer)
    assert [p.id for p in people.search("znb")] == [person.id]


@pytest.mark.parametrize("raw", ["李 明", "李　明", " 李  明 "])
def test_spaces_that_line_up_names_in_a_spreadsheet_are_not_part_of_the_name(raw):
    assert people.clean_name(raw) == "李明"
    assert people.clean_name("Tom  Li") == "Tom Li"


def test_create_person_stores_normalised_phone_pinyin_card_and_audit(volunteer):
    person = people.create_person(PersonInput(name=" 张阳 ", phone="138-1234-5678", platform="美团"), volunteer)
    assert (person.name, person.phone, person.pinyin_initials) == ("张阳", "13812345678", "zy")
    assert person.card_code.startswith("LX") and len(person.card_code) == 10
    assert person.created_by_id == volunteer.id
    assert AuditLog.select().where(AuditLog.action == "person.create", AuditLog.entity_id == person.id).exists()


@pytest.mark.parametrize(
    "data",
    [
        PersonInput(name=""),
        PersonInput(name="   "),
        PersonInput(name="张" * 200),
        PersonInput(name="张阳", phone="123"),
        PersonInput(name="张阳", kind="alien"),
    ],
)
def test_bad_person_changes_nothing(volunteer, data):
    before = (Person.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError):
        people.create_person(data, volunteer)
    assert (Person.select().count(), AuditLog.select().count()) == before


def test_duplicate_phone_refused(volunteer):
    people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    with pytest.raises(ValidationError) as info:
        people.create_person(PersonInput(name="张洋", phone="+86 138 1234 5678"), volunteer)
    assert "张阳" in str(info.value)
    assert Person.select().count() == 1


def test_search_by_tail_name_initials_and_card(volunteer):
    zhang = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    people.create_person(PersonInput(name="李雷", phone="13900005678"), volunteer)
    people.create_person(PersonInput(name="王芳", phone="13700001111"), volunteer)
    assert {p.name for p in people.search("5678")} == {"张阳", "李雷"}
    assert [p.name for p in people.search("1111")] == ["王芳"]
    assert [p.name for p in people.search("zy")] == ["张阳"]
    assert [p.name for p in people.search("ZhangY")] == ["张阳"]
    assert [p.name for p in people.search("阳")] == ["张阳"]
    assert [p.name for p in people.search(zhang.card_code.lower())] == ["张阳"]
    assert people.search("") == []


def test_search_leaves_out_archived_people(volunteer, staff):
    person = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    from desk.services.people.lifecycle import archive_person

    archive_person(person.id, staff, "换城市了")
    assert people.search("5678") == []
    assert [p.name for p in people.search("5678", include_archived=True)] == ["张阳"]


def test_search_puts_the_most_recent_visitor_first(volunteer):
    from desk.services.checkin import visits as checkin

    never = people.create_person(PersonInput(name="甲", phone="13800005678"), volunteer)
    regular = people.create_person(PersonInput(name="乙", phone="13900005678"), volunteer)
    checkin.check_in(regular.id, [1], volunteer)
    assert [p.id for p in people.search("5678")] == [regular.id, never.id]


def test_closed_records_cannot_be_edited(volunteer, staff, admin):
    from desk.errors import Conflict
    from desk.services.people import merge
    from desk.services.people import lifecycle as roster_lifecycle
    keep = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    drop = people.create_person(PersonInput(name="张阳"), volunteer)
    gone = people.create_person(PersonInput(name="李四", phone="13900001111"), volunteer)
    merge.merge_people(keep.id, drop.id, staff)
    roster_lifecycle.anonymise_person(gone.id, admin)
    for pid, data in ((drop.id, PersonInput(name="张阳", phone="13700002222")),
                      (gone.id, PersonInput(name="李四", phone="13900001111"))):
        with pytest.raises(Conflict):
            people.update_person(pid, data, volunteer)
    assert people.get_person(gone.id).phone is None and people.get_person(drop.id).phone is None
    assert people.search("2222") == [] and people.search("ls") == []


def test_phone_of_an_archived_person_says_where_to_find_them(volunteer, staff):
    from desk.services.people import lifecycle as roster_lifecycle
    left = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    roster_lifecycle.archive_person(left.id, staff)
    with pytest.raises(ValidationError) as err:
        people.create_person(PersonInput(name="张阳", phone="138 1234 5678"), volunteer)
    assert "archived" in str(err.value) and "张阳" in str(err.value)


def test_a_scanned_card_finds_its_holder_even_when_archived(volunteer, staff):
    from desk.services.people import lifecycle as roster_lifecycle
    person = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    roster_lifecycle.archive_person(person.id, staff)
    assert people.search("5678") == [] and people.search("zy") == []  # hidden from searches
    assert [p.id for p in people.search(person.card_code.lower())] == [person.id]


def test_full_width_digits_and_letters_from_a_chinese_input_method_search_too(volunteer):
    from desk.services.people import roster
    person = people.create_person(PersonInput(name="张阳", phone="13812345678"), volunteer)
    for typed in ("５６７８", "ＺＹ", person.card_code.replace("LX", "ＬＸ")):
        assert [p.id for p in people.search(typed)] == [person.id], typed
        assert [r.id for r in roster.roster_rows(roster.RosterFilter(text=typed))] == [person.id], typed
