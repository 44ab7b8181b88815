"""Record a grid report fast: who, which grid, where, what kind, what exactly, photos, when.

While the form is filled, the desk looks for an open report of the same problem in the same
grid and building from the last 7 days, and offers to link the new one to it instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.services.grid import queries, reports
from desk.services.people import grids as people_grids
from desk.services.people import records as people
from desk.ui.context import DeskContext
from desk.ui.widgets.operations import may
from desk.ui.errors import message_of
from desk.ui.grid.models import ReportTableModel
from desk.ui.grid.photos import PhotoStrip
from desk.ui.widgets.person_search import PersonSearch
from desk.ui.widgets.record_view import record_table

PHOTO_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"


def _spin(parent: QWidget, low: int, high: int, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(0)
    spin.setSpecialValueText("—")  # 0: not given (a place without building or floor)
    spin.setMinimumWidth(64)
    return spin


class ReportDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, reporter_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: reports.ReportResult | None = None
        self.reporter_id: int | None = None
        self.photo_paths: list[Path] = []
        self.setWindowTitle(self.tr("New grid report (随手拍)"))
        self.resize(760, 720)
        # A chosen grid or problem must be plain to see, not a slightly darker grey.
        self.setStyleSheet("QPushButton:checked { background: #1a5fb4; color: white; font-weight: bold; }")

        self.search = PersonSearch(self, limit=6)
        self.search.no_match_hint = self.tr("Nobody matches; register new riders on the Check-in tab.")
        self.search.setMaximumHeight(170)
        self.reporter_label = QLabel(self.tr("Reporter: not chosen yet (type, then Enter)"), self)
        self.reporter_label.setObjectName("reportReporter")
        self.own_find = QCheckBox(self.tr("Our own find (no reporter)"), self)
        self.own_find.setObjectName("reportOwnFind")
        self.own_find.setVisible(may(ctx, "hazard.confirm"))  # staff's own finds have no reporter

        self.grid_group = QButtonGroup(self)
        grid_row = QHBoxLayout()
        for g in people_grids.list_grids():
            button = QPushButton(g.name, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"reportGrid{g.number}")
            self.grid_group.addButton(button, g.id)
            grid_row.addWidget(button)
        self.building = _spin(self, 0, reports.BUILDING_MAX, "reportBuilding")
        self.unit = _spin(self, 0, reports.UNIT_MAX, "reportUnit")
        # Basements (地下车库) go in the free text: 0 must stay "not given" for the spin box.
        self.floor = _spin(self, 0, reports.FLOOR_MAX, "reportFloor")
        self.place = QLineEdit(self)
        self.place.setObjectName("reportPlace")
        self.place.setMaxLength(reports.PLACE_MAX)
        self.place.setPlaceholderText(self.tr("or describe the place: south gate bike shed, east side of building 3…"))
        self.category_group = QButtonGroup(self)
        cat_grid = QGridLayout()
        for i, c in enumerate(queries.categories()):
            button = QPushButton(self.tr("{0} (+{1})").format(c.name, c.points), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"reportCategory_{c.code}")
            button.setToolTip(
                self.tr("The reporter earns {0} points once staff confirm or resolve it.").format(c.points))
            self.category_group.addButton(button, c.id)
            cat_grid.addWidget(button, i // 4, i % 4)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("reportDescription")
        self.description.setPlaceholderText(self.tr("The rider's words, e.g. 3号楼2单元自行车把楼道出入口堵住了"))
        self.description.setMaximumHeight(70)
        self.description.setTabChangesFocus(True)
        self.seen_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.seen_at.setObjectName("reportSeenAt")
        self.seen_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._opened_text = self.seen_at.text()
        self.seen_at.setCalendarPopup(True)
        self.seen_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.photo_button = QPushButton(self.tr("Add photos…"), self)
        self.photo_button.setAutoDefault(False)
        self.photos = PhotoStrip(self, removable=True)

        self.warning = QFrame(self)
        self.warning.setObjectName("duplicateWarning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setStyleSheet("#duplicateWarning { background: #fff4d6; }")
        self.warning_label = QLabel(self.warning)
        self.warning_label.setWordWrap(True)
        self.duplicates = ReportTableModel(self)
        self.duplicates_view = record_table(self.duplicates, self.warning, name="duplicateTable", alternating=False)
        self.duplicates_view.setMaximumHeight(96)
        self.link_button = QPushButton(self.tr("Save as the same report (link to it)"), self.warning)
        self.link_button.setObjectName("reportLink")
        self.link_button.setAutoDefault(False)
        wl = QVBoxLayout(self.warning)
        wl.addWidget(self.warning_label)
        wl.addWidget(self.duplicates_view)
        wl.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignRight)
        self.warning.hide()

        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.save_button = QPushButton(self.tr("Save report (Ctrl+Enter)"), self)
        self.save_button.setObjectName("reportSave")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.save_button, self.cancel_button, self.photo_button):
            button.setAutoDefault(False)  # Enter belongs to the reporter search

        self._layout(grid_row, cat_grid)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.check_duplicates)
        self.search.person_activated.connect(self.set_reporter)
        self.own_find.toggled.connect(self._own_find_toggled)
        self.grid_group.idToggled.connect(lambda _i, _on: self._timer.start())
        self.category_group.idToggled.connect(lambda _i, _on: self._timer.start())
        self.building.valueChanged.connect(lambda _v: self._timer.start())
        self.photo_button.clicked.connect(self.choose_photos)
        self.photos.remove_requested.connect(self._remove_photo)
        self.link_button.clicked.connect(self.save_as_duplicate)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda: self.save())
        if reporter_id is not None:
            self.set_reporter(reporter_id)
        else:
            self.search.focus_search()

    def _layout(self, grid_row: QHBoxLayout, cat_grid: QGridLayout) -> None:
        who = QHBoxLayout()
        who.addWidget(self.reporter_label, 1)
        who.addWidget(self.own_find)
        where = QHBoxLayout()
        for spin, word in ((self.building, self.tr("building")), (self.unit, self.tr("unit")),
                           (self.floor, self.tr("floor"))):
            where.addWidget(spin)
            where.addWidget(QLabel(word, self))
        where.addWidget(self.place, 1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addWidget(self.photos, 1)
        form = QFormLayout()
        form.addRow(self.tr("Grid"), grid_row)
        form.addRow(self.tr("Where"), where)
        form.addRow(self.tr("Problem"), cat_grid)
        form.addRow(self.tr("What was seen"), self.description)
        form.addRow(self.tr("Seen at"), self.seen_at)
        form.addRow(self.tr("Photos"), photo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Who reported it</b>"), self))
        layout.addWidget(self.search)
        layout.addLayout(who)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- filling in -------------------------------------------------------------------------
    def set_reporter(self, person_id: int) -> None:
        try:
            person = people.get_person(person_id)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.reporter_id = person.id
        self.own_find.setChecked(False)
        self.reporter_label.setText(self.tr("Reporter: <b>{0}</b>").format(person.name))
        grid_id = queries.reporter_grid(person.id)
        if grid_id is not None and self.grid_group.checkedId() == -1:
            self.grid_group.button(grid_id).setChecked(True)
        self.building.setFocus()
        self.building.selectAll()

    def _own_find_toggled(self, on: bool) -> None:
        if on:
            self.reporter_id = None
            self.reporter_label.setText(self.tr("Reporter: none, our own find"))
        self.search.setEnabled(not on)

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose photos"), "",
                                                self.tr("Photos ({0})").format(PHOTO_FILTER))
        self.add_photo_files(files)

    def add_photo_files(self, files) -> None:
        """Check each file at once, so a wrong one is refused before the report is saved."""
        for name in files:
            try:
                path = reports.check_photo(name)
            except DeskError as exc:
                self.message.setText(message_of(exc))
                continue
            if path not in self.photo_paths:
                self.photo_paths.append(path)
        self.photos.set_paths(self.photo_paths)

    def _remove_photo(self, index: int) -> None:
        if 0 <= index < len(self.photo_paths):
            del self.photo_paths[index]
            self.photos.set_paths(self.photo_paths)

    def _grid_id(self) -> int | None:
        return None if self.grid_group.checkedId() == -1 else self.grid_group.checkedId()

    def _category_id(self) -> int | None:
        return None if self.category_group.checkedId() == -1 else self.category_group.checkedId()

    def check_duplicates(self) -> None:
        """The open reports this one may repeat; shown under the form with a way to link to them."""
        self._timer.stop()
        found = queries.likely_duplicates(self._grid_id(), self.building.value() or None, self._category_id())
        self.duplicates.set_rows(found)
        self.warning.setVisible(bool(found))
        if found:
            self.warning_label.setText(self.tr(
                "The same problem in this place was already reported in the last 7 days and is not solved yet. "
                "If it is the same thing, link the new report to it: the staff see it once."))
            self.duplicates_view.selectRow(0)

    def _input(self, duplicate_of: int | None = None) -> reports.ReportInput:
        # Untouched, "now" is the moment of saving (to the second), not the minute the form opened.
        seen = self.seen_at.dateTime().toPython() if self.seen_at.text() != self._opened_text else None
        return reports.ReportInput(
            grid_id=self._grid_id(), category_id=self._category_id(), reporter_id=self.reporter_id,
            building=self.building.value() or None, unit=self.unit.value() or None, floor=self.floor.value() or None,
            place=self.place.text(), description=self.description.toPlainText(),
            seen_at=seen.replace(second=0, microsecond=0) if isinstance(seen, dt.datetime) else None,
            photos=list(self.photo_paths), duplicate_of=duplicate_of,
        )

    # --- saving -------------------------------------------------------------------------------
    def save(self, duplicate_of: int | None = None) -> None:
        if self.reporter_id is None and not self.own_find.isChecked() and self.search.current_person_id() is not None:
            self.set_reporter(self.search.current_person_id())  # chosen in the list without Enter
        try:
            self.result_ = reports.record_report(self._input(duplicate_of or None), self.ctx.operator)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.accept()

    def save_as_duplicate(self) -> None:
        index = self.duplicates_view.currentIndex()
        row = self.duplicates.row_record(index.row() if index.isValid() else 0) if self.duplicates.rowCount() else None
        if row is not None:
            self.save(duplicate_of=row.id)
