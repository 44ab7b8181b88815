"""The person picker every tab uses: one search field, a table of matches, scanner friendly.

Typing the last 4 digits of a phone, a name, pinyin initials (张阳 → zy) or a member-card code
lists matches as you type. Up/Down choose, Enter activates the chosen (or the only) match. A USB
scanner types a card code and Enter: that activates the card's owner at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.models import Person
from desk.services.common.masking import mask_phone
from desk.services.people import records as people
from desk.ui.errors import term
from desk.ui.fonts import scale_font
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import Column, RecordTableModel


class PersonMatchModel(RecordTableModel[Person]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Phone"), lambda p: mask_phone(p.phone)),
                Column(self.tr("Kind"), lambda p: term(people.kind_name(p.kind))),
                Column(self.tr("Platform"), lambda p: p.platform),
                Column(self.tr("Card"), lambda p: p.card_code),
            ],
            parent,
        )


class PersonSearch(QWidget):
    # The chosen person's id, or None when nobody is chosen: once per search, and whenever
    # ↑ ↓ or a click chooses someone else, so a tab shows that person before Enter.
    person_selected = Signal(object)
    person_activated = Signal(int)  # Enter / double-click / a scanned card
    no_match = Signal(str)  # Enter with nothing matching: the text typed (to register someone new)

    DEBOUNCE_MS = 120

    def __init__(
        self,
        parent: QWidget | None = None,
        include_archived: bool = False,
        limit: int = 20,
        no_match_hint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.include_archived = include_archived
        self.limit = limit
        # What to say when nobody matches: check-in offers to register, an award picker cannot.
        self.no_match_hint = no_match_hint or self.tr("Nobody matches.")
        self.field = QLineEdit(self)
        self.field.setObjectName("personSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Phone last 4 digits / name / pinyin initials / card code"))
        scale_font(self.field, 1.3)
        self.hint = QLabel(self)
        self.hint.setObjectName("personSearchHint")
        self.model = PersonMatchModel(self)
        self.table = record_table(self.model, self, alternating=False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the field; arrows drive the table

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._on_enter)
        self.field.installEventFilter(self)
        self._searching = False
        self._announced: int | None = None
        # Not currentRowChanged: selectRow() and a click move the current row before they select
        # it, so at that moment nobody is chosen yet and the tab would be told "None".
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        self.table.doubleClicked.connect(lambda index: self.person_activated.emit(self.model.row_record(index.row()).id))

    # --- public ---------------------------------------------------------------------------
    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)
        self.run_search()

    def clear(self) -> None:
        self.field.clear()
        self.run_search()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.row_record(index.row()).id

    def matches(self) -> list[Person]:
        return self.model.rows()

    # --- behaviour ------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        found = people.search(text, limit=self.limit, include_archived=self.include_archived) if text else []
        self._searching = True  # one announcement for the whole search, at the end
        try:
            self.model.set_rows(found)
            if len(found) == 1:
                self.table.selectRow(0)
        finally:
            self._searching = False
        if not text:
            self.hint.setText("")
        elif not found:
            self.hint.setText(self.no_match_hint)
        elif len(found) == 1:
            self.hint.setText(self.tr("1 match. Press Enter to choose."))
        else:
            self.hint.setText(self.tr("{0} matches. Use ↑ ↓ to choose, then Enter.").format(len(found)))
        self._emit_selected()

    def _emit_selected(self) -> None:
        self._announced = self.current_person_id()
        self.person_selected.emit(self._announced)

    def _on_selection_changed(self) -> None:
        if not self._searching and self.current_person_id() != self._announced:
            self._emit_selected()

    def _on_enter(self) -> None:
        # A scanner types faster than the debounce: search now, on exactly what was typed.
        if self._timer.isActive() or self.field.text().strip() and not self.model.rowCount():
            self.run_search()
        chosen = self.current_person_id()
        if chosen is None and self.model.rowCount() == 1:
            chosen = self.model.row_record(0).id
        if chosen is not None:
            self.person_activated.emit(chosen)
        elif self.model.rowCount() == 0 and self.field.text().strip():
            self.no_match.emit(self.field.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.table.currentIndex().row() if self.current_person_id() is not None else -1
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                row = max(0, min(self.model.rowCount() - 1, row))
                self.table.selectRow(row)
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.clear()
                return True
        return super().eventFilter(watched, event)
