"""People: registration, phone rules, pinyin and the search every tab's person picker uses."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata
from dataclasses import dataclass, field

import peewee as pw

from desk.db import write_transaction
from desk.errors import Conflict, NotFound, ValidationError, translate
from desk.models import Grid, Operator, Person, Visit, db, now
from desk.services.common import audit
from desk.services.common.permissions import allowed, require
from desk.services.common.text import clean_line, clean_note, phone_text

NAME_MAX = 30
PLATFORM_MAX = 30
NOTE_MAX = 500

# Kinds of person. The first five are the "new-employment groups" the station serves.
KINDS = {
    "rider": translate("Term", "food-delivery rider"),
    "courier": translate("Term", "courier"),
    "ride_hailing": translate("Term", "ride-hailing driver"),
    "freight": translate("Term", "freight driver"),
    "other": translate("Term", "other worker"),
    "elderly": translate("Term", "elderly resident"),
    "child": translate("Term", "child/family"),
    "volunteer": translate("Term", "volunteer"),
    "partner": translate("Term", "partner-unit contact"),
}
WORKER_KINDS = ("rider", "courier", "ride_hailing", "freight", "other")
PLATFORM_SUGGESTIONS = (
    "美团", "饿了么", "顺丰", "京东", "中通", "圆通", "申通", "韵达", "极兔", "邮政EMS",
    "闪送", "达达", "滴滴出行", "货拉拉", "满帮",
)

_PHONE_RE = re.compile(r"^1[3-9]\d{9}$")


def normalise_phone(raw: object) -> str | None:
    """Return the 11-digit mainland mobile in ``raw``, ``None`` if empty; raise if invalid.

    Accepts what volunteers and spreadsheets produce: spaces, dashes, ``+86``/``86``,
    full-width digits from a Chinese input method (``１３８``), the invisible marks a chat
    program wraps around a copied number, and numbers that Excel stored as floats
    (``13812345678.0``). Every way in (form, import, search by phone) goes through here, so a
    number is stored one way and cannot be registered twice in two spellings.
    """
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = phone_text(raw)
    if not text:
        return None
    text = re.sub(r"[\s\-()（）]", "", text)
    if text.endswith(".0"):
        text = text[:-2]
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not _PHONE_RE.match(text):
        raise ValidationError(
            translate("DeskError", "{0} is not a mainland mobile number (11 digits starting with 1)."),
            phone_text(raw) or str(raw).strip(),
        )
    return text


_CJK = r"\u3400-\u9fff"
# Spreadsheets pad two-character names to line up with three (李  明, 李　明): not part of the name.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def clean_name(raw: str | None) -> str:
    """The name as stored: visible characters only, one line, padding between CJK characters removed."""
    # The length is checked after the padding between CJK characters is gone (李  明 is 2 long).
    name = clean_line(raw, 1 << 20, field=translate("Term", "name"),
                      empty=translate("DeskError", "Please enter a name."))
    name = _CJK_GAP.sub("", name)
    if len(name) > NAME_MAX:
        raise ValidationError(translate("DeskError", "A name can be at most {0} characters."), NAME_MAX)
    return name


def clean_platform(raw: str | None) -> str:
    return clean_line(raw, PLATFORM_MAX, field=translate("Term", "platform / employer"),
                      too_long=translate("DeskError", "A platform or employer can be at most {0} characters."))


def clean_person_note(raw: str | None) -> str:
    return clean_note(raw, NOTE_MAX)


# Surnames read differently from the everyday character (曾 is Zeng, not ceng): a volunteer
# types what the rider says, so the first character of a Chinese name is read as a surname.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "查": "zha", "翟": "zhai", "覃": "qin",
    "区": "ou", "朴": "piao", "缪": "miao", "盖": "ge", "召": "shao", "阚": "kan", "牟": "mu", "尉": "yu",
}


def pinyin_of(name: str) -> tuple[str, str]:
    """(initials, full) in lower case: 张阳 -> ("zy", "zhangyang"); latin names kept as written."""
    # Imported here: pypinyin loads its dictionaries in ~0.6 s, which the window's start-up
    # should not pay for; only registering or renaming someone needs it.
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, errors="default")
    initials = "".join(s[0] for s in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default") if s)
    if name[:1] in SURNAME_READINGS and re.fullmatch(rf"[{_CJK}]{{2,4}}", name):
        syllables[0] = SURNAME_READINGS[name[0]]
        initials = syllables[0][0] + initials[1:]
    full = "".join(s for s in syllables).lower()
    full = re.sub(r"[^a-z0-9]", "", full)
    initials = re.sub(r"[^a-z0-9]", "", initials.lower())
    return initials, full


# Two-character surnames: 欧阳娜娜 is of the 欧阳 family, not the 欧 one. pypinyin reads them
# right as phrases (万俟 → mo qi, 尉迟 → yu chi); only where the surname ends has to be known.
COMPOUND_SURNAMES = frozenset((
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 夏侯 令狐 宇文 司徒 司空 端木 万俟 澹台 西门 南宫 独孤 轩辕 "
    "钟离 申屠 闻人 赫连 呼延 百里 单于 第五 东郭 太史 濮阳 公冶 宗政 拓跋 左丘 公羊 乐正 闾丘 仲孙 叔孙 亓官 "
    "司寇 巫马 公西 漆雕 壤驷 颛孙 梁丘 段干 谷梁 东门 微生 羊舌 夹谷 宰父 子车 公良 拓拔 哥舒 完颜"
).split())
# The tone of the surname readings above, so 曾 (zēng) sorts among the zeng1s.
_SURNAME_TONES = {"曾": 1, "单": 4, "仇": 2, "解": 4, "查": 1, "翟": 2, "覃": 2, "区": 1, "朴": 2, "缪": 4, "盖": 3,
                  "召": 4, "阚": 4, "牟": 4, "尉": 4}


def _syllables(text: str) -> tuple[tuple[str, int], ...]:
    from pypinyin import Style, lazy_pinyin

    out = []
    for syllable in lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors="default"):
        syllable = syllable.strip().lower()
        if syllable:
            tone = int(syllable[-1]) if syllable[-1].isdigit() and len(syllable) > 1 else 0
            out.append((syllable[:-1] if tone else syllable, tone))
    return tuple(out)


def surname_sort_key(name: str) -> tuple:
    """Sort key for lists of names read at a Chinese desk: surname, then given name, both in pinyin.

    One family stays together (马永生 and 马梓 before 毛林: ``ma`` < ``mao``, where plain
    pinyin of the whole name puts 毛林 ``maolin`` before 马永生 ``mayongsheng``); a surname
    is read as a surname (曾 zeng, 单 shan) and may have two characters (欧阳, 司马);
    homophone surnames keep apart (all of 麻, then all of 马). Latin names sort by their letters.
    Qt-free and cheap (pinyin of one name), for sign-for sheets, sign-in sheets and lists.
    """
    text = (name or "").strip()
    if not text:
        return ((), "", (), "")
    if not re.match(rf"[{_CJK}]", text):
        return (((text.lower(), 0),), "", (), text)
    size = 2 if text[:2] in COMPOUND_SURNAMES and len(text) > 2 else 1
    surname, given = text[:size], text[size:]
    if size == 1 and surname in SURNAME_READINGS:
        family = ((SURNAME_READINGS[surname], _SURNAME_TONES.get(surname, 0)),)
    else:
        family = _syllables(surname)
    return (family, surname, _syllables(given), text)


def new_card_code() -> str:
    """A member-card code: ``LX`` + 8 digits, typed by a USB scanner from the card's QR code."""
    while True:
        code = "LX" + "".join(secrets.choice("0123456789") for _ in range(8))
        if not Person.select().where(Person.card_code == code).exists():
            return code


@dataclass
class PersonInput:
    """What a form, an import row or the CLI gives to create or edit a person."""

    name: str
    phone: str | None = None
    kind: str = "rider"
    platform: str = ""
    grid_id: int | None = None
    caring_team: bool = False
    party_member: bool = False
    note: str = ""
    extra: dict = field(default_factory=dict)


def _validated(data: PersonInput, existing_id: int | None = None) -> dict:
    name = clean_name(data.name)
    phone = normalise_phone(data.phone)
    if data.kind not in KINDS:
        raise ValidationError(translate("DeskError", "Unknown kind of person: {0}."), data.kind)
    platform = clean_platform(data.platform)
    note = clean_person_note(data.note)
    if data.grid_id is not None and not Grid.select().where(Grid.id == data.grid_id).exists():
        raise ValidationError(translate("DeskError", "Unknown grid."))
    if phone:
        clash = Person.get_or_none(Person.phone == phone)
        if clash is not None and clash.id != existing_id and clash.archived_at is not None:
            # Hidden from every search: say where to look, or the volunteer registers them again.
            raise ValidationError(translate(
                "DeskError", "The phone {0} belongs to {1}, who is archived: show the archived people in the "
                             "roster and bring them back."), phone, clash.name)
        if clash is not None and clash.id != existing_id:
            raise ValidationError(
                translate("DeskError", "The phone {0} already belongs to {1}."), phone, clash.name
            )
    initials, full = pinyin_of(name)
    return dict(
        name=name,
        phone=phone,
        kind=data.kind,
        platform=platform,
        grid=data.grid_id,
        caring_team=bool(data.caring_team),
        party_member=bool(data.party_member),
        note=note,
        pinyin_initials=initials,
        pinyin_full=full,
    )


def find_by_phone(raw: object) -> Person | None:
    """The person with this phone (any spelling of it), or ``None``; invalid phones raise."""
    phone = normalise_phone(raw)
    if not phone:
        return None
    return Person.get_or_none(Person.phone == phone)


@write_transaction
def create_person(data: PersonInput, operator: Operator) -> Person:
    require(operator, "person.register")
    if data.caring_team:
        require(operator, "team.manage")  # the team's members are chosen by staff (see people.team)
    values = _validated(data)
    with db.atomic():
        person = Person.create(card_code=new_card_code(), created_by=operator, **values)
        audit.record(operator, "person.create", "person", person.id, after=audit.snapshot(person))
    return person


def may_edit_identity(person: Person, operator: Operator | None) -> bool:
    """May ``operator`` change this person's name or phone?

    Staff may; anyone on duty may correct the record they registered themselves today (a typo
    noticed at once), but not rename someone else or take over a phone number.
    """
    if allowed(operator, "person.edit_identity"):
        return True
    return (operator is not None and person.created_by_id == operator.id
            and person.created_at.date() == dt.date.today())


@write_transaction
def update_person(person_id: int, data: PersonInput, operator: Operator) -> Person:
    """Correct a person's details; their name and phone only as ``may_edit_identity`` says."""
    require(operator, "person.edit")
    person = get_person(person_id)
    if person.voided_at is not None or person.anonymised_at is not None:
        # A merged alias or an erased record: editing it would bring back a name or lock a phone away.
        raise Conflict(translate("DeskError", "This person's record is closed; use the current one."))
    values = _validated(data, existing_id=person.id)
    if (values["name"], values["phone"]) != (person.name, person.phone) and not may_edit_identity(person, operator):
        require(operator, "person.edit_identity")
    if values["caring_team"] != person.caring_team:
        require(operator, "team.manage")  # the same rule as people.team.set_caring_team
    with db.atomic():
        before = audit.snapshot(person)
        for key, value in values.items():
            setattr(person, key, value)
        person.updated_at = now()
        person.save()
        audit.record(operator, "person.update", "person", person.id, before, audit.snapshot(person))
    return person


def get_person(person_id: int) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound(translate("DeskError", "This person is not in the roster."))
    return person


def search(text: str, limit: int = 20, include_archived: bool = False) -> list[Person]:
    """People matching what a volunteer or a scanner typed.

    - a member-card code (``LX…``) matches exactly, whatever the case, archived holders too;
    - digits match the end of the phone (the last 4 digits) or the whole phone;
    - latin letters match pinyin initials (``zy`` → 张阳) or the start of the full pinyin;
    - anything else matches part of the name.
    The most recent visitors come first: a returning rider is usually the one wanted.
    """
    text = (text or "").strip()
    if not text.isascii():  # full-width digits and letters from a Chinese input method: ５６７８ is 5678
        text = unicodedata.normalize("NFKC", text)
    if not text:
        return []
    live = Person.voided_at.is_null() & Person.anonymised_at.is_null()
    active = live if include_archived else live & Person.archived_at.is_null()
    # Card codes are LX + digits (``new_card_code``): the phone tail or a name typed on every
    # keystroke skips the two card look-ups.
    is_card = text.upper().startswith("LX")
    # A card is shown on purpose: it finds its holder even if archived (a rider who came back),
    # rather than "not found" and a second registration.
    card = Person.get_or_none((Person.card_code == text.upper()) & live) if is_card else None
    if card is not None:
        return [card]
    # The old card of a merged duplicate still finds the person it was merged into.
    alias = (Person.get_or_none((Person.card_code == text.upper()) & Person.merged_into.is_null(False))
             if is_card else None)
    for _hop in range(5):
        if alias is None or alias.merged_into_id is None:
            break
        alias = Person.get_or_none(Person.id == alias.merged_into_id)
    if alias is not None and alias.merged_into_id is None and (
        Person.select().where((Person.id == alias.id) & live).exists()
    ):
        return [alias]
    compact = re.sub(r"[\s\-]", "", text)
    if compact.isdigit():
        cond = Person.phone.endswith(compact) if len(compact) < 11 else (Person.phone == compact)
    elif re.fullmatch(r"[A-Za-z]+", text):
        low = text.lower()
        cond = Person.pinyin_initials.startswith(low) | Person.pinyin_full.startswith(low)
    else:
        cond = Person.name.contains(text)
    last_visit = (
        Visit.select(pw.fn.MAX(Visit.visited_at))
        .where((Visit.person == Person.id) & Visit.voided_at.is_null())
    )
    query = (
        Person.select()
        .where(active & cond)
        .order_by(pw.NodeList((last_visit,)).desc(nulls="LAST"), Person.name)
        .limit(limit)
    )
    return list(query)


def kind_name(code: str) -> str:
    """The untranslated term for a kind code (the UI translates it in context ``Term``)."""
    return KINDS.get(code, code)


def platforms_in_use(limit: int = 30) -> list[str]:
    """Platforms already typed at this desk, most used first, then the usual suggestions."""
    used = [
        row[0]
        for row in Person.select(Person.platform, pw.fn.COUNT(Person.id))
        .where(Person.platform != "")
        .group_by(Person.platform)
        .order_by(pw.fn.COUNT(Person.id).desc())
        .limit(limit)
        .tuples()
    ]
    return used + [p for p in PLATFORM_SUGGESTIONS if p not in used]
