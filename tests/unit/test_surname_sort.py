"""Names sorted as a Chinese desk reads them: surname, then given name, in pinyin (Qt-free)."""

from desk.services.people import surname_sort_key


def ordered(names):
    return sorted(names, key=surname_sort_key)


def test_one_family_stays_together():
    # Plain pinyin of the whole name puts maolin before mayongsheng and splits the 马 family.
    assert ordered(["毛林", "马永生", "毛凯明", "马梓", "马健磊"]) == ["马健磊", "马永生", "马梓", "毛凯明", "毛林"]
    assert ordered(["方斌斌", "范鑫龙", "方文"]) == ["范鑫龙", "方斌斌", "方文"]  # fan before fang


def test_homophone_surnames_do_not_interleave():
    # 麻 (má) and 马 (mǎ) sound alike: all of one family, then all of the other, by tone.
    assert ordered(["马强", "麻大", "马斌", "麻小"]) == ["麻大", "麻小", "马斌", "马强"]
    # same sound and tone (zhāng): still grouped by the character
    names = ordered(["张三", "章一", "张一", "章二"])
    assert names[0][0] == names[1][0] and names[2][0] == names[3][0] and names[0][0] != names[2][0]


def test_surnames_read_as_surnames_and_compound_surnames():
    # 曾 is Zeng and 单 Shan as surnames; 欧阳 is one surname, after 欧 alone.
    assert ordered(["曾国藩", "岑明", "单雄信", "山田"]) == ["岑明", "山田", "单雄信", "曾国藩"]
    assert ordered(["欧阳娜娜", "欧明", "区伟"]) == ["区伟", "欧明", "欧阳娜娜"]
    assert ordered(["司马光", "司徒雷", "四川"]) == ["司马光", "司徒雷", "四川"]


def test_latin_and_empty_names_do_not_break_sorting():
    assert ordered(["", "Tom", "唐一", "张三"]) == ["", "唐一", "Tom", "张三"]
