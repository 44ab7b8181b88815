"""Printed points sheets: a rider's statement and the leaderboard, as HTML for QTextDocument.

Qt-free. Texts are English, marked with ``translate("PointsSheet", ...)`` for lupdate; the UI
passes ``tr`` (its translator) so the sheet prints in the desk's language. Phones are masked.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Callable, Sequence

from desk.errors import translate
from desk.models import Person
from desk.services.common.cells import tsv
from desk.services.common.masking import mask_phone
from desk.services.points.ledger import SOURCE_NAMES, LeaderRow, StatementRow

Tr = Callable[[str], str]

STATEMENT_HEADERS = (
    translate("PointsSheet", "No."), translate("PointsSheet", "Date"), translate("PointsSheet", "Item"),
    translate("PointsSheet", "Points"), translate("PointsSheet", "Balance"), translate("PointsSheet", "Source"),
    translate("PointsSheet", "Operator"), translate("PointsSheet", "Note"),
)
NO_POINTS = translate("PointsSheet", "No points yet.")
STATEMENT_TITLE = translate("PointsSheet", "Points statement")
BALANCE_LINE = translate("PointsSheet", "Balance: {0} points")
TOTALS_LINE = translate("PointsSheet", "Earned {0} points, spent {1} points; {2} lines.")
STATEMENT_FOOT = translate("PointsSheet", "Printed {0} by {1}. Corrections are shown as separate lines; nothing is erased.")
NOBODY = translate("PointsSheet", "Nobody has earned points in this period yet.")
BOARD_FOOT = translate("PointsSheet", "Points earned in the period; corrected mistakes are left out. Printed {0}.")
REDEMPTION_VOIDED = translate("PointsSheet", "Redemption voided (points back)")
CORRECTION = translate("PointsSheet", "Correction: {0}")
LEADERBOARD_HEADERS = (
    translate("PointsSheet", "Rank"), translate("PointsSheet", "Name"), translate("PointsSheet", "Platform"),
    translate("PointsSheet", "Grid"), translate("PointsSheet", "Points"), translate("PointsSheet", "Deeds"),
)

_STYLE = """
<style>
 body { font-size: 10pt; }
 h1 { font-size: 16pt; margin: 0 0 4px 0; }
 .meta { color: #444; margin-bottom: 8px; }
 table.grid { border-collapse: collapse; width: 100%; }
 table.grid th { background: #e8eef5; border: 1px solid #888; padding: 3px 5px; font-weight: bold; }
 table.grid td { border: 1px solid #888; padding: 3px 5px; }
 td.num { text-align: right; }
 td.muted { color: #888; }
 .total { font-size: 13pt; font-weight: bold; }
 .foot { color: #555; font-size: 8pt; margin-top: 10px; }
</style>
"""


def _plain(text: str) -> str:
    return text


def _table(headers: Sequence[str], rows: Sequence[Sequence[tuple[str, str]]]) -> str:
    """rows: cells of (text, css class); text is escaped here."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td class='{cls}'>{escape(text)}</td>" for text, cls in row) + "</tr>" for row in rows
    )
    return f"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


# Sources whose id is a row nobody sees (one helper's part in a help, one sign-in at an event):
# "help record #41" beside the note "一老一小 #32" sent the clerk to the wrong help record. The
# note names the help record's number or the event.
UNNUMBERED_SOURCES = {"redemption", "help_record", "help", "event_attendance"}


def source_label(row: StatementRow, tr: Tr = _plain, term: Tr = _plain) -> str:
    """What a line came from: 'gift delivery #12', 'redemption', 'by hand'."""
    name = term(SOURCE_NAMES.get(row.source_type, row.source_type))
    return f"{name} #{row.source_id}" if row.source_id is not None and row.source_type not in UNNUMBERED_SOURCES \
        else name


def line_note(row: StatementRow, tr: Tr = _plain) -> str:
    """The note, with the correction it belongs to spelled out."""
    parts = []
    if row.reverses_id is not None:
        parts.append(tr(translate("PointsSheet", "reverses entry #{0}")).format(row.reverses_id))
    if row.reversed_at is not None:
        parts.append(tr(translate("PointsSheet", "reversed on {0}")).format(row.reversed_at.strftime("%Y-%m-%d")))
    if row.note:
        parts.append(row.note)
    return "; ".join(parts)


def line_title(row: StatementRow, tr: Tr = _plain) -> str:
    if row.kind == "redemption":
        return tr(translate("PointsSheet", "Redemption"))
    if row.kind == "reversal" and row.source_type == "redemption":
        return tr(REDEMPTION_VOIDED)
    if row.kind == "reversal":
        return tr(CORRECTION).format(row.rule)
    return row.rule


def statement_html(
    person: Person,
    rows: Sequence[StatementRow],
    *,
    station: str,
    operator: str,
    tr: Tr = _plain,
    term: Tr = _plain,
    printed_at: dt.datetime | None = None,
) -> str:
    """The statement a rider takes home: every line, newest first, with the running balance."""
    printed_at = printed_at or dt.datetime.now()
    balance = rows[0].balance if rows else 0
    earned = sum(r.delta for r in rows if r.kind != "redemption" and r.reverses_id is None and r.reversed_at is None)
    spent = -sum(r.delta for r in rows if r.kind == "redemption" and r.reversed_at is None)
    who = [person.name, mask_phone(person.phone), person.platform, person.grid.name if person.grid_id else ""]
    headers = [tr(h) for h in STATEMENT_HEADERS]
    body = []
    for r in rows:
        muted = "muted" if r.reversed_at is not None or r.reverses_id is not None else ""
        body.append([
            (str(r.id), muted), (r.at.strftime("%Y-%m-%d %H:%M"), muted), (line_title(r, tr), muted),
            (f"{r.delta:+d}", f"num {muted}"), (str(r.balance), "num"), (source_label(r, tr, term), muted),
            (r.operator, muted), (line_note(r, tr), muted),
        ])
    table = _table(headers, body) if rows else f"<p>{escape(tr(NO_POINTS))}</p>"
    return (
        f"<html><head>{_STYLE}</head><body>"
        f"<h1>{escape(station)} · {escape(tr(STATEMENT_TITLE))}</h1>"
        f"<div class='meta'>{escape('  ·  '.join(x for x in who if x))}</div>"
        f"<p class='total'>{escape(tr(BALANCE_LINE).format(balance))}</p>"
        f"<p>{escape(tr(TOTALS_LINE).format(earned, spent, len(rows)))}</p>"
        f"{table}"
        f"<p class='foot'>{escape(tr(STATEMENT_FOOT).format(printed_at.strftime('%Y-%m-%d %H:%M'), operator))}</p>"
        "</body></html>"
    )


def leaderboard_headers(tr: Tr = _plain) -> list[str]:
    return [tr(h) for h in LEADERBOARD_HEADERS]


def leaderboard_cells(row: LeaderRow) -> list[str]:
    return [str(row.rank), row.name, row.platform, row.grid, str(row.points), str(row.deeds)]


def leaderboard_html(
    rows: Sequence[LeaderRow],
    *,
    station: str,
    period_title: str,
    filters: str = "",
    tr: Tr = _plain,
    printed_at: dt.datetime | None = None,
) -> str:
    """The leaderboard for the notice board: recognition is the point, so names are shown in full."""
    printed_at = printed_at or dt.datetime.now()
    numeric = {0, 4, 5}
    body = [[(cell, "num" if i in numeric else "") for i, cell in enumerate(leaderboard_cells(r))] for r in rows]
    table = _table(leaderboard_headers(tr), body) if rows else f"<p>{escape(tr(NOBODY))}</p>"
    title = tr(translate("PointsSheet", "Points leaderboard: {0}")).format(period_title)
    return (
        f"<html><head>{_STYLE}</head><body>"
        f"<h1>{escape(station)} · {escape(title)}</h1>"
        f"<div class='meta'>{escape(filters)}</div>"
        f"{table}"
        f"<p class='foot'>{escape(tr(BOARD_FOOT).format(printed_at.strftime('%Y-%m-%d %H:%M')))}</p>"
        "</body></html>"
    )


def leaderboard_tsv(rows: Sequence[LeaderRow], tr: Tr = _plain) -> str:
    """Tab-separated, for pasting into a spreadsheet or a chat message.

    Names and platforms are riders' own text: a name like ``=HYPERLINK(…)`` is pasted as text
    (the formula-safe writer prefixes it with ``'``); ranks and points paste as numbers.
    """
    return tsv([leaderboard_headers(tr)] + [
        [row.rank, row.name, row.platform, row.grid, row.points, row.deeds] for row in rows])
