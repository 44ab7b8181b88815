"""The sign-for sheet: print it (领取签收表), and enter a signed paper sheet back by ticking names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, Person
from desk.reports import gift_sheets
from desk.services.common.masking import mask_phone
from desk.services.gifts import queries as gift_queries
from desk.services.gifts import shares as gifts
from desk.ui.errors import message_of
from desk.ui.gifts.keys import enter_stays_in_fields
from desk.ui.widgets import dialogs, printing
from desk.ui.widgets.operations import run_op
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import CENTER, Column, RecordSortProxy, RecordTableModel


class PrintSheetDialog(QDialog):
    """Choose which rows the sheet holds, then preview (print from there) or save a PDF."""

    def __init__(self, campaign_id: int, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.station = station
        self.campaign = gifts.get_campaign(campaign_id, live=False)
        self.setWindowTitle(self.tr("Print sign-for sheet: {0}").format(self.campaign.name))
        self.modes = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for mode, text in (
            ("eligible", self.tr("Everyone eligible (pre-filled names)")),
            ("not_collected", self.tr("Only those who have not collected yet")),
            ("collected", self.tr("Those who collected (the record, with dates)")),
            ("blank", self.tr("Blank rows only (names written by hand)")),
        ):
            button = QRadioButton(text, self)
            button.setProperty("mode", mode)
            self.modes.addButton(button)
            layout.addWidget(button)
        self.modes.buttons()[0].setChecked(True)
        self.blank_rows = QSpinBox(self)
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(10)
        form = QFormLayout()
        form.addRow(self.tr("Extra blank rows at the end"), self.blank_rows)
        layout.addLayout(form)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.modes.buttonClicked.connect(
            lambda b: self.blank_rows.setValue(30 if b.property("mode") == "blank" else 10))

    def mode(self) -> str:
        return self.modes.checkedButton().property("mode")

    def html(self) -> str:
        return gift_sheets.sign_sheet_html(self.campaign_id, mode=self.mode(), blank_rows=self.blank_rows.value(),
                                           station=self.station)

    def landscape(self) -> bool:
        return len(gift_queries.campaign_lines(self.campaign_id)) >= 3

    def preview(self) -> None:
        printing.preview_html(self, self.html(), self.windowTitle(), landscape=self.landscape())

    def save_pdf(self) -> None:
        suggested = Path.home() / f"{self.campaign.name}-领取签收表.pdf"
        printing.save_pdf_as(self, self.html(), str(suggested), landscape=self.landscape())


@dataclass
class SignRow:
    number: int
    person: Person
    share_id: int | None
    was_signed: bool
    ticked: bool


class SignModel(RecordTableModel[SignRow]):
    """The sheet's rows in the printed order; the first column is the tick."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Signed"), lambda r: "", lambda r: r.ticked, align=CENTER),
                Column(self.tr("No."), lambda r: r.number, align=CENTER),
                Column(self.tr("Name"), lambda r: r.person.name, lambda r: r.person.pinyin_full),
                Column(self.tr("Phone"), lambda r: mask_phone(r.person.phone)),
                Column(self.tr("Platform"), lambda r: r.person.platform),
                Column(self.tr("Recorded"), lambda r: self.tr("handed out") if r.share_id else ""),
            ],
            parent,
        )

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.row_record(index.row()).ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt override)
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.row_record(index.row()).ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index.siblingAtColumn(self.columnCount() - 1))
            return True
        return False

    def toggle(self, row: int) -> None:
        record = self.row_record(row)
        self.setData(self.index(row, 0), (Qt.CheckState.Unchecked if record.ticked else Qt.CheckState.Checked).value,
                     Qt.ItemDataRole.CheckStateRole)


class SignedSheetDialog(QDialog):
    """Tick who signed the paper sheet; shares not yet recorded are recorded as handed out that day."""

    def __init__(self, operator: Operator, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.campaign_id = campaign_id
        campaign = gifts.get_campaign(campaign_id)
        self.setWindowTitle(self.tr("Enter signed sheet: {0}").format(campaign.name))
        self.model = SignModel(self)
        self.proxy = RecordSortProxy(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Row number on the sheet, phone's last 4 digits, name or platform; Enter ticks that row"))
        self.table = record_table(self.proxy, self, alternating=False)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.counter = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        enter_stays_in_fields(self, self.buttons, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Date on the sheet"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Numbers follow the printed sheet (everyone eligible). Tick every name that "
                                        "was signed, then Save (Ctrl+Enter)."), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.counter)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._tick_found)
        self.model.dataChanged.connect(lambda *_: self._count())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        # The printed order; people who got a share by override are not on that list: they follow it.
        self.model.set_rows([SignRow(e.number, e.person, e.share_id, e.signed, e.signed)
                             for e in gift_queries.sheet_entries(self.campaign_id)])
        self._count()

    def _count(self) -> None:
        rows = self.model.rows()
        self.counter.setText(self.tr("{0} ticked of {1} on the list").format(sum(r.ticked for r in rows), len(rows)))

    def _toggle_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount() == 1:
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.model.toggle(self.proxy.mapToSource(index).row())
            self.filter.selectAll()

    def _tick_found(self) -> None:
        """Enter in the find field: tick the one row found, or the row whose number was typed.

        Never the row that happens to be current: "13" (row 13 on the paper) also matches
        every 13x phone number, and must not tick whichever of them was clicked last.
        """
        text = self.filter.text().strip()
        exact = [i for i, r in enumerate(self.model.rows()) if text.isdigit() and r.number == int(text)]
        if self.proxy.rowCount() == 1:
            self.model.toggle(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        elif exact:
            self.model.toggle(exact[0])
        elif self.proxy.rowCount() == 0:
            self.counter.setText(self.tr("Nobody on the list matches {0}.").format(text))
            return
        else:
            self.counter.setText(self.tr("{0} rows match: type more of the name or phone, or the row number on the sheet.")
                                 .format(self.proxy.rowCount()))
            return
        self.filter.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Space and not self.filter.hasFocus():
            self._toggle_current()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        rows = self.model.rows()
        ticked = [r.person.id for r in rows if r.ticked and not r.was_signed]
        unticked = [r.person.id for r in rows if r.was_signed and not r.ticked]
        result = run_op(self, self._record_asking, ticked, unticked)
        if result is None:
            return
        dialogs.inform(self, self.windowTitle(), self.tr(
            "Saved: {0} ticked as signed, {1} recorded as handed out from the sheet.").format(
            result.marked, result.handed_out))
        self.accept()

    def _record_asking(self, ticked: list[int], unticked: list[int]) -> gifts.SheetResult | None:
        """Record the sheet; a date outside the campaign is asked about once (None: not recorded)."""
        kwargs = dict(handed_on=self.day.date().toPython(), unsigned_ids=unticked)
        try:
            return gifts.record_signed_sheet(self.campaign_id, ticked, self.operator, **kwargs)
        except gifts.OutsideCampaignDates as exc:
            note = dialogs.ask_text(self, self.tr("Outside the campaign's dates"),
                                    message_of(exc) + "\n\n" + self.tr("Note why (required):"))
            if not note:
                return None
        return gifts.record_signed_sheet(self.campaign_id, ticked, self.operator, outside_dates_note=note, **kwargs)
