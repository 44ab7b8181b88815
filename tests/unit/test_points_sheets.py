"""The printed statement and leaderboard: masked phones, both lines of a correction, TSV."""

from desk.reports import points_sheets
from desk.services.people import records as people
from desk.services.points import ledger as points


def test_statement_masks_phone_and_shows_corrections(admin):
    p = people.create_person(people.PersonInput(name="周八", phone="13812345678", platform="美团"), admin)
    entry = points.award(p.id, "help_lost", admin, note="送孩子回家")
    points.reverse(entry.id, "记错人", admin)
    points.award(p.id, "activity", admin)
    html = points_sheets.statement_html(p, points.statement(p.id), station="乐享驿站", operator="管理员")
    assert "138****5678" in html and "13812345678" not in html
    assert "reverses entry #{0}".format(entry.id) in html and "reversed on" in html
    assert "Balance: 5 points" in html and "送孩子回家" in html


def test_leaderboard_html_and_tsv(admin):
    p = people.create_person(people.PersonInput(name="吴九", phone="13912345678", platform="饿了么"), admin)
    points.award(p.id, "gift_delivery", admin)
    rows = points.leaderboard("month")
    html = points_sheets.leaderboard_html(rows, station="乐享驿站", period_title="this month")
    assert "吴九" in html and "13912345678" not in html
    tsv = points_sheets.leaderboard_tsv(rows)
    assert tsv.splitlines() == ["Rank\tName\tPlatform\tGrid\tPoints\tDeeds", "1\t吴九\t饿了么\t\t10\t1"]
