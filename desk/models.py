"""The station's records as peewee models.

Conventions (docs/ARCHITECTURE.md):
- business records are never deleted: they carry ``voided_at`` / ``voided_by`` / ``void_reason``;
- points and stock change only through their ledgers (``PointEntry``, ``StockMove``);
- every write records who (``created_by``) and when (``created_at``);
- times are the station's local time, naive ``datetime``.

This module imports nothing of the project and holds no set-up: ``desk.db.init_db`` binds
``db`` to a real database; every schema change is a step in ``desk.migrations``.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

db = pw.DatabaseProxy()


def now() -> dt.datetime:
    """Local station time, to the second (what a volunteer reads on a sheet)."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about the database itself (schema version, demo flag)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Operator(BaseModel):
    """Who sits at the desk; every write names one."""

    name = pw.CharField(max_length=30, unique=True)
    role = pw.CharField(max_length=16, default="volunteer")  # volunteer | staff | admin
    pin_hash = pw.CharField(max_length=128, null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)


class Grid(BaseModel):
    """One of the community's grids (网格); riders are placed by where they work."""

    number = pw.IntegerField(unique=True)
    name = pw.CharField(max_length=30)
    leader_name = pw.CharField(max_length=30, default="")
    leader_phone = pw.CharField(max_length=20, default="")
    note = pw.TextField(default="")


class PartnerUnit(BaseModel):
    """A partner unit of the red alliance (红色联盟单位): property company, kindergarten..."""

    name = pw.CharField(max_length=60, unique=True)
    kind = pw.CharField(max_length=30, default="")
    contact = pw.CharField(max_length=60, default="")  # the contact person
    phone = pw.CharField(max_length=20, default="")
    note = pw.CharField(max_length=200, default="")
    retired_at = pw.DateTimeField(null=True)


class Person(BaseModel):
    """Everyone the desk deals with: riders, couriers, drivers, residents, volunteers."""

    name = pw.CharField(max_length=30)
    phone = pw.CharField(max_length=11, null=True, unique=True)
    pinyin_initials = pw.CharField(max_length=30, default="", index=True)
    pinyin_full = pw.CharField(max_length=120, default="", index=True)
    kind = pw.CharField(max_length=20, default="rider", index=True)
    platform = pw.CharField(max_length=30, default="", index=True)
    grid = pw.ForeignKeyField(Grid, null=True, backref="members", on_delete="SET NULL")
    caring_team = pw.BooleanField(default=False, index=True)
    party_member = pw.BooleanField(default=False)
    card_code = pw.CharField(max_length=20, unique=True)
    note = pw.TextField(default="")
    archived_at = pw.DateTimeField(null=True, index=True)
    anonymised_at = pw.DateTimeField(null=True)
    merged_into = pw.ForeignKeyField("self", null=True, backref="aliases")
    voided_at = pw.DateTimeField(null=True, index=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    updated_at = pw.DateTimeField(default=now)


class ServiceType(BaseModel):
    """A service of the station (water, charging, Wi-Fi...); seeded, extendable by an admin."""

    code = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=30)
    name_en = pw.CharField(max_length=40, default="")
    sort_order = pw.IntegerField(default=0)
    is_default = pw.BooleanField(default=False)
    retired_at = pw.DateTimeField(null=True)


class Visit(BaseModel):
    """One use of the station: a service person-time (服务人次). Anonymous when person is null."""

    person = pw.ForeignKeyField(Person, null=True, backref="visits")
    anon_kind = pw.CharField(max_length=20, default="")
    visited_at = pw.DateTimeField(default=now, index=True)
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True, index=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")

    class Meta:
        # A person's last visit (search order, usual services, repeat check) is one index seek.
        indexes = ((("person", "visited_at"), False),)


class VisitService(BaseModel):
    """Which services a visit used."""

    visit = pw.ForeignKeyField(Visit, backref="services", on_delete="CASCADE")
    service = pw.ForeignKeyField(ServiceType, backref="+")

    class Meta:
        indexes = ((("visit", "service"), True),)


class AuditLog(BaseModel):
    """Who changed what, when, with the values before and after (JSON)."""

    at = pw.DateTimeField(default=now, index=True)
    operator = pw.ForeignKeyField(Operator, null=True, backref="+")
    action = pw.CharField(max_length=40, index=True)
    entity = pw.CharField(max_length=40)
    entity_id = pw.IntegerField(null=True)
    before = pw.TextField(default="")
    after = pw.TextField(default="")
    # The person the row is about (the person record itself, or the person of a visit, points
    # line, share...): a person's history in the audit viewer is one index seek, not a JSON scan.
    person_id = pw.IntegerField(null=True, index=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


# --- Points (积分制) -------------------------------------------------------------------------


class PointRule(BaseModel):
    """A way to earn points (community activity, hazard verified...); retired rules stay on old entries."""

    code = pw.CharField(max_length=40, unique=True)
    name = pw.CharField(max_length=40)
    default_points = pw.IntegerField()
    min_points = pw.IntegerField(default=1)
    max_points = pw.IntegerField(default=100)
    amount_editable = pw.BooleanField(default=False)
    category = pw.CharField(max_length=20, default="")
    sort_order = pw.IntegerField(default=0)
    retired_at = pw.DateTimeField(null=True)


class PointEntry(BaseModel):
    """One line of the append-only points ledger; a balance is the sum of a person's lines."""

    person = pw.ForeignKeyField(Person, backref="point_entries")
    delta = pw.IntegerField()
    rule = pw.ForeignKeyField(PointRule, null=True, backref="entries")
    source_type = pw.CharField(max_length=30, default="manual")
    source_id = pw.IntegerField(null=True)
    note = pw.CharField(max_length=200, default="")
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversed_by")
    # Set (in the same transaction as the reversing line) when this line is reversed. Amounts
    # are never edited; this marker only lets the partial unique index below free the source
    # for a fresh award once the earlier one was corrected.
    reversed_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now, index=True)

    class Meta:
        indexes = ((("person", "created_at"), False), (("source_type", "source_id"), False))


# One deed earns a rule once: at most one live (not reversed, not itself a reversal) award per
# (rule, source record). A partial unique index, so the database refuses a second award even if
# two desks race; valid in SQLite (3.8+) and PostgreSQL alike.
PointEntry.add_index(
    PointEntry.index(
        PointEntry.rule,
        PointEntry.source_type,
        PointEntry.source_id,
        unique=True,
        name="pointentry_one_live_award",
        where=(
            PointEntry.source_id.is_null(False)
            & PointEntry.reverses.is_null()
            & PointEntry.reversed_at.is_null()
        ),
    )
)


class GiftItem(BaseModel):
    """Goods the station keeps: mooncakes (盒), raincoats (件), bags (个); also rewards."""

    name = pw.CharField(max_length=30, unique=True)
    unit = pw.CharField(max_length=8, default="个")
    points_price = pw.IntegerField(null=True)  # set when the item is in the rewards catalog
    retired_at = pw.DateTimeField(null=True)


class StockMove(BaseModel):
    """One line of the stock ledger; stock on hand is the sum of an item's moves."""

    item = pw.ForeignKeyField(GiftItem, backref="moves")
    delta = pw.IntegerField()
    kind = pw.CharField(max_length=20)  # receive | adjust | distribute | void | redeem
    source_type = pw.CharField(max_length=30, default="")
    source_id = pw.IntegerField(null=True)
    donor = pw.CharField(max_length=60, default="")
    reason = pw.CharField(max_length=200, default="")
    moved_on = pw.DateField(default=dt.date.today)
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now, index=True)

    class Meta:
        indexes = ((("item", "created_at"), False), (("source_type", "source_id"), False))


class Redemption(BaseModel):
    """Points exchanged for goods (积分兑换): a negative PointEntry and a StockMove."""

    person = pw.ForeignKeyField(Person, backref="redemptions")
    item = pw.ForeignKeyField(GiftItem, backref="+")
    quantity = pw.IntegerField(default=1)
    points = pw.IntegerField()
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now, index=True)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")


# --- Gift campaigns (慰问) --------------------------------------------------------------------


class Campaign(BaseModel):
    """A consolation campaign (中秋慰问, 春节慰问, 健康义诊...)."""

    name = pw.CharField(max_length=60)
    kind = pw.CharField(max_length=20, default="other")  # mid_autumn | spring | clinic | other
    starts_on = pw.DateField()
    ends_on = pw.DateField()
    eligibility = pw.CharField(max_length=20, default="all_riders")
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")


class CampaignItem(BaseModel):
    """What one share of a campaign holds: an item and a per-person quantity."""

    campaign = pw.ForeignKeyField(Campaign, backref="items")
    item = pw.ForeignKeyField(GiftItem, backref="+")
    per_person = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("campaign", "item"), True),)


class CampaignMember(BaseModel):
    """A hand-picked eligible person of a campaign (eligibility = list)."""

    campaign = pw.ForeignKeyField(Campaign, backref="members")
    person = pw.ForeignKeyField(Person, backref="+")

    class Meta:
        indexes = ((("campaign", "person"), True),)


class Share(BaseModel):
    """One share handed out: to a recipient, possibly delivered by a rider (送上门).

    The table keeps its first name, ``distribution`` (the glossary's one word is *share*)."""

    campaign = pw.ForeignKeyField(Campaign, backref="distributions")
    recipient = pw.ForeignKeyField(Person, backref="gifts_received")
    deliverer = pw.ForeignKeyField(Person, null=True, backref="gifts_delivered")
    handed_at = pw.DateTimeField(default=now, index=True)
    signed = pw.BooleanField(default=False)
    # A staff member's reason for letting this share through (a second share, or someone
    # outside the campaign's eligibility); empty for an ordinary share.
    override_reason = pw.CharField(max_length=200, default="")
    # True only for a share beyond the one-per-person limit (always with an override reason).
    extra_share = pw.BooleanField(default=False)
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True, index=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")

    class Meta:
        table_name = "distribution"
        indexes = ((("campaign", "recipient"), False),)


# One share per person per campaign, held by the database itself: a double click, a second
# desk or an import cannot add a second live ordinary share. Extra shares (staff override)
# and voided ones fall outside the index.
Share.add_index(
    Share.index(
        Share.campaign,
        Share.recipient,
        unique=True,
        name="distribution_one_live_share",
        where=(Share.voided_at.is_null() & (Share.extra_share == False)),  # noqa: E712
    )
)


class ShareLine(BaseModel):
    """Items and quantities of one share (table ``distribution_line``)."""

    share = pw.ForeignKeyField(Share, backref="lines", column_name="distribution_id")
    item = pw.ForeignKeyField(GiftItem, backref="+")
    quantity = pw.IntegerField()

    class Meta:
        table_name = "distribution_line"


# --- Shared by several duties: check-in notices, stored files ----------------------------------


class Notice(BaseModel):
    """Something the desk must tell a person at their next check-in, once (a wish fulfilled,
    a report resolved). The source record says what; ``answer`` keeps what they replied."""

    person = pw.ForeignKeyField(Person, backref="notices")
    kind = pw.CharField(max_length=30)  # e.g. wish.fulfilled, wish.declined, report.resolved
    source_type = pw.CharField(max_length=30)
    source_id = pw.IntegerField()
    params = pw.TextField(default="{}")  # JSON: values the message is formatted with
    created_at = pw.DateTimeField(default=now, index=True)
    shown_at = pw.DateTimeField(null=True)
    shown_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    answer = pw.CharField(max_length=30, default="")
    voided_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("person", "shown_at"), False), (("source_type", "source_id"), False))


class Attachment(BaseModel):
    """A file kept in the data folder (a photo of a fulfilled wish, of a hazard), by generated name."""

    owner_type = pw.CharField(max_length=30)  # e.g. wish, hazard_report
    owner_id = pw.IntegerField()
    stored_name = pw.CharField(max_length=80, unique=True)  # relative to <data>/attachments
    media_type = pw.CharField(max_length=40)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    # Whose personal data this file is (e.g. the reporter): erased with them.
    person = pw.ForeignKeyField(Person, null=True, backref="+")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    removed_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("owner_type", "owner_id"), False),)


SHARED_MODELS = [Notice, Attachment]

# --- Wish board (微心愿) ----------------------------------------------------------------------


class WishCategory(BaseModel):
    """A kind of wish (生活用品, 学习用品...); seeded from resources, extendable by an admin."""

    code = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=30)
    sort_order = pw.IntegerField(default=0)
    retired_at = pw.DateTimeField(null=True)


class Wish(BaseModel):
    """A rider's micro-wish (微心愿), from taken down through review and claim to fulfilled.

    ``status`` moves only through the state machine in ``desk.services.wishes.board``; each
    step keeps its own time and operator here, so figures count steps by when they happened.
    A wish is never deleted: a mistaken one is withdrawn.
    """

    rider = pw.ForeignKeyField(Person, backref="wishes")
    courtesy = pw.CharField(max_length=8, default="shifu")  # how a wall sheet addresses the rider: 师傅 | 女士
    what = pw.CharField(max_length=200)
    category = pw.ForeignKeyField(WishCategory, backref="wishes")
    value_yuan = pw.IntegerField(null=True)  # estimated, whole yuan
    wanted_by = pw.DateField(null=True)
    note = pw.CharField(max_length=200, default="")
    # awaiting | open | claimed | fulfilled | declined | withdrawn
    status = pw.CharField(max_length=16, default="awaiting", index=True)
    approved_at = pw.DateTimeField(null=True)
    approved_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    declined_at = pw.DateTimeField(null=True)
    declined_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    decline_reason = pw.CharField(max_length=200, default="")
    # Who claimed it: a person of the roster or a partner unit (one of the two while claimed).
    claimant_person = pw.ForeignKeyField(Person, null=True, backref="wishes_claimed")
    claimant_unit = pw.ForeignKeyField(PartnerUnit, null=True, backref="wishes_claimed")
    claimed_at = pw.DateTimeField(null=True)
    claimed_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    promised_on = pw.DateField(null=True)
    fulfilled_on = pw.DateField(null=True, index=True)
    given = pw.CharField(max_length=200, default="")  # what the rider actually received
    fulfil_note = pw.CharField(max_length=200, default="")
    fulfilled_at = pw.DateTimeField(null=True)
    fulfilled_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    withdrawn_at = pw.DateTimeField(null=True)
    withdraw_reason = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now, index=True)
    updated_at = pw.DateTimeField(default=now)

    class Meta:
        # The board reads by state; figures by the time of each step.
        indexes = ((("status", "created_at"), False),)


WISH_MODELS: list[type[BaseModel]] = [WishCategory, Wish]

# --- Events and sign-in sheets (活动签到) -------------------------------------------------------


class Event(BaseModel):
    """A community event (节日走访, 健康义诊, 反诈讲座...); cancelled = voided, with the reason."""

    title = pw.CharField(max_length=60)
    category = pw.CharField(max_length=20, default="other", index=True)
    starts_at = pw.DateTimeField(index=True)
    ends_at = pw.DateTimeField()
    place = pw.CharField(max_length=60, default="乐享驿站多功能会议室")
    organiser = pw.CharField(max_length=60, default="")
    capacity = pw.IntegerField(null=True)  # None: no limit
    points = pw.IntegerField(default=0)  # for attending, under the event_attended rule; 0: none
    description = pw.TextField(default="")
    copied_from = pw.ForeignKeyField("self", null=True, backref="copies", on_delete="SET NULL")
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True, index=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")


class EventUnit(BaseModel):
    """A partner unit that co-organises an event (协办单位)."""

    event = pw.ForeignKeyField(Event, backref="units", on_delete="CASCADE")
    unit = pw.ForeignKeyField(PartnerUnit, backref="+")

    class Meta:
        indexes = ((("event", "unit"), True),)


class EventRegistration(BaseModel):
    """A person signed up ahead (报名), or at the door (``walk_in``) when they came unannounced."""

    event = pw.ForeignKeyField(Event, backref="registrations")
    person = pw.ForeignKeyField(Person, backref="event_registrations")
    registered_at = pw.DateTimeField(default=now)
    walk_in = pw.BooleanField(default=False)
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")


class EventAttendance(BaseModel):
    """A person present at an event (签到): the deed their attendance points are linked to."""

    event = pw.ForeignKeyField(Event, backref="attendances")
    person = pw.ForeignKeyField(Person, backref="event_attendances")
    checked_at = pw.DateTimeField(default=now, index=True)
    walk_in = pw.BooleanField(default=False)  # came without registering ahead
    method = pw.CharField(max_length=10, default="desk")  # desk | sheet | all
    created_by = pw.ForeignKeyField(Operator, backref="+")
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+")
    void_reason = pw.CharField(max_length=200, default="")

    class Meta:
        # A person's attended events (timeline) and an event's list are index seeks.
        indexes = ((("person", "checked_at"), False),)


# One live registration and one live attendance per person per event, held by the database:
# a second desk or a double Enter cannot sign someone in twice (removed rows fall outside).
EventRegistration.add_index(
    EventRegistration.index(EventRegistration.event, EventRegistration.person, unique=True,
                            name="eventregistration_one_live", where=EventRegistration.voided_at.is_null())
)
EventAttendance.add_index(
    EventAttendance.index(EventAttendance.event, EventAttendance.person, unique=True,
                          name="eventattendance_one_live", where=EventAttendance.voided_at.is_null())
)

EVENT_MODELS: list[type[BaseModel]] = [Event, EventUnit, EventRegistration, EventAttendance]

# --- Grid reports (文明随手拍) and help records (一老一小) ------------------------------------------


class HazardCategory(BaseModel):
    """A kind of hazard riders report (飞线充电, 乱停乱放...), with the points a real one earns."""

    code = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=30)
    points = pw.IntegerField(default=1)
    rule_code = pw.CharField(max_length=40)  # the PointRule the reporter's points are booked under
    sort_order = pw.IntegerField(default=0)
    retired_at = pw.DateTimeField(null=True)


class HazardReport(BaseModel):
    """One civilised-snapshot report (文明随手拍): what was seen where, and how it was worked through.

    ``state``: reported → dispatched → resolved, or not_confirmed / duplicate (of ``duplicate_of``).
    """

    reporter = pw.ForeignKeyField(Person, null=True, backref="hazard_reports")  # null: staff's own find
    grid = pw.ForeignKeyField(Grid, backref="hazard_reports", index=False)  # led by the index below
    building = pw.IntegerField(null=True)
    unit = pw.IntegerField(null=True)
    floor = pw.IntegerField(null=True)
    place = pw.CharField(max_length=100, default="")  # free text: 南门车棚, 3号楼东侧
    category = pw.ForeignKeyField(HazardCategory, backref="reports")
    description = pw.TextField(default="")
    seen_at = pw.DateTimeField(index=True)
    state = pw.CharField(max_length=16, default="reported")
    confirmed_at = pw.DateTimeField(null=True)
    confirmed_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    dispatched_to = pw.ForeignKeyField(Operator, null=True, backref="hazard_reports_dispatched")
    dispatched_at = pw.DateTimeField(null=True)
    dispatched_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    due_on = pw.DateField(null=True)
    resolution = pw.TextField(default="")
    resolved_at = pw.DateTimeField(null=True)
    resolved_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    # Why and when it was closed without a fix (not confirmed, or a duplicate).
    closed_reason = pw.CharField(max_length=200, default="")
    closed_at = pw.DateTimeField(null=True)
    closed_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    duplicate_of = pw.ForeignKeyField("self", null=True, backref="duplicates")
    reopened_count = pw.IntegerField(default=0)
    reopened_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(Operator, backref="+", index=False)
    created_at = pw.DateTimeField(default=now, index=True)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    void_reason = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = (
            (("state", "due_on"), False),  # open and overdue lists
            (("grid", "category", "created_at"), False),  # the overview and the duplicate warning
            (("resolved_at",), False),
        )


class HelpRecord(BaseModel):
    """An elderly person or a child the Caring Rider Team helped (一老一小). The helped person's
    name, age and contact are personal information: only staff read them."""

    happened_at = pw.DateTimeField(index=True)
    place = pw.CharField(max_length=100, default="")
    grid = pw.ForeignKeyField(Grid, null=True, backref="+", index=False)
    helped_kind = pw.CharField(max_length=10, index=True)  # elderly | child
    helped_name = pw.CharField(max_length=30, default="")
    helped_age = pw.IntegerField(null=True)  # an estimate
    helped_contact = pw.CharField(max_length=60, default="")
    what_happened = pw.TextField(default="")
    outcome = pw.CharField(max_length=20)  # taken_home | handed_to_family | handed_to_community | police_called
    confirmed_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    confirmed_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(Operator, backref="+", index=False)
    created_at = pw.DateTimeField(default=now)
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Operator, null=True, backref="+", index=False)
    void_reason = pw.CharField(max_length=200, default="")


class HelpRecordHelper(BaseModel):
    """One rider who helped: one person's deed, so the source their points are linked to."""

    help_record = pw.ForeignKeyField(HelpRecord, backref="helpers", index=False)  # led by the unique index
    person = pw.ForeignKeyField(Person, backref="help_given")

    class Meta:
        indexes = ((("help_record", "person"), True),)


GRID_MODELS: list[type[BaseModel]] = [HazardCategory, HazardReport, HelpRecord, HelpRecordHelper]

# --- Safety: operators' PINs, locks, backups ---------------------------------------------------


class PinGuard(BaseModel):
    """Wrong PINs of one operator in a row, and until when the desk makes them wait.

    In the database, not in memory: closing and reopening the window must not buy new tries.
    """

    operator = pw.ForeignKeyField(Operator, unique=True, backref="+", on_delete="CASCADE")
    failures = pw.IntegerField(default=0)
    wait_until = pw.DateTimeField(null=True)
    last_failure_at = pw.DateTimeField(null=True)


SAFETY_MODELS: list[type[BaseModel]] = [PinGuard]


FOUNDATION_MODELS = [Meta, Operator, Grid, PartnerUnit, Person, ServiceType, Visit, VisitService, AuditLog]
DUTY_MODELS = [
    PointRule,
    PointEntry,
    GiftItem,
    StockMove,
    Redemption,
    Campaign,
    CampaignItem,
    CampaignMember,
    Share,
    ShareLine,
]
ALL_MODELS = (
    FOUNDATION_MODELS + DUTY_MODELS + SHARED_MODELS + WISH_MODELS + EVENT_MODELS + GRID_MODELS + SAFETY_MODELS
)
