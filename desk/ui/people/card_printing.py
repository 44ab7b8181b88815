"""Print member cards through the shared print preview (which also saves a PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.reports.cards import card_sheet_html
from desk.services.people import cards
from desk.ui.context import DeskContext
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.printing import preview_html, save_pdf_as

# Ten credit-card-sized cards (5 x 54 mm) need almost the whole A4 height: narrow margins and
# no page numbers (the sheet is cut apart).
CARD_PAGE = dict(numbered=False, margin_mm=8)


def card_html(ctx: DeskContext, person_ids: list[int]) -> str:
    return card_sheet_html(cards.cards_for(person_ids), ctx.settings.station_name)


def print_cards(parent: QWidget | None, ctx: DeskContext, person_ids: list[int]) -> None:
    chosen = run_op(parent, cards.cards_for, person_ids)
    if chosen is None:
        return
    if not chosen:
        dialogs.inform(parent, QCoreApplication.translate("Cards", "Member cards"),
                       QCoreApplication.translate("Cards", "None of them can get a card."))
        return
    if len(chosen) > 200 and not dialogs.confirm(
        parent, QCoreApplication.translate("Cards", "Member cards"),
        QCoreApplication.translate("Cards", "Print {0} cards ({1} pages)?").format(len(chosen), (len(chosen) + 9) // 10),
    ):
        return
    preview_html(parent, card_sheet_html(chosen, ctx.settings.station_name),
                 QCoreApplication.translate("Cards", "Member cards ({0})").format(len(chosen)), **CARD_PAGE)


def save_cards_pdf(parent: QWidget | None, ctx: DeskContext, person_ids: list[int]) -> None:
    chosen = run_op(parent, cards.cards_for, person_ids)
    if chosen:
        save_pdf_as(parent, card_sheet_html(chosen, ctx.settings.station_name),
                    str(Path.home() / QCoreApplication.translate("Cards", "member-cards.pdf")), **CARD_PAGE)
