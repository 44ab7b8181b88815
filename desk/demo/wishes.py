"""Demo micro-wishes: a year of riders' small wishes (rain boots, school bags, a phone holder, a
health check...), reviewed by staff, claimed by partner units and Caring Rider Team members,
fulfilled with photos, and a few declined, withdrawn, released, overdue and one undone.

Everything goes through ``desk.services.wishes`` in time order, so points, notices, photos
and the audit trail are exactly what the desk itself would write. The photos are small PNGs
drawn here with zlib and struct (no Qt in the demo).
"""

from __future__ import annotations

import datetime as dt
import struct
import tempfile
import zlib
from pathlib import Path

from desk.errors import DeskError
from desk.models import now
from desk.services.common import units
from desk.services.people.records import WORKER_KINDS
from desk.services.wishes import board, categories

# (category code, what, estimated value in yuan or None)
WISHES = (
    ("work_gear", "一双防滑雨靴（42码）", 80), ("work_gear", "电动车手机支架", 35),
    ("work_gear", "冬天骑车用的防风手套", 40), ("work_gear", "一件反光背心", 25),
    ("work_gear", "电动车挡风被", 90), ("work_gear", "一个大容量充电宝", 99),
    ("work_gear", "一件加厚雨衣", 60), ("work_gear", "头盔内衬（夏天透气款）", 30),
    ("daily", "保温水杯", 45), ("daily", "冬天用的厚被子", 150), ("daily", "小电饭煲", 120),
    ("daily", "一套洗漱用品", 30), ("daily", "折叠晾衣架", 40), ("daily", "一袋大米和一桶油", 100),
    ("study", "孩子上学用的新书包", 80), ("study", "一套初中数学辅导书", 60), ("study", "学习用护眼台灯", 70),
    ("study", "一本英汉词典", 50), ("study", "想报一个电工证培训班", 300),
    ("children", "孩子想要的儿童绘本", 100), ("children", "女儿的一盒彩笔和画本", 45),
    ("children", "儿子的一个篮球", 80), ("children", "孩子暑假的游泳课", 300),
    ("children", "给孩子买一双运动鞋", 120),
    ("health", "一次免费体检", 200), ("health", "护腰带（常年骑车腰疼）", 60),
    ("health", "给母亲配一副老花镜", 50), ("health", "给父亲买一个血压计", 150), ("health", "洗一次牙", 100),
    ("other", "想学电脑基础操作", None), ("other", "在驿站给孩子过一次生日", 100),
)
TOO_BIG = ("一台新的电动车", "帮忙借两万元周转")
DECLINE_REASONS = ("超出微心愿的范围（价值较高），建议申请社区困难救助", "属于个人借款，不在微心愿范围内",
                   "信息不完整，请骑手来驿站时补充")
WITHDRAW_REASONS = ("骑手已经自己买到了", "骑手调到别的区域，不再需要", "重复登记")
RELEASE_REASONS = ("认领人临时出差，无法按时完成", "商家暂时缺货，改由别人认领")
GIVEN_NOTES = ("物业经理送到驿站", "在驿站当面交给骑手", "骑手很开心，说谢谢社区", "园长亲自送来", "")
UNITS = (
    ("筑业物业", "property", "王经理", "13900001001"),
    ("阳光幼儿园", "school", "陈园长", "13900001002"),
    ("惠民超市", "shop", "刘店长", "13900001003"),
    ("社区卫生服务站", "public", "赵医生", "13900001004"),
    ("红星超市", "shop", "孙经理", "13900001005"),
)
WOMEN_GIVEN = "芳娜敏静丽艳娟霞燕玲婷雪慧红梅琳倩颖佳欣悦"
# Colours of the gift-box photos: background, box, ribbon.
PALETTES = (((238, 232, 220), (200, 40, 40), (250, 210, 60)), ((225, 236, 245), (40, 110, 190), (245, 245, 245)),
            ((232, 245, 232), (60, 150, 70), (240, 200, 60)), ((245, 235, 240), (190, 60, 130), (255, 255, 255)))


def png_bytes(width: int, height: int, palette) -> bytes:
    """A picture of a wrapped gift on a table, as a PNG (zlib + struct only)."""
    bg, box, ribbon = palette
    x0, x1, y0, y1 = width // 4, width * 3 // 4, height // 3, height * 5 // 6
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            if y > height * 5 // 6:
                pixel = (150, 110, 80)  # the table
            elif x0 <= x < x1 and y0 <= y < y1:
                pixel = ribbon if abs(x - width // 2) < 5 or abs(y - (y0 + y1) // 2) < 5 else box
            elif y0 - 12 <= y < y0 and abs(abs(x - width // 2) - 12) < 8:
                pixel = ribbon  # the bow
            else:
                shade = y * 20 // height
                pixel = tuple(max(0, c - shade) for c in bg)
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def _units(staff) -> list:
    have = {u.name: u for u in units.units(include_retired=True)}
    made = []
    for name, kind, contact, phone in UNITS:
        data = units.UnitInput(name=name, kind=kind, contact=contact, phone=phone)
        unit = have.get(name) or units.add_unit(data, staff)
        made.append(unit)
    return made


class _Clock:
    """Step times in order, never past the present moment."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.limit = now()

    def at(self, day: dt.date, after: dt.datetime | None = None) -> dt.datetime | None:
        moment = self.ctx.random_time(day)
        if after is not None and moment <= after:
            moment = after + dt.timedelta(minutes=self.ctx.rng.randrange(5, 90))
        return None if moment > self.limit else moment


def fill(ctx) -> None:
    rng = ctx.rng
    admin, staff, *volunteers = ctx.operators
    desk_ops = volunteers or [staff]
    riders = [p for p in ctx.people if p.kind in WORKER_KINDS and p.anonymised_at is None]
    helpers = [p for p in ctx.people if (p.caring_team or p.kind == "volunteer") and p.anonymised_at is None]
    if not riders:
        return
    unit_list = _units(staff)
    folder = Path(tempfile.mkdtemp(prefix="desk-demo-photos-"))
    clock = _Clock(ctx)
    cats = {c.code: c.id for c in categories.categories()}
    count = max(24, min(150, len(riders) * 2 // 3))  # the community reports 100+ wishes claimed a year
    days = sorted(ctx.first_day + dt.timedelta(days=int(ctx.days * rng.random() ** 0.8)) for _ in range(count))
    # The last few days always brought a wish or two that staff have not reviewed yet.
    days += [ctx.today - dt.timedelta(days=d) for d in (0, 1, 3)]
    photo_no = 0
    for n, day in enumerate(days):
        rider = rng.choice(riders)
        code, what, value = rng.choice(WISHES)
        big = rng.random() < 0.05
        if big:
            code, what, value = "other", rng.choice(TOO_BIG), None
        taken = clock.at(day)
        if taken is None:
            continue
        courtesy = "nvshi" if any(ch in WOMEN_GIVEN for ch in rider.name[1:]) else "shifu"
        wanted = day + dt.timedelta(days=rng.choice((14, 30, 45, 60))) if rng.random() < 0.4 else None
        try:
            data = board.WishInput(rider.id, what, cats[code], value, wanted, courtesy)
            wish_id = board.take_down(data, rng.choice(desk_ops), at=taken).wish_id
            age = (ctx.today - day).days
            review = clock.at(day + dt.timedelta(days=rng.randrange(0, 4)), taken)
            if review is None or age <= 7 and (n >= count or rng.random() < 0.6):
                continue  # still awaiting review
            fate = rng.random()
            if big or fate < 0.04:
                reason = DECLINE_REASONS[0 if "电动车" in what else 1] if big else DECLINE_REASONS[2]
                board.decline(wish_id, reason, staff, at=review)
                continue
            if fate < 0.08:
                board.withdraw(wish_id, rng.choice(WITHDRAW_REASONS), rng.choice(desk_ops), at=review)
                continue
            board.approve(wish_id, staff, at=review)
            claimed = clock.at(review.date() + dt.timedelta(days=rng.randrange(1, 20)), review)
            if claimed is None or (age <= 45 and rng.random() < 0.45):
                continue  # open on the board
            claimed = _claim(ctx, wish_id, claimed, rider, helpers, unit_list, desk_ops, clock)
            if claimed is None:
                continue
            wish_claimed_at, promised = claimed
            late = rng.random() < 0.12
            span = max(2, (promised - wish_claimed_at.date()).days + 1)
            done_day = promised + dt.timedelta(days=rng.randrange(1, 10)) if late else \
                wish_claimed_at.date() + dt.timedelta(days=rng.randrange(1, span))
            done = None if age <= 70 and rng.random() < 0.45 else clock.at(done_day, wish_claimed_at)
            if done is None:
                continue  # still claimed (some past their promised day: the board shows them in red)
            photos = []
            for _ in range(rng.choice((0, 1, 1, 2))):
                photo_no += 1
                path = folder / f"wish-{photo_no}.png"
                path.write_bytes(png_bytes(160, 120, rng.choice(PALETTES)))
                photos.append(path)
            note = rng.choice(GIVEN_NOTES) if rng.random() < 0.85 else "另送一份慰问品"
            board.fulfil(wish_id, board.FulfilInput(note=note, photos=photos), rng.choice(desk_ops), at=done)
            if n == len(days) // 2:
                # One fulfilment recorded against the wrong wish, undone by staff, then recorded right.
                undo = clock.at(done.date(), done)
                if undo is not None:
                    board.undo_fulfilment(wish_id, "登记错了心愿，应为同一骑手的另一条", staff, at=undo)
                    again = clock.at(undo.date(), undo)
                    if again is not None:
                        board.fulfil(wish_id, board.FulfilInput(given=what), staff, at=again)
        except DeskError:
            continue  # a random combination the desk refuses (e.g. a rider claiming their own wish)


def _claim(ctx, wish_id, at, rider, helpers, unit_list, desk_ops, clock):
    """Claim the wish (now and then released once and claimed again); (claimed at, promised day)."""
    rng = ctx.rng
    for attempt in range(2):
        promised = at.date() + dt.timedelta(days=rng.randrange(5, 22))
        people = [p for p in helpers if p.id != rider.id]
        if people and rng.random() < 0.45:
            data = board.ClaimInput(promised_on=promised, person_id=rng.choice(people).id)
        else:
            data = board.ClaimInput(promised_on=promised, unit_id=rng.choice(unit_list).id)
        board.claim(wish_id, data, rng.choice(desk_ops), at=at)
        if attempt or rng.random() > 0.06:
            return at, promised
        released = clock.at(at.date() + dt.timedelta(days=rng.randrange(2, 8)), at)
        if released is None:
            return at, promised
        board.release(wish_id, rng.choice(RELEASE_REASONS), rng.choice(desk_ops), at=released)
        at = clock.at(released.date() + dt.timedelta(days=rng.randrange(1, 6)), released)
        if at is None:
            return None
    return None
