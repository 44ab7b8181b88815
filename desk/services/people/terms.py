"""The words a station's spreadsheet uses for kinds of person and yes/no, both ways.

These are a file format, not UI text: the exported workbook uses them as written, and the
importer understands them (and a few common variants) whatever the desk's language.
"""

from __future__ import annotations

import unicodedata

# Kind code -> the Chinese word written in an exported roster.
KIND_ZH = {
    "rider": "外卖骑手",
    "courier": "快递员",
    "ride_hailing": "网约车司机",
    "freight": "货车司机",
    "other": "其他新就业",
    "elderly": "老年居民",
    "child": "儿童/家庭",
    "volunteer": "志愿者",
    "partner": "共建单位联系人",
}

_VARIANTS = {
    "rider": ("外卖骑手", "外卖员", "外卖送餐员", "送餐员", "骑手", "外卖", "rider", "food-deliveryrider"),
    "courier": ("快递员", "快递小哥", "快递", "courier"),
    "ride_hailing": ("网约车司机", "网约车", "网约车驾驶员", "ride-hailingdriver", "ride_hailing"),
    "freight": ("货车司机", "货运司机", "货车", "货运", "freightdriver", "freight"),
    "other": ("其他新就业", "其他", "other", "otherworker"),
    "elderly": ("老年居民", "老人", "老年人", "独居老人", "elderly", "elderlyresident"),
    "child": ("儿童/家庭", "儿童", "孩子", "家庭", "儿童家庭", "child", "child/family"),
    "volunteer": ("志愿者", "volunteer"),
    "partner": ("共建单位联系人", "共建单位", "联盟单位", "单位联系人", "partner", "partner-unitcontact"),
}
# Normalised word -> kind code (compared without spaces, lower case).
KIND_WORDS = {w.replace(" ", "").lower(): code for code, words in _VARIANTS.items() for w in words}

YES_WORDS = {"是", "有", "y", "yes", "true", "1", "✓", "√", "✔", "党员", "中共党员", "预备党员", "队员"}
YES_NO = {True: "是", False: ""}


def truthy(value: object) -> bool:
    """Whether a spreadsheet cell means yes (是, √, 1, 党员...)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    return text in YES_WORDS
